"""pickle's helpers: the Python 2 names protocols 0-2 use, the text
codecs of the protocol 0 opcodes, and the default reduction of objects
(what CPython's object.__reduce_ex__ and copyreg do)."""

import copyreg
from types import MethodType


# Python 2 names (protocols 0-2 write them and read them back).
_PY2_EXCEPTIONS = frozenset((
    'ArithmeticError', 'AssertionError', 'AttributeError', 'BaseException',
    'BufferError', 'BytesWarning', 'DeprecationWarning', 'EOFError',
    'EnvironmentError', 'Exception', 'FloatingPointError', 'FutureWarning',
    'GeneratorExit', 'IOError', 'ImportError', 'ImportWarning',
    'IndentationError', 'IndexError', 'KeyError', 'KeyboardInterrupt',
    'LookupError', 'MemoryError', 'NameError', 'NotImplementedError',
    'OSError', 'OverflowError', 'PendingDeprecationWarning',
    'ReferenceError', 'RuntimeError', 'RuntimeWarning', 'StopIteration',
    'SyntaxError', 'SyntaxWarning', 'SystemError', 'SystemExit',
    'TabError', 'TypeError', 'UnboundLocalError', 'UnicodeDecodeError',
    'UnicodeEncodeError', 'UnicodeError', 'UnicodeTranslateError',
    'UnicodeWarning', 'UserWarning', 'ValueError', 'Warning',
    'ZeroDivisionError'))
_NAME_MAPPING = {
    ('__builtin__', 'xrange'): ('builtins', 'range'),
    ('__builtin__', 'reduce'): ('functools', 'reduce'),
    ('__builtin__', 'intern'): ('sys', 'intern'),
    ('__builtin__', 'unichr'): ('builtins', 'chr'),
    ('__builtin__', 'unicode'): ('builtins', 'str'),
    ('__builtin__', 'long'): ('builtins', 'int'),
    ('itertools', 'izip'): ('builtins', 'zip'),
    ('itertools', 'imap'): ('builtins', 'map'),
    ('itertools', 'ifilter'): ('builtins', 'filter'),
    ('itertools', 'ifilterfalse'): ('itertools', 'filterfalse'),
    ('itertools', 'izip_longest'): ('itertools', 'zip_longest'),
    ('UserDict', 'IterableUserDict'): ('collections', 'UserDict'),
    ('UserList', 'UserList'): ('collections', 'UserList'),
    ('UserString', 'UserString'): ('collections', 'UserString'),
    ('string', 'maketrans'): ('bytes', 'maketrans'),
}
_IMPORT_MAPPING = {
    '__builtin__': 'builtins',
    'copy_reg': 'copyreg',
    'Queue': 'queue',
    'ConfigParser': 'configparser',
    'repr': 'reprlib',
    'cPickle': 'pickle',
    'StringIO': 'io',
    'cStringIO': 'io',
    'thread': '_thread',
    'UserDict': 'collections',
    'UserList': 'collections',
    'UserString': 'collections',
    'whichdb': 'dbm',
    'urlparse': 'urllib.parse',
    'HTMLParser': 'html.parser',
    'htmlentitydefs': 'html.entities',
    'exceptions': 'builtins',
}
_REVERSE_IMPORT_MAPPING = {
    'builtins': '__builtin__',
    'copyreg': 'copy_reg',
    'queue': 'Queue',
    'configparser': 'ConfigParser',
    'reprlib': 'repr',
    '_thread': 'thread',
    'dbm': 'whichdb',
    'urllib.parse': 'urlparse',
    'html.parser': 'HTMLParser',
    'html.entities': 'htmlentitydefs',
    '_pickle': 'pickle',
    '_functools': 'functools',
    '_bz2': 'bz2',
    '_dbm': 'dbm',
    '_gdbm': 'gdbm',
}
_REVERSE_NAME_MAPPING = {
    ('builtins', 'range'): ('__builtin__', 'xrange'),
    ('functools', 'reduce'): ('__builtin__', 'reduce'),
    ('sys', 'intern'): ('__builtin__', 'intern'),
    ('builtins', 'chr'): ('__builtin__', 'unichr'),
    ('builtins', 'str'): ('__builtin__', 'unicode'),
    ('builtins', 'int'): ('__builtin__', 'long'),
    ('builtins', 'zip'): ('itertools', 'izip'),
    ('builtins', 'map'): ('itertools', 'imap'),
    ('builtins', 'filter'): ('itertools', 'ifilter'),
    ('itertools', 'filterfalse'): ('itertools', 'ifilterfalse'),
    ('itertools', 'zip_longest'): ('itertools', 'izip_longest'),
    ('collections', 'UserDict'): ('UserDict', 'IterableUserDict'),
    ('collections', 'UserList'): ('UserList', 'UserList'),
    ('collections', 'UserString'): ('UserString', 'UserString'),
}



def _raw_unicode_escape(s):
    # str.encode('raw-unicode-escape'): latin-1 bytes, \uXXXX above.
    out = bytearray()
    for ch in s:
        c = ord(ch)
        if c < 256:
            out.append(c)
        elif c < 0x10000:
            out += b'\\u%04x' % c
        else:
            out += b'\\U%08x' % c
    return bytes(out)


def _raw_unicode_unescape(data):
    # bytes.decode('raw-unicode-escape').
    out = []
    i = 0
    n = len(data)
    while i < n:
        c = data[i]
        if c == 0x5c and i + 1 < n and data[i + 1] in b'uU':
            # An odd run of backslashes escapes; an even one does not.
            j = i
            while j > 0 and data[j - 1] == 0x5c:
                j -= 1
            if (i - j) % 2 == 0:
                width = 4 if data[i + 1] == 0x75 else 8
                digits = data[i + 2:i + 2 + width]
                try:
                    if len(digits) != width:
                        raise ValueError
                    out.append(chr(int(digits, 16)))
                except ValueError:
                    raise UnicodeDecodeError(
                        'rawunicodeescape', bytes(data), i,
                        min(i + 2 + width, n),
                        'truncated \\uXXXX escape' if width == 4 else
                        'truncated \\UXXXXXXXX escape') from None
                i += 2 + width
                continue
        out.append(chr(c))
        i += 1
    return ''.join(out)


_SIMPLE_ESCAPES = {ord('n'): 10, ord('t'): 9, ord('r'): 13, ord('\\'): 92,
                   ord("'"): 39, ord('"'): 34, ord('a'): 7, ord('b'): 8,
                   ord('f'): 12, ord('v'): 11, ord('\n'): None}


def _escape_decode(data):
    # codecs.escape_decode: Python 2 string-literal escapes to bytes.
    out = bytearray()
    i = 0
    n = len(data)
    while i < n:
        c = data[i]
        i += 1
        if c != 0x5c or i >= n:
            if c == 0x5c:
                raise ValueError("Trailing \\ in string")
            out.append(c)
            continue
        e = data[i]
        i += 1
        if e in _SIMPLE_ESCAPES:
            v = _SIMPLE_ESCAPES[e]
            if v is not None:
                out.append(v)
        elif 0x30 <= e <= 0x37:
            v = e - 0x30
            for _ in range(2):
                if i < n and 0x30 <= data[i] <= 0x37:
                    v = v * 8 + data[i] - 0x30
                    i += 1
            out.append(v & 0xff)
        elif e == ord('x'):
            digits = data[i:i + 2]
            try:
                if len(digits) != 2:
                    raise ValueError
                out.append(int(digits, 16))
            except ValueError:
                raise ValueError("invalid \\x escape at position %d" %
                                 (i - 2)) from None
            i += 2
        else:
            out.append(0x5c)
            out.append(e)
    return bytes(out)


def _codecs_encode(obj, encoding='utf-8', errors='strict'):
    return obj.encode(encoding, errors)


# Types whose instances reduce to (type, (builtin value,)) through
# __getnewargs__, as int/float/str/bytes/tuple define it in CPython.
_NEWARGS_BASES = (int, float, str, bytes, tuple)


def _class_attr(cls, name):
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return klass.__dict__[name]
    return None


def _object_getstate(obj, required):
    # The state a reduction saves: the class's own __getstate__, or what
    # object.__getstate__ returns.
    getstate = _class_attr(type(obj), '__getstate__')
    if getstate is not None and getstate is not _OBJECT_GETSTATE:
        return getstate(obj)
    return _default_getstate(obj, required)


_OBJECT_GETSTATE = object.__dict__.get('__getstate__')
_OBJECT_REDUCE = object.__dict__.get('__reduce__')


def _default_getstate(obj, required):
    # object.__getstate__: the instance dict (None when empty), with the
    # slot values as a second item when there are any.
    cls = type(obj)
    d = getattr(obj, '__dict__', None)
    state = d if d else None
    slotnames = copyreg._slotnames(cls)
    if required and d is None and not slotnames:
        base = copyreg._builtin_base(cls)
        if base is not object and base not in (list, dict, set):
            raise TypeError("cannot pickle %r object" % cls.__name__)
    if slotnames:
        slots = {}
        for name in slotnames:
            try:
                slots[name] = getattr(obj, name)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    return state


def _reduce_newobj(obj):
    # object.__reduce_ex__ for protocols 2 and later.
    cls = type(obj)
    getnewargs_ex = _class_attr(cls, '__getnewargs_ex__')
    kwargs = None
    if getnewargs_ex is not None:
        rv = getnewargs_ex(obj)
        if not isinstance(rv, tuple):
            raise TypeError("__getnewargs_ex__ should return a tuple, "
                            "not '%s'" % type(rv).__name__)
        if len(rv) != 2:
            raise ValueError("__getnewargs_ex__ should return a tuple of "
                             "length 2, not %d" % len(rv))
        args, kwargs = rv
        if not isinstance(args, tuple):
            raise TypeError("first item of the tuple returned by "
                            "__getnewargs_ex__ must be a tuple, not '%s'" %
                            type(args).__name__)
        if not isinstance(kwargs, dict):
            raise TypeError("second item of the tuple returned by "
                            "__getnewargs_ex__ must be a dict, not '%s'" %
                            type(kwargs).__name__)
    else:
        getnewargs = _class_attr(cls, '__getnewargs__')
        if getnewargs is not None:
            args = getnewargs(obj)
            if not isinstance(args, tuple):
                raise TypeError("__getnewargs__ should return a tuple, "
                                "not '%s'" % type(args).__name__)
        else:
            base = copyreg._builtin_base(cls)
            args = (base(obj),) if base in _NEWARGS_BASES else None
    hasargs = args is not None
    if args is None:
        args = ()
    if not kwargs:
        newobj = copyreg.__newobj__
        newargs = (cls,) + args
    else:
        newobj = copyreg.__newobj_ex__
        newargs = (cls, args, kwargs)
    state = _object_getstate(
        obj, not (hasargs or isinstance(obj, (list, dict))))
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    return newobj, newargs, state, listitems, dictitems


def _default_reduce_ex(obj, proto):
    cls = type(obj)
    if cls is MethodType:
        return getattr, (obj.__self__, obj.__func__.__name__)
    if isinstance(obj, (set, frozenset)):
        return cls, (list(obj),), getattr(obj, '__dict__', None) or None
    if cls.__module__ == 'builtins' and not isinstance(obj, BaseException):
        raise TypeError("cannot pickle %r object" % cls.__name__)
    if isinstance(obj, BaseException) and _class_attr(
            cls, '__reduce__') in (None, _OBJECT_REDUCE):
        # BaseException.__reduce__.
        d = getattr(obj, '__dict__', None)
        if d:
            return cls, obj.args, d
        return cls, obj.args
    if proto >= 2:
        return _reduce_newobj(obj)
    return copyreg._reduce_ex(obj, proto)


# _codecs.encode is what CPython names in protocols 0-2 for bytes.
_codecs_encode.__module__ = '_codecs'
_codecs_encode.__name__ = _codecs_encode.__qualname__ = 'encode'
