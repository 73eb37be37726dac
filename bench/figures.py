#!/usr/bin/env python3
"""Every issue-#11 figure of docs/performance.md, each as a ratio against a baseline measured in the
same run (run by bench/run-figures.sh; see docs/performance.md, "How to reproduce these figures").

Baselines, built from git into bench/target/baseline-<rev> on first use:
  FIRST (default dacfb1e): the first session's kernels, the issue's "today" for the cooler curve and
                           the optimum map;
  PREV  (default 5467f28): main before this session's start-up and reproduce changes;
  the numpy peer (bench/startup/nis_iv_numpy.py) for the start-up target, against the launcher as a
                           user runs it (served by the command server) and in a fresh JVM;
  the same job without a command line (bench/startup/floor.sh): the floor of this design;
  a hello-world JVM with the launcher's flags: the floor of any Java start-up.
Arms of a comparison run alternately (round k rotates the order), so load changes hit all alike.

Environment: ROUNDS (start-up rounds, default 10), FIRST, PREV, PYTHON_NUMPY (a python with numpy),
SHARED_DATA (default ../shared/data), QUICK=1 (fewer rounds, for a check that the script works).
"""
import csv
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import resource

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
QUICK = os.environ.get("QUICK") == "1"
ROUNDS = int(os.environ.get("ROUNDS", "3" if QUICK else "10"))
FIRST = os.environ.get("FIRST", "dacfb1e")
PREV = os.environ.get("PREV", "5467f28")
JMH = ["-f", "1", "-wi", "1", "-i", "2", "-w", "1s", "-r", "1s"] if QUICK else \
      ["-f", "1", "-wi", "3", "-i", "5", "-w", "1s", "-r", "1s"]
NIS_IV = "nis iv --delta 0.2meV --rt 2kOhm --te 300mK --bias 0:1mV:1001"
rows = []  # (figure, baseline, measured, ratio or value, target, verdict)


def log(*a):
    print(*a, flush=True)


def sh(cmd, **kw):
    return subprocess.run(cmd, shell=True, check=True, cwd=kw.pop("cwd", ROOT), **kw)


def load():
    return os.getloadavg()[0]


def header():
    model = "unknown"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
    rev = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    log(f"# run-figures {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, commit {rev}")
    log(f"# CPU: {model}, {os.cpu_count()} processors; {java}; {platform.platform()}")
    log(f"# load average at start: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")


def build_current():
    log("## building this checkout (./mvnw -B -q -DskipTests package)")
    sh("./mvnw -B -q -DskipTests package")


def baseline(rev, modules):
    """The tree of commit rev built in bench/target/baseline-<rev> (once)."""
    d = os.path.join(ROOT, "bench", "target", f"baseline-{rev}")
    marker = os.path.join(d, ".built-" + modules.replace(",", "-"))
    if os.path.exists(marker):
        return d
    log(f"## building baseline {rev} ({modules}) in {d}")
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    sh(f"git archive {rev} | tar -x -C {d}")
    sh(f"./mvnw -B -q -DskipTests -pl {modules} -am package", cwd=d)
    open(marker, "w").close()
    return d


def numpy_python():
    candidates = [os.environ.get("PYTHON_NUMPY"), "python3", "/usr/bin/python3"]
    pyenv = os.path.expanduser("~/.pyenv/versions")
    if os.path.isdir(pyenv):
        candidates += [os.path.join(pyenv, v, "bin", "python3") for v in sorted(os.listdir(pyenv))]
    for c in candidates:
        if c and subprocess.run([c, "-c", "import numpy"], capture_output=True).returncode == 0:
            return c
    return None


def run_timed(command):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, shell=True, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def paired(rounds, arms, warm=True):
    """Alternated whole-process runs: per arm the median wall, median CPU and the rounds' walls."""
    if warm:
        for _, c in arms:
            run_timed(c)
    wall = {n: [] for n, _ in arms}
    cpu = {n: [] for n, _ in arms}
    for k in range(rounds):
        order = arms[k % len(arms):] + arms[:k % len(arms)]
        for n, c in order:
            w, u = run_timed(c)
            wall[n].append(w)
            cpu[n].append(u)
    return wall, cpu


def ratio(wall, arm, base):
    return statistics.median(a / b for a, b in zip(wall[arm], wall[base]))


def server_status():
    """(commands served, CPU seconds) of the command server of ROOT, or None if none runs."""
    r = subprocess.run("./andreev server status", shell=True, cwd=ROOT, capture_output=True, text=True)
    for line in r.stdout.splitlines():
        f = dict(w.split("=", 1) for w in line.split() if "=" in w)
        if f.get("dir") == os.path.realpath(ROOT):
            return int(f["served"]), float(f["cpu"].rstrip("s"))
    return None


def startup(prev):
    py = numpy_python()
    hello = tempfile.mkdtemp(prefix="andreev-hello")
    with open(os.path.join(hello, "H.java"), "w") as f:
        f.write('public class H { public static void main(String[] a) { System.out.println("hello"); } }\n')
    sh(f"javac -d {hello} {hello}/H.java")
    arms = []
    if py:
        arms.append(("numpy", f"{py} bench/startup/nis_iv_numpy.py 0.2 2000 0.3 1 1001 40"))
    # "andreev" is the launcher as a user runs it: stdout is not a terminal, so the command goes to the
    # command server of the repository root (started by the first call, warmed by five more, untimed);
    # "fresh" is the same command in a fresh JVM (ANDREEV_SERVER=0). floor: the same job with no command
    # line (bench/startup/NisIvFloor.java) on this launcher's jar, JVM flags and class archive
    sh("./andreev server stop >/dev/null")
    cold = [run_timed(f"./andreev {NIS_IV}")[0]]  # the first call: a fresh JVM, and a server started beside it
    for _ in range(100):
        if server_status():
            break
        time.sleep(0.1)
    cold += [run_timed(f"./andreev {NIS_IV}")[0] for _ in range(5)]
    log(f"   the first six calls after 'server stop' (s): {' '.join(f'{w:.3f}' for w in cold)}")
    arms += [("andreev", f"./andreev {NIS_IV}"),
             ("fresh", f"ANDREEV_SERVER=0 ./andreev {NIS_IV}"),
             ("floor", "bench/startup/floor.sh"),
             ("prev", f"{prev}/andreev {NIS_IV}"),
             ("jvm-hello", f"java -Djava.awt.headless=true -XX:TieredStopAtLevel=1 -Xshare:auto "
                           f"-XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0 -cp {hello} H")]
    log(f"## start-up: {ROUNDS} alternated rounds of {[a for a, _ in arms]} (load {load():.1f})")
    before = server_status()
    wall, cpu = paired(ROUNDS, arms)
    after = server_status()
    base = "numpy" if py else "prev"
    for n, _ in arms:
        log(f"   {n:<10} wall {statistics.median(wall[n]):.3f} s  CPU {statistics.median(cpu[n]):.3f} s  "
            f"wall/{base} {ratio(wall, n, base):.2f}")
    server_cpu = None
    if before and after and after[0] > before[0]:
        server_cpu = (after[1] - before[1]) / (after[0] - before[0])
        log(f"   the server's CPU per served command: {server_cpu * 1e3:.1f} ms ({after[0] - before[0]} commands)")
    else:
        log("   the server did not serve the timed rounds (no server, or it refused): 'andreev' ran fresh JVMs")
    if py:
        r = ratio(wall, "andreev", "numpy")
        rows.append(("whole-process `./andreev " + NIS_IV + "`, output to a pipe (served)", "numpy peer, same job",
                     f"{statistics.median(wall['andreev']):.3f} s vs {statistics.median(wall['numpy']):.3f} s"
                     + (f" (+ {server_cpu * 1e3:.0f} ms of the server's CPU)" if server_cpu is not None else ""),
                     f"{r:.2f}", "≤ 0.6", "met" if r <= 0.6 else "missed"))
        rows.append(("  the same in a fresh JVM (`ANDREEV_SERVER=0`)", "numpy peer",
                     f"{statistics.median(wall['fresh']):.3f} s", f"{ratio(wall, 'fresh', 'numpy'):.2f}", "—", ""))
        rows.append(("  the first call after `server stop` (fresh JVM, server started beside it)", "numpy peer",
                     f"{cold[0]:.3f} s", f"{cold[0] / statistics.median(wall['numpy']):.2f}", "—", ""))
        rows.append(("  the floor: the same job without a command line, same jar, flags and archive", "numpy peer",
                     f"{statistics.median(wall['floor']):.3f} s", f"{ratio(wall, 'floor', 'numpy'):.2f}", "—", ""))
        rows.append(("  the JVM floor: hello world, same flags", "numpy peer",
                     f"{statistics.median(wall['jvm-hello']):.3f} s", f"{ratio(wall, 'jvm-hello', 'numpy'):.2f}", "—", ""))
    else:
        log("   no python with numpy found (set PYTHON_NUMPY): the numpy ratio is not measured")
    rows.append(("  the same job, previous launcher and jar", "this launcher",
                 f"{statistics.median(wall['prev']):.3f} s", f"{ratio(wall, 'andreev', 'prev'):.2f} (this/prev)", "—", ""))
    shutil.rmtree(hello, ignore_errors=True)


def reproduce(prev):
    out = tempfile.mkdtemp(prefix="andreev-reproduce")
    rounds = 1 if QUICK else 2
    arms = [("andreev", f"./andreev reproduce --out {out}/new"), ("prev", f"{prev}/andreev reproduce --out {out}/prev")]
    log(f"## reproduce: {rounds} alternated rounds (load {load():.1f})")
    wall, cpu = paired(rounds, arms, warm=False)
    for n, _ in arms:
        log(f"   {n:<10} wall {statistics.median(wall[n]):.2f} s  CPU {statistics.median(cpu[n]):.2f} s")
    w = statistics.median(wall["andreev"])
    rows.append(("`./andreev reproduce` (jar built), wall", "previous commit, same run",
                 f"{w:.1f} s (CPU {statistics.median(cpu['andreev']):.1f} s) vs {statistics.median(wall['prev']):.1f} s "
                 f"(CPU {statistics.median(cpu['prev']):.1f} s)",
                 f"{ratio(wall, 'andreev', 'prev'):.2f}", "≤ 10 s", "met" if w <= 10 else "missed"))
    shutil.rmtree(out, ignore_errors=True)


def jmh(jar, pattern, params=()):
    """One JMH run; {params string: score} in the benchmark's unit."""
    fd, result = tempfile.mkstemp(suffix=".csv")
    os.close(fd)
    cmd = ["java", "-Djmh.ignoreLock=true", "-jar", jar, pattern] + JMH + ["-tu", "ms", "-rf", "csv", "-rff", result]
    for p in params:
        cmd += ["-p", p]
    subprocess.run(cmd, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    scores = {}
    with open(result) as f:
        for r in csv.DictReader(f):
            key = r["Benchmark"].rsplit(".", 1)[1] + "".join(f" {k[7:]}={v}" for k, v in r.items() if k.startswith("Param: "))
            scores[key] = float(r["Score"])
    os.remove(result)
    return scores


def jmh_pair(name, old_jar, new_jar, pattern, params, target, limit):
    rounds = 1 if QUICK else 2
    old, new = [], []
    for k in range(rounds):
        for which in ((old_jar, old), (new_jar, new)) if k % 2 == 0 else ((new_jar, new), (old_jar, old)):
            which[1].append(jmh(which[0], pattern, params))
    for key in sorted(new[0]):
        rs = [n[key] / o[key] for n, o in zip(new, old)]
        r = statistics.median(rs)
        o = statistics.median(x[key] for x in old)
        n = statistics.median(x[key] for x in new)
        log(f"   {key}: first session {o:.3f} ms, now {n:.3f} ms, ratio {r:.2f}")
        rows.append((f"{name} ({key})", f"first session ({FIRST}), same run", f"{n:.2f} ms vs {o:.2f} ms",
                     f"{r:.2f}", target, "met" if r <= limit else "missed"))


def kernels(first):
    old_jar = os.path.join(first, "bench", "target", "benchmarks.jar")
    new_jar = os.path.join(ROOT, "bench", "target", "benchmarks.jar")
    log(f"## cooler curve, JMH {' '.join(JMH)}, old/new alternated (load {load():.1f})")
    jmh_pair("1001-point cooler curve, one thread", old_jar, new_jar, "CoolerCurveBench.curve1001",
             ["tBath=0.09,0.23"], "≤ 0.70", 0.70)
    log(f"## optimum map cell, JMH (load {load():.1f})")
    jmh_pair("one optimum-map cell, one thread", old_jar, new_jar, "CoolerOptimumBench.cell", [], "≤ 0.5 (map)", 0.5)
    log(f"## spin-split 1001-point N-I-S curve (load {load():.1f})")
    s = jmh(new_jar, "NisCurveBench.curve1001", ["spectrum=bcs,split", "temperature=0.105"])
    for key, v in sorted(s.items()):
        target = "≤ 20 ms" if "split" in key else "—"
        verdict = ("met" if v <= 20 else f"missed by {v - 20:.1f} ms") if "split" in key else ""
        rows.append((f"1001-point N-I-S curve at 1e-8 ({key})", "absolute (issue #2 target)", f"{v:.2f} ms", "—",
                     target, verdict))
        log(f"   {key}: {v:.2f} ms")


def effective_cores():
    data = os.environ.get("SHARED_DATA", os.path.join(os.path.dirname(ROOT), "shared", "data"))
    log(f"## effective cores of the parallel maps (load {load():.1f})")
    p = subprocess.run(["java", "-cp", "bench/target/benchmarks.jar", "org.andreev.bench.EffectiveCores", "1", data],
                       cwd=ROOT, check=True, capture_output=True, text=True)
    for line in p.stdout.splitlines():
        log("   " + line)
        parts = line.split()
        if len(parts) >= 6 and "(" in line and parts[-1].replace(".", "").isdigit():
            what = line[:58].strip()
            cw = float(parts[-3])
            rows.append((f"effective cores: {what}", "one busy thread per core, same run (ref)",
                         f"CPU/wall {cw:.2f}, ref {float(parts[-2]):.2f}", f"{float(parts[-1]):.2f} (map/ref)",
                         "CPU/wall ≥ 1.8 (map/ref ≥ 0.9)", "met" if cw >= 1.8 else "missed"))


def main():
    header()
    t0 = time.time()
    build_current()
    first = baseline(FIRST, "core,bench")
    prev = baseline(PREV, "cli")
    startup(prev)
    reproduce(prev)
    kernels(first)
    effective_cores()
    log("")
    log(f"## the table for docs/performance.md (load average at the end {' '.join(f'{x:.1f}' for x in os.getloadavg())},"
        f" {time.time() - t0:.0f} s in all)")
    log("")
    log("| figure | baseline | measured | ratio | target | |")
    log("|---|---|---|---|---|---|")
    for r in rows:
        log("| " + " | ".join(r) + " |")


if __name__ == "__main__":
    main()
