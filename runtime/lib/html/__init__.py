"""HTML escaping (CPython's html): escape and unescape, with the HTML5
named and numeric character reference rules. html.entities holds the
tables; html.parser is not provided."""

import re as _re

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    """Replace &, < and > (and, with quote, " and ') by HTML-safe
    sequences."""
    s = s.replace("&", "&amp;")  # first, so the others stay single
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace('\'', "&#x27;")
    return s


# Numeric references to these code points mean what windows-1252 (and a
# few fixed replacements) say, as the HTML5 parsing rules require.
_invalid_charrefs = {0x00: '\ufffd', 0x0d: '\r'}
for _b in range(0x80, 0xA0):
    _invalid_charrefs[_b] = bytes([_b]).decode('cp1252', 'replace')
    if _invalid_charrefs[_b] == '\ufffd':
        _invalid_charrefs[_b] = chr(_b)
del _b

# Code points a reference may not produce: they are dropped.
_invalid_codepoints = set(range(0x1, 0x9)) | set(range(0xe, 0x20))
_invalid_codepoints |= set(range(0x7f, 0xa0)) | set(range(0xfdd0, 0xfdf0))
_invalid_codepoints.add(0xb)
for _plane in range(0x11):
    _invalid_codepoints.add(_plane * 0x10000 + 0xfffe)
    _invalid_codepoints.add(_plane * 0x10000 + 0xffff)
del _plane

_charref = _re.compile(r'&(#[0-9]+;?'
                       r'|#[xX][0-9a-fA-F]+;?'
                       r'|[^\t\n\f <&#;]{1,32};?)')

_html5 = None


def _replace_charref(m):
    global _html5
    s = m.group(1)
    if s[0] == '#':
        if s[1] in 'xX':
            num = int(s[2:].rstrip(';'), 16)
        else:
            num = int(s[1:].rstrip(';'))
        if num in _invalid_charrefs:
            return _invalid_charrefs[num]
        if 0xD800 <= num <= 0xDFFF or num > 0x10FFFF:
            return '\uFFFD'
        if num in _invalid_codepoints:
            return ''
        return chr(num)
    if _html5 is None:
        from html.entities import html5 as _table
        _html5 = _table
    if s in _html5:
        return _html5[s]
    # Some names are recognised without their ';': the longest such
    # prefix wins and the rest stays text.
    for x in range(len(s) - 1, 1, -1):
        if s[:x] in _html5:
            return _html5[s[:x]] + s[x:]
    return '&' + s


def unescape(s):
    """Convert all named and numeric character references (e.g. &gt;,
    &#62;, &#x3e;) in the string s to the corresponding characters."""
    if '&' not in s:
        return s
    return _charref.sub(_replace_charref, s)
