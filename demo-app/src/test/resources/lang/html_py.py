import html

for s in ['plain', '<a href="x">Tom & Jerry\'s</a>', '&amp; already', '', '"quoted"', "<'>"]:
    print(repr(html.escape(s)), repr(html.escape(s, quote=False)), repr(html.escape(s, False)))

cases = [
    'no refs here', '&amp; &lt; &gt; &quot; &apos; &#39; &#x27; &nbsp;|',
    '&copy; 2024 &reg; &trade; &euro; &hellip; &mdash; &ndash; &lsquo;x&rsquo; &ldquo;y&rdquo;',
    '&eacute;t&eacute; &Eacute; &uuml;ber &szlig; &Ntilde; &aelig; &AElig; &thorn; &yuml; &Yuml;',
    '&alpha; &Omega; &pi; &sum; &infin; &ne; &le; &ge; &rarr; &larr; &hArr; &spades; &hearts;',
    '&lang; &rang; &lceil; &loz; &weierp; &image; &real; &alefsym; &thetasym; &upsih; &piv;',
    '&#65;&#066;&#x43;&#X44;&#x1F600; &#0; &#13; &#128; &#150; &#x9f; &#1; &#xD800; &#x110000; &#xfffe;',
    '&#65 &#x41 no semicolon, &amp &lt &gt &copy &eacute x',
    '&notit; &notin; &ampx &amp; &AMP; &COPY &LT;x&GT;',
    '&unknown; &; & alone &# &#x &#xg; a&b',
    '&NotARealEntity; &zwnj;&zwj;&lrm;&rlm;',
    'AT&amp;T &lt;tag attr=&quot;v&quot;&gt;',
    '&amp;amp; double',
]
for c in cases:
    print(repr(html.unescape(c)))

# round trip
for s in ['<p class="a">Fish & Chips</p>', "O'Reilly & Sons <3>"]:
    print(html.unescape(html.escape(s)) == s)

def render(rows):
    out = ['<table>']
    for name, note in rows:
        out.append('  <tr><td>%s</td><td title="%s">%s</td></tr>' % (
            html.escape(name), html.escape(note), html.escape(note, quote=False)))
    out.append('</table>')
    return '\n'.join(out)
print(render([('a<b', 'say "hi"'), ("x&y", "it's")]))
print(html.__all__)
