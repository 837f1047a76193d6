#!/usr/bin/env bash
# Interleaved A/B timing of whole commands: runs each command in turn, N rounds (A, B, A, B, ...),
# so that a change of the machine's speed during the runs hits every command alike, then prints the
# median and spread of wall time and of CPU time (user+sys), and peak RSS, for each.
#
# Usage: bench/ab.sh N "label::command" "label::command" ...
# Example, this build against an older commit's:
#   git worktree add /tmp/quorate-base <commit> && (cd /tmp/quorate-base && ./quorate --version)
#   bench/ab.sh 30 "base::/tmp/quorate-base/quorate check examples/kent-hwb-2013" \
#                  "head::./quorate check examples/kent-hwb-2013" "hello::java -version"
# Needs python3 (3.9+). Each command runs under `bash -c`; it may exit 0 or 1 (findings); output is
# discarded. Wall time is taken to the microsecond (GNU time's 10 ms step is a quarter of a JVM
# hello world); CPU time and peak RSS come from the kernel's accounting of the process (wait4).
set -euo pipefail
[ $# -ge 2 ] || { echo "usage: bench/ab.sh N \"label::command\"..." >&2; exit 2; }
exec python3 - "$(dirname "$0")" "$@" <<'PY'
import statistics as st, sys

sys.dont_write_bytecode = True  # no __pycache__ left in bench/
sys.path.insert(0, sys.argv[1])
from bench import run  # bench/bench.py: one process timed to the microsecond, CPU and RSS from wait4

n = int(sys.argv[2])
specs = [s.split("::", 1) for s in sys.argv[3:]]
rows = {label: [] for label, _ in specs}
for _ in range(n):
    for label, cmd in specs:
        rows[label].append(run(["bash", "-c", cmd])[1:])
for label, _ in specs:
    wall = [r[0] for r in rows[label]]
    cpu = [r[1] for r in rows[label]]
    rss = [r[2] for r in rows[label]]
    print("%-20s wall median %.3f min %.3f max %.3f | cpu median %.3f min %.3f | rss %d MiB (%d runs)"
          % (label, st.median(wall), min(wall), max(wall), st.median(cpu), min(cpu), st.median(rss), len(wall)))
PY
