"""Reductions against NumPy: ``sum``/``prod``/``max``/``min`` over all axes, one axis or a tuple
(negative, repeated and out-of-range axes included), with and without ``keepdims``; every dtype
(``sum`` of int8 accumulates in int64 and wraps there; of bool counts).

Ints, bools, ``max`` and ``min`` compare exactly. Float ``sum``/``prod`` compare within a stated
rounding bound: NumPy sums pairwise (and float16 in float32), the reference folds left. Their
elements are bounded (plus NaN, ±inf, ±0) so no partial sum overflows in either order.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from strategies import (
    arrays,
    check,
    decl_styles,
    decls_for,
    dtypes,
    examples,
    float_bound,
    float_heavy_dtypes,
    reduction_elements,
    shapes,
)

FUNCS: dict[str, Any] = {"sum": np.sum, "prod": np.prod, "max": np.max, "min": np.min}


def _axis_text(axis: Any) -> str:
    if isinstance(axis, tuple):
        return "(" + "".join(f"{a}, " for a in axis) + ")"
    return str(axis)


def _tolerance(op: str, x: np.ndarray[Any, Any], axis: Any, keepdims: bool) -> Any:
    """A per-element bound for float sums/products; ``None`` (exact) otherwise."""
    if x.dtype.kind != "f" or op in ("max", "min"):
        return None

    def bound(want: np.ndarray[Any, Any]) -> Any:
        n = max(1, x.size // max(1, want.size))
        finite = np.where(np.isfinite(x), x, 0).astype(np.float64)
        if op == "sum":
            mag = np.sum(np.abs(finite), axis=axis, keepdims=keepdims)
        else:
            mag = np.abs(want.astype(np.float64))
            mag = np.where(np.isfinite(mag), mag, 0)
        return float_bound(x.dtype, n, mag)

    return bound


@pytest.mark.parametrize("op", sorted(FUNCS))
@examples(300)
@given(data=st.data())
def test_reduction(op: str, data: st.DataObject) -> None:
    shape = data.draw(shapes(max_dims=3, max_side=3), label="shape")
    x = data.draw(
        float_heavy_dtypes().flatmap(lambda d: arrays(d, shape, reduction_elements(d, op))), label="x"
    )
    rank = x.ndim
    one = st.integers(-rank - 1, rank)
    axis: Any = data.draw(
        st.one_of(st.none(), one, st.lists(one, max_size=rank + 1).map(tuple)), label="axis"
    )
    keepdims = data.draw(st.booleans(), label="keepdims")
    env = {"x": x}
    args = []
    if axis is not None or data.draw(st.booleans(), label="explicit axis=None"):
        args.append(f"axis={_axis_text(axis)}")
    if keepdims or data.draw(st.booleans(), label="explicit keepdims"):
        args.append(f"keepdims={keepdims}")
    form = data.draw(st.sampled_from(["func", "method", "np"]), label="form")
    inner = ", ".join(args)
    text = {
        "func": f"{op}(x{', ' + inner if inner else ''})",
        "method": f"x.{op}({inner})",
        "np": f"np.{op}(x{', ' + inner if inner else ''})",
    }[form]
    check(
        text,
        decls_for(env, data.draw(decl_styles(), label="declarations")),
        env,
        lambda: FUNCS[op](x, axis=axis, keepdims=keepdims),
        tol=_tolerance(op, x, axis, keepdims),
    )


@examples(60)
@given(data=st.data())
def test_reduction_positional_axis(data: st.DataObject) -> None:
    """``sum(x, 0)``: the axis may be passed positionally."""
    x = data.draw(
        dtypes().flatmap(
            lambda d: shapes(min_dims=1).flatmap(lambda s: arrays(d, s, reduction_elements(d, "sum")))
        ),
        label="x",
    )
    axis = data.draw(st.integers(-x.ndim, x.ndim - 1), label="axis")
    op = data.draw(st.sampled_from(sorted(FUNCS)), label="op")
    env = {"x": x}
    check(
        f"{op}(x, {axis})",
        decls_for(env),
        env,
        lambda: FUNCS[op](x, axis),
        tol=_tolerance(op, x, axis, False),
    )


@examples(80)
@given(data=st.data())
def test_reduction_of_elementwise(data: st.DataObject) -> None:
    """A reduction over an elementwise term and over a reduction: the accumulator dtype of the
    inner result (int8 * int8 wraps in int8 before ``sum`` widens)."""
    shape = data.draw(shapes(min_dims=1, max_dims=3, max_side=3), label="shape")
    x = data.draw(
        float_heavy_dtypes().flatmap(lambda d: arrays(d, shape, reduction_elements(d, "sum"))), label="x"
    )
    env = {"x": x}
    forms: list[tuple[str, Any, Any]] = [
        ("sum(x * x, axis=0)", lambda: np.sum(x * x, axis=0), lambda a: np.abs(a * a)),
        ("max(sum(x, axis=-1, keepdims=True))", lambda: np.max(np.sum(x, axis=-1, keepdims=True)), np.abs),
        ("sum(x) + 1", lambda: np.sum(x) + 1, lambda a: np.append(np.abs(a), 1.0)),  # + 1 rounds too
        ("sum(abs(x), axis=(0,))", lambda: np.sum(np.abs(x), axis=(0,)), np.abs),
        ("min(x, axis=0) == max(x, axis=0)", lambda: np.min(x, axis=0) == np.max(x, axis=0), None),
    ]
    text, fn, mag = data.draw(st.sampled_from(forms), label="form")
    tol = None
    if x.dtype.kind == "f" and mag is not None:

        def tol(want: np.ndarray[Any, Any]) -> Any:
            with np.errstate(all="ignore"):
                terms = mag(np.where(np.isfinite(x), x, 0).astype(np.float64))
            return float_bound(x.dtype, x.size, np.sum(terms))

    check(text, decls_for(env), env, fn, tol=tol)
