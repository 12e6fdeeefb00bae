import string
from string import Template, Formatter

t = Template('$who likes $what')
print(t.substitute(who='tim', what='kung pao'))
print(t.substitute({'who': 'ann', 'what': 'tea'}))
print(t.substitute({'who': 'ann', 'what': 'tea'}, what='coffee'))
print(Template('${noun}ification costs $$10').substitute(noun='python'))
print(Template('$x$y ${x}y $').safe_substitute(x=1))
try:
    Template('$who likes $what').substitute(who='tim')
except KeyError as e:
    print('KeyError', e)
try:
    Template('line one\nbad $ here').substitute(a=1)
except ValueError as e:
    print('ValueError', e)
try:
    Template('$').substitute()
except ValueError as e:
    print('ValueError', e)
print(Template('$a $b ${a} $$c $d').get_identifiers())
print(Template('$a $b').is_valid(), Template('$a $ b').is_valid(), Template('${a').is_valid())
print(Template('${a').safe_substitute(a=1))
print(Template.delimiter, Template.idpattern, Template.braceidpattern, Template.flags == string.re.IGNORECASE if hasattr(string, 're') else True)

class Percent(Template):
    delimiter = '%'
print(Percent('%name is %% %{age}').substitute(name='Bob', age=3))

class Dotted(Template):
    idpattern = r'[a-z]+\.[a-z]+'
print(Dotted('$user.name / ${user.id}').safe_substitute({'user.name': 'x', 'user.id': 7}))

class Braced(Template):
    braceidpattern = r'[^}]+'
print(Braced('${a b} $c').substitute({'a b': 'AB', 'c': 'C'}))

class Case(Template):
    flags = 0
print(Case('$ab$AB').safe_substitute(ab='lower'))

class MyPat(Template):
    pattern = r'''
    \#(?:
      (?P<escaped>\#) |
      (?P<named>[a-z]+) |
      <(?P<braced>[a-z]+)> |
      (?P<invalid>)
    )
    '''
print(MyPat('#x and #<y> and ## end').substitute(x='X', y='Y'))
print(MyPat('#x #1').safe_substitute(x='X'))
t = Template('$a')
print(t.template, t.substitute(a=[1, 2]))

f = Formatter()
print(f.format('{} and {}', 'a', 'b'))
print(f.format('{0}{1}{0}', 'ab', 'c'))
print(f.format('{name!r:>10}|{x:.3f}', name='n', x=3.14159))
print(f.format('{0[1]} {p.real} {d[key]}', [5, 6], p=3, d={'key': 'v'}))
print(f.format('{:{w}.{p}f}', 2.5, w=8, p=2))
print(f.format('{{literal}} {0!s}', 1))
print(list(f.parse('a{0!r:x}b{{c}}{}d')))
print(list(f.parse('')), list(f.parse('xyz')))
print(list(f.parse('{{}}x{0[a:b]!s}{a.b[c]:{w}}}}')))
for bad in ['{', '}', '{0', '{0!}', '{0!rx}', '{} {0}', '{0!r', '{0!', '{0:{1}', 'a}b', '{a{b}', '{0[}', '{0]}', '{0.}', '{0[]}', '{0[1]x}', '{1[0]x}', '{0!x}', '{0:{1:{2}}}']:
    try:
        print(repr(bad), f.format(bad, 1, 2))
    except (ValueError, KeyError, IndexError, AttributeError, TypeError) as e:
        print(repr(bad), type(e).__name__, e)
try:
    f.format('{5}', 1)
except IndexError as e:
    print('IndexError', e)

class Upper(Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return '<' + key + '>'
        return super().get_value(key, args, kwargs)
print(Upper().format('{a} {b} {0}', 'zero', a='x'))
print(Upper().vformat('{a:>4}', (), {'a': 'q'}))
print(string.capwords(' hello   world  '), string.ascii_letters[:5], string.digits)
for bad in ['{0[0]x}', '{0[0}', '{0:{0:{0:{0}}}}']:
    try:
        print(f.format(bad, [[1]]))
    except (ValueError, TypeError) as e:
        print(repr(bad), type(e).__name__, e)
