"""``semantics.scalar_ops``' per-element definitions against NumPy's ufuncs, on random scalars of
every dtype NumPy has a same-dtype loop for (``int8 + int8 -> int8``, ``bool + bool -> bool``, ...):
integer ops wrap exactly as NumPy's (``abs`` of the minimum int, ``//`` and ``%`` with negative
operands and zero divisors), float ops give the same datum (NaN, sign of zero), ``convert`` is
``astype`` for every dtype pair, ``wrap`` is two's complement.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from strategies import ALL_DTYPES, INTS, SHORT, dtypes, elements, examples

from semantics.dtypes import parse_dtype
from semantics.scalar_ops import COMPARISONS, SCALAR_OPS, apply, convert, wrap

UFUNCS: dict[str, Any] = {
    "abs": np.absolute,
    "negative": np.negative,
    "positive": np.positive,
    "square": np.square,
    "sign": np.sign,
    "floor": np.floor,
    "ceil": np.ceil,
    "exp": np.exp,
    "log": np.log,
    "sqrt": np.sqrt,
    "sin": np.sin,
    "cos": np.cos,
    "tanh": np.tanh,
    "add": np.add,
    "subtract": np.subtract,
    "multiply": np.multiply,
    "divide": np.true_divide,
    "floor_divide": np.floor_divide,
    "remainder": np.remainder,
    "maximum": np.maximum,
    "minimum": np.minimum,
    "less": np.less,
    "less_equal": np.less_equal,
    "greater": np.greater,
    "greater_equal": np.greater_equal,
    "equal": np.equal,
    "not_equal": np.not_equal,
}


def test_every_scalar_op_is_tested() -> None:
    assert set(SCALAR_OPS) == set(UFUNCS) | {"power", "where"}


def _loop_dtypes(name: str) -> list[np.dtype[Any]]:
    """The dtypes NumPy has a loop for with every operand (and the result, unless a comparison)
    of that dtype: the dtypes the semantics computes the op in."""
    ufunc = UFUNCS[name]
    out = []
    for d in ALL_DTYPES:
        c = d.char
        result = "?" if name in COMPARISONS else c
        if f"{c * ufunc.nin}->{result}" in ufunc.types:
            out.append(d)
    return out


def _value(v: Any, dtype: np.dtype[Any]) -> Any:
    """A scalar as the reference evaluator holds it: bool, Python int or a NumPy float scalar."""
    if dtype == np.bool_:
        return bool(v)
    if dtype.kind in "iu":
        return int(v)
    return dtype.type(v)


def assert_same_scalar(got: Any, want: Any, dtype: np.dtype[Any], what: str) -> None:
    """The same datum: exact for ints and bools; for floats the same bits up to NaN payload."""
    if dtype.kind == "f":
        g, w = np.asarray(got), np.asarray(want)
        assert g.dtype == w.dtype == dtype, f"{what}: dtype {g.dtype} != {w.dtype}"
        same = (bool(np.isnan(w)) and bool(np.isnan(g))) or (g == w and np.signbit(g) == np.signbit(w))
        assert same, f"{what}: got {got!r}, NumPy {want!r}"
    else:
        assert type(got) is (bool if dtype == np.bool_ else int), f"{what}: {type(got).__name__} value"
        assert got == want, f"{what}: got {got!r}, NumPy {want!r}"


@pytest.mark.parametrize("name", sorted(UFUNCS))
@examples(100)
@given(data=st.data())
def test_scalar_op_matches_ufunc(name: str, data: st.DataObject) -> None:
    pool = _loop_dtypes(name)
    assert pool, f"no same-dtype NumPy loop for {name}"
    dt = data.draw(dtypes(pool), label="dtype")
    ufunc = UFUNCS[name]
    raw = [data.draw(elements(dt), label=f"arg{j}") for j in range(ufunc.nin)]
    with np.errstate(all="ignore"):
        want = ufunc(*[np.array([v], dtype=dt) for v in raw])[0]
        got = apply(name, [_value(v, dt) for v in raw], parse_dtype(SHORT[dt]))
    out_dt = np.dtype(np.bool_) if name in COMPARISONS else dt
    assert_same_scalar(got, _value(want, out_dt), out_dt, f"{name}{tuple(raw)} in {dt}")


@examples(300)
@given(data=st.data())
def test_power_matches_numpy(data: st.DataObject) -> None:
    """``x ** n`` for an int literal ``n``: floats any ``n`` (``n == 2`` is ``square``), ints
    ``n >= 0`` (wrapping by repeated squaring is exact modular arithmetic)."""
    dt = data.draw(dtypes([d for d in ALL_DTYPES if d != np.bool_]), label="dtype")
    low = -4 if dt.kind == "f" else 0
    high = int(np.iinfo(dt).max) if dt.kind != "f" else 2**70  # NEP 50: an int literal fits the dtype
    n = data.draw(
        st.one_of(st.integers(low, 6), st.sampled_from([63, 64, 65, 127, 1000, 70000, 2**40])).filter(
            lambda n: n <= high
        ),
        label="n",
    )
    base = data.draw(elements(dt), label="base")
    with np.errstate(all="ignore"):
        want = (np.array([base], dtype=dt) ** n)[0]
        exponent = float(n) if dt.kind == "f" else n
        got = apply("power", [_value(base, dt), exponent], parse_dtype(SHORT[dt]))
    assert_same_scalar(got, _value(want, dt), dt, f"{base!r} ** {n} in {dt}")


@examples(100)
@given(data=st.data())
def test_where_picks_an_operand(data: st.DataObject) -> None:
    dt = data.draw(dtypes(), label="dtype")
    c = data.draw(st.booleans(), label="c")
    a, b = data.draw(elements(dt), label="a"), data.draw(elements(dt), label="b")
    want = np.where(np.array([c]), np.array([a], dtype=dt), np.array([b], dtype=dt))[0]
    got = apply("where", [c, _value(a, dt), _value(b, dt)], parse_dtype(SHORT[dt]))
    assert_same_scalar(got, _value(want, dt), dt, f"where({c}, {a!r}, {b!r})")


@examples(600)
@given(data=st.data())
def test_convert_is_astype(data: st.DataObject) -> None:
    """Every dtype pair: ints wrap, floats round, float -> int truncates (NaN, inf and out of
    range are NumPy's own platform answer), anything -> bool is ``!= 0`` (NaN is True)."""
    src, dst = data.draw(dtypes(), label="src"), data.draw(dtypes(), label="dst")
    v = data.draw(elements(src), label="value")
    with np.errstate(all="ignore"):
        want = np.array([v], dtype=src).astype(dst)[0]
        got = convert(_value(v, src), parse_dtype(SHORT[src]), parse_dtype(SHORT[dst]))
    assert_same_scalar(got, _value(want, dst), dst, f"convert({v!r}, {src}, {dst})")


@examples(200)
@given(data=st.data())
def test_wrap_is_twos_complement(data: st.DataObject) -> None:
    dt = data.draw(dtypes([*INTS, np.dtype(np.bool_)]), label="dtype")
    v = data.draw(st.one_of(st.integers(-(2**70), 2**70), st.integers(-300, 300)), label="value")
    if dt == np.bool_:
        assert wrap(v, parse_dtype("bool")) is (v != 0)
        return
    bits = 8 * dt.itemsize
    want = int(np.array([v % 2**bits], dtype=f"u{dt.itemsize}").view(dt)[0])
    assert wrap(v, parse_dtype(SHORT[dt])) == want
