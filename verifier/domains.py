"""The two number domains in Z3: the scalar ops of ``semantics.scalar_ops``, one encoding per domain.

``real``: floats are exact reals (rounding ignored, as fast-math compilers assume) and ints are
mathematical integers (arithmetic overflow ignored, as Halide's verifier does). Casts are exact where
the value fits the target and unspecified where it does not. Transcendental functions are
uninterpreted, constrained by this listed set of axiom instances (added per application):

- A1 ``exp(x) > 0``
- A2 ``log(exp(x)) = x``; A3 ``x > 0 -> exp(log(x)) = x``
- A4 ``sqrt(x) >= 0``, ``x >= 0 -> sqrt(x) * sqrt(x) = x``
- A5 ``-1 <= sin(x) <= 1``, ``-1 <= cos(x) <= 1``; A6 ``-1 < tanh(x) < 1``
- A7 ``y != 0 -> y * recip(y) = 1`` (division is multiplication by ``recip``)

``ieee``: floats are IEEE-754 of the dtype's width, round-to-nearest-even, with NaN, ±0 and ±inf;
ints are wrapping bit-vectors. Transcendentals (except the correctly rounded ``sqrt``) and float
``//``/``%`` are uninterpreted. ``maximum``/``minimum`` of ``+0.0`` and ``-0.0`` return one of them,
unspecified (NumPy's answer differs between dtypes and SIMD paths). Values are equal when they are
the same datum (SMT-LIB ``=``: ``-0.0 != +0.0``, ``NaN == NaN``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from fractions import Fraction
from typing import Any

import numpy as np
import z3

from semantics.dtypes import DType, Kind
from semantics.errors import UnsupportedError

Z = Any  # a z3 expression

# Side facts (axiom instances, constraints on unspecified choices) go to this sink.
Facts = list[Any]


def _uf_name(*parts: str) -> str:
    return ".".join(parts)


class Domain:
    """How one number domain reads dtypes and scalar ops."""

    name = ""

    def __init__(self) -> None:
        self._functions: dict[str, Any] = {}

    def function(self, name: str, *sorts: Any) -> Any:
        """An uninterpreted function, one per name (stable across a query)."""
        f = self._functions.get(name)
        if f is None:
            f = z3.Function(name, *sorts)
            self._functions[name] = f
        return f

    # the interface
    def sort(self, dtype: DType) -> Any:
        raise NotImplementedError

    def literal(self, value: bool | int | float, dtype: DType) -> Z:
        raise NotImplementedError

    def op(self, name: str, args: Sequence[Z], arg_dtype: DType, dtype: DType, facts: Facts) -> Z:
        raise NotImplementedError

    def cast(self, value: Z, src: DType, dst: DType, facts: Facts) -> Z:
        raise NotImplementedError

    def equal(self, a: Z, b: Z, dtype: DType) -> Z:
        return a == b

    def to_index(self, value: Z, dtype: DType) -> Z:
        """An integer element as a mathematical integer (gathers)."""
        raise NotImplementedError

    def read_facts(self, value: Z, dtype: DType) -> list[Z]:
        """What every element of an input of this dtype satisfies."""
        return []

    def exact(self) -> bool:
        """Whether the encoding has no abstraction (uninterpreted functions aside)."""
        return True


def _bool_compare(name: str, a: Z, b: Z) -> Z:
    """Comparisons on bools order False < True."""
    return {
        "less": z3.And(z3.Not(a), b),
        "less_equal": z3.Or(z3.Not(a), b),
        "greater": z3.And(a, z3.Not(b)),
        "greater_equal": z3.Or(a, z3.Not(b)),
        "equal": a == b,
        "not_equal": a != b,
    }[name]


def _bool_op(name: str, args: Sequence[Z]) -> Z:
    if name in ("add", "maximum"):
        return z3.Or(args[0], args[1])
    if name in ("multiply", "minimum"):
        return z3.And(args[0], args[1])
    if name in ("abs", "floor", "ceil"):
        return args[0]
    if name == "where":
        return z3.If(args[0], args[1], args[2])
    raise UnsupportedError(f"no bool semantics for this op: op={name}")


class RealDomain(Domain):
    """Exact reals and mathematical integers."""

    name = "real"

    def sort(self, dtype: DType) -> Any:
        if dtype is DType.BOOL:
            return z3.BoolSort()
        return z3.RealSort() if dtype.is_float else z3.IntSort()

    def literal(self, value: bool | int | float, dtype: DType) -> Z:
        if dtype is DType.BOOL:
            return z3.BoolVal(bool(value))
        if dtype.is_float:
            f = float(value)
            if not np.isfinite(f):
                raise UnsupportedError(f"a non-finite literal has no real value: value={value!r}")
            # the literal as written (its shortest repr), not its binary rounding
            return z3.RealVal(Fraction(repr(f)) if isinstance(value, float) else Fraction(int(value)))
        return z3.IntVal(int(value))

    def _recip(self, y: Z, facts: Facts) -> Z:
        r = self.function("recip", z3.RealSort(), z3.RealSort())(y)
        facts.append(z3.Implies(y != 0, y * r == 1))  # A7
        return r

    def _uf(self, name: str, x: Z, facts: Facts) -> Z:
        f = self.function(_uf_name(name, "real"), z3.RealSort(), z3.RealSort())
        v = f(x)
        if name == "exp":
            facts.append(v > 0)  # A1
            if z3.is_app(x) and x.decl().name() == "log.real":
                facts.append(z3.Implies(x.arg(0) > 0, v == x.arg(0)))  # A3
        elif name == "log":
            if z3.is_app(x) and x.decl().name() == "exp.real":
                facts.append(v == x.arg(0))  # A2
        elif name == "sqrt":
            facts.append(v >= 0)
            facts.append(z3.Implies(x >= 0, v * v == x))  # A4
        elif name in ("sin", "cos"):
            facts.append(z3.And(v >= -1, v <= 1))  # A5
        elif name == "tanh":
            facts.append(z3.And(v > -1, v < 1))  # A6
        return v

    @staticmethod
    def _floor(x: Z) -> Z:
        return z3.ToReal(z3.ToInt(x))

    @staticmethod
    def floordiv_int(a: Z, b: Z) -> Z:
        """Python floor division on mathematical integers; NumPy gives 0 for a zero divisor."""
        return z3.If(b > 0, a / b, z3.If(b < 0, (-a) / (-b), 0))

    def op(self, name: str, args: Sequence[Z], arg_dtype: DType, dtype: DType, facts: Facts) -> Z:
        if arg_dtype is DType.BOOL and name not in ("where",):
            if name in _COMPARE:
                return _bool_compare(name, args[0], args[1])
            return _bool_op(name, args)
        fl = arg_dtype.is_float
        a = args[0]
        match name:
            case "abs":
                return z3.If(a < 0, -a, a)
            case "negative":
                return -a
            case "positive":
                return a
            case "square":
                return a * a
            case "sign":
                one, zero = (z3.RealVal(1), z3.RealVal(0)) if fl else (z3.IntVal(1), z3.IntVal(0))
                return z3.If(a > 0, one, z3.If(a < 0, -one, zero))
            case "floor":
                return self._floor(a) if fl else a
            case "ceil":
                return -self._floor(-a) if fl else a
            case "exp" | "log" | "sqrt" | "sin" | "cos" | "tanh":
                return self._uf(name, a, facts)
            case "add":
                return a + args[1]
            case "subtract":
                return a - args[1]
            case "multiply":
                return a * args[1]
            case "divide":
                return a * self._recip(args[1], facts)
            case "floor_divide":
                if fl:
                    return self._floor(a * self._recip(args[1], facts))
                return self.floordiv_int(a, args[1])
            case "remainder":
                b = args[1]
                if fl:
                    return a - b * self._floor(a * self._recip(b, facts))
                return z3.If(b == 0, 0, a - b * self.floordiv_int(a, b))
            case "power":
                return self._power(a, args[1], fl, facts)
            case "maximum":
                return z3.If(a >= args[1], a, args[1])
            case "minimum":
                return z3.If(a <= args[1], a, args[1])
            case "less":
                return a < args[1]
            case "less_equal":
                return a <= args[1]
            case "greater":
                return a > args[1]
            case "greater_equal":
                return a >= args[1]
            case "equal":
                return a == args[1]
            case "not_equal":
                return a != args[1]
            case "where":
                return z3.If(args[0], args[1], args[2])
        raise UnsupportedError(f"no real-domain semantics for this op: op={name}")

    def _power(self, a: Z, exponent: Z, fl: bool, facts: Facts) -> Z:
        n = _literal_int(exponent)
        if n == 0:
            return z3.RealVal(1) if fl else z3.IntVal(1)
        if n < 0 and not fl:
            return z3.IntVal(0)  # never read: NumPy raises unless the base is empty (definedness)
        out: Z = a
        for _ in range(abs(n) - 1):
            out = out * a
        return self._recip(out, facts) if n < 0 else out

    def cast(self, value: Z, src: DType, dst: DType, facts: Facts) -> Z:
        if src is dst:
            return value
        if dst is DType.BOOL:
            return value != 0
        if src is DType.BOOL:
            one = z3.RealVal(1) if dst.is_float else z3.IntVal(1)
            zero = z3.RealVal(0) if dst.is_float else z3.IntVal(0)
            return z3.If(value, one, zero)
        if dst.is_float:
            return value if src.is_float else z3.ToReal(value)
        # to an integer: exact when the (truncated) value fits, unspecified otherwise
        whole = value if not src.is_float else z3.If(value >= 0, z3.ToInt(value), -z3.ToInt(-value))
        lo, hi = dst.int_range
        oob = self.function(_uf_name("cast_oob", src.value, dst.value), self.sort(src), z3.IntSort())
        return z3.If(z3.And(whole >= lo, whole <= hi), whole, oob(value))

    def to_index(self, value: Z, dtype: DType) -> Z:
        return value

    def read_facts(self, value: Z, dtype: DType) -> list[Z]:
        if dtype.is_integer:
            lo, hi = dtype.int_range
            return [value >= lo, value <= hi]
        return []


_COMPARE = {"less", "less_equal", "greater", "greater_equal", "equal", "not_equal"}

_FP_SORTS = {DType.F16: (5, 11), DType.F32: (8, 24), DType.F64: (11, 53)}


def _literal_int(e: Z) -> int:
    v = z3.simplify(e)
    if z3.is_int_value(v):
        return int(v.as_long())
    if z3.is_rational_value(v):
        return int(v.as_fraction())
    if z3.is_bv_value(v):
        return int(v.as_signed_long())
    if z3.is_fp_value(v):
        return int(_fp_to_float(v))
    raise UnsupportedError("the exponent of ** must be an integer literal")


def _fp_to_float(v: Z) -> float:
    r = z3.simplify(z3.fpToReal(v))
    return float(r.as_fraction())


class IeeeDomain(Domain):
    """IEEE-754 floats (round to nearest even) and wrapping bit-vector ints."""

    name = "ieee"

    def sort(self, dtype: DType) -> Any:
        if dtype is DType.BOOL:
            return z3.BoolSort()
        if dtype.is_float:
            return z3.FPSort(*_FP_SORTS[dtype])
        return z3.BitVecSort(dtype.bits)

    def literal(self, value: bool | int | float, dtype: DType) -> Z:
        if dtype is DType.BOOL:
            return z3.BoolVal(bool(value))
        if dtype.is_float:
            with np.errstate(all="ignore"):
                rounded = float(dtype.np.type(value))
            return z3.FPVal(rounded, self.sort(dtype))
        return z3.BitVecVal(int(value) % (1 << dtype.bits), dtype.bits)

    def _unary_uf(self, name: str, dtype: DType, *args: Z) -> Z:
        s = self.sort(dtype)
        f = self.function(_uf_name(name, dtype.value), *([s] * len(args)), s)
        return f(*args)

    def _nan(self, dtype: DType) -> Z:
        return z3.fpNaN(self.sort(dtype))

    def op(self, name: str, args: Sequence[Z], arg_dtype: DType, dtype: DType, facts: Facts) -> Z:
        if arg_dtype is DType.BOOL and name != "where":
            if name in _COMPARE:
                return _bool_compare(name, args[0], args[1])
            return _bool_op(name, args)
        if name == "where":
            return z3.If(args[0], args[1], args[2])
        if arg_dtype.is_float:
            return self._float_op(name, args, arg_dtype, facts)
        return self._int_op(name, args, arg_dtype)

    def _float_op(self, name: str, args: Sequence[Z], dt: DType, facts: Facts) -> Z:
        rne = z3.RNE()
        s = self.sort(dt)
        a = args[0]
        b = args[1] if len(args) > 1 else None
        one, zero = z3.FPVal(1.0, s), z3.FPVal(0.0, s)
        match name:
            case "abs":
                return z3.fpAbs(a)
            case "negative":
                return z3.fpNeg(a)
            case "positive":
                return a
            case "square":
                return z3.fpMul(rne, a, a)
            case "sign":
                return z3.If(
                    z3.fpIsNaN(a),
                    a,
                    z3.If(z3.fpGT(a, zero), one, z3.If(z3.fpLT(a, zero), z3.fpNeg(one), zero)),
                )
            case "floor":
                return z3.fpRoundToIntegral(z3.RTN(), a)
            case "ceil":
                return z3.fpRoundToIntegral(z3.RTP(), a)
            case "sqrt":
                return z3.fpSqrt(rne, a)
            case "exp" | "log" | "sin" | "cos" | "tanh":
                return self._unary_uf(name, dt, a)
            case "add":
                return z3.fpAdd(rne, a, b)
            case "subtract":
                return z3.fpSub(rne, a, b)
            case "multiply":
                return z3.fpMul(rne, a, b)
            case "divide":
                return z3.fpDiv(rne, a, b)
            case "floor_divide" | "remainder":
                return self._unary_uf(name, dt, a, b)
            case "power":
                n = _literal_int(b)
                if n == 0:
                    return one
                if n == 1:
                    return a
                if n == 2:
                    return z3.fpMul(rne, a, a)
                if n == -1:
                    return z3.fpDiv(rne, one, a)
                return self._unary_uf(f"power{n}", dt, a)
            case "maximum" | "minimum":
                gt = z3.fpGT(a, b) if name == "maximum" else z3.fpLT(a, b)
                lt = z3.fpLT(a, b) if name == "maximum" else z3.fpGT(a, b)
                tie = self._unary_uf(f"{name}_tie", dt, a, b)
                facts.append(z3.Or(tie == a, tie == b))
                return z3.If(
                    z3.Or(z3.fpIsNaN(a), z3.fpIsNaN(b)),
                    self._nan(dt),
                    z3.If(gt, a, z3.If(lt, b, z3.If(a == b, a, tie))),
                )
            case "less":
                return z3.fpLT(a, b)
            case "less_equal":
                return z3.fpLEQ(a, b)
            case "greater":
                return z3.fpGT(a, b)
            case "greater_equal":
                return z3.fpGEQ(a, b)
            case "equal":
                return z3.fpEQ(a, b)
            case "not_equal":
                return z3.Not(z3.fpEQ(a, b))
        raise UnsupportedError(f"no IEEE semantics for this op: op={name} dtype={dt}")

    def _int_op(self, name: str, args: Sequence[Z], dt: DType) -> Z:
        signed = dt.kind is Kind.INT
        bits = dt.bits
        zero, one = z3.BitVecVal(0, bits), z3.BitVecVal(1, bits)
        a = args[0]
        b = args[1] if len(args) > 1 else zero

        def lt(x: Z, y: Z) -> Z:
            return x < y if signed else z3.ULT(x, y)

        match name:
            case "abs":
                return z3.If(a < 0, -a, a) if signed else a
            case "negative":
                return -a
            case "positive" | "floor" | "ceil":
                return a
            case "square":
                return a * a
            case "sign":
                if signed:
                    return z3.If(a > 0, one, z3.If(a < 0, -one, zero))
                return z3.If(a != 0, one, zero)
            case "add":
                return a + b
            case "subtract":
                return a - b
            case "multiply":
                return a * b
            case "floor_divide":
                if not signed:
                    return z3.If(b == 0, zero, z3.UDiv(a, b))
                q, r = a / b, z3.SRem(a, b)
                adjust = z3.And(r != 0, (r < 0) != (b < 0))
                return z3.If(b == 0, zero, z3.If(adjust, q - 1, q))
            case "remainder":
                if not signed:
                    return z3.If(b == 0, zero, z3.URem(a, b))
                return z3.If(b == 0, zero, z3.SMod(a, b))
            case "power":
                n = _literal_int(b)
                out, base = one, a
                while n > 0:  # square-and-multiply: exact modulo 2**bits
                    if n & 1:
                        out = out * base
                    base = base * base
                    n >>= 1
                return z3.simplify(out) if z3.is_bv_value(out) else out
            case "maximum":
                return z3.If(lt(a, b), b, a)
            case "minimum":
                return z3.If(lt(b, a), b, a)
            case "less":
                return lt(a, b)
            case "less_equal":
                return z3.Not(lt(b, a))
            case "greater":
                return lt(b, a)
            case "greater_equal":
                return z3.Not(lt(a, b))
            case "equal":
                return a == b
            case "not_equal":
                return a != b
        raise UnsupportedError(f"no IEEE semantics for this op: op={name} dtype={dt}")

    def cast(self, value: Z, src: DType, dst: DType, facts: Facts) -> Z:
        if src is dst:
            return value
        if dst is DType.BOOL:
            if src.is_float:
                return z3.Not(z3.fpIsZero(value))
            return value != z3.BitVecVal(0, src.bits)
        if src is DType.BOOL:
            if dst.is_float:
                s = self.sort(dst)
                return z3.If(value, z3.FPVal(1.0, s), z3.FPVal(0.0, s))
            return z3.If(value, z3.BitVecVal(1, dst.bits), z3.BitVecVal(0, dst.bits))
        if dst.is_float:
            if src.is_float:
                return z3.fpToFP(z3.RNE(), value, self.sort(dst))
            if src.kind is Kind.INT:
                return z3.fpSignedToFP(z3.RNE(), value, self.sort(dst))
            return z3.fpUnsignedToFP(z3.RNE(), value, self.sort(dst))
        if src.is_float:
            lo, hi = dst.int_range
            real = z3.fpToReal(value)
            fits = z3.And(z3.Not(z3.fpIsNaN(value)), z3.Not(z3.fpIsInf(value)), real > lo - 1, real < hi + 1)
            conv = (
                z3.fpToSBV(z3.RTZ(), value, z3.BitVecSort(dst.bits))
                if dst.kind is Kind.INT
                else z3.fpToUBV(z3.RTZ(), value, z3.BitVecSort(dst.bits))
            )
            oob = self.function(_uf_name("cast_oob", src.value, dst.value), self.sort(src), self.sort(dst))
            return z3.If(fits, conv, oob(value))
        # int to int: two's complement extension or truncation
        if dst.bits > src.bits:
            ext = z3.SignExt if src.kind is Kind.INT else z3.ZeroExt
            return ext(dst.bits - src.bits, value)
        if dst.bits < src.bits:
            return z3.Extract(dst.bits - 1, 0, value)
        return value

    def to_index(self, value: Z, dtype: DType) -> Z:
        return z3.BV2Int(value, is_signed=dtype.kind is Kind.INT)


def make_domain(name: str) -> Domain:
    factories: dict[str, Callable[[], Domain]] = {"real": RealDomain, "ieee": IeeeDomain}
    try:
        return factories[name]()
    except KeyError:
        raise UnsupportedError(f"unknown domain: domain={name!r}") from None
