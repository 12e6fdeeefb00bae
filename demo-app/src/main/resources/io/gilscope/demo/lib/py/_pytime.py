"""The Python half of time, after CPython 3.11's: struct_time, gmtime, localtime, mktime, asctime and
ctime, and strftime and strptime (the C locale's, from _timefmt). The time module is Java's (the
clocks, and sleep, which releases the GIL); it hands the names it lacks to this module, which is
compiled on first use (PEP 562's module __getattr__). gilscope's local zone is UTC: localtime is
gmtime, mktime its inverse, timezone and altzone 0.
"""

import time as _time

timezone = 0
altzone = 0
daylight = 0
tzname = ('UTC', 'UTC')

_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
           'September', 'October', 'November', 'December']
_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


class struct_time(tuple):
    """A 9-tuple with the tm_* names, and tm_zone and tm_gmtoff."""
    __slots__ = ()
    n_sequence_fields = 9
    _fields = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min',
               'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst')

    def __new__(cls, seq):
        seq = tuple(seq)
        if len(seq) != 9:
            raise TypeError('time.struct_time() takes a 9-sequence (%d-sequence given)' % len(seq))
        return tuple.__new__(cls, seq)

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])
    tm_zone = property(lambda self: 'UTC')
    tm_gmtoff = property(lambda self: 0)

    def __repr__(self):
        return 'time.struct_time(%s)' % ', '.join(
            '%s=%r' % (name, value) for name, value in zip(self._fields, self))


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_from_civil(y, m, d):
    """Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm)."""
    y -= m <= 2
    era = y // 400
    yoe = y - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def _civil_from_days(z):
    z += 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + (3 if mp < 10 else -9)
    return yoe + era * 400 + (m <= 2), m, d


def _struct(y, m, d, hh, mm, ss, isdst=0):
    days = _days_from_civil(y, m, d)
    yday = days - _days_from_civil(y, 1, 1) + 1
    return struct_time((y, m, d, hh, mm, ss, (days + 3) % 7, yday, isdst))


def gmtime(secs=None):
    if secs is None:
        secs = _time.time()
    days, rest = divmod(int(secs // 1), 86400)
    y, m, d = _civil_from_days(days)
    return _struct(y, m, d, rest // 3600, rest // 60 % 60, rest % 60)


def localtime(secs=None):
    return gmtime(secs)


def mktime(t):
    t = tuple(t)
    if len(t) != 9:
        raise TypeError('mktime(): illegal time tuple argument')
    y, m, d, hh, mm, ss = t[:6]
    y += (m - 1) // 12
    m = (m - 1) % 12 + 1
    return float(_days_from_civil(y, m, 1) + d - 1) * 86400 + hh * 3600 + mm * 60 + ss


def _tuple(t):
    if t is None:
        return localtime()
    t = tuple(t)
    if len(t) != 9:
        raise TypeError('function takes exactly 9 arguments (%d given)' % len(t))
    return t


def asctime(t=None):
    y, m, d, hh, mm, ss, wday = _tuple(t)[:7]
    return '%s %s %2d %02d:%02d:%02d %d' % (_DAYS[wday][:3], _MONTHS[m - 1][:3], d, hh, mm, ss, y)


def ctime(secs=None):
    return asctime(localtime(secs))


def strftime(format, t=None):
    """time.strftime in the C locale (_timefmt, compiled on first use)."""
    import _timefmt
    return _timefmt.strftime(format, _tuple(t))


def strptime(data_string, format='%a %b %d %H:%M:%S %Y'):
    import _timefmt
    return struct_time(_timefmt.strptime(data_string, format)[:8] + (-1,))
