"""Shape ops: ``.T``, permute_dims, expand_dims, broadcast_to, concat, reshape (C order)."""

from __future__ import annotations

from typing import Any

import numpy as np

from semantics.dtypes import DType, promote_all
from semantics.errors import NeedsConcreteRank, ShapeError, UnsupportedError
from semantics.ops.base import (
    ONE,
    ZERO,
    Ctx,
    Den,
    OpSpec,
    ParamSpec,
    normalize_axis,
    ravel,
    register,
    require,
    size_of,
    unravel,
)
from semantics.printing import show_iexpr, show_shape
from semantics.scalar import (
    TRUE,
    Cond,
    IConst,
    IExpr,
    Index,
    SExpr,
    Shape,
    cast,
    conj,
    disj,
    eq,
    iadd,
    ifloordiv,
    iif,
    imod,
    isub,
    le,
    lt,
    ne,
    select,
)
from semantics.terms import Call


def _same_dtype(call: Call, args: tuple[Den, ...]) -> DType:
    return args[0].dtype


def _no_literal(call: Call, args: tuple[Den, ...]) -> None:
    if any(a.weak is not None for a in args):
        raise UnsupportedError(f"a Python literal is not an array here: op={call.op}")


def _shape_param(call: Call) -> tuple[IExpr, ...]:
    shape = call.param("shape")
    assert isinstance(shape, tuple)
    return shape  # type: ignore[return-value]


# ---------------------------------------------------------------- permutations


def _perm(call: Call, rank: int) -> tuple[int, ...]:
    if call.op == "T":
        return tuple(range(rank - 1, -1, -1))
    axes = call.param("axes")
    assert isinstance(axes, tuple)
    if len(axes) != rank:
        raise ShapeError(f"axes don't match array: axes={axes} ndim={rank}")
    perm = tuple(normalize_axis(int(a), rank) for a in axes)  # type: ignore[arg-type]
    if sorted(perm) != list(range(rank)):
        raise ShapeError(f"repeated axis in transpose: axes={axes}")
    return perm


def _permute_shape(call: Call, args: tuple[Den, ...]) -> tuple[Shape, Cond]:
    _no_literal(call, args)
    dims = args[0].dims
    return tuple(dims[p] for p in _perm(call, len(dims))), TRUE


def _permute_index(ctx: Ctx, call: Call, args: tuple[Den, ...], dt: DType, shape: Shape, idx: Index) -> SExpr:
    assert isinstance(idx, tuple)
    src: list[IExpr] = [ZERO] * len(idx)
    for out_axis, in_axis in enumerate(_perm(call, len(idx))):
        src[in_axis] = idx[out_axis]
    return args[0].at(tuple(src))


def _transpose_numpy(p: dict[str, Any], vals: tuple[Any, ...]) -> Any:
    return np.asarray(vals[0]).T


def _permute_numpy(p: dict[str, Any], vals: tuple[Any, ...]) -> Any:
    return np.permute_dims(vals[0], p["axes"])


# ---------------------------------------------------------------- expand_dims


def _expand_axes(call: Call, in_rank: int) -> tuple[int, ...]:
    """The new axes' positions in the output, sorted."""
    axis = call.param("axis")
    axes = axis if isinstance(axis, tuple) else (axis,)
    out_rank = in_rank + len(axes)
    norm = [normalize_axis(int(a), out_rank) for a in axes]  # type: ignore[arg-type]
    if len(set(norm)) != len(norm):
        raise ShapeError(f"repeated axis: axis={axis}")
    return tuple(sorted(norm))


def _n_new(call: Call) -> int:
    axis = call.param("axis")
    return len(axis) if isinstance(axis, tuple) else 1


def _expand_shape(call: Call, args: tuple[Den, ...]) -> tuple[Shape, Cond]:
    _no_literal(call, args)
    dims = list(args[0].dims)
    for a in _expand_axes(call, len(dims)):
        dims.insert(a, ONE)
    return tuple(dims), TRUE


def _expand_index(ctx: Ctx, call: Call, args: tuple[Den, ...], dt: DType, shape: Shape, idx: Index) -> SExpr:
    assert isinstance(idx, tuple)
    new = set(_expand_axes(call, len(idx) - _n_new(call)))
    return args[0].at(tuple(i for n, i in enumerate(idx) if n not in new))


def _expand_numpy(p: dict[str, Any], vals: tuple[Any, ...]) -> Any:
    return np.expand_dims(vals[0], p["axis"])


# ---------------------------------------------------------------- broadcast_to


def _broadcast_to_shape(call: Call, args: tuple[Den, ...]) -> tuple[Shape, Cond]:
    _no_literal(call, args)
    target = _shape_param(call)
    dims = args[0].dims
    if len(dims) > len(target):
        raise ShapeError(
            "input operand has more dimensions than allowed by the axis remapping: "
            f"ndim={len(dims)} target_ndim={len(target)}"
        )
    wf: Cond = conj(*(le(ZERO, t) for t in target))
    for d, t in zip(dims, target[len(target) - len(dims) :], strict=True):
        wf = conj(wf, disj(eq(d, t), eq(d, ONE)))
    message = f"cannot broadcast to the target shape: shape={show_shape(dims)} target={show_shape(target)}"
    return target, require(wf, message)


def _broadcast_to_index(
    ctx: Ctx, call: Call, args: tuple[Den, ...], dt: DType, shape: Shape, idx: Index
) -> SExpr:
    assert isinstance(idx, tuple)
    dims = args[0].dims
    target = _shape_param(call)
    off = len(target) - len(dims)
    src: list[IExpr] = []
    for axis, d in enumerate(dims):
        i, t = idx[off + axis], target[off + axis]
        src.append(ZERO if d == ONE else i if d == t else iif(eq(d, ONE), ZERO, i))
    return args[0].at(tuple(src))


def _broadcast_to_numpy(p: dict[str, Any], vals: tuple[Any, ...]) -> Any:
    return np.broadcast_to(vals[0], p["shape"])


# ---------------------------------------------------------------- concat


def _concat_parts(call: Call, args: tuple[Den, ...]) -> tuple[list[tuple[IExpr, ...]], int]:
    """Each operand's dims (flattened first when ``axis=None``) and the normalized axis."""
    axis = call.param("axis")
    if axis is None:
        return [(size_of(a.dims),) for a in args], 0
    assert isinstance(axis, int)
    parts = [a.dims for a in args]
    rank = len(parts[0])
    if rank == 0:
        raise ShapeError("zero-dimensional arrays cannot be concatenated")
    return parts, normalize_axis(axis, rank)


def _concat_shape(call: Call, args: tuple[Den, ...]) -> tuple[Shape, Cond]:
    _no_literal(call, args)
    if not args:
        raise ShapeError("need at least one array to concatenate")
    parts, ax = _concat_parts(call, args)
    rank = len(parts[0])
    if any(len(p) != rank for p in parts):
        raise ShapeError(
            f"all the input arrays must have the same number of dimensions: ndims={[len(p) for p in parts]}"
        )
    wf: Cond = TRUE
    total: IExpr = ZERO
    for p in parts:
        total = iadd(total, p[ax])
        for n in range(rank):
            if n != ax:
                wf = conj(wf, eq(p[n], parts[0][n]))
    out = list(parts[0])
    out[ax] = total
    message = "all the input array dimensions except for the concatenation axis must match"
    return tuple(out), require(wf, message)


def _concat_dtype(call: Call, args: tuple[Den, ...]) -> DType:
    return promote_all([a.dtype for a in args])


def _concat_index(ctx: Ctx, call: Call, args: tuple[Den, ...], dt: DType, shape: Shape, idx: Index) -> SExpr:
    assert isinstance(idx, tuple)
    flat = call.param("axis") is None
    parts, ax = _concat_parts(call, args)
    starts: list[IExpr] = []
    off: IExpr = ZERO
    for p in parts:
        starts.append(off)
        off = iadd(off, p[ax])

    def piece(n: int) -> SExpr:
        local = list(idx)
        local[ax] = isub(idx[ax], starts[n])
        src = unravel(local[0], args[n].dims) if flat else tuple(local)
        return cast(args[n].at(src), dt)

    out = piece(len(args) - 1)
    for n in range(len(args) - 2, -1, -1):
        out = select(lt(idx[ax], iadd(starts[n], parts[n][ax])), piece(n), out)
    return out


def _concat_numpy(p: dict[str, Any], vals: tuple[Any, ...]) -> Any:
    return np.concat(tuple(vals), axis=p["axis"])


# ---------------------------------------------------------------- reshape


def _reshape_shape(call: Call, args: tuple[Den, ...]) -> tuple[Shape, Cond]:
    _no_literal(call, args)
    if not isinstance(args[0].shape, tuple):
        raise NeedsConcreteRank("reshape of an any-rank array")
    written = _shape_param(call)
    size = size_of(args[0].dims)
    # NumPy takes any negative literal dim, not only -1, as the one unknown dim
    unknown = [n for n, d in enumerate(written) if isinstance(d, IConst) and d.value < 0]
    if len(unknown) > 1:
        raise ShapeError("can only specify one unknown dimension")
    message = f"cannot reshape array: size={show_iexpr(size)} shape={show_shape(written)}"
    dims = list(written)
    if unknown:
        # NumPy: the known dims are non-zero and their product divides the size
        known = size_of(tuple(d for n, d in enumerate(written) if n != unknown[0]))
        wf = conj(
            ne(known, ZERO),
            eq(imod(size, known), ZERO),
            *(le(ZERO, d) for n, d in enumerate(written) if n != unknown[0]),
        )
        wf = require(wf, message)
        dims[unknown[0]] = ifloordiv(size, known)
        return tuple(dims), wf
    wf = conj(eq(size, size_of(tuple(dims))), *(le(ZERO, d) for d in dims))
    return tuple(dims), require(wf, message)


def _reshape_index(ctx: Ctx, call: Call, args: tuple[Den, ...], dt: DType, shape: Shape, idx: Index) -> SExpr:
    assert isinstance(idx, tuple) and isinstance(shape, tuple)
    return args[0].at(unravel(ravel(idx, shape), args[0].dims))


def _reshape_numpy(p: dict[str, Any], vals: tuple[Any, ...]) -> Any:
    return np.reshape(vals[0], p["shape"])


register(
    OpSpec(
        "T",
        1,
        (),
        _permute_shape,
        _same_dtype,
        _permute_index,
        _transpose_numpy,
        doc="x.T: all axes reversed",
    ),
    OpSpec(
        "permute_dims",
        1,
        (ParamSpec("axes", "perm"),),
        _permute_shape,
        _same_dtype,
        _permute_index,
        _permute_numpy,
        doc="permute_dims(x, axes)",
    ),
    OpSpec(
        "expand_dims",
        1,
        (ParamSpec("axis", "axes"),),
        _expand_shape,
        _same_dtype,
        _expand_index,
        _expand_numpy,
        doc="expand_dims(x, axis)",
    ),
    OpSpec(
        "broadcast_to",
        1,
        (ParamSpec("shape", "shape"),),
        _broadcast_to_shape,
        _same_dtype,
        _broadcast_to_index,
        _broadcast_to_numpy,
        doc="broadcast_to(x, shape)",
    ),
    OpSpec(
        "concat",
        "tuple",
        (ParamSpec("axis", "axis", 0),),
        _concat_shape,
        _concat_dtype,
        _concat_index,
        _concat_numpy,
        doc="concat((x, y, ...), axis=0)",
    ),
    OpSpec(
        "reshape",
        1,
        (ParamSpec("shape", "shape"),),
        _reshape_shape,
        _same_dtype,
        _reshape_index,
        _reshape_numpy,
        doc="reshape(x, shape) in C order",
    ),
)
