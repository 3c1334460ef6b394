# datetime: construction, arithmetic, comparison, formatting, parsing.
import datetime, time
D = datetime.datetime
print(D.strptime('2024-01-02 03:04:05', '%Y-%m-%d %H:%M:%S'))
print(repr(D.strptime('02/Mar/2023:10:00:00 +0200', '%d/%b/%Y:%H:%M:%S %z')))
print(D.strptime('5:07 PM, Jan 3 99', '%I:%M %p, %b %d %y'))
print(time.strptime('2024-02-29', '%Y-%m-%d'))
try:
    D.strptime('2024-13-01', '%Y-%m-%d')
except ValueError as e:
    print(e)
try:
    D.strptime('2024-12-01x', '%Y-%m-%d')
except ValueError as e:
    print(e)
a = D(2024, 3, 10, 12, 0)
b = a + datetime.timedelta(days=30, hours=5, minutes=3)
print(b, b - a, (b - a).total_seconds(), a < b, a == D(2024,3,10,12))
print(a.weekday(), a.isoweekday(), a.date(), a.time(), a.replace(year=2020))
print(a.isoformat(), a.isoformat(' ', 'minutes'), a.ctime())
print(datetime.timedelta(seconds=-1), datetime.timedelta(microseconds=1500), datetime.timedelta(weeks=1, days=-0.5))
print(datetime.timedelta(hours=25) // datetime.timedelta(hours=1), datetime.timedelta(hours=3) / 2)
print(datetime.date.fromisoformat('2024-05-06'), datetime.date(2024,5,6).strftime('%j %U %a'))
t = datetime.time(13, 5, 7, 120)
print(t, repr(t), t.isoformat('milliseconds'), t.strftime('%H|%M|%S|%f'))
tz = datetime.timezone(datetime.timedelta(hours=-5), 'EST')
x = D(2024, 1, 1, 12, tzinfo=tz)
print(x, repr(x), x.utcoffset(), x.tzname(), x.astimezone(datetime.timezone.utc))
print(x - D(2024, 1, 1, 12, tzinfo=datetime.timezone.utc))
try:
    x < D(2024,1,1)
except TypeError as e:
    print(e)
print(D.fromtimestamp(0, datetime.timezone.utc), D.utcfromtimestamp(1.5))
print(f'{a:%Y/%m}', '{:%H}'.format(a), format(datetime.date(2020,1,1)))
print(datetime.date(2020,1,1) == D(2020,1,1), hash(datetime.timedelta(1)) == hash(datetime.timedelta(hours=24)))
print(datetime.date.min, datetime.date.max, D.max, datetime.timedelta.max)
print(sorted([D(2020,1,2), D(2019,5,5), D(2020,1,1)]))
print(datetime.date(2021,1,3).isocalendar(), datetime.date.fromisocalendar(2020, 53, 5))
try:
    datetime.date(2023, 2, 29)
except ValueError as e:
    print(e)
print(datetime.MINYEAR, datetime.MAXYEAR, datetime.UTC)
