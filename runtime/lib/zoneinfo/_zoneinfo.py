"""ZoneInfo: a datetime.tzinfo backed by a TZif (RFC 8536) file.

Transitions are kept twice: in UTC seconds (for fromutc) and in local wall
seconds for fold=0 and fold=1 (for utcoffset and friends), so a lookup is a
bisection. After the last transition the file's POSIX TZ string rule
applies.
"""

import bisect
import calendar
import struct
import weakref
from datetime import datetime, timedelta, tzinfo

from zoneinfo import _tzpath

EPOCH = datetime(1970, 1, 1)
EPOCHORDINAL = EPOCH.toordinal()


class _ttinfo:
    __slots__ = ('utcoff', 'dstoff', 'tzname')

    def __init__(self, utcoff, dstoff, tzname):
        self.utcoff = utcoff
        self.dstoff = dstoff
        self.tzname = tzname

    def __eq__(self, other):
        return (self.utcoff == other.utcoff and self.dstoff == other.dstoff
                and self.tzname == other.tzname)

    def __repr__(self):
        return (f'{self.__class__.__name__}({self.utcoff}, {self.dstoff}, '
                f'{self.tzname})')


_NO_TTINFO = _ttinfo(None, None, None)


def _load_tzif(fobj):
    """(trans_idx, trans_list_utc, utcoff, isdst, abbr, tz_str) of a file."""
    def header():
        magic = fobj.read(4)
        if magic != b'TZif':
            raise ValueError(f"Invalid TZif file: magic not found")
        version_byte = fobj.read(1)
        fobj.read(15)
        counts = fobj.read(24)
        if len(counts) != 24:
            raise ValueError("Invalid TZif file: truncated header")
        version = 1 if version_byte == b'\x00' else int(version_byte)
        return version, struct.unpack('>6l', counts)

    def read_exact(n):
        data = fobj.read(n)
        if len(data) != n:
            raise ValueError("Invalid TZif file: unexpected end of data")
        return data

    version, counts = header()
    if version >= 2:
        # Skip the version 1 block (32-bit times) for the 64-bit one.
        isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt = counts
        read_exact(timecnt * 5 + typecnt * 6 + charcnt + leapcnt * 8 +
                   isstdcnt + isutcnt)
        version, counts = header()
        time_size, time_fmt = 8, 'q'
    else:
        time_size, time_fmt = 4, 'l'
    isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt = counts
    if typecnt == 0:
        raise ValueError("Invalid TZif file: no local time types")
    trans_list_utc = list(struct.unpack(f'>{timecnt}{time_fmt}',
                                        read_exact(timecnt * time_size)))
    trans_idx = list(read_exact(timecnt))
    utcoff = []
    isdst = []
    abbrind = []
    for _ in range(typecnt):
        off, dst, ind = struct.unpack('>lbb', read_exact(6))
        utcoff.append(off)
        isdst.append(dst)
        abbrind.append(ind & 0xFF)
    chars = read_exact(charcnt)
    abbr = []
    for ind in abbrind:
        end = chars.find(b'\x00', ind)
        abbr.append(chars[ind:end if end >= 0 else len(chars)].decode())
    read_exact(leapcnt * (time_size + 4) + isstdcnt + isutcnt)
    tz_str = None
    if version >= 2:
        footer = fobj.read()
        if footer.startswith(b'\n'):
            tz_str = footer[1:].split(b'\n', 1)[0] or None
    for i in trans_idx:
        if i >= typecnt:
            raise ValueError("Invalid TZif file: bad local time type index")
    return trans_idx, trans_list_utc, utcoff, isdst, abbr, tz_str


class ZoneInfo(tzinfo):
    __module__ = 'zoneinfo'
    _strong_cache_size = 8

    # Each subclass gets its own caches (ZoneInfo's are set below).
    def __init_subclass__(cls):
        cls._weak_cache = weakref.WeakValueDictionary()
        cls._strong_cache = {}
        super().__init_subclass__()

    def __new__(cls, key):
        instance = cls._weak_cache.get(key, None)
        if instance is None:
            instance = cls._weak_cache.setdefault(key, cls._new_instance(key))
            instance._from_cache = True
        # A few recently used zones stay alive even without references.
        strong = cls._strong_cache
        strong.pop(key, None)
        strong[key] = instance
        if len(strong) > cls._strong_cache_size:
            del strong[next(iter(strong))]
        return instance

    @classmethod
    def no_cache(cls, key):
        obj = cls._new_instance(key)
        obj._from_cache = False
        return obj

    @classmethod
    def _new_instance(cls, key):
        obj = super().__new__(cls)
        obj._key = key
        obj._file_path = cls._find_tzfile(key)
        if obj._file_path is not None:
            file_obj = open(obj._file_path, 'rb')
        else:
            raise _tzpath.ZoneInfoNotFoundError(f'No time zone found with key {key}')
        with file_obj as f:
            obj._load_file(f)
        return obj

    @staticmethod
    def _find_tzfile(key):
        return _tzpath.find_tzfile(key)

    @classmethod
    def from_file(cls, fobj, /, key=None):
        obj = super().__new__(cls)
        obj._key = key
        obj._file_path = None
        obj._load_file(fobj)
        obj._file_repr = repr(fobj)
        # A zone from a file object cannot be pickled by key.
        obj.__reduce__ = obj._file_reduce
        return obj

    @classmethod
    def clear_cache(cls, *, only_keys=None):
        if only_keys is not None:
            for key in only_keys:
                cls._weak_cache.pop(key, None)
                cls._strong_cache.pop(key, None)
        else:
            cls._weak_cache.clear()
            cls._strong_cache.clear()

    @property
    def key(self):
        return self._key

    def utcoffset(self, dt):
        return self._find_trans(dt).utcoff

    def dst(self, dt):
        return self._find_trans(dt).dstoff

    def tzname(self, dt):
        return self._find_trans(dt).tzname

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("dt.tzinfo is not self")
        timestamp = self._get_local_timestamp(dt)
        num_trans = len(self._trans_list_utc)
        if num_trans >= 1 and timestamp < self._trans_list_utc[0]:
            tti = self._tti_before
            fold = 0
        elif ((num_trans == 0 or timestamp > self._trans_list_utc[-1])
              and not isinstance(self._tz_after, _ttinfo)):
            tti, fold = self._tz_after.get_trans_info_fromutc(timestamp,
                                                              dt.year)
        elif num_trans == 0:
            tti = self._tz_after
            fold = 0
        else:
            idx = bisect.bisect_right(self._trans_list_utc, timestamp)
            if num_trans > 1 and idx >= 2:
                tti_prev, tti = self._ttinfos[idx - 2:idx]
            elif idx > num_trans:
                tti_prev, tti = self._ttinfos[-1], self._tz_after
            else:
                tti_prev = self._tti_before
                tti = self._ttinfos[0]
            # Within one offset shift after a backward transition, the wall
            # time repeats: that second pass is fold=1.
            shift = tti_prev.utcoff - tti.utcoff
            fold = shift.total_seconds() > timestamp - self._trans_list_utc[idx - 1]
        dt += tti.utcoff
        if fold:
            return dt.replace(fold=1)
        return dt

    def _find_trans(self, dt):
        if dt is None:
            if self._fixed_offset:
                return self._tz_after
            return _NO_TTINFO
        ts = self._get_local_timestamp(dt)
        lt = self._trans_list[dt.fold]
        num_trans = len(lt)
        if num_trans and ts < lt[0]:
            return self._tti_before
        if not num_trans or ts > lt[-1]:
            if isinstance(self._tz_after, _TZStr):
                return self._tz_after.get_trans_info(ts, dt.year, dt.fold)
            return self._tz_after
        idx = bisect.bisect_right(lt, ts)
        return self._ttinfos[idx - 1]

    def _get_local_timestamp(self, dt):
        return ((dt.toordinal() - EPOCHORDINAL) * 86400 + dt.hour * 3600 +
                dt.minute * 60 + dt.second)

    def __str__(self):
        if self._key is not None:
            return f'{self._key}'
        return repr(self)

    def __repr__(self):
        if self._key is not None:
            return f'{self._type_name()}(key={self._key!r})'
        return f'{self._type_name()}.from_file({self._file_repr})'

    def _type_name(self):
        cls = type(self)
        return f'{cls.__module__}.{cls.__qualname__}'

    def __reduce__(self):
        return (self.__class__._unpickle, (self._key, self._from_cache))

    def _file_reduce(self):
        import pickle
        raise pickle.PicklingError(
            "Cannot pickle a ZoneInfo file created from a file stream.")

    @classmethod
    def _unpickle(cls, key, from_cache, /):
        if from_cache:
            return cls(key)
        return cls.no_cache(key)

    def _load_file(self, fobj):
        trans_idx, trans_utc, utcoff, isdst, abbr, tz_str = _load_tzif(fobj)
        dstoff = self._utcoff_to_dstoff(trans_idx, utcoff, isdst)
        trans_list_wall = self._ts_to_local(trans_idx, trans_utc, utcoff)
        ttinfos = [_ttinfo(timedelta(seconds=u), timedelta(seconds=d), a)
                   for u, d, a in zip(utcoff, dstoff, abbr)]
        self._trans_list_utc = trans_utc
        self._trans_list = trans_list_wall
        self._ttinfos = [ttinfos[i] for i in trans_idx]
        # Before the first transition: the first standard-time type.
        if trans_idx:
            self._tti_before = next(
                (tti for tti, dst in zip(ttinfos, isdst) if not dst),
                ttinfos[0])
        else:
            self._tti_before = ttinfos[0] if ttinfos else None
        if tz_str is not None and tz_str != b'':
            self._tz_after = _parse_tz_str(tz_str.decode())
        else:
            if not self._ttinfos and not ttinfos:
                raise ValueError("No time zone information found.")
            if self._ttinfos:
                self._tz_after = self._ttinfos[-1]
            else:
                self._tz_after = ttinfos[0]
        self._fixed_offset = (not self._trans_list_utc and
                              isinstance(self._tz_after, _ttinfo))

    @staticmethod
    def _utcoff_to_dstoff(trans_idx, utcoffsets, isdsts):
        # TZif files say only whether a type is DST; its DST amount is the
        # step from a neighbouring standard-time type.
        typecnt = len(isdsts)
        dstoffs = [0] * typecnt
        dst_cnt = sum(1 for d in isdsts if d)
        dst_found = 0
        for i in range(1, len(trans_idx)):
            if dst_cnt == dst_found:
                break
            idx = trans_idx[i]
            if not isdsts[idx] or dstoffs[idx] != 0:
                continue
            dstoff = 0
            utcoff = utcoffsets[idx]
            comp_idx = trans_idx[i - 1]
            if not isdsts[comp_idx]:
                dstoff = utcoff - utcoffsets[comp_idx]
            if not dstoff and idx < typecnt - 1 and i + 1 < len(trans_idx):
                comp_idx = trans_idx[i + 1]
                if not isdsts[comp_idx]:
                    dstoff = utcoff - utcoffsets[comp_idx]
            if dstoff:
                dst_found += 1
                dstoffs[idx] = dstoff
        else:
            # No neighbour to compare with: one hour is the usual amount.
            for idx in range(typecnt):
                if not dstoffs[idx] and isdsts[idx]:
                    dstoffs[idx] = 3600
        return dstoffs

    @staticmethod
    def _ts_to_local(trans_idx, trans_list_utc, utcoffsets):
        # fold=0 sees each transition at the later of its two wall times,
        # fold=1 at the earlier one.
        if not trans_list_utc:
            return [[], []]
        wall0 = list(trans_list_utc)
        wall1 = list(trans_list_utc)
        offset_0 = offset_1 = utcoffsets[trans_idx[0]]
        wall0[0] += offset_0
        wall1[0] += offset_1
        for i in range(1, len(trans_idx)):
            offset_0 = utcoffsets[trans_idx[i - 1]]
            offset_1 = utcoffsets[trans_idx[i]]
            if offset_1 > offset_0:
                offset_1, offset_0 = offset_0, offset_1
            wall0[i] += offset_0
            wall1[i] += offset_1
        return [wall0, wall1]


ZoneInfo._weak_cache = weakref.WeakValueDictionary()
ZoneInfo._strong_cache = {}


class _TZStr:
    """A POSIX TZ rule: standard time with optional yearly DST."""

    __slots__ = ('std', 'dst', 'start', 'end', 'get_trans_info',
                 'get_trans_info_fromutc', 'dst_diff')

    def __init__(self, std_abbr, std_offset, dst_abbr, dst_offset,
                 start=None, end=None):
        self.dst_diff = dst_offset - std_offset
        std_offset = timedelta(seconds=std_offset)
        self.std = _ttinfo(utcoff=std_offset, dstoff=timedelta(0),
                           tzname=std_abbr)
        self.start = start
        self.end = end
        dst_offset = timedelta(seconds=dst_offset)
        delta = timedelta(seconds=self.dst_diff)
        self.dst = _ttinfo(utcoff=dst_offset, dstoff=delta, tzname=dst_abbr)
        self.get_trans_info = self._get_trans_info
        self.get_trans_info_fromutc = self._get_trans_info_fromutc

    def transitions(self, year):
        return self.start.year_to_epoch(year), self.end.year_to_epoch(year)

    def _get_trans_info(self, ts, year, fold):
        start, end = self.transitions(year)
        # With fold=0 the gap belongs to the earlier period and the repeated
        # hour to the later one; fold=1 the reverse.
        if fold == (self.dst_diff >= 0):
            end -= self.dst_diff
        else:
            start += self.dst_diff
        if start < end:
            isdst = start <= ts < end
        else:
            isdst = not (end <= ts < start)
        return self.dst if isdst else self.std

    def _get_trans_info_fromutc(self, ts, year):
        start, end = self.transitions(year)
        start -= self.std.utcoff.total_seconds()
        end -= self.dst.utcoff.total_seconds()
        if start < end:
            isdst = start <= ts < end
        else:
            isdst = not (end <= ts < start)
        if self.dst_diff > 0:
            ambig_start = end
            ambig_end = end + self.dst_diff
        else:
            ambig_start = start
            ambig_end = start - self.dst_diff
        fold = ambig_start <= ts < ambig_end
        return (self.dst if isdst else self.std, fold)


def _post_epoch_days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400 - EPOCHORDINAL


class _DayOffset:
    """Jn (1..365, Feb 29 never counted) or n (0..365) day-of-year rules."""

    __slots__ = ('day', 'hour', 'minute', 'second', 'julian')

    def __init__(self, day, julian, hour=2, minute=0, second=0):
        if not (0 + julian) <= day <= 365:
            min_day = 0 + julian
            raise ValueError(f'day must be in [{min_day}, 365], not: {day}')
        self.day = day
        self.julian = julian
        self.hour = hour
        self.minute = minute
        self.second = second

    def year_to_epoch(self, year):
        # Days since the epoch of Jan 1 of year, plus the 0-based day.
        days = _post_epoch_days_before_year(year) + 1
        if self.julian:
            d = self.day - 1
            if self.day >= 60 and calendar.isleap(year):
                d += 1
        else:
            d = self.day
        epoch = (days + d) * 86400
        epoch += self.hour * 3600 + self.minute * 60 + self.second
        return epoch


class _CalendarOffset:
    """Mm.w.d rules: day d (0 = Sunday) of week w (5 = last) of month m."""

    __slots__ = ('m', 'w', 'd', 'hour', 'minute', 'second')

    _DAYS_BEFORE_MONTH = (-1, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273,
                          304, 334)

    def __init__(self, m, w, d, hour=2, minute=0, second=0):
        if not 1 <= m <= 12:
            raise ValueError('m must be in [1, 12]')
        if not 1 <= w <= 5:
            raise ValueError('w must be in [1, 5]')
        if not 0 <= d <= 6:
            raise ValueError('d must be in [0, 6]')
        self.m = m
        self.w = w
        self.d = d
        self.hour = hour
        self.minute = minute
        self.second = second

    def year_to_epoch(self, year):
        first_weekday, days_in_month = calendar.monthrange(year, self.m)
        # calendar counts weekdays from Monday = 0, POSIX from Sunday = 0.
        month_day = (self.d - (first_weekday + 1)) % 7 + 1
        month_day += (self.w - 1) * 7
        if month_day > days_in_month:
            month_day -= 7
        days = (_post_epoch_days_before_year(year) +
                self._DAYS_BEFORE_MONTH[self.m] + month_day)
        if self.m > 2 and calendar.isleap(year):
            days += 1
        return (days * 86400 + self.hour * 3600 + self.minute * 60 +
                self.second)


def _parse_tz_str(tz_str):
    import re
    offset_str, *start_end_str = tz_str.split(',', 1)
    parser_re = re.compile(
        r'''
        (?P<std>[^<0-9:.+-]+|<[a-zA-Z0-9+-]+>)
        (?:
            (?P<stdoff>[+-]?\d{1,3}(?::\d{2}(?::\d{2})?)?)
            (?:
                (?P<dst>[^0-9:.+-]+|<[a-zA-Z0-9+-]+>)
                (?P<dstoff>[+-]?\d{1,3}(?::\d{2}(?::\d{2})?)?)?
            )? # dst
        )? # stdoff
        ''',
        re.ASCII | re.VERBOSE)
    m = parser_re.fullmatch(offset_str)
    if m is None:
        raise ValueError(f'{tz_str} is not a valid TZ string')
    std_abbr = m.group('std')
    dst_abbr = m.group('dst')
    dst_offset = None
    std_abbr = std_abbr.strip('<>')
    if dst_abbr:
        dst_abbr = dst_abbr.strip('<>')
    if std_offset := m.group('stdoff'):
        try:
            std_offset = _parse_tz_delta(std_offset)
        except ValueError as e:
            raise ValueError(f'Invalid STD offset in {tz_str}') from e
    else:
        std_offset = 0
    if dst_abbr is not None:
        if dst_offset := m.group('dstoff'):
            try:
                dst_offset = _parse_tz_delta(dst_offset)
            except ValueError as e:
                raise ValueError(f'Invalid DST offset in {tz_str}') from e
        else:
            dst_offset = std_offset + 3600
        if not start_end_str:
            raise ValueError(f'Missing transition rules: {tz_str}')
        start_end_strs = start_end_str[0].split(',', 1)
        try:
            start, end = (_parse_dst_start_end(x) for x in start_end_strs)
        except ValueError as e:
            raise ValueError(f'Invalid TZ string: {tz_str}') from e
        return _TZStr(std_abbr, std_offset, dst_abbr, dst_offset, start, end)
    elif start_end_str:
        raise ValueError(f'Transition rule present without DST: {tz_str}')
    else:
        return _ttinfo(timedelta(seconds=std_offset), timedelta(0), std_abbr)


def _parse_dst_start_end(dststr):
    date, *time = dststr.split('/', 1)
    type = date[:1]
    if type == 'M':
        n_is_julian = False
        import re
        m = re.fullmatch(r'M(\d{1,2})\.(\d).(\d)', date, re.ASCII)
        if m is None:
            raise ValueError(f'Invalid dst start/end date: {dststr}')
        date_offset = tuple(map(int, m.groups()))
        offset = _CalendarOffset(*date_offset)
    else:
        if type == 'J':
            n_is_julian = True
            date = date[1:]
        else:
            n_is_julian = False
        doy = int(date)
        offset = _DayOffset(doy, n_is_julian)
    if time:
        offset.hour, offset.minute, offset.second = _parse_transition_time(time[0])
    return offset


def _parse_transition_time(time_str):
    import re
    match = re.fullmatch(
        r'(?P<sign>[+-])?(?P<h>\d{1,3})(:(?P<m>\d{2})(:(?P<s>\d{2}))?)?',
        time_str, re.ASCII)
    if match is None:
        raise ValueError(f'Invalid time: {time_str}')
    h, m, s = (int(v or 0) for v in match.group('h', 'm', 's'))
    if h > 167:
        raise ValueError(f'Hour must be in [0, 167]: {time_str}')
    if match.group('sign') == '-':
        h, m, s = -h, -m, -s
    return h, m, s


def _parse_tz_delta(tz_delta):
    import re
    match = re.fullmatch(
        r'(?P<sign>[+-])?(?P<h>\d{1,3})(:(?P<m>\d{2})(:(?P<s>\d{2}))?)?',
        tz_delta, re.ASCII)
    assert match is not None, tz_delta
    h, m, s = (int(v or 0) for v in match.group('h', 'm', 's'))
    total = h * 3600 + m * 60 + s
    if h > 24:
        raise ValueError(f'Offset hours must be in [0, 24]: {tz_delta}')
    # POSIX offsets count west of Greenwich as positive.
    if match.group('sign') != '-':
        total = -total
    return total
