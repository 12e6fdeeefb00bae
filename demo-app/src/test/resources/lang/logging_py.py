# logging: levels, records, formatters, filters, handlers, the logger hierarchy, propagation,
# LoggerAdapter, basicConfig and FileHandler. Everything goes to io.StringIO streams or a temporary
# file; nothing is written to stderr.
import io
import os
import sys
import time
import logging

# A fixed zone for asctime on CPython (gilscope's local time is UTC).
if hasattr(time, "tzset"):
    os.environ["TZ"] = "UTC"
    time.tzset()

# Configure the root logger first, so that nothing falls back to stderr.
root_stream = io.StringIO()
logging.basicConfig(stream=root_stream, level=logging.WARNING, format="ROOT %(levelname)s:%(name)s:%(message)s")


def take(stream):
    text = stream.getvalue()
    stream.seek(0)
    stream.truncate(0)
    return text


def show(label, stream):
    print("--", label)
    print(take(stream), end="")


# --- levels
print("levels", logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR, logging.CRITICAL, logging.NOTSET)
print(logging.WARN == logging.WARNING, logging.FATAL == logging.CRITICAL)
print(logging.getLevelName(10), logging.getLevelName(50), logging.getLevelName(0))
print(logging.getLevelName("ERROR"), logging.getLevelName(15), logging.getLevelName("NOPE"))
logging.addLevelName(25, "NOTICE")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"))
mapping = logging.getLevelNamesMapping()
print(sorted(mapping.items(), key=lambda kv: (kv[1], kv[0])))

# --- LogRecord and makeLogRecord
rec = logging.LogRecord("rec.name", logging.INFO, "/some/path/mod.py", 42, "value %d and %s", (7, "x"), None)
print(rec.name, rec.levelno, rec.levelname, rec.pathname, rec.filename, rec.module, rec.lineno)
print(rec.getMessage(), repr(rec.args))
print(repr(rec))
rec2 = logging.LogRecord("r", logging.DEBUG, "p.py", 1, "a=%(a)s b=%(b)s", ({"a": 1, "b": 2},), None)
print(rec2.getMessage())
rec3 = logging.makeLogRecord({"msg": "made %s", "args": ("here",), "levelno": 30, "levelname": "WARNING"})
print(rec3.getMessage(), rec3.levelname, rec3.name)
print(type(rec.created).__name__, rec.msecs >= 0, rec.processName, rec.threadName)

# --- Formatter: %-style, {-style, validation, defaults, asctime with a fixed created
fixed = logging.makeLogRecord({"name": "fmt", "msg": "fixed %s", "args": ("msg",), "levelno": 20,
                               "levelname": "INFO", "created": 1700000000.125, "msecs": 125.0})
print(logging.Formatter().format(fixed))
print(logging.Formatter("%(levelname)-8s|%(name)8s|%(message)s").format(fixed))
print(logging.Formatter("%(levelno)03d %(message)r").format(fixed))
print(logging.Formatter("{levelname:<8}|{name:>8}|{message}", style="{").format(fixed))
print(logging.Formatter("{levelno:03d} {message!r}", style="{").format(fixed))
print(logging.Formatter("%(asctime)s %(message)s").format(fixed))
print(logging.Formatter("%(asctime)s %(message)s", datefmt="%d/%m/%Y %H.%M").format(fixed))
print(logging.Formatter("{asctime} - {message}", datefmt="%H:%M:%S", style="{").format(fixed))
fm = logging.Formatter("%(asctime)s")
fm.default_msec_format = "%s.%03d"
print(fm.format(fixed), fm.usesTime(), logging.Formatter("%(message)s").usesTime())
print(logging.Formatter("%(message)s [%(user)s]", defaults={"user": "anon"}).format(fixed))
print(logging.Formatter("{message} [{user}]", style="{", defaults={"user": "anon"}).format(fixed))
for fmt, style in [("no fields here", "%"), ("%(message)", "%"), ("%(message)s", "%"), ("{message", "{"),
                   ("plain", "{"), ("{message!x}", "{"), ("{message:zz}", "{"), ("{message:>{width}}", "{"),
                   ("a }", "{"), ("{{message}}", "{"), ("{0}", "{"), ("{message.attr[key]!s:^10}", "{"),
                   ("{message}", "{")]:
    try:
        logging.Formatter(fmt, style=style)
        print("accepted", fmt)
    except ValueError as e:
        print("ValueError:", e)
try:
    logging.Formatter("%(message)s", style="#")
except ValueError as e:
    print("ValueError:", str(e).startswith("Style must be one of: %,{"))
print(logging.Formatter("no fields", validate=False).format(fixed))
try:
    logging.Formatter("%(missing)s").format(fixed)
except ValueError as e:
    print("ValueError:", e)

bf = logging.BufferingFormatter(logging.Formatter("<%(message)s>"))
print(repr(bf.format([fixed, rec])), repr(bf.format([])))


class Header(logging.BufferingFormatter):
    def formatHeader(self, records):
        return "[%d records] " % len(records)

    def formatFooter(self, records):
        return " [end]"


print(Header().format([fixed, rec3]))

# --- a logger with its own handler
s1 = io.StringIO()
h1 = logging.StreamHandler(s1)
h1.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
app = logging.getLogger("app")
app.addHandler(h1)
app.propagate = False
print(app, app.level, app.getEffectiveLevel(), app.parent is logging.getLogger())
app.debug("not shown: effective level is WARNING")
app.info("not shown either")
app.warning("warn %s", "shown")
app.error("error %d", 1)
app.critical("critical")
app.log(25, "notice via log()")
app.setLevel("DEBUG")
app.debug("debug now shown")
app.info("info %(k)s", {"k": "mapping"})
app.fatal("fatal is critical")
show("app", s1)
print(app.isEnabledFor(logging.DEBUG), app.hasHandlers(), app.handlers == [h1])

# --- hierarchy: parents, placeholders, effective levels, getChild
abc = logging.getLogger("app.b.c")
ab = logging.getLogger("app.b")
print(abc.parent.name, ab.parent.name, logging.getLogger("app.b.c") is abc)
print(app.getChild("b") is ab, ab.getChild("c") is abc, app.getChild("b.c") is abc)
print(abc.level, abc.getEffectiveLevel(), logging.getLevelName(abc.getEffectiveLevel()))
ab.setLevel(logging.ERROR)
print(abc.getEffectiveLevel(), abc.isEnabledFor(logging.WARNING), abc.isEnabledFor(logging.ERROR))
x = logging.getLogger("deep.one.two")
print(x.parent is logging.root, logging.getLogger("deep").name)
print(x.parent.name, logging.getLogger("deep.one").parent.name)
print(logging.getLogger() is logging.root, logging.getLogger("root") is logging.root, logging.root)
names = sorted(n for n in logging.Logger.manager.loggerDict if n.startswith(("app", "deep")))
print(names)
print(sorted((n, type(v).__name__) for n, v in logging.Logger.manager.loggerDict.items()
             if n.startswith(("app", "deep"))))

# --- propagation
abc.warning("below ERROR at app.b: dropped")
abc.error("propagates to app's handler")
s2 = io.StringIO()
h2 = logging.StreamHandler(s2)
h2.setFormatter(logging.Formatter("B: %(name)s %(message)s"))
ab.addHandler(h2)
abc.critical("to app.b and app")
abc.propagate = False
null = logging.NullHandler()
abc.addHandler(null)
abc.critical("not propagated: only a NullHandler")
abc.removeHandler(null)
abc.propagate = True
ab.propagate = False
abc.error("stops at app.b")
show("app after propagation", s1)
show("app.b", s2)

# propagation to the root logger (configured by basicConfig)
mod = logging.getLogger("mod")
mod.warning("reaches the root handler")
mod.info("below WARNING: dropped")
logging.getLogger("mod.sub").error("from a child: %s", "ok")
show("root", root_stream)

# lastResort: a logger whose records reach no handler at all
lone = logging.getLogger("lone")
lone.propagate = False
saved_last_resort = logging.lastResort
lr_stream = io.StringIO()
logging.lastResort = logging.StreamHandler(lr_stream)
logging.lastResort.setLevel(logging.WARNING)
lone.warning("handled by lastResort")
lone.info("below lastResort's level")
logging.lastResort = saved_last_resort
show("lastResort", lr_stream)
print(saved_last_resort, saved_last_resort.level)

# --- disabled loggers and disable()
mod.disabled = True
mod.error("disabled logger")
mod.disabled = False
logging.disable(logging.ERROR)
mod.error("disabled by disable(ERROR)")
mod.critical("critical still passes")
print(mod.isEnabledFor(logging.ERROR), mod.isEnabledFor(logging.CRITICAL))
logging.disable(logging.NOTSET)
mod.error("enabled again")
show("disable", root_stream)

# --- filters
s3 = io.StringIO()
h3 = logging.StreamHandler(s3)
h3.setFormatter(logging.Formatter("%(name)s:%(message)s"))
flog = logging.getLogger("flt")
flog.propagate = False
flog.setLevel(logging.DEBUG)
flog.addHandler(h3)
print(logging.Filter("flt.a").filter(logging.makeLogRecord({"name": "flt.a.b"})),
      logging.Filter("flt.a").filter(logging.makeLogRecord({"name": "flt.ab"})),
      logging.Filter().filter(logging.makeLogRecord({"name": "x"})))
name_filter = logging.Filter("flt.keep")
h3.addFilter(name_filter)
logging.getLogger("flt.keep").info("kept")
logging.getLogger("flt.keep.sub").info("kept too")
logging.getLogger("flt.drop").info("dropped by the handler's filter")
h3.removeFilter(name_filter)


def no_secrets(record):
    return "secret" not in record.getMessage()


flog.addFilter(no_secrets)
flog.info("public")
flog.info("a secret")


class Tagger(logging.Filter):
    def filter(self, record):
        record.tag = "T%d" % record.levelno
        return True


tagger = Tagger()
h3.addFilter(tagger)
h3.setFormatter(logging.Formatter("%(tag)s %(message)s"))
flog.warning("tagged")
print(len(flog.filters), len(h3.filters))
flog.removeFilter(no_secrets)
flog.info("secret now passes")
h3.setLevel(logging.WARNING)
flog.info("below the handler's level")
flog.error("handler level ok")
show("filters", s3)

# --- extra, exceptions, exc_info
s4 = io.StringIO()
h4 = logging.StreamHandler(s4)


class OneLineExc(logging.Formatter):
    def formatException(self, ei):
        # The last line of the traceback: the same on CPython and gilscope.
        return "EXC " + super().formatException(ei).splitlines()[-1]


h4.setFormatter(OneLineExc("%(levelname)s %(message)s user=%(user)s"))
elog = logging.getLogger("exc")
elog.propagate = False
elog.addHandler(h4)
elog.warning("with extra", extra={"user": "ann"})
try:
    elog.warning("clash", extra={"message": "no"})
except KeyError as e:
    print("KeyError:", e)
try:
    elog.warning("clash", extra={"name": "no"})
except KeyError as e:
    print("KeyError:", e)
h4.setFormatter(OneLineExc("%(levelname)s %(message)s"))
try:
    int("nope")
except ValueError as err:
    elog.exception("failed: %s", "int", exc_info=err)
    elog.error("as error", exc_info=err)


class AppError(Exception):
    pass


err = AppError("custom")
elog.critical("tuple exc_info", exc_info=(AppError, err, None))
elog.error("no message exc", exc_info=KeyError())
show("exceptions", s4)
print(logging.Formatter().formatException((ValueError, ValueError("v"), None)).splitlines()[-1])

# --- LoggerAdapter
s5 = io.StringIO()
h5 = logging.StreamHandler(s5)
h5.setFormatter(logging.Formatter("%(levelname)s [%(conn)s] %(message)s"))
alog = logging.getLogger("adapt")
alog.propagate = False
alog.setLevel(logging.INFO)
alog.addHandler(h5)
adapter = logging.LoggerAdapter(alog, {"conn": "c1"})
adapter.info("connected %s", "now")
adapter.debug("hidden")
adapter.warning("warned")
adapter.log(logging.ERROR, "logged")
print(adapter.isEnabledFor(logging.DEBUG), adapter.getEffectiveLevel(), adapter.hasHandlers())
print(adapter.name, adapter.manager is logging.Logger.manager, repr(adapter))


class Prefix(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "[%s] %s" % (self.extra["id"], msg), kwargs


h5.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
pre = Prefix(alog, {"id": 7})
pre.info("prefixed %d", 1)
pre.error("oops")
nested = Prefix(pre, {"id": 8})
nested.warning("nested adapters")
adapter.setLevel(logging.WARNING)
pre.info("now hidden")
show("adapter", s5)
print(alog.level)

# --- Handler details
h = logging.Handler()
print(repr(h), h.name, h.level, h.formatter)
h.name = "named"
h.setLevel("INFO")
print(repr(h), h.get_name())
try:
    h.emit(fixed)
except NotImplementedError as e:
    print("NotImplementedError:", e)
try:
    h.setLevel("LOUD")
except ValueError as e:
    print("ValueError:", e)
try:
    h.setLevel(1.5)
except TypeError as e:
    print("TypeError:", e)
h.close()
nh = logging.NullHandler()
print(repr(nh), nh.handle(fixed), nh.lock)
sh = logging.StreamHandler(io.StringIO())
print(repr(sh), sh.terminator == "\n")
other = io.StringIO()
old = sh.setStream(other)
print(type(old).__name__, sh.stream is other, sh.setStream(other))
sh.terminator = " | "
sh.handle(fixed)
sh.handle(fixed)
print(repr(other.getvalue()))


class Upper(logging.Handler):
    def __init__(self):
        super().__init__()
        self.seen = []

    def emit(self, record):
        self.seen.append(self.format(record).upper())


up = Upper()
ulog = logging.getLogger("custom")
ulog.propagate = False
ulog.addHandler(up)
ulog.warning("custom %s", "handler")
ulog.removeHandler(up)
ulog.removeHandler(up)
ulog.addHandler(logging.NullHandler())
ulog.warning("after removing")
print(up.seen, len(ulog.handlers))

# errors while emitting go to handleError (raiseExceptions False: silently ignored)
bad = io.StringIO()
bh = logging.StreamHandler(bad)
blog = logging.getLogger("bad")
blog.propagate = False
blog.addHandler(bh)
logging.raiseExceptions = False
blog.warning("%d", "not a number")
logging.raiseExceptions = True
saved_stderr = sys.stderr
sys.stderr = captured = io.StringIO()
try:
    blog.warning("%d %d", 1)
finally:
    sys.stderr = saved_stderr
print(repr(bad.getvalue()))
print([line for line in captured.getvalue().splitlines()
       if line.startswith(("---", "TypeError", "Message", "Arguments"))])

# --- several threads logging through one handler
import threading

ts = io.StringIO()
th = logging.StreamHandler(ts)
th.setFormatter(logging.Formatter("%(name)s %(message)s"))
tlog = logging.getLogger("threads")
tlog.propagate = False
tlog.setLevel(logging.INFO)
tlog.addHandler(th)


def work(n):
    child = tlog.getChild("w%d" % n)
    for i in range(20):
        child.info("item %d", i)


workers = [threading.Thread(target=work, args=(n,)) for n in range(4)]
for t in workers:
    t.start()
for t in workers:
    t.join()
lines = ts.getvalue().splitlines()
print(len(lines), sorted(set(line.split()[0] for line in lines)))
print(all(sorted(l for l in lines if l.startswith("threads.w%d " % n)) ==
          sorted("threads.w%d item %d" % (n, i) for i in range(20)) for n in range(4)))

# --- setLoggerClass
class MyLogger(logging.Logger):
    def hello(self):
        return "hello from " + self.name


logging.setLoggerClass(MyLogger)
my = logging.getLogger("mine.x")
print(type(my).__name__, my.hello(), logging.getLoggerClass() is MyLogger)
logging.setLoggerClass(logging.Logger)
print(type(logging.getLogger("mine")).__name__, type(my.parent).__name__)
try:
    logging.setLoggerClass(int)
except TypeError as e:
    print("TypeError:", e)

# --- module-level functions and basicConfig
logging.warning("module-level %s", "warning")
logging.info("dropped at WARNING")
logging.error("module-level error")
logging.critical("module-level critical")
logging.log(logging.WARNING, "module-level log")
logging.exception("module-level exception", exc_info=ValueError("bad"))
show("module level", root_stream)

logging.basicConfig(stream=io.StringIO(), format="ignored: root already has a handler")
print(len(logging.root.handlers), logging.root.handlers[0].stream is root_stream)

new_stream = io.StringIO()
logging.basicConfig(stream=new_stream, force=True, level="DEBUG",
                    format="{levelname}|{name}|{message}", style="{")
print(len(logging.root.handlers), logging.root.handlers[0].stream is new_stream, logging.root.level)
logging.debug("debug through root")
logging.getLogger("child").info("child through root")
show("forced basicConfig", new_stream)

hs = [logging.StreamHandler(io.StringIO()), logging.StreamHandler(io.StringIO())]
hs[1].setFormatter(logging.Formatter("own: %(message)s"))
logging.basicConfig(handlers=hs, force=True, format="shared: %(message)s")
logging.warning("to two handlers")
print(repr(hs[0].stream.getvalue()), repr(hs[1].stream.getvalue()))
for kwargs in [{"stream": io.StringIO(), "filename": "x.log"}, {"handlers": hs, "stream": io.StringIO()},
               {"bogus": 1, "stream": io.StringIO()}, {"style": "?", "stream": io.StringIO()}]:
    try:
        logging.basicConfig(force=True, **kwargs)
        print("accepted", sorted(kwargs))
    except ValueError as e:
        print("ValueError:", str(e).replace(",$", ""))

# --- FileHandler and basicConfig(filename=...)
tmpdir = os.environ.get("TMPDIR", "/tmp")
path = os.path.join(tmpdir, "gilscope_logging_test_%d.log" % os.getpid())
fh = logging.FileHandler(path, mode="w", encoding="utf-8")
fh.setFormatter(logging.Formatter("%(levelname)s:%(name)s:%(message)s"))
print(fh.baseFilename == os.path.abspath(path), fh.mode, fh.encoding)
flg = logging.getLogger("file")
flg.propagate = False
flg.addHandler(fh)
flg.warning("first line")
flg.error("second line: %s", "caf\u00e9")
flg.removeHandler(fh)
fh.close()
print(fh.stream)
with open(path, encoding="utf-8") as f:
    print(repr(f.read()))

dh = logging.FileHandler(path, mode="a", delay=True)
print(dh.stream)
dh.setFormatter(logging.Formatter("delayed %(message)s"))
dh.handle(logging.makeLogRecord({"msg": "appended"}))
print(dh.stream is not None)
dh.close()
with open(path) as f:
    print(f.read().splitlines())

logging.basicConfig(filename=path, filemode="w", force=True, format="%(name)s %(message)s", level=logging.INFO)
logging.info("into the file via basicConfig")
logging.getLogger("fc").warning("from a child")
logging.shutdown()
with open(path) as f:
    print(f.read().splitlines())
os.remove(path)
print(os.path.exists(path))

# back to a quiet StringIO root before exit
logging.basicConfig(stream=io.StringIO(), force=True)
print("done")
