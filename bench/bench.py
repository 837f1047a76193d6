#!/usr/bin/env python3
"""Times whole `quorate check` runs next to a JVM hello world, in the same run, and prints the medians,
spread (min-max) and ratios against the hello world as a Markdown table.

Usage: bench/bench.py [--runs N] [--sizes 1,1000,10000,100000] [--out bench/RESULTS-latest.md]
Needs: Java 17, python3 (3.9+). Builds nothing: run `mvn -q package -DskipTests`
first (./quorate does it on first use). Every run goes through the ./quorate launcher, as a user's.
"""
import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def run(cmd, cwd=None, stderr=subprocess.DEVNULL):
    """Runs one whole process, output discarded; returns its exit code, wall seconds (to the
    microsecond), CPU seconds (user+sys) and peak RSS in MiB. GNU time's wall clock has a 10 ms step,
    a quarter of a JVM hello world, so the process is timed here and its CPU and peak RSS read from
    the kernel's accounting of it (wait4), as GNU time does. bench/ab.sh uses this too."""
    start = time.perf_counter()
    p = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=stderr)
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.perf_counter() - start
    code = p.returncode = os.waitstatus_to_exitcode(status)
    return code, wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def timed(cmd, cwd=ROOT):
    """Wall seconds and peak RSS (MiB) of one whole process that must exit 0 or 1."""
    with tempfile.TemporaryFile() as err:
        code, wall, _, rss = run(cmd, cwd, err)
        if code not in (0, 1):
            err.seek(0)
            sys.exit(f"{' '.join(cmd)} exited {code}: {err.read()[-2000:].decode(errors='replace')}")
        return wall, rss


def measure(cmds, runs, warmup=1):
    """Median, min and max wall seconds and peak RSS of each command. With several, their runs take
    turns (A, B, A, B, ...), so that a change in the machine's speed meanwhile (here up to 2 x within
    minutes) hits each alike and the ratios between them hold."""
    for _ in range(warmup):
        for cmd in cmds:
            timed(cmd)
    samples = [[] for _ in cmds]
    for _ in range(runs):
        for i, cmd in enumerate(cmds):
            samples[i].append(timed(cmd))
    out = []
    for ss in samples:
        walls = [s[0] for s in ss]
        out.append((statistics.median(walls), min(walls), max(walls), max(s[1] for s in ss)))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--sizes", default="1,1000,10000")
    ap.add_argument("--out", default=None)
    a = ap.parse_args()
    work = tempfile.mkdtemp(prefix="quorate-bench-")
    hello = os.path.join(work, "Hello.java")
    with open(hello, "w") as f:
        f.write("public class Hello { public static void main(String[] a) { System.out.println(\"hello\"); } }\n")
    subprocess.run(["javac", "-d", work, hello], check=True)
    # make sure the jar and its class-data archive exist before timing (the first run creates the archive)
    subprocess.run([os.path.join(ROOT, "quorate"), "--version"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    hello_cmd = ["java", "-cp", work, "Hello"]
    sizes = sorted({int(s) for s in a.sizes.split(",")})
    rows = [] if 1 in sizes else [("JVM hello world", measure([hello_cmd], a.runs)[0])]
    single = None
    for n in sizes:
        data = os.path.join(work, f"m{n}")
        subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), str(n), data], check=True)
        target = os.path.join(data, "000", "m000000.yaml") if n == 1 else data
        cmd = [os.path.join(ROOT, "quorate"), "check", os.path.join(data, "board.yaml"), target] if n == 1 \
            else [os.path.join(ROOT, "quorate"), "check", data]
        runs = a.runs if n <= 10000 else max(3, a.runs // 3)
        if n == 1:
            # the hello world in turn with the one-file check: the ratio issue 7 sets a target for
            hello, r = measure([hello_cmd, cmd], runs)
            rows.insert(0, ("JVM hello world", hello))
            single = r[0]
        else:
            r = measure([cmd], runs)[0]
        rows.append((f"check, {n} meeting file{'s' if n != 1 else ''}", r))
    base = rows[0][1][0]
    lines = [f"Machine: {platform.machine()}, {os.cpu_count()} cores, {platform.platform()}, "
             f"{subprocess.run(['java', '-version'], capture_output=True, text=True).stderr.splitlines()[0]}",
             f"Runs per row: {a.runs} after 1 warm-up (3+ for 100k; the hello world's in turn with the one-file check's); "
             "wall seconds of the whole process; peak RSS from the kernel (wait4).",
             "",
             "| what | median s | min-max s | x hello world | x single file | peak MiB |",
             "|---|---|---|---|---|---|"]
    for name, (med, lo, hi, rss) in rows:
        lines.append(f"| {name} | {med:.3f} | {lo:.3f}-{hi:.3f} | {med / base:.1f} | "
                     f"{(med / single) if single else float('nan'):.1f} | {rss:.0f} |")
    lines += ["", "Per meeting file (the single-file run's fixed cost taken off): "
              + ", ".join(f"{name.split(', ')[1]}: {1000 * (med - single) / int(name.split()[1]):.3f} ms"
                          for name, (med, lo, hi, rss) in rows[2:] if single)]
    lines += ["", "| target (issue 7) | measured | met? |", "|---|---|---|"]
    by_n = {int(name.split()[1]): r for name, r in rows[1:]}
    if 1 in by_n:
        med, lo, hi, rss = by_n[1]
        lines.append(f"| one file <= 8 x hello world, <= 100 MiB | {med / base:.1f} x, {rss:.0f} MiB | "
                     f"{'yes' if med / base <= 8 and rss <= 100 else 'no'} |")
    if 10000 in by_n and single:
        med, lo, hi, rss = by_n[10000]
        lines.append(f"| 10,000 files <= 15 x one file, <= 400 MiB | {med / single:.1f} x, {rss:.0f} MiB | "
                     f"{'yes' if med / single <= 15 and rss <= 400 else 'no'} |")
    text = "\n".join(lines) + "\n"
    print(text)
    if a.out:
        with open(a.out, "w") as f:
            f.write(text)


if __name__ == "__main__":
    main()
