"""Two evaluators over concrete arrays.

``evaluate`` runs each op as the NumPy call a user would write; ``reference_evaluate`` reads only the
denotations (shape, dtype, well-formedness, definedness, index function), element by element.
Agreement of the two with NumPy is what the semantics' tests check.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar, assert_never

import numpy as np

from semantics.concrete import Interpreter
from semantics.denote import denote
from semantics.dtypes import DType, from_numpy
from semantics.env import Bound, bind, python_key
from semantics.errors import DTypeError, ShapeError, UndefinedError, VersaError
from semantics.ops.base import OPS, Ctx, Den
from semantics.scalar import TRUE, IConst, IExpr, Index, IVar, SExpr
from semantics.terms import (
    Call,
    Const,
    KArray,
    KName,
    Local,
    Name,
    Subscript,
    SumOver,
    Term,
)


def evaluate(term: Term, env: Mapping[str, Any]) -> np.ndarray[Any, Any]:
    """NumPy's own answer for ``term``; NumPy's exceptions become ``VersaError`` subclasses."""
    bound = bind(term, env)
    with np.errstate(all="ignore"):
        try:
            out = _Numpy(bound).run(term, {})
        except VersaError:
            raise
        except IndexError as e:
            raise UndefinedError(f"NumPy raised IndexError: {e}") from None
        except (TypeError, OverflowError) as e:
            raise DTypeError(f"NumPy raised {type(e).__name__}: {e}") from None
        except ValueError as e:
            raise ShapeError(f"NumPy raised ValueError: {e}") from None
    return np.asarray(out)


class _Numpy:
    def __init__(self, bound: Bound) -> None:
        self.bound = bound
        self.interp = Interpreter(bound.arrays, bound.ints)

    def ival(self, e: IExpr, ints: Mapping[str, int]) -> int:
        return self.interp.ival(e, ints)

    def params(self, call: Call, ints: Mapping[str, int]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for k, v in call.params:
            if isinstance(v, tuple) and v and not isinstance(v[0], int):
                out[k] = tuple(self.ival(d, ints) for d in v)
            else:
                out[k] = v
        return out

    def scope_ctx(self, scope: Mapping[str, Any], ints: Mapping[str, int]) -> Ctx:
        """A denotation context where enclosing ``sum_over`` names are concrete."""
        ctx = self.bound.ctx()
        ctx.ivars.update({n: IConst(v) for n, v in ints.items()})
        for name, value in scope.items():
            arr = np.asarray(value)
            ctx.locals[name] = Den(
                tuple(IConst(d) for d in arr.shape), from_numpy(arr.dtype), TRUE, TRUE, _no_read
            )
        return ctx

    def run(self, term: Term, scope: dict[str, Any], ints: Mapping[str, int] | None = None) -> Any:
        ints = ints or {}
        match term:
            case Name(name=n):
                return self.bound.arrays[n]
            case Const(value=v):
                return v
            case Local(name=n):
                return scope[n]
            case Call(op=op, args=args):
                vals = tuple(self.run(a, scope, ints) for a in args)
                return OPS[op].numpy(self.params(term, ints), vals)
            case Subscript(base=base, key=key):
                b = self.run(base, scope, ints)
                if isinstance(key, KName):
                    items = self.bound.keys[key.name]
                    return b[python_key(items, {**self.bound.ints, **ints})]
                parts: list[Any] = []
                for k in key:
                    if isinstance(k, KArray):
                        parts.append(self.run(k.array, scope, ints))
                    else:
                        parts.append(python_key((k,), {**self.bound.ints, **ints})[0])
                return b[tuple(parts)]
            case SumOver(array=array, index=index, elem=elem, body=body):
                x = np.asarray(self.run(array, scope, ints))
                if x.ndim == 0:
                    raise ShapeError("sum_over needs an array of rank >= 1: ndim=0")
                # start from zeros of the body's shape and dtype, as the semantics does
                den = denote(term, self.scope_ctx(scope, ints))
                shape = tuple(self.ival(d, ints) for d in den.dims)
                acc: Any = np.zeros(shape, den.dtype.np)
                for step in range(x.shape[-1]):
                    value = self.run(body, {**scope, elem: x[..., step]}, {**ints, index: step})
                    acc = acc + value
                return np.asarray(acc, dtype=den.dtype.np)
            case _:
                assert_never(term)


def _no_read(idx: Index) -> SExpr:
    raise AssertionError("only the shape and dtype of an enclosing element are needed here")


InterpT = TypeVar("InterpT", bound=Interpreter)


@dataclass(frozen=True)
class Elementwise(Generic[InterpT]):
    """A term ready to be read element by element: its shape, dtype and value expression."""

    shape: tuple[int, ...]
    dtype: DType
    value: SExpr
    names: tuple[str, ...]
    interp: InterpT

    def at(self, idx: tuple[int, ...]) -> Any:
        return self.interp.value(self.value, dict(zip(self.names, idx, strict=True)))


def prepare(term: Term, env: Mapping[str, Any], make: Callable[..., InterpT]) -> Elementwise[InterpT]:
    """Bind ``env``, denote ``term`` and check it is well-formed and defined there (NumPy would not
    raise); ``make(arrays, ints)`` chooses the interpreter of the scalar values."""
    bound = bind(term, env)
    den = denote(term, bound.ctx())
    interp = make(bound.arrays, bound.ints)
    if not interp.cond(den.wf, {}):
        raise ShapeError("the term is not well-formed for these shapes")
    if not interp.cond(den.defined, {}):
        raise UndefinedError("an index is out of bounds")
    shape = tuple(interp.ival(d, {}) for d in den.dims)
    names = tuple(f"out%{j}" for j in range(len(shape)))
    return Elementwise(shape, den.dtype, den.at(tuple(IVar(n) for n in names)), names, interp)


def reference_evaluate(term: Term, env: Mapping[str, Any]) -> np.ndarray[Any, Any]:
    """Evaluate ``term`` from its denotation alone, one output element at a time."""
    e = prepare(term, env, Interpreter)
    out = np.empty(e.shape, dtype=e.dtype.np)
    with np.errstate(all="ignore"):
        for idx in np.ndindex(*e.shape):
            out[idx] = e.at(idx)
    return out
