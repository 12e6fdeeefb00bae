#!/usr/bin/env python3
"""Two builds of gilscope-demo.jar, A and B, on the same programs, interleaved (A B, then B A, ...),
so that the machine's drift hits both alike. Each program prints "warm calls: S s", or is one of
bench/programs/ (its "time S" lines, of which the median from the third on counts); prints, per
program, both medians and the median and range of the per-pair ratios B/A.

Usage: demo-app/bench/jar_ab.py A.jar B.jar [PAIRS] [PROGRAM.py ...]
       (default 8 pairs; programs: benchmarks/programs/countdown_calls.py and demo-app/bench/calls_bench.py)
"""
import os
import re
import statistics
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def warm_seconds(jar, program):
    program = os.path.abspath(program)
    out = subprocess.run(["java", "-jar", jar, program], capture_output=True, text=True, check=True,
                         cwd=os.path.dirname(os.path.abspath(program))).stdout
    warm = re.search(r"warm calls: ([0-9.]+)", out)
    if warm:
        return float(warm.group(1))
    times = [float(line.split()[1]) for line in out.splitlines() if line.startswith("time ")]
    return statistics.median(times[2:])


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    a, b = sys.argv[1], sys.argv[2]
    pairs = int(sys.argv[3]) if len(sys.argv) > 3 else 8
    programs = sys.argv[4:] or [os.path.join(ROOT, "benchmarks/programs/countdown_calls.py"),
                                os.path.join(ROOT, "demo-app/bench/calls_bench.py")]
    for program in programs:
        times = {a: [], b: []}
        ratios = []
        for i in range(pairs):
            order = (a, b) if i % 2 == 0 else (b, a)
            t = {jar: warm_seconds(jar, program) for jar in order}
            for jar in order:
                times[jar].append(t[jar])
            ratios.append(t[b] / t[a])
        ratios.sort()
        print(f"{os.path.basename(program)}: A {statistics.median(times[a]):.3f} s, B {statistics.median(times[b]):.3f} s; "
              f"B/A median {statistics.median(ratios):.3f} (range {ratios[0]:.3f}-{ratios[-1]:.3f}, {pairs} interleaved pairs)")


if __name__ == "__main__":
    main()
