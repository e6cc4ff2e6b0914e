"""``verify-rules``: wiring of loader, runner, proof store and output (table, JSON, counterexamples)."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from rules.loader import DOMAINS, Rule, library_paths
from semantics.errors import VersaError
from verifier.proofs import ProofStore, check_store, recheck_cvc5
from verifier.runner import RuleResult, load_all, run, select
from verifier.verdict import Verdict

EXIT_OK, EXIT_CLAIM, EXIT_BAD = 0, 1, 2

_STYLE = {"proved": "green", "proved-bounded": "cyan", "refuted": "red", "unknown": "yellow"}


def domains_of(domain: str) -> list[str]:
    if domain == "both":
        return list(DOMAINS)
    if domain not in DOMAINS:
        raise VersaError(f"--domain is real, ieee or both: domain={domain!r}")
    return [domain]


def verify_rules(
    paths: list[str],
    domain: str,
    timeout: float,
    jobs: int,
    rule_names: list[str],
    as_json: bool,
    check: bool,
    solver: str,
    proofs: str,
    store: bool,
) -> int:
    if timeout <= 0:
        raise VersaError(f"--timeout must be positive: timeout={timeout}")
    if jobs < 1:
        raise VersaError(f"--jobs must be at least 1: jobs={jobs}")
    if solver not in ("z3", "cvc5"):
        raise VersaError(f"--solver is z3 or cvc5: solver={solver!r}")
    files = [str(p) for p in (paths or library_paths())]
    if not files:
        raise VersaError("no rule files given and the library is empty")
    all_rules = load_all(files)
    rules = select(all_rules, rule_names)
    doms = domains_of(domain)
    proof_store = ProofStore(Path(proofs))
    if check:
        return _check(proof_store, rules, doms, as_json)
    if solver == "cvc5":
        return _recheck(proof_store, rules, doms, timeout, as_json)
    console = Console(stderr=True)
    with Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
        disable=as_json or not console.is_terminal,
    ) as bar:
        task = bar.add_task("verifying", total=len(rules) * len(doms))

        def advance(r: Rule, d: str, v: Verdict) -> None:
            bar.update(task, advance=1, description=f"{r.name} ({d})")

        results = run(rules, doms, timeout, jobs, advance)
    if store:
        whole = [r for r in all_rules if not rule_names]
        proof_store.record(((res.rule, res.verdicts) for res in results), whole)
    if as_json:
        typer.echo(json.dumps(_json(results), indent=1))
    else:
        _print(results, doms)
    return EXIT_OK if all(r.ok for r in results) else EXIT_CLAIM


def _json(results: list[RuleResult]) -> dict[str, Any]:
    rules = [
        {
            "file": r.rule.file,
            "name": r.rule.name,
            "line": r.rule.line,
            "claim": {"domain": r.rule.domain, "expect": r.rule.expect},
            "verdicts": {d: v.to_json() for d, v in r.verdicts.items()},
            "ok": r.ok,
        }
        for r in results
    ]
    return {"rules": rules, "summary": _summary(results)}


def _summary(results: list[RuleResult]) -> dict[str, Any]:
    claimed = Counter(r.verdicts[r.rule.domain].status for r in results if r.rule.domain in r.verdicts)
    per_domain = {
        d: dict(sorted(Counter(r.verdicts[d].status for r in results if d in r.verdicts).items()))
        for d in DOMAINS
        if any(d in r.verdicts for r in results)
    }
    seconds = [v.seconds for r in results for v in r.verdicts.values()]
    return {
        "rules": len(results),
        "claims_met": sum(r.ok for r in results),
        "claims_failed": sum(not r.ok for r in results),
        "claimed_domain": dict(sorted(claimed.items())),
        "per_domain": per_domain,
        "seconds": round(sum(seconds), 2),
    }


def _print(results: list[RuleResult], doms: list[str]) -> None:
    out = Console(file=sys.stdout, width=160, soft_wrap=False)
    table = Table(show_lines=False, header_style="bold")
    table.add_column("file")
    table.add_column("rule")
    table.add_column("claim")
    for d in doms:
        table.add_column(d)
    table.add_column("ok")
    table.add_column("s", justify="right")
    for r in results:
        cells = []
        for d in doms:
            v = r.verdicts[d]
            mark = "*" if d == r.rule.domain else ""
            cells.append(f"[{_STYLE[v.status]}]{v.status}{mark}[/]")
        secs = sum(v.seconds for v in r.verdicts.values())
        claim = f"{r.rule.expect} in {r.rule.domain}"
        ok = "[green]yes[/]" if r.ok else "[red]NO[/]"
        table.add_row(Path(r.rule.file).name, r.rule.name, claim, *cells, ok, f"{secs:.2f}")
    out.print(table)
    for r in results:
        if r.ok:
            continue
        v = r.verdicts[r.rule.domain]
        out.print(
            f"\n[bold red]{r.rule.file}:{r.rule.line}: rule {r.rule.name!r}[/] claims "
            f"{r.rule.expect} in {r.rule.domain}, got {v.status}",
            highlight=False,
        )
        if v.reason:
            out.print(f"  reason: {v.reason}", highlight=False, markup=False)
        if v.counterexample is not None:
            out.print(v.counterexample.text(r.rule.lhs_text, r.rule.rhs_text), highlight=False, markup=False)
    s = _summary(results)
    line = (
        f"\n{s['rules']} rules, {s['claims_met']} meet their claim, {s['claims_failed']} do not; "
        f"claimed-domain verdicts: "
        + ", ".join(f"{k} {v}" for k, v in s["claimed_domain"].items())
        + f"; {s['seconds']} s"
    )
    out.print(line, highlight=False)


def _check(store: ProofStore, rules: list[Rule], doms: list[str], as_json: bool) -> int:
    problems = check_store(store, rules, doms)
    if as_json:
        typer.echo(
            json.dumps(
                {
                    "problems": [
                        {"file": p.rule.file, "line": p.rule.line, "name": p.rule.name, "message": p.message}
                        for p in problems
                    ],
                    "rules": len(rules),
                },
                indent=1,
            )
        )
    else:
        for p in problems:
            typer.echo(f"{p.rule.file}:{p.rule.line}: rule {p.rule.name!r}: {p.message}")
        if problems:
            typer.echo(
                f"{len({p.rule.name for p in problems})} of {len(rules)} rules have missing or "
                "stale proofs; run `versa verify-rules` on their files"
            )
        else:
            typer.echo(f"all {len(rules)} rules have current proofs in {store.root}")
    return EXIT_CLAIM if problems else EXIT_OK


def _recheck(store: ProofStore, rules: list[Rule], doms: list[str], timeout: float, as_json: bool) -> int:
    """Fails when a stored proof is missing or stale, or cvc5 contradicts it (sat) or cannot read
    it; a cvc5 timeout is reported as not confirmed, not as a failure of z3's proof."""
    data = store.load()["rules"]
    rows: list[dict[str, Any]] = []
    bad = 0
    for r in rules:
        entry = data.get(f"{r.stem}/{r.name}")
        for d in doms:
            rec = (entry or {}).get("verdicts", {}).get(d)
            if entry is None or rec is None:
                rows.append({"name": r.name, "domain": d, "stored": "missing", "cvc5": "-"})
                bad += 1
                continue
            if entry.get("digest") != r.digest():
                rows.append({"name": r.name, "domain": d, "stored": "stale", "cvc5": "-"})
                bad += 1
                continue
            if rec["status"] not in ("proved", "proved-bounded"):
                rows.append({"name": r.name, "domain": d, "stored": rec["status"], "cvc5": "-"})
                continue
            answer = recheck_cvc5(store.root / rec["smt2"], timeout)
            if answer != "unsat" and not answer.startswith("unknown"):
                bad += 1  # sat contradicts the proof; an error means cvc5 could not read it
            rows.append({"name": r.name, "domain": d, "stored": rec["status"], "cvc5": answer})
    counts = Counter(
        "re-proved"
        if x["cvc5"] == "unsat"
        else "timeout"
        if x["cvc5"].startswith("unknown")
        else "skipped"
        if x["cvc5"] == "-"
        else "failed"
        for x in rows
    )
    if as_json:
        typer.echo(
            json.dumps({"recheck": rows, "summary": dict(sorted(counts.items())), "failed": bad}, indent=1)
        )
    else:
        for row in rows:
            typer.echo(f"{row['name']:40s} {row['domain']:5s} {row['stored']:15s} cvc5: {row['cvc5']}")
        typer.echo(
            f"cvc5 re-proved {counts['re-proved']} stored proofs; {counts['timeout']} not decided within "
            f"{timeout:g} s; {bad} contradicted, unreadable, missing or stale"
        )
    return EXIT_CLAIM if bad else EXIT_OK
