"""Bounded refutation: concrete small dims, reductions unrolled, values left to Z3.

Random search tries values; this asks Z3 for values at each small size (smallest first), so
counterexamples that need particular floats (reassociation, cancellation) are found too. Models
are replayed through ``check_point`` like any other candidate.
"""

from __future__ import annotations

import itertools
from typing import Any

import z3

from rules.loader import Rule
from semantics.denote import declared_arrays, denote, typings
from semantics.errors import VersaError
from semantics.ops.base import Ctx
from semantics.scalar import IConst, IExpr, IVar, Shape
from verifier.domains import make_domain
from verifier.encode import Encoder, Unrollable
from verifier.model import point_from_model
from verifier.search import Names, check_point
from verifier.verdict import Counterexample
from verifier.zutil import conj

MAX_SIZES = 6
MAX_TYPINGS = 4
SIZES = (0, 1, 2, 3)


def _size_choices(
    names: list[str], any_rank: list[str]
) -> list[tuple[dict[str, int], dict[str, tuple[int, ...]]]]:
    """Small dims (and small shapes for any-rank arrays), smallest total first."""
    out: list[tuple[dict[str, int], dict[str, tuple[int, ...]]]] = []
    rank_shapes = [()] + [(d,) for d in (1, 2, 3)] + [(a, b) for a in (1, 2) for b in (1, 2, 3)]
    for dims in itertools.product(SIZES, repeat=len(names)):
        for shapes in itertools.product(rank_shapes, repeat=len(any_rank)):
            out.append((dict(zip(names, dims, strict=True)), dict(zip(any_rank, shapes, strict=True))))
            if len(out) > 4096:
                break
    out.sort(key=lambda c: (sum(c[0].values()) + sum(sum(s) for s in c[1].values()), repr(c)))
    return out


def bounded_search(rule: Rule, domain: str, timeout_ms: int) -> Counterexample | None:
    """A replayed counterexample at a small concrete size, or None."""
    names = Names.of(rule)
    if names.keys:
        return None  # an abstract key has no concrete value for the solver to pick
    arrays = declared_arrays(rule.lhs) | declared_arrays(rule.rhs)
    any_rank = sorted(n for n, d in arrays.items() if d.dims is None)
    dim_names = [d for d in names.dims if not any(d.startswith(f"{a}.") for a in any_rank)]
    for typing in itertools.islice(typings(arrays), MAX_TYPINGS):
        tried = 0
        for dims, rank_shapes in _size_choices(dim_names, any_rank):
            if tried >= MAX_SIZES:
                break
            shapes: dict[str, Shape] = {}
            ok = True
            for n, d in arrays.items():
                if d.dims is None:
                    shapes[n] = tuple(IConst(v) for v in rank_shapes[n])
                else:
                    vals = [_eval_dim(x, dims) for x in d.dims]
                    if any(v is None or v < 0 for v in vals):
                        ok = False
                        break
                    shapes[n] = tuple(IConst(v) for v in vals if v is not None)
            if not ok:
                continue
            try:
                cex = _try_size(rule, domain, typing, dims, shapes, names, timeout_ms)
            except (VersaError, Unrollable, z3.Z3Exception):
                continue
            tried += 1
            if cex is not None:
                return cex
    return None


def _eval_dim(e: IExpr, dims: dict[str, int]) -> int | None:
    from semantics.concrete import Interpreter

    try:
        return Interpreter({}, dims).ival(e, {})
    except VersaError:
        return None


def _try_size(
    rule: Rule,
    domain: str,
    typing: dict[str, Any],
    dims: dict[str, int],
    shapes: dict[str, Shape],
    names: Names,
    timeout_ms: int,
) -> Counterexample | None:
    from semantics.scalar import substitute

    concrete = {n: IConst(v) for n, v in dims.items()}
    ctx = Ctx(typing, shapes)
    lhs = denote(substitute(rule.lhs, concrete), ctx)
    rhs = denote(substitute(rule.rhs, concrete), ctx)
    enc = Encoder(make_domain(domain), mode="unroll")
    for dname, dval in dims.items():
        enc.env[dname] = z3.IntVal(dval)
    hyps: list[Any] = [enc.cond(substitute(rule.where, concrete)), enc.cond(lhs.wf), enc.cond(lhs.defined)]
    for i in names.ints:
        hyps += [enc.int_var(i) >= -4, enc.int_var(i) <= 4]
    if not isinstance(lhs.shape, tuple) or not isinstance(rhs.shape, tuple):
        return None
    if len(lhs.shape) != len(rhs.shape) or lhs.dtype is not rhs.dtype:
        return None
    idx = tuple(IVar(f"i{j}") for j in range(len(lhs.shape)))
    bounds = []
    for v, d in zip(idx, lhs.shape, strict=True):
        z = enc.int_var(v.name)
        bounds += [z >= 0, z < enc.iexpr(d)]
    same = conj(*[enc.iexpr(a) == enc.iexpr(b) for a, b in zip(lhs.shape, rhs.shape, strict=True)])
    good = z3.And(enc.cond(rhs.wf), same, enc.cond(rhs.defined))
    value = enc.equal(enc.sexpr(lhs.at(idx)), enc.sexpr(rhs.at(idx)), lhs.dtype)
    s = z3.Solver()
    s.set("timeout", timeout_ms)
    s.set("random_seed", 0)
    s.add(*hyps, *enc.facts, *bounds)
    s.add(z3.Not(z3.And(good, value)))
    if s.check() != z3.sat:
        return None
    model = s.model()
    concrete_shapes = {n: sh for n, sh in shapes.items() if isinstance(sh, tuple)}
    p = point_from_model(model, enc, typing, concrete_shapes, [], names.ints)
    if p is None:
        return None
    p.dims = {n: v for n, v in dims.items() if n in names.dims}
    return check_point(rule, domain, p, "bounded unrolling")
