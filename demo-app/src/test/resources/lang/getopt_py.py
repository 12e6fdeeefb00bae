import getopt

def show(f, *a):
    try:
        opts, args = f(*a)
        print(opts, args)
    except getopt.GetoptError as e:
        print("GetoptError:", e, "| opt=%r" % e.opt, "| msg=%r" % e.msg, e.args)

show(getopt.getopt, ['-a', '-b', 'val', '-cfoo', 'x', 'y'], 'ab:c:')
show(getopt.getopt, ['-abval', 'rest'], 'ab:')
show(getopt.getopt, ['--verbose', '--output=o.txt', '--num', '5', 'file'], 'v', ['verbose', 'output=', 'num='])
show(getopt.getopt, ['--verb', 'file'], '', ['verbose', 'output='])
show(getopt.getopt, ['--ver', 'file'], '', ['verbose', 'version'])
show(getopt.getopt, ['--output'], '', ['output='])
show(getopt.getopt, ['--verbose=3'], '', ['verbose'])
show(getopt.getopt, ['--nope'], '', ['verbose'])
show(getopt.getopt, ['-x'], 'ab')
show(getopt.getopt, ['-b'], 'ab:')
show(getopt.getopt, ['a', '-b'], 'ab')
show(getopt.getopt, ['-a', '--', '-b'], 'ab')
show(getopt.getopt, ['-a', '-', '-b'], 'ab')
show(getopt.getopt, ['--output=x'], '', 'output=')
show(getopt.gnu_getopt, ['a', '-b', 'c', '--long', 'd', '-e'], 'be', ['long'])
show(getopt.gnu_getopt, ['a', '-b', '--', '-e'], 'be')
show(getopt.gnu_getopt, ['a', '-b', 'c'], '+be')
show(getopt.gnu_getopt, ['--out', 'f', 'arg', '-q'], 'q', ['out='])
show(getopt.gnu_getopt, ['-z'], 'q')
try:
    getopt.getopt(['-z'], 'a')
except getopt.error as e:
    print("error alias works:", isinstance(e, Exception), repr(str(e)))
e = getopt.GetoptError("boom", "o")
print(str(e), e.opt, e.msg, e.args, repr(e))
# typical program usage
import sys
argv = ['prog', '-h', '--level=2', '-o', 'out.bin', 'in1', 'in2']
opts, args = getopt.getopt(argv[1:], 'ho:', ['help', 'level='])
for o, a in opts:
    if o in ('-h', '--help'):
        print('help requested')
    elif o == '--level':
        print('level', int(a))
    elif o == '-o':
        print('output', a)
print('args', args)
print(getopt.__all__)
