# csv: reader, writer, dialects, DictReader/DictWriter, Sniffer, errors, a real file round trip
import csv
import io
import os


def show_error(f, *args, **kwargs):
    try:
        result = f(*args, **kwargs)
        print("ok", result)
    except Exception as e:
        print(type(e).__name__, e)


def read_all(data, **kw):
    try:
        r = csv.reader(data, **kw)
        rows = []
        for row in r:
            rows.append((row, r.line_num))
        print(rows)
    except Exception as e:
        print(type(e).__name__, e)


def write_rows(rows, *args, **kw):
    s = io.StringIO()
    try:
        w = csv.writer(s, *args, **kw)
        w.writerows(rows)
        print(repr(s.getvalue()))
    except Exception as e:
        print(type(e).__name__, e, repr(s.getvalue()))


print("-- reading")
data = 'a,b,c\r\n1,"two, 2","say ""hi"""\r\n,,\r\n\r\n"multi\nline",x\r\n'
for row in csv.reader(io.StringIO(data, newline='')):
    print(row)
read_all(['a,b', '"c,d",e', '', 'f'])
read_all(['"quoted\n', 'across\n', 'lines",end\n', 'next\n'])
read_all(['a, b,  "c", d'], skipinitialspace=True)
read_all(['a, b,  "c", d'])
read_all(['a;b;"c;d"'], delimiter=';')
read_all(["'a,b',c"], quotechar="'")
read_all(['a\\,b,c\\\\d'], escapechar='\\')
read_all(['"a\\"b",c'], escapechar='\\', doublequote=False)
read_all(['"a""b",c'], doublequote=False)
read_all(['a,"b"c,d'])
read_all(['1,"2",3.5,-4e2,'], quoting=csv.QUOTE_NONNUMERIC)
read_all(['1,"a"b,c'], quoting=csv.QUOTE_NONE)
read_all(['a\tb\t"c\td"'], dialect='excel-tab')
read_all(['a\x00b,c'])
read_all(['"unterminated'])
read_all(['a\\'], escapechar='\\')
read_all(['x\r', 'y\r\n'])

print("-- reader errors")
read_all(['"a"b,c'], strict=True)
read_all(['"abc'], strict=True)
read_all(['a\\'], escapechar='\\', strict=True)
read_all(['a\nb'])
read_all(['ok', 5])
read_all(['1,x'], quoting=csv.QUOTE_NONNUMERIC)
old = csv.field_size_limit(4)
print(old, csv.field_size_limit())
read_all(['abcd,abcde'])
read_all(['"abcde"'])
print(csv.field_size_limit(old))
show_error(csv.field_size_limit, 1.5)
show_error(csv.field_size_limit, 1, 2)
show_error(csv.reader, 5)
show_error(csv.reader, [], 'no-such-dialect')
show_error(csv.reader, [], bogus=1)
r = csv.reader(['a,"b'], strict=True)
show_error(r.__next__)
print(r.line_num)

print("-- writing")
rows = [['a', 'b,c', 'd"e', 'f\ng', ' h', '', None, 1, 2.5, True]]
write_rows(rows)
write_rows(rows, quoting=csv.QUOTE_ALL)
write_rows([['a', 'b,c', 'd"e', '', None, 1, -2.5, False]], quoting=csv.QUOTE_NONNUMERIC)
write_rows([['a', 'b,c', 'd"e', 'x\\y', 'f\ng']], quoting=csv.QUOTE_NONE, escapechar='\\')
write_rows([['a', 'b,c']], quoting=csv.QUOTE_NONE)
write_rows([['a', 'b,c', 'd"e', 'x\\y']], escapechar='\\')
write_rows([['d"e', 'x\\y']], escapechar='\\', doublequote=False)
write_rows([['d"e']], doublequote=False)
write_rows([[''], [None], [], ['', '']])
write_rows([['']], quoting=csv.QUOTE_NONE)
write_rows([['a b', 'c']], delimiter=' ')
write_rows([['a|b', 'c']], lineterminator='|')
write_rows([["a'b", 'c"d']], quotechar="'")
write_rows([['a', 'b'], ['c\td', 'e']], 'excel-tab')
write_rows([['a', 'b'], [1, None]], 'unix')
write_rows([['a', 'b']], csv.unix_dialect, quoting=csv.QUOTE_MINIMAL)
write_rows([5])
write_rows([range(3), ('x', 'y'), iter(['z'])])
s = io.StringIO()
w = csv.writer(s)
print(w.writerow(['one', 'two']), w.writerows([]), w.dialect.delimiter)
print(repr(s.getvalue()))
show_error(csv.writer, 5)
show_error(w.writerows, 5)

print("-- dialects")
print(sorted(csv.list_dialects()))
d = csv.get_dialect('excel')
print(repr(d.delimiter), repr(d.quotechar), d.escapechar, d.doublequote, d.skipinitialspace,
      repr(d.lineterminator), d.quoting, d.strict)
e = csv.get_dialect('unix')
print(repr(e.lineterminator), e.quoting == csv.QUOTE_ALL)
print(csv.get_dialect('excel-tab').delimiter == '\t')
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)
csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL, lineterminator='\n')
write_rows([['a', 'b']], 'pipes')
read_all(['"a"|b|"c|d"'], dialect='pipes')
print(sorted(csv.list_dialects()))
csv.unregister_dialect('pipes')
print(sorted(csv.list_dialects()))
show_error(csv.unregister_dialect, 'pipes')
show_error(csv.get_dialect, 'pipes')
show_error(csv.register_dialect, 1)


class Semi(csv.Dialect):
    delimiter = ';'
    quotechar = "'"
    doublequote = True
    skipinitialspace = True
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL


csv.register_dialect('semi', Semi)
write_rows([['a;b', "c'd", 'e']], 'semi')
read_all(["a; 'b;c'; d"], dialect='semi')
print(csv.get_dialect('semi').skipinitialspace, Semi().delimiter)
csv.unregister_dialect('semi')
r = csv.reader([], Semi, delimiter=',')
print(repr(r.dialect.delimiter), repr(r.dialect.quotechar))
print(csv.reader([], d).dialect is d, csv.writer(io.StringIO(), d).dialect is d)


class Partial(csv.Dialect):
    delimiter = ';'


show_error(Partial)
show_error(csv.Dialect)
for kw in [dict(delimiter=''), dict(delimiter=None), dict(delimiter='ab'), dict(delimiter=1),
           dict(quotechar=''), dict(quotechar=1), dict(quotechar=None, quoting=csv.QUOTE_ALL),
           dict(escapechar='ab'), dict(lineterminator=1), dict(lineterminator=None),
           dict(quoting=7), dict(quoting='1'), dict(quoting=True)]:
    show_error(csv.writer, io.StringIO(), **kw)
r = csv.reader([], quotechar=None)
print(r.dialect.quoting == csv.QUOTE_NONE, r.dialect.quotechar)
show_error(setattr, d, 'delimiter', ';')
show_error(setattr, d, 'strict', True)
show_error(setattr, r, 'line_num', 5)
print(issubclass(csv.Error, Exception), csv.__version__)

print("-- DictReader")
dr = csv.DictReader(io.StringIO('name,age\r\nAnn,30\r\n\r\nBob,25,extra,more\r\nCy\r\n', newline=''),
                    restval='?')
print(dr.fieldnames, dr.line_num)
for row in dr:
    print(row, dr.line_num)
dr = csv.DictReader(['1;2', '3;4;5'], fieldnames=['x', 'y'], restkey='rest', delimiter=';')
print(list(dr))
print(csv.DictReader([]).fieldnames)
dr = csv.DictReader(['a,b', '1,2'])
dr.fieldnames = ['p', 'q']
print(list(dr))

print("-- DictWriter")
s = io.StringIO()
dw = csv.DictWriter(s, ['name', 'note'], restval='n/a')
print(dw.writeheader())
dw.writerow({'name': 'Ann', 'note': 'likes "quotes"'})
dw.writerows([{'name': 'Bob'}, {'note': 'a,b', 'name': None}])
print(repr(s.getvalue()))
show_error(dw.writerow, {'name': 'x', 'age': 3})
show_error(csv.DictWriter, s, ['a'], extrasaction='bad')
s = io.StringIO()
dw = csv.DictWriter(s, ['a', 'b'], extrasaction='ignore', quoting=csv.QUOTE_NONNUMERIC)
dw.writerow({'a': 1, 'b': 'x', 'c': 3})
print(repr(s.getvalue()))

print("-- Sniffer")
sn = csv.Sniffer()
for sample in ['name;age;city\n"Smith, J";42;"New York"\n"Doe";7;"Paris"\n',
               'h1\th2\th3\nv1\tv2\tv3\nw1\tw2\tw3\n',
               'title,year\r\nAlpha,1999\r\nBeta,2001\r\n',
               '1,2,3\n4,5,6\n7,8,9\n']:
    dialect = sn.sniff(sample)
    print(repr(dialect.delimiter), repr(dialect.quotechar), dialect.doublequote,
          dialect.skipinitialspace, sn.has_header(sample))
    print(list(csv.reader(io.StringIO(sample), dialect)))
print(sn.sniff('a;b,c;d\n1;2,3;4\n', delimiters=';').delimiter)
show_error(sn.sniff, '')

print("-- file round trip")
path = os.path.join(os.environ.get("TMPDIR", "/tmp"), "gilscope_csv_py_test.csv")
rows = [['id', 'text', 'value'], [1, 'plain', 1.5], [2, 'comma, inside', None],
        [3, 'quote "here"', -7], [4, 'two\nlines', ''], [5, '', 'end']]
with open(path, 'w', newline='') as f:
    w = csv.writer(f)
    w.writerows(rows)
with open(path, newline='') as f:
    r = csv.reader(f)
    for row in r:
        print(r.line_num, row)
with open(path, newline='') as f:
    for row in csv.DictReader(f):
        print(row)
os.remove(path)
print(os.path.exists(path))
