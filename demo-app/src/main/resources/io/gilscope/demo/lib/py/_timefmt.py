"""The C locale's strftime and strptime for time (and datetime), compiled on the first call of either."""

from _pytime import _MONTHS, _DAYS, _is_leap, _days_from_civil, _civil_from_days


def _iso_week(y, yday, wday):
    """(ISO year, ISO week) of a date given its year, day of the year (1..366) and weekday (Monday 0)."""
    week = (yday - wday + 9) // 7
    if week < 1:
        y -= 1
        last = 366 if _is_leap(y) else 365
        return y, (last + yday - wday + 9) // 7
    if week == 53 and yday - wday + 3 > (366 if _is_leap(y) else 365):   # the Thursday of this week is next year's
        return y + 1, 1
    return y, week


def strftime(format, t):
    """time.strftime in the C locale, for the directives glibc knows; others are copied as they are."""
    y, m, d, hh, mm, ss, wday, yday = t[:8]
    out = []
    push = out.append
    i, n = 0, len(format)
    while i < n:
        ch = format[i]
        i += 1
        if ch != '%' or i == n:
            push(ch)
            continue
        ch = format[i]
        i += 1
        if ch == '%':
            push('%')
        elif ch == 'Y':
            push(str(y))
        elif ch == 'y':
            push('%02d' % (y % 100))
        elif ch == 'C':
            push('%02d' % (y // 100))
        elif ch == 'm':
            push('%02d' % m)
        elif ch == 'd':
            push('%02d' % d)
        elif ch == 'e':
            push('%2d' % d)
        elif ch == 'H':
            push('%02d' % hh)
        elif ch == 'I':
            push('%02d' % (hh % 12 or 12))
        elif ch == 'M':
            push('%02d' % mm)
        elif ch == 'S':
            push('%02d' % ss)
        elif ch == 'p':
            push('AM' if hh < 12 else 'PM')
        elif ch == 'j':
            push('%03d' % yday)
        elif ch == 'a':
            push(_DAYS[wday][:3])
        elif ch == 'A':
            push(_DAYS[wday])
        elif ch == 'b' or ch == 'h':
            push(_MONTHS[m - 1][:3])
        elif ch == 'B':
            push(_MONTHS[m - 1])
        elif ch == 'w':
            push(str((wday + 1) % 7))
        elif ch == 'u':
            push(str(wday + 1))
        elif ch == 'U':
            push('%02d' % ((yday + 6 - (wday + 1) % 7) // 7))
        elif ch == 'W':
            push('%02d' % ((yday + 6 - wday) // 7))
        elif ch in 'GgV':
            iso_year, iso_week = _iso_week(y, yday, wday)
            push(str(iso_year) if ch == 'G' else '%02d' % (iso_year % 100) if ch == 'g' else '%02d' % iso_week)
        elif ch == 'c':
            push(strftime('%a %b %e %H:%M:%S %Y', t))
        elif ch in 'xD':
            push(strftime('%m/%d/%y', t))
        elif ch in 'XT':
            push(strftime('%H:%M:%S', t))
        elif ch == 'F':
            push(strftime('%Y-%m-%d', t))
        elif ch == 'R':
            push(strftime('%H:%M', t))
        elif ch == 'z':
            push('+0000')
        elif ch == 'Z':
            push('UTC')
        elif ch == 'n':
            push('\n')
        elif ch == 't':
            push('\t')
        else:
            push('%')
            push(ch)
    return ''.join(out)


_PATTERNS = {
    'd': r'(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])', 'f': r'(?P<f>[0-9]{1,6})',
    'H': r'(?P<H>2[0-3]|[0-1]\d|\d)', 'I': r'(?P<I>1[0-2]|0[1-9]|[1-9])',
    'G': r'(?P<G>\d\d\d\d)', 'j': r'(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])',
    'm': r'(?P<m>1[0-2]|0[1-9]|[1-9])', 'M': r'(?P<M>[0-5]\d|\d)', 'S': r'(?P<S>6[0-1]|[0-5]\d|\d)',
    'w': r'(?P<w>[0-6])', 'u': r'(?P<u>[1-7])', 'y': r'(?P<y>\d\d)', 'Y': r'(?P<Y>\d\d\d\d)',
    'z': r'(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))',
    'A': '(?P<A>' + '|'.join(_DAYS) + ')', 'a': '(?P<a>' + '|'.join(n[:3] for n in _DAYS) + ')',
    'B': '(?P<B>' + '|'.join(_MONTHS) + ')', 'b': '(?P<b>' + '|'.join(n[:3] for n in _MONTHS) + ')',
    'p': '(?P<p>AM|PM)', 'Z': '(?P<Z>UTC|GMT)', '%': '%',
}
_COMPOSITE = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S', 'D': '%m/%d/%y',
              'T': '%H:%M:%S', 'R': '%H:%M', 'F': '%Y-%m-%d', 'h': '%b', 'e': '%d'}


def _strptime_regex(format):
    import re
    out = []
    i = 0
    seen = set()
    while i < len(format):
        ch = format[i]
        if ch != '%':
            out.append(r'\s+' if ch.isspace() else re.escape(ch))
            i += 1
            continue
        if i + 1 >= len(format):
            raise ValueError("stray % in format '%s'" % format)
        ch = format[i + 1]
        i += 2
        if ch in _COMPOSITE:
            out.append(_strptime_regex(_COMPOSITE[ch]))
        elif ch in _PATTERNS:
            pattern = _PATTERNS[ch]
            if ch != '%' and ch in seen:   # a directive used twice matches what it matched first
                pattern = '(?P=%s)' % ch
            seen.add(ch)
            out.append(pattern)
        else:
            raise ValueError("'%s' is a bad directive in format '%s'" % (ch, '%' + ch))
    return ''.join(out)


def strptime(data_string, format):
    """(year, month, day, hour, minute, second, weekday, yearday, microsecond, utcoffset seconds or None)."""
    import re
    if not isinstance(data_string, str):
        raise TypeError('strptime() argument 1 must be str, not %s' % type(data_string).__name__)
    found = re.match(_strptime_regex(format) + r'\Z', data_string, re.IGNORECASE)
    if not found:
        raise ValueError("time data %r does not match format %r" % (data_string, format))
    g = found.groupdict()
    year = int(g['Y']) if g.get('Y') else (int(g['y']) + (2000 if int(g['y']) < 69 else 1900) if g.get('y') else 1900)
    month = int(g['m']) if g.get('m') else next((k + 1 for k, n in enumerate(_MONTHS) if n.lower() == (g.get('B') or '').lower()
                                                 or n[:3].lower() == (g.get('b') or '').lower()), 1)
    day = int(g['d']) if g.get('d') else 1
    hour = int(g['H']) if g.get('H') else 0
    if g.get('I'):
        hour = int(g['I']) % 12 + (12 if (g.get('p') or '').upper() == 'PM' else 0)
    minute = int(g['M']) if g.get('M') else 0
    second = int(g['S']) if g.get('S') else 0
    micro = int((g['f'] + '000000')[:6]) if g.get('f') else 0
    offset = None
    if g.get('z'):
        z = g['z']
        if z in ('Z', 'z'):
            offset = 0
        else:
            digits = z[1:].replace(':', '')
            offset = int(digits[:2]) * 3600 + int(digits[2:4]) * 60 + (int(digits[4:6]) if len(digits) >= 6 else 0)
            if z[0] == '-':
                offset = -offset
    if g.get('j') and not g.get('m') and not g.get('d'):
        year, month, day = _civil_from_days(_days_from_civil(year, 1, 1) + int(g['j']) - 1)
    if day > (29 if month == 2 and _is_leap(year) else (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[month - 1]):
        raise ValueError('day is out of range for month')
    days = _days_from_civil(year, month, day)
    return (year, month, day, hour, minute, second, (days + 3) % 7,
            days - _days_from_civil(year, 1, 1) + 1, micro, offset)
