# The error handlers that keep what cannot be coded: surrogateescape, backslashreplace, xmlcharrefreplace.
b = b'ab\xff\xfecd'
s = b.decode('utf-8', 'surrogateescape')
print(repr(s), s.encode('utf-8', 'surrogateescape') == b, b.decode('utf-8', 'backslashreplace'), 'é☃'.encode('ascii', 'xmlcharrefreplace'), 'é☃'.encode('ascii', 'backslashreplace'), 'é'.encode('latin-1', 'surrogateescape'))
try:
    'a\udc80'.encode('utf-8')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError')
