"""Shared strategies and the three-way differential check of the op tests.

Every op test builds a term's text and declarations from drawn NumPy arrays, computes NumPy's own
answer directly, and calls :func:`check`: ``evaluate`` and ``reference_evaluate`` must both agree with
NumPy (shape, dtype, values; bitwise unless a tolerance is stated), and where NumPy raises, both must
raise a ``VersaError`` -- and only then.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Callable, Sequence
from typing import Any

import hypothesis.extra.numpy as hnp
import numpy as np
from hypothesis import settings
from hypothesis import strategies as st

from semantics import VersaError, evaluate, parse_term, reference_evaluate

# ---------------------------------------------------------------- example budgets


def examples(n: int) -> settings:
    """``n`` examples under the ``ci`` profile (whose ``max_examples`` is 100), scaled with others."""
    scale = settings.default.max_examples / 100
    return settings(max_examples=max(1, round(n * scale)))


# ---------------------------------------------------------------- dtypes

BOOL = np.dtype(np.bool_)
SIGNED = [np.dtype(t) for t in ("int8", "int16", "int32", "int64")]
UNSIGNED = [np.dtype(t) for t in ("uint8", "uint16", "uint32", "uint64")]
INTS = SIGNED + UNSIGNED
FLOATS = [np.dtype(t) for t in ("float16", "float32", "float64")]
ALL_DTYPES = [BOOL, *INTS, *FLOATS]
SHORT = {BOOL: "bool"} | {d: f"{d.kind}{8 * d.itemsize}" for d in INTS + FLOATS}


def dtypes(pool: Sequence[np.dtype[Any]] = ALL_DTYPES) -> st.SearchStrategy[np.dtype[Any]]:
    return st.sampled_from(list(pool))


def float_heavy_dtypes() -> st.SearchStrategy[np.dtype[Any]]:
    """Every dtype, floats half the time: where rounding is what is under test."""
    return st.one_of(dtypes(FLOATS), dtypes())


def float_specials(dtype: np.dtype[Any]) -> list[Any]:
    """NaN, signed zeros and infinities, the smallest subnormal, the extremes, and ordinary values."""
    fi = np.finfo(dtype)
    t = dtype.type
    tiny_sub = np.nextafter(t(0), t(1))
    vals = [np.nan, 0.0, -0.0, np.inf, -np.inf, fi.max, -fi.max, fi.tiny, -fi.tiny, 1.0, -1.0, 0.5, -2.5]
    return [t(v) for v in vals] + [tiny_sub, -tiny_sub]


def int_specials(dtype: np.dtype[Any]) -> list[Any]:
    """The extremes (``abs``/``-`` of the minimum wraps), 0 (a zero divisor), ±1 and 2."""
    ii = np.iinfo(dtype)
    vals = {ii.min, ii.max, ii.min + 1, ii.max - 1, 0, 1, 2, ii.max // 2} | ({-1, -2} if ii.min else set())
    return [dtype.type(v) for v in sorted(vals)]


def elements(dtype: np.dtype[Any]) -> st.SearchStrategy[Any]:
    """Any value of ``dtype``, with its edge values often."""
    if dtype == BOOL:
        return st.booleans()
    specials = float_specials(dtype) if dtype.kind == "f" else int_specials(dtype)
    return st.one_of(st.sampled_from(specials), hnp.from_dtype(dtype))


def bounded_floats(dtype: np.dtype[Any], bound: float, specials: bool = True) -> st.SearchStrategy[Any]:
    """Finite floats with ``|v| <= bound``, plus NaN/inf/±0 when ``specials``: values whose sums
    and products do not overflow, so the order of accumulation only changes the rounding."""
    finite = st.floats(-bound, bound, width=8 * dtype.itemsize, allow_subnormal=False).map(dtype.type)
    if not specials:
        return finite
    extra = [dtype.type(v) for v in (np.nan, np.inf, -np.inf, 0.0, -0.0)]
    return st.one_of(finite, finite, finite, st.sampled_from(extra))


def reduction_elements(dtype: np.dtype[Any], kind: str) -> st.SearchStrategy[Any]:
    """Elements for sums/products: full range for ints and bools (they wrap exactly), bounded
    floats (prod: magnitudes in [0.75, 1.5], so no partial product under- or overflows)."""
    if dtype.kind != "f":
        return elements(dtype)
    if kind == "prod":
        mag = st.floats(0.75, 1.5, width=8 * dtype.itemsize)
        finite = st.tuples(mag, st.booleans()).map(lambda p: dtype.type(-p[0] if p[1] else p[0]))
        extra = [dtype.type(v) for v in (np.nan, np.inf, -np.inf, 0.0, -0.0)]
        return st.one_of(finite, finite, st.sampled_from(extra))
    return bounded_floats(dtype, 100.0)


def arrays(
    dtype: np.dtype[Any], shape: tuple[int, ...], elems: st.SearchStrategy[Any] | None = None
) -> st.SearchStrategy[np.ndarray[Any, Any]]:
    return hnp.arrays(dtype, shape, elements=elems if elems is not None else elements(dtype))


def one_in(n: int) -> st.SearchStrategy[bool]:
    """True in about one draw in ``n`` (``st.integers`` favours small values; this does not)."""
    return st.sampled_from(range(n)).map(lambda i: i == 0)


@st.composite
def shapes(
    draw: st.DrawFn, min_dims: int = 0, max_dims: int = 3, min_side: int = 0, max_side: int = 3
) -> tuple[int, ...]:
    """Array shapes with 1-sized dims; 0-sized dims (when ``min_side`` is 0) in about one in four."""
    lo = min_side if min_side > 0 or draw(one_in(4)) else 1
    got: tuple[int, ...] = draw(
        hnp.array_shapes(min_dims=min_dims, max_dims=max_dims, min_side=lo, max_side=max(lo, max_side))
    )
    return got


@st.composite
def broadcast_shapes(
    draw: st.DrawFn, n: int, max_dims: int = 3, max_side: int = 3
) -> tuple[tuple[int, ...], ...]:
    """``n`` shapes that broadcast together (rank differences, 1-sized dims, sometimes 0-sized)."""
    lo = 0 if draw(one_in(4)) else 1
    got = draw(
        hnp.mutually_broadcastable_shapes(num_shapes=n, max_dims=max_dims, min_side=lo, max_side=max_side)
    )
    return tuple(got.input_shapes)


@st.composite
def shape_pair(draw: st.DrawFn, n: int = 2, max_dims: int = 3) -> tuple[tuple[int, ...], ...]:
    """Shapes that broadcast together (mostly), or arbitrary ones (which mostly do not)."""
    if draw(one_in(10)):
        return tuple(draw(shapes(max_dims=max_dims)) for _ in range(n))
    got: tuple[tuple[int, ...], ...] = draw(broadcast_shapes(n, max_dims))
    return got


# ---------------------------------------------------------------- weak Python literals

INT_EDGES = [
    127, 128, -128, -129, 255, 256, 32767, 32768, -32769, 65535, 65536,
    2**31 - 1, 2**31, -(2**31) - 1, 2**32 - 1, 2**32, 2**63 - 1, 2**63, -(2**63), -(2**63) - 1,
    2**64 - 1, 2**64, 2**70,
]  # fmt: skip

FLOAT_EDGES = [0.0, -0.0, 2.5, -2.5, 0.1, 1e300, -1e300, 5e-324, 70000.0, math.inf, -math.inf, math.nan]


def weak_literals(kinds: str = "bif") -> st.SearchStrategy[bool | int | float]:
    """Python literals (NEP 50 weak scalars) of the given kinds: b(ool), i(nt), f(loat)."""
    parts: list[st.SearchStrategy[Any]] = []
    if "b" in kinds:
        parts.append(st.booleans())
    if "i" in kinds:
        parts += [st.integers(-5, 5), st.integers(-300, 300), st.sampled_from(INT_EDGES)]
    if "f" in kinds:
        parts += [st.sampled_from(FLOAT_EDGES), st.floats(allow_nan=False, allow_infinity=False)]
    return st.one_of(parts)


def lit_text(v: bool | int | float) -> str:
    """A literal in the term language (inf and NaN have no literal; the parser folds these)."""
    if isinstance(v, bool | int):
        return repr(v)
    if math.isnan(v):
        return "(1e309 - 1e309)"
    if math.isinf(v):
        return "1e309" if v > 0 else "-1e309"
    return repr(v)


# ---------------------------------------------------------------- declarations


FAMILY = {"b": "bool", "i": "int", "u": "uint", "f": "float"}
DECL_STYLES = ("symbolic", "concrete", "any-rank")


def decl_styles() -> st.SearchStrategy[str]:
    return st.sampled_from(DECL_STYLES)


def decl(name: str, arr: np.ndarray[Any, Any], style: str = "symbolic") -> str:
    """``f32[x_0, x_1]`` (a symbolic dim per axis), ``f32[2, 3]`` (concrete sizes) or
    ``float[*]`` (the dtype's family, any rank)."""
    if style == "any-rank":
        return f"{FAMILY[arr.dtype.kind]}[*]"
    dims = [str(n) if style == "concrete" else f"{name}_{j}" for j, n in enumerate(arr.shape)]
    return f"{SHORT[arr.dtype]}[{', '.join(dims)}]"


def decls_for(env: dict[str, Any], style: str | bool = "symbolic") -> dict[str, str]:
    """Declarations for an environment: arrays as :func:`decl` (``True``: concrete), Python
    ints as ``int``, anything else (a Python basic index) as ``key``."""
    how = ("concrete" if style else "symbolic") if isinstance(style, bool) else style
    out: dict[str, str] = {}
    for name, v in env.items():
        if isinstance(v, np.ndarray):
            out[name] = decl(name, v, how)
        elif isinstance(v, int):
            out[name] = "int"
        else:
            out[name] = "key"
    return out


def key_text(key: tuple[Any, ...]) -> str:
    """A Python basic/advanced key as term text; arrays are given as their names (``str``)."""

    def item(k: Any) -> str:
        if k is None:
            return "None"
        if k is Ellipsis:
            return "..."
        if isinstance(k, slice):
            parts = ["" if v is None else str(v) for v in (k.start, k.stop, k.step)]
            return ":".join(parts) if k.step is not None else ":".join(parts[:2])
        return str(k)

    if not key:
        return "()"
    return ", ".join(item(k) for k in key)


# ---------------------------------------------------------------- the differential check

# NumPy's errors, and Python's own on literal arithmetic (which the parser folds and rejects)
NUMPY_ERRORS = (IndexError, ValueError, TypeError, OverflowError, ZeroDivisionError)


def numpy_result(fn: Callable[[], Any]) -> np.ndarray[Any, Any] | BaseException:
    """NumPy's answer, or the error it raises (with floating-point warnings silenced)."""
    with np.errstate(all="ignore"), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return np.asarray(fn())
        except NUMPY_ERRORS as e:
            return e


def float_bound(
    dtype: np.dtype[Any], n_terms: int, magnitude: np.ndarray[Any, Any] | float
) -> np.ndarray[Any, Any]:
    """A rounding-error bound for an ``n_terms``-term sum (any order) of magnitude ``Σ|terms|``."""
    eps = float(np.finfo(dtype).eps)
    tiny = float(np.finfo(dtype).smallest_subnormal)
    return np.asarray(2.0 * (n_terms + 1) * eps * np.asarray(magnitude, dtype=np.float64) + 4 * tiny)


def assert_same(got: Any, want: np.ndarray[Any, Any], what: str, tol: Any = None) -> None:
    """Same shape, dtype and values. Floats: NaN where NaN and zeros of the same sign; with
    ``tol`` (an absolute bound per element) finite values may differ by it, infinities may not;
    without, bitwise equal values."""
    assert isinstance(got, np.ndarray), f"{what}: returned {type(got).__name__}, not an ndarray"
    assert got.shape == want.shape, f"{what}: shape {got.shape} != NumPy's {want.shape}"
    assert got.dtype == want.dtype, f"{what}: dtype {got.dtype} != NumPy's {want.dtype}"
    if want.dtype.kind != "f":
        assert np.array_equal(got, want), f"{what}: values differ\n got={got!r}\nwant={want!r}"
        return
    if tol is None:
        same = np.array_equal(got, want, equal_nan=True)
        assert same, f"{what}: values differ\n got={got!r}\nwant={want!r}"
        zeros = want == 0
        assert np.array_equal(np.signbit(got[zeros]), np.signbit(want[zeros])), (
            f"{what}: sign of zero differs\n got={got!r}\nwant={want!r}"
        )
        return
    g, w = got.astype(np.float64), want.astype(np.float64)
    nan_ok = np.array_equal(np.isnan(g), np.isnan(w))
    assert nan_ok, f"{what}: NaNs differ\n got={got!r}\nwant={want!r}"
    inf = np.isinf(g) | np.isinf(w)
    assert np.array_equal(g[inf], w[inf]), f"{what}: infinities differ\n got={got!r}\nwant={want!r}"
    fin = np.isfinite(g) & np.isfinite(w)
    bound = np.broadcast_to(np.asarray(tol, dtype=np.float64), w.shape)
    with np.errstate(all="ignore"):  # inf - inf where either is infinite: masked out below
        err = np.abs(g - w)
    ok = err[fin] <= bound[fin]
    assert bool(np.all(ok)), (
        f"{what}: values differ beyond the tolerance\n got={got!r}\nwant={want!r}\nbound={bound!r}"
    )
    # sums start from +0.0 and a product's sign is its factors': independent of the order
    zeros = (g == 0) & (w == 0)
    assert np.array_equal(np.signbit(g[zeros]), np.signbit(w[zeros])), (
        f"{what}: sign of zero differs\n got={got!r}\nwant={want!r}"
    )


def check(
    text: str,
    decls: dict[str, str],
    env: dict[str, Any],
    expected: Callable[[], Any],
    tol: Callable[[np.ndarray[Any, Any]], Any] | None = None,
    defined: Any = None,
) -> np.ndarray[Any, Any] | BaseException:
    """The three-way check: NumPy (``expected``), ``evaluate`` and ``reference_evaluate`` agree.

    ``tol`` maps NumPy's result to a per-element absolute bound (reductions, matmul, einsum,
    sum_over); elementwise ops pass none and compare bitwise. ``defined`` (a boolean array of
    the result's shape) limits the value comparison to the elements whose value NumPy defines
    (see ``test_astype``). Returns NumPy's answer.
    """
    want = numpy_result(expected)
    try:
        term = parse_term(text, decls)
    except VersaError as e:
        assert isinstance(want, BaseException), (
            f"parse_term rejected {text!r} ({type(e).__name__}: {e}) but NumPy gives {want!r}"
        )
        return want
    bound = None if tol is None or isinstance(want, BaseException) else tol(want)
    for name, run in (("evaluate", evaluate), ("reference_evaluate", reference_evaluate)):
        try:
            got = run(term, env)
        except VersaError as e:
            assert isinstance(want, BaseException), (
                f"{name}({text!r}) raised {type(e).__name__}: {e}\nbut NumPy gives {want!r}"
            )
            continue
        assert not isinstance(want, BaseException), (
            f"{name}({text!r}) returned {got!r}\nbut NumPy raises {type(want).__name__}: {want}"
        )
        if defined is not None:
            assert got.shape == want.shape, f"{name}({text!r}): shape {got.shape} != NumPy's {want.shape}"
            got, want_part = got[defined], want[defined]
        else:
            want_part = want
        assert_same(got, want_part, f"{name}({text!r})", bound)
    return want


# The binary arithmetic ops: the term template and NumPy's own call, for the differential tests.
ARITHMETIC: dict[str, tuple[str, Any]] = {
    "add": ("{a} + {b}", lambda a, b: a + b),
    "subtract": ("{a} - {b}", lambda a, b: a - b),
    "multiply": ("{a} * {b}", lambda a, b: a * b),
    "divide": ("{a} / {b}", lambda a, b: a / b),
    "floor_divide": ("{a} // {b}", lambda a, b: a // b),
    "remainder": ("{a} % {b}", lambda a, b: a % b),
    "maximum": ("maximum({a}, {b})", np.maximum),
    "minimum": ("minimum({a}, {b})", np.minimum),
}
