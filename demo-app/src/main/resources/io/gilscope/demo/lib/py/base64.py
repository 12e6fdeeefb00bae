"""base64: CPython 3.11's Lib/base64.py for gilscope's interpreter: b64encode/b64decode (altchars,
validate), standard_b64encode/decode, urlsafe_b64encode/decode, b32encode/b32decode (casefold, map01),
b32hexencode/b32hexdecode, b16encode/b16decode (casefold), encodebytes/decodebytes, with CPython's
results and error messages. CPython's C module binascii is not here: the functions it needs
(b2a_base64, a2b_base64 with strict_mode, hexlify, unhexlify) are written in Python below, and its
binascii.Error is base64.Error, a ValueError subclass as binascii.Error is. Inputs are bytes (or ASCII
str for the decoders); there is no bytearray or memoryview. Not provided: Ascii85/Base85 (a85encode,
b85encode and their decoders), the file functions encode/decode and the command-line main().
Adapted from CPython's code (PSF licence).
"""

__all__ = [
    'encodebytes', 'decodebytes',
    'b64encode', 'b64decode', 'b32encode', 'b32decode',
    'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
    'standard_b64encode', 'standard_b64decode',
    'urlsafe_b64encode', 'urlsafe_b64decode',
    ]


class Error(ValueError):
    """binascii.Error: raised for incorrectly encoded input."""


bytes_types = (bytes,)  # Types acceptable as binary data


# --- the few functions of binascii that base64 needs, in Python ---

_b64chars = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_b64rev = [255] * 256
for _i in range(64):
    _b64rev[_b64chars[_i]] = _i
del _i
_hexdigits = b'0123456789abcdef'


def _check_bytes(s):
    if not isinstance(s, bytes):
        raise TypeError("a bytes-like object is required, not '%s'" % type(s).__name__)


def _ascii_arg(s):
    # binascii's a2b functions take bytes or an ASCII str
    if isinstance(s, str):
        for ch in s:
            if ord(ch) > 127:
                raise ValueError('string argument should contain only ASCII characters')
        return s.encode('ascii')
    if isinstance(s, bytes):
        return s
    raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'"
                    % type(s).__name__)


def _b2a_base64(s, newline=True):
    _check_bytes(s)
    out = []
    tab = _b64chars
    n = len(s)
    full = n - n % 3
    for i in range(0, full, 3):
        c = (s[i] << 16) | (s[i + 1] << 8) | s[i + 2]
        out.append(tab[c >> 18])
        out.append(tab[(c >> 12) & 63])
        out.append(tab[(c >> 6) & 63])
        out.append(tab[c & 63])
    rest = n - full
    if rest == 1:
        c = s[full] << 16
        out.extend([tab[c >> 18], tab[(c >> 12) & 63], 61, 61])
    elif rest == 2:
        c = (s[full] << 16) | (s[full + 1] << 8)
        out.extend([tab[c >> 18], tab[(c >> 12) & 63], tab[(c >> 6) & 63], 61])
    if newline:
        out.append(10)
    return bytes(out)


def _a2b_base64(s, strict_mode=False):
    data = _ascii_arg(s)
    out = []
    n = len(data)
    if strict_mode and n > 0 and data[0] == 61:
        raise Error('Leading padding not allowed')
    quad_pos = 0
    leftchar = 0
    pads = 0
    padding_started = False
    rev = _b64rev
    i = 0
    while i < n:
        ch = data[i]
        if ch == 61:  # '='
            padding_started = True
            if strict_mode and quad_pos == 0:
                raise Error('Excess padding not allowed')
            if quad_pos >= 2:
                pads += 1
                if quad_pos + pads >= 4:
                    if strict_mode and i + 1 < n:
                        raise Error('Excess data after padding')
                    return bytes(out)
            i += 1
            continue
        v = rev[ch]
        if v >= 64:
            if strict_mode:
                raise Error('Only base64 data is allowed')
            i += 1
            continue
        if strict_mode and padding_started:
            raise Error('Discontinuous padding not allowed')
        pads = 0
        if quad_pos == 0:
            quad_pos = 1
            leftchar = v
        elif quad_pos == 1:
            quad_pos = 2
            out.append(((leftchar << 2) | (v >> 4)) & 255)
            leftchar = v & 0x0f
        elif quad_pos == 2:
            quad_pos = 3
            out.append(((leftchar << 4) | (v >> 2)) & 255)
            leftchar = v & 0x03
        else:
            quad_pos = 0
            out.append(((leftchar << 6) | v) & 255)
            leftchar = 0
        i += 1
    if quad_pos == 1:
        raise Error('Invalid base64-encoded string: number of data characters (%d) '
                    'cannot be 1 more than a multiple of 4' % (len(out) // 3 * 4 + 1))
    if quad_pos != 0:
        raise Error('Incorrect padding')
    return bytes(out)


def _hexlify(s):
    _check_bytes(s)
    out = []
    for b in s:
        out.append(_hexdigits[b >> 4])
        out.append(_hexdigits[b & 15])
    return bytes(out)


def _hexval(c):
    if 48 <= c <= 57:
        return c - 48
    if 97 <= c <= 102:
        return c - 87
    if 65 <= c <= 70:
        return c - 55
    raise Error('Non-hexadecimal digit found')


def _unhexlify(s):
    data = _ascii_arg(s)
    if len(data) % 2:
        raise Error('Odd-length string')
    out = []
    for i in range(0, len(data), 2):
        out.append((_hexval(data[i]) << 4) | _hexval(data[i + 1]))
    return bytes(out)


def _translate(s, frm, to):
    # s.translate(bytes.maketrans(frm, to))
    if len(frm) != len(to):
        raise ValueError('maketrans arguments must have same length')
    table = {}
    for i in range(len(frm)):
        table[frm[i]] = to[i]
    return bytes([table.get(b, b) for b in s])


# --- Lib/base64.py ---

def _bytes_from_decode_data(s):
    if isinstance(s, str):
        for ch in s:
            if ord(ch) > 127:
                raise ValueError('string argument should contain only ASCII characters')
        return s.encode('ascii')
    if isinstance(s, bytes_types):
        return s
    raise TypeError("argument should be a bytes-like object or ASCII "
                    "string, not %r" % s.__class__.__name__)


# Base64 encoding/decoding uses binascii

def b64encode(s, altchars=None):
    """Encode the bytes-like object s using Base64 and return a bytes object.

    Optional altchars should be a byte string of length 2 which specifies an
    alternative alphabet for the '+' and '/' characters.  This allows an
    application to e.g. generate url or filesystem safe Base64 strings.
    """
    encoded = _b2a_base64(s, newline=False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        return _translate(encoded, b'+/', altchars)
    return encoded


def b64decode(s, altchars=None, validate=False):
    """Decode the Base64 encoded bytes-like object or ASCII string s.

    Optional altchars must be a bytes-like object or ASCII string of length 2
    which specifies the alternative alphabet used instead of the '+' and '/'
    characters.

    The result is returned as a bytes object.  An Error (binascii.Error in
    CPython) is raised if s is incorrectly padded.

    If validate is False (the default), characters that are neither in the
    normal base-64 alphabet nor the alternative alphabet are discarded prior
    to the padding check.  If validate is True, these non-alphabet characters
    in the input result in an Error.
    """
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = _translate(s, altchars, b'+/')
    return _a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    """Encode bytes-like object s using the standard Base64 alphabet.

    The result is returned as a bytes object.
    """
    return b64encode(s)

def standard_b64decode(s):
    """Decode bytes encoded with the standard Base64 alphabet.

    Argument s is a bytes-like object or ASCII string to decode.  The result
    is returned as a bytes object.  An Error is raised if the input
    is incorrectly padded.  Characters that are not in the standard alphabet
    are discarded prior to the padding check.
    """
    return b64decode(s)


def urlsafe_b64encode(s):
    """Encode bytes using the URL- and filesystem-safe Base64 alphabet.

    Argument s is a bytes-like object to encode.  The result is returned as a
    bytes object.  The alphabet uses '-' instead of '+' and '_' instead of
    '/'.
    """
    return _translate(b64encode(s), b'+/', b'-_')

def urlsafe_b64decode(s):
    """Decode bytes using the URL- and filesystem-safe Base64 alphabet.

    Argument s is a bytes-like object or ASCII string to decode.  The result
    is returned as a bytes object.  An Error is raised if the input
    is incorrectly padded.  Characters that are not in the URL-safe base-64
    alphabet, and are not a plus '+' or slash '/', are discarded prior to the
    padding check.

    The alphabet uses '-' instead of '+' and '_' instead of '/'.
    """
    s = _bytes_from_decode_data(s)
    s = _translate(s, b'-_', b'+/')
    return b64decode(s)


# Base32 encoding/decoding must be done in Python
_b32alphabet = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_b32hexalphabet = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'
_b32rev = {}


def _b32encode(alphabet, s):
    if not isinstance(s, bytes_types):
        raise TypeError("memoryview: a bytes-like object is required, not '%s'"
                        % type(s).__name__)
    leftover = len(s) % 5
    # Pad the last quantum with zero bits if necessary
    if leftover:
        s = s + b'\0' * (5 - leftover)  # Don't use += !
    encoded = []
    for i in range(0, len(s), 5):
        c = ((s[i] << 32) | (s[i + 1] << 24) | (s[i + 2] << 16)
             | (s[i + 3] << 8) | s[i + 4])
        for shift in (35, 30, 25, 20, 15, 10, 5, 0):
            encoded.append(alphabet[(c >> shift) & 31])
    # Adjust for any leftover partial quanta
    pad = {0: 0, 1: 6, 2: 4, 3: 3, 4: 1}[leftover]
    if pad:
        encoded[-pad:] = [61] * pad
    return bytes(encoded)


def _b32decode(alphabet, s, casefold=False, map01=None):
    if alphabet not in _b32rev:
        _b32rev[alphabet] = {v: k for k, v in enumerate(alphabet)}
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise Error('Incorrect padding')
    # Handle section 2.4 zero and one mapping.  The flag map01 will be either
    # False, or the character to map the digit 1 (one) to.  It should be
    # either L (el) or I (eye).
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        assert len(map01) == 1, repr(map01)
        s = _translate(s, b'01', b'O' + map01)
    if casefold:
        s = s.upper()
    # Strip off pad characters from the right.  We need to count the pad
    # characters because this will tell us how many null bytes to remove from
    # the end of the decoded string.
    l = len(s)
    s = s.rstrip(b'=')
    padchars = l - len(s)
    # Now decode the full quanta
    decoded = []
    b32rev = _b32rev[alphabet]
    acc = 0
    for i in range(0, len(s), 8):
        quanta = s[i: i + 8]
        acc = 0
        try:
            for c in quanta:
                acc = (acc << 5) + b32rev[c]
        except KeyError:
            raise Error('Non-base32 digit found') from None
        decoded.extend(_five_bytes(acc))  # big endian
    # Process the last, partial quanta
    if l % 8 or padchars not in {0, 1, 3, 4, 6}:
        raise Error('Incorrect padding')
    if padchars and decoded:
        acc <<= 5 * padchars
        last = _five_bytes(acc)  # big endian
        leftover = (43 - 5 * padchars) // 8  # 1: 4, 3: 3, 4: 2, 6: 1
        decoded[-5:] = last[:leftover]
    return bytes(decoded)


def _five_bytes(acc):
    # acc.to_bytes(5), which raises OverflowError when acc does not fit
    if acc >= 1 << 40:
        raise OverflowError('int too big to convert')
    return [(acc >> 32) & 255, (acc >> 24) & 255, (acc >> 16) & 255, (acc >> 8) & 255, acc & 255]


def b32encode(s):
    """Encode the bytes-like object s using base32 and return a bytes object."""
    return _b32encode(_b32alphabet, s)

def b32decode(s, casefold=False, map01=None):
    """Decode the base32 encoded bytes-like object or ASCII string s.

    Optional casefold is a flag specifying whether a lowercase alphabet is
    acceptable as input; map01, when not None, is the letter the digit 1 maps
    to (the digit 0 then maps to the letter O). An Error is raised if the
    input is incorrectly padded or has non-alphabet characters.
    """
    return _b32decode(_b32alphabet, s, casefold, map01)

def b32hexencode(s):
    """Encode the bytes-like object s using base32hex and return a bytes object."""
    return _b32encode(_b32hexalphabet, s)

def b32hexdecode(s, casefold=False):
    """Decode the base32hex encoded bytes-like object or ASCII string s."""
    # base32hex does not have the 01 mapping
    return _b32decode(_b32hexalphabet, s, casefold)


# RFC 3548, Base 16 Alphabet specifies uppercase, but hexlify() returns
# lowercase.  The RFC also recommends against accepting input case
# insensitively.
def b16encode(s):
    """Encode the bytes-like object s using Base16 and return a bytes object.
    """
    return _hexlify(s).upper()


def b16decode(s, casefold=False):
    """Decode the Base16 encoded bytes-like object or ASCII string s.

    Optional casefold is a flag specifying whether a lowercase alphabet is
    acceptable as input.  For security purposes, the default is False.

    The result is returned as a bytes object.  An Error is raised if
    s is incorrectly padded or if there are non-alphabet characters present
    in the input.
    """
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    for c in s:
        if not (48 <= c <= 57 or 65 <= c <= 70):
            raise Error('Non-base16 digit found')
    return _unhexlify(s)


MAXLINESIZE = 76 # Excluding the CRLF
MAXBINSIZE = (MAXLINESIZE//4)*3


def _input_type_check(s):
    if not isinstance(s, bytes):
        raise TypeError("expected bytes-like object, not %s" % s.__class__.__name__)


def encodebytes(s):
    """Encode a bytestring into a bytes object containing multiple lines
    of base-64 data."""
    _input_type_check(s)
    pieces = []
    for i in range(0, len(s), MAXBINSIZE):
        chunk = s[i : i + MAXBINSIZE]
        pieces.append(_b2a_base64(chunk))
    return b"".join(pieces)


def decodebytes(s):
    """Decode a bytestring of base-64 data into a bytes object."""
    _input_type_check(s)
    return _a2b_base64(s)
