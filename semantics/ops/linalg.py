"""Linear algebra: matmul (1-D, 2-D, batched), outer, einsum.

All three denote to ``Σ`` over contracted index variables of a product of operand elements, the
sum-product form the verifier normalizes (SPORES, VLDB 2020; TensorRight, POPL 2025). Products and
sums are computed in the promoted dtype (matmul of int8 wraps in int8; of bool is or-of-ands).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from semantics.dtypes import DType, promote_all
from semantics.errors import ShapeError, UnsupportedError
from semantics.ops.base import (
    ONE,
    ZERO,
    Ctx,
    Den,
    OpSpec,
    ParamSpec,
    broadcast_dims,
    broadcast_index,
    broadcast_shapes,
    register,
    require,
    size_of,
    unravel,
)
from semantics.ops.reductions import origin_of, reduce_
from semantics.printing import show_iexpr
from semantics.scalar import (
    TRUE,
    AnyBinder,
    Binder,
    Cond,
    IExpr,
    Index,
    IVar,
    Op,
    SExpr,
    Shape,
    cast,
    conj,
    eq,
    iif,
)
from semantics.terms import Call


def _promote_all(call: Call, args: tuple[Den, ...]) -> DType:
    if any(a.weak is not None for a in args):
        raise UnsupportedError(f"a Python literal is not an array here: op={call.op}")
    return promote_all([a.dtype for a in args])


def _product(factors: list[SExpr], dt: DType) -> SExpr:
    out = factors[0]
    for f in factors[1:]:
        out = Op("multiply", (out, f), dt)
    return out


# ---------------------------------------------------------------- matmul


def _matmul_shape(call: Call, args: tuple[Den, ...]) -> tuple[Shape, Cond]:
    _promote_all(call, args)
    a, b = args[0].dims, args[1].dims
    for n, d in enumerate((a, b)):
        if not d:
            raise ShapeError(f"matmul: Input operand {n} does not have enough dimensions")
    ka = a[-1]
    kb = b[0] if len(b) == 1 else b[-2]
    wf = require(eq(ka, kb), f"matmul: core dimensions differ: {show_iexpr(ka)} vs {show_iexpr(kb)}")
    batch_a = a[:-2] if len(a) >= 2 else ()
    batch_b = b[:-2] if len(b) >= 2 else ()
    batch, c = broadcast_shapes([batch_a, batch_b])
    assert isinstance(batch, tuple)
    rows = (a[-2],) if len(a) >= 2 else ()
    cols = (b[-1],) if len(b) >= 2 else ()
    return (*batch, *rows, *cols), conj(wf, c)


def _matmul_index(ctx: Ctx, call: Call, args: tuple[Den, ...], dt: DType, shape: Shape, idx: Index) -> SExpr:
    assert isinstance(idx, tuple) and isinstance(shape, tuple)
    a, b = args
    ra, rb = len(a.dims), len(b.dims)
    k = ctx.fresh("k")
    kv = IVar(k)
    n_batch = len(shape) - (ra >= 2) - (rb >= 2)
    batch, batch_shape = idx[:n_batch], shape[:n_batch]
    rest = list(idx[n_batch:])
    i = [rest.pop(0)] if ra >= 2 else []
    j = [rest.pop(0)] if rb >= 2 else []
    ia = (*_batch_of(a.dims[:-2], batch_shape, batch), *i, kv) if ra >= 2 else (kv,)
    ib = (*_batch_of(b.dims[:-2], batch_shape, batch), kv, *j) if rb >= 2 else (kv,)
    body = _product([cast(a.at(ia), dt), cast(b.at(ib), dt)], dt)
    return reduce_("sum", (Binder(k, a.dims[-1]),), body, dt, *origin_of(call, args, idx))


def _batch_of(dims: tuple[IExpr, ...], out: tuple[IExpr, ...], idx: tuple[IExpr, ...]) -> tuple[IExpr, ...]:
    got = broadcast_index(dims, out, idx)
    assert isinstance(got, tuple)
    return got


def _matmul_numpy(p: dict[str, Any], vals: tuple[Any, ...]) -> Any:
    return vals[0] @ vals[1]


# ---------------------------------------------------------------- outer


def _outer_shape(call: Call, args: tuple[Den, ...]) -> tuple[Shape, Cond]:
    _promote_all(call, args)
    return (size_of(args[0].dims), size_of(args[1].dims)), TRUE


def _outer_index(ctx: Ctx, call: Call, args: tuple[Den, ...], dt: DType, shape: Shape, idx: Index) -> SExpr:
    assert isinstance(idx, tuple)
    x, y = args
    return _product([cast(x.at(unravel(idx[0], x.dims)), dt), cast(y.at(unravel(idx[1], y.dims)), dt)], dt)


def _outer_numpy(p: dict[str, Any], vals: tuple[Any, ...]) -> Any:
    return np.outer(vals[0], vals[1])


# ---------------------------------------------------------------- einsum


def parse_subscripts(spec: str, n_operands: int) -> tuple[list[str], str]:
    """``"ik,kj->ij"`` as operand letter strings and the output letters (implicit mode too)."""
    text = spec.replace(" ", "")
    if "." in text:
        raise UnsupportedError(f"einsum ellipsis is not supported: subscripts={spec!r}")
    lhs, arrow, out = text.partition("->")
    inputs = lhs.split(",")
    for s in [*inputs, out]:
        if not all(c.isalpha() for c in s):
            raise ShapeError(f"invalid subscript in einsum string: subscripts={spec!r}")
    if len(inputs) != n_operands:
        raise ShapeError(
            f"more operands or subscripts than expected: subscripts={spec!r} operands={n_operands}"
        )
    if not arrow:
        letters = "".join(inputs)
        out = "".join(sorted(c for c in set(letters) if letters.count(c) == 1))
    if len(set(out)) != len(out):
        raise ShapeError(f"einsum output subscript appears more than once: subscripts={spec!r}")
    for c in out:
        if not any(c in s for s in inputs):
            raise ShapeError(f"einsum output subscript not in the inputs: letter={c!r}")
    return inputs, out


def _letters(call: Call, args: tuple[Den, ...]) -> tuple[list[str], str, dict[str, IExpr], Cond]:
    spec = call.param("subscripts")
    assert isinstance(spec, str)
    inputs, out = parse_subscripts(spec, len(args))
    seen: dict[str, list[IExpr]] = {}
    dims: dict[str, IExpr] = {}
    wf: Cond = TRUE
    for s, a in zip(inputs, args, strict=True):
        if len(s) != len(a.dims):
            raise ShapeError(
                f"einsum operand has the wrong number of subscripts: subscripts={s!r} ndim={len(a.dims)}"
            )
        own: dict[str, IExpr] = {}
        for c, d in zip(s, a.dims, strict=True):
            if c in own:
                # a letter repeated within one operand takes a diagonal: no broadcasting there
                wf = conj(wf, require(eq(own[c], d), f"einsum diagonal dims differ: letter={c!r}"))
            own[c] = d
            seen.setdefault(c, []).append(d)
    for c in sorted(seen):
        # einsum broadcasts a dim of size 1 against the others (measured on NumPy 2)
        d, w = broadcast_dims(seen[c], f"einsum subscript {c!r}")
        dims[c] = d
        wf = conj(wf, w)
    return inputs, out, dims, wf


def _einsum_shape(call: Call, args: tuple[Den, ...]) -> tuple[Shape, Cond]:
    _promote_all(call, args)
    _, out, dims, wf = _letters(call, args)
    return tuple(dims[c] for c in out), wf


def _einsum_index(ctx: Ctx, call: Call, args: tuple[Den, ...], dt: DType, shape: Shape, idx: Index) -> SExpr:
    assert isinstance(idx, tuple)
    inputs, out, dims, _ = _letters(call, args)
    var: dict[str, IExpr] = dict(zip(out, idx, strict=True))
    binders: list[AnyBinder] = []
    for c in sorted(set("".join(inputs)) - set(out)):
        name = ctx.fresh(c)
        binders.append(Binder(name, dims[c]))
        var[c] = IVar(name)
    factors: list[SExpr] = []
    for s, a in zip(inputs, args, strict=True):
        where = tuple(
            ZERO if d == ONE else var[c] if d == dims[c] else iif(eq(d, ONE), ZERO, var[c])
            for c, d in zip(s, a.dims, strict=True)
        )
        factors.append(cast(a.at(where), dt))
    if len(factors) == 1 and not binders:
        return factors[0]  # one operand, nothing summed: NumPy returns a view (transpose, diagonal)
    return reduce_("sum", tuple(binders), _product(factors, dt), dt, *origin_of(call, args, idx))


def _einsum_numpy(p: dict[str, Any], vals: tuple[Any, ...]) -> Any:
    return np.einsum(p["subscripts"], *vals)


register(
    OpSpec("matmul", 2, (), _matmul_shape, _promote_all, _matmul_index, _matmul_numpy, doc="x @ y"),
    OpSpec(
        "outer",
        2,
        (),
        _outer_shape,
        _promote_all,
        _outer_index,
        _outer_numpy,
        doc="outer(x, y) of the flattened operands",
    ),
    OpSpec(
        "einsum",
        "variadic",
        (ParamSpec("subscripts", "str"),),
        _einsum_shape,
        _promote_all,
        _einsum_index,
        _einsum_numpy,
        doc='einsum("ik,kj->ij", A, B)',
    ),
)
