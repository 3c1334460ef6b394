"""Tokenization of Python source, as CPython 3.11's tokenize module does it.

generate_tokens(readline) reads str lines, tokenize(readline) bytes lines
(first yielding the ENCODING token); both yield TokenInfo tuples with the
token type, its text, its start and end (row, column) and the physical
line(s) it was found on. Comments and non-logical newlines (NL) are
tokens too, and operators are OP (their precise type in exact_type).
The lexical rules are those of the language reference; unknown characters
become ERRORTOKENs rather than errors, as in CPython.
"""

import collections as _collections
import re as _re
import sys as _sys
import builtins as _builtins
from token import *
from token import EXACT_TOKEN_TYPES

import token as _token

__all__ = _token.__all__ + ["tokenize", "generate_tokens", "detect_encoding",
                            "untokenize", "TokenInfo"]
del _token

cookie_re = _re.compile(r'^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)', _re.ASCII)


class TokenInfo(_collections.namedtuple('TokenInfo',
                                        'type string start end line')):
    def __repr__(self):
        annotated_type = '%d (%s)' % (self.type, tok_name[self.type])
        return ('TokenInfo(type=%s, string=%r, start=%r, end=%r, line=%r)' %
                self._replace(type=annotated_type))

    @property
    def exact_type(self):
        if self.type == OP and self.string in EXACT_TOKEN_TYPES:
            return EXACT_TOKEN_TYPES[self.string]
        return self.type


class TokenError(Exception):
    pass


class StopTokenizing(Exception):
    pass


# --- the lexical grammar as regular expressions --------------------------

def group(*choices):
    return '(' + '|'.join(choices) + ')'


def any(*choices):
    return group(*choices) + '*'


def maybe(*choices):
    return group(*choices) + '?'


Whitespace = r'[ \f\t]*'
Comment = r'#[^\r\n]*'
Ignore = Whitespace + any(r'\\\r?\n' + Whitespace) + maybe(Comment)
Name = r'\w+'

Hexnumber = r'0[xX](?:_?[0-9a-fA-F])+'
Binnumber = r'0[bB](?:_?[01])+'
Octnumber = r'0[oO](?:_?[0-7])+'
Decnumber = r'(?:0(?:_?0)*|[1-9](?:_?[0-9])*)'
Intnumber = group(Hexnumber, Binnumber, Octnumber, Decnumber)
Exponent = r'[eE][-+]?[0-9](?:_?[0-9])*'
Pointfloat = group(r'[0-9](?:_?[0-9])*\.(?:[0-9](?:_?[0-9])*)?',
                   r'\.[0-9](?:_?[0-9])*') + maybe(Exponent)
Expfloat = r'[0-9](?:_?[0-9])*' + Exponent
Floatnumber = group(Pointfloat, Expfloat)
Imagnumber = group(r'[0-9](?:_?[0-9])*[jJ]', Floatnumber + r'[jJ]')
Number = group(Imagnumber, Floatnumber, Intnumber)


def _all_string_prefixes():
    """Every spelling of every string prefix (any case, any order)."""
    bases = ['b', 'r', 'u', 'f', 'br', 'fr']
    result = {''}
    for prefix in bases:
        orders = {prefix, prefix[::-1]}
        for order in orders:
            spellings = ['']
            for ch in order:
                spellings = [s + c for s in spellings
                             for c in (ch, ch.upper())]
            result.update(spellings)
    return result


StringPrefix = group(*_all_string_prefixes())

# Tail end of ' string.
Single = r"[^'\\]*(?:\\.[^'\\]*)*'"
# Tail end of " string.
Double = r'[^"\\]*(?:\\.[^"\\]*)*"'
# Tail end of ''' string.
Single3 = r"[^'\\]*(?:(?:\\.|'(?!''))[^'\\]*)*'''"
# Tail end of """ string.
Double3 = r'[^"\\]*(?:(?:\\.|"(?!""))[^"\\]*)*"""'
Triple = group(StringPrefix + "'''", StringPrefix + '"""')
String = group(StringPrefix + r"'[^\n'\\]*(?:\\.[^\n'\\]*)*'",
               StringPrefix + r'"[^\n"\\]*(?:\\.[^\n"\\]*)*"')

# Longest operators first, so that '**=' wins over '**' and '*'.
Special = group(*map(_re.escape, sorted(EXACT_TOKEN_TYPES, reverse=True)))
Funny = group(r'\r?\n', Special)

PlainToken = group(Number, Funny, String, Name)
Token = Ignore + PlainToken

# First (or only) line of ' or " string.
ContStr = group(StringPrefix + r"'[^\n'\\]*(?:\\.[^\n'\\]*)*" +
                group("'", r'\\\r?\n'),
                StringPrefix + r'"[^\n"\\]*(?:\\.[^\n"\\]*)*' +
                group('"', r'\\\r?\n'))
PseudoExtras = group(r'\\\r?\n|\Z', Comment, Triple)
PseudoToken = Whitespace + group(PseudoExtras, Number, Funny, ContStr, Name)

_compile = _re.compile
# The end of a string that started with each opening quote.
endpats = {}
for _prefix in _all_string_prefixes():
    endpats[_prefix + "'"] = Single
    endpats[_prefix + '"'] = Double
    endpats[_prefix + "'''"] = Single3
    endpats[_prefix + '"""'] = Double3
del _prefix

single_quoted = set()
triple_quoted = set()
for _t in _all_string_prefixes():
    for _u in (_t + '"', _t + "'"):
        single_quoted.add(_u)
    for _u in (_t + '"""', _t + "'''"):
        triple_quoted.add(_u)
del _t, _u

tabsize = 8

_pseudo = _compile(PseudoToken, _re.UNICODE)
_endprogs = {}


def _endprog(quote):
    prog = _endprogs.get(quote)
    if prog is None:
        prog = _endprogs[quote] = _compile(endpats[quote])
    return prog


# --- untokenize ------------------------------------------------------------

class Untokenizer:

    def __init__(self):
        self.tokens = []
        self.prev_row = 1
        self.prev_col = 0
        self.encoding = None

    def add_whitespace(self, start):
        row, col = start
        if row < self.prev_row or row == self.prev_row and col < self.prev_col:
            raise ValueError("start ({},{}) precedes previous end ({},{})"
                             .format(row, col, self.prev_row, self.prev_col))
        row_offset = row - self.prev_row
        if row_offset:
            self.tokens.append("\\\n" * row_offset)
            self.prev_col = 0
        col_offset = col - self.prev_col
        if col_offset:
            self.tokens.append(" " * col_offset)

    def untokenize(self, iterable):
        it = iter(iterable)
        indents = []
        startline = False
        for t in it:
            if len(t) == 2:
                self.compat(t, it)
                break
            tok_type, token, start, end, line = t
            if tok_type == ENCODING:
                self.encoding = token
                continue
            if tok_type == ENDMARKER:
                break
            if tok_type == INDENT:
                indents.append(token)
                continue
            elif tok_type == DEDENT:
                indents.pop()
                self.prev_row, self.prev_col = end
                continue
            elif tok_type in (NEWLINE, NL):
                startline = True
            elif startline and indents:
                indent = indents[-1]
                if start[1] >= len(indent):
                    self.tokens.append(indent)
                    self.prev_col = len(indent)
                startline = False
            self.add_whitespace(start)
            self.tokens.append(token)
            self.prev_row, self.prev_col = end
            if tok_type in (NEWLINE, NL):
                self.prev_row += 1
                self.prev_col = 0
        return "".join(self.tokens)

    def compat(self, token, iterable):
        """Untokenize (type, string) pairs: positions are made up."""
        indents = []
        toks_append = self.tokens.append
        startline = token[0] in (NEWLINE, NL)
        prevstring = False
        for tok in _chain([token], iterable):
            toknum, tokval = tok[:2]
            if toknum == ENCODING:
                self.encoding = tokval
                continue
            if toknum in (NAME, NUMBER):
                tokval += ' '
            # Adjacent strings would merge into one without a space.
            if toknum == STRING:
                if prevstring:
                    tokval = ' ' + tokval
                prevstring = True
            else:
                prevstring = False
            if toknum == INDENT:
                indents.append(tokval)
                continue
            elif toknum == DEDENT:
                indents.pop()
                continue
            elif toknum in (NEWLINE, NL):
                startline = True
            elif startline and indents:
                toks_append(indents[-1])
                startline = False
            toks_append(tokval)


def _chain(first, rest):
    for x in first:
        yield x
    for x in rest:
        yield x


def untokenize(iterable):
    """Source text from tokens: full TokenInfo tuples give back the
    original spacing; (type, string) pairs a spacing of their own."""
    ut = Untokenizer()
    out = ut.untokenize(iterable)
    if ut.encoding is not None:
        out = out.encode(ut.encoding)
    return out


# --- encodings -------------------------------------------------------------

def _get_normal_name(orig_enc):
    """Imitates get_normal_name in tokenizer.c."""
    enc = orig_enc[:12].lower().replace("_", "-")
    if enc == "utf-8" or enc.startswith("utf-8-"):
        return "utf-8"
    if enc in ("latin-1", "iso-8859-1", "iso-latin-1") or \
       enc.startswith(("latin-1-", "iso-8859-1-", "iso-latin-1-")):
        return "iso-8859-1"
    return orig_enc


def _is_blank(line):
    """Whether a bytes line holds nothing but blanks or a comment."""
    rest = line.lstrip(b' \t\f')
    return not rest or rest[:1] in (b'#', b'\r', b'\n')


def detect_encoding(readline):
    """The encoding of a bytes source (its BOM or coding cookie, else
    utf-8) and the lines (at most two) read to find it."""
    try:
        filename = readline.__self__.name
    except AttributeError:
        filename = None
    bom_found = False
    encoding = None
    default = 'utf-8'

    def read_or_stop():
        try:
            return readline()
        except StopIteration:
            return b''

    def find_cookie(line):
        try:
            line_string = line.decode('utf-8')
        except UnicodeDecodeError:
            msg = "invalid or missing encoding declaration"
            if filename is not None:
                msg = '{} for {!r}'.format(msg, filename)
            raise SyntaxError(msg)
        match = cookie_re.match(line_string)
        if not match:
            return None
        encoding = _get_normal_name(match.group(1))
        try:
            b''.decode(encoding)  # LookupError for an unknown codec
        except LookupError:
            if filename is None:
                msg = "unknown encoding: " + encoding
            else:
                msg = "unknown encoding for {!r}: {}".format(filename,
                                                             encoding)
            raise SyntaxError(msg)
        if bom_found:
            if encoding != 'utf-8':
                if filename is None:
                    msg = 'encoding problem: utf-8'
                else:
                    msg = 'encoding problem for {!r}: utf-8'.format(filename)
                raise SyntaxError(msg)
            encoding += '-sig'
        return encoding

    first = read_or_stop()
    if first.startswith(b'\xef\xbb\xbf'):
        bom_found = True
        first = first[3:]
        default = 'utf-8-sig'
    if not first:
        return default, []
    encoding = find_cookie(first)
    if encoding:
        return encoding, [first]
    if not _is_blank(first):
        return default, [first]
    second = read_or_stop()
    if not second:
        return default, [first]
    encoding = find_cookie(second)
    if encoding:
        return encoding, [first, second]
    return default, [first, second]


def open(filename):
    """Open a Python source file read-only as text, in the encoding
    detect_encoding() finds."""
    buffer = _builtins.open(filename, 'rb')
    try:
        encoding, lines = detect_encoding(buffer.readline)
    finally:
        buffer.close()
    return _builtins.open(filename, 'r', encoding=encoding)


def tokenize(readline):
    """Tokens of a source given as bytes lines, after an ENCODING token."""
    encoding, consumed = detect_encoding(readline)
    rl_gen = _chain(consumed, iter(readline, b""))
    if encoding is not None:
        if encoding == "utf-8-sig":
            encoding = "utf-8"
        yield TokenInfo(ENCODING, encoding, (0, 0), (0, 0), '')
    yield from _tokenize(rl_gen.__next__, encoding)


def generate_tokens(readline):
    """Tokens of a source given as str lines."""
    return _tokenize(readline, None)


# --- the tokenizer ---------------------------------------------------------

class _Scanner:
    """The tokenizer's state between physical lines: the open string (if
    one spans lines), the bracket depth, a pending backslash continuation
    and the stack of indentation columns."""

    def __init__(self):
        self.row = 0
        self.depth = 0          # open brackets
        self.joined = False     # the previous line ended with a backslash
        self.indents = [0]
        self.string = None      # (text so far, start, lines, closing, strict)
        self.done = False

    def line(self, text):
        """The tokens of one physical line (text '' at the end)."""
        self.row += 1
        pos = 0
        if self.string is not None:
            pos = yield from self._string_continues(text)
            if pos is None:
                return
        elif self.depth == 0 and not self.joined:
            if not text:
                return
            pos = yield from self._line_start(text)
            if pos is None:
                return
        else:
            if not text:
                raise TokenError("EOF in multi-line statement", (self.row, 0))
            self.joined = False
        yield from self._tokens(text, pos)

    def _string_continues(self, text):
        """Carry on an open string: the position after it, or None when
        the whole line belongs to it."""
        body, start, lines, closing, strict = self.string
        if not text:
            raise TokenError("EOF in multi-line string", start)
        m = closing.match(text)
        if m:
            end = m.end(0)
            self.string = None
            yield TokenInfo(STRING, body + text[:end], start, (self.row, end),
                            lines + text)
            return end
        if strict and not text.endswith(('\\\n', '\\\r\n')):
            # A one-quote string continued by a backslash must go on so.
            self.string = None
            yield TokenInfo(ERRORTOKEN, body + text, start,
                            (self.row, len(text)), lines)
            return None
        self.string = (body + text, start, lines + text, closing, strict)
        return None

    def _line_start(self, text):
        """Indentation of a new logical line: INDENT/DEDENT tokens and the
        position of its first token, or None for a blank or comment line
        (whose COMMENT and NL tokens are yielded here)."""
        column = 0
        pos = 0
        size = len(text)
        while pos < size and text[pos] in ' \t\f':
            ch = text[pos]
            if ch == ' ':
                column += 1
            elif ch == '\t':
                column = (column // tabsize + 1) * tabsize
            else:
                column = 0
            pos += 1
        if pos == size:
            # Blanks without a newline: the end of the source.
            self.done = True
            return None
        if text[pos] in '#\r\n':
            if text[pos] == '#':
                comment = text[pos:].rstrip('\r\n')
                yield TokenInfo(COMMENT, comment, (self.row, pos),
                                (self.row, pos + len(comment)), text)
                pos += len(comment)
            yield TokenInfo(NL, text[pos:], (self.row, pos),
                            (self.row, len(text)), text)
            return None
        if column > self.indents[-1]:
            self.indents.append(column)
            yield TokenInfo(INDENT, text[:pos], (self.row, 0), (self.row, pos),
                            text)
        while column < self.indents[-1]:
            if column not in self.indents:
                raise IndentationError(
                    "unindent does not match any outer indentation level",
                    ("<tokenize>", self.row, pos, text))
            self.indents.pop()
            yield TokenInfo(DEDENT, '', (self.row, pos), (self.row, pos),
                            text)
        return pos

    def _tokens(self, text, pos):
        row = self.row
        size = len(text)
        while pos < size:
            m = _pseudo.match(text, pos)
            if not m:
                yield TokenInfo(ERRORTOKEN, text[pos], (row, pos),
                                (row, pos + 1), text)
                pos += 1
                continue
            start, end = m.span(1)
            pos = end
            if start == end:
                continue
            tok = text[start:end]
            first = tok[0]
            where, until = (row, start), (row, end)
            if first in '0123456789' or (
                    first == '.' and tok not in ('.', '...')):
                yield TokenInfo(NUMBER, tok, where, until, text)
            elif first in '\r\n':
                kind = NL if self.depth > 0 else NEWLINE
                yield TokenInfo(kind, tok, where, until, text)
            elif first == '#':
                yield TokenInfo(COMMENT, tok, where, until, text)
            elif tok in triple_quoted:
                closing = _endprog(tok)
                m2 = closing.match(text, pos)
                if not m2:
                    self.string = (text[start:], where, text, closing, False)
                    return
                pos = m2.end(0)
                yield TokenInfo(STRING, text[start:pos], where, (row, pos),
                                text)
            elif (first in single_quoted or tok[:2] in single_quoted or
                  tok[:3] in single_quoted):
                if tok[-1] != '\n':
                    yield TokenInfo(STRING, tok, where, until, text)
                    continue
                # The string goes on after a backslash-newline.
                for n in (1, 2, 3):
                    if tok[:n] in endpats:
                        quote = tok[:n]
                        break
                self.string = (text[start:], where, text, _endprog(quote),
                               True)
                return
            elif first.isidentifier():
                yield TokenInfo(NAME, tok, where, until, text)
            elif first == '\\':
                self.joined = True
            else:
                if first in '([{':
                    self.depth += 1
                elif first in ')]}':
                    self.depth -= 1
                yield TokenInfo(OP, tok, where, until, text)


def _tokenize(readline, encoding):
    scanner = _Scanner()
    previous = current = ''
    while True:
        previous = current
        try:
            current = readline()
        except StopIteration:
            current = ''
        if encoding is not None and isinstance(current, bytes):
            current = current.decode(encoding)
        if not current:
            current = ''
        ended = (scanner.string is None and scanner.depth == 0 and
                 not scanner.joined and not current)
        yield from scanner.line(current)
        if ended or scanner.done:
            break
    row = scanner.row
    # A last line without its newline still ends a logical line.
    if previous and previous[-1] not in '\r\n' and \
            not previous.strip().startswith('#'):
        yield TokenInfo(NEWLINE, '', (row - 1, len(previous)),
                        (row - 1, len(previous) + 1), '')
    for _ in scanner.indents[1:]:
        yield TokenInfo(DEDENT, '', (row, 0), (row, 0), '')
    yield TokenInfo(ENDMARKER, '', (row, 0), (row, 0), '')


def main():
    import argparse

    def perror(message):
        _sys.stderr.write(message)
        _sys.stderr.write('\n')

    def error(message, filename=None, location=None):
        if location:
            args = (filename,) + location + (message,)
            perror("%s:%d:%d: error: %s" % args)
        elif filename:
            perror("%s: error: %s" % (filename, message))
        else:
            perror("error: %s" % message)
        _sys.exit(1)

    parser = argparse.ArgumentParser(prog='python -m tokenize')
    parser.add_argument(dest='filename', nargs='?',
                        metavar='filename.py',
                        help='the file to tokenize; defaults to stdin')
    parser.add_argument('-e', '--exact', dest='exact', action='store_true',
                        help='display token names using the exact type')
    args = parser.parse_args()
    try:
        if args.filename:
            filename = args.filename
            with _builtins.open(filename, 'rb') as f:
                tokens = list(tokenize(f.readline))
        else:
            filename = "<stdin>"
            tokens = _tokenize(_sys.stdin.readline, None)
        for token in tokens:
            token_type = token.type
            if args.exact:
                token_type = token.exact_type
            token_range = "%d,%d-%d,%d:" % (token.start + token.end)
            print("%-20s%-15s%-15r" %
                  (token_range, tok_name[token_type], token.string))
    except IndentationError as err:
        line, column = err.args[1][1:3]
        error(err.args[0], filename, (line, column))
    except TokenError as err:
        line, column = err.args[1]
        error(err.args[0], filename, (line, column))
    except SyntaxError as err:
        error(err, filename)
    except OSError as err:
        error(err)
    except KeyboardInterrupt:
        print("interrupted\n")


if __name__ == "__main__":
    main()
