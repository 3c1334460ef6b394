"""JSON (CPython's json): dumps/dump/loads/load, JSONEncoder and
JSONDecoder (subclass them and pass cls=), JSONDecodeError.

The encoding and decoding themselves are native (_json); the classes
configure them, so a JSONEncoder subclass customises default() (what
unknown objects become) and a JSONDecoder takes the same hooks as
loads()."""

from _json import JSONDecodeError
from _json import dump as _native_dump
from _json import dumps as _native_dumps
from _json import loads as _native_loads

from json.decoder import JSONDecoder
from json.encoder import JSONEncoder

__version__ = '2.0.9'
__all__ = [
    'dump', 'dumps', 'load', 'loads',
    'JSONDecoder', 'JSONDecodeError', 'JSONEncoder',
]


def dumps(obj, *, cls=None, **kw):
    """obj as a JSON string (see JSONEncoder for the options)."""
    if cls is None:
        return _native_dumps(obj, **kw)
    return cls(**kw).encode(obj)


def dump(obj, fp, *, cls=None, **kw):
    """Writes obj as JSON to the text file fp."""
    if cls is None:
        return _native_dump(obj, fp, **kw)
    for chunk in cls(**kw).iterencode(obj):
        fp.write(chunk)


def _decoder_kwargs(object_hook, parse_float, parse_int, parse_constant,
                    object_pairs_hook, kw):
    # Only the hooks given are passed on, as CPython does.
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return kw


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """The Python value of the JSON document s (str, bytes or
    bytearray)."""
    kw = _decoder_kwargs(object_hook, parse_float, parse_int, parse_constant,
                         object_pairs_hook, kw)
    if cls is None:
        return _native_loads(s, **kw)
    if isinstance(s, (bytes, bytearray)):
        s = _decode_bytes(s)
    elif not isinstance(s, str):
        raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                        f'not {s.__class__.__name__}')
    return cls(**kw).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    """The Python value of the JSON document in the file fp."""
    return loads(fp.read(), cls=cls, object_hook=object_hook,
                 parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)


def _decode_bytes(b):
    # The UTF flavour from the first bytes (RFC 8259 section 8.1).
    if b.startswith((b'\xef\xbb\xbf',)):
        return b.decode('utf-8-sig', 'surrogatepass')
    if b.startswith((b'\xff\xfe', b'\xfe\xff')) or (
            len(b) >= 2 and (not b[0] or not b[1])):
        if len(b) >= 4 and not b[0] and not b[1]:
            return b.decode('utf-32-be', 'surrogatepass')
        if len(b) >= 4 and not b[2] and not b[3] and b[0] and not b[1]:
            return b.decode('utf-32-le', 'surrogatepass')
        if b.startswith((b'\xff\xfe', b'\xfe\xff')):
            return b.decode('utf-16', 'surrogatepass')
        return b.decode('utf-16-be' if not b[0] else 'utf-16-le',
                        'surrogatepass')
    return b.decode('utf-8', 'surrogatepass')
