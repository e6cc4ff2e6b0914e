"""Verifying many rules: load files, fan (rule, domain) jobs out to processes, collect in order."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from rules.loader import Rule, load_rules
from semantics.errors import VersaError
from verifier.verdict import Verdict, claim_met
from verifier.verify import verify


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
) -> list[RuleResult]:
    """Verdicts for every rule in every domain, in rule order whatever the number of jobs."""
    work = [(r, d, timeout) for r in rules for d in domains]
    verdicts: list[Verdict]
    if jobs <= 1 or len(work) <= 1:
        verdicts = []
        for w in work:
            v = _job(w)
            verdicts.append(v)
            if progress:
                progress(w[0], w[1], v)
    else:
        with ProcessPoolExecutor(max_workers=min(jobs, os.cpu_count() or 1, len(work))) as pool:
            verdicts = []
            for w, v in zip(work, pool.map(_job, work, chunksize=1), strict=True):
                verdicts.append(v)
                if progress:
                    progress(w[0], w[1], v)
    out: list[RuleResult] = []
    it = iter(verdicts)
    for r in rules:
        out.append(RuleResult(r, {d: next(it) for d in domains}))
    return out


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
