"""The scalar language every op denotes into.

Three small languages, all frozen dataclasses so they hash, compare and print deterministically:

- ``IExpr``: mathematical-integer index arithmetic (dims, int parameters, index variables);
- ``Cond``: conditions over those (well-formedness, definedness, concat's branch choice);
- ``SExpr``: scalar values of a dtype: input reads, literals, scalar ops, casts and reductions
  ``Σ_{v<n} body`` over bound index variables.

Any-rank operands and abstract keys use *abstract* shapes and indices (``ShapeOf``, ``KeyShape``,
``IndexVar``, ``KeyIndex``): opaque objects the verifier maps to uninterpreted sorts, so a rule over
``f64[*]`` is proved for every rank at once (TensorRight's aggregated axes, POPL 2025).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields, is_dataclass
from typing import Literal, TypeAlias, TypeVar

from semantics.dtypes import DType

T = TypeVar("T")

# ---------------------------------------------------------------- integer expressions

IOp: TypeAlias = Literal["+", "-", "*", "//", "%", "min", "max"]


@dataclass(frozen=True)
class IConst:
    value: int


@dataclass(frozen=True)
class IVar:
    """A dim, an int parameter, or an (output or bound) index variable."""

    name: str


@dataclass(frozen=True)
class IBin:
    op: IOp
    a: IExpr
    b: IExpr


@dataclass(frozen=True)
class IIf:
    cond: Cond
    then: IExpr
    other: IExpr


@dataclass(frozen=True)
class IFromValue:
    """An element of an integer array used as an index (gathers)."""

    value: SExpr


@dataclass(frozen=True)
class IKeyComp:
    """Component ``axis`` of the base index an abstract key selects at ``index``."""

    key: str
    base: tuple[IExpr, ...]
    index: AIndex
    axis: int


IExpr: TypeAlias = IConst | IVar | IBin | IIf | IFromValue | IKeyComp

# ---------------------------------------------------------------- abstract shapes and indices


@dataclass(frozen=True)
class ShapeOf:
    """The shape of an any-rank (``[*]``) input."""

    var: str


@dataclass(frozen=True)
class KeyShape:
    """The shape of ``base[key]`` for an abstract basic index ``key``."""

    key: str
    base: Shape


AShape: TypeAlias = ShapeOf | KeyShape
Shape: TypeAlias = tuple[IExpr, ...] | AShape


@dataclass(frozen=True)
class IndexVar:
    """An index into an abstract shape: the query's output index or a bound one."""

    name: str


@dataclass(frozen=True)
class KeyIndex:
    """The index of ``base`` that ``base[key]`` reads at ``index``."""

    key: str
    base: AShape
    index: AIndex


AIndex: TypeAlias = IndexVar | KeyIndex
Index: TypeAlias = tuple[IExpr, ...] | AIndex


def is_abstract(shape: Shape) -> bool:
    return not isinstance(shape, tuple)


# ---------------------------------------------------------------- conditions

CmpOp: TypeAlias = Literal["==", "!=", "<", "<="]


@dataclass(frozen=True)
class BConst:
    value: bool


@dataclass(frozen=True)
class Cmp:
    op: CmpOp
    a: IExpr
    b: IExpr


@dataclass(frozen=True)
class And:
    items: tuple[Cond, ...]


@dataclass(frozen=True)
class Or:
    items: tuple[Cond, ...]


@dataclass(frozen=True)
class Not:
    item: Cond


@dataclass(frozen=True)
class Forall:
    """``body`` holds at every point of the binders' index space."""

    binders: tuple[AnyBinder, ...]
    body: Cond


@dataclass(frozen=True)
class KeyValid:
    """The abstract key is in bounds for ``base`` (NumPy would not raise IndexError)."""

    key: str
    base: Shape


@dataclass(frozen=True)
class InBounds:
    """An abstract index lies inside an abstract shape."""

    index: AIndex
    shape: AShape


Cond: TypeAlias = BConst | Cmp | And | Or | Not | Forall | KeyValid | InBounds

TRUE = BConst(True)
FALSE = BConst(False)

# ---------------------------------------------------------------- binders


@dataclass(frozen=True)
class Binder:
    """``name`` ranges over ``0 .. extent-1``."""

    name: str
    extent: IExpr


@dataclass(frozen=True)
class ABinder:
    """``IndexVar(name)`` ranges over every index of an abstract shape."""

    name: str
    shape: AShape


AnyBinder: TypeAlias = Binder | ABinder

# ---------------------------------------------------------------- scalar values


@dataclass(frozen=True)
class Read:
    """The element of input ``var`` at ``index``."""

    var: str
    index: Index
    dtype: DType


@dataclass(frozen=True)
class Lit:
    value: bool | int | float
    dtype: DType


@dataclass(frozen=True)
class Op:
    """A scalar op of ``semantics.scalar_ops`` computed in ``dtype`` (its operands already are)."""

    op: str
    args: tuple[SExpr, ...]
    dtype: DType


@dataclass(frozen=True)
class Cast:
    arg: SExpr
    dtype: DType


@dataclass(frozen=True)
class Select:
    """Index-level choice (concat): ``then`` where ``cond`` holds, else ``other``."""

    cond: Cond
    then: SExpr
    other: SExpr

    @property
    def dtype(self) -> DType:
        return self.then.dtype


ReduceKind: TypeAlias = Literal["sum", "prod", "max", "min"]


@dataclass(frozen=True)
class Reduce:
    """``kind`` over the binders' index space, folded in ``dtype`` in row-major index order.

    ``origin`` names the NumPy computation that produces this value (op and operand terms) and
    ``point`` the output index it is read at. Folding order is exact for ints and bools and for
    ``sum_over`` (a loop, no origin); NumPy's float sums and matmuls use their own orders
    (pairwise, BLAS blocking), so the IEEE domain treats such a value as a function of
    (origin, point) only.
    """

    kind: ReduceKind
    binders: tuple[AnyBinder, ...]
    body: SExpr
    dtype: DType
    origin: str = ""
    point: tuple[IExpr | AIndex, ...] = ()


SExpr: TypeAlias = Read | Lit | Op | Cast | Select | Reduce

# ---------------------------------------------------------------- smart constructors


def ic(v: int) -> IConst:
    return IConst(v)


def _const(e: IExpr) -> int | None:
    return e.value if isinstance(e, IConst) else None


def iadd(a: IExpr, b: IExpr) -> IExpr:
    ca, cb = _const(a), _const(b)
    if ca is not None and cb is not None:
        return IConst(ca + cb)
    if ca == 0:
        return b
    if cb == 0:
        return a
    if cb is not None and isinstance(a, IBin) and a.op in ("+", "-") and isinstance(a.b, IConst):
        # gather constant offsets: (x - 1) + 1 is x
        offset = a.b.value if a.op == "+" else -a.b.value
        return iadd(a.a, IConst(offset + cb))
    if cb is not None and cb < 0:
        return IBin("-", a, IConst(-cb))
    return IBin("+", a, b)


def isub(a: IExpr, b: IExpr) -> IExpr:
    ca, cb = _const(a), _const(b)
    if ca is not None and cb is not None:
        return IConst(ca - cb)
    if cb == 0:
        return a
    if a == b:
        return IConst(0)
    if cb is not None:
        return iadd(a, IConst(-cb))
    return IBin("-", a, b)


def imul(a: IExpr, b: IExpr) -> IExpr:
    ca, cb = _const(a), _const(b)
    if ca is not None and cb is not None:
        return IConst(ca * cb)
    if ca == 0 or cb == 0:
        return IConst(0)
    if ca == 1:
        return b
    if cb == 1:
        return a
    return IBin("*", a, b)


def ineg(a: IExpr) -> IExpr:
    return isub(IConst(0), a)


def ifloordiv(a: IExpr, b: IExpr) -> IExpr:
    """Python floor division; the caller guarantees ``b != 0``."""
    ca, cb = _const(a), _const(b)
    if ca is not None and cb is not None and cb != 0:
        return IConst(ca // cb)
    if cb == 1:
        return a
    return IBin("//", a, b)


def imod(a: IExpr, b: IExpr) -> IExpr:
    """Python modulo (sign of the divisor); the caller guarantees ``b != 0``."""
    ca, cb = _const(a), _const(b)
    if ca is not None and cb is not None and cb != 0:
        return IConst(ca % cb)
    if cb == 1:
        return IConst(0)
    return IBin("%", a, b)


def imin(a: IExpr, b: IExpr) -> IExpr:
    ca, cb = _const(a), _const(b)
    if ca is not None and cb is not None:
        return IConst(min(ca, cb))
    if a == b:
        return a
    return IBin("min", a, b)


def imax(a: IExpr, b: IExpr) -> IExpr:
    ca, cb = _const(a), _const(b)
    if ca is not None and cb is not None:
        return IConst(max(ca, cb))
    if a == b:
        return a
    return IBin("max", a, b)


def iif(cond: Cond, then: IExpr, other: IExpr) -> IExpr:
    if isinstance(cond, BConst):
        return then if cond.value else other
    if then == other:
        return then
    return IIf(cond, then, other)


def cmp(op: CmpOp, a: IExpr, b: IExpr) -> Cond:
    ca, cb = _const(a), _const(b)
    if ca is not None and cb is not None:
        return BConst({"==": ca == cb, "!=": ca != cb, "<": ca < cb, "<=": ca <= cb}[op])
    if a == b:
        return BConst(op in ("==", "<="))
    return Cmp(op, a, b)


def eq(a: IExpr, b: IExpr) -> Cond:
    return cmp("==", a, b)


def ne(a: IExpr, b: IExpr) -> Cond:
    return cmp("!=", a, b)


def lt(a: IExpr, b: IExpr) -> Cond:
    return cmp("<", a, b)


def le(a: IExpr, b: IExpr) -> Cond:
    return cmp("<=", a, b)


def conj(*items: Cond) -> Cond:
    out: list[Cond] = []
    for c in items:
        if isinstance(c, BConst):
            if not c.value:
                return FALSE
            continue
        parts = c.items if isinstance(c, And) else (c,)
        for p in parts:
            if p not in out:
                out.append(p)
    if not out:
        return TRUE
    return out[0] if len(out) == 1 else And(tuple(out))


def disj(*items: Cond) -> Cond:
    out: list[Cond] = []
    for c in items:
        if isinstance(c, BConst):
            if c.value:
                return TRUE
            continue
        parts = c.items if isinstance(c, Or) else (c,)
        for p in parts:
            if p not in out:
                out.append(p)
    if not out:
        return FALSE
    return out[0] if len(out) == 1 else Or(tuple(out))


def neg(c: Cond) -> Cond:
    if isinstance(c, BConst):
        return BConst(not c.value)
    if isinstance(c, Not):
        return c.item
    return Not(c)


def forall(binders: tuple[AnyBinder, ...], body: Cond) -> Cond:
    if isinstance(body, BConst) or not binders:
        return body
    return Forall(binders, body)


def select(cond: Cond, then: SExpr, other: SExpr) -> SExpr:
    if isinstance(cond, BConst):
        return then if cond.value else other
    return Select(cond, then, other)


def cast(arg: SExpr, dtype: DType) -> SExpr:
    if arg.dtype is dtype:
        return arg
    if isinstance(arg, Lit):
        folded = _fold_literal(arg.value, dtype)
        if folded is not None:
            return Lit(folded, dtype)
    return Cast(arg, dtype)


def _fold_literal(value: bool | int | float, dtype: DType) -> bool | int | float | None:
    """A literal's value in ``dtype`` when the conversion is exact; floats round when read."""
    if dtype is DType.BOOL:
        return bool(value)
    if dtype.is_float:
        return float(value)
    if isinstance(value, float):
        return None
    lo, hi = dtype.int_range
    return int(value) if lo <= value <= hi else None


def ivar_names(obj: object) -> set[str]:
    """Every ``IVar`` name inside an expression, shape or tuple of them (bound ones too)."""
    out: set[str] = set()
    stack: list[object] = [obj]
    while stack:
        o = stack.pop()
        if isinstance(o, IVar):
            out.add(o.name)
        elif isinstance(o, tuple):
            stack.extend(o)
        elif is_dataclass(o) and not isinstance(o, type):
            stack.extend(getattr(o, f.name) for f in fields(o))
    return out


def substitute(obj: T, ints: Mapping[str, IExpr], indices: Mapping[str, AIndex] | None = None) -> T:
    """Replace ``IVar``/``IndexVar`` names (binder names too, when mapped to a variable).

    Works on any expression, shape, index or tuple of them; the result is rebuilt bottom-up with
    the smart constructors' folding for integer arithmetic.
    """
    idx = indices or {}

    def go(o: object) -> object:
        match o:
            case IVar(name=n):
                return ints.get(n, o)
            case IndexVar(name=n):
                return idx.get(n, o)
            case Binder(name=n, extent=e):
                new = ints.get(n)
                return Binder(new.name if isinstance(new, IVar) else n, go(e))  # type: ignore[arg-type]
            case ABinder(name=n, shape=s):
                new_i = idx.get(n)
                return ABinder(new_i.name if isinstance(new_i, IndexVar) else n, go(s))  # type: ignore[arg-type]
            case IBin(op=op, a=a, b=b):
                return _IBIN[op](go(a), go(b))  # type: ignore[arg-type]
            case tuple():
                return tuple(go(x) for x in o)
        if is_dataclass(o) and not isinstance(o, type):
            changes = {f.name: go(getattr(o, f.name)) for f in fields(o)}
            return type(o)(**changes)
        return o

    return go(obj)  # type: ignore[return-value]


_IBIN = {
    "+": iadd,
    "-": isub,
    "*": imul,
    "//": ifloordiv,
    "%": imod,
    "min": imin,
    "max": imax,
}
