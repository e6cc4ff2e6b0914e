"""Linear algebra against NumPy: ``@`` (1-D, 2-D, batched with broadcasting; mismatched core dims
and 0-d operands rejected), ``outer`` (of the flattened operands) and ``einsum`` (explicit and
implicit output, repeated letters within an operand taking diagonals, size-1 dims broadcasting
across operands).

Ints wrap in the promoted dtype and bools are or-of-ands: exact. Floats are compared within a bound
on the rounding of a sum of products (NumPy calls BLAS or accumulates float16 in float32; the
reference folds left in the dtype), with bounded elements plus NaN, ±inf and ±0 -- except einsum,
whose operands are finite: NumPy's einsum factors an operand that is constant along the summed
loop out of the sum (``Σ_i a_i·b`` as ``(Σ_i a_i)·b``), exact over the reals but not with
inf/NaN (``einsum("ab,->", [[1], [0]], inf)`` is inf in NumPy, NaN as a sum of products).
"""

from __future__ import annotations

import string
from typing import Any

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from strategies import (
    arrays,
    bounded_floats,
    broadcast_shapes,
    check,
    decls_for,
    elements,
    examples,
    float_bound,
    float_heavy_dtypes,
    one_in,
    shapes,
)


def _elems(dtype: np.dtype[Any], specials: bool, small_ints: bool) -> st.SearchStrategy[Any]:
    if dtype.kind in "iu" and small_ints:
        return st.integers(-8 if dtype.kind == "i" else 0, 8).map(dtype.type)
    if dtype.kind != "f":
        return elements(dtype)
    if specials:
        return bounded_floats(dtype, 8.0)
    signed_zero = st.sampled_from([dtype.type(0.0), dtype.type(-0.0)])
    return st.one_of(bounded_floats(dtype, 8.0, specials=False), signed_zero)


def _operands(
    data: st.DataObject,
    shapes_by_name: dict[str, tuple[int, ...]],
    dtype: np.dtype[Any] | None = None,
    specials: bool = True,
) -> dict[str, Any]:
    """Arrays of the given shapes (dtypes drawn unless given). Ints are full-range when the
    result is an int (wrapping is exact in any order), small when it is a float (so an int8
    factor cannot overflow a float16 sum in one order and not the other)."""
    dts = {
        n: dtype if dtype is not None else data.draw(float_heavy_dtypes(), label=f"dtype {n}")
        for n in shapes_by_name
    }
    small = np.result_type(*dts.values()).kind == "f"
    return {
        n: data.draw(arrays(dts[n], shape, _elems(dts[n], specials, small)), label=n)
        for n, shape in shapes_by_name.items()
    }


def _product_tolerance(spec: str, *operands: np.ndarray[Any, Any]) -> Any:
    """A per-element bound: the rounding of each output's sum of products, from the same einsum
    over the operands' absolute (finite) values, in float64, at the result's precision."""

    def bound(want: np.ndarray[Any, Any]) -> Any:
        if want.dtype.kind != "f":
            return None
        mags = [np.abs(np.where(np.isfinite(o), o, 0).astype(np.float64)) for o in operands]
        mag = np.einsum(spec, *mags) if spec else np.abs(np.matmul(*mags))
        n_terms = 1 + max((o.size for o in operands), default=1)
        return float_bound(want.dtype, n_terms, mag)

    return bound


@st.composite
def matmul_shapes(draw: st.DrawFn) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Operand shapes for ``@``: 1-D or 2-D cores, batch dims (broadcasting, 1-sized, 0-sized)
    on either 2-D side half the time; sometimes wrong (core dims differ, a 0-d operand)."""
    ra, rb = draw(st.sampled_from([1, 2, 2])), draw(st.sampled_from([1, 2, 2]))
    m, k, n = (draw(st.integers(0, 3)) for _ in range(3))
    a: tuple[int, ...] = (m, k) if ra == 2 else (k,)
    b: tuple[int, ...] = (k, n) if rb == 2 else (k,)
    if draw(st.booleans()):
        ba, bb = draw(broadcast_shapes(2, max_dims=2, max_side=2))
        a = ba + a if ra == 2 else a
        b = bb + b if rb == 2 else b
    mutation = draw(st.sampled_from(range(12)))
    if mutation == 0:
        b = (*b[:-2], k + 1, b[-1]) if len(b) >= 2 else (k + 1,)  # core dims differ
    elif mutation == 1:
        a = ()  # matmul rejects 0-d operands
    elif mutation == 2:
        a, b = draw(shapes(min_dims=1)), draw(shapes(min_dims=1))
    return a, b


@examples(400)
@given(data=st.data())
def test_matmul(data: st.DataObject) -> None:
    sa, sb = data.draw(matmul_shapes(), label="shapes")
    env = _operands(data, {"A": sa, "B": sb})
    text = data.draw(st.sampled_from(["A @ B", "matmul(A, B)"]), label="text")
    check(
        text, decls_for(env), env, lambda: env["A"] @ env["B"], tol=_product_tolerance("", env["A"], env["B"])
    )


@examples(100)
@given(data=st.data())
def test_matmul_batched(data: st.DataObject) -> None:
    """Batch dims that broadcast (1-sized against n, rank differences) on non-empty cores."""
    m, k, n = (data.draw(st.integers(1, 3), label=d) for d in "mkn")
    ba, bb = data.draw(broadcast_shapes(2, max_dims=3), label="batch")
    a = (*ba, m, k) if data.draw(st.sampled_from([True, True, False]), label="A 2-D") else (k,)
    b = (*bb, k, n) if data.draw(st.sampled_from([True, True, False]), label="B 2-D") else (k,)
    env = _operands(data, {"A": a, "B": b})
    check(
        "A @ B",
        decls_for(env),
        env,
        lambda: env["A"] @ env["B"],
        tol=_product_tolerance("", env["A"], env["B"]),
    )


@examples(100)
@given(data=st.data())
def test_outer(data: st.DataObject) -> None:
    sx = data.draw(shapes(max_dims=2), label="shape x")
    sy = data.draw(shapes(max_dims=2), label="shape y")
    env = _operands(data, {"x": sx, "y": sy})
    x, y = env["x"], env["y"]
    # one product per element, no sum: bitwise, NaN/inf/±0 included
    check("outer(x, y)", decls_for(env), env, lambda: np.outer(x, y))


@st.composite
def einsum_cases(draw: st.DrawFn) -> tuple[str, list[tuple[int, ...]], str]:
    """Subscripts, operand shapes and the subscripts of the tolerance's magnitude einsum.

    Letters get sizes 0-3; an operand may write a letter's dim as 1 (it broadcasts); a letter
    repeated within an operand takes a diagonal (equal dims there). Sometimes the output is
    implicit, names a letter twice or one no input has, or two dims of a letter clash.
    """
    letters = "abcd"
    sizes = {c: draw(st.integers(0, 3)) for c in letters}
    n = draw(st.integers(1, 3))
    inputs: list[str] = []
    dims: list[tuple[int, ...]] = []
    for _ in range(n):
        sub = "".join(draw(st.lists(st.sampled_from(letters), max_size=3)))
        one = {c: draw(one_in(5)) for c in set(sub)}
        inputs.append(sub)
        dims.append(tuple(1 if one[c] else sizes[c] for c in sub))
    used = sorted(set("".join(inputs)))
    mode = draw(st.sampled_from(["implicit", "explicit", "explicit", "explicit", "bad"]))
    if mode == "implicit":
        spec = ",".join(inputs)
        out = "".join(c for c in used if "".join(inputs).count(c) == 1)
    else:
        out = "".join(draw(st.permutations(used))[: draw(st.integers(0, len(used)))])
        if mode == "bad":
            out = draw(st.sampled_from([out + out[:1], out + "z", out]))
        spec = ",".join(inputs) + "->" + out
    if draw(one_in(10)) and dims and dims[0]:
        dims[0] = (dims[0][0] + 2, *dims[0][1:])  # a dim that clashes (or a diagonal that does)
    magnitude = ",".join(inputs) + "->" + "".join(c for c in out if c in used and out.count(c) == 1)
    return spec, dims, magnitude


@examples(500)
@given(data=st.data())
def test_einsum(data: st.DataObject) -> None:
    spec, operand_shapes, magnitude = data.draw(einsum_cases(), label="case")
    mixed = data.draw(st.booleans(), label="mixed dtypes")
    first = data.draw(float_heavy_dtypes(), label="dtype")
    named = {string.ascii_uppercase[j]: s for j, s in enumerate(operand_shapes)}
    env = _operands(data, named, None if mixed else first, specials=False)
    names = list(env)
    ops = [env[k] for k in names]
    text = f'einsum("{spec}", {", ".join(names)})'

    def tol(want: np.ndarray[Any, Any]) -> Any:
        return _product_tolerance(magnitude, *ops)(want)

    check(text, decls_for(env), env, lambda: np.einsum(spec, *ops), tol=tol)


@examples(60)
@given(data=st.data())
def test_einsum_named_forms(data: st.DataObject) -> None:
    """The classic forms: matrix product, trace, diagonal, transpose, batched product, outer."""
    k = data.draw(st.integers(0, 3), label="k")
    m = data.draw(st.integers(0, 3), label="m")
    dt = data.draw(float_heavy_dtypes(), label="dtype")
    env = _operands(data, {"A": (m, k), "B": (k, m), "S": (m, m)}, dt)
    forms = ["ik,kj->ij", "ii->", "ii->i", "ij->ji", "ij,ji->", "ik,kj", "ij,kl->ijkl", "ii", "ij,ij->ij"]
    spec = data.draw(st.sampled_from(forms), label="spec")
    names = ["S"] if spec.split("->")[0] in ("ii",) else ["A", "B"] if "," in spec else ["A"]
    if spec == "ij,ij->ij":
        names = ["A", "A"]
    ops = [env[n] for n in names]
    used = {n: env[n] for n in names}
    full = spec if "->" in spec else spec + "->" + _implicit(spec)
    check(
        f'einsum("{spec}", {", ".join(names)})',
        decls_for(used),
        used,
        lambda: np.einsum(spec, *ops),
        tol=_product_tolerance(full, *ops),
    )


def _implicit(spec: str) -> str:
    letters = spec.replace(",", "")
    return "".join(sorted(c for c in set(letters) if letters.count(c) == 1))
