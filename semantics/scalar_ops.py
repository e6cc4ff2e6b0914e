"""Scalar ops: the element-level meaning of each elementwise op, as NumPy computes it.

Integers are defined here in plain Python (mathematical result, then wrapped to the width), so the
definition is independent of NumPy and the verifier's bit-vector encoding mirrors it line by line.
Floats use NumPy scalars of the op's dtype: IEEE-754 rounding is the hardware's, not ours to restate.
``tests/test_scalar_ops.py`` checks every op and dtype against NumPy's ufuncs.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from semantics.dtypes import DType, Kind
from semantics.errors import UnsupportedError

Value = Any  # bool | int | np.floating: a scalar of a known dtype


def wrap(value: int, dtype: DType) -> int | bool:
    """Two's-complement wrap of a mathematical integer into ``dtype`` (NumPy's overflow)."""
    if dtype is DType.BOOL:
        return value != 0
    bits = dtype.bits
    value &= (1 << bits) - 1
    if dtype.kind is Kind.INT and value >= 1 << (bits - 1):
        value -= 1 << bits
    return value


def to_float(value: Value, dtype: DType) -> np.floating[Any]:
    with np.errstate(all="ignore"):
        out: np.floating[Any] = dtype.np.type(value)  # type: ignore[assignment]
        return out


def convert(value: Value, src: DType, dst: DType) -> Value:
    """``astype`` of one scalar: wrap between ints, round into floats, truncate floats into ints."""
    if dst is DType.BOOL:
        if src.is_float:
            return bool(value != 0 or math.isnan(float(value)))
        return bool(value)
    if dst.is_float:
        if src.is_float:
            return to_float(value, dst)
        return to_float(int(value), dst)
    # dst is an integer
    if src.is_float:
        f = float(value)
        lo, hi = dst.int_range
        if math.isfinite(f) and lo - 1 < f < hi + 1:
            return math.trunc(f)
        # NaN, inf and out-of-range casts are platform-defined in C; use NumPy's own answer.
        with np.errstate(all="ignore"):
            return int(np.array([value], dtype=src.np).astype(dst.np)[0])
    return wrap(int(value), dst)


@dataclass(frozen=True)
class ScalarOp:
    """One element-level op: name, arity, how to print it, and its concrete value."""

    name: str
    arity: int
    concrete: Callable[[Sequence[Value], DType], Value]
    infix: str | None = None


def _ints(fn: Callable[..., int], floats: Callable[..., Any]) -> Callable[[Sequence[Value], DType], Value]:
    """Pick the integer (wrapped) or float (NumPy scalar) definition by dtype."""

    def run(args: Sequence[Value], dtype: DType) -> Value:
        if dtype.is_float:
            with np.errstate(all="ignore"):
                return floats(*[to_float(a, dtype) for a in args])
        return wrap(int(fn(*[int(a) for a in args])), dtype)

    return run


def _floordiv_int(a: int, b: int) -> int:
    return 0 if b == 0 else a // b  # NumPy: integer division by zero gives 0 (with a warning)


def _mod_int(a: int, b: int) -> int:
    return 0 if b == 0 else a % b  # Python's % takes the divisor's sign, as NumPy's does


def _sign_int(a: int) -> int:
    return (a > 0) - (a < 0)


def _compare(fn: Callable[[Any, Any], bool]) -> Callable[[Sequence[Value], DType], Value]:
    def run(args: Sequence[Value], dtype: DType) -> Value:
        with np.errstate(all="ignore"):
            return bool(fn(args[0], args[1]))

    return run


def _where(args: Sequence[Value], dtype: DType) -> Value:
    return args[1] if args[0] else args[2]


def _power(args: Sequence[Value], dtype: DType) -> Value:
    base, exponent = args
    if dtype.is_float:
        with np.errstate(all="ignore"):
            # the exponent is the literal in the dtype: `f16 ** 100000` raises to inf
            b, e = to_float(base, dtype), to_float(exponent, dtype)
            if e == 2:
                return b * b  # NumPy's `x ** 2` is `square(x)`
            return to_float(np.power(b, e), dtype)
    n = int(exponent)
    if n < 0:
        raise UnsupportedError(f"integer to a negative power: exponent={n}")
    if dtype is DType.BOOL:
        return True if n == 0 else bool(base)
    return wrap(pow(int(base), n, 1 << dtype.bits), dtype)  # modular: `i64 ** 2**40` is instant


def _maximum(args: Sequence[Value], dtype: DType) -> Value:
    a, b = args
    if dtype.is_float:
        return to_float(np.maximum(to_float(a, dtype), to_float(b, dtype)), dtype)
    return max(a, b)


def _minimum(args: Sequence[Value], dtype: DType) -> Value:
    a, b = args
    if dtype.is_float:
        return to_float(np.minimum(to_float(a, dtype), to_float(b, dtype)), dtype)
    return min(a, b)


def _float_fn(fn: Callable[[Any], Any]) -> Callable[[Sequence[Value], DType], Value]:
    def run(args: Sequence[Value], dtype: DType) -> Value:
        with np.errstate(all="ignore"):
            return to_float(fn(to_float(args[0], dtype)), dtype)

    return run


def _divide(args: Sequence[Value], dtype: DType) -> Value:
    """True division: its dtype is always a float (int8 / int8 is float64)."""
    with np.errstate(all="ignore"):
        return to_float(np.divide(to_float(args[0], dtype), to_float(args[1], dtype)), dtype)


def _bool_add(args: Sequence[Value], dtype: DType) -> Value:
    return bool(args[0]) or bool(args[1])


def _bool_mul(args: Sequence[Value], dtype: DType) -> Value:
    return bool(args[0]) and bool(args[1])


def _with_bool(
    numeric: Callable[[Sequence[Value], DType], Value],
    boolean: Callable[[Sequence[Value], DType], Value],
) -> Callable[[Sequence[Value], DType], Value]:
    def run(args: Sequence[Value], dtype: DType) -> Value:
        return boolean(args, dtype) if dtype is DType.BOOL else numeric(args, dtype)

    return run


_TABLE: tuple[ScalarOp, ...] = (
    ScalarOp("abs", 1, _ints(abs, np.abs)),
    ScalarOp("negative", 1, _ints(lambda a: -a, np.negative)),
    ScalarOp("positive", 1, _ints(lambda a: a, np.positive)),
    ScalarOp("square", 1, _ints(lambda a: a * a, np.square)),
    ScalarOp("sign", 1, _ints(_sign_int, np.sign)),
    ScalarOp("floor", 1, _ints(lambda a: a, np.floor)),
    ScalarOp("ceil", 1, _ints(lambda a: a, np.ceil)),
    ScalarOp("exp", 1, _float_fn(np.exp)),
    ScalarOp("log", 1, _float_fn(np.log)),
    ScalarOp("sqrt", 1, _float_fn(np.sqrt)),
    ScalarOp("sin", 1, _float_fn(np.sin)),
    ScalarOp("cos", 1, _float_fn(np.cos)),
    ScalarOp("tanh", 1, _float_fn(np.tanh)),
    ScalarOp("add", 2, _with_bool(_ints(lambda a, b: a + b, np.add), _bool_add), "+"),
    ScalarOp("subtract", 2, _ints(lambda a, b: a - b, np.subtract), "-"),
    ScalarOp("multiply", 2, _with_bool(_ints(lambda a, b: a * b, np.multiply), _bool_mul), "*"),
    ScalarOp("divide", 2, _divide, "/"),
    ScalarOp("floor_divide", 2, _ints(_floordiv_int, np.floor_divide), "//"),
    ScalarOp("remainder", 2, _ints(_mod_int, np.remainder), "%"),
    ScalarOp("power", 2, _power, "**"),
    ScalarOp("maximum", 2, _maximum),
    ScalarOp("minimum", 2, _minimum),
    ScalarOp("less", 2, _compare(lambda a, b: a < b), "<"),
    ScalarOp("less_equal", 2, _compare(lambda a, b: a <= b), "<="),
    ScalarOp("greater", 2, _compare(lambda a, b: a > b), ">"),
    ScalarOp("greater_equal", 2, _compare(lambda a, b: a >= b), ">="),
    ScalarOp("equal", 2, _compare(lambda a, b: a == b), "=="),
    ScalarOp("not_equal", 2, _compare(lambda a, b: a != b), "!="),
    ScalarOp("where", 3, _where),
)

SCALAR_OPS: dict[str, ScalarOp] = {op.name: op for op in _TABLE}

COMPARISONS = frozenset({"less", "less_equal", "greater", "greater_equal", "equal", "not_equal"})


def apply(name: str, args: Sequence[Value], dtype: DType) -> Value:
    """The value of scalar op ``name`` on ``args`` computed in ``dtype``."""
    return SCALAR_OPS[name].concrete(args, dtype)
