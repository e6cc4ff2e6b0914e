"""Elementwise ops: unary ufuncs, binary arithmetic with broadcasting, comparisons, where, astype.

Each op's row: shape = NumPy broadcast of the operands; dtype = NumPy 2 promotion (NEP 50 weak
scalars); index = the scalar op of ``semantics.scalar_ops`` on the operands' broadcast elements.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from semantics.dtypes import (
    DType,
    Kind,
    check_weak_int_fits,
    float_result,
    promote_all,
    promote_weak,
    true_divide_result,
)
from semantics.errors import DTypeError, UnsupportedError
from semantics.ops.base import (
    ZERO,
    Ctx,
    Den,
    OpSpec,
    ParamSpec,
    broadcast_index,
    broadcast_shapes,
    register,
    size_of,
)
from semantics.scalar import TRUE, Cond, Index, Lit, Op, SExpr, Shape, cast, eq
from semantics.terms import Call

# ---------------------------------------------------------------- shared rows


def elementwise_shape(call: Call, args: tuple[Den, ...]) -> tuple[Shape, Cond]:
    return broadcast_shapes([a.shape for a in args])


def operand(a: Den, out_shape: Shape, index: Index, dtype: DType) -> SExpr:
    """Operand ``a``'s element at the broadcast ``index``, converted to the op's dtype."""
    return cast(a.at(broadcast_index(a.shape, out_shape, index)), dtype)


def result_dtype(args: tuple[Den, ...], check_overflow: bool = True) -> DType:
    """NumPy 2 promotion of operands, where Python literals are weak (NEP 50)."""
    strong = [a.dtype for a in args if a.weak is None]
    weak = [a for a in args if a.weak is not None]
    if strong:
        out = promote_all(strong)
        for w in weak:
            assert w.weak is not None
            out = promote_weak(out, w.weak)
        if check_overflow:
            for w in weak:
                if w.weak is Kind.INT and isinstance(w.literal, int):
                    check_weak_int_fits(w.literal, out)
        return out
    # only literals (the parser folds literal arithmetic, so this is e.g. where(c, 1, 2.5))
    kinds = {w.weak for w in weak}
    for k, d in ((Kind.FLOAT, DType.F64), (Kind.INT, DType.I64)):
        if k in kinds:
            return d
    return DType.BOOL


# ---------------------------------------------------------------- unary


def _same(d: DType) -> DType:
    return d


def _no_bool(name: str) -> Callable[[DType], DType]:
    def rule(d: DType) -> DType:
        if d is DType.BOOL:
            raise DTypeError(f"NumPy has no bool loop for this ufunc: op={name} dtype=bool")
        return d

    return rule


def _square_dtype(d: DType) -> DType:
    return DType.I8 if d is DType.BOOL else d


# name -> (dtype rule, NumPy function)
UNARY: dict[str, tuple[Callable[[DType], DType], Callable[[Any], Any]]] = {
    "abs": (_same, np.abs),
    "negative": (_no_bool("negative"), np.negative),
    "positive": (_no_bool("positive"), np.positive),
    "square": (_square_dtype, np.square),
    "sign": (_no_bool("sign"), np.sign),
    "floor": (_same, np.floor),
    "ceil": (_same, np.ceil),
    "exp": (float_result, np.exp),
    "log": (float_result, np.log),
    "sqrt": (float_result, np.sqrt),
    "sin": (float_result, np.sin),
    "cos": (float_result, np.cos),
    "tanh": (float_result, np.tanh),
}


def _unary_spec(name: str) -> OpSpec:
    rule, fn = UNARY[name]

    def dtype(call: Call, args: tuple[Den, ...]) -> DType:
        return rule(args[0].dtype)

    def index(ctx: Ctx, call: Call, args: tuple[Den, ...], dt: DType, shape: Shape, idx: Index) -> SExpr:
        return Op(name, (cast(args[0].at(idx), dt),), dt)

    def numpy(p: dict[str, Any], vals: tuple[Any, ...]) -> Any:
        return fn(vals[0])

    return OpSpec(name, 1, (), elementwise_shape, dtype, index, numpy, doc=f"elementwise {name}")


# ---------------------------------------------------------------- binary arithmetic


def _arith_dtype(name: str) -> Callable[[Call, tuple[Den, ...]], DType]:
    def dtype(call: Call, args: tuple[Den, ...]) -> DType:
        if name == "divide":
            # NumPy divides integers in float64: a Python int of any size becomes a float64
            # there, so `int8 / 300` does not overflow
            return true_divide_result(result_dtype(args, check_overflow=False))
        d = result_dtype(args)
        if name == "subtract" and d is DType.BOOL:
            raise DTypeError("NumPy boolean subtract is not supported: op=subtract dtype=bool")
        if name in ("floor_divide", "remainder") and d is DType.BOOL:
            return DType.I8  # NumPy has no bool loop; it picks int8
        return d

    return dtype


BINARY: dict[str, tuple[str | None, Callable[[Any, Any], Any]]] = {
    "add": ("+", lambda a, b: a + b),
    "subtract": ("-", lambda a, b: a - b),
    "multiply": ("*", lambda a, b: a * b),
    "divide": ("/", lambda a, b: a / b),
    "floor_divide": ("//", lambda a, b: a // b),
    "remainder": ("%", lambda a, b: a % b),
    "maximum": (None, np.maximum),
    "minimum": (None, np.minimum),
}


def _binary_index(name: str) -> Callable[[Ctx, Call, tuple[Den, ...], DType, Shape, Index], SExpr]:
    def index(ctx: Ctx, call: Call, args: tuple[Den, ...], dt: DType, shape: Shape, idx: Index) -> SExpr:
        a, b = args
        return Op(name, (operand(a, shape, idx, dt), operand(b, shape, idx, dt)), dt)

    return index


def _binary_spec(name: str) -> OpSpec:
    _, fn = BINARY[name]

    def numpy(p: dict[str, Any], vals: tuple[Any, ...]) -> Any:
        return fn(vals[0], vals[1])

    return OpSpec(
        name,
        2,
        (),
        elementwise_shape,
        _arith_dtype(name),
        _binary_index(name),
        numpy,
        doc=f"elementwise {name} with broadcasting",
    )


# ---------------------------------------------------------------- power (integer literal exponent)


def _exponent(call: Call, args: tuple[Den, ...]) -> int:
    e = args[1]
    if e.weak is not Kind.INT or not isinstance(e.literal, int) or isinstance(e.literal, bool):
        raise UnsupportedError("only integer literal exponents are supported: op=power")
    return e.literal


def _power_dtype(call: Call, args: tuple[Den, ...]) -> DType:
    n = _exponent(call, args)
    base = args[0]
    if base.weak is not None:
        raise UnsupportedError("fold literal powers by hand: op=power")
    if n == 2:
        return _square_dtype(base.dtype)  # NumPy's `x ** 2` is `square(x)`
    out = promote_weak(base.dtype, Kind.INT)
    check_weak_int_fits(n, out)  # NEP 50: `int8 ** 300` is an OverflowError
    return out


def _power_defined(ctx: Ctx, call: Call, args: tuple[Den, ...]) -> Cond:
    """NumPy raises on an integer to a negative power inside its loop: only an empty base passes."""
    n = _exponent(call, args)
    if n >= 0 or args[0].dtype.is_float:
        return TRUE
    return eq(size_of(args[0].dims), ZERO)


def _power_index(ctx: Ctx, call: Call, args: tuple[Den, ...], dt: DType, shape: Shape, idx: Index) -> SExpr:
    n = _exponent(call, args)
    return Op("power", (cast(args[0].at(idx), dt), Lit(float(n) if dt.is_float else n, dt)), dt)


def _power_numpy(p: dict[str, Any], vals: tuple[Any, ...]) -> Any:
    return vals[0] ** vals[1]


# ---------------------------------------------------------------- comparisons

COMPARE: dict[str, tuple[str, Callable[[Any, Any], Any]]] = {
    "less": ("<", lambda a, b: a < b),
    "less_equal": ("<=", lambda a, b: a <= b),
    "greater": (">", lambda a, b: a > b),
    "greater_equal": (">=", lambda a, b: a >= b),
    "equal": ("==", lambda a, b: a == b),
    "not_equal": ("!=", lambda a, b: a != b),
}


def _out_of_range_literal(args: tuple[Den, ...], dt: DType) -> tuple[int, int] | None:
    """A weak int literal outside an integer dtype: which side, and the literal."""
    if not dt.is_integer:
        return None
    for side, a in enumerate(args):
        if a.weak is Kind.INT and isinstance(a.literal, int):
            lo, hi = dt.int_range
            if not lo <= a.literal <= hi:
                return side, a.literal
    return None


def _compare_index(name: str) -> Callable[[Ctx, Call, tuple[Den, ...], DType, Shape, Index], SExpr]:
    def index(ctx: Ctx, call: Call, args: tuple[Den, ...], dt: DType, shape: Shape, idx: Index) -> SExpr:
        ct = result_dtype(args, check_overflow=False)
        oor = _out_of_range_literal(args, ct)
        if oor is not None:
            # NumPy 2 compares a Python int outside the array's range exactly: a constant.
            side, lit = oor
            above = lit > ct.int_range[1]
            # value of "array OP literal" when literal is above every array value, or below
            table = {
                "less": above,
                "less_equal": above,
                "greater": not above,
                "greater_equal": not above,
                "equal": False,
                "not_equal": True,
            }
            if side == 0:  # "literal OP array": mirror the op
                mirror = {
                    "less": "greater",
                    "less_equal": "greater_equal",
                    "greater": "less",
                    "greater_equal": "less_equal",
                    "equal": "equal",
                    "not_equal": "not_equal",
                }
                return Lit(table[mirror[name]], DType.BOOL)
            return Lit(table[name], DType.BOOL)
        a, b = args
        return Op(name, (operand(a, shape, idx, ct), operand(b, shape, idx, ct)), DType.BOOL)

    return index


def _compare_dtype(call: Call, args: tuple[Den, ...]) -> DType:
    """NumPy compares a Python int with an integer array exactly, whatever its size, but converts
    it to int64 first against a bool array: there an out-of-range int is an OverflowError."""
    strong = [a.dtype for a in args if a.weak is None]
    if strong and not any(d.is_integer for d in strong):
        result_dtype(args)
    return DType.BOOL


def _compare_spec(name: str) -> OpSpec:
    _, fn = COMPARE[name]

    def numpy(p: dict[str, Any], vals: tuple[Any, ...]) -> Any:
        return fn(vals[0], vals[1])

    return OpSpec(
        name,
        2,
        (),
        elementwise_shape,
        _compare_dtype,
        _compare_index(name),
        numpy,
        doc=f"elementwise comparison {name}",
    )


# ---------------------------------------------------------------- where and astype


def _where_dtype(call: Call, args: tuple[Den, ...]) -> DType:
    """``np.where`` casts a Python int into an integer result unchecked (``where(c, i8, 300)``
    holds 44); only an int outside ``[-2**63, 2**64)`` fails, in NumPy's conversion to C."""
    d = result_dtype(args[1:], check_overflow=False)
    if d.is_integer:
        for a in args[1:]:
            if a.weak is Kind.INT and isinstance(a.literal, int) and not -(2**63) <= a.literal < 2**64:
                raise DTypeError(f"Python int too large to convert to C long: value={a.literal}")
    return d


def _where_index(ctx: Ctx, call: Call, args: tuple[Den, ...], dt: DType, shape: Shape, idx: Index) -> SExpr:
    c, x, y = args
    return Op(
        "where",
        (
            operand(c, shape, idx, DType.BOOL),
            operand(x, shape, idx, dt),
            operand(y, shape, idx, dt),
        ),
        dt,
    )


def _astype_dtype(call: Call, args: tuple[Den, ...]) -> DType:
    d = call.param("dtype")
    assert isinstance(d, DType)
    return d


def _astype_index(ctx: Ctx, call: Call, args: tuple[Den, ...], dt: DType, shape: Shape, idx: Index) -> SExpr:
    return cast(args[0].at(idx), dt)


def _astype_numpy(p: dict[str, Any], vals: tuple[Any, ...]) -> Any:
    d = p["dtype"]
    assert isinstance(d, DType)
    return np.astype(np.asarray(vals[0]), d.np)


register(
    *(_unary_spec(n) for n in UNARY),
    *(_binary_spec(n) for n in BINARY),
    OpSpec(
        "power",
        2,
        (),
        elementwise_shape,
        _power_dtype,
        _power_index,
        _power_numpy,
        _power_defined,
        doc="x ** n for an integer literal n",
    ),
    *(_compare_spec(n) for n in COMPARE),
    OpSpec(
        "where",
        3,
        (),
        elementwise_shape,
        _where_dtype,
        _where_index,
        lambda p, v: np.where(v[0], v[1], v[2]),
        doc="where(c, x, y)",
    ),
    OpSpec(
        "astype",
        1,
        (ParamSpec("dtype", "dtype"),),
        elementwise_shape,
        _astype_dtype,
        _astype_index,
        _astype_numpy,
        doc="astype(x, dtype)",
    ),
)
