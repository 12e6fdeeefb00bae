import calendar
import datetime

print(calendar.isleap(2000), calendar.isleap(1900), calendar.isleap(2024), calendar.isleap(2023))
print(calendar.leapdays(1900, 2024), calendar.leapdays(2000, 2001))
print(calendar.weekday(2024, 2, 29), calendar.weekday(1970, 1, 1), calendar.weekday(12000, 1, 1))
print(calendar.monthrange(2024, 2), calendar.monthrange(2023, 2), calendar.monthrange(2021, 12))
print(calendar.monthcalendar(2024, 3))
print(list(calendar.month_name), len(calendar.month_name))
print(list(calendar.month_abbr))
print(list(calendar.day_name), calendar.day_abbr[0], calendar.day_abbr[-1])
print(calendar.month_name[1:4], calendar.day_name[5:])
print(calendar.MONDAY, calendar.TUESDAY, calendar.WEDNESDAY, calendar.THURSDAY,
      calendar.FRIDAY, calendar.SATURDAY, calendar.SUNDAY)
print(calendar.firstweekday())
print(calendar.month(2024, 2))
calendar.prmonth(2023, 10)
calendar.prmonth(2023, 10, 3, 2)
print(calendar.weekheader(2), '|', calendar.weekheader(3), '|', calendar.weekheader(9))
print(calendar.calendar(2024))
print(calendar.calendar(2023, 3, 1, 4, 4))
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday())
print(calendar.month(2024, 9))
print(calendar.monthcalendar(2024, 9))
calendar.setfirstweekday(0)
try:
    calendar.setfirstweekday(9)
except ValueError as e:
    print('ValueError', e)
try:
    calendar.monthrange(2024, 13)
except calendar.IllegalMonthError as e:
    print('IllegalMonthError', e)

c = calendar.Calendar()
print(list(c.iterweekdays()))
print([d.isoformat() for d in c.itermonthdates(2024, 2)])
print(list(c.itermonthdays(2024, 2)))
print(list(c.itermonthdays2(2024, 2))[:9])
print(list(c.itermonthdays3(2024, 12))[-5:])
print(list(c.itermonthdays4(2025, 1))[:4])
print(c.monthdatescalendar(2024, 4)[0])
print(c.monthdays2calendar(2024, 4)[-1])
print(len(c.yeardayscalendar(2024)), len(c.yeardatescalendar(2024, 4)), len(c.yeardays2calendar(2024, 2)))
print(c.yeardayscalendar(2024)[0][0][0])
c6 = calendar.Calendar(firstweekday=6)
print(c6.firstweekday, list(c6.iterweekdays()))
print(list(calendar.Calendar(15).iterweekdays()), calendar.Calendar(15).getfirstweekday())
print(list(c.itermonthdays3(1, 1))[:3])

tc = calendar.TextCalendar(calendar.SUNDAY)
print(tc.formatmonth(2025, 6))
print(tc.formatmonth(2025, 6, w=4, l=1))
print(repr(tc.formatweek([(1, 0), (2, 1), (0, 2)], 3)))
print(repr(tc.formatweekday(0, 9)), repr(tc.formatweekday(6, 1)))
print(repr(tc.formatmonthname(2025, 6, 30)), repr(tc.formatmonthname(2025, 6, 10, False)))
tc.prmonth(2025, 7)
print(tc.formatyear(2025, 2, 1, 3, 6))
tc.pryear(2022, m=4)

hc = calendar.HTMLCalendar()
print(hc.formatmonth(2024, 1))
print(hc.formatyear(2024, 4)[:300])
print(calendar.timegm((2024, 1, 1, 12, 30, 15)))
print(calendar.timegm((1970, 1, 1, 0, 0, 0, 0, 0, 0)))


class MyCal(calendar.TextCalendar):
    def formatday(self, day, weekday, width):
        if day == 15:
            return '**'.center(width)
        return super().formatday(day, weekday, width)

print(MyCal().formatmonth(2024, 5))
calendar.prweek([(1, 0), (2, 1), (3, 2)], 2)
print()
print(repr(calendar.week([(0, 0), (9, 1), (30, 2)], 3)))
print(repr(calendar.formatstring(['a', 'bb', 'ccc'], 5, 2)))
calendar.format(['x', 'y'], 4, 1)
calendar.prcal(2021, 2, 1, 6, 6)
print(calendar.error is ValueError, str(calendar.IllegalWeekdayError(8)))
page = calendar.HTMLCalendar().formatyearpage(2024, 3, css=None, encoding='ascii')
print(type(page).__name__, len(page), page[:120])
class AccentCal(calendar.HTMLCalendar):
    def formatmonthname(self, theyear, themonth, withyear=True):
        return '<tr><th>caf\u00e9 \u2603 %d</th></tr>' % themonth

page = AccentCal().formatyearpage(2024, encoding='ascii')
i = page.index(b'caf')
print(page[i:i + 20], page.count(b'&#233;'))
print(AccentCal().formatyearpage(2024)[:60])
calendar.main(['calendar', '2024', '2'])
calendar.main(['calendar', '-w', '3', '-l', '1', '2024', '3'])
calendar.main(['calendar', '-m', '6', '-s', '2', '2020'])
