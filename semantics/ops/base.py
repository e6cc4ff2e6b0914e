"""What an op is: a small table of shape, dtype and index (plus definedness and NumPy evaluation).

Every op module fills ``OpSpec`` rows; ``semantics.denote`` combines them, so the NumPy evaluator,
the index-by-index reference evaluator and the verifier all read the same definition.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, TypeAlias

from semantics.decls import KeyDecl
from semantics.dtypes import DType, Kind
from semantics.errors import NeedsConcreteRank, ShapeError
from semantics.scalar import (
    TRUE,
    AShape,
    Cond,
    IConst,
    IExpr,
    Index,
    SExpr,
    Shape,
    conj,
    disj,
    eq,
    iif,
    is_abstract,
    substitute,
)
from semantics.terms import Call, Key, ParamValue

# ---------------------------------------------------------------- the denotation of a term


@dataclass(frozen=True)
class Den:
    """A term's meaning: shape, dtype, well-formedness, definedness and its index function.

    ``wf`` holds where NumPy accepts the operand shapes (else ValueError); ``defined`` where no
    index is out of bounds (else IndexError). ``at(index)`` is the scalar at an in-bounds index.
    ``weak`` is a Python literal's kind: NEP 50 lets it adopt the other operand's dtype.
    """

    shape: Shape
    dtype: DType
    wf: Cond
    defined: Cond
    at: Callable[[Index], SExpr]
    weak: Kind | None = None
    literal: bool | int | float | None = None
    key: str = ""  # which term computes this value (for reductions' origins), set by ``denote``
    key_vars: tuple[str, ...] = ()  # the int names (loop indices, int params) the key depends on

    @property
    def rank(self) -> int:
        if isinstance(self.shape, tuple):
            return len(self.shape)
        raise NeedsConcreteRank("the rank of an any-rank operand is not known")

    @property
    def dims(self) -> tuple[IExpr, ...]:
        if isinstance(self.shape, tuple):
            return self.shape
        raise NeedsConcreteRank("this op needs the operand's rank; it is any-rank ([*])")


@dataclass
class Ctx:
    """What denotation needs to know about the names in a term.

    ``dtypes``/``shapes`` give each array variable its (chosen) dtype and its shape: a tuple of dims
    or an abstract ``ShapeOf``. ``keys`` gives concrete items for a key variable, or ``None`` to keep
    it abstract. ``locals`` and ``ivars`` hold what ``sum_over`` binds.
    """

    dtypes: Mapping[str, DType]
    shapes: Mapping[str, Shape]
    keys: Mapping[str, Key | None] = field(default_factory=dict)
    key_decls: Mapping[str, KeyDecl] = field(default_factory=dict)
    locals: dict[str, Den] = field(default_factory=dict)
    ivars: dict[str, IExpr] = field(default_factory=dict)
    counter: list[int] = field(default_factory=lambda: [0])

    def fresh(self, prefix: str) -> str:
        """A new bound-variable name; deterministic (a counter), never a user name (has ``%``)."""
        self.counter[0] += 1
        return f"{prefix}%{self.counter[0]}"

    def child(self) -> Ctx:
        return Ctx(
            self.dtypes,
            self.shapes,
            self.keys,
            self.key_decls,
            dict(self.locals),
            dict(self.ivars),
            self.counter,
        )

    def resolve(self, e: IExpr) -> IExpr:
        """Rename ``sum_over``-bound int names in an int expression written in the term."""
        if not self.ivars:
            return e
        return substitute(e, self.ivars)


# ---------------------------------------------------------------- the op table

ParamKind: TypeAlias = Literal["axis", "axes", "shape", "dtype", "int", "bool", "str", "perm"]
REQUIRED: Any = object()


@dataclass(frozen=True)
class ParamSpec:
    """A static parameter: how the parser reads it and its default (``REQUIRED`` if none)."""

    name: str
    kind: ParamKind
    default: ParamValue | object = REQUIRED
    positional: bool = True


@dataclass(frozen=True)
class OpSpec:
    """One op: its call signature and its shape, dtype, index, definedness and NumPy rows.

    ``operands``: the number of array operands, or ``"tuple"`` for one tuple of arrays (concat), or
    ``"variadic"`` after leading params (einsum). ``numpy`` gets the params with dims evaluated.
    """

    name: str
    operands: int | Literal["tuple", "variadic"]
    params: tuple[ParamSpec, ...]
    shape: Callable[[Call, tuple[Den, ...]], tuple[Shape, Cond]]
    dtype: Callable[[Call, tuple[Den, ...]], DType]
    index: Callable[[Ctx, Call, tuple[Den, ...], DType, Shape, Index], SExpr]
    numpy: Callable[[dict[str, Any], tuple[Any, ...]], Any]
    defined: Callable[[Ctx, Call, tuple[Den, ...]], Cond] = lambda ctx, call, args: TRUE
    doc: str = ""


OPS: dict[str, OpSpec] = {}


def register(*specs: OpSpec) -> None:
    for s in specs:
        if s.name in OPS:
            raise AssertionError(f"op registered twice: {s.name}")
        OPS[s.name] = s


# ---------------------------------------------------------------- shape helpers

ONE = IConst(1)
ZERO = IConst(0)


def require(cond: Cond, message: str) -> Cond:
    """A well-formedness condition; one that is false outright is an error now."""
    from semantics.scalar import FALSE

    if cond == FALSE:
        raise ShapeError(message)
    return cond


def show_shape(shape: Shape) -> str:
    from semantics.printing import show_shape as _show

    return _show(shape)


def broadcast_dims(dims: list[IExpr], what: str) -> tuple[IExpr, Cond]:
    """NumPy's broadcast of one axis: every dim equal or 1. Returns the dim and its condition."""
    out: IExpr = ONE
    wf: Cond = TRUE
    for d in dims:
        if d in (out, ONE):
            continue
        if out == ONE:
            out = d
            continue
        if isinstance(d, IConst) and isinstance(out, IConst):
            raise ShapeError(f"operands could not be broadcast together: {what}")
        wf = conj(wf, disj(eq(d, out), eq(d, ONE), eq(out, ONE)))
        out = iif(eq(out, ONE), d, out)
    return out, wf


def broadcast_shapes(shapes: list[Shape]) -> tuple[Shape, Cond]:
    """The broadcast shape of several operands and the condition that they broadcast."""
    abstract = [s for s in shapes if is_abstract(s)]
    if abstract:
        # Any-rank operands broadcast only with themselves or with 0-d operands here.
        first: AShape = abstract[0]  # type: ignore[assignment]
        if all(s == first or s == () for s in shapes):
            return first, TRUE
        raise NeedsConcreteRank("broadcasting between different any-rank shapes")
    tuples: list[tuple[IExpr, ...]] = [s for s in shapes if isinstance(s, tuple)]
    rank = max((len(s) for s in tuples), default=0)
    what = " ".join(show_shape(s) for s in tuples)
    out: list[IExpr] = []
    wf: Cond = TRUE
    for axis in range(rank):
        col = [s[len(s) - rank + axis] for s in tuples if len(s) - rank + axis >= 0]
        d, c = broadcast_dims(col, what)
        out.append(d)
        wf = conj(wf, c)
    return tuple(out), wf


def broadcast_index(operand: Shape, out_shape: Shape, index: Index) -> Index:
    """The operand's index that NumPy broadcasting reads for the output ``index``."""
    if is_abstract(operand):
        if operand == out_shape:
            return index
        raise NeedsConcreteRank("broadcast index into an any-rank operand")
    assert isinstance(operand, tuple)
    if not operand:
        return ()
    assert isinstance(index, tuple) and isinstance(out_shape, tuple)
    offset = len(index) - len(operand)
    out: list[IExpr] = []
    for axis, d in enumerate(operand):
        i = index[offset + axis]
        o = out_shape[offset + axis]
        if d == ONE:
            out.append(ZERO)
        elif d == o:
            out.append(i)
        else:
            out.append(iif(eq(d, ONE), ZERO, i))
    return tuple(out)


def normalize_axis(axis: int, rank: int, what: str = "axis") -> int:
    """NumPy's axis normalization: ``-rank <= axis < rank``."""
    if not -rank <= axis < rank:
        raise ShapeError(f"{what} is out of bounds for the array: axis={axis} ndim={rank}")
    return axis % rank if rank else axis


def size_of(dims: tuple[IExpr, ...]) -> IExpr:
    from semantics.scalar import imul

    out: IExpr = ONE
    for d in dims:
        out = imul(out, d)
    return out


def unravel(flat: IExpr, dims: tuple[IExpr, ...]) -> tuple[IExpr, ...]:
    """Row-major (C order) multi-index of a flat offset."""
    from semantics.scalar import ifloordiv, imod

    out: list[IExpr] = []
    rest = flat
    for axis in range(len(dims) - 1, -1, -1):
        d = dims[axis]
        if axis == 0:
            out.append(rest)
        else:
            out.append(imod(rest, d))
            rest = ifloordiv(rest, d)
    return tuple(reversed(out))


def ravel(index: tuple[IExpr, ...], dims: tuple[IExpr, ...]) -> IExpr:
    """Row-major flat offset of a multi-index."""
    from semantics.scalar import iadd, imul

    flat: IExpr = ZERO
    for i, d in zip(index, dims, strict=True):
        flat = iadd(imul(flat, d), i)
    return flat


def all_wf(args: tuple[Den, ...]) -> Cond:
    return conj(*(a.wf for a in args))


def all_defined(args: tuple[Den, ...]) -> Cond:
    return conj(*(a.defined for a in args))


def tuple_index(index: Index) -> tuple[IExpr, ...]:
    if isinstance(index, tuple):
        return index
    raise NeedsConcreteRank("a concrete index was needed, got an abstract one")
