import base64

def show(label, f, *args, **kw):
    try:
        print(label, repr(f(*args, **kw)))
    except (ValueError, TypeError, AssertionError) as e:
        print(label, type(e).__name__, isinstance(e, ValueError), e)

samples = [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256)), b'\xfb\xff\xfe']
for s in samples:
    e = base64.b64encode(s)
    print(len(s), e[:40], base64.b64decode(e) == s, base64.standard_b64encode(s) == e)
    u = base64.urlsafe_b64encode(s)
    print(' url', u[-12:], base64.urlsafe_b64decode(u) == s)
    b32 = base64.b32encode(s)
    print(' b32', b32[:24], base64.b32decode(b32) == s, base64.b32hexencode(s)[:16], base64.b32hexdecode(base64.b32hexencode(s)) == s)
    h = base64.b16encode(s)
    print(' b16', h[:20], base64.b16decode(h) == s)
    eb = base64.encodebytes(s)
    print(' eb', eb.count(b'\n'), eb[-10:], base64.decodebytes(eb) == s)

print(base64.b64encode(b'\xfb\xff\xbf', altchars=b'-_'), base64.b64encode(b'\xfb\xff\xbf', b'*$'))
show('altdec', base64.b64decode, b'-_-_', altchars=b'-_')
show('altdec str', base64.b64decode, '*$*$', altchars='*$')
show('altbad', base64.b64encode, b'x', altchars=b'abc')
show('str', base64.b64decode, 'Zm9vYg==')
show('nonascii', base64.b64decode, 'Zm9v\xe9')
show('enc str', base64.b64encode, 'abc')
show('enc int', base64.b64encode, 3)
show('dec int', base64.b64decode, 3)
show('dec list', base64.b64decode, [1])
show('b32 str', base64.b32encode, 'abc')
show('b16 str', base64.b16encode, 'abc')
show('eb str', base64.encodebytes, 'abc')
show('db str', base64.decodebytes, 'abc')
for bad in [b'Zm9vYg', b'Zm9vY', b'Z', b'Zm9vYg=', b'Zm9v\nYmFy', b'Zm9v YmFy!!', b'=Zm9v', b'Zm9vYg==Zm9v',
            b'Zm9vYg===', b'Zm=9v', b'Zm9vYmE=YQ==', b'Z===', b'Zm==', b'Zm9=', b'Zm9vY===', b'====',
            b'Zm9vYg==\n', b'Zm9vY=g=', b'QUJD\x00', b'']:
    show('dec %r' % bad, base64.b64decode, bad)
    show('  val', base64.b64decode, bad, validate=True)
show('url dec', base64.urlsafe_b64decode, 'a-_b')
show('url dec2', base64.urlsafe_b64decode, b'a+/b')
for bad in [b'MZXW6===', b'MZXW6', b'mzxw6===', b'MZXW6YQ=', b'MZXW6Y==', b'MZXW6YTB', b'MZ1W6YTB',
            b'M0XW6YTB', b'========', b'MZXW====', b'A=======', b'AA======', b'MZXW6YT=', b'MZXW6!==']:
    show('b32 %r' % bad, base64.b32decode, bad)
show('b32 casefold', base64.b32decode, b'mzxw6===', casefold=True)
show('b32 map01 L', base64.b32decode, b'M1XW6===', map01=b'L')
show('b32 map01 I', base64.b32decode, 'M1XW6===', map01='I')
show('b32 map0', base64.b32decode, b'0AAAAAAA', map01=b'L')
show('b32hex', base64.b32hexdecode, b'CPNMU===')
show('b32hex lower', base64.b32hexdecode, b'cpnmu===', casefold=True)
show('b32hex bad', base64.b32hexdecode, b'CPNMW===')
for bad in [b'0102', b'0a0b', b'ABC', b'GG', '4142', b'']:
    show('b16 %r' % bad, base64.b16decode, bad)
show('b16 casefold', base64.b16decode, b'0a0b', casefold=True)
print(base64.encodebytes(bytes(range(100))))
print(base64.decodebytes(b'AAEC\nAwQF\n'), base64.MAXLINESIZE, base64.MAXBINSIZE)
print(issubclass(base64.Error, ValueError) if hasattr(base64, 'Error') else True)
