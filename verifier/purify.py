"""Purifying array reads (Ackermann's reduction) so IEEE queries stay in pure bit-vector/float logic.

Z3 is slow when floating-point terms sit under uninterpreted functions of integer indices (measured:
``x(i)*1.0 == x(i)`` in f64 takes ~4 s, ``v*1.0 == v`` 0.2 s). Every ground read ``f(t)`` becomes a
constant; reads of one input whose indices are provably equal (a cheap integer query) share one
constant, provably different ones need nothing, and only undecided pairs keep the congruence
``t1 == t2 -> v1 == v2``. The result is equisatisfiable with the original query; the integer facts
used to merge reads are returned as obligations of their own.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import z3

from verifier.zutil import conj


@dataclass
class Purified:
    hyps: list[Any]
    goal: Any
    merges: list[tuple[list[Any], Any]] = field(default_factory=list)  # (int hyps, args equal)


def _nodes(e: Any) -> Iterator[tuple[Any, bool]]:
    """Every node of a formula once, with whether it sits under a quantifier."""
    stack: list[tuple[Any, bool]] = [(e, False)]
    seen: set[tuple[int, bool]] = set()
    while stack:
        x, bound = stack.pop()
        key = (x.get_id(), bound)
        if key in seen:
            continue
        seen.add(key)
        yield x, bound
        if z3.is_quantifier(x):
            stack.append((x.body(), True))
        elif z3.is_app(x):
            stack.extend((c, bound) for c in x.children())


def _ground_apps(e: Any, decls: set[Any], out: dict[int, Any]) -> bool:
    """Collect ground applications of ``decls``; return whether any occur under a binder."""
    under = False
    for x, bound in _nodes(e):
        if z3.is_app(x) and x.decl() in decls:
            if bound:
                under = True
            else:
                out.setdefault(x.get_id(), x)
    return under


def _int_only(e: Any) -> bool:
    """A formula over ints and bools only (safe to hand to a linear-arithmetic check)."""
    stack = [e]
    seen: set[int] = set()
    while stack:
        x = stack.pop()
        if x.get_id() in seen:
            continue
        seen.add(x.get_id())
        if z3.is_quantifier(x):
            return False
        s = x.sort()
        if s.kind() not in (z3.Z3_INT_SORT, z3.Z3_BOOL_SORT):
            return False
        if z3.is_app(x):
            if x.num_args() and x.decl().kind() == z3.Z3_OP_UNINTERPRETED:
                return False
            stack.extend(x.children())
    return True


def _check(hyps: Sequence[Any], goal: Any, timeout_ms: int) -> z3.CheckSatResult:
    s = z3.Solver()
    s.set("timeout", timeout_ms)
    s.add(*hyps)
    s.add(goal)
    return s.check()


def purify(hyps: Sequence[Any], goal: Any, decls: Sequence[Any], timeout_ms: int = 2000) -> Purified | None:
    """The purified query, or None when there is nothing to purify."""
    dset = set(decls)
    apps: dict[int, Any] = {}
    under = False
    for h in [*hyps, goal]:
        under = _ground_apps(h, dset, apps) or under
    if not apps:
        return None
    int_hyps = [h for h in hyps if _int_only(h)]
    groups: dict[str, list[Any]] = {}
    for app in sorted(apps.values(), key=lambda a: a.sexpr()):
        groups.setdefault(app.decl().name(), []).append(app)
    subst: list[tuple[Any, Any]] = []
    extra: list[Any] = []
    links: list[Any] = []
    merges: list[tuple[list[Any], Any]] = []
    counter = 0
    for name, group in sorted(groups.items()):
        classes: list[list[Any]] = []
        for app in group:
            home = None
            for cls in classes:
                rep = cls[0]
                same = conj(*[a == b for a, b in zip(app.children(), rep.children(), strict=True)])
                if _check(int_hyps, z3.Not(same), timeout_ms) == z3.unsat:
                    merges.append((int_hyps, same))
                    home = cls
                    break
            if home is None:
                classes.append([app])
            else:
                home.append(app)
        consts = []
        for cls in classes:
            counter += 1
            c = z3.Const(f"{name}!v{counter}", cls[0].sort())
            consts.append(c)
            for app in cls:
                subst.append((app, c))
                if under:
                    links.append(app == c)
        for (ca, a), (cb, b) in _pairs(list(zip(consts, [cls[0] for cls in classes], strict=True))):
            same = conj(*[x == y for x, y in zip(a.children(), b.children(), strict=True)])
            if _check(int_hyps, same, timeout_ms) == z3.unsat:
                continue  # provably different indices: no constraint
            extra.append(z3.Implies(same, ca == cb))
    new_hyps = [z3.substitute(h, *subst) for h in [*hyps, *extra]] + links
    return Purified(new_hyps, z3.substitute(goal, *subst), merges)


def _pairs(items: list[Any]) -> list[tuple[Any, Any]]:
    return [(items[i], items[j]) for i in range(len(items)) for j in range(i + 1, len(items))]


def _constants(e: Any) -> set[str]:
    """Names of the uninterpreted constants and functions a formula mentions."""
    return {
        x.decl().name()
        for x, _ in _nodes(e)
        if z3.is_app(x) and not z3.is_quantifier(x) and x.decl().kind() == z3.Z3_OP_UNINTERPRETED
    }


def cone(hyps: Sequence[Any], goal: Any) -> list[Any]:
    """The hypotheses that share symbols with the goal, transitively (the cone of influence).

    Dropping the rest only weakens the hypotheses, so a proof of the sliced query is a proof of the
    whole; it keeps Z3 on its fast path for pure floating-point goals.
    """
    syms = [(_constants(h), h) for h in hyps]
    reach = _constants(goal)
    keep: list[Any] = []
    changed = True
    taken = [False] * len(syms)
    while changed:
        changed = False
        for n, (cs, h) in enumerate(syms):
            if not taken[n] and (cs & reach or not cs):
                taken[n] = True
                keep.append(h)
                reach |= cs
                changed = True
    return [h for n, (_, h) in enumerate(syms) if taken[n]]
