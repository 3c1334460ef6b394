"""Parsers turning message text (or bytes) into Message object trees."""

__all__ = ['Parser', 'HeaderParser', 'BytesParser', 'BytesHeaderParser']

import re
from io import StringIO, TextIOWrapper

from email import errors
from email._policybase import compat32

NLCRE_crack = re.compile(r'(\r\n|\r|\n)')
headerRE = re.compile(r'^(From |[\041-\071\073-\176]*:|[\t ])')
EOL_RE = re.compile(r'(\r\n|\r|\n)\Z')


def _split_lines(text):
    """Lines with their line endings, split only at \\r\\n, \\r and \\n."""
    parts = NLCRE_crack.split(text)
    lines = [a + b for a, b in zip(parts[0::2], parts[1::2])]
    if parts[-1]:
        lines.append(parts[-1])
    return lines


def _strip_eol(line):
    m = EOL_RE.search(line)
    return line[:m.start()] if m else line


class _TreeBuilder:

    def __init__(self, factory, policy):
        self.factory = factory
        self.policy = policy

    def new_message(self):
        try:
            return self.factory(policy=self.policy)
        except TypeError:
            return self.factory()

    def parse(self, text, headersonly=False, default_type=None):
        msg = self.new_message()
        if default_type is not None:
            msg.set_default_type(default_type)
        lines = _split_lines(text)
        i = self._parse_headers(msg, lines)
        if headersonly:
            msg.set_payload(''.join(lines[i:]))
            return msg
        body_lines = lines[i:]
        ctype = msg.get_content_type()
        if ctype == 'message/delivery-status':
            self._parse_blocks(msg, body_lines)
        elif msg.get_content_maintype() == 'message':
            sub = self.parse(''.join(body_lines))
            msg.attach(sub)
        elif msg.get_content_maintype() == 'multipart':
            self._parse_multipart(msg, body_lines)
        else:
            msg.set_payload(''.join(body_lines))
        return msg

    def _parse_headers(self, msg, lines):
        i = 0
        header_lines = []
        n = len(lines)
        while i < n:
            line = lines[i]
            if not _strip_eol(line):
                i += 1
                break
            if i == 0 and line.startswith('From '):
                msg.set_unixfrom(_strip_eol(line))
                i += 1
                continue
            if line[0] in ' \t':
                if header_lines:
                    header_lines[-1].append(line)
                else:
                    defect = errors.FirstHeaderLineIsContinuationDefect(line)
                    self.policy.handle_defect(msg, defect)
                i += 1
                continue
            if not headerRE.match(line) or ':' not in line:
                defect = errors.MissingHeaderBodySeparatorDefect()
                self.policy.handle_defect(msg, defect)
                break
            header_lines.append([line])
            i += 1
        for source in header_lines:
            msg.set_raw(*self.policy.header_source_parse(source))
        return i

    def _parse_blocks(self, msg, lines):
        block = []
        for line in lines + ['']:
            if _strip_eol(line) == '' and block:
                msg.attach(self.parse(''.join(block)))
                block = []
            elif _strip_eol(line):
                block.append(line)

    def _parse_multipart(self, msg, lines):
        boundary = msg.get_boundary()
        if boundary is None:
            self.policy.handle_defect(msg, errors.NoBoundaryInMultipartDefect())
            msg.set_payload(''.join(lines))
            self.policy.handle_defect(
                msg, errors.MultipartInvariantViolationDefect())
            return
        separator = '--' + boundary
        boundary_re = re.compile(
            '(?P<sep>' + re.escape(separator) +
            r')(?P<end>--)?(?P<ws>[ \t]*)(?P<linesep>\r\n|\r|\n)?$')
        default_type = ('message/rfc822'
                        if msg.get_content_subtype() == 'digest' else None)
        preamble = []
        parts = []
        current = None
        close_seen = False
        close_linesep = False
        i = 0
        n = len(lines)
        while i < n:
            line = lines[i]
            m = boundary_re.match(line)
            if m:
                if current is not None:
                    parts.append(current)
                if m.group('end'):
                    close_seen = True
                    close_linesep = bool(m.group('linesep'))
                    i += 1
                    break
                current = []
            elif current is None:
                preamble.append(line)
            else:
                current.append(line)
            i += 1
        if current is None and not parts:
            self.policy.handle_defect(msg, errors.StartBoundaryNotFoundDefect())
            msg.set_payload(''.join(lines))
            msg.epilogue = ''
            self.policy.handle_defect(
                msg, errors.MultipartInvariantViolationDefect())
            return
        if not close_seen:
            if current is not None and (not parts or parts[-1] is not current):
                parts.append(current)
            self.policy.handle_defect(msg, errors.CloseBoundaryNotFoundDefect())
        if preamble:
            preamble[-1] = _strip_eol(preamble[-1])
            msg.preamble = ''.join(preamble)
        msg._payload = []
        for part_lines in parts:
            # The line ending before a boundary belongs to the boundary.
            if part_lines:
                part_lines = part_lines[:-1] + [_strip_eol(part_lines[-1])]
            msg.attach(self.parse(''.join(part_lines),
                                  default_type=default_type))
        if close_seen:
            epilogue = [''] if close_linesep else []
            epilogue.extend(lines[i:])
            msg.epilogue = ''.join(epilogue)


class Parser:

    def __init__(self, _class=None, *, policy=compat32):
        self._class = _class
        self.policy = policy

    def _factory(self):
        if self._class is not None:
            return self._class
        if self.policy.message_factory is not None:
            return self.policy.message_factory
        from email.message import Message
        return Message

    def parse(self, fp, headersonly=False):
        return self.parsestr(fp.read(), headersonly)

    def parsestr(self, text, headersonly=False):
        builder = _TreeBuilder(self._factory(), self.policy)
        return builder.parse(text, headersonly)


class HeaderParser(Parser):

    def parse(self, fp, headersonly=True):
        return Parser.parse(self, fp, True)

    def parsestr(self, text, headersonly=True):
        return Parser.parsestr(self, text, True)


class BytesParser:

    def __init__(self, *args, **kw):
        self.parser = Parser(*args, **kw)

    def parse(self, fp, headersonly=False):
        return self.parsebytes(fp.read(), headersonly)

    def parsebytes(self, text, headersonly=False):
        try:
            return self.parser.parsestr(text.decode('ascii'), headersonly)
        except UnicodeDecodeError:
            pass
        # 8-bit input: parsed as latin-1, then non-ASCII bodies go back to
        # bytes (CPython uses surrogate escapes, which interp's str lacks).
        msg = self.parser.parsestr(text.decode('latin-1'), headersonly)
        for part in msg.walk():
            payload = part._payload
            if isinstance(payload, str) and not payload.isascii():
                part._payload = payload.encode('latin-1')
        return msg


class BytesHeaderParser(BytesParser):

    def parse(self, fp, headersonly=True):
        return BytesParser.parse(self, fp, headersonly=True)

    def parsebytes(self, text, headersonly=True):
        return BytesParser.parsebytes(self, text, headersonly=True)
