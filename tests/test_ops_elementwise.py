"""Elementwise ops against NumPy: unary ufuncs, binary arithmetic with broadcasting and NEP 50 weak
literals, ``**`` with an integer literal, comparisons, ``where`` and ``astype``.

Values are compared bitwise (NaN equal to NaN, and the sign of zeros checked -- for maximum/minimum
too: NumPy keeps the second operand of a (+0, -0) tie for f32/f64 but the first for f16, and the
reference calls NumPy's scalar ufunc, so it agrees), across every dtype
family and NumPy's edge values: NaN, ±0, ±inf, subnormals, the extremes, int overflow and
``abs``/``//``/``%`` at the minimum int and zero divisors.
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from strategies import (
    ALL_DTYPES,
    BOOL,
    FLOATS,
    arrays,
    check,
    decl_styles,
    decls_for,
    dtypes,
    examples,
    lit_text,
    one_in,
    shape_pair,
    shapes,
    weak_literals,
)
from strategies import ARITHMETIC as BINARY

UNARY: dict[str, Any] = {
    "abs": np.abs,
    "negative": np.negative,
    "positive": np.positive,
    "exp": np.exp,
    "log": np.log,
    "sqrt": np.sqrt,
    "square": np.square,
    "sin": np.sin,
    "cos": np.cos,
    "tanh": np.tanh,
    "sign": np.sign,
    "floor": np.floor,
    "ceil": np.ceil,
}


COMPARE: dict[str, tuple[str, Any]] = {
    "less": ("<", lambda a, b: a < b),
    "less_equal": ("<=", lambda a, b: a <= b),
    "greater": (">", lambda a, b: a > b),
    "greater_equal": (">=", lambda a, b: a >= b),
    "equal": ("==", lambda a, b: a == b),
    "not_equal": ("!=", lambda a, b: a != b),
}


@pytest.mark.parametrize("op", sorted(UNARY))
@examples(100)
@given(data=st.data())
def test_unary(op: str, data: st.DataObject) -> None:
    x = data.draw(dtypes().flatmap(lambda d: shapes().flatmap(lambda s: arrays(d, s))), label="x")
    env = {"x": x}
    syntax = data.draw(st.sampled_from([f"{op}(x)", f"np.{op}(x)"]), label="syntax")
    check(syntax, decls_for(env, data.draw(decl_styles(), label="declarations")), env, lambda: UNARY[op](x))


@examples(40)
@given(data=st.data())
def test_unary_operator_syntax(data: st.DataObject) -> None:
    x = data.draw(dtypes().flatmap(lambda d: shapes().flatmap(lambda s: arrays(d, s))), label="x")
    env = {"x": x}
    text, fn = data.draw(
        st.sampled_from(
            [("-x", np.negative), ("+x", np.positive), ("-(-x)", lambda a: np.negative(np.negative(a)))]
        ),
        label="text",
    )
    check(text, decls_for(env), env, lambda: fn(x))


def _two_arrays(data: st.DataObject, pool: list[np.dtype[Any]] = ALL_DTYPES) -> dict[str, Any]:
    sx, sy = data.draw(shape_pair(), label="shapes")
    dx = data.draw(dtypes(pool), label="dtype x")
    dy = data.draw(st.one_of(st.just(dx), dtypes(pool)), label="dtype y")
    x = data.draw(arrays(dx, sx), label="x")
    y = data.draw(arrays(dy, sy), label="y")
    return {"x": x, "y": y}


@pytest.mark.parametrize("op", sorted(BINARY))
@examples(100)
@given(data=st.data())
def test_binary(op: str, data: st.DataObject) -> None:
    """Broadcast operands of any two dtypes: int overflow wraps, ``//`` and ``%`` take the
    divisor's sign and give 0 for a zero divisor, floats give NaN/±inf/±0 as IEEE says."""
    env = _two_arrays(data)
    fmt, fn = BINARY[op]
    style = data.draw(decl_styles(), label="declarations")
    check(fmt.format(a="x", b="y"), decls_for(env, style), env, lambda: fn(env["x"], env["y"]))


@pytest.mark.parametrize("op", sorted(BINARY))
@examples(100)
@given(data=st.data())
def test_binary_weak_literal(op: str, data: st.DataObject) -> None:
    """NEP 50: ``i8 + 1 -> i8``, ``f32 * 2.5 -> f32``, ``i8 + 300`` raises OverflowError."""
    x = data.draw(dtypes().flatmap(lambda d: shapes().flatmap(lambda s: arrays(d, s))), label="x")
    lit = data.draw(weak_literals(), label="literal")
    env = {"x": x}
    fmt, fn = BINARY[op]
    if data.draw(st.booleans(), label="literal on the left"):
        text, expected = fmt.format(a=lit_text(lit), b="x"), lambda: fn(lit, x)
    else:
        text, expected = fmt.format(a="x", b=lit_text(lit)), lambda: fn(x, lit)
    check(text, decls_for(env, data.draw(decl_styles(), label="declarations")), env, expected)


@examples(150)
@given(data=st.data())
def test_power_int_literal(data: st.DataObject) -> None:
    """``x ** n``: ``x ** 2`` is ``square`` (bool ** 2 -> int8), ``x ** -1`` is ``1 / x``, and
    integers to negative powers raise."""
    x = data.draw(dtypes().flatmap(lambda d: shapes().flatmap(lambda s: arrays(d, s))), label="x")
    n = data.draw(
        st.one_of(st.integers(-3, 5), st.sampled_from([-2, 2, 7, 63, 64, 300, 70000, -70000, 2**40])),
        label="n",
    )
    env = {"x": x}
    check(f"x ** {n}", decls_for(env), env, lambda: x**n)


@pytest.mark.parametrize("op", sorted(COMPARE))
@examples(80)
@given(data=st.data())
def test_compare(op: str, data: st.DataObject) -> None:
    env = _two_arrays(data)
    sym, fn = COMPARE[op]
    style = data.draw(decl_styles(), label="declarations")
    check(f"x {sym} y", decls_for(env, style), env, lambda: fn(env["x"], env["y"]))


@pytest.mark.parametrize("op", sorted(COMPARE))
@examples(80)
@given(data=st.data())
def test_compare_weak_literal(op: str, data: st.DataObject) -> None:
    """NumPy 2 compares an out-of-range Python int exactly (``i8 < 300`` is all True)."""
    x = data.draw(dtypes().flatmap(lambda d: shapes().flatmap(lambda s: arrays(d, s))), label="x")
    lit = data.draw(weak_literals(), label="literal")
    env = {"x": x}
    sym, fn = COMPARE[op]
    if data.draw(st.booleans(), label="literal on the left"):
        text, expected = f"{lit_text(lit)} {sym} x", lambda: fn(lit, x)
    else:
        text, expected = f"x {sym} {lit_text(lit)}", lambda: fn(x, lit)
    check(text, decls_for(env), env, expected)


@examples(300)
@given(data=st.data())
def test_where(data: st.DataObject) -> None:
    """``where(c, x, y)``: any condition dtype (nonzero is true, NaN too) or a literal; operands
    arrays or weak literals (``np.where`` wraps an out-of-range Python int into an integer result
    instead of raising: ``where(c, i8, 300)`` holds 44)."""
    sc, sx, sy = data.draw(shape_pair(3), label="shapes")
    env: dict[str, Any] = {}
    operands: list[Any] = []
    texts: list[str] = []
    if data.draw(one_in(8), label="c is a literal"):
        cond = data.draw(st.one_of(st.booleans(), st.integers(-2, 2)), label="c")
        operands.append(cond)
        texts.append(lit_text(cond))
    else:
        dc = data.draw(st.one_of(st.just(BOOL), dtypes()), label="dtype c")
        env["c"] = data.draw(arrays(dc, sc), label="c")
        operands.append(env["c"])
        texts.append("c")
    for name, shape in (("x", sx), ("y", sy)):
        if data.draw(one_in(4), label=f"{name} is a literal"):
            lit = data.draw(weak_literals(), label=name)
            operands.append(lit)
            texts.append(lit_text(lit))
        else:
            env[name] = data.draw(dtypes().flatmap(lambda d, s=shape: arrays(d, s)), label=name)
            operands.append(env[name])
            texts.append(name)
    check(
        f"where({texts[0]}, {texts[1]}, {texts[2]})",
        decls_for(env),
        env,
        lambda: np.where(operands[0], operands[1], operands[2]),
    )


@examples(250)
@given(data=st.data())
def test_astype(data: st.DataObject) -> None:
    """Every dtype pair: ints wrap, floats round, float -> int truncates, NaN -> bool is True.

    A float -> int cast of NaN, inf or a value out of the int's range is undefined in C, and
    NumPy's answer depends on the array's length (its SIMD loop differs from its scalar one:
    float32 NaN -> uint32 is 0 in arrays of 1-3 elements, 2**31 from 4 on), so those elements'
    values are not compared; their shape and dtype are.
    """
    x = data.draw(dtypes().flatmap(lambda d: shapes().flatmap(lambda s: arrays(d, s))), label="x")
    to = data.draw(dtypes(), label="to")
    env = {"x": x}
    name = {np.dtype(np.bool_): "bool"}.get(to, f"{to.kind}{8 * to.itemsize}")
    syntax = data.draw(
        st.sampled_from([f"astype(x, {name})", f"x.astype({name})", f"x.astype({to.name})"]), label="syntax"
    )
    defined = None
    if x.dtype.kind == "f" and to.kind in "iu":
        lo, hi = np.iinfo(to).min, np.iinfo(to).max
        with np.errstate(all="ignore"):
            wide = x.astype(np.float64)
            defined = np.isfinite(wide) & (wide > float(lo) - 1) & (wide < float(hi) + 1)
    check(syntax, decls_for(env), env, lambda: x.astype(to), defined=defined)


# ---------------------------------------------------------------- compositions


_ARRAY_NAME = re.compile(r"\b[xy]\b")


@st.composite
def _expr(draw: st.DrawFn, depth: int) -> tuple[str, Any]:
    """A random elementwise expression over ``x``, ``y`` and literals, with its NumPy function."""
    if depth == 0 or draw(one_in(4)):
        leaf = draw(st.sampled_from(["x", "y", "lit"]))
        if leaf == "lit":
            v = draw(weak_literals("bif").filter(lambda v: not isinstance(v, int) or abs(v) < 100))
            return lit_text(v), lambda env, v=v: v
        return leaf, lambda env, leaf=leaf: env[leaf]
    kind = draw(st.sampled_from(["unary", "binary", "compare", "where"]))
    if kind == "unary":
        op = draw(st.sampled_from(sorted(UNARY)))
        t, f = draw(_expr(depth - 1))
        return f"{op}({t})", lambda env: UNARY[op](f(env))
    if kind == "binary":
        op = draw(st.sampled_from(sorted(BINARY)))
        (ta, fa), (tb, fb) = draw(_expr(depth - 1)), draw(_expr(depth - 1))
        fmt, fn = BINARY[op]
        return "(" + fmt.format(a=ta, b=tb) + ")", lambda env: fn(fa(env), fb(env))
    if kind == "compare":
        sym, fn = COMPARE[draw(st.sampled_from(sorted(COMPARE)))]
        (ta, fa), (tb, fb) = draw(_expr(depth - 1)), draw(_expr(depth - 1))
        if not _ARRAY_NAME.search(ta + " " + tb):
            # Python compares two literals itself (a weak bool); the term language compares them
            # as NumPy does (a strong bool): not the same program, so keep an array in
            tb, fb = "x", lambda env: env["x"]
        return f"({ta} {sym} {tb})", lambda env: fn(fa(env), fb(env))
    (tc, fc), (ta, fa), (tb, fb) = draw(_expr(depth - 1)), draw(_expr(depth - 1)), draw(_expr(depth - 1))
    return f"where({tc}, {ta}, {tb})", lambda env: np.where(fc(env), fa(env), fb(env))


@examples(400)
@given(data=st.data())
def test_compositions(data: st.DataObject) -> None:
    """Nested elementwise terms: promotion through intermediate (strong) results, casts inside."""
    text, fn = data.draw(_expr(3), label="term")
    env = _two_arrays(data, [BOOL, np.dtype("int8"), np.dtype("uint8"), np.dtype("int32"), *FLOATS])
    check(text, decls_for(env), env, lambda: fn(env))
