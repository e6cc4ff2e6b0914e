"""Concrete interpretation of the scalar language over NumPy arrays and Python ints.

This is what makes the denotations testable: the reference evaluator runs each op's index function
on concrete data and compares the result with NumPy's own.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Mapping
from typing import Any, assert_never

import numpy as np

from semantics.dtypes import DType
from semantics.errors import UnsupportedError
from semantics.scalar import (
    ABinder,
    And,
    AnyBinder,
    BConst,
    Cast,
    Cmp,
    Cond,
    Forall,
    IBin,
    IConst,
    IExpr,
    IFromValue,
    IIf,
    IKeyComp,
    InBounds,
    IVar,
    KeyValid,
    Lit,
    Not,
    Op,
    Or,
    Read,
    Reduce,
    Select,
    SExpr,
)
from semantics.scalar_ops import Value, apply, convert, to_float, wrap


def literal_value(value: bool | int | float, dtype: DType) -> Value:
    if dtype is DType.BOOL:
        return bool(value)
    if dtype.is_float:
        return to_float(value, dtype)
    return wrap(int(value), dtype)  # np.where wraps a Python int into its integer dtype


def array_value(arr: np.ndarray[Any, Any], index: tuple[int, ...]) -> Value:
    """The element at an in-bounds index; NumPy's own wrapping of negative indices would hide an
    index function that forgot to wrap, so any index outside the shape is a bug here."""
    if len(index) != arr.ndim or not all(0 <= i < n for i, n in zip(index, arr.shape, strict=True)):
        raise AssertionError(f"a denotation read outside its array: index={index} shape={arr.shape}")
    v = arr[index]
    if arr.dtype == np.bool_:
        return bool(v)
    if arr.dtype.kind in "iu":
        return int(v)
    return v


class Interpreter:
    """Evaluates index, condition and value expressions; ``ints`` binds dims and int names."""

    def __init__(self, arrays: Mapping[str, np.ndarray[Any, Any]], ints: Mapping[str, int]) -> None:
        self.arrays = arrays
        self.ints = dict(ints)

    # ---- integers
    def ival(self, e: IExpr, env: Mapping[str, int]) -> int:
        match e:
            case IConst(value=v):
                return v
            case IVar(name=n):
                if n in env:
                    return env[n]
                try:
                    return self.ints[n]
                except KeyError:
                    raise UnsupportedError(f"unbound int name: name={n}") from None
            case IBin(op=op, a=a, b=b):
                x, y = self.ival(a, env), self.ival(b, env)
                if op == "+":
                    return x + y
                if op == "-":
                    return x - y
                if op == "*":
                    return x * y
                if op == "//":
                    return x // y if y else 0
                if op == "%":
                    return x % y if y else x
                if op == "min":
                    return min(x, y)
                return max(x, y)
            case IIf(cond=c, then=t, other=o):
                return self.ival(t, env) if self.cond(c, env) else self.ival(o, env)
            case IFromValue(value=v):
                return int(self.value(v, env))
            case IKeyComp():
                raise UnsupportedError("abstract key in a concrete evaluation")
            case _:
                assert_never(e)

    # ---- conditions
    def cond(self, c: Cond, env: Mapping[str, int]) -> bool:
        match c:
            case BConst(value=v):
                return v
            case Cmp(op=op, a=a, b=b):
                x, y = self.ival(a, env), self.ival(b, env)
                return {"==": x == y, "!=": x != y, "<": x < y, "<=": x <= y}[op]
            case And(items=items):
                return all(self.cond(i, env) for i in items)
            case Or(items=items):
                return any(self.cond(i, env) for i in items)
            case Not(item=i):
                return not self.cond(i, env)
            case Forall(binders=bs, body=body):
                return all(self.cond(body, e) for e in self.points(bs, env))
            case KeyValid() | InBounds():
                raise UnsupportedError("abstract key in a concrete evaluation")
            case _:
                assert_never(c)

    def points(self, binders: tuple[AnyBinder, ...], env: Mapping[str, int]) -> Iterator[dict[str, int]]:
        """Every point of the binders' index space, row-major."""
        extents: list[int] = []
        for b in binders:
            if isinstance(b, ABinder):
                raise UnsupportedError("abstract binder in a concrete evaluation")
            extents.append(max(self.ival(b.extent, env), 0))
        names = [b.name for b in binders]
        for combo in itertools.product(*(range(n) for n in extents)):
            yield {**env, **dict(zip(names, combo, strict=True))}

    # ---- values
    def value(self, s: SExpr, env: Mapping[str, int]) -> Value:
        match s:
            case Read(var=var, index=index):
                if not isinstance(index, tuple):
                    raise UnsupportedError("abstract index in a concrete evaluation")
                return array_value(self.arrays[var], tuple(self.ival(i, env) for i in index))
            case Lit(value=v, dtype=d):
                return literal_value(v, d)
            case Op(op=op, args=args, dtype=d):
                return apply(op, [self.value(a, env) for a in args], d)
            case Cast(arg=a, dtype=d):
                return convert(self.value(a, env), a.dtype, d)
            case Select(cond=c, then=t, other=o):
                return self.value(t, env) if self.cond(c, env) else self.value(o, env)
            case Reduce(kind=kind, binders=bs, body=body, dtype=d):
                return self.reduce(kind, bs, body, d, env)
            case _:
                assert_never(s)

    def reduce(
        self,
        kind: str,
        binders: tuple[AnyBinder, ...],
        body: SExpr,
        dtype: DType,
        env: Mapping[str, int],
    ) -> Value:
        op = {"sum": "add", "prod": "multiply", "max": "maximum", "min": "minimum"}[kind]
        acc: Value = None
        if kind in ("sum", "prod"):
            acc = literal_value(0 if kind == "sum" else 1, dtype)
        for point in self.points(binders, env):
            v = self.value(body, point)
            acc = v if acc is None else apply(op, [acc, v], dtype)
        if acc is None:
            raise UnsupportedError(f"empty {kind} reduction has no identity")
        return acc
