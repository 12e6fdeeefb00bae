# gilscope's interpreter against CPython on benchmark programs (demo-app/bench/programs/, written for
# gilscope in the manner of pyperformance's, each with a direct runner instead of pyperf), interleaved:
# each round runs every program on both, alternating which goes first. A benchmark, not a test.
#
#   python3 demo-app/bench/speed_vs_cpython.py [ROUNDS] [REPS] [--gilscope CMD]
#
# CMD starts gilscope's interpreter (default: java -jar demo-app/target/gilscope-demo.jar); for
# example --gilscope demo-app/bin/gilpython, with GILSCOPE_JAVA naming a Java 25 for its AOT cache.
# steady: the median time of a program's bench() from its third call on, in one process of REPS calls;
# process: the wall time of a whole process that calls bench() once (interpreter or JVM start-up
# included). Prints a Markdown table of the per-round ratios gilscope / CPython (median, min-max over
# the rounds) and their geometric means. Every run's result must equal CPython's.
import argparse
import math
import os
import subprocess
import sys
import time

from jar_ab import command, warm_up

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(HERE, "programs")
JAR = os.path.join(HERE, "..", "target", "gilscope-demo.jar")
NAMES = ["nbody", "richards", "fannkuch", "spectral_norm", "float_bench", "chaos", "go", "hexiom", "deltablue", "raytrace",
         "nqueens", "pidigits", "unpack_sequence", "generators", "pystone"]


def run(cmd, program, reps):
    t0 = time.perf_counter()
    out = subprocess.run(cmd + [os.path.join(PROGRAMS, program + ".py"), str(reps)], capture_output=True, text=True, cwd=PROGRAMS)
    wall = time.perf_counter() - t0
    if out.returncode != 0:
        sys.exit(f"{program} failed under {cmd[0]}: {out.stderr.strip()[-500:]}")
    times = [float(l.split()[1]) for l in out.stdout.splitlines() if l.startswith("time ")]
    result = [l for l in out.stdout.splitlines() if l.startswith("result ")][-1]
    return times, result, wall


def median(xs):
    xs = sorted(xs)
    n = len(xs)
    return xs[n // 2] if n % 2 else (xs[n // 2 - 1] + xs[n // 2]) / 2


def main():
    args = argparse.ArgumentParser(description="gilscope's interpreter against CPython, interleaved")
    args.add_argument("rounds", nargs="?", type=int, default=3)
    args.add_argument("reps", nargs="?", type=int, default=6, help="bench() calls in the steady-state process")
    args.add_argument("--gilscope", help="command that starts gilscope's interpreter (default: java -jar JAR)")
    args = args.parse_args()
    if not os.path.exists(JAR):
        sys.exit(f"no {JAR}: build it first (mvn -B -q -pl demo-app package -DskipTests)")
    python = [sys.executable]
    gilscope = command(args.gilscope or JAR)
    warm_up(gilscope)
    rounds, reps = args.rounds, args.reps
    steady = {n: [] for n in NAMES}
    process = {n: [] for n in NAMES}
    for r in range(rounds):
        for name in NAMES:
            order = [("cpython", python), ("gilscope", gilscope)]
            if r % 2:
                order.reverse()
            got = {}
            for who, cmd in order:
                times, result, _ = run(cmd, name, reps)
                _, result1, wall1 = run(cmd, name, 1)
                got[who] = (median(times[2:]), result, result1, wall1)
            if got["cpython"][1] != got["gilscope"][1] or got["cpython"][2] != got["gilscope"][2]:
                sys.exit(f"{name}: gilscope's result {got['gilscope'][1]} differs from CPython's {got['cpython'][1]}")
            steady[name].append((got["gilscope"][0] / got["cpython"][0], got["cpython"][0], got["gilscope"][0]))
            process[name].append(got["gilscope"][3] / got["cpython"][3])
            print(f"round {r + 1}/{rounds} {name}: steady {got['cpython'][0]:.3f} s / {got['gilscope'][0]:.3f} s, "
                  f"process {got['cpython'][3]:.2f} s / {got['gilscope'][3]:.2f} s", file=sys.stderr)
    print("| program | CPython steady | gilscope steady | steady ratio | whole-process ratio |")
    print("|---|---|---|---|---|")
    for name in NAMES:
        s = [x[0] for x in steady[name]]
        p = process[name]
        print(f"| {name} | {median([x[1] for x in steady[name]]):.3f} s | {median([x[2] for x in steady[name]]):.3f} s | "
              f"{median(s):.2f} ({min(s):.2f}-{max(s):.2f}) | {median(p):.2f} ({min(p):.2f}-{max(p):.2f}) |")
    gs = math.exp(sum(math.log(median([x[0] for x in steady[n]])) for n in NAMES) / len(NAMES))
    gp = math.exp(sum(math.log(median(process[n])) for n in NAMES) / len(NAMES))
    print(f"| geometric mean | | | {gs:.2f} | {gp:.2f} |")


main()
