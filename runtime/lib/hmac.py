"""HMAC (keyed-hashing for message authentication, RFC 2104), CPython's
hmac over hashlib: new, digest, HMAC, compare_digest."""

import hashlib as _hashlib

trans_5C = bytes((x ^ 0x5C) for x in range(256))
trans_36 = bytes((x ^ 0x36) for x in range(256))

# The size of the digests returned by HMAC depends on the underlying
# hashing module used; use digest_size from the instance of HMAC instead.
digest_size = None

__all__ = ['HMAC', 'compare_digest', 'digest', 'new']


def compare_digest(a, b):
    """Return 'a == b', in a time that depends on the length of the inputs
    only, not on where they differ."""
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError("comparing strings with non-ASCII characters is "
                            "not supported")
        a = a.encode('ascii')
        b = b.encode('ascii')
    else:
        a_ok = isinstance(a, (bytes, bytearray))
        b_ok = isinstance(b, (bytes, bytearray))
        if not a_ok and not b_ok:
            raise TypeError("unsupported operand types(s) or combination of "
                            "types: '%s' and '%s'" % (type(a).__name__,
                                                      type(b).__name__))
        if not a_ok or not b_ok:
            raise TypeError("a bytes-like object is required, not '%s'"
                            % type(b if a_ok else a).__name__)
    # Every byte is looked at whatever the answer.
    diff = len(a) ^ len(b)
    other = b if len(a) == len(b) else a
    for x, y in zip(a, other):
        diff |= x ^ y
    return diff == 0


def _constructor(digestmod):
    # A hashlib constructor, a hashlib name, or a module with new().
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        try:
            _hashlib.new(digestmod)
        except ValueError:
            # CPython hands names to OpenSSL's HMAC, which says this.
            raise ValueError('[digital envelope routines] unsupported') \
                from None
        return lambda d=b'': _hashlib.new(digestmod, d)
    return lambda d=b'': digestmod.new(d)


class HMAC:
    """RFC 2104 HMAC class."""

    blocksize = 64  # 512-bit HMAC; can be changed in subclasses.

    def __init__(self, key, msg=None, digestmod=''):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r"
                            % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        digest_cons = _constructor(digestmod)
        self._inner = digest_cons()
        self._outer = digest_cons()
        self.digest_size = self._inner.digest_size
        if hasattr(self._inner, 'block_size'):
            blocksize = self._inner.block_size
            if blocksize < 16:
                import warnings
                warnings.warn('block_size of %d seems too small; using our '
                              'default of %d.' % (blocksize, self.blocksize),
                              RuntimeWarning, 2)
                blocksize = self.blocksize
        else:
            import warnings
            warnings.warn('No block_size attribute on given digest object; '
                          'Assuming %d.' % (self.blocksize), RuntimeWarning, 2)
            blocksize = self.blocksize
        if len(key) > blocksize:
            key = digest_cons(key).digest()
        self.block_size = blocksize
        key = key.ljust(blocksize, b'\0')
        self._outer.update(key.translate(trans_5C))
        self._inner.update(key.translate(trans_36))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return "hmac-" + self._inner.name

    def update(self, msg):
        """Feed data from msg into this hashing object."""
        self._inner.update(msg)

    def copy(self):
        """Return a separate copy of this hashing object."""
        other = self.__class__.__new__(self.__class__)
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        return other

    def _current(self):
        h = self._outer.copy()
        h.update(self._inner.digest())
        return h

    def digest(self):
        """Return the hash value of this hashing object."""
        return self._current().digest()

    def hexdigest(self):
        """Like digest(), but returns a string of hexadecimal digits
        instead."""
        return self._current().hexdigest()


def new(key, msg=None, digestmod=''):
    """Create a new hashing object and return it."""
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """Fast inline implementation of HMAC."""
    return HMAC(key, msg, digest).digest()
