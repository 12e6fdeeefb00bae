# Adapted from CPython 3.11's Lib/html/__init__.py for gilscope's interpreter.
"""
General functions for HTML manipulation: escape() and unescape().

Differences from CPython: this is a single module (there is no html.entities or html.parser), and
unescape() knows the 252 HTML 4 named character references plus &apos; and the upper-case &AMP;
&COPY; &GT; &LT; &QUOT; &REG; (with the HTML 5 values, so &lang; and &rang; are U+27E8/U+27E9),
instead of all 2231 HTML 5 names. As in HTML 5, the 106 legacy names (amp, lt, copy, eacute, ...)
are also recognised without the trailing semicolon. Numeric references follow HTML 5 exactly.
"""

import re as _re


__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    """
    Replace special characters "&", "<" and ">" to HTML-safe sequences.
    If the optional flag quote is true (the default), the quotation mark
    characters, both double quote (") and single quote (') characters are also
    translated.
    """
    s = s.replace("&", "&amp;") # Must be done first!
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace('\'', "&#x27;")
    return s


# see http://www.w3.org/TR/html5/syntax.html#tokenizing-character-references

_invalid_charrefs = {
    0x00: '\ufffd',  # REPLACEMENT CHARACTER
    0x0d: '\r',      # CARRIAGE RETURN
    0x80: '\u20ac',  # EURO SIGN
    0x81: '\x81',    # <control>
    0x82: '\u201a',  # SINGLE LOW-9 QUOTATION MARK
    0x83: '\u0192',  # LATIN SMALL LETTER F WITH HOOK
    0x84: '\u201e',  # DOUBLE LOW-9 QUOTATION MARK
    0x85: '\u2026',  # HORIZONTAL ELLIPSIS
    0x86: '\u2020',  # DAGGER
    0x87: '\u2021',  # DOUBLE DAGGER
    0x88: '\u02c6',  # MODIFIER LETTER CIRCUMFLEX ACCENT
    0x89: '\u2030',  # PER MILLE SIGN
    0x8a: '\u0160',  # LATIN CAPITAL LETTER S WITH CARON
    0x8b: '\u2039',  # SINGLE LEFT-POINTING ANGLE QUOTATION MARK
    0x8c: '\u0152',  # LATIN CAPITAL LIGATURE OE
    0x8d: '\x8d',    # <control>
    0x8e: '\u017d',  # LATIN CAPITAL LETTER Z WITH CARON
    0x8f: '\x8f',    # <control>
    0x90: '\x90',    # <control>
    0x91: '\u2018',  # LEFT SINGLE QUOTATION MARK
    0x92: '\u2019',  # RIGHT SINGLE QUOTATION MARK
    0x93: '\u201c',  # LEFT DOUBLE QUOTATION MARK
    0x94: '\u201d',  # RIGHT DOUBLE QUOTATION MARK
    0x95: '\u2022',  # BULLET
    0x96: '\u2013',  # EN DASH
    0x97: '\u2014',  # EM DASH
    0x98: '\u02dc',  # SMALL TILDE
    0x99: '\u2122',  # TRADE MARK SIGN
    0x9a: '\u0161',  # LATIN SMALL LETTER S WITH CARON
    0x9b: '\u203a',  # SINGLE RIGHT-POINTING ANGLE QUOTATION MARK
    0x9c: '\u0153',  # LATIN SMALL LIGATURE OE
    0x9d: '\x9d',    # <control>
    0x9e: '\u017e',  # LATIN SMALL LETTER Z WITH CARON
    0x9f: '\u0178',  # LATIN CAPITAL LETTER Y WITH DIAERESIS
}

_invalid_codepoints = {
    # 0x0001 to 0x0008
    0x1, 0x2, 0x3, 0x4, 0x5, 0x6, 0x7, 0x8,
    # 0x000E to 0x001F
    0xe, 0xf, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19,
    0x1a, 0x1b, 0x1c, 0x1d, 0x1e, 0x1f,
    # 0x007F to 0x009F
    0x7f, 0x80, 0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a,
    0x8b, 0x8c, 0x8d, 0x8e, 0x8f, 0x90, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96,
    0x97, 0x98, 0x99, 0x9a, 0x9b, 0x9c, 0x9d, 0x9e, 0x9f,
    # 0xFDD0 to 0xFDEF
    0xfdd0, 0xfdd1, 0xfdd2, 0xfdd3, 0xfdd4, 0xfdd5, 0xfdd6, 0xfdd7, 0xfdd8,
    0xfdd9, 0xfdda, 0xfddb, 0xfddc, 0xfddd, 0xfdde, 0xfddf, 0xfde0, 0xfde1,
    0xfde2, 0xfde3, 0xfde4, 0xfde5, 0xfde6, 0xfde7, 0xfde8, 0xfde9, 0xfdea,
    0xfdeb, 0xfdec, 0xfded, 0xfdee, 0xfdef,
    # others
    0xb, 0xfffe, 0xffff, 0x1fffe, 0x1ffff, 0x2fffe, 0x2ffff, 0x3fffe, 0x3ffff,
    0x4fffe, 0x4ffff, 0x5fffe, 0x5ffff, 0x6fffe, 0x6ffff, 0x7fffe, 0x7ffff,
    0x8fffe, 0x8ffff, 0x9fffe, 0x9ffff, 0xafffe, 0xaffff, 0xbfffe, 0xbffff,
    0xcfffe, 0xcffff, 0xdfffe, 0xdffff, 0xefffe, 0xeffff, 0xffffe, 0xfffff,
    0x10fffe, 0x10ffff
}



# The HTML 4 named character references (CPython's html.entities.name2codepoint), plus apos and the
# upper-case spellings HTML 5 accepts, with their HTML 5 values.
_name2codepoint = {
    'AElig': 0x00c6, 'Aacute': 0x00c1, 'Acirc': 0x00c2, 'Agrave': 0x00c0, 'Alpha': 0x0391,
    'Aring': 0x00c5, 'Atilde': 0x00c3, 'Auml': 0x00c4, 'Beta': 0x0392, 'Ccedil': 0x00c7,
    'Chi': 0x03a7, 'Dagger': 0x2021, 'Delta': 0x0394, 'ETH': 0x00d0, 'Eacute': 0x00c9,
    'Ecirc': 0x00ca, 'Egrave': 0x00c8, 'Epsilon': 0x0395, 'Eta': 0x0397, 'Euml': 0x00cb,
    'Gamma': 0x0393, 'Iacute': 0x00cd, 'Icirc': 0x00ce, 'Igrave': 0x00cc, 'Iota': 0x0399,
    'Iuml': 0x00cf, 'Kappa': 0x039a, 'Lambda': 0x039b, 'Mu': 0x039c, 'Ntilde': 0x00d1,
    'Nu': 0x039d, 'OElig': 0x0152, 'Oacute': 0x00d3, 'Ocirc': 0x00d4, 'Ograve': 0x00d2,
    'Omega': 0x03a9, 'Omicron': 0x039f, 'Oslash': 0x00d8, 'Otilde': 0x00d5, 'Ouml': 0x00d6,
    'Phi': 0x03a6, 'Pi': 0x03a0, 'Prime': 0x2033, 'Psi': 0x03a8, 'Rho': 0x03a1, 'Scaron': 0x0160,
    'Sigma': 0x03a3, 'THORN': 0x00de, 'Tau': 0x03a4, 'Theta': 0x0398, 'Uacute': 0x00da,
    'Ucirc': 0x00db, 'Ugrave': 0x00d9, 'Upsilon': 0x03a5, 'Uuml': 0x00dc, 'Xi': 0x039e,
    'Yacute': 0x00dd, 'Yuml': 0x0178, 'Zeta': 0x0396, 'aacute': 0x00e1, 'acirc': 0x00e2,
    'acute': 0x00b4, 'aelig': 0x00e6, 'agrave': 0x00e0, 'alefsym': 0x2135, 'alpha': 0x03b1,
    'amp': 0x0026, 'and': 0x2227, 'ang': 0x2220, 'aring': 0x00e5, 'asymp': 0x2248,
    'atilde': 0x00e3, 'auml': 0x00e4, 'bdquo': 0x201e, 'beta': 0x03b2, 'brvbar': 0x00a6,
    'bull': 0x2022, 'cap': 0x2229, 'ccedil': 0x00e7, 'cedil': 0x00b8, 'cent': 0x00a2,
    'chi': 0x03c7, 'circ': 0x02c6, 'clubs': 0x2663, 'cong': 0x2245, 'copy': 0x00a9,
    'crarr': 0x21b5, 'cup': 0x222a, 'curren': 0x00a4, 'dArr': 0x21d3, 'dagger': 0x2020,
    'darr': 0x2193, 'deg': 0x00b0, 'delta': 0x03b4, 'diams': 0x2666, 'divide': 0x00f7,
    'eacute': 0x00e9, 'ecirc': 0x00ea, 'egrave': 0x00e8, 'empty': 0x2205, 'emsp': 0x2003,
    'ensp': 0x2002, 'epsilon': 0x03b5, 'equiv': 0x2261, 'eta': 0x03b7, 'eth': 0x00f0,
    'euml': 0x00eb, 'euro': 0x20ac, 'exist': 0x2203, 'fnof': 0x0192, 'forall': 0x2200,
    'frac12': 0x00bd, 'frac14': 0x00bc, 'frac34': 0x00be, 'frasl': 0x2044, 'gamma': 0x03b3,
    'ge': 0x2265, 'gt': 0x003e, 'hArr': 0x21d4, 'harr': 0x2194, 'hearts': 0x2665, 'hellip': 0x2026,
    'iacute': 0x00ed, 'icirc': 0x00ee, 'iexcl': 0x00a1, 'igrave': 0x00ec, 'image': 0x2111,
    'infin': 0x221e, 'int': 0x222b, 'iota': 0x03b9, 'iquest': 0x00bf, 'isin': 0x2208,
    'iuml': 0x00ef, 'kappa': 0x03ba, 'lArr': 0x21d0, 'lambda': 0x03bb, 'lang': 0x27e8,
    'laquo': 0x00ab, 'larr': 0x2190, 'lceil': 0x2308, 'ldquo': 0x201c, 'le': 0x2264,
    'lfloor': 0x230a, 'lowast': 0x2217, 'loz': 0x25ca, 'lrm': 0x200e, 'lsaquo': 0x2039,
    'lsquo': 0x2018, 'lt': 0x003c, 'macr': 0x00af, 'mdash': 0x2014, 'micro': 0x00b5,
    'middot': 0x00b7, 'minus': 0x2212, 'mu': 0x03bc, 'nabla': 0x2207, 'nbsp': 0x00a0,
    'ndash': 0x2013, 'ne': 0x2260, 'ni': 0x220b, 'not': 0x00ac, 'notin': 0x2209, 'nsub': 0x2284,
    'ntilde': 0x00f1, 'nu': 0x03bd, 'oacute': 0x00f3, 'ocirc': 0x00f4, 'oelig': 0x0153,
    'ograve': 0x00f2, 'oline': 0x203e, 'omega': 0x03c9, 'omicron': 0x03bf, 'oplus': 0x2295,
    'or': 0x2228, 'ordf': 0x00aa, 'ordm': 0x00ba, 'oslash': 0x00f8, 'otilde': 0x00f5,
    'otimes': 0x2297, 'ouml': 0x00f6, 'para': 0x00b6, 'part': 0x2202, 'permil': 0x2030,
    'perp': 0x22a5, 'phi': 0x03c6, 'pi': 0x03c0, 'piv': 0x03d6, 'plusmn': 0x00b1, 'pound': 0x00a3,
    'prime': 0x2032, 'prod': 0x220f, 'prop': 0x221d, 'psi': 0x03c8, 'quot': 0x0022, 'rArr': 0x21d2,
    'radic': 0x221a, 'rang': 0x27e9, 'raquo': 0x00bb, 'rarr': 0x2192, 'rceil': 0x2309,
    'rdquo': 0x201d, 'real': 0x211c, 'reg': 0x00ae, 'rfloor': 0x230b, 'rho': 0x03c1, 'rlm': 0x200f,
    'rsaquo': 0x203a, 'rsquo': 0x2019, 'sbquo': 0x201a, 'scaron': 0x0161, 'sdot': 0x22c5,
    'sect': 0x00a7, 'shy': 0x00ad, 'sigma': 0x03c3, 'sigmaf': 0x03c2, 'sim': 0x223c,
    'spades': 0x2660, 'sub': 0x2282, 'sube': 0x2286, 'sum': 0x2211, 'sup': 0x2283, 'sup1': 0x00b9,
    'sup2': 0x00b2, 'sup3': 0x00b3, 'supe': 0x2287, 'szlig': 0x00df, 'tau': 0x03c4,
    'there4': 0x2234, 'theta': 0x03b8, 'thetasym': 0x03d1, 'thinsp': 0x2009, 'thorn': 0x00fe,
    'tilde': 0x02dc, 'times': 0x00d7, 'trade': 0x2122, 'uArr': 0x21d1, 'uacute': 0x00fa,
    'uarr': 0x2191, 'ucirc': 0x00fb, 'ugrave': 0x00f9, 'uml': 0x00a8, 'upsih': 0x03d2,
    'upsilon': 0x03c5, 'uuml': 0x00fc, 'weierp': 0x2118, 'xi': 0x03be, 'yacute': 0x00fd,
    'yen': 0x00a5, 'yuml': 0x00ff, 'zeta': 0x03b6, 'zwj': 0x200d, 'zwnj': 0x200c, 'apos': 0x0027,
    'AMP': 0x0026, 'COPY': 0x00a9, 'GT': 0x003e, 'LT': 0x003c, 'QUOT': 0x0022, 'REG': 0x00ae,
}

# Names that HTML 5 also recognises without a trailing semicolon.
_legacy_names = '''
    AElig AMP Aacute Acirc Agrave Aring Atilde Auml COPY Ccedil ETH Eacute Ecirc Egrave Euml GT
    Iacute Icirc Igrave Iuml LT Ntilde Oacute Ocirc Ograve Oslash Otilde Ouml QUOT REG THORN Uacute
    Ucirc Ugrave Uuml Yacute aacute acirc acute aelig agrave amp aring atilde auml brvbar ccedil
    cedil cent copy curren deg divide eacute ecirc egrave eth euml frac12 frac14 frac34 gt iacute
    icirc iexcl igrave iquest iuml laquo lt macr micro middot nbsp not ntilde oacute ocirc ograve
    ordf ordm oslash otilde ouml para plusmn pound quot raquo reg sect shy sup1 sup2 sup3 szlig
    thorn times uacute ucirc ugrave uml uuml yacute yen yuml
'''.split()

_html5 = {}
for _name, _cp in _name2codepoint.items():
    _html5[_name + ';'] = chr(_cp)
for _name in _legacy_names:
    _html5[_name] = chr(_name2codepoint[_name])
del _name, _cp


def _replace_charref(s):
    s = s.group(1)
    if s[0] == '#':
        # numeric charref
        if s[1] in 'xX':
            num = int(s[2:].rstrip(';'), 16)
        else:
            num = int(s[1:].rstrip(';'))
        if num in _invalid_charrefs:
            return _invalid_charrefs[num]
        if 0xD800 <= num <= 0xDFFF or num > 0x10FFFF:
            return '\uFFFD'
        if num in _invalid_codepoints:
            return ''
        return chr(num)
    else:
        # named charref
        if s in _html5:
            return _html5[s]
        # find the longest matching name (as defined by the standard)
        for x in range(len(s)-1, 1, -1):
            if s[:x] in _html5:
                return _html5[s[:x]] + s[x:]
        else:
            return '&' + s


_charref = _re.compile(r'&(#[0-9]+;?'
                       r'|#[xX][0-9a-fA-F]+;?'
                       r'|[^\t\n\f <&#;]{1,32};?)')

def unescape(s):
    """
    Convert all named and numeric character references (e.g. &gt;, &#62;,
    &x3e;) in the string s to the corresponding unicode characters.
    This function uses the rules defined by the HTML 5 standard
    for both valid and invalid character references, and the HTML 4 named character
    references (see the module docstring).
    """
    if '&' not in s:
        return s
    return _charref.sub(_replace_charref, s)
