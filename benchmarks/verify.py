"""Verification time per rule over the library: median, p90 and max per domain, and verdict counts.

Usage: python benchmarks/verify.py [RULE_FILES...] [--out benchmarks/verify.json] [--timeout 10]
Prints a table; writes the per-rule seconds and the summary as JSON. A benchmark, not a test.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import time
from collections import Counter
from pathlib import Path

import z3

from rules import library_paths
from verifier.runner import load_all, run


def percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    s = sorted(values)
    k = min(len(s) - 1, max(0, round(q * (len(s) - 1))))
    return s[k]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("paths", nargs="*", help="rule files (default: the library)")
    ap.add_argument("--out", default="benchmarks/verify.json")
    ap.add_argument("--timeout", type=float, default=10.0)
    args = ap.parse_args()
    files = args.paths or [str(p) for p in library_paths()]
    rules = load_all(files)
    domains = ["real", "ieee"]
    start = time.perf_counter()
    results = run(rules, domains, args.timeout)
    wall = time.perf_counter() - start
    rows = []
    print(
        f"{'domain':8s} {'rules':>6s} {'median s':>9s} {'p90 s':>8s} {'max s':>8s} {'total s':>8s}  verdicts"
    )
    summary: dict[str, object] = {}
    for d in domains:
        secs = [r.verdicts[d].seconds for r in results]
        counts = Counter(r.verdicts[d].status for r in results)
        stats = {
            "rules": len(secs),
            "median": statistics.median(secs) if secs else 0.0,
            "p90": percentile(secs, 0.9),
            "max": max(secs, default=0.0),
            "total": sum(secs),
            "verdicts": dict(sorted(counts.items())),
        }
        summary[d] = stats
        verdicts = ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
        print(
            f"{d:8s} {len(secs):6d} {stats['median']:9.3f} {stats['p90']:8.3f} {stats['max']:8.3f} "
            f"{stats['total']:8.2f}  {verdicts}"
        )
    claimed = [r.verdicts[r.rule.domain].seconds for r in results]
    print(
        f"claimed domain: median {statistics.median(claimed) if claimed else 0:.3f} s per rule; "
        f"wall time {wall:.1f} s for {len(rules)} rules x {len(domains)} domains"
    )
    for r in results:
        rows.append(
            {
                "file": Path(r.rule.file).name,
                "rule": r.rule.name,
                "claim": r.rule.domain,
                **{f"{d}_status": r.verdicts[d].status for d in domains},
                **{f"{d}_seconds": round(r.verdicts[d].seconds, 4) for d in domains},
            }
        )
    out = {
        "machine": {
            "python": platform.python_version(),
            "z3": z3.get_version_string(),
            "cpu": platform.processor(),
        },
        "timeout": args.timeout,
        "wall_seconds": round(wall, 2),
        "summary": summary,
        "rules": rows,
    }
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(out, indent=1) + "\n")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
