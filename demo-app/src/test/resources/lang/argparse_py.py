import os
os.environ["COLUMNS"] = "80"

import argparse


def show(ns):
    # attributes sorted by name, so the output does not depend on the order they were set in
    return "Namespace(%s)" % ", ".join("%s=%r" % kv for kv in sorted(vars(ns).items()))


class ParseError(Exception):
    pass


class Parser(argparse.ArgumentParser):
    def error(self, message):
        raise ParseError("%s: error: %s" % (self.prog, message))


def attempt(parser, args):
    try:
        print("ok:", show(parser.parse_args(args)))
    except ParseError as e:
        print(parser.format_usage(), end="")
        print("error:", e)
    except SystemExit as e:
        print("exit:", e.args)


# positionals, optionals, types, defaults, choices, nargs
p = Parser(prog="calc", description="Do arithmetic on numbers.")
p.add_argument("op", choices=["add", "mul"], help="the operation")
p.add_argument("nums", type=int, nargs="+", metavar="N", help="numbers to combine")
p.add_argument("-s", "--scale", type=float, default=1.0, help="multiply the result (default: %(default)s)")
p.add_argument("-o", "--out", nargs="?", const="-", default=None, help="where to write")
p.add_argument("--tags", nargs="*", default=[], help="free-form tags")
p.add_argument("--point", nargs=2, type=int, metavar=("X", "Y"))
p.add_argument("-q", "--quiet", action="store_true")
p.add_argument("--no-color", dest="color", action="store_false")
p.add_argument("--mode", action="store_const", const="fast", default="slow")
p.add_argument("-I", "--include", action="append", dest="paths")
p.add_argument("-v", "--verbose", action="count", default=0)
p.add_argument("--version", action="version", version="%(prog)s 1.2")

attempt(p, ["add", "1", "2", "3"])
attempt(p, ["mul", "4", "5", "-s", "2.5", "-vvv", "--quiet"])
attempt(p, ["add", "7", "-o"])
attempt(p, ["add", "7", "-o", "file.txt", "--tags", "a", "b", "--no-color"])
attempt(p, ["add", "--point", "3", "-4", "1", "-I", "x", "-I", "y", "--mode"])
attempt(p, ["add", "1", "--tags", "--verbose", "--verbose"])
attempt(p, ["add", "1", "--sca", "3"])
attempt(p, ["add", "1", "--", "-5"])
attempt(p, ["sub", "1"])
attempt(p, ["add"])
attempt(p, ["add", "x"])
attempt(p, ["add", "1", "--scale", "big"])
attempt(p, ["add", "1", "--point", "1"])
attempt(p, ["add", "1", "--bogus"])
attempt(p, [])

ns = p.parse_args(["add", "1"])
print(ns.op, ns.nums, ns.scale, ns.out, ns.tags, ns.point, ns.quiet, ns.color, ns.mode, ns.paths, ns.verbose)
print("op" in ns, "missing" in ns)
print(argparse.Namespace(a=1) == argparse.Namespace(a=1), argparse.Namespace(a=1) != argparse.Namespace(a=2))
print(repr(argparse.Namespace(answer=42)), repr(argparse.Namespace()))
print(p.format_usage(), end="")

# parse_known_args
args, rest = p.parse_known_args(["mul", "2", "--extra", "-q", "x3"])
print(show(args), rest)

# required optionals, dest and metavar
r = Parser(prog="req")
r.add_argument("--name", required=True, dest="who", metavar="NAME")
r.add_argument("--level", type=int, choices=range(1, 4), default=1)
attempt(r, ["--name", "ann"])
attempt(r, ["--name=bob", "--level=3"])
attempt(r, [])
attempt(r, ["--name", "x", "--level", "9"])
attempt(r, ["--name"])

# mutually exclusive groups
m = Parser(prog="mx")
g = m.add_mutually_exclusive_group(required=True)
g.add_argument("--json", action="store_true")
g.add_argument("--xml", action="store_true")
g.add_argument("--fmt")
attempt(m, ["--json"])
attempt(m, ["--fmt", "csv"])
attempt(m, ["--json", "--xml"])
attempt(m, [])
print(m.format_usage(), end="")

# help and version exit through SystemExit; their output goes to stdout
import sys
saved = sys.stdout


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def flush(self):
        pass


sys.stdout = cap = Capture()
try:
    p.parse_args(["--version"])
except SystemExit as e:
    code = e.args[0]  # the status passed to sys.exit()
sys.stdout = saved
print("version exit", code, repr("".join(cap.parts)))

# the real error(): usage and message to stderr, exit status 2
saved_err = sys.stderr
sys.stderr = err = Capture()
plain = argparse.ArgumentParser(prog="plain")
plain.add_argument("x", type=int)
try:
    plain.parse_args(["nope"])
except SystemExit as e:
    code = e.args[0]  # the status passed to sys.exit()
sys.stderr = saved_err
print("error exit", code)
print("".join(err.parts), end="")

# exit_on_error=False raises ArgumentError instead
q = argparse.ArgumentParser(prog="q", exit_on_error=False)
q.add_argument("--n", type=int)
try:
    q.parse_args(["--n", "abc"])
except argparse.ArgumentError as e:
    print("ArgumentError:", e)

# groups and subparsers, with their help
tool = Parser(prog="tool", description="A tool with several commands. It reads and writes repositories "
              "of things, and this description is long enough to wrap.", epilog="See the manual for more.")
tool.add_argument("--debug", action="store_true", help="print debugging information")
conn = tool.add_argument_group("connection", "How to reach the server.")
conn.add_argument("--host", default="localhost", help="server host name")
conn.add_argument("--port", type=int, default=8080, help="server port, a number between 1 and 65535 inclusive, "
                  "which this long help text wraps around")
out = tool.add_mutually_exclusive_group()
out.add_argument("--json", action="store_true", help="JSON output")
out.add_argument("--text", action="store_true", help="plain output")
sub = tool.add_subparsers(dest="command", title="commands", help="what to do")
init = sub.add_parser("init", help="create a repository")
init.add_argument("path", help="where to create it")
init.add_argument("--bare", action="store_true", help="no working tree")
push = sub.add_parser("push", help="send changes", aliases=["p"])
push.add_argument("remote", nargs="?", default="origin")
push.add_argument("--force", "-f", action="store_true")
push.set_defaults(func="do_push")

print(tool.format_help())
print(init.format_help())
print(push.format_usage(), end="")
attempt(tool, ["init", "/tmp/r"])
attempt(tool, ["--debug", "--port", "9", "push", "-f"])
attempt(tool, ["--json", "p", "upstream"])
attempt(tool, ["frob"])
attempt(tool, ["--json", "--text", "init", "x"])
attempt(tool, [])

# help action output
sys.stdout = cap = Capture()
try:
    r.parse_args(["-h"])
except SystemExit as e:
    code = e.args[0]  # the status passed to sys.exit()
sys.stdout = saved
print("help exit", code)
print("".join(cap.parts), end="")

# formatter classes and a set width
f = argparse.ArgumentParser(prog="fmt", formatter_class=argparse.ArgumentDefaultsHelpFormatter,
                            description="first line\n   second line")
f.add_argument("--size", type=int, default=3, help="how big")
f.add_argument("files", nargs="*", help="input files")
print(f.format_help())
raw = argparse.ArgumentParser(prog="raw", formatter_class=argparse.RawDescriptionHelpFormatter,
                              description="keep\n  this layout", add_help=False)
print(raw.format_help())
narrow = argparse.ArgumentParser(prog="narrow", formatter_class=lambda prog: argparse.HelpFormatter(prog, width=40))
narrow.add_argument("--alpha", help="the first option of several that each take a value")
narrow.add_argument("--beta-gamma-delta", metavar="VALUE", help="a long option name")
print(narrow.format_help())
