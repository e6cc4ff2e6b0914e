"""Binding a concrete environment (NumPy arrays, ints, keys) to a term's declarations."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import EllipsisType
from typing import Any

import numpy as np

from semantics.decls import ArrayDecl
from semantics.dtypes import DType, from_numpy
from semantics.errors import DTypeError, ShapeError, UnsupportedError, VersaError
from semantics.ops.base import Ctx
from semantics.scalar import IConst, IExpr, IVar, ivar_names
from semantics.terms import (
    KEllipsis,
    KeyItem,
    KInt,
    KName,
    KNewAxis,
    KSlice,
    Name,
    Subscript,
    SumOver,
    Term,
    subterms,
)


@dataclass
class Bound:
    """A term's names bound to concrete values: arrays, ints (dims included) and keys."""

    arrays: dict[str, np.ndarray[Any, Any]]
    ints: dict[str, int]
    keys: dict[str, tuple[KeyItem, ...]]
    dtypes: dict[str, DType]

    def ctx(self) -> Ctx:
        shapes = {n: tuple(IConst(d) for d in a.shape) for n, a in self.arrays.items()}
        return Ctx(self.dtypes, shapes, dict(self.keys))


def _walk(term: Term) -> list[Term]:
    out: list[Term] = []
    stack = [term]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(subterms(t))
    return out


def bind(term: Term, env: Mapping[str, Any]) -> Bound:
    """Check ``env`` against the declarations in ``term`` and bind every dim from a shape."""
    nodes = _walk(term)
    decls: dict[str, ArrayDecl] = {}
    key_names: set[str] = set()
    bound_indices: set[str] = set()
    for t in nodes:
        if isinstance(t, Name):
            decls[t.name] = t.decl
        elif isinstance(t, Subscript) and isinstance(t.key, KName):
            key_names.add(t.key.name)
        elif isinstance(t, SumOver):
            bound_indices.add(t.index)
    arrays: dict[str, np.ndarray[Any, Any]] = {}
    dtypes: dict[str, DType] = {}
    ints: dict[str, int] = {}
    for name, decl in sorted(decls.items()):
        if name not in env:
            raise VersaError(f"missing array in the environment: name={name}")
        arr = np.asarray(env[name])
        dt = from_numpy(arr.dtype)
        if dt not in decl.dtypes:
            raise DTypeError(
                f"array dtype does not match its declaration: name={name} dtype={dt} "
                f"declared={decl.text or [d.value for d in decl.dtypes]}"
            )
        arrays[name], dtypes[name] = arr, dt
        if decl.dims is None:
            continue
        if len(decl.dims) != arr.ndim:
            raise ShapeError(
                f"array rank does not match its declaration: name={name} shape={arr.shape} "
                f"declared={decl.text}"
            )
        for d, n in zip(decl.dims, arr.shape, strict=True):
            if isinstance(d, IVar) and ints.setdefault(d.name, int(n)) != n:
                raise ShapeError(f"dim bound to two sizes: dim={d.name} sizes={ints[d.name]},{n}")
    # dims written as expressions (n+1) and int variables
    for name in sorted(ivar_names(term) - set(ints) - bound_indices):
        if name not in env:
            raise VersaError(f"missing int in the environment: name={name}")
        value = env[name]
        if isinstance(value, bool) or not isinstance(value, int | np.integer):
            raise DTypeError(f"an int variable needs an int value: name={name} value={value!r}")
        ints[name] = int(value)
    from semantics.concrete import Interpreter

    interp = Interpreter({}, ints)
    for name, decl in sorted(decls.items()):
        if decl.dims is None:
            continue
        for axis, (d, n) in enumerate(zip(decl.dims, arrays[name].shape, strict=True)):
            if interp.ival(d, {}) != n:
                raise ShapeError(
                    f"array shape does not match its declaration: name={name} axis={axis} "
                    f"size={n} declared={decl.text}"
                )
    keys = {k: key_items(env[k], k) if k in env else _missing(k) for k in sorted(key_names)}
    return Bound(arrays, ints, keys, dtypes)


def _missing(name: str) -> tuple[KeyItem, ...]:
    raise VersaError(f"missing key in the environment: name={name}")


def key_items(value: Any, name: str = "key") -> tuple[KeyItem, ...]:
    """A Python basic index (int, slice, None, Ellipsis or a tuple of them) as key items."""
    items = value if isinstance(value, tuple) else (value,)
    out: list[KeyItem] = []
    for v in items:
        if v is None:
            out.append(KNewAxis())
        elif isinstance(v, EllipsisType):
            out.append(KEllipsis())
        elif isinstance(v, slice):
            out.append(KSlice(_opt(v.start, name), _opt(v.stop, name), _opt(v.step, name)))
        elif isinstance(v, int | np.integer) and not isinstance(v, bool):
            out.append(KInt(IConst(int(v))))
        else:
            raise UnsupportedError(f"a key variable holds a basic index only: name={name} item={v!r}")
    return tuple(out)


def _opt(v: Any, name: str) -> IExpr | None:
    if v is None:
        return None
    if isinstance(v, bool) or not isinstance(v, int | np.integer):
        raise UnsupportedError(f"slice bounds must be ints: name={name} bound={v!r}")
    return IConst(int(v))


def python_key(items: tuple[KeyItem, ...], ints: Mapping[str, int]) -> tuple[Any, ...]:
    """Key items back to the Python key NumPy takes (arrays excluded)."""
    from semantics.concrete import Interpreter

    interp = Interpreter({}, ints)
    out: list[Any] = []
    for k in items:
        match k:
            case KInt(value=v):
                out.append(interp.ival(v, {}))
            case KSlice(start=a, stop=b, step=c):
                out.append(slice(*(None if x is None else interp.ival(x, {}) for x in (a, b, c))))
            case KNewAxis():
                out.append(None)
            case KEllipsis():
                out.append(Ellipsis)
            case _:
                raise AssertionError(k)
    return tuple(out)
