# time: gmtime/struct_time, strftime, asctime, mktime round trip, clocks.
import time

t = time.gmtime(1700000000)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec,
      t.tm_wday, t.tm_yday, t.tm_isdst, t[0], t[-1], len(t), list(t)[:3])
print(t.tm_zone, t.tm_gmtoff)
print(tuple(t[:3]), t == time.gmtime(1700000000), t == tuple(t))
print(time.strftime('%Y-%m-%d %H:%M:%S %a %A %b %B %j %p %y %%', t))
print(time.strftime('%d/%m/%Y', (2024, 2, 29, 0, 0, 0, 3, 60, 0)))
print(time.asctime(t), time.asctime((2024, 1, 2, 3, 4, 5, 1, 2, 0)))
print(time.gmtime(0), time.gmtime(-86400)[:3])
for bad in [(2024, 13, 1, 0, 0, 0, 0, 1, 0), (2024, 1, 1, 25, 0, 0, 0, 1, 0)]:
    try:
        time.strftime('%Y', bad)
    except ValueError as e:
        print('ValueError', e)
try:
    time.strftime('%Y', (1, 2))
except TypeError as e:
    print('TypeError', e)
lt = time.localtime(1700000000)
print(time.mktime(lt) == 1700000000.0)
print(time.localtime(time.mktime(lt))[:6] == lt[:6])
print(isinstance(time.time_ns(), int), isinstance(time.monotonic_ns(), int),
      isinstance(time.perf_counter_ns(), int), isinstance(time.process_time(), float))
a = time.perf_counter_ns()
b = time.perf_counter_ns()
print(b >= a, time.monotonic() > 0)
print(time.strptime('2024-03-05 10:11:12', '%Y-%m-%d %H:%M:%S'))
print(time.strptime('5 Nov 1999', '%d %b %Y')[:3])
print(type(time.timezone).__name__, len(time.tzname))
