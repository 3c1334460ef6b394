# Dates and times as scripts use them: parsing and formatting with
# strftime/strptime, ISO 8601, time zones with fixed offsets, arithmetic
# across month/year ends and leap days, time.gmtime/strftime/mktime on
# fixed timestamps, calendar helpers, and age/duration formatting.
import calendar
import time
from datetime import date, datetime, time as dtime, timedelta, timezone

ts = 1700000000
g = time.gmtime(ts)
print(g)
print(g.tm_year, g.tm_yday, g.tm_wday, g.tm_isdst, tuple(g)[:6])
print(time.strftime('%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %W %w %y %p %I %%', g))
print(time.strftime('%c | %x | %X', g), time.asctime(g))
print(time.strftime('%d/%m/%Y', (2024, 2, 29, 0, 0, 0, 3, 60, 0)))
print(calendar.timegm(g) == ts, time.gmtime(0)[:6], time.strptime('2024-03-10 12:34', '%Y-%m-%d %H:%M')[:7])

dt = datetime(2024, 2, 28, 22, 15, 30, 123456)
print(dt, repr(dt), dt.isoformat(), dt.isoformat(sep=' ', timespec='milliseconds'))
print(dt + timedelta(hours=3), dt + timedelta(days=366), dt - timedelta(days=59))
print(dt.strftime('%A %d %B %Y, %I:%M %p (%f us) week %V day %u'), dt.strftime('%G-W%V-%u'))
print(dt.date(), dt.time(), dt.timetuple()[:8], dt.toordinal(), dt.weekday(), dt.isoweekday(), dt.isocalendar())
print(dt.replace(year=2023, day=1), dt.replace(microsecond=0).isoformat(), datetime.combine(date(2020, 1, 1), dtime(6, 30)))

utc = timezone.utc
cet = timezone(timedelta(hours=1), 'CET')
ist = timezone(timedelta(hours=5, minutes=30))
aware = datetime(2024, 6, 1, 12, 0, tzinfo=utc)
print(aware, aware.astimezone(cet), aware.astimezone(ist), aware.astimezone(ist).utcoffset(), ist.tzname(None))
print(aware.isoformat(), aware.timestamp(), datetime.fromtimestamp(0, utc), datetime.fromtimestamp(1e9, tz=ist))
print(aware == aware.astimezone(ist), aware.astimezone(cet).strftime('%H:%M %Z %z'), repr(cet), str(ist))
try:
    aware - datetime(2024, 6, 1)
except TypeError as e:
    print('TypeError:', e)
try:
    aware < datetime(2024, 6, 1)
except TypeError as e:
    print('TypeError:', e)

for text in ['2024-03-10', '2024-03-10T14:05:07', '2024-03-10 14:05:07.250', '2024-03-10T14:05:07+02:00',
             '2024-03-10T14:05:07.123456-05:30', '2024-03-10T14:05Z' if False else '2024-03-10T14:05']:
    print(text, '->', repr(datetime.fromisoformat(text)))
for text, fmt in [('10/03/2024 2:05 PM', '%d/%m/%Y %I:%M %p'), ('Sun, 10 Mar 2024 14:05:07', '%a, %d %b %Y %H:%M:%S'),
                  ('2024-070', '%Y-%j'), ('12:30:45.5', '%H:%M:%S.%f'), ('2024-03-10 +0130', '%Y-%m-%d %z')]:
    print(repr(datetime.strptime(text, fmt)))
for bad in [('2024-02-30', '%Y-%m-%d'), ('hello', '%Y'), ('2024-01-01 extra', '%Y-%m-%d')]:
    try:
        datetime.strptime(*bad)
    except ValueError as e:
        print('ValueError:', e)
for bad in [lambda: date(2023, 2, 29), lambda: datetime(2024, 13, 1), lambda: dtime(24, 0), lambda: date.fromisoformat('2024-1-1')]:
    try:
        bad()
    except ValueError as e:
        print('ValueError:', e)

def age(born, today):
    years = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    return years

print([age(date(2000, 2, 29), d) for d in (date(2024, 2, 28), date(2024, 2, 29), date(2025, 3, 1))])

def human(td):
    secs = int(td.total_seconds())
    parts = []
    for unit, size in (('d', 86400), ('h', 3600), ('m', 60), ('s', 1)):
        n, secs = divmod(secs, size)
        if n:
            parts.append(f'{n}{unit}')
    return ' '.join(parts) or '0s'

print([human(timedelta(seconds=s)) for s in (0, 59, 3600, 3661, 90061, 1e6)])
d = date(2024, 1, 1)
print([(d + timedelta(days=7 * i)).isoformat() for i in range(0, 60, 13)])
print(date(2024, 12, 31).timetuple().tm_yday, date.fromordinal(738000), date.fromisocalendar(2024, 10, 7), date(2024, 3, 10).ctime())
print(calendar.monthrange(2024, 2), calendar.isleap(2100), calendar.day_name[date(2024, 3, 10).weekday()])
print(sorted([datetime(2024, 1, 2), datetime(2023, 12, 31, 23, 59), datetime(2024, 1, 1, 0, 0, 1)]))
print(max(date(2024, 5, 1), date(2023, 5, 1)), min(dtime(9), dtime(8, 59, 59)), timedelta.max, timedelta.resolution, date.min, datetime.max)
print(hash(datetime(2024, 1, 1)) == hash(datetime(2024, 1, 1, tzinfo=None)), datetime(2024, 1, 1, tzinfo=utc) == datetime(2024, 1, 1, 1, tzinfo=cet))
