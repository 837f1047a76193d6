#!/usr/bin/env python3
"""Writes N meeting files of one board (the Kent HWB, 24 members) into a folder, for benchmarks.

Usage: bench/generate.py N OUT_DIR
Dates cycle through 2013-2028 Wednesdays; one meeting in seven gets its notice a day late, one in
eleven a tie recorded carried, so the checks have findings to report. Deterministic (no randomness).
"""
import datetime as dt
import os
import sys

n, out = int(sys.argv[1]), sys.argv[2]
os.makedirs(out, exist_ok=True)
here = os.path.dirname(os.path.abspath(__file__))
board = open(os.path.join(here, "..", "examples", "kent-hwb-2013", "board.yaml"), encoding="utf-8").read()
with open(os.path.join(out, "board.yaml"), "w", encoding="utf-8") as f:
    f.write(board)
members = ["gough", "carter", "ireland", "peachey", "whittle", "kumta", "jones", "woodhead",
           "chaudhuri", "armstrong", "martin", "bowes", "segall-jones", "watkins"]
start = dt.date(2013, 1, 2)  # a Wednesday
for i in range(n):
    day = start + dt.timedelta(weeks=i % 800)
    sent = day - dt.timedelta(days=9 if i % 7 else 6)
    lines = [
        "kind: meeting",
        f"id: m{i:06d}",
        "board: kent-hwb",
        f"date: {day.isoformat()}",
        f"notice-sent: {sent.isoformat()}",
        "agenda:",
        "  - {item: 1, title: Minutes, kind: minutes}",
        "  - {item: 2, title: Decision, decision: true}",
        "attendance:",
        f"  present: [{', '.join(members[: 8 + i % 6])}]",
        "presiding: gough",
        "votes:",
        "  - item: 2",
    ]
    if i % 11 == 0:
        lines += ["    for: [gough, carter, ireland]", "    against: [peachey, whittle, kumta]", "    result: carried"]
    else:
        lines += ["    for: [gough, carter, ireland, peachey]", "    against: [whittle]", "    result: carried"]
    sub = os.path.join(out, f"{i // 1000:03d}")
    os.makedirs(sub, exist_ok=True)
    with open(os.path.join(sub, f"m{i:06d}.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
