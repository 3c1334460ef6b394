"""Common string constants, capwords() and Template (CPython's string module).

Template scans its placeholders by hand instead of through a regular
expression; the rules are CPython's: `$$` is a literal `$`, `$name` and
`${name}` substitute an identifier ([_a-z][_a-z0-9]*, ASCII, any case),
anything else after `$` is an invalid placeholder. string.Formatter is not
provided.
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s into words, capitalize each, and join them with sep."""
    return (sep or ' ').join([w.capitalize() for w in s.split(sep)])


_ID_START = '_' + ascii_letters
_ID_CHARS = _ID_START + digits
_MISSING = object()


def _identifier_end(text, start):
    """End of the identifier at text[start], or start when there is none."""
    if start >= len(text) or text[start] not in _ID_START:
        return start
    end = start + 1
    while end < len(text) and text[end] in _ID_CHARS:
        end += 1
    return end


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _pieces(self):
        """Yields the template as a list of (kind, text, start) pieces:
        'text' literal runs, 'named'/'braced' identifiers, 'escaped' for the
        doubled delimiter, 'invalid' for a delimiter not followed by a valid
        placeholder."""
        text = self.template
        delim = self.delimiter
        pieces = []
        pos = 0
        literal_start = 0
        n = len(text)
        while True:
            i = text.find(delim, pos)
            if i < 0:
                break
            after = i + len(delim)
            if text.startswith(delim, after):
                kind, name, end = 'escaped', delim, after + len(delim)
            else:
                end = _identifier_end(text, after)
                if end > after:
                    kind, name = 'named', text[after:end]
                elif after < n and text[after] == '{':
                    close = _identifier_end(text, after + 1)
                    if close > after + 1 and close < n and text[close] == '}':
                        kind, name, end = 'braced', text[after + 1:close], close + 1
                    else:
                        kind, name, end = 'invalid', '', after
                else:
                    kind, name, end = 'invalid', '', after
            if i > literal_start:
                pieces.append(('text', text[literal_start:i], literal_start))
            # An invalid placeholder is reported where CPython's pattern
            # puts it: just after the delimiter.
            pieces.append((kind, name, after if kind == 'invalid' else i))
            pos = literal_start = end
        if literal_start < n:
            pieces.append(('text', text[literal_start:], literal_start))
        return pieces

    def _invalid(self, start):
        lines = self.template[:start].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = start - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def _mapping(self, mapping, kws):
        if mapping is _MISSING:
            return kws
        if kws:
            merged = dict(mapping)
            merged.update(kws)
            # Keywords win over the mapping, as with CPython's ChainMap.
            return merged
        return mapping

    def substitute(self, mapping=_MISSING, /, **kws):
        mapping = self._mapping(mapping, kws)
        out = []
        for kind, text, start in self._pieces():
            if kind == 'text' or kind == 'escaped':
                out.append(text)
            elif kind == 'invalid':
                self._invalid(start)
            else:
                out.append('%s' % (mapping[text],))
        return ''.join(out)

    def safe_substitute(self, mapping=_MISSING, /, **kws):
        mapping = self._mapping(mapping, kws)
        out = []
        for kind, text, start in self._pieces():
            if kind == 'text' or kind == 'escaped':
                out.append(text)
            elif kind == 'invalid':
                out.append(self.delimiter)
            else:
                try:
                    out.append('%s' % (mapping[text],))
                except KeyError:
                    if kind == 'braced':
                        out.append(self.delimiter + '{' + text + '}')
                    else:
                        out.append(self.delimiter + text)
        return ''.join(out)

    def is_valid(self):
        for kind, text, start in self._pieces():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for kind, text, start in self._pieces():
            if kind == 'invalid':
                self._invalid(start)
            if (kind == 'named' or kind == 'braced') and text not in ids:
                ids.append(text)
        return ids
