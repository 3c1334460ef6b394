"""Common string constants, capwords() and Template (CPython's string module).

Template scans its placeholders by hand instead of through a regular
expression; the rules are CPython's: `$$` is a literal `$`, `$name` and
`${name}` substitute an identifier ([_a-z][_a-z0-9]*, ASCII, any case),
anything else after `$` is an invalid placeholder. string.Formatter is not
provided.
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

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


# --- Formatter: str.format's machinery, open to subclasses ---------------------

def _parse_format(s):
    """Yields (literal_text, field_name, format_spec, conversion) for each
    piece of a format string, as str.format splits it."""
    n = len(s)
    i = 0
    while i < n:
        literal = []
        field = None
        while i < n:
            c = s[i]
            if c == "{":
                if i + 1 < n and s[i + 1] == "{":
                    literal.append("{")
                    i += 2
                    break
                if i + 1 >= n:
                    raise ValueError("Single '{' encountered in format string")
                field = i + 1
                break
            if c == "}":
                if i + 1 < n and s[i + 1] == "}":
                    literal.append("}")
                    i += 2
                    break
                raise ValueError("Single '}' encountered in format string")
            literal.append(c)
            i += 1
        text = "".join(literal)
        if field is None:
            yield text, None, None, None
            continue
        name, conversion, spec, i = _parse_field(s, field)
        yield text, name, spec, conversion


def _parse_field(s, i):
    """The field starting at s[i] (after its '{'): name, conversion,
    spec and the index after its closing '}'."""
    n = len(s)
    start = i
    c = None
    while i < n:
        c = s[i]
        i += 1
        if c == "{":
            raise ValueError("unexpected '{' in field name")
        if c == "[":
            # Anything goes inside brackets, up to the first ']'.
            while i < n and s[i] != "]":
                i += 1
            if i < n:
                i += 1
            c = None
            continue
        if c in "}:!":
            break
        c = None
    if c is None:
        raise ValueError("expected '}' before end of string")
    name = s[start:i - 1]
    if c == "}":
        return name, None, "", i
    conversion = None
    if c == "!":
        if i >= n:
            raise ValueError("end of string while looking for conversion "
                             "specifier")
        conversion = s[i]
        i += 1
        if i < n:
            c = s[i]
            i += 1
            if c == "}":
                return name, conversion, "", i
            if c != ":":
                raise ValueError("expected ':' after conversion specifier")
    # The spec runs to the '}' that balances the field's '{'.
    spec_start = i
    depth = 1
    while i < n:
        c = s[i]
        i += 1
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return name, conversion, s[spec_start:i - 1], i
    raise ValueError("unmatched '{' in format spec")


def _split_field_name(name):
    """The first part of a field name (an int when it is digits) and the
    (is_attribute, key) steps after it."""
    n = len(name)
    i = 0
    while i < n and name[i] not in ".[":
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    steps = []
    while i < n:
        if name[i] == ".":
            j = i + 1
            while j < n and name[j] not in ".[":
                j += 1
            if j == i + 1:
                raise ValueError("Empty attribute in format string")
            steps.append((True, name[i + 1:j]))
            i = j
        elif name[i] == "[":
            j = name.find("]", i + 1)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            if key == "":
                raise ValueError("Empty attribute in format string")
            steps.append((False, int(key) if key.isdigit() else key))
            i = j + 1
            if i < n and name[i] not in ".[":
                raise ValueError("Only '.' or '[' may follow ']' in format "
                                 "field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format "
                             "field specifier")
    return first, iter(steps)


class Formatter:
    """str.format as a class whose steps (parse, get_field, get_value,
    convert_field, format_field, check_unused_args) can be overridden."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args,
                 recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError("Max string recursion exceeded")
        result = []
        for literal_text, field_name, format_spec, conversion in \
                self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            # Automatic ({}) and manual ({0}) numbering do not mix.
            if field_name == "":
                if auto_arg_index is False:
                    raise ValueError("cannot switch from manual field "
                                     "specification to automatic field "
                                     "numbering")
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError("cannot switch from manual field "
                                     "specification to automatic field "
                                     "numbering")
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return "".join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(
            conversion))

    def parse(self, format_string):
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            obj = getattr(obj, key) if is_attr else obj[key]
        return obj, first
