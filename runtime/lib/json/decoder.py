"""JSONDecoder (CPython's json.decoder): the hooks of loads() as an
object."""

from _json import JSONDecodeError
from _json import loads as _native_loads

__all__ = ['JSONDecoder', 'JSONDecodeError']


class JSONDecoder:
    """Decodes JSON text with the hooks given: object_hook (each object
    as a dict), object_pairs_hook (each object as a list of pairs),
    parse_float, parse_int, parse_constant (for NaN, Infinity,
    -Infinity), strict (control characters in strings are errors)."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float
        self.parse_int = parse_int
        self.parse_constant = parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        """The Python value of the JSON document s."""
        kw = {'strict': self.strict}
        for name in ('object_hook', 'parse_float', 'parse_int',
                     'parse_constant', 'object_pairs_hook'):
            value = getattr(self, name)
            if value is not None:
                kw[name] = value
        return _native_loads(s, **kw)
