"""``semantics.dtypes``' promotion tables against NumPy 2, exhaustively: every dtype pair (and
triple, where NumPy's n-ary promotion is not a left fold), every weak literal kind (NEP 50), and the
result dtype of every op the semantics defines -- through ``reference_evaluate`` (which reads only
the denotation) against the dtype NumPy's own call returns, or an error from both.
"""

from __future__ import annotations

import itertools
import warnings
from typing import Any

import numpy as np
import pytest
from strategies import ALL_DTYPES, ARITHMETIC, INTS, SHORT, lit_text

from semantics import DeclError, DTypeError, VersaError, parse_term, reference_evaluate
from semantics.dtypes import (
    ALL_DTYPES as SEM_DTYPES,
)
from semantics.dtypes import (
    FAMILIES,
    DType,
    Kind,
    check_weak_int_fits,
    float_result,
    from_numpy,
    parse_dtype,
    parse_dtype_set,
    promote,
    promote_all,
    promote_weak,
    sum_accumulator,
    true_divide_result,
)

PAIRS = list(itertools.product(SEM_DTYPES, repeat=2))
WEAK: list[tuple[Kind, bool | int | float]] = [(Kind.BOOL, True), (Kind.INT, 1), (Kind.FLOAT, 2.5)]


def _np(d: DType) -> np.dtype[Any]:
    return np.dtype(d.numpy_name)


# ---------------------------------------------------------------- the dtype table itself


@pytest.mark.parametrize("d", SEM_DTYPES, ids=str)
def test_dtype_properties(d: DType) -> None:
    n = _np(d)
    assert d.np == n
    assert from_numpy(n) is d
    assert parse_dtype(d.value) is d and parse_dtype(d.numpy_name) is d
    assert d.kind.value == n.kind
    assert d.bits == (1 if d is DType.BOOL else 8 * n.itemsize)
    assert d.is_float == (n.kind == "f")
    assert d.is_integer == (n.kind in "iu")
    if d.is_float:
        with pytest.raises(DTypeError):
            _ = d.int_range
    elif d is DType.BOOL:
        assert d.int_range == (0, 1)
    else:
        info = np.iinfo(n)
        assert d.int_range == (int(info.min), int(info.max))


def test_dtype_list_is_numpys() -> None:
    assert [d.np for d in SEM_DTYPES] == ALL_DTYPES
    assert {SHORT[d.np] for d in SEM_DTYPES} == {d.value for d in SEM_DTYPES}


def test_families() -> None:
    assert set(parse_dtype_set("float")) == {d for d in SEM_DTYPES if d.is_float}
    assert set(parse_dtype_set("int")) == {d for d in SEM_DTYPES if d.kind is Kind.INT}
    assert set(parse_dtype_set("uint")) == {d for d in SEM_DTYPES if d.kind is Kind.UINT}
    assert parse_dtype_set("bool") == (DType.BOOL,)
    assert set(parse_dtype_set("num")) == set(SEM_DTYPES) - {DType.BOOL}
    assert parse_dtype_set("f32") == (DType.F32,)
    assert set(FAMILIES) == {"float", "int", "uint", "bool", "num"}
    for bad in ("f128", "complex", "int3", ""):
        with pytest.raises(DeclError):
            parse_dtype_set(bad)
        with pytest.raises(DeclError):
            parse_dtype(bad)


def test_unsupported_numpy_dtypes_are_rejected() -> None:
    for name in ("complex128", "float128" if hasattr(np, "float128") else "complex64", "U3", "datetime64[s]"):
        with pytest.raises(DTypeError):
            from_numpy(np.dtype(name))


# ---------------------------------------------------------------- promotion tables


@pytest.mark.parametrize(("a", "b"), PAIRS, ids=lambda d: str(d))
def test_promote_is_result_type(a: DType, b: DType) -> None:
    want = np.result_type(_np(a), _np(b))
    assert promote(a, b).np == want
    assert promote(b, a) is promote(a, b)
    # and the dtype NumPy's arithmetic actually returns (bool + bool is or: still bool)
    assert (np.ones(1, _np(a)) * np.ones(1, _np(b))).dtype == want


def test_promote_all_is_result_type_for_every_triple() -> None:
    """NumPy 2's n-ary promotion is not a left fold: (int8, uint8, float16) is float16."""
    bad = [
        (ds, promote_all(ds), np.result_type(*(_np(d) for d in ds)))
        for ds in itertools.product(SEM_DTYPES, repeat=3)
        if promote_all(ds).np != np.result_type(*(_np(d) for d in ds))
    ]
    assert not bad, bad[:10]
    assert promote_all([DType.I8, DType.U8, DType.F16]) is DType.F16


def test_promote_all_of_one_and_two() -> None:
    for d in SEM_DTYPES:
        assert promote_all([d]) is d
    for a, b in PAIRS:
        assert promote_all([a, b]) is promote(a, b)


@pytest.mark.parametrize("d", SEM_DTYPES, ids=str)
@pytest.mark.parametrize(("kind", "lit"), WEAK, ids=["bool", "int", "float"])
def test_promote_weak_is_nep50(d: DType, kind: Kind, lit: bool | int | float) -> None:
    want = np.result_type(_np(d), lit)
    assert promote_weak(d, kind).np == want
    assert (np.ones(1, _np(d)) * lit).dtype == want
    assert (lit * np.ones(1, _np(d))).dtype == want


@pytest.mark.parametrize("d", SEM_DTYPES, ids=str)
def test_check_weak_int_fits_is_numpys_overflow(d: DType) -> None:
    """NumPy 2 raises OverflowError for a Python int outside the array's integer dtype."""
    lo, hi = (0, 1) if d is DType.BOOL or d.is_float else d.int_range
    for v in {lo - 1, lo, hi, hi + 1, 0, -1, 2**63, 2**64, -(2**63) - 1}:
        target = promote_weak(d, Kind.INT)
        try:
            check_weak_int_fits(v, target)
            ours = "ok"
        except DTypeError:
            ours = "overflow"
        try:
            with np.errstate(all="ignore"), warnings.catch_warnings():
                warnings.simplefilter("ignore")
                np.ones(1, _np(d)) + v
            theirs = "ok"
        except OverflowError:
            theirs = "overflow"
        assert ours == theirs, f"{d} + {v}: semantics {ours}, NumPy {theirs}"


@pytest.mark.parametrize("d", SEM_DTYPES, ids=str)
def test_float_result(d: DType) -> None:
    """exp/log/sqrt/sin/cos/tanh of bool and int8 are float16, of int16 float32, wider float64."""
    for fn in (np.exp, np.log, np.sqrt, np.sin, np.cos, np.tanh):
        with np.errstate(all="ignore"):
            assert fn(np.ones(1, _np(d))).dtype == float_result(d).np


@pytest.mark.parametrize(("a", "b"), PAIRS, ids=lambda d: str(d))
def test_true_divide_result(a: DType, b: DType) -> None:
    with np.errstate(all="ignore"):
        got = (np.ones(1, _np(a)) / np.ones(1, _np(b))).dtype
    assert true_divide_result(promote(a, b)).np == got


@pytest.mark.parametrize("d", SEM_DTYPES, ids=str)
def test_sum_accumulator(d: DType) -> None:
    x = np.ones(3, _np(d))
    assert np.sum(x).dtype == sum_accumulator(d).np
    assert np.prod(x).dtype == sum_accumulator(d).np


# ---------------------------------------------------------------- every op's result dtype


def _numpy_dtype(fn: Any) -> str:
    with np.errstate(all="ignore"), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return str(np.asarray(fn()).dtype)
        except (TypeError, ValueError, OverflowError, IndexError):
            return "error"


def _semantics_dtype(text: str, env: dict[str, Any]) -> str:
    decls = {k: f"{SHORT[v.dtype]}[{', '.join(f'{k}{j}' for j in range(v.ndim))}]" for k, v in env.items()}
    try:
        return str(reference_evaluate(parse_term(text, decls), env).dtype)
    except VersaError:
        return "error"


def _compare(cases: list[tuple[str, dict[str, Any], Any]]) -> None:
    bad = []
    for text, env, fn in cases:
        ours, theirs = _semantics_dtype(text, env), _numpy_dtype(fn)
        if ours != theirs:
            bad.append(f"{text} {[str(v.dtype) for v in env.values()]}: semantics {ours}, NumPy {theirs}")
    assert not bad, "\n".join(bad[:20])


def _ones(d: DType, shape: tuple[int, ...] = (2,)) -> np.ndarray[Any, Any]:
    return np.ones(shape, _np(d))


# the arithmetic ops, plus comparisons, which promote their operands the same way
BINARY: dict[str, tuple[str, Any]] = {
    **ARITHMETIC,
    "less": ("{a} < {b}", lambda a, b: a < b),
    "equal": ("{a} == {b}", lambda a, b: a == b),
    "not_equal": ("{a} != {b}", lambda a, b: a != b),
    "greater_equal": ("{a} >= {b}", lambda a, b: a >= b),
}


@pytest.mark.parametrize("op", sorted(BINARY))
def test_binary_op_dtypes_over_all_pairs(op: str) -> None:
    fmt, fn = BINARY[op]
    cases = []
    for a, b in PAIRS:
        x, y = _ones(a), _ones(b)
        cases.append((fmt.format(a="x", b="y"), {"x": x, "y": y}, lambda fn=fn, x=x, y=y: fn(x, y)))
    _compare(cases)


EDGE_INTS = [0, -1, 127, 128, -129, 255, 256, 65536, 2**31, 2**32, 2**63 - 1, 2**63, 2**64 - 1, 2**64]


@pytest.mark.parametrize("op", sorted(BINARY))
def test_binary_op_dtypes_with_weak_literals(op: str) -> None:
    """NEP 50: a Python literal takes the array's dtype unless its kind is higher; an int that
    does not fit raises (except in ``/``, computed in float64, and comparisons, exact)."""
    fmt, fn = BINARY[op]
    cases = []
    for d in SEM_DTYPES:
        x = _ones(d)
        for lit in [True, False, 1, 2.5, -0.0, 1e300, *EDGE_INTS]:
            for left in (False, True):
                a, b = (lit_text(lit), "x") if left else ("x", lit_text(lit))
                if left:
                    cases.append((fmt.format(a=a, b=b), {"x": x}, lambda fn=fn, x=x, v=lit: fn(v, x)))
                else:
                    cases.append((fmt.format(a=a, b=b), {"x": x}, lambda fn=fn, x=x, v=lit: fn(x, v)))
    _compare(cases)


UNARY = [
    "abs",
    "negative",
    "positive",
    "exp",
    "log",
    "sqrt",
    "square",
    "sin",
    "cos",
    "tanh",
    "sign",
    "floor",
    "ceil",
]


def test_unary_op_dtypes() -> None:
    cases = []
    for name in UNARY:
        for d in SEM_DTYPES:
            x = _ones(d)
            cases.append((f"{name}(x)", {"x": x}, lambda name=name, x=x: getattr(np, name)(x)))
    _compare(cases)


def test_power_dtypes() -> None:
    cases = []
    for d in SEM_DTYPES:
        x = _ones(d)
        for n in (-2, -1, 0, 1, 2, 3, 127, 128, 255, 256, 2**31, 2**63):
            cases.append((f"x ** {n}", {"x": x}, lambda x=x, n=n: x**n))
    _compare(cases)


def test_where_dtypes() -> None:
    c = np.array([True, False])
    cases = []
    for a, b in PAIRS:
        x, y = _ones(a), _ones(b)
        cases.append(("where(c, x, y)", {"c": c, "x": x, "y": y}, lambda x=x, y=y: np.where(c, x, y)))
    for d in SEM_DTYPES:
        x = _ones(d)
        for lit in [True, 1, 2.5, 300, -1, 2**63, 2**64]:
            text = f"where(c, x, {lit_text(lit)})"
            cases.append((text, {"c": c, "x": x}, lambda x=x, v=lit: np.where(c, x, v)))
            text = f"where(c, {lit_text(lit)}, x)"
            cases.append((text, {"c": c, "x": x}, lambda x=x, v=lit: np.where(c, v, x)))
    _compare(cases)


def test_astype_dtypes() -> None:
    cases = []
    for a, b in PAIRS:
        x = _ones(a)
        cases.append((f"astype(x, {b.value})", {"x": x}, lambda x=x, b=b: x.astype(_np(b))))
    _compare(cases)


def test_reduction_dtypes() -> None:
    cases = []
    for d in SEM_DTYPES:
        x = _ones(d, (2, 3))
        for name in ("sum", "prod", "max", "min"):
            for axis in (None, 0, (0, 1)):
                text = f"{name}(x, axis={axis})"
                cases.append(
                    (text, {"x": x}, lambda x=x, name=name, axis=axis: getattr(np, name)(x, axis=axis))
                )
    _compare(cases)


def test_linalg_and_concat_dtypes_over_all_pairs() -> None:
    cases = []
    for a, b in PAIRS:
        x, y = _ones(a, (2, 3)), _ones(b, (3, 2))
        env = {"x": x, "y": y}
        cases += [
            ("x @ y", env, lambda x=x, y=y: x @ y),
            ("outer(x, y)", env, lambda x=x, y=y: np.outer(x, y)),
            ('einsum("ij,jk->ik", x, y)', env, lambda x=x, y=y: np.einsum("ij,jk->ik", x, y)),
            ("concat((x, y.T), axis=0)", env, lambda x=x, y=y: np.concat((x, y.T), axis=0)),
        ]
    _compare(cases)


def test_nary_dtypes_over_mixed_triples() -> None:
    """concat and einsum of three operands promote like ``np.result_type`` (not a left fold)."""
    cases = []
    for ds in itertools.product([DType.I8, DType.U8, DType.I16, DType.U16, DType.F16, DType.F32], repeat=3):
        env = {n: _ones(d) for n, d in zip("xyz", ds, strict=True)}
        x, y, z = env["x"], env["y"], env["z"]
        cases.append(("concat((x, y, z), axis=0)", env, lambda x=x, y=y, z=z: np.concat((x, y, z))))
        cases.append(
            ('einsum("i,i,i->i", x, y, z)', env, lambda x=x, y=y, z=z: np.einsum("i,i,i->i", x, y, z))
        )
    _compare(cases)


def test_int_index_dtypes_are_accepted() -> None:
    """Every integer dtype indexes (NumPy casts it to intp); floats and bools do not here."""
    x = np.arange(4.0)
    cases = [
        ("x[i]", {"x": x, "i": np.array([1, 2], dtype=d)}, lambda d=d: x[np.array([1, 2], dtype=d)])
        for d in INTS
    ]
    _compare(cases)
