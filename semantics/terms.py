"""Array terms: the syntax of the term language, as frozen dataclasses.

A term is data (parsed from Python syntax with ``ast``, never evaluated). Each ``Name`` carries its
declaration, so a term is self-contained: evaluators bind dims from the arrays' shapes.
Source spans are kept for error messages but do not take part in equality or hashing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TypeAlias

from semantics.decls import ArrayDecl
from semantics.dtypes import DType
from semantics.scalar import IExpr

Span: TypeAlias = tuple[int, int] | None

ParamValue: TypeAlias = bool | int | str | DType | tuple[int, ...] | tuple[IExpr, ...] | None
Params: TypeAlias = tuple[tuple[str, ParamValue], ...]


@dataclass(frozen=True)
class Name:
    """A declared array (a named scalar is a 0-d array)."""

    name: str
    decl: ArrayDecl
    span: Span = field(default=None, compare=False, hash=False, repr=False)


@dataclass(frozen=True)
class Const:
    """A Python literal: a weak scalar in NumPy 2's promotion (NEP 50)."""

    value: bool | int | float
    span: Span = field(default=None, compare=False, hash=False, repr=False)


@dataclass(frozen=True)
class Call:
    """An op of the op tables applied to array operands, with static parameters."""

    op: str
    args: tuple[Term, ...]
    params: Params = ()
    span: Span = field(default=None, compare=False, hash=False, repr=False)

    def param(self, name: str) -> ParamValue:
        for k, v in self.params:
            if k == name:
                return v
        raise KeyError(name)


@dataclass(frozen=True)
class KInt:
    value: IExpr


@dataclass(frozen=True)
class KSlice:
    start: IExpr | None
    stop: IExpr | None
    step: IExpr | None


@dataclass(frozen=True)
class KNewAxis:
    pass


@dataclass(frozen=True)
class KEllipsis:
    pass


@dataclass(frozen=True)
class KArray:
    """An integer array used as an index (a gather)."""

    array: Term


KeyItem: TypeAlias = KInt | KSlice | KNewAxis | KEllipsis | KArray


@dataclass(frozen=True)
class KName:
    """An abstract key variable (declared ``"key"``): any basic index."""

    name: str


Key: TypeAlias = tuple[KeyItem, ...] | KName


@dataclass(frozen=True)
class Subscript:
    base: Term
    key: Key
    span: Span = field(default=None, compare=False, hash=False, repr=False)


@dataclass(frozen=True)
class SumOver:
    """``sum_over(array, lambda index, elem: body)``: Σ over ``index < array.shape[-1]`` of ``body``
    with ``elem = array[..., index]``."""

    array: Term
    index: str
    elem: str
    body: Term
    span: Span = field(default=None, compare=False, hash=False, repr=False)


@dataclass(frozen=True)
class Local:
    """A name bound by ``sum_over``'s lambda (the element array)."""

    name: str
    span: Span = field(default=None, compare=False, hash=False, repr=False)


Term: TypeAlias = Name | Const | Call | Subscript | SumOver | Local


def subterms(t: Term) -> list[Term]:
    """Direct array subterms, in order."""
    match t:
        case Name() | Const() | Local():
            return []
        case Call(args=args):
            return list(args)
        case Subscript(base=base, key=key):
            extra = [] if isinstance(key, KName) else [k.array for k in key if isinstance(k, KArray)]
            return [base, *extra]
        case SumOver(array=array, body=body):
            return [array, body]
