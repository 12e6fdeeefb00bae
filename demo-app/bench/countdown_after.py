# benchmarks/programs/countdown_calls.py (countdown(50_000_000) six times; prints "warm calls: S s",
# which jar_ab.py reads) after one of bench/programs/ has run (default richards): the steady state of
# a loop in a real program, whose interpreter the JIT compiled for other code first.
#   java -jar demo-app/target/gilscope-demo.jar demo-app/bench/countdown_after.py [PROGRAM]
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "programs"))
program = sys.argv[1] if len(sys.argv) > 1 else "richards"
del sys.argv[1:]   # the program's runner then makes its default number of bench() calls
__import__(program)

calls = os.path.join(HERE, "..", "..", "benchmarks", "programs", "countdown_calls.py")
with open(calls) as f:
    exec(compile(f.read(), calls, "exec"), {"__name__": "__main__"})
