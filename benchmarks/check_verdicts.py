#!/usr/bin/env python3
"""How often `gilscope check` is wrong: false failures on unchanged programs, missed injected regressions.

Every check is 3 fresh baseline runs against 3 fresh current runs of a program under the agent, with the
built-in rules, as CI would run it. Half of the unchanged checks run with a CPU hog on one of the cores
(baseline and current alike: a busy CI machine). Each injected regression is checked against a baseline
of 3 runs of the unchanged program made in the same condition. It also prints each default metric's
run-to-run spread over all unchanged runs, which the default tolerances are set from.

    benchmarks/check_verdicts.py                 # 64 unchanged checks + 4 x 4 regressions, about 25 min
    benchmarks/check_verdicts.py --checks 2      # 2 checks per program and condition (a quick look)

Runs ./gilscope (which builds the jars if needed); writes its runs under target/check-verdicts and its
table to stdout. Needs a machine with nothing else running (the hog is the only load it wants).
"""
import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

HOME = Path(__file__).resolve().parent.parent
GILSCOPE = str(HOME / "gilscope")
OUT = HOME / "target" / "check-verdicts"
SEED = HOME / ".ci" / "gilscope" / "seed.py"
PROGRAMS = {
    "seed.py": SEED,
    "countdown.py": HOME / "demo-app" / "programs" / "countdown.py",
    "cpu_threads.py": HOME / "demo-app" / "programs" / "cpu_threads.py",
    "counter_race.py": HOME / "demo-app" / "programs" / "counter_race.py",
}
CHECKS = HOME / "benchmarks" / "programs" / "check"
REGRESSIONS = {  # name: (program, extra agent options), each checked against seed.py's baseline
    "interval 50 ms": (SEED, "interval=50ms"),
    "an extra contended lock": (CHECKS / "extra_lock.py", None),
    "twice the threads": (CHECKS / "twice_the_threads.py", None),
    "I/O that no longer releases the GIL": (CHECKS / "holds_through_io.py", None),
}
DEFAULT_METRICS = ["gil.waitShare", "gil.wait.p50Millis", "gil.switchesPerSecond",
                   "gil.forcedSwitchesPerSecond", "gil.convoyRatio", "locks.monitorEnter.totalMillis"]


class Hog:
    """A busy loop on one core while the with-block runs (None: no hog)."""

    def __init__(self, on):
        self.on, self.process = on, None

    def __enter__(self):
        if self.on:
            self.process = subprocess.Popen([sys.executable, "-c", "while True: pass"])
        return self

    def __exit__(self, *exc):
        if self.process:
            self.process.kill()
            self.process.wait()


def record(program, options, name):
    out = OUT / (name + ".jfr")
    command = [GILSCOPE, "run", str(program), "-o", str(out)] + (["--agent-opts", options] if options else [])
    result = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if result.returncode != 0:
        sys.exit(f"check_verdicts: {program} failed (exit {result.returncode}): {result.stderr.strip()[-300:]}")
    return out


def runs(program, options, name, hog, count=3):
    with Hog(hog):
        return [record(program, options, f"{name}-{i}") for i in range(count)]


def baseline(files, name):
    out = OUT / (name + ".json")
    subprocess.run([GILSCOPE, "baseline", *map(str, files), "-o", str(out)], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return out


def check(base, files):
    """(exit code, the metrics that failed)."""
    result = subprocess.run([GILSCOPE, "check", "--baseline", str(base), *map(str, files)],
                            capture_output=True, text=True)
    if result.returncode == 2:
        sys.exit("check_verdicts: check could not run: " + result.stderr.strip())
    failed = [line.split()[0] for line in result.stdout.splitlines() if re.search(r"\bFAIL \(", line)]
    return result.returncode, failed


def spread(baselines):
    """Per default metric: the median over baselines of (max - min) / median of its 3 runs."""
    rows = {}
    for b in baselines:
        for metric in DEFAULT_METRICS:
            values = [r.get(metric) for r in json.loads(b.read_text())["runMetrics"]]
            values = [v for v in values if isinstance(v, (int, float))]
            if len(values) == 3 and statistics.median(values) != 0:
                rows.setdefault(metric, []).append((max(values) - min(values)) / abs(statistics.median(values)))
    return {m: (statistics.median(v), max(v), len(v)) for m, v in rows.items()}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--checks", type=int, default=8, help="unchanged checks per program and load condition (default 8)")
    parser.add_argument("--regression-checks", type=int, default=4, help="checks per injected regression (default 4)")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    started = time.time()

    print("| program | load | checks | false failures | metrics that failed |")
    print("|---|---|---:|---:|---|")
    baselines, total, false_failures = [], 0, 0
    seed_baselines = {False: [], True: []}
    for name, program in PROGRAMS.items():
        for hog in (False, True):
            failures, failed_metrics = 0, []
            for i in range(args.checks):
                tag = f"{Path(name).stem}-{'hog' if hog else 'quiet'}-{i}"
                base = baseline(runs(program, None, tag + "-base", hog), tag + "-base")
                code, failed = check(base, runs(program, None, tag + "-cur", hog))
                baselines.append(base)
                if program == SEED:
                    seed_baselines[hog].append(base)
                failures += code == 1
                failed_metrics += failed
            total += args.checks
            false_failures += failures
            print(f"| {name} | {'CPU hog on one core' if hog else 'quiet'} | {args.checks} | {failures} | "
                  f"{', '.join(sorted(set(failed_metrics))) or '-'} |", flush=True)
    print(f"\n{false_failures} false failures in {total} checks of unchanged programs.\n")

    print("| injected regression | checks | caught | metrics that failed |")
    print("|---|---:|---:|---|")
    caught_all, regression_checks = 0, 0
    for name, (program, options) in REGRESSIONS.items():
        caught, failed_metrics = 0, []
        for i in range(args.regression_checks):
            hog = i % 2 == 1
            bases = seed_baselines[hog]
            base = bases[i // 2 % len(bases)]
            tag = re.sub(r"\W+", "_", name) + f"-{i}"
            code, failed = check(base, runs(program, options, tag, hog))
            caught += code == 1
            failed_metrics += failed
        caught_all += caught
        regression_checks += args.regression_checks
        print(f"| {name} | {args.regression_checks} | {caught} | {', '.join(sorted(set(failed_metrics))) or '-'} |", flush=True)
    print(f"\n{caught_all} of {regression_checks} injected regressions caught.\n")

    print("| metric | run-to-run spread (max-min)/median, median over baselines | worst | baselines |")
    print("|---|---:|---:|---:|")
    for metric, (median, worst, n) in spread(baselines).items():
        print(f"| `{metric}` | {100 * median:.0f} % | {100 * worst:.0f} % | {n} |")
    print(f"\n{time.time() - started:.0f} s on {os.cpu_count()} cores, {time.strftime('%Y-%m-%d')}")


if __name__ == "__main__":
    main()
