"""Miscellaneous email utilities: dates, addresses, message ids."""

__all__ = [
    'collapse_rfc2231_value', 'decode_params', 'decode_rfc2231',
    'encode_rfc2231', 'formataddr', 'formatdate', 'format_datetime',
    'getaddresses', 'make_msgid', 'mktime_tz', 'parseaddr', 'parsedate',
    'parsedate_tz', 'parsedate_to_datetime', 'quote', 'unquote',
    'localtime',
]

import datetime
import os
import re
import time
import urllib.parse

COMMASPACE = ', '
EMPTYSTRING = ''
UEMPTYSTRING = ''
CRLF = '\r\n'
TICK = "'"

specialsre = re.compile(r'[][\\()<>@,:;".]')
escapesre = re.compile(r'[\\"]')

_DAYNAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_MONTHNAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug',
               'sep', 'oct', 'nov', 'dec']
# Zone names RFC 822 allows, as offsets in hours*100 + minutes.
_TIMEZONES = {'UT': 0, 'UTC': 0, 'GMT': 0, 'Z': 0,
              'AST': -400, 'ADT': -300, 'EST': -500, 'EDT': -400,
              'CST': -600, 'CDT': -500, 'MST': -700, 'MDT': -600,
              'PST': -800, 'PDT': -700}


def quote(str):
    """Backslash-escape backslashes and double quotes."""
    return str.replace('\\', '\\\\').replace('"', '\\"')


def unquote(str):
    """Remove surrounding double quotes or angle brackets."""
    if len(str) > 1:
        if str.startswith('"') and str.endswith('"'):
            return str[1:-1].replace('\\\\', '\\').replace('\\"', '"')
        if str.startswith('<') and str.endswith('>'):
            return str[1:-1]
    return str


def formataddr(pair, charset='utf-8'):
    """'Name <address>' for a (name, address) pair, quoting or encoding the
    name as needed."""
    name, address = pair
    address.encode('ascii')
    if name:
        try:
            name.encode('ascii')
        except UnicodeEncodeError:
            if isinstance(charset, str):
                from email.charset import Charset
                charset = Charset(charset)
            encoded_name = charset.header_encode(name)
            return f'{encoded_name} <{address}>'
        quotes = ''
        if specialsre.search(name):
            quotes = '"'
        name = escapesre.sub(r'\\\g<0>', name)
        return f'{quotes}{name}{quotes} <{address}>'
    return address


# --- address parsing (RFC 2822 mailboxes, leniently) ------------------------

def _split_addresses(field):
    """Split a header value at commas outside quotes, comments and <>."""
    parts = []
    cur = []
    depth_angle = 0
    depth_paren = 0
    in_quote = False
    i = 0
    while i < len(field):
        c = field[i]
        if in_quote:
            cur.append(c)
            if c == '\\' and i + 1 < len(field):
                cur.append(field[i + 1])
                i += 1
            elif c == '"':
                in_quote = False
        elif c == '"':
            in_quote = True
            cur.append(c)
        elif c == '(':
            depth_paren += 1
            cur.append(c)
        elif c == ')' and depth_paren:
            depth_paren -= 1
            cur.append(c)
        elif c == '<' and not depth_paren:
            depth_angle += 1
            cur.append(c)
        elif c == '>' and depth_angle and not depth_paren:
            depth_angle -= 1
            cur.append(c)
        elif c == ',' and not (depth_angle or depth_paren):
            parts.append(''.join(cur))
            cur = []
        elif c == ':' and not (depth_angle or depth_paren):
            # A group name: the mailboxes follow it.
            cur = []
        elif c == ';' and not (depth_angle or depth_paren):
            parts.append(''.join(cur))
            cur = []
        else:
            cur.append(c)
        i += 1
    parts.append(''.join(cur))
    return parts


def _parse_mailbox(text):
    """(realname, address) of one mailbox, or None when it is empty."""
    text = text.strip()
    if not text:
        return None
    comments = []
    words = []
    addr = None
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c.isspace():
            i += 1
        elif c == '"':
            j = i + 1
            buf = []
            while j < n and text[j] != '"':
                if text[j] == '\\' and j + 1 < n:
                    j += 1
                buf.append(text[j])
                j += 1
            words.append(('q', ''.join(buf)))
            i = j + 1
        elif c == '(':
            depth = 1
            j = i + 1
            buf = []
            while j < n and depth:
                if text[j] == '\\' and j + 1 < n:
                    j += 1
                    buf.append(text[j])
                elif text[j] == '(':
                    depth += 1
                    buf.append('(')
                elif text[j] == ')':
                    depth -= 1
                    if depth:
                        buf.append(')')
                else:
                    buf.append(text[j])
                j += 1
            comments.append(''.join(buf))
            i = j
        elif c == '<':
            j = text.find('>', i)
            if j < 0:
                j = n
            route = text[i + 1:j].strip()
            # Drop an obsolete source route (@a,@b:user@host).
            if route.startswith('@') and ':' in route:
                route = route.split(':', 1)[1]
            addr = ''.join(route.split())
            i = j + 1
        else:
            j = i
            while j < n and not text[j].isspace() and text[j] not in '"(<':
                j += 1
            words.append(('a', text[i:j]))
            i = j
    if addr is not None:
        name = ' '.join(w for _, w in words)
        if not name and comments:
            name = comments[0]
        return name, addr
    # A bare addr-spec, possibly with a comment as the name; it ends at a
    # word not joined to the previous one by '.' or '@'.
    spec = ''
    for kind, w in words:
        w = quote_local(w) if kind == 'q' else w
        if spec and not (spec[-1] in '.@' or w[:1] in '.@'):
            break
        spec += w
    return (comments[-1] if comments else ''), spec


def quote_local(word):
    return '"%s"' % quote(word)


def getaddresses(fieldvalues):
    """(realname, address) pairs of all the mailboxes in the field values."""
    all_text = COMMASPACE.join(str(v) for v in fieldvalues)
    result = []
    for part in _split_addresses(all_text):
        mbox = _parse_mailbox(part)
        if mbox is not None:
            result.append(mbox)
    return result


def parseaddr(addr):
    """(realname, address) of the first mailbox in addr, or ('', '')."""
    if not isinstance(addr, str):
        addr = str(addr)
    parts = _split_addresses(addr)
    for part in parts:
        mbox = _parse_mailbox(part)
        if mbox is not None:
            return mbox
    return '', ''


# --- dates -------------------------------------------------------------------

def _format_timetuple_and_zone(timetuple, zone):
    return '%s, %02d %s %04d %02d:%02d:%02d %s' % (
        _DAYNAMES[timetuple[6]], timetuple[2],
        _MONTHNAMES[timetuple[1] - 1].capitalize(), timetuple[0],
        timetuple[3], timetuple[4], timetuple[5], zone)


def formatdate(timeval=None, localtime=False, usegmt=False):
    """An RFC 2822 date for the POSIX timestamp timeval (default: now)."""
    if timeval is None:
        timeval = time.time()
    dt = datetime.datetime.fromtimestamp(timeval, datetime.timezone.utc)
    if localtime:
        dt = dt.astimezone()
        usegmt = False
    elif not usegmt:
        dt = dt.replace(tzinfo=None)
    return format_datetime(dt, usegmt)


def format_datetime(dt, usegmt=False):
    """An RFC 2822 date for a datetime; naive ones get the -0000 zone."""
    now = dt.timetuple()
    if usegmt:
        if dt.tzinfo is None or dt.tzinfo != datetime.timezone.utc:
            raise ValueError("usegmt option requires a UTC datetime")
        zone = 'GMT'
    elif dt.tzinfo is None:
        zone = '-0000'
    else:
        zone = dt.strftime("%z")
    return _format_timetuple_and_zone(now, zone)


def _parsedate_tz(data):
    if not data:
        return None
    data = data.split()
    if not data:
        return None
    # Drop a leading day name ("Mon," or "Mon").
    if data[0].endswith(',') or data[0].lower()[:3] in (
            'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'):
        del data[0]
    else:
        i = data[0].rfind(',')
        if i >= 0:
            data[0] = data[0][i + 1:]
    if len(data) == 3:
        # An ISO-ish date: "dd-mon-yy"
        stuff = data[0].split('-')
        if len(stuff) == 3:
            data = stuff + data[1:]
    if len(data) == 4:
        s = data[3]
        i = s.find('+')
        if i == -1:
            i = s.find('-')
        if i > 0:
            data[3:] = [s[:i], s[i:]]
        else:
            data.append('')
    if len(data) < 5:
        return None
    data = data[:5]
    dd, mm, yy, tm, tz = data
    if not (dd and mm and yy):
        return None
    mm = mm.lower()
    if mm not in _MONTHNAMES:
        dd, mm = mm, dd.lower()
        if mm not in _MONTHNAMES:
            return None
    mm = _MONTHNAMES.index(mm) + 1
    if mm > 12:
        mm -= 12
    if dd[-1] == ',':
        dd = dd[:-1]
    i = yy.find(':')
    if i > 0:
        yy, tm = tm, yy
    if yy[-1] == ',':
        yy = yy[:-1]
        if not yy:
            return None
    if not yy[0].isdigit():
        yy, tz = tz, yy
    if tm[-1] == ',':
        tm = tm[:-1]
    tm = tm.split(':')
    if len(tm) == 2:
        thh, tmm = tm
        tss = '0'
    elif len(tm) == 3:
        thh, tmm, tss = tm
    elif len(tm) == 1 and '.' in tm[0]:
        tm = tm[0].split('.')
        if len(tm) == 2:
            thh, tmm = tm
            tss = 0
        elif len(tm) == 3:
            thh, tmm, tss = tm
        else:
            return None
    else:
        return None
    try:
        yy = int(yy)
        dd = int(dd)
        thh = int(thh)
        tmm = int(tmm)
        tss = int(tss)
    except ValueError:
        return None
    # Two-digit years: 00-68 are 2000s, 69-99 are 1900s (as POSIX).
    if yy < 100:
        if yy > 68:
            yy += 1900
        else:
            yy += 2000
    tzoffset = None
    tz = tz.upper()
    if tz in _TIMEZONES:
        tzoffset = _TIMEZONES[tz]
    else:
        try:
            tzoffset = int(tz)
        except ValueError:
            pass
        if tzoffset == 0 and tz.startswith('-'):
            tzoffset = None
    if tzoffset:
        if tzoffset < 0:
            tzsign = -1
            tzoffset = -tzoffset
        else:
            tzsign = 1
        tzoffset = tzsign * ((tzoffset // 100) * 3600 + (tzoffset % 100) * 60)
    return [yy, mm, dd, thh, tmm, tss, 0, 1, -1, tzoffset]


def parsedate_tz(data):
    """A 10-tuple (time tuple plus UTC offset in seconds, or None)."""
    t = _parsedate_tz(data)
    if t is None:
        return t
    # Only parsedate_to_datetime tells an unknown zone (-0000) from UTC.
    if t[9] is None:
        t[9] = 0
    return tuple(t)


def parsedate(data):
    """A 9-item time tuple for an RFC 2822 date, or None."""
    t = parsedate_tz(data)
    if isinstance(t, tuple):
        return t[:9]
    return t


def mktime_tz(data):
    """The POSIX timestamp of a parsedate_tz() 10-tuple."""
    if data[9] is None:
        return time.mktime(data[:8] + (-1,))
    import calendar
    t = calendar.timegm(data)
    return t - data[9]


def parsedate_to_datetime(data):
    parsed_date_tz = _parsedate_tz(data)
    if parsed_date_tz is None:
        raise ValueError('Invalid date value or format "%s"' % str(data))
    *dtuple, tz = parsed_date_tz
    if tz is None:
        return datetime.datetime(*dtuple[:6])
    return datetime.datetime(*dtuple[:6], tzinfo=datetime.timezone(
        datetime.timedelta(seconds=tz)))


def localtime(dt=None, isdst=-1):
    """dt (default now) as an aware datetime in the local time zone."""
    if dt is None:
        return datetime.datetime.now(datetime.timezone.utc).astimezone()
    if dt.tzinfo is not None:
        return dt.astimezone()
    return dt.astimezone()


def make_msgid(idstring=None, domain=None):
    """A unique Message-ID: <time.pid.random[.idstring]@domain>."""
    import random
    timeval = int(time.time() * 100)
    pid = os.getpid()
    randint = random.getrandbits(64)
    if idstring is None:
        idstring = ''
    else:
        idstring = '.' + idstring
    if domain is None:
        domain = os.uname().nodename
    return '<%d.%d.%d%s@%s>' % (timeval, pid, randint, idstring, domain)


# --- RFC 2231 parameter values ------------------------------------------------

def decode_rfc2231(s):
    """Split charset'language'value into its three parts."""
    parts = s.split(TICK, 2)
    if len(parts) <= 2:
        return None, None, s
    return parts


def encode_rfc2231(s, charset=None, language=None):
    s = urllib.parse.quote(s, safe='', encoding=charset or 'ascii')
    if charset is None and language is None:
        return s
    if language is None:
        language = ''
    return f"{charset}'{language}'{s}"


def collapse_rfc2231_value(value, errors='replace',
                           fallback_charset='us-ascii'):
    if not isinstance(value, tuple) or len(value) != 3:
        return unquote(value)
    charset, language, text = value
    if charset is None:
        charset = fallback_charset
    rawbytes = _raw_unicode_escape(text)
    try:
        return str(rawbytes, charset, errors)
    except LookupError:
        return unquote(text)


def decode_params(params):
    """Decode (name, value) parameters, joining RFC 2231 continuations."""
    new_params = [params[0]]
    rfc2231 = {}
    for name, value in params[1:]:
        encoded = name.endswith('*')
        value = unquote(value)
        m = re.match(r'^(?P<name>\w+)\*((?P<num>[0-9]+)\*?)?$', name, re.ASCII)
        if m:
            name = m.group('name')
            num = int(m.group('num')) if m.group('num') else 0
            rfc2231.setdefault(name, []).append((num, value, encoded))
        else:
            new_params.append((name, '"%s"' % quote(value)))
    for name, continuations in rfc2231.items():
        value = []
        extended = False
        continuations.sort()
        for num, s, encoded in continuations:
            if encoded:
                s = urllib.parse.unquote(s, encoding='latin-1')
                extended = True
            value.append(s)
        value = quote(EMPTYSTRING.join(value))
        if extended:
            charset, language, value = decode_rfc2231(value)
            new_params.append((name, (charset, language, '"%s"' % value)))
        else:
            new_params.append((name, '"%s"' % value))
    return new_params


def _raw_unicode_escape(s):
    """s encoded as the raw-unicode-escape codec does: latin-1, with
    \\uXXXX / \\UXXXXXXXX for the characters beyond it."""
    out = []
    for c in s:
        o = ord(c)
        if o < 256:
            out.append(c)
        elif o < 0x10000:
            out.append('\\u%04x' % o)
        else:
            out.append('\\U%08x' % o)
    return ''.join(out).encode('latin-1')
