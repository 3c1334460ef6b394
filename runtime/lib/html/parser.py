"""HTMLParser: a tolerant tokenizer for HTML and XHTML.

Subclasses override the handle_* methods; feed() takes text in pieces of
any size and calls them as tags, text, comments, declarations and
references are recognised. The token patterns and recovery rules are
CPython 3.11's, so handlers see the same calls for the same input,
broken markup included.
"""

import re

from html import unescape

__all__ = ["HTMLParser"]

_AMP_OR_LT = re.compile("[&<]")
_PARTIAL_REF = re.compile("&[a-zA-Z#]")
_ENTITY_REF = re.compile("&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]")
_CHAR_REF = re.compile("&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]")
_TAG_OPEN = re.compile("<[a-zA-Z]")
_PI_CLOSE = re.compile(">")
_COMMENT_CLOSE = re.compile(r"--\s*>")
_TAG_NAME = re.compile(r"([a-zA-Z][^\t\n\r\f />\x00]*)(?:\s|/(?!>))*")
_ATTRIBUTE = re.compile(
    r"((?<=['\"\s/])[^\s/>][^\s/=>]*)(\s*=+\s*"
    r"('[^']*'|\"[^\"]*\"|(?!['\"])[^>\s]*))?(?:\s|/(?!>))*")
# The longest prefix of a start tag: name, then attributes.
_START_TAG_BODY = re.compile(
    r"<[a-zA-Z][^\t\n\r\f />\x00]*"
    r"(?:[\s/]*"
    r"(?:(?<=['\"\s/])[^\s/>][^\s/=>]*"
    r"(?:\s*=+\s*(?:'[^']*'|\"[^\"]*\"|(?!['\"])[^>\s]*)\s*)?"
    r"(?:\s|/(?!>))*)*)?\s*")
_GT = re.compile(">")
_END_TAG = re.compile(r"</\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>")
_WORD_END = re.compile(r"[\s;]")
_DECL_NAME = re.compile(r"[a-zA-Z][-_.a-zA-Z0-9]*\s*")
_MARKED_CLOSE = re.compile(r"]\s*]\s*>")
_MS_MARKED_CLOSE = re.compile(r"]\s*>")


class HTMLParser:
    """Find tags and other markup and call handler functions."""

    CDATA_CONTENT_ELEMENTS = ("script", "style")

    def __init__(self, *, convert_charrefs=True):
        self.convert_charrefs = convert_charrefs
        self.reset()

    def reset(self):
        """Drops all unprocessed data."""
        self.rawdata = ""
        self.lasttag = "???"
        self.interesting = _AMP_OR_LT
        self.cdata_elem = None
        self.lineno = 1
        self.offset = 0
        self._starttag_text = None

    def feed(self, data):
        self.rawdata = self.rawdata + data
        self.goahead(False)

    def close(self):
        self.goahead(True)

    def getpos(self):
        return self.lineno, self.offset

    def get_starttag_text(self):
        return self._starttag_text

    def updatepos(self, i, j):
        if i >= j:
            return j
        newlines = self.rawdata.count("\n", i, j)
        if newlines:
            self.lineno += newlines
            self.offset = j - (self.rawdata.rindex("\n", i, j) + 1)
        else:
            self.offset += j - i
        return j

    def set_cdata_mode(self, elem):
        self.cdata_elem = elem.lower()
        self.interesting = re.compile(r"</\s*%s\s*>" % self.cdata_elem, re.I)

    def clear_cdata_mode(self):
        self.interesting = _AMP_OR_LT
        self.cdata_elem = None

    def _text(self, text):
        if self.convert_charrefs and not self.cdata_elem:
            self.handle_data(unescape(text))
        else:
            self.handle_data(text)

    def goahead(self, end):
        raw = self.rawdata
        i = 0
        n = len(raw)
        while i < n:
            # Text runs up to the next markup (and, without charref
            # conversion, the next reference).
            if self.convert_charrefs and not self.cdata_elem:
                j = raw.find("<", i)
                if j < 0:
                    # A trailing reference may still be incomplete.
                    amp = raw.rfind("&", max(i, n - 34))
                    if amp >= 0 and not _WORD_END.search(raw, amp):
                        break
                    j = n
            else:
                m = self.interesting.search(raw, i)
                if m:
                    j = m.start()
                elif self.cdata_elem:
                    break
                else:
                    j = n
            if i < j:
                self._text(raw[i:j])
            i = self.updatepos(i, j)
            if i == n:
                break
            if raw.startswith("<", i):
                if _TAG_OPEN.match(raw, i):
                    k = self.parse_starttag(i)
                elif raw.startswith("</", i):
                    k = self.parse_endtag(i)
                elif raw.startswith("<!--", i):
                    k = self.parse_comment(i)
                elif raw.startswith("<?", i):
                    k = self.parse_pi(i)
                elif raw.startswith("<!", i):
                    k = self.parse_html_declaration(i)
                elif i + 1 < n:
                    self.handle_data("<")
                    k = i + 1
                else:
                    break
                if k < 0:
                    if not end:
                        break
                    # At the end, unfinished markup is text up to its
                    # first '>' (or the next '<').
                    k = raw.find(">", i + 1)
                    if k < 0:
                        k = raw.find("<", i + 1)
                        if k < 0:
                            k = i + 1
                    else:
                        k += 1
                    self._text(raw[i:k])
                i = self.updatepos(i, k)
            elif raw.startswith("&#", i):
                m = _CHAR_REF.match(raw, i)
                if m:
                    self.handle_charref(m.group()[2:-1])
                    k = m.end()
                    if not raw.startswith(";", k - 1):
                        k -= 1
                    i = self.updatepos(i, k)
                    continue
                if ";" in raw[i:]:
                    self.handle_data(raw[i:i + 2])
                    i = self.updatepos(i, i + 2)
                break
            elif raw.startswith("&", i):
                m = _ENTITY_REF.match(raw, i)
                if m:
                    self.handle_entityref(m.group(1))
                    k = m.end()
                    if not raw.startswith(";", k - 1):
                        k -= 1
                    i = self.updatepos(i, k)
                    continue
                m = _PARTIAL_REF.match(raw, i)
                if m:
                    if end and m.group() == raw[i:]:
                        i = self.updatepos(i, i + 1)
                    break
                if i + 1 < n:
                    self.handle_data("&")
                    i = self.updatepos(i, i + 1)
                else:
                    break
            else:
                raise AssertionError("interesting.search() lied")
        if end and i < n and not self.cdata_elem:
            self._text(raw[i:n])
            i = self.updatepos(i, n)
        self.rawdata = raw[i:]

    # --- markup ---------------------------------------------------------------

    def parse_html_declaration(self, i):
        raw = self.rawdata
        if raw[i:i + 4] == "<!--":
            return self.parse_comment(i)
        if raw[i:i + 3] == "<![":
            return self.parse_marked_section(i)
        if raw[i:i + 9].lower() == "<!doctype":
            gt = raw.find(">", i + 9)
            if gt == -1:
                return -1
            self.handle_decl(raw[i + 2:gt])
            return gt + 1
        return self.parse_bogus_comment(i)

    def parse_bogus_comment(self, i, report=1):
        raw = self.rawdata
        pos = raw.find(">", i + 2)
        if pos == -1:
            return -1
        if report:
            self.handle_comment(raw[i + 2:pos])
        return pos + 1

    def parse_comment(self, i, report=1):
        raw = self.rawdata
        m = _COMMENT_CLOSE.search(raw, i + 4)
        if not m:
            return -1
        if report:
            self.handle_comment(raw[i + 4:m.start()])
        return m.end()

    def _scan_name(self, i, declstart):
        raw = self.rawdata
        n = len(raw)
        if i == n:
            return None, -1
        m = _DECL_NAME.match(raw, i)
        if not m:
            self.updatepos(declstart, i)
            raise AssertionError("expected name token at %r"
                                 % raw[declstart:declstart + 20])
        if i + len(m.group()) == n:
            return None, -1
        return m.group().strip().lower(), m.end()

    def parse_marked_section(self, i, report=1):
        raw = self.rawdata
        name, j = self._scan_name(i + 3, i)
        if j < 0:
            return j
        if name in {"temp", "cdata", "ignore", "include", "rcdata"}:
            m = _MARKED_CLOSE.search(raw, i + 3)
        elif name in {"if", "else", "endif"}:
            m = _MS_MARKED_CLOSE.search(raw, i + 3)
        else:
            raise AssertionError("unknown status keyword %r in marked "
                                 "section" % raw[i + 3:j])
        if not m:
            return -1
        if report:
            self.unknown_decl(raw[i + 3:m.start()])
        return m.end()

    def parse_pi(self, i):
        raw = self.rawdata
        m = _PI_CLOSE.search(raw, i + 2)
        if not m:
            return -1
        self.handle_pi(raw[i + 2:m.start()])
        return m.end()

    def check_for_whole_start_tag(self, i):
        """The end of the start tag at i, or -1 when more text is needed."""
        raw = self.rawdata
        j = _START_TAG_BODY.match(raw, i).end()
        following = raw[j:j + 1]
        if following == ">":
            return j + 1
        if following == "/":
            if raw.startswith("/>", j):
                return j + 2
            return -1
        if following == "":
            return -1
        if following in ("abcdefghijklmnopqrstuvwxyz=/"
                         "ABCDEFGHIJKLMNOPQRSTUVWXYZ"):
            return -1
        return j if j > i else i + 1

    def parse_starttag(self, i):
        self._starttag_text = None
        endpos = self.check_for_whole_start_tag(i)
        if endpos < 0:
            return endpos
        raw = self.rawdata
        self._starttag_text = raw[i:endpos]
        m = _TAG_NAME.match(raw, i + 1)
        k = m.end()
        self.lasttag = tag = m.group(1).lower()
        attrs = []
        while k < endpos:
            m = _ATTRIBUTE.match(raw, k)
            if not m:
                break
            name, rest, value = m.group(1, 2, 3)
            if not rest:
                value = None
            elif value[:1] == "'" == value[-1:] or \
                    value[:1] == '"' == value[-1:]:
                value = value[1:-1]
            if value:
                value = unescape(value)
            attrs.append((name.lower(), value))
            k = m.end()
        closing = raw[k:endpos].strip()
        if closing not in (">", "/>"):
            self.handle_data(raw[i:endpos])
            return endpos
        if closing.endswith("/>"):
            self.handle_startendtag(tag, attrs)
        else:
            self.handle_starttag(tag, attrs)
            if tag in self.CDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(tag)
        return endpos

    def parse_endtag(self, i):
        raw = self.rawdata
        m = _GT.search(raw, i + 1)
        if not m:
            return -1
        gtpos = m.end()
        m = _END_TAG.match(raw, i)
        if not m:
            if self.cdata_elem is not None:
                self.handle_data(raw[i:gtpos])
                return gtpos
            name = _TAG_NAME.match(raw, i + 2)
            if not name:
                if raw[i:i + 3] == "</>":
                    return i + 3
                return self.parse_bogus_comment(i)
            tag = name.group(1).lower()
            gtpos = raw.find(">", name.end())
            self.handle_endtag(tag)
            return gtpos + 1
        elem = m.group(1).lower()
        if self.cdata_elem is not None and elem != self.cdata_elem:
            self.handle_data(raw[i:gtpos])
            return gtpos
        self.handle_endtag(elem)
        self.clear_cdata_mode()
        return gtpos

    # --- handlers (overridden by subclasses) -----------------------------------

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_starttag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        pass

    def handle_charref(self, name):
        pass

    def handle_entityref(self, name):
        pass

    def handle_data(self, data):
        pass

    def handle_comment(self, data):
        pass

    def handle_decl(self, decl):
        pass

    def handle_pi(self, data):
        pass

    def unknown_decl(self, data):
        pass
