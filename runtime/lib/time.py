"""Time access and conversions (CPython's time module): the clocks and
sleep are native (_time); struct_time, strftime, asctime and ctime are
written here on the native gmtime/localtime/mktime."""

import _time

time = _time.time
time_ns = _time.time_ns
monotonic = _time.monotonic
monotonic_ns = _time.monotonic_ns
perf_counter = _time.perf_counter
perf_counter_ns = _time.perf_counter_ns
process_time = _time.process_time
sleep = _time.sleep
timezone = _time.timezone
altzone = _time.altzone
daylight = _time.daylight
tzname = _time.tzname


def process_time_ns():
    return int(_time.process_time() * 1e9)


_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec',
           'tm_wday', 'tm_yday', 'tm_isdst')


class struct_time:
    """The time value returned by gmtime(), localtime() and strptime(): a
    9-item sequence with named fields, plus tm_zone and tm_gmtoff."""

    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __init__(self, seq):
        seq = tuple(seq)
        if len(seq) < 9:
            raise TypeError('time.struct_time() takes an at least 9-sequence '
                            '(%d-sequence given)' % len(seq))
        if len(seq) > 11:
            raise TypeError('time.struct_time() takes an at most 11-sequence '
                            '(%d-sequence given)' % len(seq))
        self._seq = seq[:9]
        (self.tm_year, self.tm_mon, self.tm_mday, self.tm_hour, self.tm_min,
         self.tm_sec, self.tm_wday, self.tm_yday, self.tm_isdst) = seq[:9]
        self.tm_zone = seq[9] if len(seq) > 9 else None
        self.tm_gmtoff = seq[10] if len(seq) > 10 else None

    def __getitem__(self, i):
        return self._seq[i]

    def __len__(self):
        return 9

    def __iter__(self):
        return iter(self._seq)

    def __eq__(self, other):
        if isinstance(other, struct_time):
            return self._seq == other._seq
        return self._seq == other

    def __ne__(self, other):
        return not self == other

    def __lt__(self, other):
        return self._seq < tuple(other)

    def __hash__(self):
        return hash(self._seq)

    def __repr__(self):
        return ('time.struct_time(tm_year=%d, tm_mon=%d, tm_mday=%d, '
                'tm_hour=%d, tm_min=%d, tm_sec=%d, tm_wday=%d, tm_yday=%d, '
                'tm_isdst=%d)' % self._seq)

    def __reduce__(self):
        return (struct_time, (self._seq,))


class _Function:
    # A callable that is not a descriptor, like CPython's builtin
    # functions: `converter = time.gmtime` in a class body stays unbound.
    def __init__(self, fn, name):
        self._fn = fn
        self.__name__ = name
        self.__qualname__ = name

    def __call__(self, *args, **kwargs):
        return self._fn(*args, **kwargs)

    def __repr__(self):
        return '<built-in function %s>' % self.__name__


def _gmtime(secs=None):
    return struct_time(_time.gmtime(secs))


def _localtime(secs=None):
    return struct_time(_time.localtime(secs))


gmtime = _Function(_gmtime, 'gmtime')
localtime = _Function(_localtime, 'localtime')


def _as_tuple(t, name):
    if isinstance(t, struct_time):
        seq = t._seq
        if t.tm_zone is not None:
            seq = seq + (t.tm_zone, t.tm_gmtoff)
        return seq
    if not isinstance(t, tuple):
        raise TypeError('Tuple or struct_time argument required')
    if len(t) != 9:
        raise TypeError('%s(): illegal time tuple argument' % name)
    for v in t:
        if not isinstance(v, int):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(v).__name__)
    return t


def mktime(t):
    return _time.mktime(_as_tuple(t, 'mktime'))


def _checked(t):
    # CPython's checktm plus strftime's normalisation of 0 fields.
    seq = list(t)
    if seq[1] == 0:
        seq[1] = 1
    elif not 1 <= seq[1] <= 12:
        raise ValueError('month out of range')
    if seq[2] == 0:
        seq[2] = 1
    elif not 1 <= seq[2] <= 31:
        raise ValueError('day of month out of range')
    if not 0 <= seq[3] <= 23:
        raise ValueError('hour out of range')
    if not 0 <= seq[4] <= 59:
        raise ValueError('minute out of range')
    if not 0 <= seq[5] <= 61:
        raise ValueError('seconds out of range')
    if seq[6] < 0:
        raise ValueError('day of week out of range')
    seq[6] = seq[6] % 7
    if seq[7] == 0:
        seq[7] = 1
    elif not 1 <= seq[7] <= 366:
        raise ValueError('day of year out of range')
    if seq[8] < -1:
        seq[8] = -1
    elif seq[8] > 1:
        seq[8] = 1
    return tuple(seq)


def strftime(format, t=None):
    if not isinstance(format, str):
        raise TypeError('strftime() argument 1 must be str, not %s'
                        % type(format).__name__)
    if t is None:
        seq = _time.localtime()
    else:
        seq = _as_tuple(t, 'strftime')
    return _time._strftime(format, _checked(seq))


_DAYS = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_MONTHS = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep',
           'Oct', 'Nov', 'Dec')


def asctime(t=None):
    if t is None:
        seq = _time.localtime()
    else:
        seq = _checked(_as_tuple(t, 'asctime'))
    return '%s %s%3d %.2d:%.2d:%.2d %d' % (
        _DAYS[seq[6]], _MONTHS[seq[1] - 1], seq[2], seq[3], seq[4], seq[5],
        seq[0])


def ctime(secs=None):
    return asctime(localtime(secs))


def strptime(data_string, format='%a %b %d %H:%M:%S %Y'):
    import _strptime
    return struct_time(_strptime._strptime_time(data_string, format))
