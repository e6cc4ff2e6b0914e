"""The ``sum_over(x, lambda k, xk: body)`` binder against NumPy: Σ over ``k < x.shape[-1]`` of
``body`` with ``xk = x[..., k]``, accumulated in the body's dtype (no widening: int8 wraps in int8,
bool is or), including nested binders, bodies that index other arrays with the bound index, free
outer names and weak literals.

NumPy's side is each template's closed form: the summands as one broadcast array, summed with
``np.sum(..., dtype=body dtype)``. Ints and bools compare exactly; floats within a rounding bound
(NumPy sums pairwise, the reference folds left).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from strategies import (
    FLOATS,
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


@dataclass(frozen=True)
class Template:
    """A binder term, the shapes of its operands (from the drawn sizes), and its summands."""

    text: str
    operands: Callable[[dict[str, int]], dict[str, tuple[int, ...]]]
    summands: Callable[[dict[str, Any]], tuple[Any, Any]]  # (summand array, axes summed over)
    float_only: tuple[str, ...] = ()


TEMPLATES: dict[str, Template] = {
    "plain": Template(
        "sum_over(x, lambda k, xk: xk)",
        lambda s: {"x": (*s["batch"], s["n"])},
        lambda e: (e["x"], -1),
    ),
    "gather-by-index": Template(
        "sum_over(x, lambda k, xk: xk * y[k])",
        lambda s: {"x": (*s["batch"], s["n"]), "y": (s["n"],)},
        lambda e: (e["x"] * e["y"], -1),
    ),
    "scalar-times-exp": Template(
        "sum_over(x, lambda k, xk: c * exp(xk))",
        lambda s: {"x": (*s["batch"], s["n"]), "c": ()},
        lambda e: (e["c"] * np.exp(e["x"]), -1),
        float_only=("c",),
    ),
    "weak-literal": Template(
        "sum_over(x, lambda k, xk: xk * 2)",
        lambda s: {"x": (*s["batch"], s["n"])},
        lambda e: (e["x"] * 2, -1),
    ),
    "free-outer-name": Template(
        "sum_over(x, lambda k, xk: x[..., k] * xk)",
        lambda s: {"x": (*s["batch"], s["n"])},
        lambda e: (e["x"] * e["x"], -1),
    ),
    "row-times-row": Template(
        "sum_over(A, lambda k, Ak: Ak * B[k])",
        lambda s: {"A": (s["m"], s["n"]), "B": (s["n"], s["p"])},
        lambda e: (e["A"].T * e["B"], 0),  # (m,) * (p,) broadcast: ValueError unless they agree
    ),
    "smmm": Template(  # the ΣMMM example: Σ_k Σ_i Σ_j A[i, k] * B[k, j] = sum(A @ B)
        "sum_over(A, lambda k, Ak: sum_over(Ak, lambda i, Aik: sum_over(B[k, ...], lambda j, Bkj: Aik * Bkj)))",
        lambda s: {"A": (s["m"], s["n"]), "B": (s["n"], s["p"])},
        lambda e: (e["A"][:, :, None] * e["B"][None, :, :], None),
    ),
    "nested-cross-index": Template(  # Σ_i Σ_j A[j, i] * B[i, j]
        "sum_over(A, lambda i, Ai: sum_over(B, lambda j, Bj: Ai[j] * Bj[i]))",
        lambda s: {"A": (s["m"], s["n"]), "B": (s["n"], s["m"])},
        lambda e: (e["A"].T * e["B"], None),
    ),
    "nested-outer-product": Template(  # out[a] = Σ_k Σ_l x[a, k] * y[l]
        "sum_over(x, lambda k, xk: sum_over(y, lambda l, yl: xk * yl))",
        lambda s: {"x": (s["m"], s["n"]), "y": (s["p"],)},
        lambda e: (e["x"][:, :, None] * e["y"][None, None, :], (1, 2)),
    ),
    "literal-body": Template(  # a weak literal body: Σ_k 1.5 in float64, of shape ()
        "sum_over(x, lambda k, xk: 1.5)",
        lambda s: {"x": (*s["batch"], s["n"])},
        lambda e: (np.full(e["x"].shape[-1:], 1.5), -1),
    ),
}


def _tolerance(summands: Any, axes: Any) -> Callable[[np.ndarray[Any, Any]], Any]:
    def bound(want: np.ndarray[Any, Any]) -> Any:
        if want.dtype.kind != "f":
            return None
        finite = np.where(np.isfinite(summands), summands, 0).astype(np.float64)
        mag = np.sum(np.abs(finite), axis=axes)
        return float_bound(want.dtype, max(1, summands.size), mag)

    return bound


@pytest.mark.parametrize("name", sorted(TEMPLATES))
@examples(100)
@given(data=st.data())
def test_sum_over(name: str, data: st.DataObject) -> None:
    t = TEMPLATES[name]
    sizes = {
        "batch": data.draw(shapes(max_dims=2), label="batch"),
        "n": data.draw(st.integers(0, 4), label="n"),
        "m": data.draw(st.integers(0, 3), label="m"),
        "p": data.draw(st.integers(0, 3), label="p"),
    }
    env: dict[str, Any] = {}
    for var, shape in t.operands(sizes).items():
        pool = dtypes(FLOATS) if var in t.float_only else float_heavy_dtypes()
        env[var] = data.draw(
            pool.flatmap(lambda d, s=shape: arrays(d, s, reduction_elements(d, "sum"))), label=var
        )

    def expected() -> Any:
        summands, axes = t.summands(env)
        summands = np.asarray(summands)
        return np.sum(summands, axis=axes, dtype=summands.dtype)

    def tol(want: np.ndarray[Any, Any]) -> Any:
        with np.errstate(all="ignore"):
            summands, axes = t.summands(env)
        return _tolerance(np.asarray(summands), axes)(want)

    check(t.text, decls_for(env, data.draw(decl_styles(), label="declarations")), env, expected, tol=tol)


@examples(60)
@given(data=st.data())
def test_sum_over_of_rank_0_is_rejected(data: st.DataObject) -> None:
    """``x.shape[-1]`` of a 0-d array is an IndexError in NumPy: the binder needs rank >= 1."""
    x = data.draw(dtypes().flatmap(lambda d: arrays(d, ())), label="x")
    env = {"x": x}
    check("sum_over(x, lambda k, xk: xk)", decls_for(env), env, lambda: x.shape[-1])
