# zoneinfo: system tz database, offsets, DST, fold, conversions.
import io
import pickle
import zoneinfo
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

ny = ZoneInfo('America/New_York')
print(repr(ny), str(ny), ny.key, ny is ZoneInfo('America/New_York'))
print(ZoneInfo.no_cache('America/New_York') is ny)
for dt in [datetime(2023, 1, 15, 12), datetime(2023, 7, 4, 9, 30),
           datetime(1900, 1, 1), datetime(2040, 7, 1), datetime(2040, 12, 1)]:
    d = dt.replace(tzinfo=ny)
    print(d.isoformat(), d.utcoffset(), d.dst(), d.tzname())

# The spring-forward gap and the fall-back fold.
for fold in (0, 1):
    gap = datetime(2023, 3, 12, 2, 30, fold=fold, tzinfo=ny)
    amb = datetime(2023, 11, 5, 1, 30, fold=fold, tzinfo=ny)
    print(fold, gap.utcoffset(), gap.tzname(), amb.utcoffset(), amb.tzname())
    gap = datetime(2045, 3, 12, 2, 30, fold=fold, tzinfo=ny)
    amb = datetime(2045, 11, 5, 1, 30, fold=fold, tzinfo=ny)
    print(fold, gap.utcoffset(), gap.tzname(), amb.utcoffset(), amb.tzname())

# UTC -> local, with fold set on the second pass through the repeated hour.
utc = timezone.utc
for h in range(4, 8):
    u = datetime(2023, 11, 5, h, 30, tzinfo=utc)
    loc = u.astimezone(ny)
    print(u.time(), loc, loc.fold, loc.tzname())
for h in range(4, 8):
    u = datetime(2044, 11, 6, h, 30, tzinfo=utc)
    loc = u.astimezone(ny)
    print(u.time(), loc, loc.fold, loc.tzname())
start = datetime(2023, 3, 12, 6, 0, tzinfo=utc)
for i in range(4):
    print((start + timedelta(minutes=30 * i)).astimezone(ny))

for key in ['Europe/London', 'Europe/Berlin', 'Asia/Tokyo', 'Asia/Kolkata',
            'Australia/Sydney', 'America/Sao_Paulo', 'UTC', 'Etc/GMT+5',
            'Pacific/Chatham', 'Asia/Kathmandu']:
    z = ZoneInfo(key)
    winter = datetime(2024, 1, 10, 12, tzinfo=z)
    summer = datetime(2024, 7, 10, 12, tzinfo=z)
    print(key, winter.utcoffset(), winter.tzname(), summer.utcoffset(),
          summer.tzname(), summer.dst())
    print('  ', datetime(2024, 5, 1, tzinfo=utc).astimezone(z))

# Arithmetic and comparison across zones.
a = datetime(2024, 3, 31, 0, 30, tzinfo=ZoneInfo('Europe/London'))
b = a + timedelta(hours=1)
print(a, b, b - a, b.astimezone(utc) - a.astimezone(utc))
print(datetime(2024, 6, 1, 12, tzinfo=ZoneInfo('Asia/Tokyo')) ==
      datetime(2024, 6, 1, 5, tzinfo=ZoneInfo('Europe/Berlin')))
print(datetime.fromtimestamp(1700000000, tz=ZoneInfo('Europe/Berlin')))
print(datetime(2024, 1, 1, tzinfo=ny).timestamp())
print(ny.utcoffset(None), ZoneInfo('UTC').utcoffset(None), ZoneInfo('UTC').tzname(None))

with open('/usr/share/zoneinfo/Asia/Tokyo', 'rb') as f:
    data = f.read()
tk = ZoneInfo.from_file(io.BytesIO(data), key='Tokyo')
print(str(tk), datetime(2024, 1, 1, tzinfo=tk).utcoffset())
tk2 = ZoneInfo.from_file(io.BytesIO(data))
print(tk2.key, datetime(2024, 1, 1, tzinfo=tk2).tzname())
print(pickle.loads(pickle.dumps(ny)) is ny)

for bad in ['Not/AZone', 'America/New_Yrok']:
    try:
        ZoneInfo(bad)
    except zoneinfo.ZoneInfoNotFoundError as e:
        print('ZoneInfoNotFoundError', e, isinstance(e, KeyError))
for bad in ['../etc/passwd', '/etc/localtime']:
    try:
        ZoneInfo(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    ZoneInfo.from_file(io.BytesIO(b'not a tzif file'))
except ValueError as e:
    print('ValueError', e)

tz = zoneinfo.available_timezones()
print(len(tz) > 300, 'America/New_York' in tz, 'Europe/Paris' in tz, 'posixrules' in tz)
print(zoneinfo.TZPATH[0])
zoneinfo.reset_tzpath(['/nonexistent'])
print(zoneinfo.TZPATH)
ZoneInfo.clear_cache()
try:
    ZoneInfo('Europe/Paris')
except zoneinfo.ZoneInfoNotFoundError as e:
    print('after reset:', e)
zoneinfo.reset_tzpath()
print(ZoneInfo('Europe/Paris'))
