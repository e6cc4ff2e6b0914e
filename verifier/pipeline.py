"""``verify(rule, domain)``: the verdict of one rule in one number domain.

Pipeline: a short deterministic random search (the fast refuter); the symbolic queries per instance
(the prover); if any query did not prove, a longer search and bounded unrolling (the refuters).
Only a counterexample NumPy confirms makes ``refuted``; a timeout or an unmatched reduction is
``unknown`` with its reason; ``proved`` needs every query of every instance proved.
"""

from __future__ import annotations

import os
import time

import z3

from rules.loader import Rule
from semantics.errors import UnsupportedError, VersaError
from verifier.checks import Instance, Obligation, Outcome, Prover, build_instances
from verifier.encode import Unrollable
from verifier.search import random_search, seed_of
from verifier.smtlib import to_smtlib
from verifier.unroll import bounded_search
from verifier.verdict import Verdict
from verifier.zutil import conj

QUICK_POINTS = 24
MORE_POINTS = 400
DEFAULT_TIMEOUT = 10.0


def solver_name() -> str:
    return f"z3 {z3.get_version_string()}"


def verify(rule: Rule, domain: str, timeout: float = DEFAULT_TIMEOUT) -> Verdict:
    """Prove, refute, or explain why neither, for ``rule`` in ``domain`` (``real`` or ``ieee``)."""
    start = time.perf_counter()
    try:
        verdict = _verify(rule, domain, timeout)
    except Exception as e:  # a bug in versa: one rule's verdict, never the whole run's
        if os.environ.get("VERSA_DEBUG"):
            raise
        verdict = Verdict("unknown", domain, reason=f"internal error: {type(e).__name__}: {e} (a versa bug)")
    verdict.seconds = time.perf_counter() - start
    verdict.solver = solver_name()
    return verdict


def _refuted(domain: str, cex: object, smt2: str = "") -> Verdict:
    from verifier.verdict import Counterexample

    assert isinstance(cex, Counterexample)
    return Verdict(
        "refuted",
        domain,
        reason=f"{cex.query} query fails",
        counterexample=cex,
        smt2=smt2,
        queries={cex.query: "refuted"},
    )


def _verify(rule: Rule, domain: str, timeout: float) -> Verdict:
    instances, notes = build_instances(rule)
    if not instances:
        why = notes[0] if notes else "no dtype choice"
        return Verdict("unknown", domain, reason=f"vacuous: the lhs is never well-formed ({why})")
    seed = seed_of(rule, domain)
    cex = random_search(rule, domain, QUICK_POINTS, seed)
    if cex is not None:
        return _refuted(domain, cex)
    timeout_ms = max(int(timeout * 1000), 1)
    outcomes: list[tuple[Instance, Outcome, Prover]] = []
    for inst in instances:
        prover = Prover(rule, inst, domain, timeout_ms)
        try:
            out = prover.run()
        except (UnsupportedError, Unrollable) as e:
            out = Outcome(False, prover.last_query or "value", f"unsupported: {e}")
        except VersaError as e:
            out = Outcome(False, prover.last_query or "value", f"error: {e}")
        except z3.Z3Exception as e:
            out = Outcome(False, prover.last_query or "value", f"solver error: {e}")
        if out.counterexample is not None:
            return _refuted(domain, out.counterexample, _query_smt2(rule, domain, prover))
        outcomes.append((inst, out, prover))
    live = [(i, o, p) for i, o, p in outcomes if o.query != "vacuity"]
    if not live:
        return Verdict("unknown", domain, reason=outcomes[0][1].reason)
    if all(o.ok for _, o, _ in live):
        obligations = [ob for _, _, p in live for ob in p.obligations]
        bounded = any(i.bounded for i, _, _ in live)
        status = "proved-bounded" if bounded else "proved"
        smt2 = render_smt2(rule, domain, obligations, status)
        return Verdict(
            status,  # type: ignore[arg-type]
            domain,
            bound="ranks <= 4" if bounded else "",
            queries={q: "proved" for q in ("wf", "shape", "dtype", "defined", "value")},
            smt2=smt2,
        )
    first_inst, first, prover = next((i, o, p) for i, o, p in live if not o.ok)
    cex = random_search(rule, domain, MORE_POINTS, seed + 1)
    if cex is None:
        cex = bounded_search(rule, domain, min(timeout_ms, 5000))
    if cex is not None:
        return _refuted(domain, cex, _query_smt2(rule, domain, prover))
    where = f" [{first_inst.label}]" if len(instances) > 1 and first_inst.label else ""
    return Verdict(
        "unknown",
        domain,
        reason=f"{first.reason}{where}",
        queries={first.query: "unknown"},
        smt2=_query_smt2(rule, domain, prover),
    )


def _header(rule: Rule, domain: str, status: str, lines: list[str]) -> str:
    out = [
        f"; versa proof obligation for rule {rule.name!r} ({rule.file}), domain {domain}: {status}",
        f"; lhs: {rule.lhs_text}",
        f"; rhs: {rule.rhs_text}",
        *lines,
        "(set-logic ALL)",
    ]
    return "\n".join(out) + "\n"


def render_smt2(rule: Rule, domain: str, obligations: list[Obligation], status: str) -> str:
    """One self-contained query: ``unsat`` iff every obligation the prover discharged is valid."""
    s = z3.Solver()
    s.add(
        z3.Or(*[conj(*ob.hyps, z3.Not(ob.goal)) for ob in obligations]) if obligations else z3.BoolVal(False)
    )
    labels = [f";   {n}. {ob.label}" for n, ob in enumerate(obligations, 1)]
    note = [
        "; unsat proves every obligation below; sums equal by a bijection of their indices are the",
        "; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.",
        "; obligations:",
        *labels,
    ]
    return _header(rule, domain, status, note) + to_smtlib(s.assertions())


def _query_smt2(rule: Rule, domain: str, prover: Prover) -> str:
    """The query that failed (sat or unknown), for inspection."""
    ob = prover.failed
    if ob is None:
        return ""
    s = z3.Solver()
    s.add(*ob.hyps, z3.Not(ob.goal))
    note = [f"; the query that did not prove: {ob.label} (sat = a counterexample may exist)"]
    return _header(rule, domain, "not proved", note) + to_smtlib(s.assertions())
