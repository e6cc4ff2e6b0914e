"""Verifying many rules: load files, fan (rule, domain) jobs out to processes, collect in order."""

from __future__ import annotations

import multiprocessing as mp
import os
import traceback
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any

from rules.loader import Rule, load_rules
from semantics.errors import VersaError
from verifier.pipeline import verify
from verifier.verdict import Verdict, claim_met


@dataclass
class RuleResult:
    rule: Rule
    verdicts: dict[str, Verdict]

    @property
    def ok(self) -> bool:
        """The rule meets its claim (if its claimed domain was checked)."""
        v = self.verdicts.get(self.rule.domain)
        return v is None or claim_met(v.status, self.rule.expect)


def load_all(paths: Sequence[str | Path]) -> list[Rule]:
    """Every rule of every file, in file order; a bad file is a ``RuleError``."""
    out: list[Rule] = []
    seen: dict[str, str] = {}
    for p in paths:
        for r in load_rules(p).rules:
            key = f"{r.stem}/{r.name}"
            if key in seen and seen[key] != r.file:
                raise VersaError(
                    f"two rule files share a stem and a rule name: rule={r.name!r} files={seen[key]},{r.file}"
                )
            seen[key] = r.file
            out.append(r)
    return out


def _job(args: tuple[Rule, str, float]) -> Verdict:
    rule, domain, timeout = args
    return verify(rule, domain, timeout)


def run(
    rules: Sequence[Rule],
    domains: Sequence[str],
    timeout: float,
    jobs: int = 1,
    progress: Callable[[Rule, str, Verdict], None] | None = None,
    isolate: bool = True,
) -> list[RuleResult]:
    """Verdicts for every rule in every domain, in rule order whatever the number of jobs.

    With ``isolate`` each (rule, domain) runs in its own process forked from this one, so no solver
    state carries over from one rule to the next: Z3's heuristics depend on its internal term ids,
    and a query near its timeout could otherwise prove or not depending on what ran before.
    """
    work = [(r, d, timeout) for r in rules for d in domains]
    verdicts: list[Verdict | None] = [None] * len(work)
    if not isolate or "fork" not in mp.get_all_start_methods():
        for n, w in enumerate(work):
            verdicts[n] = _job(w)
            if progress:
                progress(w[0], w[1], verdicts[n])  # type: ignore[arg-type]
    else:
        for n, v in _forked(work, max(1, min(jobs, os.cpu_count() or 1))):
            verdicts[n] = v
            if progress:
                progress(work[n][0], work[n][1], v)
    out: list[RuleResult] = []
    it = iter(v for v in verdicts if v is not None)
    for r in rules:
        out.append(RuleResult(r, {d: next(it) for d in domains}))
    return out


def _child(w: tuple[Rule, str, float], conn: Connection) -> None:
    try:
        conn.send(("ok", _job(w)))
    except BaseException:
        conn.send(("error", traceback.format_exc()))
    finally:
        conn.close()


def _forked(work: list[tuple[Rule, str, float]], workers: int) -> Iterator[tuple[int, Verdict]]:
    """Each job in a fresh process forked from this one, ``workers`` at a time; yields as they end."""
    ctx = mp.get_context("fork")
    pending = list(range(len(work)))
    running: dict[Connection, tuple[int, Any]] = {}
    try:
        while pending or running:
            while pending and len(running) < workers:
                n = pending.pop(0)
                recv, send = ctx.Pipe(duplex=False)
                proc = ctx.Process(target=_child, args=(work[n], send), daemon=True)
                proc.start()
                send.close()
                running[recv] = (n, proc)
            for conn in wait(list(running)):
                assert isinstance(conn, Connection)
                n, proc = running.pop(conn)
                try:
                    kind, payload = conn.recv()
                except EOFError:
                    kind, payload = "error", f"worker for {work[n][0].name} ({work[n][1]}) died"
                conn.close()
                proc.join()
                if kind != "ok":
                    raise RuntimeError(
                        f"verifying rule {work[n][0].name!r} in {work[n][1]} failed:\n{payload}"
                    )
                yield n, payload
    finally:
        for _, proc in running.values():
            proc.kill()


def select(rules: Iterable[Rule], names: Sequence[str]) -> list[Rule]:
    """Rules named by ``--rule`` (each name must exist)."""
    rules = list(rules)
    if not names:
        return rules
    known = {r.name for r in rules}
    missing = [n for n in names if n not in known]
    if missing:
        raise VersaError(f"no rule with this name: rule={missing[0]!r}")
    return [r for r in rules if r.name in names]
