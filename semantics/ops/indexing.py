"""Indexing: NumPy basic indexing (ints, slices, None, Ellipsis) and integer-array gathers.

The rules are NumPy's own: negative indices wrap once, out-of-range ints raise IndexError, slice
bounds clamp as in CPython's ``PySlice_AdjustIndices``, a zero step raises ValueError, and integer
arrays broadcast together; their dims replace the indexed axes in place when all advanced indices
(ints included) are adjacent, and go first otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass

from semantics.dtypes import DType
from semantics.errors import DTypeError, NeedsConcreteRank, ShapeError, UnsupportedError
from semantics.ops.base import (
    ONE,
    ZERO,
    Ctx,
    Den,
    broadcast_index,
    broadcast_shapes,
    size_of,
)
from semantics.scalar import (
    ABinder,
    AnyBinder,
    Binder,
    Cond,
    IConst,
    IExpr,
    IFromValue,
    IKeyComp,
    Index,
    IndexVar,
    KeyIndex,
    KeyShape,
    KeyValid,
    SExpr,
    conj,
    disj,
    eq,
    forall,
    iadd,
    ifloordiv,
    iif,
    imax,
    imin,
    imul,
    ineg,
    isub,
    le,
    lt,
    ne,
)
from semantics.terms import KArray, KEllipsis, KeyItem, KInt, KNewAxis, KSlice


@dataclass(frozen=True)
class SliceInfo:
    """A slice normalized against an axis: element ``j`` reads ``first + j * step``."""

    first: IExpr
    step: IExpr
    length: IExpr
    wf: Cond


def normalize_slice(start: IExpr | None, stop: IExpr | None, step: IExpr | None, length: IExpr) -> SliceInfo:
    """CPython's slice adjustment over a possibly symbolic length and step."""
    s = step if step is not None else ONE
    wf = ne(s, ZERO)  # NumPy: ValueError "slice step cannot be zero"
    if start is None and stop is None and s == ONE:
        return SliceInfo(ZERO, ONE, length, wf)
    if isinstance(s, IConst):
        # a constant step: closed forms, so chained slices grow linearly, not exponentially
        first = _adjust_const(start, length, s.value > 0, is_stop=False)
        end = _adjust_const(stop, length, s.value > 0, is_stop=True)
        span, stride = (isub(end, first), s.value) if s.value > 0 else (isub(first, end), -s.value)
        count = ifloordiv(iadd(span, IConst(stride - 1)), IConst(stride))
        return SliceInfo(first, s, imax(count, ZERO), wf)
    pos = lt(ZERO, s)
    last = isub(length, ONE)

    def adjust(v: IExpr | None, default_pos: IExpr, default_neg: IExpr) -> IExpr:
        if v is None:
            return iif(pos, default_pos, default_neg)
        low = iif(pos, ZERO, IConst(-1))
        high = iif(pos, length, last)
        wrapped = iadd(v, length)
        return iif(lt(v, ZERO), iif(lt(wrapped, ZERO), low, wrapped), iif(le(length, v), high, v))

    first = adjust(start, ZERO, last)
    end = adjust(stop, length, IConst(-1))
    up = iif(lt(first, end), iadd(ifloordiv(isub(isub(end, first), ONE), s), ONE), ZERO)
    down = iif(lt(end, first), iadd(ifloordiv(isub(isub(first, end), ONE), ineg(s)), ONE), ZERO)
    return SliceInfo(first, s, iif(pos, up, down), wf)


def _adjust_const(v: IExpr | None, length: IExpr, up: bool, is_stop: bool) -> IExpr:
    """CPython's bound adjustment for a step of known sign (``length >= 0`` always holds).

    Stepping up, a bound clamps into ``[0, length]``; stepping down, into ``[-1, length - 1]``;
    a negative bound counts from the end first. The length of ``bound..end`` is then
    ``max(ceil(span / |step|), 0)``, which equals CPython's case split.
    """
    low, high = (ZERO, length) if up else (IConst(-1), isub(length, ONE))
    if v is None:
        if up:
            return length if is_stop else ZERO
        return IConst(-1) if is_stop else high
    if isinstance(v, IConst):
        if v.value >= 0:
            return v if (up and v.value == 0) else imin(v, high)
        return imax(iadd(v, length), low)
    return iif(lt(v, ZERO), imax(iadd(v, length), low), imin(v, high))


def wrap_index(i: IExpr, dim: IExpr) -> IExpr:
    """A negative index counts from the end, once."""
    if isinstance(i, IConst) and i.value >= 0:
        return i
    return iif(lt(i, ZERO), iadd(i, dim), i)


def in_bounds(i: IExpr, dim: IExpr) -> Cond:
    return conj(le(ineg(dim), i), lt(i, dim))


def expand_key(items: tuple[KeyItem, ...], rank: int) -> list[KeyItem]:
    """Replace the Ellipsis (explicit or implied at the end) by full slices."""
    ellipses = sum(isinstance(k, KEllipsis) for k in items)
    if ellipses > 1:
        raise ShapeError("an index can only have a single ellipsis ('...')")
    consuming = sum(isinstance(k, KInt | KSlice | KArray) for k in items)
    if consuming > rank:
        raise ShapeError(f"too many indices for array: ndim={rank} indices={consuming}")
    fill: list[KeyItem] = [KSlice(None, None, None)] * (rank - consuming)
    if not ellipses:
        return [*items, *fill]
    out: list[KeyItem] = []
    for k in items:
        out.extend(fill if isinstance(k, KEllipsis) else [k])
    return out


@dataclass(frozen=True)
class _NewAxis:
    pass


@dataclass(frozen=True)
class _Slice:
    info: SliceInfo


@dataclass(frozen=True)
class _Fixed:
    """A basic int index: no output axis."""

    index: IExpr


@dataclass(frozen=True)
class _Advanced:
    """An advanced index (an int array, or an int beside one): reads the broadcast block."""

    array: Den | None
    index: IExpr | None
    dim: IExpr

    def read(self, block: tuple[IExpr, ...], block_shape: tuple[IExpr, ...]) -> IExpr:
        if self.array is None:
            assert self.index is not None
            return self.index
        where = broadcast_index(self.array.shape, block_shape, block)
        return wrap_index(IFromValue(self.array.at(where)), self.dim)


_Slot = _NewAxis | _Slice | _Fixed | _Advanced


def denote_subscript(ctx: Ctx, base: Den, items: tuple[KeyItem, ...], arrays: dict[int, Den]) -> Den:
    """``base[items]``; ``arrays`` maps the position of each ``KArray`` to its denotation."""
    for a in arrays.values():
        if a.dtype is DType.BOOL:
            raise UnsupportedError("boolean mask indexing has a data-dependent shape")
        if not a.dtype.is_integer:
            raise DTypeError(f"arrays used as indices must be of integer type: dtype={a.dtype}")
    if not isinstance(base.shape, tuple):
        if all(isinstance(k, KEllipsis) for k in items):
            return base
        raise NeedsConcreteRank("indexing an any-rank array with a concrete key")
    dims = base.shape
    expand_key(items, len(dims))  # validates the ellipsis count and the rank
    fill = len(dims) - sum(isinstance(k, KInt | KSlice | KArray) for k in items)
    full: tuple[KeyItem, Den | None] = (KSlice(None, None, None), None)
    expanded: list[tuple[KeyItem, Den | None]] = []
    for n, k in enumerate(items):
        expanded.extend([full] * fill if isinstance(k, KEllipsis) else [(k, arrays.get(n))])
    if not any(isinstance(k, KEllipsis) for k in items):
        expanded.extend([full] * fill)

    advanced = bool(arrays)
    adv_pos = [n for n, (k, _) in enumerate(expanded) if advanced and isinstance(k, KArray | KInt)]
    # adjacency is judged on the key as written: an Ellipsis between advanced indices separates
    # them even when it stands for no axis (NumPy: x3[:, i, ..., i] puts the block first)
    written = [n for n, k in enumerate(items) if advanced and isinstance(k, KArray | KInt)]
    contiguous = bool(written) and written == list(range(written[0], written[-1] + 1))
    wf = conj(base.wf, *(a.wf for a in arrays.values()))
    defined = conj(base.defined, *(a.defined for a in arrays.values()))
    block: tuple[IExpr, ...] = ()
    if advanced:
        shp, c = broadcast_shapes([a.shape for _, a in expanded if a is not None])
        if not isinstance(shp, tuple):
            raise NeedsConcreteRank("gather with an any-rank index array")
        block, wf = shp, conj(wf, c)

    out_dims: list[IExpr] = list(block) if advanced and not contiguous else []
    slots: list[_Slot] = []
    axis = 0
    for n, (k, arr) in enumerate(expanded):
        if isinstance(k, KNewAxis):
            out_dims.append(ONE)
            slots.append(_NewAxis())
            continue
        d = dims[axis]
        axis += 1
        if isinstance(k, KInt):
            i = ctx.resolve(k.value)
            defined = conj(defined, in_bounds(i, d))
            if advanced:
                if contiguous and n == adv_pos[0]:
                    out_dims.extend(block)
                slots.append(_Advanced(None, wrap_index(i, d), d))
            else:
                slots.append(_Fixed(wrap_index(i, d)))
        elif isinstance(k, KArray):
            assert arr is not None
            defined = conj(defined, _gather_defined(ctx, arr, d, block))
            if contiguous and n == adv_pos[0]:
                out_dims.extend(block)
            slots.append(_Advanced(arr, None, d))
        elif isinstance(k, KSlice):
            info = normalize_slice(
                None if k.start is None else ctx.resolve(k.start),
                None if k.stop is None else ctx.resolve(k.stop),
                None if k.step is None else ctx.resolve(k.step),
                d,
            )
            wf = conj(wf, info.wf)
            out_dims.append(info.length)
            slots.append(_Slice(info))
        else:
            raise AssertionError(k)
    front = len(block) if advanced and not contiguous else 0

    def at(index: Index) -> SExpr:
        if not isinstance(index, tuple):
            raise NeedsConcreteRank("abstract index into a concretely indexed array")
        cursor = front
        adv: tuple[IExpr, ...] | None = index[:front] if front else None
        base_index: list[IExpr] = []
        for slot in slots:
            match slot:
                case _NewAxis():
                    cursor += 1
                case _Slice(info=info):
                    base_index.append(iadd(info.first, imul(index[cursor], info.step)))
                    cursor += 1
                case _Fixed(index=i):
                    base_index.append(i)
                case _Advanced():
                    if adv is None:
                        adv = index[cursor : cursor + len(block)]
                        cursor += len(block)
                    base_index.append(slot.read(adv, block))
        return base.at(tuple(base_index))

    return Den(tuple(out_dims), base.dtype, wf, defined, at)


def _gather_defined(ctx: Ctx, a: Den, dim: IExpr, block: tuple[IExpr, ...]) -> Cond:
    """NumPy checks every element of an index array -- all are read -- unless the index arrays
    broadcast to an empty block; a 0-d index array is an int to NumPy, checked always."""
    binders: tuple[AnyBinder, ...]
    if isinstance(a.shape, tuple):
        names = [ctx.fresh("g") for _ in a.shape]
        binders = tuple(Binder(n, d) for n, d in zip(names, a.shape, strict=True))
        from semantics.scalar import IVar

        value = IFromValue(a.at(tuple(IVar(n) for n in names)))
    else:
        name = ctx.fresh("g")
        binders = (ABinder(name, a.shape),)
        value = IFromValue(a.at(IndexVar(name)))
    checked = forall(binders, in_bounds(value, dim))
    if a.shape == ():
        return checked
    return disj(eq(size_of(block), ZERO), checked)


def denote_abstract_key(key: str, base: Den) -> Den:
    """``base[key]`` for an abstract basic key: an uninterpreted shape and index translation."""
    shape = KeyShape(key, base.shape)
    defined = conj(base.defined, KeyValid(key, base.shape))
    base_shape = base.shape

    def at(index: Index) -> SExpr:
        if isinstance(index, tuple):
            raise NeedsConcreteRank("concrete index into an abstractly indexed array")
        if isinstance(base_shape, tuple):
            return base.at(tuple(IKeyComp(key, base_shape, index, j) for j in range(len(base_shape))))
        return base.at(KeyIndex(key, base_shape, index))

    return Den(shape, base.dtype, base.wf, defined, at)


__all__ = [
    "SliceInfo",
    "denote_abstract_key",
    "denote_subscript",
    "expand_key",
    "in_bounds",
    "normalize_slice",
    "wrap_index",
]
