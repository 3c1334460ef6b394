"""Policies for the modern API: EmailPolicy and its instances default,
SMTP, SMTPUTF8, HTTP and strict (plus compat32)."""

__all__ = ['Compat32', 'compat32', 'Policy', 'EmailPolicy', 'default',
           'strict', 'SMTP', 'HTTP', 'SMTPUTF8']

import re
import sys

from email._policybase import Policy, Compat32, compat32, _has_surrogates
from email.contentmanager import raw_data_manager
from email.message import EmailMessage

linesep_splitter = re.compile(r'\n|\r')

# Headers a message may carry only once.
_UNIQUE_HEADERS = frozenset([
    'subject', 'date', 'orig-date', 'sender', 'to', 'cc', 'bcc', 'from',
    'reply-to', 'mime-version', 'content-type', 'content-disposition',
    'content-transfer-encoding', 'message-id',
])


def _q_encode(bstring):
    out = []
    for b in bstring:
        c = chr(b)
        if c == ' ':
            out.append('_')
        elif c.isascii() and (c.isalnum() or c in '-!*+/'):
            out.append(c)
        else:
            out.append('=%02X' % b)
    return ''.join(out)


def _encoded_word(text, charset='utf-8'):
    import base64
    bstring = text.encode(charset)
    q = _q_encode(bstring)
    b = base64.b64encode(bstring).decode('ascii')
    # 'q' unless 'b' is clearly shorter.
    if len(q) - len(b) < 5:
        return '=?%s?q?%s?=' % (charset, q)
    return '=?%s?b?%s?=' % (charset, b)


def _encode_words(value):
    """value with the span from its first to its last non-ASCII word as
    one RFC 2047 encoded word (the ASCII words between go inside it)."""
    parts = re.split(r'([ \t]+)', value)
    idx = [i for i, p in enumerate(parts) if i % 2 == 0 and not p.isascii()]
    if not idx:
        return value
    first, last = idx[0], idx[-1]
    return (''.join(parts[:first]) +
            _encoded_word(''.join(parts[first:last + 1])) +
            ''.join(parts[last + 1:]))


def _decode_words(value):
    if '=?' not in value:
        return value
    from email.header import decode_header
    pieces = []
    for chunk, charset in decode_header(value):
        if isinstance(chunk, bytes):
            chunk = chunk.decode(charset or 'ascii', 'replace')
        pieces.append(chunk)
    return ''.join(pieces)


class EmailPolicy(Policy):
    message_factory = EmailMessage
    utf8 = False
    refold_source = 'long'
    content_manager = raw_data_manager

    def header_max_count(self, name):
        return 1 if name.lower() in _UNIQUE_HEADERS else None

    def header_source_parse(self, sourcelines):
        name, value = sourcelines[0].split(':', 1)
        value = value.lstrip(' \t') + ''.join(sourcelines[1:])
        return (name, value.rstrip('\r\n'))

    def header_store_parse(self, name, value):
        if isinstance(value, str) and len(value.splitlines()) > 1:
            raise ValueError("Header values may not contain linefeed "
                             "or carriage return characters")
        return (name, value)

    def header_fetch_parse(self, name, value):
        value = ''.join(linesep_splitter.split(str(value)))
        return _decode_words(value)

    def fold(self, name, value):
        return self._fold(name, value, refold_binary=True)

    def fold_binary(self, name, value):
        folded = self._fold(name, value, refold_binary=self.cte_type == '7bit')
        charset = 'utf8' if self.utf8 else 'ascii'
        return folded.encode(charset)

    def _fold(self, name, value, refold_binary=False):
        maxlen = self.max_line_length if self.max_line_length else sys.maxsize
        value = str(value)
        if not self.utf8 and not value.isascii():
            value = _encode_words(''.join(value.splitlines()))
        lines = value.splitlines() or ['']
        fits = (len(lines[0]) + len(name) + 2 <= maxlen and
                all(len(x) <= maxlen for x in lines[1:]))
        if fits:
            return name + ': ' + self.linesep.join(lines) + self.linesep
        # Refold at whitespace, continuation lines starting with a space.
        words = ''.join(lines).split()
        out = []
        line = name + ':'
        for word in words:
            if len(line) + 1 + len(word) > maxlen and line != name + ':':
                out.append(line)
                line = ''
            line += ' ' + word
        out.append(line)
        return self.linesep.join(out) + self.linesep


default = EmailPolicy()
strict = default.clone(raise_on_defect=True)
SMTP = default.clone(linesep='\r\n')
HTTP = default.clone(linesep='\r\n', max_line_length=None)
SMTPUTF8 = SMTP.clone(utf8=True)
