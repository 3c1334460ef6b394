"""The TOML parser behind tomllib: a recursive-descent reader over the
source string, keeping for each table whether it was declared by a
header, created by a dotted key, or frozen (inline tables and arrays)."""

import string
from datetime import date, datetime, time, timedelta, timezone

_ASCII_CTRL = frozenset(chr(i) for i in range(32)) | frozenset(chr(127))
# Control characters other than tab are not allowed in strings/comments.
_ILLEGAL_BASIC = _ASCII_CTRL - frozenset("\t")
_ILLEGAL_MULTILINE_BASIC = _ASCII_CTRL - frozenset("\t\n")
_ILLEGAL_COMMENT = _ILLEGAL_BASIC
_WS = frozenset(" \t")
_WS_AND_NEWLINE = frozenset(" \t\n")
_BARE_KEY_CHARS = frozenset(string.ascii_letters + string.digits + "-_")
_KEY_INITIAL_CHARS = _BARE_KEY_CHARS | frozenset("\"'")
_HEXDIGITS = frozenset(string.hexdigits)
_DIGITS = frozenset(string.digits)
_BASIC_ESCAPES = {
    "\\b": "\u0008", "\\t": "\u0009", "\\n": "\u000A", "\\f": "\u000C",
    "\\r": "\u000D", '\\"': "\u0022", "\\\\": "\u005C",
}


class TOMLDecodeError(ValueError):
    """An error while decoding a TOML document."""


def load(fp, /, *, parse_float=float):
    """Parses a TOML document from a binary file."""
    b = fp.read()
    try:
        s = b.decode()
    except AttributeError:
        raise TypeError("File must be opened in binary mode, e.g. use "
                        "`open('foo.toml', 'rb')`") from None
    return loads(s, parse_float=parse_float)


def loads(s, /, *, parse_float=float):
    """Parses a TOML document from a string."""
    src = s.replace("\r\n", "\n")
    if parse_float is not float:
        def checked(text):
            value = parse_float(text)
            if isinstance(value, (dict, list)):
                raise ValueError("parse_float must not return dicts or lists")
            return value
        p = _Parser(src, checked)
    else:
        p = _Parser(src, float)
    return p.parse_document()


# Flags on table paths (tuples of keys).
_EXPLICIT = 1      # declared by a [header] (or [[header]])
_DOTTED = 2        # created by a dotted key in a key/value pair
_FROZEN = 3        # an inline table or a static array: never extended


class _Parser:
    def __init__(self, src, parse_float):
        self.src = src
        self.pos = 0
        self.parse_float = parse_float
        self.out = {}
        self.flags = {}        # path -> set of flags
        self.array_tables = set()  # paths that are arrays of tables

    # --- errors and small helpers ---

    def error(self, msg, pos=None):
        if pos is None:
            pos = self.pos
        src = self.src
        if pos >= len(src):
            where = "end of document"
        else:
            line = src.count("\n", 0, pos) + 1
            if line == 1:
                col = pos + 1
            else:
                col = pos - src.rindex("\n", 0, pos)
            where = f"line {line}, column {col}"
        return TOMLDecodeError(f"{msg} (at {where})")

    def char(self):
        return self.src[self.pos] if self.pos < len(self.src) else ''

    def skip_chars(self, chars):
        src = self.src
        pos = self.pos
        while pos < len(src) and src[pos] in chars:
            pos += 1
        self.pos = pos

    def skip_comment(self):
        if self.char() != '#':
            return
        src = self.src
        pos = self.pos + 1
        while pos < len(src) and src[pos] != '\n':
            if src[pos] in _ILLEGAL_COMMENT:
                raise self.error(f"Found invalid character {src[pos]!r}",
                                 pos)
            pos += 1
        self.pos = pos

    def skip_comments_and_array_ws(self):
        while True:
            before = self.pos
            self.skip_chars(_WS_AND_NEWLINE)
            self.skip_comment()
            if self.pos == before:
                return

    def has_flag(self, path, flag, recursive=False):
        if flag in self.flags.get(path, ()):
            return True
        if recursive or flag == _FROZEN:
            for i in range(len(path) - 1, 0, -1):
                if flag in self.flags.get(path[:i], ()):
                    return True
        return False

    def set_flag(self, path, flag):
        self.flags.setdefault(path, set()).add(flag)

    # --- document structure ---

    def parse_document(self):
        header = ()
        src = self.src
        while True:
            self.skip_chars(_WS)
            c = self.char()
            if c == '':
                break
            if c == '\n':
                self.pos += 1
                continue
            if c in _KEY_INITIAL_CHARS:
                self.key_value_statement(header)
                self.skip_chars(_WS)
            elif c == '[':
                if src.startswith('[[', self.pos):
                    header = self.array_table_header()
                else:
                    header = self.table_header()
                self.skip_chars(_WS)
            elif c != '#':
                raise self.error("Invalid statement")
            self.skip_comment()
            c = self.char()
            if c == '':
                break
            if c != '\n':
                raise self.error("Expected newline or end of document after "
                                 "a statement")
            self.pos += 1
        return self.out

    def get_or_create_table(self, path, pos):
        """The dict at path, creating tables on the way; the last element
        of an array of tables stands for the array."""
        node = self.out
        for i, k in enumerate(path):
            if k not in node:
                node[k] = {}
            node = node[k]
            if isinstance(node, list):
                if path[:i + 1] not in self.array_tables or not node:
                    raise self.error("Cannot overwrite a value", pos)
                node = node[-1]
            elif not isinstance(node, dict):
                raise self.error("Cannot overwrite a value", pos)
        return node

    def table_header(self):
        self.pos += 1
        self.skip_chars(_WS)
        key = self.parse_key()
        if self.has_flag(key, _EXPLICIT) or self.has_flag(key, _FROZEN):
            raise self.error(f"Cannot declare {key} twice")
        if self.has_flag(key, _DOTTED, recursive=False):
            raise self.error(f"Cannot declare {key} twice")
        self.set_flag(key, _EXPLICIT)
        self.get_or_create_table(key, self.pos)
        if self.char() != ']':
            raise self.error("Expected ']' at the end of a table declaration")
        self.pos += 1
        return key

    def array_table_header(self):
        self.pos += 2
        self.skip_chars(_WS)
        key = self.parse_key()
        if self.has_flag(key, _FROZEN):
            raise self.error(f"Cannot mutate immutable namespace {key}")
        parent = self.get_or_create_table(key[:-1], self.pos)
        last = key[-1]
        if last in parent:
            arr = parent[last]
            if not isinstance(arr, list) or key not in self.array_tables:
                raise self.error("Cannot overwrite a value")
            arr.append({})
        else:
            parent[last] = [{}]
            self.array_tables.add(key)
        # A new element: forget the flags of tables under the old one.
        for path in [p for p in self.flags if p[:len(key)] == key and
                     len(p) > len(key)]:
            del self.flags[path]
        if not self.src.startswith(']]', self.pos):
            raise self.error("Expected ']]' at the end of an array "
                             "declaration")
        self.pos += 2
        return key

    def key_value_statement(self, header):
        key, value = self.parse_key_value()
        start = self.pos  # CPython reports these after the value
        parent_key, last = key[:-1], key[-1]
        abs_parent = header + parent_key
        # Each dotted-key prefix becomes a table of its own, but not one
        # that a [header] declared earlier.
        for i in range(1, len(key)):
            path = header + key[:i]
            if self.has_flag(path, _EXPLICIT):
                raise self.error(f"Cannot redefine namespace {path}", start)
            self.set_flag(path, _DOTTED)
        if self.has_flag(abs_parent, _FROZEN):
            raise self.error(f"Cannot mutate immutable namespace "
                             f"{abs_parent}", start)
        node = self.get_or_create_table(abs_parent, start)
        if last in node:
            raise self.error("Cannot overwrite a value", start)
        if isinstance(value, (dict, list)):
            self.set_flag(header + key, _FROZEN)
        node[last] = value

    def parse_key_value(self):
        key = self.parse_key()
        if self.char() != '=':
            raise self.error("Expected '=' after a key in a key/value pair")
        self.pos += 1
        self.skip_chars(_WS)
        value = self.parse_value()
        return key, value

    def parse_key(self):
        parts = [self.parse_key_part()]
        self.skip_chars(_WS)
        while self.char() == '.':
            self.pos += 1
            self.skip_chars(_WS)
            parts.append(self.parse_key_part())
            self.skip_chars(_WS)
        return tuple(parts)

    def parse_key_part(self):
        c = self.char()
        if c in _BARE_KEY_CHARS and c:
            start = self.pos
            self.skip_chars(_BARE_KEY_CHARS)
            return self.src[start:self.pos]
        if c == "'":
            return self.parse_literal_str()
        if c == '"':
            return self.parse_one_line_basic_str()
        raise self.error("Invalid initial character for a key part")

    # --- values ---

    def parse_value(self):
        src = self.src
        pos = self.pos
        c = self.char()
        if c == '"':
            if src.startswith('"""', pos):
                return self.parse_multiline_str(literal=False)
            return self.parse_one_line_basic_str()
        if c == "'":
            if src.startswith("'''", pos):
                return self.parse_multiline_str(literal=True)
            return self.parse_literal_str()
        if c == 't' and src.startswith('true', pos):
            self.pos += 4
            return True
        if c == 'f' and src.startswith('false', pos):
            self.pos += 5
            return False
        if c == '[':
            return self.parse_array()
        if c == '{':
            return self.parse_inline_table()
        value = self.parse_datetime_or_time()
        if value is not None:
            return value
        value = self.parse_number()
        if value is not None:
            return value
        raise self.error("Invalid value")

    def parse_array(self):
        self.pos += 1
        array = []
        self.skip_comments_and_array_ws()
        if self.char() == ']':
            self.pos += 1
            return array
        while True:
            array.append(self.parse_value())
            self.skip_comments_and_array_ws()
            c = self.char()
            if c == ']':
                self.pos += 1
                return array
            if c != ',':
                raise self.error("Unclosed array")
            self.pos += 1
            self.skip_comments_and_array_ws()
            if self.char() == ']':
                self.pos += 1
                return array

    def parse_inline_table(self):
        self.pos += 1
        table = {}
        frozen = set()   # paths inside this inline table that are values
        dotted = set()
        self.skip_chars(_WS)
        if self.char() == '}':
            self.pos += 1
            return table
        while True:
            key, value = self.parse_key_value()
            start = self.pos
            for i in range(1, len(key)):
                if key[:i] in frozen:
                    raise self.error(f"Cannot mutate immutable namespace "
                                     f"{key[:i]}", start)
                dotted.add(key[:i])
            node = table
            for k in key[:-1]:
                if k not in node:
                    node[k] = {}
                node = node[k]
                if not isinstance(node, dict):
                    raise self.error("Cannot overwrite a value", start)
            if key[-1] in node:
                raise self.error(f"Duplicate inline table key {key[-1]!r}",
                                 start)
            node[key[-1]] = value
            frozen.add(key)
            self.skip_chars(_WS)
            c = self.char()
            if c == '}':
                self.pos += 1
                return table
            if c != ',':
                raise self.error("Unclosed inline table")
            self.pos += 1
            self.skip_chars(_WS)

    def parse_escape(self, multiline):
        src = self.src
        pos = self.pos
        escape_id = src[pos:pos + 2]
        self.pos += 2
        if multiline and escape_id in ("\\ ", "\\\t", "\\\n"):
            # A line-ending backslash: drop the whitespace that follows.
            if escape_id != "\\\n":
                self.skip_chars(_WS)
                if self.char() != '\n':
                    if self.char() == '':
                        return ''
                    raise self.error("Unescaped '\\' in a string", pos)
                self.pos += 1
            self.skip_chars(_WS_AND_NEWLINE)
            return ''
        if escape_id == "\\u":
            return self.parse_hex_char(4)
        if escape_id == "\\U":
            return self.parse_hex_char(8)
        try:
            return _BASIC_ESCAPES[escape_id]
        except KeyError:
            raise self.error("Unescaped '\\' in a string") from None

    def parse_hex_char(self, n):
        src = self.src
        hex_str = src[self.pos:self.pos + n]
        if len(hex_str) != n or not all(c in _HEXDIGITS for c in hex_str):
            raise self.error("Invalid hex value")
        self.pos += n
        value = int(hex_str, 16)
        if not (0 <= value <= 0xD7FF or 0xE000 <= value <= 0x10FFFF):
            raise self.error("Escaped character is not a Unicode scalar "
                             "value")
        return chr(value)

    def parse_literal_str(self):
        self.pos += 1
        src = self.src
        start = self.pos
        while True:
            c = self.char()
            if c == '':
                raise self.error("Unterminated string")
            if c == "'":
                break
            if c == '\n' or c in _ILLEGAL_BASIC:
                raise self.error(f"Illegal character {c!r}")
            self.pos += 1
        s = src[start:self.pos]
        self.pos += 1
        return s

    def parse_one_line_basic_str(self):
        self.pos += 1
        return self.parse_basic_str(multiline=False)

    def parse_multiline_str(self, literal):
        self.pos += 3
        if self.char() == '\n':
            self.pos += 1
        if literal:
            delim = "'"
            end = self.src.find("'''", self.pos)
            if end < 0:
                raise self.error("Unterminated string", len(self.src))
            result = self.src[self.pos:end]
            for i, c in enumerate(result):
                if c in _ILLEGAL_MULTILINE_BASIC:
                    raise self.error(f"Illegal character {c!r}",
                                     self.pos + i)
            self.pos = end + 3
        else:
            delim = '"'
            result = self.parse_basic_str(multiline=True)
        # Up to two quotes may end the content right before the delimiter.
        if self.char() != delim:
            return result
        self.pos += 1
        if self.char() != delim:
            return result + delim
        self.pos += 1
        return result + delim * 2

    def parse_basic_str(self, multiline):
        src = self.src
        illegal = _ILLEGAL_MULTILINE_BASIC if multiline else _ILLEGAL_BASIC
        parts = []
        start = self.pos
        while True:
            c = self.char()
            if c == '':
                raise self.error("Unterminated string")
            if c == '"':
                if not multiline:
                    parts.append(src[start:self.pos])
                    self.pos += 1
                    return ''.join(parts)
                if src.startswith('"""', self.pos):
                    parts.append(src[start:self.pos])
                    self.pos += 3
                    return ''.join(parts)
                self.pos += 1
                continue
            if c == '\\':
                parts.append(src[start:self.pos])
                parts.append(self.parse_escape(multiline))
                start = self.pos
                continue
            if c in illegal:
                raise self.error(f"Illegal character {c!r}")
            self.pos += 1

    # --- numbers and dates ---

    def _take_while(self, chars):
        start = self.pos
        self.skip_chars(chars)
        return self.src[start:self.pos]

    def parse_datetime_or_time(self):
        m = _DATETIME_RE.match(self.src, self.pos)
        if m is None:
            return None
        try:
            value = _datetime_from_match(m)
        except ValueError:
            raise self.error("Invalid date or datetime") from None
        self.pos = m.end()
        return value

    def parse_number(self):
        src = self.src
        pos = self.pos
        for special, value in (('inf', 'inf'), ('+inf', 'inf'),
                               ('-inf', '-inf'), ('nan', 'nan'),
                               ('+nan', 'nan'), ('-nan', '-nan')):
            if src.startswith(special, pos):
                self.pos += len(special)
                return self.parse_float(value)
        m = _NUMBER_RE.match(src, pos)
        if m is None:
            return None
        text = m.group(0)
        self.pos = m.end()
        if m.group('hex'):
            return int(text[2:].replace('_', ''), 16)
        if m.group('oct'):
            return int(text[2:].replace('_', ''), 8)
        if m.group('bin'):
            return int(text[2:].replace('_', ''), 2)
        if m.group('frac') or m.group('exp'):
            return self.parse_float(text.replace('_', ''))
        return int(text.replace('_', ''))


def _compile_patterns():
    import re
    digits = r'[0-9](?:_?[0-9])*'
    number = re.compile(
        r'0x(?P<hex>[0-9A-Fa-f](?:_?[0-9A-Fa-f])*)'
        r'|0o(?P<oct>[0-7](?:_?[0-7])*)'
        r'|0b(?P<bin>[01](?:_?[01])*)'
        r'|[+-]?(?:0|[1-9](?:_?[0-9])*)'
        r'(?P<frac>\.' + digits + r')?'
        r'(?P<exp>[eE][+-]?' + digits + r')?')
    time_re = (r'(?P<hour>[01][0-9]|2[0-3]):(?P<minute>[0-5][0-9])'
               r':(?P<sec>[0-5][0-9])'
               r'(?:\.(?P<micro>[0-9]{1,6})[0-9]*)?')
    dt = re.compile(
        r'(?P<year>[0-9]{4})-(?P<month>0[1-9]|1[0-2])'
        r'-(?P<day>0[1-9]|[12][0-9]|3[01])'
        r'(?:[Tt ]' + time_re +
        r'(?P<zone>[Zz]|[+-][0-9]{2}:[0-9]{2})?)?'
        r'|' + time_re.replace('?P<', '?P<t_'))
    return number, dt


_NUMBER_RE, _DATETIME_RE = _compile_patterns()


def _datetime_from_match(m):
    if m.group('t_hour') is not None:
        micro = m.group('t_micro')
        return time(int(m.group('t_hour')), int(m.group('t_minute')),
                    int(m.group('t_sec')),
                    int(micro.ljust(6, '0')) if micro else 0)
    year, month, day = (int(m.group('year')), int(m.group('month')),
                        int(m.group('day')))
    if m.group('hour') is None:
        return date(year, month, day)
    micro = m.group('micro')
    micro = int(micro.ljust(6, '0')) if micro else 0
    zone = m.group('zone')
    tz = None
    if zone:
        if zone in 'Zz':
            tz = timezone.utc
        else:
            sign = 1 if zone[0] == '+' else -1
            tz = timezone(sign * timedelta(hours=int(zone[1:3]),
                                           minutes=int(zone[4:6])))
    return datetime(year, month, day, int(m.group('hour')),
                    int(m.group('minute')), int(m.group('sec')), micro,
                    tzinfo=tz)
