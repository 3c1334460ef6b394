"""Arrays of numbers of one C type (CPython's array module): typecodes
b B h H i I l L q Q f d, stored as native machine values (tobytes gives
CPython's bytes), with the list-like methods, byteswap,
tobytes/frombytes, tolist/fromlist, tofile/fromfile and pickling as
CPython's.

Left out: the deprecated 'u' typecode (so tounicode/fromunicode always
raise their ValueError), buffer_info (no addresses) and the buffer
protocol (no memoryview).
"""

from _generic_alias import GenericAlias as _GenericAlias
import math
import struct
import sys

__all__ = ['ArrayType', 'array', 'typecodes']

typecodes = 'bBuhHiIlLqQfd'

_INT_CODES = 'bBhHiIlLqQ'
_C_LONG_MIN = -2 ** 63
_C_LONG_MAX = 2 ** 63 - 1
_C_ULONG_MAX = 2 ** 64 - 1
# Range checks and CPython's messages: (min, max, name) for the codes a C
# long holds first.
_SMALL_INTS = {
    'b': (-128, 127, 'signed char'),
    'B': (0, 255, 'unsigned byte integer'),
    'h': (-32768, 32767, 'signed short integer'),
    'H': (0, 65535, 'unsigned short'),
    'i': (-2 ** 31, 2 ** 31 - 1, 'signed integer'),
}
_FLT_OVERFLOW = 3.4028235677973366e+38  # rounds to inf as a C float


def _index(v):
    if isinstance(v, int):
        return int(v)
    index = getattr(type(v), '__index__', None)
    if index is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" %
                        type(v).__name__)
    return index(v)


def _check_int(code, v):
    v = _index(v)
    if code in _SMALL_INTS:
        if not _C_LONG_MIN <= v <= _C_LONG_MAX:
            raise OverflowError("Python int too large to convert to C long")
        lo, hi, name = _SMALL_INTS[code]
        if v < lo:
            raise OverflowError("%s is less than minimum" % name)
        if v > hi:
            raise OverflowError("%s is greater than maximum" % name)
    elif code == 'I':
        if v < 0:
            raise OverflowError("can't convert negative value to unsigned int")
        if v > _C_ULONG_MAX:
            raise OverflowError(
                "Python int too large to convert to C unsigned long")
        if v > 2 ** 32 - 1:
            raise OverflowError("unsigned int is greater than maximum")
    elif code == 'l':
        if not _C_LONG_MIN <= v <= _C_LONG_MAX:
            raise OverflowError("Python int too large to convert to C long")
    elif code == 'L':
        if v < 0:
            raise OverflowError("can't convert negative value to unsigned int")
        if v > _C_ULONG_MAX:
            raise OverflowError(
                "Python int too large to convert to C unsigned long")
    elif code == 'q':
        if not _C_LONG_MIN <= v <= _C_LONG_MAX:
            raise OverflowError("int too big to convert")
    else:  # 'Q'
        if v < 0:
            raise OverflowError("can't convert negative int to unsigned")
        if v > _C_ULONG_MAX:
            raise OverflowError("int too big to convert")
    return v


def _check_float(code, v):
    if isinstance(v, float):
        f = v
    elif isinstance(v, int):
        f = float(v)
    else:
        conv = getattr(type(v), '__float__', None)
        if conv is None:
            conv = getattr(type(v), '__index__', None)
        if conv is None:
            raise TypeError("must be real number, not %s" % type(v).__name__)
        f = float(conv(v))
    if code == 'f':
        # What a C float holds.
        if math.isfinite(f) and abs(f) >= _FLT_OVERFLOW:
            return math.copysign(math.inf, f)
        return struct.unpack('f', struct.pack('f', f))[0]
    return f


def _converter(code):
    if code in _INT_CODES:
        return lambda v: _check_int(code, v)
    return lambda v: _check_float(code, v)


class array:
    """An array of numbers of the C type its typecode names (b, B, h, H, i,
    I, l, L, q, Q, f, d), built from an optional list, bytes, array or
    iterable."""
    __class_getitem__ = classmethod(_GenericAlias)

    __slots__ = ('_typecode', '_items', '_conv')

    def __new__(cls, typecode, initializer=None, /):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError("array() argument 1 must be a unicode character, "
                            "not %s" % type(typecode).__name__)
        if typecode not in 'bBhHiIlLqQfd':
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, "
                             "L, q, Q, f or d)")
        self = object.__new__(cls)
        self._typecode = typecode
        self._items = []
        self._conv = _converter(typecode)
        if initializer is None:
            return self
        if isinstance(initializer, str):
            raise TypeError("cannot use a str to initialize an array with "
                            "typecode '%s'" % typecode)
        if isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, array):
            conv = self._conv
            self._items = [conv(v) for v in initializer._items]
        else:
            self.extend(initializer)
        return self

    @property
    def typecode(self):
        return self._typecode

    @property
    def itemsize(self):
        return struct.calcsize(self._typecode)

    def _same_kind(self, other):
        return isinstance(other, array) and other._typecode == self._typecode

    def _new(self, items):
        result = array(self._typecode)
        result._items = items
        return result

    # -- the sequence protocol

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, value):
        return value in self._items

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self._new(self._items[index])
        try:
            return self._items[_index(index)]
        except IndexError:
            raise IndexError("array index out of range") from None

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            if not isinstance(value, array):
                raise TypeError('can only assign array (not "%s") to array '
                                'slice' % type(value).__name__)
            if not self._same_kind(value):
                raise TypeError("bad argument type for built-in operation")
            start, stop, step = index.indices(len(self._items))
            if step != 1:
                count = len(range(start, stop, step))
                if len(value._items) != count:
                    raise ValueError("attempt to assign array of size %d to "
                                     "extended slice of size %d" %
                                     (len(value._items), count))
            self._items[index] = list(value._items)
            return
        index = _index(index)
        v = self._conv(value)
        try:
            self._items[index] = v
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __delitem__(self, index):
        if isinstance(index, slice):
            del self._items[index]
            return
        try:
            del self._items[_index(index)]
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    # -- operators

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array' %
                            type(other).__name__)
        if not self._same_kind(other):
            raise TypeError("bad argument type for built-in operation")
        return self._new(self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")' %
                            type(other).__name__)
        if not self._same_kind(other):
            raise TypeError("can only extend with array of same kind")
        self._items.extend(other._items)
        return self

    def __mul__(self, n):
        if not isinstance(n, int) and not hasattr(type(n), '__index__'):
            raise TypeError("can't multiply sequence by non-int of type "
                            "'%s'" % type(n).__name__)
        return self._new(self._items * _index(n))

    __rmul__ = __mul__

    def __imul__(self, n):
        if not isinstance(n, int) and not hasattr(type(n), '__index__'):
            raise TypeError("can't multiply sequence by non-int of type "
                            "'%s'" % type(n).__name__)
        self._items *= _index(n)
        return self

    def __eq__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items == other._items

    def __ne__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items != other._items

    def __lt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items < other._items

    def __le__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items <= other._items

    def __gt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items > other._items

    def __ge__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items >= other._items

    __hash__ = None

    def __repr__(self):
        if not self._items:
            return "array('%s')" % self._typecode
        return "array('%s', %r)" % (self._typecode, self._items)

    def __copy__(self):
        return self._new(list(self._items))

    def __deepcopy__(self, memo):
        return self._new(list(self._items))

    def __reduce_ex__(self, protocol):
        """Return state information for pickling."""
        state = getattr(self, '__dict__', None) or None
        if protocol < 3:
            return array, (self._typecode, list(self._items)), state
        return (_array_reconstructor,
                (type(self), self._typecode, _MFORMAT_OF[self._typecode],
                 self.tobytes()), state)

    # -- methods

    def append(self, v, /):
        """Append new value v to the end of the array."""
        self._items.append(self._conv(v))

    def extend(self, bb, /):
        """Append items to the end of the array."""
        if isinstance(bb, array):
            if not self._same_kind(bb):
                raise TypeError("can only extend with array of same kind")
            self._items.extend(bb._items)
            return
        conv = self._conv
        for v in bb:
            self._items.append(conv(v))

    def insert(self, i, v, /):
        """Insert a new item v into the array before position i."""
        i = _index(i)
        self._items.insert(i, self._conv(v))

    def pop(self, i=-1, /):
        """Return the i-th element and delete it from the array."""
        if not self._items:
            raise IndexError("pop from empty array")
        try:
            return self._items.pop(_index(i))
        except IndexError:
            raise IndexError("pop index out of range") from None

    def remove(self, v, /):
        """Remove the first occurrence of v in the array."""
        try:
            self._items.remove(v)
        except ValueError:
            raise ValueError("array.remove(x): x not in array") from None

    def index(self, v, start=0, stop=sys.maxsize, /):
        """Return index of first occurrence of v in the array."""
        try:
            return self._items.index(v, start, stop)
        except ValueError:
            raise ValueError("array.index(x): x not in array") from None

    def count(self, v, /):
        """Return number of occurrences of v in the array."""
        return self._items.count(v)

    def reverse(self):
        """Reverse the order of the items in the array."""
        self._items.reverse()

    def tolist(self):
        """Convert array to an ordinary list with the same items."""
        return list(self._items)

    def fromlist(self, list_, /):
        """Append items to array from list."""
        if not isinstance(list_, list):
            raise TypeError("arg must be list")
        conv = self._conv
        # All or nothing, as CPython.
        self._items.extend([conv(v) for v in list_])

    def tobytes(self):
        """Convert the array to an array of machine values and return the
        bytes representation."""
        return struct.pack('%d%s' % (len(self._items), self._typecode),
                           *self._items)

    def frombytes(self, buffer, /):
        """Appends items from the bytes, interpreted as machine values."""
        if isinstance(buffer, array):
            buffer = buffer.tobytes()
        elif isinstance(buffer, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        buffer = bytes(buffer)
        size = self.itemsize
        if len(buffer) % size:
            raise ValueError("bytes length not a multiple of item size")
        self._items.extend(struct.unpack(
            '%d%s' % (len(buffer) // size, self._typecode), buffer))

    def byteswap(self):
        """Byteswap all items of the array (sizes 1, 2, 4 or 8)."""
        size = self.itemsize
        data = self.tobytes()
        swapped = bytearray()
        for i in range(0, len(data), size):
            swapped += data[i:i + size][::-1]
        self._items = list(struct.unpack(
            '%d%s' % (len(self._items), self._typecode), bytes(swapped)))

    def tofile(self, f, /):
        """Write all items (as machine values) to the file object f."""
        f.write(self.tobytes())

    def fromfile(self, f, n, /):
        """Read n objects from the file object f and append them to the
        end of the array."""
        n = _index(n)
        if n < 0:
            raise ValueError("negative count")
        size = self.itemsize
        data = f.read(n * size)
        if not isinstance(data, bytes):
            raise TypeError("read() didn't return bytes")
        whole = len(data) - len(data) % size
        self.frombytes(data[:whole])
        if len(data) != n * size:
            raise EOFError("read() didn't return enough bytes")

    def fromunicode(self, ustr, /):
        """Extends this array with data from the unicode string ustr (only
        for 'u' arrays, which interp does not have)."""
        if not isinstance(ustr, str):
            raise TypeError("fromunicode() argument must be str, not %s" %
                            type(ustr).__name__)
        raise ValueError("fromunicode() may only be called on unicode type "
                         "arrays")

    def tounicode(self):
        """The array as a str (only for 'u' arrays, which interp does not
        have)."""
        raise ValueError("tounicode() may only be called on unicode type "
                         "arrays")


ArrayType = array

# CPython's machine-format codes for pickles (protocol 3 and later):
# (code) -> (struct format, typecode family).
_MFORMATS = {
    0: '<B', 1: '<b', 2: '<H', 3: '>H', 4: '<h', 5: '>h', 6: '<I', 7: '>I',
    8: '<i', 9: '>i', 10: '<Q', 11: '>Q', 12: '<q', 13: '>q', 14: '<f',
    15: '>f', 16: '<d', 17: '>d',
}
_MFORMAT_OF = {'b': 1, 'B': 0, 'h': 4, 'H': 2, 'i': 8, 'I': 6, 'l': 12,
               'L': 10, 'q': 12, 'Q': 10, 'f': 14, 'd': 16}


def _array_reconstructor(arraytype, typecode, mformat_code, items, /):
    """Internal. Used for pickling support."""
    if not isinstance(arraytype, type):
        raise TypeError("first argument must be a type object, not %s" %
                        type(arraytype).__name__)
    if not issubclass(arraytype, array):
        raise TypeError("%s is not a subtype of array.array" %
                        arraytype.__name__)
    if typecode not in 'bBhHiIlLqQfd':
        raise ValueError("second argument must be a valid type code")
    if mformat_code not in _MFORMATS:
        raise ValueError("third argument must be a valid machine format code.")
    if not isinstance(items, bytes):
        raise TypeError("fourth argument should be bytes, not %s" %
                        type(items).__name__)
    fmt = _MFORMATS[mformat_code]
    size = struct.calcsize(fmt)
    count = len(items) // size
    values = struct.unpack(fmt[0] + '%d%s' % (count, fmt[1]),
                           items[:count * size])
    result = arraytype(typecode)
    result.extend(values)
    return result


# CPython's array type is a C type whose __module__ and __qualname__ are
# new strings at each lookup, so a pickle writes "array" again where the
# interned module name would be a memo reference. Strings of our own give
# CPython's bytes.
array.__module__ = ''.join(['arr', 'ay'])
array.__qualname__ = ''.join(['arr', 'ay'])
