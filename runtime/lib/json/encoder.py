"""JSONEncoder (CPython's json.encoder): the options of dumps() as an
object; subclasses override default() to encode other types."""

from _json import dumps as _native_dumps

__all__ = ['JSONEncoder']


class JSONEncoder:
    """Encodes Python values as JSON. default(o) is called for objects
    JSON has no form for: return something encodable, or raise
    TypeError (the default does)."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """o as a JSON string."""
        return _native_dumps(
            o, skipkeys=self.skipkeys, ensure_ascii=self.ensure_ascii,
            check_circular=self.check_circular, allow_nan=self.allow_nan,
            sort_keys=self.sort_keys, indent=self.indent,
            separators=(self.item_separator, self.key_separator),
            default=self.default)

    def iterencode(self, o, _one_shot=False):
        """o as JSON, in pieces (here one piece: the whole text)."""
        yield self.encode(o)
