"""strptime for time and datetime: parses a string by a format of %
directives (C locale names), without regular expressions."""

import time as _time

_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july',
           'august', 'september', 'october', 'november', 'december']
_DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
         'sunday']

# directive -> (max digits, min value, max value)
_NUMERIC = {
    'd': (2, 1, 31), 'm': (2, 1, 12), 'H': (2, 0, 23), 'I': (2, 1, 12),
    'M': (2, 0, 59), 'S': (2, 0, 61), 'j': (3, 1, 366), 'y': (2, 0, 99),
    'Y': (4, 0, 9999), 'f': (6, 0, 999999), 'U': (2, 0, 53),
    'W': (2, 0, 53), 'w': (1, 0, 6), 'u': (1, 1, 7),
}


class _NoMatch(Exception):
    pass


def _digits(s, pos, most):
    end = pos
    while end < len(s) and end - pos < most and s[end] in '0123456789':
        end += 1
    return end


def _match_name(s, pos, names):
    low = s[pos:].lower()
    best = None
    for i, full in enumerate(names):
        for cand in (full, full[:3]):
            if low.startswith(cand) and (best is None or len(cand) > best[1]):
                best = (i, len(cand))
    if best is None:
        raise _NoMatch()
    return best[0], pos + best[1]


def _parse(data_string, format):
    for name, v in (('data_string', data_string), ('format', format)):
        if not isinstance(v, str):
            raise TypeError('strptime() argument %d must be str, not %s'
                            % (1 if name == 'data_string' else 2,
                               type(v).__name__))
    found = {}
    s = data_string
    pos = 0
    i = 0
    n = len(format)
    try:
        while i < n:
            c = format[i]
            if c == '%':
                if i + 1 >= n:
                    raise ValueError("stray %% in format '%s'" % format)
                d = format[i + 1]
                i += 2
                if d in _NUMERIC:
                    most, lo, hi = _NUMERIC[d]
                    if d in 'dmHIMS' and pos < len(s) and s[pos] == ' ':
                        pos += 1
                    end = _digits(s, pos, most)
                    while end > pos and not lo <= int(s[pos:end]) <= hi:
                        end -= 1
                    if end == pos or (d == 'Y' and end - pos != 4):
                        raise _NoMatch()
                    if d == 'f':
                        found[d] = int(s[pos:end].ljust(6, '0'))
                    else:
                        found[d] = int(s[pos:end])
                    pos = end
                elif d in 'bBh':
                    found['m'], pos = _match_name(s, pos, _MONTHS)
                    found['m'] += 1
                elif d in 'aA':
                    found['a'], pos = _match_name(s, pos, _DAYS)
                elif d == 'p':
                    low = s[pos:pos + 2].lower()
                    if low not in ('am', 'pm'):
                        raise _NoMatch()
                    found['p'] = low
                    pos += 2
                elif d == 'z':
                    if s[pos:pos + 1] == 'Z':
                        found['z'] = 0
                        pos += 1
                    else:
                        sign = s[pos:pos + 1]
                        if sign not in ('+', '-'):
                            raise _NoMatch()
                        rest = s[pos + 1:]
                        parts = []
                        k = 0
                        while len(parts) < 3:
                            if len(rest) - k < 2 or not rest[k:k + 2].isdigit():
                                break
                            parts.append(int(rest[k:k + 2]))
                            k += 2
                            if rest[k:k + 1] == ':' and len(parts) < 3:
                                k += 1
                        if len(parts) < 2:
                            raise _NoMatch()
                        secs = parts[0] * 3600 + parts[1] * 60
                        if len(parts) > 2:
                            secs += parts[2]
                        found['z'] = -secs if sign == '-' else secs
                        pos += 1 + k
                elif d == 'Z':
                    for name in ('utc', 'gmt') + tuple(
                            x.lower() for x in _time.tzname):
                        if name and s[pos:pos + len(name)].lower() == name:
                            found['Z'] = s[pos:pos + len(name)]
                            pos += len(name)
                            break
                    else:
                        raise _NoMatch()
                elif d == '%':
                    if s[pos:pos + 1] != '%':
                        raise _NoMatch()
                    pos += 1
                else:
                    raise ValueError("'%s' is a bad directive in format '%s'"
                                     % (d, '%' + d))
            elif c.isspace():
                i += 1
                while i < n and format[i].isspace():
                    i += 1
                if pos >= len(s) or not s[pos].isspace():
                    raise _NoMatch()
                while pos < len(s) and s[pos].isspace():
                    pos += 1
            else:
                if s[pos:pos + 1].lower() != c.lower():
                    raise _NoMatch()
                pos += 1
                i += 1
    except _NoMatch:
        raise ValueError('time data %r does not match format %r'
                         % (data_string, format))
    if pos != len(s):
        raise ValueError('unconverted data remains: %s' % s[pos:])
    return found


def _strptime(data_string, format):
    found = _parse(data_string, format)
    year = found.get('Y')
    if year is None:
        if 'y' in found:
            y = found['y']
            year = y + 2000 if y <= 68 else y + 1900
        else:
            year = 1900
    month = found.get('m', 1)
    day = found.get('d', 1)
    hour = found.get('H', 0)
    if 'I' in found:
        hour = found['I']
        if found.get('p') == 'pm':
            hour = hour + 12 if hour != 12 else 12
        elif hour == 12:
            hour = 0
    minute = found.get('M', 0)
    second = found.get('S', 0)
    fraction = found.get('f', 0)
    gmtoff = found.get('z')
    tzname = found.get('Z')
    import datetime
    julian = found.get('j')
    if julian is not None and 'm' not in found and 'd' not in found:
        d = datetime.date.fromordinal(
            julian - 1 + datetime.date(year, 1, 1).toordinal())
        month = d.month
        day = d.day
    if month == 2 and day == 29 and 'Y' not in found and 'y' not in found:
        year = 1904
    d = datetime.date(year, month, day)
    if julian is None:
        julian = d.toordinal() - datetime.date(year, 1, 1).toordinal() + 1
    weekday = d.weekday()
    tz = -1
    if tzname is not None:
        low = tzname.lower()
        if low in ('utc', 'gmt'):
            tz = 0
        elif _time.daylight and low == _time.tzname[1].lower():
            tz = 1
        elif low == _time.tzname[0].lower():
            tz = 0
    return ((year, month, day, hour, minute, second, weekday, julian, tz,
             tzname, gmtoff), fraction)


def _strptime_time(data_string, format='%a %b %d %H:%M:%S %Y'):
    tt = _strptime(data_string, format)[0]
    return tt[:9] + (tt[9], tt[10])


def _strptime_datetime(cls, data_string, format='%a %b %d %H:%M:%S %Y'):
    import datetime
    tt, fraction = _strptime(data_string, format)
    tzname, gmtoff = tt[-2:]
    args = tt[:6] + (fraction,)
    if gmtoff is not None:
        tzdelta = datetime.timedelta(seconds=gmtoff)
        if tzname:
            tz = datetime.timezone(tzdelta, tzname)
        else:
            tz = datetime.timezone(tzdelta)
        args += (tz,)
    return cls(*args)
