# datetime: construction, arithmetic, comparisons, formatting, parsing, time zones, errors.
import datetime
from datetime import date, time, datetime as dt, timedelta, timezone, tzinfo, MINYEAR, MAXYEAR

print(MINYEAR, MAXYEAR)
print(type(dt.now()).__name__, type(date.today()).__name__, type(dt.utcnow()).__name__)
print(type(dt.now(timezone.utc)).__name__, dt.now(timezone.utc).tzinfo)

# construction, repr and str
d = date(2024, 2, 29)
print(repr(d), str(d), d.year, d.month, d.day)
t = time(13, 5, 9, 250)
print(repr(t), str(t), t.hour, t.minute, t.second, t.microsecond)
print(repr(time()), repr(time(1)), repr(time(1, 2)), repr(time(0, 0, 0, 1)))
x = dt(2023, 12, 31, 23, 59, 58, 999999)
print(repr(x), str(x))
print(repr(dt(2020, 1, 1)), repr(dt(2020, 1, 1, 5)), str(dt(2020, 1, 1, 5)))
print(repr(date.min), repr(date.max), repr(dt.min), repr(dt.max))
print(repr(time.min), repr(time.max), date.resolution, dt.resolution)
print(x.date(), x.time(), dt.combine(d, t))

# timedelta
print(repr(timedelta()), repr(timedelta(1)), repr(timedelta(seconds=5)))
print(repr(timedelta(days=-1, seconds=5)), repr(timedelta(microseconds=-1)))
print(repr(timedelta(weeks=2, hours=3, minutes=4, milliseconds=5)))
print(str(timedelta(days=-1, seconds=5)), str(timedelta(hours=25, microseconds=7)))
print(str(timedelta(days=2)), str(timedelta(0)), str(timedelta(days=-3, hours=2)))
print(timedelta(days=1, seconds=1.5).total_seconds(), timedelta(hours=-1).total_seconds())
print(timedelta(days=1.5), timedelta(seconds=0.000001), timedelta(microseconds=0.6))
print(repr(timedelta.min), repr(timedelta.max), repr(timedelta.resolution))
a = timedelta(hours=5)
b = timedelta(minutes=90)
print(a + b, a - b, b - a, -a, abs(-a), a * 2, 3 * b, a * 0.5, a / 2, a / b, a // b, a % b)
print(divmod(a, b), a // 7, a / 3, b * 1.1)
print(a > b, a == timedelta(seconds=18000), a != b, bool(timedelta(0)), bool(b))
print(timedelta(1) == 1, timedelta(1) != 'x')
print(sorted([a, b, -b, timedelta(0)]))
print(hash(timedelta(1)) == hash(timedelta(hours=24)))

# date arithmetic
print(d + timedelta(days=1), d - timedelta(days=366), timedelta(days=10) + d)
print(date(2024, 3, 1) - date(2023, 3, 1), date(2000, 1, 1) - date(2024, 2, 29))
print(x + timedelta(microseconds=1), x - timedelta(days=365, hours=1))
print(dt(2024, 3, 10, 12) - dt(2024, 3, 9, 13, 30), dt(2024, 1, 1) - dt(2024, 1, 2))
print(d + timedelta(hours=23), d + timedelta(hours=24))

# comparisons
print(date(2024, 1, 1) < date(2024, 1, 2), date(2024, 1, 1) == date(2024, 1, 1))
print(dt(2024, 1, 1) < dt(2024, 1, 1, 0, 0, 0, 1), time(1) < time(1, 0, 1), time(5) == time(5))
print(max(date(2020, 5, 5), date(2021, 1, 1), date(1999, 12, 31)))
print(sorted([dt(2020, 1, 1, 5), dt(2019, 6, 6), dt(2020, 1, 1)]))
print(date(2024, 1, 1) == dt(2024, 1, 1), date(2024, 1, 1) != 'x')
# (messages of these errors differ between CPython's C and pure-Python datetime: types only)
def error(f, *args):
    try:
        f(*args)
    except Exception as e:
        return type(e).__name__
    return 'no error'

print(error(lambda: date(2024, 1, 1) < dt(2024, 1, 1)), error(lambda: dt(2024, 1, 1) < dt(2024, 1, 1, tzinfo=timezone.utc)))
print(error(lambda: time(1) < time(1, tzinfo=timezone.utc)), error(lambda: timedelta(1) < 1))
print(dt(2024, 1, 1) == dt(2024, 1, 1, tzinfo=timezone.utc))
print(len({date(2024, 1, 1), date(2024, 1, 1), date(2024, 1, 2)}))
print({dt(2024, 1, 1, 12): 'noon'}[dt(2024, 1, 1, 12)])

# replace
print(d.replace(year=2023, day=28), x.replace(microsecond=0), t.replace(hour=0))
print(x.replace(tzinfo=timezone.utc), repr(t.replace(tzinfo=timezone(timedelta(hours=2)))))
try:
    d.replace(year=2023)
except ValueError as e:
    print('ValueError', e)

# isoformat / fromisoformat
print(d.isoformat(), t.isoformat(), x.isoformat(), x.isoformat(' '), x.isoformat(timespec='seconds'))
print(t.isoformat('hours'), t.isoformat('minutes'), t.isoformat('milliseconds'), t.isoformat('microseconds'))
print(dt(2024, 1, 2, 3, 4, 5).isoformat(), dt(2024, 1, 2, 3, 4, 5, tzinfo=timezone(timedelta(hours=-5))).isoformat())
print(repr(date.fromisoformat('2021-07-04')), repr(date.fromisoformat('20210704')))
print(repr(dt.fromisoformat('2021-07-04T10:11:12')), repr(dt.fromisoformat('2021-07-04 10:11:12.5')))
print(repr(dt.fromisoformat('2021-07-04T10:11:12+02:00')), repr(dt.fromisoformat('2021-07-04T10:11:12Z')))
print(repr(dt.fromisoformat('2021-07-04')), repr(time.fromisoformat('10:11:12.345678')))
print(repr(time.fromisoformat('10:11')), repr(time.fromisoformat('T101112-0130')))
print(repr(date.fromisocalendar(2020, 53, 5)), repr(dt.fromisocalendar(2021, 1, 1)))
print([error(date.fromisoformat, bad) for bad in ['2021-13-01', '2021-02-30', 'nope', '', '2021-07-04T']])
print([error(dt.fromisoformat, bad) for bad in ['2021-07-04T25:00', '2021-07-04X10:00', '2021-07-04T10:00+']])
print(error(date.fromisoformat, 20210704), error(time.fromisoformat, '10:61'))
for bad in ['nope', '']:
    try:
        date.fromisoformat(bad)
    except ValueError as e:
        print('ValueError', e)

# strftime and format
print(x.strftime('%Y-%m-%d %H:%M:%S.%f %j %a %A %b %B %p %y %z %Z %%'))
print(dt(2024, 7, 4, 0, 30).strftime('%I:%M %p|%w %u %U %W %V %G|%c|%x|%X|%e'))
print(dt(2024, 7, 4, 12, 30).strftime('%I %p'), dt(2024, 7, 4, 15, 30).strftime('%I %p'))
print(d.strftime('%d/%m/%Y %H:%M'), t.strftime('%H:%M:%S.%f %p'))
aware = dt(2024, 1, 15, 8, 0, tzinfo=timezone(timedelta(hours=5, minutes=30)))
print(aware.strftime('%Y-%m-%dT%H:%M%z %Z'), dt(2024, 1, 1, tzinfo=timezone.utc).strftime('%z %Z'))
print(dt(2024, 1, 1, tzinfo=timezone(timedelta(hours=-3), 'BRT')).strftime('%z %Z'))
print(format(d, '%A %d %B %Y'), format(d), f'{x:%H.%M}', f'{t:%S}', '{:%Y}'.format(d))
print(date(2021, 1, 3).strftime('%U %W %V %G %j'), date(2018, 12, 31).strftime('%U %W %V %G'))
print(d.ctime(), x.ctime(), date(2024, 3, 5).ctime())

# weekday, isoweekday, isocalendar, timetuple
for dd in [date(2024, 2, 29), date(2021, 1, 3), date(2020, 12, 31), date(2019, 12, 30), date(1, 1, 1)]:
    print(dd, dd.weekday(), dd.isoweekday(), dd.isocalendar(), tuple(dd.isocalendar()))
ic = date(2024, 2, 29).isocalendar()
print(ic.year, ic.week, ic.weekday, ic[1])
tt = x.timetuple()
print(tuple(tt), tt.tm_year, tt.tm_yday, tt.tm_wday, tt.tm_isdst)
print(tuple(d.timetuple()), tuple(aware.utctimetuple()))

# ordinals and timestamps
for dd in [date(1, 1, 1), date(1970, 1, 1), date(2000, 2, 29), date(9999, 12, 31)]:
    o = dd.toordinal()
    print(dd, o, date.fromordinal(o) == dd, dt.fromordinal(o))
ok = all(date.fromordinal(n).toordinal() == n for n in range(730000, 730800, 7))
print(ok)
print(dt(2024, 1, 1, tzinfo=timezone.utc).timestamp(), dt(1969, 12, 31, 23, tzinfo=timezone.utc).timestamp())
print(dt.fromtimestamp(1700000000, timezone.utc), dt.fromtimestamp(1700000000.25, timezone(timedelta(hours=1))))
print(dt.utcfromtimestamp(0), dt.utcfromtimestamp(86399.5), dt.fromtimestamp(-1.5, timezone.utc))

# time zones
utc = timezone.utc
plus2 = timezone(timedelta(hours=2))
minus5 = timezone(timedelta(hours=-5), 'EST')
print(repr(utc), repr(plus2), repr(minus5), str(utc), str(plus2), str(minus5))
print(repr(timezone(timedelta(0))), timezone(timedelta(0)) is utc, timezone.utc is datetime.UTC)
print(repr(timezone.min), repr(timezone.max), timezone(timedelta(minutes=90, seconds=30)))
print(plus2.utcoffset(None), plus2.tzname(None), plus2.dst(None), minus5.tzname(None))
print(plus2 == timezone(timedelta(hours=2)), plus2 == minus5, hash(plus2) == hash(timezone(timedelta(hours=2))))
n = dt(2024, 6, 1, 12, 0, tzinfo=utc)
print(n, n.astimezone(plus2), n.astimezone(minus5), repr(n.astimezone(minus5)))
print(n.astimezone(plus2) == n, n.astimezone(minus5) - n, n.astimezone(plus2).utcoffset(), n.astimezone(plus2).tzname())
print(dt(2024, 6, 1, 14, 0, tzinfo=plus2) - dt(2024, 6, 1, 7, 0, tzinfo=minus5))
print(repr(dt(2024, 6, 1, 14, 0, tzinfo=plus2).utctimetuple()[:6]))
print(time(12, tzinfo=plus2).utcoffset(), time(12, tzinfo=minus5).isoformat(), time(12).utcoffset())
print(time(12, tzinfo=plus2) < time(11, tzinfo=minus5))

class Fixed(tzinfo):
    def __init__(self, minutes, name):
        self._off = timedelta(minutes=minutes)
        self._name = name
    def utcoffset(self, d):
        return self._off
    def tzname(self, d):
        return self._name
    def dst(self, d):
        return timedelta(0)

cet = Fixed(60, 'CET')
w = dt(2024, 1, 1, 0, 30, tzinfo=cet)
print(w, w.tzname(), w.utcoffset(), w.dst(), w.astimezone(utc), w.astimezone(utc).astimezone(cet))
print(w.strftime('%H:%M %z %Z'), (w - dt(2023, 12, 31, 23, 30, tzinfo=utc)))
print(error(timezone, timedelta(hours=24)), error(timezone, 5), error(dt(2024, 1, 1).astimezone, 5))

# subclasses
class Birthday(date):
    def __init__(self, *args):
        self.note = 'cake'
    def __repr__(self):
        return 'Birthday(%s)' % self.isoformat()

b = Birthday(2024, 5, 17)
print(b, repr(b), b.note, isinstance(b, date), b == date(2024, 5, 17))
print(repr(b + timedelta(days=1)), repr(b.replace(day=18)), repr(Birthday.fromordinal(1)), repr(Birthday.fromisoformat('2000-01-01')))

class Stamp(dt):
    def label(self):
        return 'at ' + self.strftime('%H:%M')

s = Stamp(2024, 5, 17, 9, 45)
print(repr(s), s.label(), type(s + timedelta(hours=1)).__name__, (s + timedelta(hours=1)).label(), type(s.date()).__name__)
print(type(Stamp.combine(date(2024, 1, 1), time(8))).__name__, type(s.astimezone(utc)).__name__, s - dt(2024, 5, 17))

import copy
print(repr(copy.copy(x)), repr(copy.deepcopy(aware)), copy.deepcopy(timedelta(3)) == timedelta(3))

# errors
for args in [(2023, 2, 29), (0, 1, 1), (10000, 1, 1), (2024, 13, 1), (2024, 4, 31)]:
    try:
        date(*args)
    except ValueError as e:
        print('ValueError', e)
for args in [(24,), (0, 60), (0, 0, 60), (0, 0, 0, 1000000)]:
    try:
        time(*args)
    except ValueError as e:
        print('ValueError', e)
try:
    dt(2024, 1, 1, 0, 0, 0, 0, None, fold=2)
except ValueError as e:
    print('ValueError', e)
print(error(lambda: date.max + timedelta(1)), error(lambda: dt.min - timedelta(microseconds=1)))
print(error(date.fromordinal, 0), error(timedelta, 1000000000), error(lambda: -timedelta.max - timedelta(1)))
print(error(lambda: date(2024, 1, 1) + 1), error(lambda: dt(2024, 1, 1) - date(2024, 1, 1)), error(lambda: timedelta(1) * 'x'))
print(error(date, '2024', 1, 1), error(date, 2024.0, 1, 1), error(lambda: timedelta(1) / 0), error(lambda: timedelta(1) // timedelta(0)))
print(error(dt.now, 'UTC'), error(dt(2024, 1, 1).strftime, 5))
