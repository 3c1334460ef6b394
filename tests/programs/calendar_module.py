# calendar: text month/year layouts (widths, line spacing, first weekday),
# HTML, the iterators, names, leap rules, monthrange and errors, timegm.
import calendar
import time

print(calendar.month(2024, 2))
print(calendar.month(2023, 10, w=4, l=2))
calendar.prmonth(1999, 12)
print(calendar.calendar(2024))
print(calendar.calendar(2025, w=3, l=1, c=4, m=4))
calendar.prcal(2026, m=2)
tc = calendar.TextCalendar(firstweekday=calendar.SUNDAY)
print(tc.formatmonth(2024, 9))
print(tc.formatweekheader(9))
print(tc.formatweekheader(1), '|', tc.formatweekheader(3))
print(tc.formatmonthname(2024, 9, 30), '|', tc.formatmonthname(2024, 9, 12, withyear=False), '|')
print(list(tc.iterweekdays()), tc.getfirstweekday())
cal = calendar.Calendar(firstweekday=6)
print(cal.monthdayscalendar(2024, 2))
print(cal.monthdays2calendar(2024, 3)[0])
print(cal.monthdatescalendar(2024, 12)[-1])
print(list(cal.itermonthdays3(2024, 1))[:3], list(cal.itermonthdays4(2024, 1))[-2:])
print(len(cal.yeardayscalendar(2024)), len(cal.yeardatescalendar(2024, width=4)[0]))
print(calendar.Calendar(8).firstweekday)
print(calendar.monthcalendar(2021, 2))
for y in [1900, 2000, 2023, 2024, 2100, 2400]:
    print(y, calendar.isleap(y), calendar.monthrange(y, 2))
print(calendar.leapdays(1900, 2025), calendar.leapdays(2000, 2000))
print(calendar.weekday(2024, 7, 4), calendar.weekday(10000, 1, 1), calendar.weekday(1, 1, 1))
print(list(calendar.month_name), list(calendar.month_abbr))
print(list(calendar.day_name), calendar.day_abbr[0], calendar.day_name[-1], calendar.month_name[1:4])
print(len(calendar.month_name), len(calendar.day_abbr))
for bad in [0, 13]:
    try:
        calendar.monthrange(2024, bad)
    except calendar.IllegalMonthError as e:
        print('IllegalMonthError:', e, isinstance(e, ValueError))
try:
    calendar.setfirstweekday(7)
except ValueError as e:
    print(type(e).__name__, e)
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.weekheader(2))
print(calendar.month(2024, 6))
calendar.setfirstweekday(0)
print(calendar.timegm((2024, 3, 15, 12, 30, 45)), calendar.timegm(time.gmtime(1700000000)))
print(calendar.timegm((1969, 12, 31, 23, 59, 59, 0, 0, 0)))
print(calendar.HTMLCalendar().formatmonth(2024, 2))
print(calendar.HTMLCalendar(6).formatmonth(2024, 3, withyear=False))
print(calendar.HTMLCalendar().formatyear(2024, width=4)[:600])
calendar.format(['a', 'b', 'c'])
print(repr(calendar.formatstring(['x', 'y'], 5, 2)))
print(calendar.MONDAY, calendar.SUNDAY, calendar.mdays)
