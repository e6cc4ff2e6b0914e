"""Concrete inputs from a Z3 model: dims, ints and every input array's elements.

Raw models can pick enormous dims; ``shrink`` re-solves with dims and ints bounded by 1, 2, 4, 8, 16
first (the smallest model is the most readable counterexample).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import z3

from semantics.dtypes import DType, Kind
from semantics.scalar import IExpr
from verifier.encode import Encoder
from verifier.search import Point

MAX_ELEMENTS = 4096


def shrink(solver: z3.Solver, dims: list[Any], ints: list[Any], timeout_ms: int) -> z3.ModelRef | None:
    """A model with small dims and ints if one exists within the bounds tried."""
    for bound in (1, 2, 4, 8, 16):
        solver.push()
        for d in dims:
            solver.add(d <= bound)
        for i in ints:
            solver.add(i <= bound, i >= -bound)
        solver.set("timeout", timeout_ms)
        r = solver.check()
        if r == z3.sat:
            m = solver.model()
            solver.pop()
            return m
        solver.pop()
    return None


def fp_value(v: Any, dtype: DType) -> float:
    """A float model value, exactly (NaN has no unique bit pattern, so it is read as a NaN)."""
    if v.isNaN():
        return float("nan")
    if v.isInf():
        return float("-inf") if v.isNegative() else float("inf")
    if v.isZero():
        return -0.0 if v.isNegative() else 0.0
    bits = z3.simplify(z3.fpToIEEEBV(v))
    raw = int(bits.as_long())
    width = {DType.F16: np.uint16, DType.F32: np.uint32, DType.F64: np.uint64}[dtype]
    return float(np.array([raw], dtype=width).view(dtype.np)[0])


def scalar_from_model(v: Any, dtype: DType) -> Any:
    v = z3.simplify(v)
    if dtype is DType.BOOL:
        return bool(z3.is_true(v))
    if z3.is_fp_value(v) or z3.is_fp(v):
        return fp_value(v, dtype)
    if z3.is_bv_value(v):
        return int(v.as_signed_long()) if dtype.kind is Kind.INT else int(v.as_long())
    if z3.is_rational_value(v):
        f = v.as_fraction()
        return float(f) if dtype.is_float else int(f)
    if z3.is_int_value(v):
        return int(v.as_long())
    if z3.is_algebraic_value(v):
        return float(v.approx(20).as_fraction())
    raise ValueError(f"not a value: {v}")


def point_from_model(
    model: z3.ModelRef,
    enc: Encoder,
    typing: Mapping[str, DType],
    shapes: Mapping[str, tuple[IExpr, ...]],
    dim_names: list[str],
    int_names: list[str],
) -> Point | None:
    """The model's inputs as NumPy arrays; None if they would be too large or are not concrete."""

    def ev(e: Any) -> Any:
        return model.eval(e, model_completion=True)

    dims = {d: int(ev(enc.int_var(d)).as_long()) for d in dim_names}
    ints = {i: int(ev(enc.int_var(i)).as_long()) for i in int_names}
    arrays: dict[str, np.ndarray[Any, Any]] = {}
    for name, shape in shapes.items():
        size_dims = [int(ev(enc.iexpr(d)).as_long()) for d in shape]
        if any(s < 0 for s in size_dims):
            return None
        total = int(np.prod(size_dims)) if size_dims else 1
        if total > MAX_ELEMENTS:
            return None
        dt = typing[name]
        f = enc._arrays.get(f"{name}.{dt.value}.r{len(shape)}")
        out = np.zeros(size_dims, dtype=dt.np)
        if f is not None:
            for idx in np.ndindex(*size_dims):
                val = scalar_from_model(ev(f(*[z3.IntVal(i) for i in idx])), dt)
                with np.errstate(all="ignore"):
                    out[idx] = val
        arrays[name] = out
    return Point(dict(typing), dims, ints, {}, arrays)
