import shlex

for s in ['a b c', 'foo "bar baz" qux', "it\\'s 'quoted text' here", 'escaped\\ space and \\"q\\"',
          'a "b\\"c" d', "x='1 2' y=\"3 4\"", '  leading   and trailing  ', '', 'one#comment two',
          'a\\\\b', '"double \\$ \\\\ \\` \\n"', "ls -l | grep 'foo bar' > out.txt"]:
    print(repr(s), '->', shlex.split(s))
print(shlex.split('one #comment two', comments=True))
print(shlex.split('a "b c"', posix=False))
print(shlex.split("x 'y z'", posix=False))
for bad in ['a "unterminated', "b 'open", 'c \\']:
    try:
        shlex.split(bad)
    except ValueError as e:
        print('ValueError:', e)
for q in ['', 'simple', 'with space', "it's", 'a"b', '$HOME', '-n', 'safe@%+=:,./-_', 'tab\there', 'ünï']:
    print(repr(q), '->', shlex.quote(q))
print(shlex.join(['echo', 'hello world', "it's", '']))
print(shlex.split(shlex.join(['a b', 'c\'d', 'e"f'])))

lex = shlex.shlex('a = b + "c d"; e', posix=True)
print(list(lex))
lex = shlex.shlex('key=value other', posix=True)
lex.whitespace_split = True
print([t for t in lex])
lex = shlex.shlex('foo(bar, baz) && qux || z;', posix=True, punctuation_chars=True)
print(list(lex))
lex = shlex.shlex('a&&b||c', punctuation_chars='|')
print(list(lex))
lex = shlex.shlex('abc def ghi')
print(lex.get_token(), lex.get_token())
lex.push_token('pushed')
print(lex.get_token(), lex.get_token(), repr(lex.get_token()))
lex = shlex.shlex("x 'y z' w")
print(list(lex))
lex = shlex.shlex('line1 a\nline2 b\n', posix=True)
while True:
    t = lex.get_token()
    if t == lex.eof:
        break
    print(lex.lineno, t)
print(repr(shlex.shlex().eof), repr(shlex.shlex(posix=True).eof))
import io
lex = shlex.shlex(io.StringIO('from "a file"'), posix=True)
print(list(lex))
# source inclusion and push_source
lex = shlex.shlex('a source "inc.txt" b', infile='dir/main.txt', posix=True)
lex.source = 'source'
opened = []
def hook(newfile):
    opened.append(newfile)
    return (newfile, io.StringIO('x y'))
lex.sourcehook = hook
print(list(lex), opened)
lex = shlex.shlex('1 2', posix=True)
lex.push_source('p q')
print([lex.get_token() for _ in range(4)], repr(lex.get_token()))
print(lex.error_leader('f.txt', 7))
lex = shlex.shlex('abc', posix=True)
lex.debug = 0
print(lex.whitespace == ' \t\r\n', lex.quotes, lex.escape, lex.escapedquotes)
print(len(lex.wordchars), 'a' in lex.wordchars, 'é' in lex.wordchars)
print(shlex.__all__)
