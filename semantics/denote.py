"""Denotation: a term's shape, dtype, well-formedness, definedness and index function.

One recursive walk over the term combines the op tables of ``semantics.ops``; every interpreter
(reference evaluation, Z3 translation, explain) reads its result.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, replace
from typing import assert_never

import semantics.ops  # noqa: F401  (fills the op table)
from semantics.decls import ArrayDecl
from semantics.dtypes import WEAK_DEFAULT, DType, Kind
from semantics.errors import NeedsConcreteRank, ShapeError, UnsupportedError, VersaError
from semantics.ops.base import OPS, Ctx, Den, all_defined, all_wf
from semantics.ops.indexing import denote_abstract_key, denote_subscript
from semantics.ops.reductions import reduce_
from semantics.printing import show_iexpr, show_term
from semantics.scalar import (
    TRUE,
    Binder,
    IExpr,
    Index,
    IVar,
    Lit,
    Read,
    SExpr,
    Shape,
    ShapeOf,
    conj,
    forall,
    ivar_names,
)
from semantics.terms import (
    Call,
    Const,
    KArray,
    KInt,
    KName,
    KSlice,
    Local,
    Name,
    Subscript,
    SumOver,
    Term,
)


def _attach(e: VersaError, term: Term) -> VersaError:
    if getattr(e, "span", None) is None:
        e.span = term.span  # type: ignore[attr-defined]
    return e


def denote(term: Term, ctx: Ctx) -> Den:
    """The denotation of ``term``; errors carry the innermost offending term's span."""
    try:
        den = _denote(term, ctx)
    except VersaError as e:
        raise _attach(e, term) from None
    if not den.key:
        key, names = _key(term, ctx)
        den = replace(den, key=key, key_vars=names)
    return den


def _key(term: Term, ctx: Ctx) -> tuple[str, tuple[str, ...]]:
    """Which computation a term is, with bound names resolved, and the int names it depends on.

    Two occurrences with the same key compute the same NumPy value; reductions use this to name
    their origin (the IEEE domain cannot reorder NumPy's own float sums).
    """
    names: set[str] = set()

    def ints(e: IExpr) -> str:
        r = ctx.resolve(e)
        names.update(ivar_names(r))
        return show_iexpr(r)

    def go(t: Term) -> str:
        match t:
            case Name(name=n):
                return n
            case Const(value=v):
                return repr(v)
            case Local(name=n):
                d = ctx.locals[n]
                names.update(d.key_vars)
                return d.key
            case Call(op=op, args=args, params=params):
                ps = []
                for pname, pvalue in params:
                    if isinstance(pvalue, tuple) and pvalue and not isinstance(pvalue[0], int):
                        dims = [ints(x) for x in pvalue if not isinstance(x, int)]
                        ps.append(f"{pname}=({','.join(dims)})")
                    else:
                        ps.append(f"{pname}={pvalue!r}")
                return f"{op}({','.join(go(a) for a in args)};{';'.join(ps)})"
            case Subscript(base=b, key=key):
                if isinstance(key, KName):
                    return f"{go(b)}[{key.name}]"
                items: list[str] = []
                for item in key:
                    match item:
                        case KArray(array=arr):
                            items.append(go(arr))
                        case KInt(value=iv):
                            items.append(ints(iv))
                        case KSlice(start=a0, stop=a1, step=a2):
                            items.append(":".join("" if x is None else ints(x) for x in (a0, a1, a2)))
                        case _:
                            items.append(type(item).__name__)
                return f"{go(b)}[{','.join(items)}]"
            case SumOver():
                return show_term(t)  # a loop: exact, its reductions carry no origin
            case _:
                assert_never(t)

    text = go(term)
    return text, tuple(sorted(names))


def _denote(term: Term, ctx: Ctx) -> Den:
    match term:
        case Name(name=name):
            dtype = ctx.dtypes[name]
            return Den(ctx.shapes[name], dtype, TRUE, TRUE, _reader(name, dtype))
        case Const(value=value):
            kind = (
                Kind.BOOL if isinstance(value, bool) else Kind.INT if isinstance(value, int) else Kind.FLOAT
            )
            dt = WEAK_DEFAULT[kind]
            lit = Lit(value, dt)
            return Den((), dt, TRUE, TRUE, lambda idx: lit, weak=kind, literal=value)
        case Local(name=name):
            return ctx.locals[name]
        case Call():
            return _denote_call(term, ctx)
        case Subscript(base=base, key=key):
            b = denote(base, ctx)
            if isinstance(key, KName):
                concrete = ctx.keys.get(key.name)
                if concrete is None:
                    return denote_abstract_key(key.name, b)
                if isinstance(concrete, KName):
                    raise UnsupportedError("a key variable bound to another key variable")
                key = concrete
            arrays = {n: denote(k.array, ctx) for n, k in enumerate(key) if isinstance(k, KArray)}
            return denote_subscript(ctx, b, key, arrays)
        case SumOver():
            return _denote_sum_over(term, ctx)
        case _:
            assert_never(term)


def _reader(name: str, dtype: DType) -> Callable[[Index], SExpr]:
    def at(idx: Index) -> SExpr:
        return Read(name, idx, dtype)

    return at


def _denote_call(call: Call, ctx: Ctx) -> Den:
    spec = OPS[call.op]
    args = tuple(denote(a, ctx) for a in call.args)
    if spec.operands not in ("tuple", "variadic") and len(args) != spec.operands:
        raise ShapeError(f"wrong number of operands: op={call.op} got={len(args)}")
    dtype = spec.dtype(call, args)
    shape, wf = spec.shape(call, args)
    defined = conj(all_defined(args), spec.defined(ctx, call, args))

    def at(idx: Index) -> SExpr:
        return spec.index(ctx, call, args, dtype, shape, idx)

    return Den(shape, dtype, conj(all_wf(args), wf), defined, at)


def _denote_sum_over(term: SumOver, ctx: Ctx) -> Den:
    """Σ over ``k < x.shape[-1]`` of the body with ``elem = x[..., k]``, folded in the body's dtype."""
    x = denote(term.array, ctx)
    if not isinstance(x.shape, tuple):
        raise NeedsConcreteRank("sum_over an any-rank array")
    if not x.shape:
        raise ShapeError("sum_over needs an array of rank >= 1: ndim=0")
    k = ctx.fresh(term.index)
    kv = IVar(k)
    extent = x.shape[-1]

    def elem_at(idx: Index) -> SExpr:
        assert isinstance(idx, tuple)
        return x.at((*idx, kv))

    elem = Den(
        x.shape[:-1],
        x.dtype,
        x.wf,
        x.defined,
        elem_at,
        key=f"{x.key}[...,{k}]",
        key_vars=tuple(sorted({*x.key_vars, k})),
    )
    inner = ctx.child()
    inner.locals[term.elem] = elem
    inner.ivars[term.index] = kv
    inner.locals.pop(term.index, None)
    body = denote(term.body, inner)
    if k in ivar_names(body.shape):
        raise ShapeError(f"sum_over body's shape depends on its index: index={term.index}")
    dtype = body.dtype
    shape = body.shape
    binder = (Binder(k, extent),)
    wf = conj(x.wf, forall(binder, body.wf))
    defined = conj(x.defined, forall(binder, body.defined))

    def at(idx: Index) -> SExpr:
        return reduce_("sum", binder, body.at(idx), dtype)

    return Den(shape, dtype, wf, defined, at)


# ---------------------------------------------------------------- typing environments


@dataclass(frozen=True)
class Typing:
    """One choice of dtype for every array variable of a term (families expand to members)."""

    dtypes: Mapping[str, DType]


def declared_arrays(term: Term) -> dict[str, ArrayDecl]:
    """Array declarations of the names a term reads, by name."""
    out: dict[str, ArrayDecl] = {}
    stack: list[Term] = [term]
    from semantics.terms import subterms

    while stack:
        t = stack.pop()
        if isinstance(t, Name):
            out[t.name] = t.decl
        stack.extend(subterms(t))
    return dict(sorted(out.items()))


def typings(decls: Mapping[str, ArrayDecl]) -> Iterator[dict[str, DType]]:
    """Every dtype assignment the declarations allow, in a stable order."""
    names = sorted(decls)
    for combo in itertools.product(*(decls[n].dtypes for n in names)):
        yield dict(zip(names, combo, strict=True))


def symbolic_shapes(decls: Mapping[str, ArrayDecl]) -> dict[str, Shape]:
    """Declared dims as symbols; any-rank arrays get an abstract shape."""
    return {n: (ShapeOf(n) if d.dims is None else d.dims) for n, d in sorted(decls.items())}
