#!/usr/bin/env python3
"""How long a demo-app JVM takes to be ready to run work, alone and under the agent.

Runs `print("ready")` in interleaved rounds of these JVMs and times each until its first line of
output (wall), reading the CPU it used by then from /proc (user + system, all its threads):
  alone          java -jar gilscope-demo.jar
  alone, jfr     the same with a JFR recording of its own (-XX:StartFlightRecording, gilscope.jfc's settings,
                 no agent): the floor for any recorded JVM
  agent, cold    the agent with cache=off: Byte Buddy instruments every class (as every JVM did before the cache)
  agent          the agent, its instrumented classes from the cache (filled by a first run)
  agent, jfr     the same, recording (jfr=), as multiprocessing children of a recorded program do
  baseline, jfr  with --baseline JAR: another build of the agent, recording, for a before/after comparison
Prints the median with min-max per JVM kind. Usage: agent/bench/startup.py [ROUNDS] [--baseline JAR]  (after mvn package)
"""
import os, statistics, subprocess, sys, tempfile, time

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(os.path.dirname(here))
agent = os.path.join(root, "agent/target/gilscope-agent.jar")
demo = os.path.join(root, "demo-app/target/gilscope-demo.jar")
args = sys.argv[1:]
baseline = None
if "--baseline" in args:
    i = args.index("--baseline")
    baseline = os.path.abspath(args[i + 1])
    del args[i:i + 2]
rounds = int(args[0]) if args else 9
tick = os.sysconf("SC_CLK_TCK")
work = tempfile.mkdtemp()
program = os.path.join(work, "ready.py")
open(program, "w").write('print("ready")\n')
cache = os.path.join(work, "cache")
jfc = os.path.join(root, "agent/src/main/resources/gilscope.jfc")
kinds = {
    "alone": [],
    "alone, jfr": ["-Xlog:jfr+startup=off", f"-XX:StartFlightRecording:filename={work}/alone.jfr,settings={jfc}"],
    "agent, cold": [f"-javaagent:{agent}=cache=off"],
    "agent": [f"-javaagent:{agent}=cache={cache}"],
    "agent, jfr": [f"-javaagent:{agent}=cache={cache},jfr={work}/ready.jfr"],
}
if baseline:
    kinds["baseline, jfr"] = [f"-javaagent:{baseline}=cache={cache}-baseline,jfr={work}/baseline.jfr"]

def ready(jvm_args):
    start = time.perf_counter()
    p = subprocess.Popen(["java", *jvm_args, "-jar", demo, program], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    p.stdout.readline()
    wall = time.perf_counter() - start
    fields = open(f"/proc/{p.pid}/stat").read().rsplit(")", 1)[1].split()
    cpu = (int(fields[11]) + int(fields[12])) / tick
    p.wait()
    return wall, cpu

ready(kinds["agent"])   # fills the caches
if baseline:
    ready(kinds["baseline, jfr"])
results = {k: ([], []) for k in kinds}
for _ in range(rounds):
    for kind, args in kinds.items():
        wall, cpu = ready(args)
        results[kind][0].append(wall)
        results[kind][1].append(cpu)
print(f"{rounds} rounds; median (min-max) until the first line of output")
for kind, (walls, cpus) in results.items():
    print(f"  {kind:13} wall {statistics.median(walls):.3f} s ({min(walls):.3f}-{max(walls):.3f})"
          f"   cpu {statistics.median(cpus):.2f} s ({min(cpus):.2f}-{max(cpus):.2f})")
