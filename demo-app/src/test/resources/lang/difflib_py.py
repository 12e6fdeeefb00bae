"""difflib: SequenceMatcher, close matches, ndiff/unified/context diffs, Differ, HtmlDiff."""
import difflib
from difflib import SequenceMatcher, Differ, get_close_matches, ndiff, unified_diff, context_diff

print("== SequenceMatcher")
s = SequenceMatcher(None, "abxcd", "abcd")
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio())
print(s.get_matching_blocks())
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print('%7s a[%d:%d] (%s) b[%d:%d] (%s)' % (tag, i1, i2, "abxcd"[i1:i2], j1, j2, "abcd"[j1:j2]))
s = SequenceMatcher(lambda x: x == " ", "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(s.ratio(), 3), s.find_longest_match(0, 29, 0, 38), s.find_longest_match())
m = s.find_longest_match(0, 10, 0, 10)
print(m, m.a, m.b, m.size, tuple(m), m._asdict())
s = SequenceMatcher(None, " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))
s = SequenceMatcher(lambda x: x == " ", " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))
s = SequenceMatcher()
s.set_seqs("qabxcd", "abycdf")
print(s.get_opcodes())
s.set_seq1("abcdef")
print(s.get_opcodes(), s.ratio())
s.set_seq2("abcdef")
print(s.get_opcodes(), s.ratio())
print(SequenceMatcher(None, [1, 2, 3, 4], [1, 3, 4, 5]).get_opcodes())
print(SequenceMatcher(None, ['a', 'b'], []).get_opcodes(), SequenceMatcher(None, '', '').ratio())
print(SequenceMatcher(None, 'abc', 'xyz').get_matching_blocks())
a = list(map(str, range(1, 40)))
b = a[:]
b[8:8] = ['i']
b[20] += 'x'
b[23:28] = []
b[30] += 'y'
print(list(SequenceMatcher(None, a, b).get_grouped_opcodes(2)))
print(list(SequenceMatcher(None, 'abc', 'abc').get_grouped_opcodes()))
# autojunk: popular elements of long sequences are junk
long_a = ['x'] * 300 + ['unique']
long_b = ['x'] * 250 + ['unique', 'y']
sm = SequenceMatcher(None, long_a, long_b)
print(sorted(sm.bpopular), round(sm.ratio(), 4), sm.get_matching_blocks()[-2:])
sm = SequenceMatcher(None, long_a, long_b, autojunk=False)
print(sorted(sm.bpopular), round(sm.ratio(), 4), len(sm.get_matching_blocks()))
sm = SequenceMatcher(lambda c: c in 'aeiou', 'the quick brown fox', 'the quack brown box')
print(sorted(sm.bjunk), round(sm.ratio(), 4), sm.get_opcodes())

print("== get_close_matches")
print(get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))
import keyword
print(get_close_matches('wheel', keyword.kwlist), get_close_matches('pineapple', keyword.kwlist))
print(get_close_matches('accept', keyword.kwlist), get_close_matches('lamda', keyword.kwlist, n=1))
words = ['print', 'printf', 'sprint', 'paint', 'pint', 'prince', 'pointer']
print(get_close_matches('prnt', words), get_close_matches('prnt', words, n=2, cutoff=0.8),
      get_close_matches('prnt', words, n=10, cutoff=0.0))
for bad in ((0, 0.5), (3, 1.5), (3, -0.1)):
    try:
        get_close_matches('x', ['x'], *bad)
    except ValueError as e:
        print('ValueError:', e)

print("== ndiff / Differ")
a = 'one\ntwo\nthree\n'.splitlines(keepends=True)
b = 'ore\ntree\nemu\n'.splitlines(keepends=True)
diff = list(ndiff(a, b))
print(''.join(diff), end='')
print(''.join(difflib.restore(diff, 1)), end='')
print(''.join(difflib.restore(diff, 2)), end='')
text1 = '''  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
'''.splitlines(keepends=True)
text2 = '''  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
'''.splitlines(keepends=True)
d = Differ()
result = list(d.compare(text1, text2))
print(''.join(result), end='')
print(list(ndiff(['abcDefghiJkl\n'], ['abcdefGhijkl\n'])))
print(list(ndiff(['private Thread currentThread;\n'], ['private volatile Thread currentThread;\n'],
                 charjunk=difflib.IS_CHARACTER_JUNK)))
print(list(Differ(linejunk=difflib.IS_LINE_JUNK).compare(['# c\n', 'x = 1\n', '\n'], ['x = 2\n', '\n', '#\n'])))
print(difflib.IS_LINE_JUNK('\n'), difflib.IS_LINE_JUNK('  #   \n'), difflib.IS_LINE_JUNK('hello\n'))
print(difflib.IS_CHARACTER_JUNK(' '), difflib.IS_CHARACTER_JUNK('\t'), difflib.IS_CHARACTER_JUNK('\n'),
      difflib.IS_CHARACTER_JUNK('x'))
print(list(ndiff(['a\n', 'b\n'], ['a\n', 'b\n'])), list(ndiff([], ['new\n'])), list(ndiff(['old\n'], [])))

print("== unified_diff / context_diff")
s1 = ['bacon\n', 'eggs\n', 'ham\n', 'guido\n']
s2 = ['python\n', 'eggy\n', 'hamster\n', 'guido\n']
print(''.join(unified_diff(s1, s2, fromfile='before.py', tofile='after.py')), end='')
print(''.join(context_diff(s1, s2, fromfile='before.py', tofile='after.py')), end='')
for line in unified_diff('one two three four'.split(), 'zero one tree four'.split(), 'Original', 'Current',
                         '2005-01-26 23:30:50', '2010-04-02 10:20:52', lineterm=''):
    print(line)
for line in context_diff('one two three four'.split(), 'zero one tree four'.split(), 'Original', 'Current',
                         '2005-01-26 23:30:50', '2010-04-02 10:20:52', lineterm=''):
    print(line)
old = ['line %d\n' % i for i in range(1, 21)]
new = old[:]
new[2] = 'changed 3\n'
new[10:12] = []
new.insert(17, 'inserted\n')
print(''.join(unified_diff(old, new, 'old', 'new', n=1)), end='')
print(''.join(unified_diff(old, new, 'old', 'new', n=0)), end='')
print(''.join(context_diff(old, new, 'old', 'new', n=1)), end='')
print(list(unified_diff(['same\n'], ['same\n'])), list(context_diff([], [])))
print(list(unified_diff([], ['a\n', 'b\n'], 'x', 'y')), list(unified_diff(['a\n'], [], 'x', 'y')))
print(list(context_diff(['a\n'], ['b\n'], 'x', 'y', lineterm='')))
try:
    list(unified_diff([b'a\n'], [b'b\n']))
except TypeError as e:
    print('TypeError:', e)

print("== HtmlDiff")
hd = difflib.HtmlDiff(wrapcolumn=20)
table = hd.make_table(['one\n', 'two\n', 'three four five six seven eight nine\n'],
                      ['one\n', 'too\n', 'three four five six seven eight nine ten\n', 'new\n'],
                      'from.txt', 'to.txt', context=True, numlines=1)
print(table)
page = difflib.HtmlDiff(tabsize=4).make_file(['a\tb\n', 'same\n'], ['a\tc\n', 'same\n'], 'f', 't')
print(len(page.splitlines()), page.count('<td'), page.splitlines()[0])
print([l for l in page.splitlines() if 'diff_' in l and '<tr>' in l])
print(difflib.HtmlDiff().make_table([], [], context=True))
p = difflib.HtmlDiff().make_file(['caf\u00e9 \u2603\n'], ['cafe\n'], charset='ascii')
print([l.strip() for l in p.splitlines() if 'caf' in l or 'charset' in l])

print("== diff_bytes")
for line in difflib.diff_bytes(unified_diff, [b'a\n', b'\xff\xfe\n', b'c\n'], [b'a\n', b'b\n', b'c\n'],
                               b'old.bin', b'new.bin', b'2020', b'2021'):
    print(line)
print(list(difflib.diff_bytes(context_diff, [b'x'], [b'y'], lineterm=b'')))
try:
    list(difflib.diff_bytes(unified_diff, ['a\n'], [b'b\n']))
except TypeError as e:
    print('TypeError:', e)
print(sorted(difflib.__all__))
