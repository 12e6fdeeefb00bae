# time's struct_time, gmtime, mktime, asctime, strftime and strptime, datetime.strptime, and from ... import *.
import time
from datetime import datetime, timezone

for secs in (0, 86399, 951782400, 1709634000, 4102444799, -86400):
    t = time.gmtime(secs)
    print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, time.mktime(t) - time.timezone == secs)
    print(time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %W %w %u %G-W%V %y %e %I %p %C %%", t))
    print(time.asctime(t))
print(repr(time.gmtime(0)))
print(tuple(time.gmtime(1e9)), time.gmtime(1e9)[:3], len(time.gmtime()))
print(time.strftime("%c | %x | %X | %D | %T | %F | %R", time.gmtime(1234567890)))
for y in (2004, 2005, 2008, 2009, 2010, 2020, 2021):   # ISO weeks at year ends
    for md in ((1, 1), (1, 4), (12, 28), (12, 31)):
        t = time.strptime("%d-%02d-%02d" % (y, md[0], md[1]), "%Y-%m-%d")
        print(y, md, time.strftime("%G %V %u", t), end="; ")
    print()

t = time.strptime("2024-03-05 10:20:30", "%Y-%m-%d %H:%M:%S")
print(t[:8], t.tm_isdst)
print(time.strptime("5 Mar 24, 9:05 PM", "%d %b %y, %I:%M %p")[:6])
print(time.strptime("Tuesday 1 April 1997", "%A %d %B %Y")[:3], time.strptime("1997 045", "%Y %j")[:3])
for bad in (("2024-02-30", "%Y-%m-%d"), ("2024/03/05", "%Y-%m-%d"), ("12", "%Q")):
    try:
        time.strptime(*bad)
    except ValueError as e:
        print("ValueError", e)

print(datetime.strptime("2024-03-05T10:20:30.25", "%Y-%m-%dT%H:%M:%S.%f"))
print(datetime.strptime("2024-03-05 10:20 +0130", "%Y-%m-%d %H:%M %z"))
print(datetime.strptime("05/03/24", "%d/%m/%y").date(), datetime(2024, 3, 5, 1, 2, 3).strftime("%A %d %B %Y %H:%M:%S %j"))
print(datetime.fromtimestamp(0, timezone.utc).timetuple())

from string import *
print(ascii_lowercase[:3], digits, "Template" in dir())
