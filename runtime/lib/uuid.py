"""UUID objects (CPython's uuid): UUID parsing and fields, uuid4().

The 128-bit value is kept as 32 hex digits; UUID.int and UUID(int=...)
need integers beyond 64 bits."""

import posix

__all__ = ["UUID", "uuid4", "NAMESPACE_DNS", "NAMESPACE_URL",
           "NAMESPACE_OID", "NAMESPACE_X500", "RESERVED_NCS",
           "RFC_4122", "RESERVED_MICROSOFT", "RESERVED_FUTURE"]

RESERVED_NCS = 'reserved for NCS compatibility'
RFC_4122 = 'specified in RFC 4122'
RESERVED_MICROSOFT = 'reserved for Microsoft compatibility'
RESERVED_FUTURE = 'reserved for future definition'

_HEX = '0123456789abcdef'


class UUID:
    """A universally unique identifier."""

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None,
                 int=None, version=None, *, is_safe=None):
        given = [hex, bytes, bytes_le, fields, int].count(None)
        if given != 4:
            raise TypeError('one of the hex, bytes, bytes_le, fields, '
                            'or int arguments must be given')
        if hex is not None:
            h = hex.replace('urn:', '').replace('uuid:', '')
            h = h.strip('{}').replace('-', '')
            if len(h) != 32:
                raise ValueError('badly formed hexadecimal UUID string')
            h = h.lower()
            for c in h:
                if c not in _HEX:
                    raise ValueError('badly formed hexadecimal UUID string')
        elif bytes is not None or bytes_le is not None:
            raw = bytes
            if bytes_le is not None:
                if len(bytes_le) != 16:
                    raise ValueError('bytes_le is not a 16-char string')
                raw = (bytes_le[4 - 1::-1] + bytes_le[6 - 1:4 - 1:-1] +
                       bytes_le[8 - 1:6 - 1:-1] + bytes_le[8:])
            if len(raw) != 16:
                raise ValueError('bytes is not a 16-char string')
            h = ''.join('%02x' % b for b in raw)
        elif fields is not None:
            if len(fields) != 6:
                raise ValueError('fields is not a 6-tuple')
            (time_low, time_mid, time_hi_version, clock_seq_hi_variant,
             clock_seq_low, node) = fields
            limits = [(time_low, 32, 'time_low'), (time_mid, 16, 'time_mid'),
                      (time_hi_version, 16, 'time_hi_version'),
                      (clock_seq_hi_variant, 8, 'clock_seq_hi_variant'),
                      (clock_seq_low, 8, 'clock_seq_low'),
                      (node, 48, 'node')]
            for value, bits, name in limits:
                if not 0 <= value < (1 << bits):
                    raise ValueError('field %d out of range (need a %d-bit '
                                     'value)' % (limits.index(
                                         (value, bits, name)) + 1, bits))
            h = '%08x%04x%04x%02x%02x%012x' % (
                time_low, time_mid, time_hi_version, clock_seq_hi_variant,
                clock_seq_low, node)
        else:
            if int < 0:
                raise ValueError('int is out of range (need a 128-bit value)')
            h = '%032x' % int
            if len(h) != 32:
                raise ValueError('int is out of range (need a 128-bit value)')
        if version is not None:
            if not 1 <= version <= 5:
                raise ValueError('illegal version number')
            # Variant RFC 4122 (bits 10 in the clock_seq high byte) and the
            # version nibble.
            c = _HEX.index(h[16])
            h = (h[:12] + _HEX[version] + h[13:16] + _HEX[(c & 0x3) | 0x8] +
                 h[17:])
        self.__dict__['_hex'] = h
        self.__dict__['is_safe'] = is_safe

    def __setattr__(self, name, value):
        raise TypeError('UUID objects are immutable')

    def __eq__(self, other):
        if isinstance(other, UUID):
            return self._hex == other._hex
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, UUID):
            return self._hex < other._hex
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, UUID):
            return self._hex > other._hex
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, UUID):
            return self._hex <= other._hex
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, UUID):
            return self._hex >= other._hex
        return NotImplemented

    def __hash__(self):
        return hash(self._hex)

    def __repr__(self):
        return '%s(%r)' % (self.__class__.__name__, str(self))

    def __str__(self):
        h = self._hex
        return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20],
                                   h[20:])

    @property
    def hex(self):
        return self._hex

    @property
    def int(self):
        return int(self._hex, 16)

    def __int__(self):
        return int(self._hex, 16)

    @property
    def urn(self):
        return 'urn:uuid:' + str(self)

    @property
    def time_low(self):
        return int(self._hex[:8], 16)

    @property
    def time_mid(self):
        return int(self._hex[8:12], 16)

    @property
    def time_hi_version(self):
        return int(self._hex[12:16], 16)

    @property
    def clock_seq_hi_variant(self):
        return int(self._hex[16:18], 16)

    @property
    def clock_seq_low(self):
        return int(self._hex[18:20], 16)

    @property
    def node(self):
        return int(self._hex[20:], 16)

    @property
    def fields(self):
        return (self.time_low, self.time_mid, self.time_hi_version,
                self.clock_seq_hi_variant, self.clock_seq_low, self.node)

    @property
    def clock_seq(self):
        return ((self.clock_seq_hi_variant & 0x3f) << 8) | self.clock_seq_low

    @property
    def time(self):
        return (((self.time_hi_version & 0x0fff) << 48) |
                (self.time_mid << 32) | self.time_low)

    @property
    def variant(self):
        c = _HEX.index(self._hex[16])
        if not c & 0x8:
            return RESERVED_NCS
        if not c & 0x4:
            return RFC_4122
        if not c & 0x2:
            return RESERVED_MICROSOFT
        return RESERVED_FUTURE

    @property
    def version(self):
        if self.variant == RFC_4122:
            return _HEX.index(self._hex[12])
        return None


def uuid4():
    """A random UUID."""
    h = ''.join('%015x' % (posix._random_bits() & 0xFFFFFFFFFFFFFFF)
                for _ in range(3))[:32]
    return UUID(hex=h, version=4)


NAMESPACE_DNS = UUID('6ba7b810-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_URL = UUID('6ba7b811-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_OID = UUID('6ba7b812-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_X500 = UUID('6ba7b814-9dad-11d1-80b4-00c04fd430c8')
