"""Sum-product normal form: proving equalities of sums without unrolling (exact-real domain).

A value is put in the form ``Σ_t c_t · Σ_{B_t} [G_t] · Π F_t``: a sum of terms, each a rational
coefficient, summation binders, index guards (from concat) and a product of factors (reads and
other non-linear atoms). Two forms are equal when their terms pair up such that each pair has a
bijection between summation binders (a permutation, optionally reversing a binder) with equal
extents and equal summands — checked by Z3 on quantifier-free formulas with the binders as fresh
constants. This is the approach of SPORES (Wang et al., VLDB 2020) and TensorRight (Arora et al.,
POPL 2025); every Z3 check it makes is kept as a proof obligation.

Guards of the form ``b < e`` / ``e <= b`` are absorbed into the binder's range (so sums over a
concat split), and a binder the summand does not use becomes a factor of its extent.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from fractions import Fraction
from typing import Any

import z3

from semantics.dtypes import DType
from semantics.scalar import (
    ABinder,
    AnyBinder,
    Binder,
    Cast,
    Cmp,
    Cond,
    IConst,
    IExpr,
    IVar,
    Lit,
    Not,
    Op,
    Read,
    Reduce,
    Select,
    SExpr,
    iadd,
    imax,
    imin,
    isub,
    ivar_names,
    neg,
    substitute,
)
from verifier.zutil import conj


@dataclass(frozen=True)
class Term:
    """``coef · Π scale · Σ_{binders} [guards] · Π factors``."""

    coef: Fraction
    binders: tuple[AnyBinder, ...] = ()
    guards: tuple[Cond, ...] = ()
    factors: tuple[SExpr, ...] = ()
    scale: tuple[IExpr, ...] = ()


NF = list[Term]

MAX_TERMS = 64
MAX_BIJECTIONS = 48


class TooBig(Exception):
    """The normal form would be too large to be useful."""


@dataclass
class Builder:
    """Builds normal forms, inventing fresh binder names when products would capture."""

    counter: int = 0

    def fresh(self, name: str) -> str:
        self.counter += 1
        base = name.split("%")[0].split("~")[0]
        return f"{base}~{self.counter}"

    # ---------------------------------------------------------------- construction
    def nf(self, s: SExpr) -> NF:
        match s:
            case Lit(value=v, dtype=d):
                if d is DType.BOOL:
                    return [Term(Fraction(1), factors=(s,))]
                f = Fraction(repr(float(v))) if isinstance(v, float) else Fraction(int(v))
                return [] if f == 0 else [Term(f)]
            case Op(op=op, args=args, dtype=d) if d is not DType.BOOL:
                return self._op(op, args, s)
            case Cast(arg=a, dtype=d) if _value_preserving(a.dtype, d):
                return self.nf(a)
            case Select(cond=c, then=t, other=o):
                return [self._guard(x, c) for x in self.nf(t)] + [self._guard(x, neg(c)) for x in self.nf(o)]
            case Reduce(kind="sum", binders=bs, body=body, dtype=d) if d is not DType.BOOL:
                renamed, body2 = self._rename_binders(bs, body)
                out = [replace(t, binders=renamed + t.binders) for t in self.nf(body2)]
                return [self.simplify(t) for t in out]
        return [Term(Fraction(1), factors=(s,))]

    def _op(self, op: str, args: tuple[SExpr, ...], s: SExpr) -> NF:
        match op:
            case "add":
                return self._check(self.nf(args[0]) + self.nf(args[1]))
            case "subtract":
                return self._check(self.nf(args[0]) + scaled(self.nf(args[1]), Fraction(-1)))
            case "negative":
                return scaled(self.nf(args[0]), Fraction(-1))
            case "positive":
                return self.nf(args[0])
            case "multiply":
                return self.product(self.nf(args[0]), self.nf(args[1]))
            case "square":
                a = self.nf(args[0])
                return self.product(a, self.nf(args[0]))
            case "power":
                n = args[1]
                if isinstance(n, Lit) and isinstance(n.value, int | float) and 1 <= int(n.value) <= 4:
                    out = self.nf(args[0])
                    for _ in range(int(n.value) - 1):
                        out = self.product(out, self.nf(args[0]))
                    return out
            case "divide" if s.dtype.is_float:
                one = Lit(1.0, s.dtype)
                recip = Op("divide", (one, args[1]), s.dtype)
                if args[0] == one:
                    return [Term(Fraction(1), factors=(recip,))]
                return self.product(self.nf(args[0]), [Term(Fraction(1), factors=(recip,))])
        return [Term(Fraction(1), factors=(s,))]

    def _check(self, terms: NF) -> NF:
        if len(terms) > MAX_TERMS:
            raise TooBig(f"normal form has more than {MAX_TERMS} terms")
        return terms

    def _guard(self, t: Term, c: Cond) -> Term:
        return self.simplify(replace(t, guards=(*t.guards, c)))

    def _rename_binders(self, bs: tuple[AnyBinder, ...], body: Any) -> tuple[tuple[AnyBinder, ...], Any]:
        from semantics.scalar import IndexVar

        ints: dict[str, IExpr] = {}
        idxs: dict[str, Any] = {}
        out: list[AnyBinder] = []
        for b in bs:
            new = self.fresh(b.name)
            if isinstance(b, Binder):
                ints[b.name] = IVar(new)
                out.append(Binder(new, b.extent))
            else:
                idxs[b.name] = IndexVar(new)
                out.append(ABinder(new, b.shape))
        return tuple(out), substitute(body, ints, idxs)

    def product(self, a: NF, b: NF) -> NF:
        out: NF = []
        for x in a:
            for y in b:
                bs, (guards, factors, scale) = self._rename_binders(y.binders, (y.guards, y.factors, y.scale))
                out.append(
                    self.simplify(
                        Term(
                            x.coef * y.coef,
                            x.binders + bs,
                            x.guards + guards,
                            x.factors + factors,
                            x.scale + scale,
                        )
                    )
                )
        return self._check(out)

    # ---------------------------------------------------------------- simplification
    def simplify(self, t: Term) -> Term:
        """Absorb range guards into binders; turn unused binders into extent factors."""
        changed = True
        while changed:
            changed = False
            for b in t.binders:
                if not isinstance(b, Binder):
                    continue
                absorbed = self._absorb(t, b)
                if absorbed is not None:
                    t, changed = absorbed, True
                    break
                rest = (t.guards, t.factors, t.scale, [x for x in t.binders if x is not b])
                if b.name not in ivar_names(rest):
                    t = replace(
                        t,
                        binders=tuple(x for x in t.binders if x is not b),
                        scale=(*t.scale, imax(b.extent, IConst(0))) if b.extent != IConst(1) else t.scale,
                    )
                    changed = True
                    break
        return t

    def _absorb(self, t: Term, b: Binder) -> Term | None:
        lo: IExpr = IConst(0)
        hi: IExpr = b.extent
        keep: list[Cond] = []
        hit = False
        for g in t.guards:
            bound = _range_guard(g, b.name)
            if bound is None:
                keep.append(g)
                continue
            kind, e = bound
            hit = True
            if kind == "upper":
                hi = imin(hi, e)
            else:
                lo = imax(lo, e)
        if not hit:
            return None
        new = self.fresh(b.name)
        shifted = iadd(IVar(new), lo)
        ext = imax(isub(hi, lo), IConst(0))
        binders = tuple(Binder(new, ext) if x is b else x for x in t.binders)
        rest = substitute((tuple(keep), t.factors, t.scale), {b.name: shifted})
        return Term(t.coef, binders, rest[0], rest[1], rest[2])


def scaled(terms: NF, k: Fraction) -> NF:
    return [replace(t, coef=t.coef * k) for t in terms]


def _value_preserving(src: DType, dst: DType) -> bool:
    """Casts that are the identity on values in the exact-real domain."""
    if src is dst:
        return True
    if src is DType.BOOL or dst is DType.BOOL:
        return False
    if dst.is_float:
        return True
    if src.is_float:
        return False
    lo_s, hi_s = src.int_range
    lo_d, hi_d = dst.int_range
    return lo_d <= lo_s and hi_s <= hi_d


def _range_guard(g: Cond, name: str) -> tuple[str, IExpr] | None:
    """``b < e`` (upper, exclusive) or ``e <= b`` (lower) with ``b`` not in ``e``."""
    v = IVar(name)
    match g:
        case Cmp(op="<", a=a, b=e) if a == v and name not in ivar_names(e):
            return "upper", e
        case Cmp(op="<=", a=a, b=e) if a == v and name not in ivar_names(e):
            return "upper", iadd(e, IConst(1))
        case Cmp(op="<=", a=e, b=a) if a == v and name not in ivar_names(e):
            return "lower", e
        case Cmp(op="<", a=e, b=a) if a == v and name not in ivar_names(e):
            return "lower", iadd(e, IConst(1))
        case Not(item=Cmp(op="<", a=a, b=e)) if a == v and name not in ivar_names(e):
            return "lower", e
        case Not(item=Cmp(op="<", a=e, b=a)) if a == v and name not in ivar_names(e):
            return "upper", iadd(e, IConst(1))
    return None


# ---------------------------------------------------------------- comparison


@dataclass
class Checker:
    """Decides ``hyps ⇒ goal`` obligations; supplied by the caller (it owns encoder and timeout)."""

    encode_value: Callable[[SExpr], Any]
    encode_int: Callable[[IExpr], Any]
    encode_cond: Callable[[Cond], Any]
    valid: Callable[[list[Any], Any, str], bool]
    bind: Callable[[Sequence[AnyBinder]], tuple[list[Any], list[Any]]]
    unbind: Callable[[Sequence[AnyBinder]], None]
    to_real: Callable[[Any], Any]


@dataclass
class Match:
    lhs: Term
    rhs: Term
    mapping: tuple[tuple[str, str, bool], ...]  # lhs binder, rhs binder, reversed


def summand(t: Term, chk: Checker) -> Any:
    """The summand of a term (binders bound) as a real-valued Z3 expression."""
    value: Any = z3.RealVal(t.coef)
    for s in t.scale:
        value = value * z3.ToReal(chk.encode_int(s))
    for f in t.factors:
        value = value * chk.to_real(chk.encode_value(f))
    if t.guards:
        g = conj(*[chk.encode_cond(c) for c in t.guards])
        value = z3.If(g, value, z3.RealVal(0))
    return value


def _bijections(lt: Term, rt: Term) -> list[list[tuple[AnyBinder, AnyBinder, bool]]]:
    lb, rb = list(lt.binders), list(rt.binders)
    out: list[list[tuple[AnyBinder, AnyBinder, bool]]] = []
    for perm in itertools.permutations(range(len(rb))):
        pairs = [(lb[i], rb[j]) for i, j in enumerate(perm)]
        if any(type(a) is not type(b) for a, b in pairs):
            continue
        flips_options = [(False, True) if isinstance(a, Binder) else (False,) for a, _ in pairs]
        for flips in itertools.product(*flips_options):
            out.append([(a, b, f) for (a, b), f in zip(pairs, flips, strict=True)])
            if len(out) >= MAX_BIJECTIONS:
                return _identity_first(out)
    return _identity_first(out)


def _identity_first(
    cands: list[list[tuple[AnyBinder, AnyBinder, bool]]],
) -> list[list[tuple[AnyBinder, AnyBinder, bool]]]:
    return sorted(cands, key=lambda c: sum(f for _, _, f in c))


def match_terms(lt: Term, rt: Term, hyps: list[Any], chk: Checker) -> Match | None:
    """A bijection of binders under which both terms sum the same values, or None."""
    if len(lt.binders) != len(rt.binders):
        return None
    for cand in _bijections(lt, rt):
        if not _extents_equal(cand, hyps, chk):
            continue
        _, guards = chk.bind([a for a, _, _ in cand])
        try:
            mapping: dict[str, IExpr] = {}
            from semantics.scalar import IndexVar

            idxs: dict[str, Any] = {}
            for a, b, flip in cand:
                if isinstance(a, Binder) and isinstance(b, Binder):
                    mapping[b.name] = isub(isub(b.extent, IConst(1)), IVar(a.name)) if flip else IVar(a.name)
                else:
                    idxs[b.name] = IndexVar(a.name)
            right = Term(
                rt.coef,
                (),
                substitute(rt.guards, mapping, idxs),
                substitute(rt.factors, mapping, idxs),
                substitute(rt.scale, mapping, idxs),
            )
            left = replace(lt, binders=())
            goal = summand(left, chk) == summand(right, chk)
            ok = chk.valid([*hyps, *guards], goal, "summands equal under a binder bijection")
        finally:
            chk.unbind([a for a, _, _ in cand])
        if ok:
            return Match(lt, rt, tuple((a.name, b.name, f) for a, b, f in cand))
    return None


def _extents_equal(cand: list[tuple[AnyBinder, AnyBinder, bool]], hyps: list[Any], chk: Checker) -> bool:
    goals: list[Any] = []
    for a, b, _ in cand:
        if isinstance(a, Binder) and isinstance(b, Binder):
            if a.extent == b.extent:
                continue
            goals.append(chk.encode_int(a.extent) == chk.encode_int(b.extent))
        elif isinstance(a, ABinder) and isinstance(b, ABinder) and a.shape != b.shape:
            return False
    if not goals:
        return True
    return chk.valid(hyps, conj(*goals), "extents equal")


def merge_alpha(terms: NF) -> NF:
    """Add the coefficients of alpha-equivalent terms (same binders, guards, factors)."""
    from verifier.encode import canonical

    buckets: dict[str, Term] = {}
    order: list[str] = []
    for t in terms:
        probe = Reduce("sum", t.binders, _pack(t), DType.F64)
        key, _, _ = canonical(probe)
        if key in buckets:
            buckets[key] = replace(buckets[key], coef=buckets[key].coef + t.coef)
        else:
            buckets[key] = t
            order.append(key)
    return [buckets[k] for k in order if buckets[k].coef != 0]


def _pack(t: Term) -> SExpr:
    """A stand-in expression carrying a term's guards, factors and scale (for alpha keys only)."""
    inner: SExpr = Op("pack", tuple(t.factors), DType.F64)
    for g in t.guards:
        inner = Select(g, inner, Lit(0.0, DType.F64))
    for s in t.scale:
        inner = Op("scale", (inner, Read("$scale", (s,), DType.I64)), DType.F64)
    return inner


@dataclass
class Outcome:
    proved: bool
    reason: str = ""


def equal_forms(left: NF, right: NF, hyps: list[Any], chk: Checker) -> Outcome:
    """Whether two normal forms denote the same value under ``hyps``."""
    left, right = merge_alpha(left), merge_alpha(right)
    open_l = [t for t in left if t.binders]
    open_r = [t for t in right if t.binders]
    closed_l = [t for t in left if not t.binders]
    closed_r = [t for t in right if not t.binders]
    unmatched: list[Term] = []
    for lt in open_l:
        found = None
        for rt in open_r:
            m = match_terms(lt, rt, hyps, chk)
            if m is not None:
                found = rt
                break
        if found is None:
            unmatched.append(lt)
        else:
            open_r.remove(found)
    if unmatched or open_r:
        n = len(unmatched) + len(open_r)
        return Outcome(False, f"{n} sum term(s) found no partner with equal extents and summands")
    lsum = z3.Sum([summand(t, chk) for t in closed_l]) if closed_l else z3.RealVal(0)
    rsum = z3.Sum([summand(t, chk) for t in closed_r]) if closed_r else z3.RealVal(0)
    if chk.valid(hyps, lsum == rsum, "terms without sums equal"):
        return Outcome(True)
    return Outcome(False, "the terms outside sums differ (or Z3 could not decide)")
