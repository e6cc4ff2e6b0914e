"""Reductions: sum, prod, max, min over all axes or some (``axis=``, ``keepdims=``).

Index: ``Σ_{k∈reduced axes} x[..k..]`` accumulated in NumPy's dtype (``sum`` of int8 is int64).
Sums and products fold from their identity (NumPy's ``sum([-0.0])`` is ``+0.0``); max and min
fold from the first element and are ill-formed on an empty reduction (NumPy's ValueError).
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np

from semantics.dtypes import DType, sum_accumulator
from semantics.errors import NeedsConcreteRank, ShapeError
from semantics.ops.base import (
    ONE,
    ZERO,
    Ctx,
    Den,
    OpSpec,
    ParamSpec,
    normalize_axis,
    register,
    require,
    size_of,
)
from semantics.scalar import (
    TRUE,
    ABinder,
    AIndex,
    AnyBinder,
    Binder,
    Cond,
    IExpr,
    Index,
    IndexVar,
    IVar,
    Lit,
    Op,
    Reduce,
    ReduceKind,
    SExpr,
    Shape,
    cast,
    lt,
)
from semantics.terms import Call


def reduce_(
    kind: ReduceKind,
    binders: tuple[AnyBinder, ...],
    body: SExpr,
    dtype: DType,
    origin: str = "",
    point: tuple[IExpr | AIndex, ...] = (),
) -> SExpr:
    """A reduction; over no axes a sum still adds its identity (NumPy's ``sum(x, axis=())`` of
    ``-0.0`` is ``+0.0``), the others are the (converted) element itself."""
    if not binders:
        if kind == "sum":
            return Op("add", (Lit(0, dtype), cast(body, dtype)), dtype)
        return cast(body, dtype)
    return Reduce(kind, binders, body, dtype, origin, point)


def origin_of(
    call: Call, args: tuple[Den, ...], idx: Index, params: str | None = None
) -> tuple[str, tuple[IExpr | AIndex, ...]]:
    """Which NumPy computation a reduction's value comes from (the op, its params, its operands),
    and the point it is read at: the output index and the int names the operands depend on."""
    if params is None:
        params = ";".join(f"{k}={v!r}" for k, v in call.params)
    text = f"{call.op}({','.join(a.key for a in args)};{params})"
    # the names the operands depend on become arguments, in order of first appearance, and the
    # origin mentions them by position: loops with different bound names stay comparable
    found = sorted({v for a in args for v in a.key_vars}, key=lambda v: (_find(text, v), v))
    for n, name in enumerate(found):
        text = re.sub(_token(name), f"${n}", text)
    extra = tuple(IVar(v) for v in found)
    point: tuple[IExpr | AIndex, ...] = (*idx, *extra) if isinstance(idx, tuple) else (idx, *extra)
    return text, point


def _token(name: str) -> str:
    return rf"(?<![\w%.$]){re.escape(name)}(?![\w%.])"


def _find(text: str, name: str) -> int:
    m = re.search(_token(name), text)
    return m.start() if m else len(text)


def reduced_axes(call: Call, rank: int) -> tuple[int, ...]:
    axis = call.param("axis")
    if axis is None:
        return tuple(range(rank))
    if rank == 0 and axis in (0, -1):
        return ()  # NumPy lets a 0-d array take an int axis 0 or -1 (not a tuple): no axis
    axes = axis if isinstance(axis, tuple) else (axis,)
    norm = tuple(normalize_axis(int(a), rank) for a in axes)  # type: ignore[arg-type]
    if len(set(norm)) != len(norm):
        raise ShapeError(f"duplicate value in 'axis': axis={axis}")
    return norm


def _shape(call: Call, args: tuple[Den, ...]) -> tuple[Shape, Cond]:
    x = args[0]
    keep = call.param("keepdims")
    if not isinstance(x.shape, tuple):
        if call.param("axis") is not None or keep:
            raise NeedsConcreteRank("reduction over chosen axes of an any-rank array")
        wf: Cond = TRUE
        if call.op in ("max", "min"):
            # an any-rank array may be empty; the verifier decides this condition
            raise NeedsConcreteRank("max/min of an any-rank array needs its size")
        return (), wf
    dims = x.dims
    axes = reduced_axes(call, len(dims))
    out = tuple(ONE if n in axes else d for n, d in enumerate(dims) if keep or n not in axes)
    wf = TRUE
    if call.op in ("max", "min"):
        reduced = size_of(tuple(dims[n] for n in axes))
        wf = require(
            lt(ZERO, reduced),
            f"zero-size array to reduction operation {call.op} which has no identity",
        )
    return out, wf


def _dtype(call: Call, args: tuple[Den, ...]) -> DType:
    d = args[0].dtype
    return sum_accumulator(d) if call.op in ("sum", "prod") else d


def _index(ctx: Ctx, call: Call, args: tuple[Den, ...], dt: DType, shape: Shape, idx: Index) -> SExpr:
    x = args[0]
    kind: ReduceKind = call.op  # type: ignore[assignment]
    if not isinstance(x.shape, tuple):
        name = ctx.fresh("r")
        body = cast(x.at(IndexVar(name)), dt)
        return reduce_(kind, (ABinder(name, x.shape),), body, dt, *origin_of(call, args, idx))
    assert isinstance(idx, tuple)
    dims = x.dims
    axes = reduced_axes(call, len(dims))
    keep = bool(call.param("keepdims"))
    binders: list[AnyBinder] = []
    src: list[IExpr] = []
    out = iter(idx)
    for n, d in enumerate(dims):
        if n in axes:
            name = ctx.fresh("r")
            binders.append(Binder(name, d))
            src.append(IVar(name))
            if keep:
                next(out)
        else:
            src.append(next(out))
    # keepdims only reshapes the result and an axis tuple is normalized before NumPy reduces:
    # the computation is named by the sorted axes and read at the kept axes' indices
    kept = tuple(s for n, s in enumerate(src) if n not in axes)
    origin = origin_of(call, args, kept, f"axis={tuple(sorted(axes))!r}")
    return reduce_(kind, tuple(binders), cast(x.at(tuple(src)), dt), dt, *origin)


def _numpy(name: str) -> Any:
    fn: Any = {"sum": np.sum, "prod": np.prod, "max": np.max, "min": np.min}[name]

    def run(p: dict[str, Any], vals: tuple[Any, ...]) -> Any:
        return fn(vals[0], axis=p["axis"], keepdims=p["keepdims"])

    return run


_PARAMS = (ParamSpec("axis", "axes", None), ParamSpec("keepdims", "bool", False, positional=False))

register(
    *(
        OpSpec(n, 1, _PARAMS, _shape, _dtype, _index, _numpy(n), doc=f"{n}(x, axis=None)")
        for n in ("sum", "prod", "max", "min")
    )
)
