#!/usr/bin/env python3
"""Prints a Gatling HTML report's statistics table as Markdown: per request kind, count, KO, rps, p50/p95/p99.

Usage: scripts/gatling-summary.py target/gatling/<run>/index.html [cpu_ms_total]
"""
import html
import re
import sys

text = open(sys.argv[1], encoding="utf-8").read()
cpu_ms = float(sys.argv[2]) if len(sys.argv) > 2 else None
rows = []
# Each statistics row: the name (ellipsed span, or "All Requests") then 13 value cells col-2..col-14.
for match in re.finditer(r'<tr[^>]*>(.*?)</tr>', text, re.S):
    row = match.group(1)
    cells = re.findall(r'<td class="value[^"]*col-(\d+)">([^<]*)</td>', row)
    if len(cells) < 13:
        continue
    name = re.search(r'class="ellipsed-name">([^<]*)<', row)
    label = html.unescape(name.group(1)) if name else "All Requests"
    values = {int(c): v.strip() for c, v in cells}
    rows.append((label, values))

seen = set()
print("| request | count | KO | KO % | rps | p50 ms | p95 ms | p99 ms | max ms |")
print("|---|---|---|---|---|---|---|---|---|")
for label, v in rows:
    if label in seen:
        continue
    seen.add(label)
    print(f"| {label} | {v[2]} | {v[4]} | {v[5]} | {v[6]} | {v[8]} | {v[10]} | {v[11]} | {v[12]} |")
total = next((v for label, v in rows if label == "All Requests"), None)
if total and cpu_ms is not None:
    count = int(total[2].replace(",", ""))
    print()
    print(f"App CPU time: {cpu_ms / 1000:.1f} s for {count} requests = {cpu_ms / max(count, 1):.2f} ms per request")
