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
# Needs GNU time (/usr/bin/time) and python3. Commands may exit 0 or 1 (findings); output is discarded.
set -euo pipefail
[ $# -ge 2 ] || { echo "usage: bench/ab.sh N \"label::command\"..." >&2; exit 2; }
n=$1; shift
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
for ((i = 1; i <= n; i++)); do
  k=0
  for spec in "$@"; do
    k=$((k + 1))
    cmd="${spec#*::}"
    /usr/bin/time -o "$tmp/t" -f "%e %M %U %S" bash -c "$cmd" >/dev/null 2>&1 || true
    tail -1 "$tmp/t" >> "$tmp/$k"
  done
done
k=0
for spec in "$@"; do
  k=$((k + 1))
  printf "%-20s " "${spec%%::*}"
  python3 - "$tmp/$k" <<'PY'
import statistics as st, sys
rows = [l.split() for l in open(sys.argv[1]) if l.strip()]
wall = [float(r[0]) for r in rows]
cpu = [float(r[2]) + float(r[3]) for r in rows]
rss = [int(r[1]) for r in rows]
print("wall median %.2f min %.2f max %.2f | cpu median %.2f min %.2f | rss %d MiB (%d runs)"
      % (st.median(wall), min(wall), max(wall), st.median(cpu), min(cpu), st.median(rss) // 1024, len(rows)))
PY
done
