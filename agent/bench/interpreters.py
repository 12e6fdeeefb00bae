#!/usr/bin/env python3
"""Single-threaded cost of the agent (mode new, with its recording) on third-party interpreters.

LuaJ, Rhino (interpreted) and JRuby (-X-C) run interpreters/bench.* alone and under the agent through
their presets, in PAIRS interleaved pairs of JVMs (which of the two goes first alternates). Each script
runs a long loop and many short calls, ROUNDS rounds in one JVM; per JVM the median of the second half
of its rounds (warm) is taken, per pair the ratio agent / alone, and the median ratio over pairs is
printed with its min-max.

Needs the agent jar, the test classes and the interpreters in ~/.m2: `mvn -pl agent verify` first.
Usage: agent/bench/interpreters.py [PAIRS] [ROUNDS] [NAMES...]
JAVA_HOME selects the JDK; AGENT_OPTIONS adds agent options (count=false, mode=off) to compare variants.
"""
import os, re, statistics, subprocess, sys, tempfile

AGENT_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
M2 = os.environ.get("M2_REPO", os.path.expanduser("~/.m2/repository"))
JAVA = os.path.join(os.environ["JAVA_HOME"], "bin", "java") if os.environ.get("JAVA_HOME") else "java"
INTERPRETERS = {
    "luaj": ([f"{M2}/org/luaj/luaj-jse/3.0.1/luaj-jse-3.0.1.jar"], ["lua"], "bench/interpreters/bench.lua"),
    "rhino": ([f"{M2}/org/mozilla/rhino/1.8.1/rhino-1.8.1.jar", "target/test-classes"], ["thirdparty.RunJs"], "bench/interpreters/bench.js"),
    "jruby": ([f"{M2}/org/jruby/jruby-complete/9.4.8.0/jruby-complete-9.4.8.0.jar"], ["org.jruby.Main", "-X-C"], "bench/interpreters/bench.rb"),
}
ROUND = re.compile(r"^round loop=([0-9.eE-]+) calls=([0-9.eE-]+)$")


def run(name, agent, rounds, out):
    cp, main, script = INTERPRETERS[name]
    cmd = [JAVA] + os.environ.get("JVM_OPTIONS", "").split()
    if agent:
        extra = os.environ.get("AGENT_OPTIONS", "")
        cmd.append(f"-javaagent:target/gilscope-agent.jar=preset={name},jfr={out}/{name}.jfr" + (f",{extra}" if extra else ""))
    cmd += ["-cp", os.pathsep.join(cp)] + main + [script, str(rounds)]
    lines = subprocess.run(cmd, cwd=AGENT_DIR, capture_output=True, text=True, check=True).stdout.splitlines()
    values = [tuple(map(float, m.groups())) for m in map(ROUND.match, lines) if m]
    if len(values) != rounds:
        sys.exit(f"{name}: expected {rounds} rounds, got {len(values)}: {cmd}")
    warm = values[rounds // 2:]
    return statistics.median(v[0] for v in warm), statistics.median(v[1] for v in warm)


def main():
    pairs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 8
    names = sys.argv[3:] or list(INTERPRETERS)
    with tempfile.TemporaryDirectory() as out:
        for name in names:
            ratios = {"loop": [], "calls": []}
            for p in range(pairs):
                order = [False, True] if p % 2 == 0 else [True, False]
                times = {agent: run(name, agent, rounds, out) for agent in order}
                for i, bench in enumerate(["loop", "calls"]):
                    ratios[bench].append(times[True][i] / times[False][i])
                print(f"  {name} pair {p + 1}: alone loop {times[False][0]:.3f} s calls {times[False][1]:.3f} s; "
                      f"agent loop {times[True][0]:.3f} s calls {times[True][1]:.3f} s", flush=True)
            for bench, r in ratios.items():
                print(f"{name:6} {bench:5} agent/alone median {statistics.median(r):.2f} ({min(r):.2f}-{max(r):.2f}) over {pairs} pairs")


if __name__ == "__main__":
    main()
