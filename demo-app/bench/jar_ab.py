#!/usr/bin/env python3
"""Two builds of gilscope-demo.jar, or two ways of starting it, A and B, on the same programs,
interleaved (A B, then B A, ...), so that the machine's drift hits both alike. Each program prints
"warm calls: S s", or is one of bench/programs/ (its "time S" lines, of which the median from the
third on counts); prints, per program, both medians and the median and range of the per-pair ratios
B/A. With --process it times whole processes instead (one bench() call, start-up included).

Usage: demo-app/bench/jar_ab.py [--process] [--reps N] A B [PAIRS] [PROGRAM.py ...]
       --reps N: bench() calls per process for bench/programs/ (default 5; the median counts from the
       third, so more calls measure later, steadier code)
       A and B: a jar (run with java -jar), or a command, such as
       "env GILSCOPE_JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java demo-app/bin/gilpython"
       (default 8 pairs; programs: benchmarks/programs/countdown_calls.py and demo-app/bench/calls_bench.py)
"""
import os
import re
import shlex
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def command(a):
    """java -jar for a jar; otherwise the command's words, paths made absolute (programs run in their directory)."""
    if a.endswith(".jar") and os.path.isfile(a):
        return ["java", "-jar", os.path.abspath(a)]
    return [os.path.abspath(w) if os.path.exists(w) else w for w in shlex.split(a)]


def warm_up(cmd):
    """One untimed run, so that a launcher's one-off work (gilpython's cache) is not timed."""
    subprocess.run(cmd + ["-c", "pass"], check=True, capture_output=True)


def run(cmd, program, *args):
    program = os.path.abspath(program)
    return subprocess.run(cmd + [program, *args], capture_output=True, text=True, check=True,
                          cwd=os.path.dirname(program)).stdout


def process_seconds(cmd, program):
    start = time.perf_counter()
    run(cmd, program, "1")
    return time.perf_counter() - start


def warm_seconds(cmd, program, reps=None):
    out = run(cmd, program, *([str(reps)] if reps else []))
    warm = re.search(r"warm calls: ([0-9.]+)", out)
    if warm:
        return float(warm.group(1))
    times = [float(line.split()[1]) for line in out.splitlines() if line.startswith("time ")]
    return statistics.median(times[2:])


def main():
    args = sys.argv[1:]
    process = args[:1] == ["--process"]
    if process:
        args = args[1:]
    reps = None
    if args[:1] == ["--reps"] and len(args) > 1 and args[1].isdigit():
        reps, args = int(args[1]), args[2:]
    if len(args) < 2:
        sys.exit(__doc__)
    a, b = args[0], args[1]
    cmds = {a: command(a), b: command(b)}
    measure = process_seconds if process else lambda cmd, program: warm_seconds(cmd, program, reps)
    for cmd in cmds.values():
        warm_up(cmd)
    pairs = int(args[2]) if len(args) > 2 else 8
    programs = args[3:] or [os.path.join(ROOT, "benchmarks/programs/countdown_calls.py"),
                                os.path.join(ROOT, "demo-app/bench/calls_bench.py")]
    for program in programs:
        times = {a: [], b: []}
        ratios = []
        for i in range(pairs):
            order = (a, b) if i % 2 == 0 else (b, a)
            t = {x: measure(cmds[x], program) for x in order}
            for x in order:
                times[x].append(t[x])
            ratios.append(t[b] / t[a])
        ratios.sort()
        print(f"{os.path.basename(program)}: A {statistics.median(times[a]):.3f} s, B {statistics.median(times[b]):.3f} s; "
              f"B/A median {statistics.median(ratios):.3f} (range {ratios[0]:.3f}-{ratios[-1]:.3f}, {pairs} interleaved pairs)")


if __name__ == "__main__":
    main()
