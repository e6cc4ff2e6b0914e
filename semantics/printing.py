"""Readable, deterministic text for terms, shapes and scalar denotations (``versa explain``)."""

from __future__ import annotations

from typing import assert_never

from semantics.dtypes import DType
from semantics.scalar import (
    ABinder,
    And,
    AnyBinder,
    BConst,
    Binder,
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
    Index,
    IndexVar,
    IVar,
    KeyIndex,
    KeyShape,
    KeyValid,
    Lit,
    Not,
    Op,
    Or,
    Read,
    Reduce,
    Select,
    SExpr,
    Shape,
    ShapeOf,
)
from semantics.scalar_ops import SCALAR_OPS
from semantics.terms import (
    Call,
    Const,
    KArray,
    KEllipsis,
    Key,
    KInt,
    KName,
    KNewAxis,
    KSlice,
    Local,
    Name,
    ParamValue,
    Subscript,
    SumOver,
    Term,
)


def show_name(name: str) -> str:
    """Bound names are ``k%3``; print them as ``k3`` (they never clash with user names)."""
    return name.replace("%", "")


_IPREC = {"+": 1, "-": 1, "*": 2, "//": 2, "%": 2}


def show_iexpr(e: IExpr, prec: int = 0) -> str:
    match e:
        case IConst(value=v):
            return f"({v})" if v < 0 and prec > 0 else str(v)
        case IVar(name=n):
            return show_name(n)
        case IBin(op="-", a=IConst(value=0), b=b):
            text = f"-{show_iexpr(b, 3)}"
            return f"({text})" if prec > 0 else text
        case IBin(op=op, a=a, b=b):
            if op in ("min", "max"):
                return f"{op}({show_iexpr(a)}, {show_iexpr(b)})"
            p = _IPREC[op]
            s = f"{show_iexpr(a, p)} {op} {show_iexpr(b, p + 1)}"
            return f"({s})" if p < prec else s
        case IIf(cond=c, then=t, other=o):
            return f"({show_iexpr(t)} if {show_cond(c)} else {show_iexpr(o)})"
        case IFromValue(value=v):
            return show_sexpr(v)
        case IKeyComp(key=k, base=base, index=idx, axis=axis):
            return f"{k}⟨{show_shape(base)}⟩({show_index(idx)})[{axis}]"
        case _:
            assert_never(e)


def show_shape(s: Shape) -> str:
    match s:
        case tuple():
            inner = ", ".join(show_iexpr(d) for d in s)
            return f"({inner},)" if len(s) == 1 else f"({inner})"
        case ShapeOf(var=v):
            return f"{v}.shape"
        case KeyShape(key=k, base=b):
            return f"{show_shape(b)}[{k}]"
        case _:
            assert_never(s)


def show_index(i: Index) -> str:
    match i:
        case tuple():
            return ", ".join(show_iexpr(x) for x in i)
        case IndexVar(name=n):
            return show_name(n)
        case KeyIndex(key=k, base=b, index=idx):
            return f"{k}⟨{show_shape(b)}⟩({show_index(idx)})"
        case _:
            assert_never(i)


def show_binder(b: AnyBinder) -> str:
    match b:
        case Binder(name=n, extent=e):
            return f"{show_name(n)}<{show_iexpr(e)}"
        case ABinder(name=n, shape=s):
            return f"{show_name(n)}∈{show_shape(s)}"
        case _:
            assert_never(b)


def show_cond(c: Cond) -> str:
    match c:
        case BConst(value=v):
            return "true" if v else "false"
        case Cmp(op=op, a=a, b=b):
            return f"{show_iexpr(a, 1)} {op} {show_iexpr(b, 1)}"
        case And(items=items):
            return " and ".join(_wrap_cond(x) for x in items)
        case Or(items=items):
            return " or ".join(_wrap_cond(x) for x in items)
        case Not(item=x):
            return f"not {_wrap_cond(x)}"
        case Forall(binders=bs, body=body):
            return f"∀{', '.join(show_binder(b) for b in bs)}: {_wrap_cond(body)}"
        case KeyValid(key=k, base=b):
            return f"valid({k}, {show_shape(b)})"
        case InBounds(index=i, shape=s):
            return f"{show_index(i)} ∈ {show_shape(s)}"
        case _:
            assert_never(c)


def _wrap_cond(c: Cond) -> str:
    s = show_cond(c)
    return f"({s})" if isinstance(c, And | Or | Forall) else s


_SYMBOL = {"sum": "Σ", "prod": "Π", "max": "max", "min": "min"}


def show_sexpr(s: SExpr, prec: int = 0) -> str:
    match s:
        case Read(var=v, index=idx):
            inner = show_index(idx)
            return f"{v}[{inner}]" if inner else v
        case Lit(value=v, dtype=d):
            return f"{v!r}:{d}"
        case Op(op=op, args=args, dtype=d):
            infix = SCALAR_OPS[op].infix
            if infix is not None and len(args) == 2:
                text = f"{show_sexpr(args[0], 1)} {infix} {show_sexpr(args[1], 1)}"
                return f"({text})" if prec > 0 else text
            return f"{op}({', '.join(show_sexpr(a) for a in args)})"
        case Cast(arg=a, dtype=d):
            return f"{d}({show_sexpr(a)})"
        case Select(cond=c, then=t, other=o):
            return f"({show_sexpr(t)} if {show_cond(c)} else {show_sexpr(o)})"
        case Reduce(kind=k, binders=bs, body=body):
            sym = _SYMBOL[k]
            text = f"{sym}_{{{', '.join(show_binder(b) for b in bs)}}} {show_sexpr(body, 1)}"
            return f"({text})" if prec > 0 else text
        case _:
            assert_never(s)


# ---------------------------------------------------------------- terms back to source text

_BIN_SYMBOL = {
    "add": ("+", 11),
    "subtract": ("-", 11),
    "multiply": ("*", 12),
    "divide": ("/", 12),
    "floor_divide": ("//", 12),
    "remainder": ("%", 12),
    "matmul": ("@", 12),
    "power": ("**", 14),
    "less": ("<", 6),
    "less_equal": ("<=", 6),
    "greater": (">", 6),
    "greater_equal": (">=", 6),
    "equal": ("==", 6),
    "not_equal": ("!=", 6),
}


def show_term(t: Term, prec: int = 0) -> str:
    """Canonical Python source for a term; parsing it again gives an equal term."""
    match t:
        case Name(name=n) | Local(name=n):
            return n
        case Const(value=v):
            text = repr(v)
            return f"({text})" if prec > 13 and text.startswith("-") else text
        case Call(op=op, args=args, params=params):
            if op in _BIN_SYMBOL and len(args) == 2:
                sym, p = _BIN_SYMBOL[op]
                right_assoc = op == "power"
                left = show_term(args[0], p + 1 if right_assoc else p)
                right = show_term(args[1], p if right_assoc else p + 1)
                text = f"{left} {sym} {right}"
                return f"({text})" if p < prec or (p == 6 and prec == 6) else text
            if op == "negative":
                text = f"-{show_term(args[0], 13)}"
                return f"({text})" if prec > 13 else text
            if op == "T":
                return f"{show_term(args[0], 16)}.T"
            parts: list[str]
            if op == "concat":
                inner = ", ".join(show_term(a) for a in args)
                parts = [f"({inner},)" if len(args) == 1 else f"({inner})"]
            elif op == "einsum":
                parts = [repr(dict(params)["subscripts"]), *(show_term(a) for a in args)]
                params = ()
            else:
                parts = [show_term(a) for a in args]
            from semantics.ops.base import OPS

            defaults = {p.name: p.default for p in OPS[op].params}
            for pname, pvalue in params:
                default = defaults.get(pname)
                if default == pvalue and type(default) is type(pvalue):
                    continue
                parts.append(f"{pname}={_show_param(pvalue)}")
            return f"{op}({', '.join(parts)})"
        case Subscript(base=b, key=key):
            return f"{show_term(b, 16)}[{show_key(key)}]"
        case SumOver(array=a, index=i, elem=e, body=body):
            return f"sum_over({show_term(a)}, lambda {i}, {e}: {show_term(body)})"
        case _:
            assert_never(t)


def _show_param(v: ParamValue) -> str:
    if isinstance(v, DType):
        return v.value
    if isinstance(v, tuple):
        items = [str(x) if isinstance(x, int) else show_iexpr(x) for x in v]
        return f"({items[0]},)" if len(items) == 1 else f"({', '.join(items)})"
    return repr(v)


def show_key(key: Key) -> str:
    if isinstance(key, KName):
        return key.name
    parts: list[str] = []
    for k in key:
        match k:
            case KInt(value=v):
                parts.append(show_iexpr(v))
            case KSlice(start=a, stop=b, step=c):
                text = f"{'' if a is None else show_iexpr(a)}:{'' if b is None else show_iexpr(b)}"
                if c is not None:
                    text += f":{show_iexpr(c)}"
                parts.append(text)
            case KNewAxis():
                parts.append("None")
            case KEllipsis():
                parts.append("...")
            case KArray(array=a):
                parts.append(show_term(a))
            case _:
                assert_never(k)
    return ", ".join(parts) if parts else "()"
