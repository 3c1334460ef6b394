"""Random numbers for secrets (CPython's secrets): tokens from the
kernel's generator (os.urandom) and a SystemRandom for choices."""

import base64
import os
from random import SystemRandom

__all__ = ['choice', 'randbelow', 'randbits', 'SystemRandom',
           'token_bytes', 'token_hex', 'token_urlsafe',
           'compare_digest']

_sysrand = SystemRandom()

randbits = _sysrand.getrandbits
choice = _sysrand.choice

DEFAULT_ENTROPY = 32  # bytes


def randbelow(exclusive_upper_bound):
    """Return a random int in the range [0, n)."""
    if exclusive_upper_bound <= 0:
        raise ValueError("Upper bound must be positive.")
    return _sysrand.randrange(exclusive_upper_bound)


def token_bytes(nbytes=None):
    """Return a random byte string containing *nbytes* bytes."""
    if nbytes is None:
        nbytes = DEFAULT_ENTROPY
    return os.urandom(nbytes)


def token_hex(nbytes=None):
    """Return a random text string, in hexadecimal."""
    return token_bytes(nbytes).hex()


def token_urlsafe(nbytes=None):
    """Return a random URL-safe text string, in Base64 encoding."""
    tok = token_bytes(nbytes)
    return base64.urlsafe_b64encode(tok).rstrip(b'=').decode('ascii')


def compare_digest(a, b):
    """Return 'a == b', taking time that depends on the length of the
    inputs only, not on where they differ."""
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
