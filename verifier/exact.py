"""Exact-real evaluation of a term on concrete inputs: the ``real`` domain made concrete.

Floats are ``Fraction``s (rounding ignored), ints are unbounded. Where the real domain leaves a value
unspecified (division by zero, an out-of-range cast) the evaluation raises ``Unspecified`` and the
point is not used; transcendental functions are approximated and mark the result approximate.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from fractions import Fraction
from typing import Any

import numpy as np

from semantics.concrete import Interpreter
from semantics.dtypes import DType
from semantics.evaluate import prepare
from semantics.scalar import Cast, Lit, Op, Read, Reduce, SExpr
from semantics.terms import Term


class Unspecified(Exception):
    """The exact-real domain does not fix this value (e.g. ``x / 0``)."""


class RealInterpreter(Interpreter):
    approximate = False

    def value(self, s: SExpr, env: Mapping[str, int]) -> Any:
        match s:
            case Read(var=var, index=index, dtype=d):
                assert isinstance(index, tuple)
                raw = self.arrays[var][tuple(self.ival(i, env) for i in index)]
                return _exact(raw, d)
            case Lit(value=v, dtype=d):
                if d is DType.BOOL:
                    return bool(v)
                if d.is_float:
                    return Fraction(repr(float(v))) if isinstance(v, float) else Fraction(int(v))
                return int(v)
            case Op(op=op, args=args, dtype=d):
                vals = [self.value(a, env) for a in args]
                arg_dtype = args[-1].dtype if op == "where" else args[0].dtype
                return self.op(op, vals, arg_dtype, d)
            case Cast(arg=a, dtype=d):
                return self.cast(self.value(a, env), a.dtype, d)
            case Reduce(kind=kind, binders=bs, body=body, dtype=d):
                acc: Any = None
                if kind in ("sum", "prod"):
                    acc = self.op("add" if kind == "sum" else "multiply", [], d, d, identity=True)
                name = {"sum": "add", "prod": "multiply", "max": "maximum", "min": "minimum"}[kind]
                for point in self.points(bs, env):
                    v = self.value(body, point)
                    acc = v if acc is None else self.op(name, [acc, v], d, d)
                if acc is None:
                    raise Unspecified("empty max/min")
                return acc
        return super().value(s, env)

    def op(self, name: str, a: Sequence[Any], arg_dtype: DType, dtype: DType, identity: bool = False) -> Any:
        if identity:
            if dtype is DType.BOOL:
                return name == "multiply"
            zero_one = 0 if name == "add" else 1
            return Fraction(zero_one) if dtype.is_float else zero_one
        if arg_dtype is DType.BOOL and name != "where":
            x = bool(a[0])
            y = bool(a[1]) if len(a) > 1 else False
            table = {
                "add": x or y,
                "maximum": x or y,
                "multiply": x and y,
                "minimum": x and y,
                "abs": x,
                "floor": x,
                "ceil": x,
                "less": (not x) and y,
                "less_equal": (not x) or y,
                "greater": x and not y,
                "greater_equal": x or not y,
                "equal": x == y,
                "not_equal": x != y,
            }
            return table[name]
        fl = arg_dtype.is_float
        x = a[0]
        match name:
            case "abs":
                return abs(x)
            case "negative":
                return -x
            case "positive":
                return x
            case "square":
                return x * x
            case "sign":
                return type(x)((x > 0) - (x < 0))
            case "floor":
                return Fraction(math.floor(x)) if fl else x
            case "ceil":
                return Fraction(math.ceil(x)) if fl else x
            case "exp" | "log" | "sqrt" | "sin" | "cos" | "tanh":
                self.approximate = True
                f = float(x)
                if name in ("log", "sqrt") and (f < 0 or (name == "log" and f == 0)):
                    raise Unspecified(f"{name} outside its real domain")
                try:
                    return Fraction(getattr(math, name)(f))
                except (OverflowError, ValueError):
                    raise Unspecified(f"{name} overflows") from None
            case "add":
                return x + a[1]
            case "subtract":
                return x - a[1]
            case "multiply":
                return x * a[1]
            case "divide":
                if a[1] == 0:
                    raise Unspecified("division by zero")
                return Fraction(x) / Fraction(a[1])
            case "floor_divide":
                if a[1] == 0:
                    if fl:
                        raise Unspecified("division by zero")
                    return 0
                return Fraction(math.floor(Fraction(x) / Fraction(a[1]))) if fl else x // a[1]
            case "remainder":
                if a[1] == 0:
                    if fl:
                        raise Unspecified("division by zero")
                    return 0
                return x - a[1] * math.floor(Fraction(x) / Fraction(a[1]))
            case "power":
                n = int(a[1])
                if n < 0:
                    if x == 0:
                        raise Unspecified("zero to a negative power")
                    return Fraction(1) / (Fraction(x) ** -n)
                return x**n
            case "maximum":
                return x if x >= a[1] else a[1]
            case "minimum":
                return x if x <= a[1] else a[1]
            case "less":
                return x < a[1]
            case "less_equal":
                return x <= a[1]
            case "greater":
                return x > a[1]
            case "greater_equal":
                return x >= a[1]
            case "equal":
                return x == a[1]
            case "not_equal":
                return x != a[1]
            case "where":
                return a[1] if a[0] else a[2]
        raise Unspecified(f"no exact semantics: op={name}")

    def cast(self, v: Any, src: DType, dst: DType) -> Any:
        if dst is DType.BOOL:
            return v != 0
        if src is DType.BOOL:
            return Fraction(int(v)) if dst.is_float else int(v)
        if dst.is_float:
            return Fraction(v)
        whole = math.trunc(v)
        lo, hi = dst.int_range
        if not lo <= whole <= hi:
            raise Unspecified("cast out of the target's range")
        return whole


def _exact(raw: Any, d: DType) -> Any:
    if d is DType.BOOL:
        return bool(raw)
    if d.is_float:
        f = float(raw)
        if not math.isfinite(f):
            raise Unspecified("a non-finite input has no real value")
        return Fraction(f)
    return int(raw)


def exact_evaluate(
    term: Term, env: Mapping[str, Any]
) -> tuple[tuple[int, ...], dict[tuple[int, ...], Any], bool]:
    """Shape, the exact value at every index, and whether approximations were used."""
    e = prepare(term, env, RealInterpreter)
    values: dict[tuple[int, ...], Any] = {}
    for idx in np.ndindex(*e.shape):
        try:
            values[idx] = e.at(idx)
        except Unspecified:
            values[idx] = None
    return e.shape, values, e.interp.approximate
