"""The term parser: Python/NumPy expression syntax read with ``ast`` (never evaluated).

Every error names the offending text and its column. After parsing, the term is denoted once per
dtype assignment its declarations allow, so ill-typed and ill-shaped terms fail here, located.
"""

from __future__ import annotations

import ast
import difflib
import itertools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from semantics.decls import (
    MAX_DEPTH,
    ArrayDecl,
    Decl,
    IntDecl,
    KeyDecl,
    line_starts,
    node_offset,
    parse_decls,
    parse_source,
)
from semantics.dtypes import DType, parse_dtype
from semantics.errors import (
    DeclError,
    NeedsConcreteRank,
    ParseError,
    ShapeError,
    VersaError,
    show_snippet,
    show_text,
)
from semantics.ops.base import OPS, REQUIRED, ParamSpec
from semantics.scalar import (
    Cond,
    IConst,
    IExpr,
    IVar,
    cmp,
    iadd,
    ifloordiv,
    imod,
    imul,
    ineg,
    isub,
)
from semantics.terms import (
    Call,
    Const,
    KArray,
    KEllipsis,
    KeyItem,
    KInt,
    KName,
    KNewAxis,
    KSlice,
    Local,
    Name,
    ParamValue,
    Span,
    Subscript,
    SumOver,
    Term,
)

# Function names a term may call, beyond the op table's own names.
ALIASES = {
    "absolute": "abs",
    "concatenate": "concat",
    "true_divide": "divide",
    "pow": "power",
    "mod": "remainder",
    "amax": "max",
    "amin": "min",
}
_NOT_CALLABLE = {"T"}
METHODS = {"astype", "reshape", "sum", "prod", "max", "min"}
MODULES = {"np", "numpy", "xp"}

_BINOPS: dict[type[ast.operator], str] = {
    ast.Add: "add",
    ast.Sub: "subtract",
    ast.Mult: "multiply",
    ast.Div: "divide",
    ast.FloorDiv: "floor_divide",
    ast.Mod: "remainder",
    ast.Pow: "power",
    ast.MatMult: "matmul",
}
_PY_COMPARE: dict[str, Any] = {
    "less": lambda x, y: x < y,
    "less_equal": lambda x, y: x <= y,
    "greater": lambda x, y: x > y,
    "greater_equal": lambda x, y: x >= y,
    "equal": lambda x, y: x == y,
    "not_equal": lambda x, y: x != y,
}
_CMPOPS: dict[type[ast.cmpop], str] = {
    ast.Lt: "less",
    ast.LtE: "less_equal",
    ast.Gt: "greater",
    ast.GtE: "greater_equal",
    ast.Eq: "equal",
    ast.NotEq: "not_equal",
}

MAX_TERM_TEXT = 20_000


@dataclass
class _Scope:
    locals: set[str] = field(default_factory=set)
    indices: set[str] = field(default_factory=set)


class Parser:
    """Reads one term; ``text`` is kept to report errors by column.

    The tree was parsed from ``text[offset:]`` (leading blanks skipped), so spans add ``offset``.
    """

    def __init__(self, text: str, decls: Mapping[str, Decl], offset: int = 0) -> None:
        self.text = text
        self.offset = offset
        self.src = text[offset:]
        self._starts = line_starts(self.src)
        self._ascii = self.src.isascii()
        self.decls = dict(decls)
        self.dims = sorted(
            {
                v.name
                for d in decls.values()
                if isinstance(d, ArrayDecl) and d.dims is not None
                for v in _ivars(d.dims)
            }
        )

    # ---------------------------------------------------------------- errors
    def span(self, node: ast.AST) -> Span:
        """The node's (start, end) character offsets in ``text``."""
        if getattr(node, "lineno", None) is None:
            return None
        start = self.offset + node_offset(self.src, node, starts=self._starts, ascii=self._ascii)
        end = self.offset + node_offset(self.src, node, end=True, starts=self._starts, ascii=self._ascii)
        return (start, max(start, end))

    def error(self, message: str, node: ast.AST, quote: bool = True) -> ParseError:
        """A ``ParseError`` at ``node``, quoting its text unless the message already names it."""
        sp = self.span(node)
        if sp is None:
            return ParseError(message, self.text)
        if quote:
            message = f"{message}: {show_snippet(self.text[sp[0] : sp[1]])}"
        return ParseError(message, self.text, sp[0])

    # ---------------------------------------------------------------- arrays
    def array(self, node: ast.expr, scope: _Scope) -> Term:
        sp = self.span(node)
        match node:
            case ast.Name(id=name):
                return self._name(name, node, scope, sp)
            case ast.Constant(value=value):
                if isinstance(value, bool | int | float):
                    return Const(value, sp)
                raise self.error("unsupported literal", node)
            case ast.UnaryOp(op=op, operand=operand):
                inner = self.array(operand, scope)
                if isinstance(op, ast.USub):
                    if isinstance(inner, Const) and not isinstance(inner.value, bool):
                        return Const(-inner.value, sp)
                    return Call("negative", (inner,), (), sp)
                if isinstance(op, ast.UAdd):
                    return Call("positive", (inner,), (), sp)
                raise self.error("unsupported unary operator", node)
            case ast.BinOp(left=left, op=op, right=right):
                bname = _BINOPS.get(type(op))
                if bname is None:
                    raise self.error("unsupported operator", node)
                name = bname
                a, b = self.array(left, scope), self.array(right, scope)
                if isinstance(a, Const) and isinstance(b, Const) and name != "matmul":
                    return self._fold(name, a, b, node)
                if name == "power" and not (isinstance(b, Const) and type(b.value) is int):
                    raise self.error("the exponent of ** must be an integer literal (e.g. x ** 2)", right)
                return Call(name, (a, b), (), sp)
            case ast.Compare(left=left, ops=ops, comparators=comps):
                if len(ops) != 1:
                    raise self.error("chained comparisons are not supported", node)
                cname = _CMPOPS.get(type(ops[0]))
                if cname is None:
                    raise self.error("unsupported comparison", node)
                a, b = self.array(left, scope), self.array(comps[0], scope)
                if isinstance(a, Const) and isinstance(b, Const):
                    # Python compares two literals itself: the result is a weak bool, as folded
                    # literal arithmetic is a weak number
                    return Const(bool(_PY_COMPARE[cname](a.value, b.value)), sp)
                return Call(cname, (a, b), (), sp)
            case ast.Attribute(value=value, attr="T"):
                return Call("T", (self.array(value, scope),), (), sp)
            case ast.Call():
                return self._call(node, scope)
            case ast.Subscript(value=value, slice=key):
                return Subscript(self.array(value, scope), self._key(key, scope), sp)
            case _:
                raise self.error("unsupported syntax", node)

    def _name(self, name: str, node: ast.AST, scope: _Scope, sp: Span) -> Term:
        if name in scope.locals:
            return Local(name, sp)
        if name in scope.indices:
            raise self.error("a sum_over index is an int, not an array", node)
        decl = self.decls.get(name)
        if isinstance(decl, ArrayDecl):
            return Name(name, decl, sp)
        if isinstance(decl, IntDecl) or name in self.dims:
            raise self.error(
                f"an int is used as an array value; only arrays and literals are: name={name!r}",
                node,
                quote=False,
            )
        if isinstance(decl, KeyDecl):
            raise self.error(
                f"a key is only valid as a whole index, x[key]: name={name!r}", node, quote=False
            )
        raise self.error(
            f"undeclared name: name={name!r}{_did_you_mean(name, self.decls)}", node, quote=False
        )

    def _fold(self, name: str, a: Const, b: Const, node: ast.AST) -> Const:
        """Literal arithmetic is Python's (both operands are weak scalars)."""
        ops: dict[str, Any] = {
            "add": lambda x, y: x + y,
            "subtract": lambda x, y: x - y,
            "multiply": lambda x, y: x * y,
            "divide": lambda x, y: x / y,
            "floor_divide": lambda x, y: x // y,
            "remainder": lambda x, y: x % y,
            "power": lambda x, y: x**y,
        }
        x, y = a.value, b.value
        # An int power is judged by its size before Python computes it (10 ** 10 ** 10 would hang).
        huge = type(x) is int and type(y) is int and abs(x) > 1 and (abs(x).bit_length() - 1) * y >= 64
        if name == "power" and huge:
            raise self.error(f"literal arithmetic leaves the int64 range: base={x} exponent={y}", node)
        try:
            value = ops[name](x, y)
        except (ZeroDivisionError, OverflowError) as e:
            raise self.error(f"literal arithmetic fails ({e})", node) from None
        if isinstance(value, complex):
            raise self.error("literal arithmetic gives a complex number", node)
        if not isinstance(value, bool | int | float) or (isinstance(value, int) and abs(value) >= 2**63):
            raise self.error("literal arithmetic leaves the int64/float64 range", node)
        return Const(value, self.span(node))

    # ---------------------------------------------------------------- calls
    def _callee(self, func: ast.expr, scope: _Scope) -> tuple[str, Term | None]:
        """The op name and, for a method call, the receiver."""
        if isinstance(func, ast.Name):
            return func.id, None
        if isinstance(func, ast.Attribute):
            if (
                isinstance(func.value, ast.Name)
                and func.value.id in MODULES
                and (func.value.id not in self.decls)
            ):
                return func.attr, None
            if func.attr in METHODS:
                return func.attr, self.array(func.value, scope)
        raise self.error("unsupported callee", func)

    def _call(self, node: ast.Call, scope: _Scope) -> Term:
        fname, receiver = self._callee(node.func, scope)
        name = ALIASES.get(fname, fname)
        if name == "sum_over" and receiver is None:
            return self._sum_over(node, scope)
        via_transpose = name == "transpose"
        if via_transpose:
            name = "permute_dims" if len(node.args) + len(node.keywords) > 1 else "T"
        spec = OPS.get(name)
        if spec is None or (name in _NOT_CALLABLE and not via_transpose):
            known = [n for n in [*OPS, *ALIASES, "sum_over"] if n not in _NOT_CALLABLE]
            raise self.error(f"unknown op: op={fname!r}{_did_you_mean(fname, known)}", node.func, quote=False)
        args = list(node.args)
        for a in args:
            if isinstance(a, ast.Starred):
                raise self.error("*args are not supported", a)
        operands: list[Term] = [] if receiver is None else [receiver]
        params: dict[str, ParamValue] = {}
        if spec.operands == "variadic":
            if not args:
                raise self.error(f"{name} needs its subscripts first", node)
            params[spec.params[0].name] = self._param(spec.params[0], args.pop(0), scope)
            operands += [self.array(a, scope) for a in args]
            args = []
        elif spec.operands == "tuple":
            if receiver is None:
                if not args or not isinstance(args[0], ast.Tuple | ast.List):
                    raise self.error(f"{name} takes a tuple of arrays first", node)
                operands += [self.array(a, scope) for a in args.pop(0).elts]  # type: ignore[attr-defined]
        else:
            want = spec.operands - len(operands)
            if len(args) < want:
                raise self.error(f"{name} takes {spec.operands} array operand(s): given={len(args)}", node)
            operands += [self.array(a, scope) for a in args[:want]]
            args = args[want:]
        positional = [p for p in spec.params if p.positional and p.name not in params]
        if len(args) > len(positional):
            raise self.error(
                f"too many arguments for {name}: given={len(args) + len(operands)} "
                f"max={len(positional) + len(operands)}",
                args[len(positional)],
            )
        for p, a in zip(positional, args, strict=False):
            params[p.name] = self._param(p, a, scope)
        for kw in node.keywords:
            spec_p = next((p for p in spec.params if p.name == kw.arg), None)
            if spec_p is None:
                known = [p.name for p in spec.params]
                raise self.error(f"unknown keyword for {name}: keyword={kw.arg!r} known={known}", kw)
            if kw.arg in params:
                raise self.error(f"argument given twice: op={name} argument={kw.arg!r}", kw)
            params[spec_p.name] = self._param(spec_p, kw.value, scope)
        for p in spec.params:
            if p.name not in params:
                if p.default is REQUIRED:
                    raise self.error(f"{name} needs its {p.name!r} argument: missing={p.name!r}", node)
                params[p.name] = p.default  # type: ignore[assignment]
        ordered = tuple((p.name, params[p.name]) for p in spec.params)
        return Call(name, tuple(operands), ordered, self.span(node))

    def _sum_over(self, node: ast.Call, scope: _Scope) -> Term:
        if len(node.args) != 2 or node.keywords or not isinstance(node.args[1], ast.Lambda):
            raise self.error("sum_over(x, lambda k, xk: body) takes an array and a lambda", node)
        lam = node.args[1]
        names = [a.arg for a in lam.args.args]
        if len(names) != 2 or lam.args.vararg or lam.args.kwarg or lam.args.kwonlyargs:
            raise self.error(f"the sum_over lambda takes exactly (index, element): params={len(names)}", lam)
        index, elem = names
        if index == elem:
            raise self.error(f"the lambda's two parameters need different names: name={index!r}", lam)
        array = self.array(node.args[0], scope)
        inner = _Scope(scope.locals - {index} | {elem}, scope.indices - {elem} | {index})
        body = self.array(lam.body, inner)
        return SumOver(array, index, elem, body, self.span(node))

    # ---------------------------------------------------------------- static parameters
    def _param(self, spec: ParamSpec, node: ast.expr, scope: _Scope) -> ParamValue:
        match spec.kind:
            case "axis":
                if isinstance(node, ast.Constant) and node.value is None:
                    return None
                return self._int_literal(node, spec.name)
            case "axes" | "perm":
                if isinstance(node, ast.Constant) and node.value is None and spec.kind == "axes":
                    return None
                if isinstance(node, ast.Tuple | ast.List):
                    return tuple(self._int_literal(e, spec.name) for e in node.elts)
                if spec.kind == "perm":
                    raise self.error(f"{spec.name} must be a tuple of ints", node)
                return self._int_literal(node, spec.name)
            case "shape":
                if isinstance(node, ast.Tuple | ast.List):
                    return tuple(self.iexpr(e, scope) for e in node.elts)
                return (self.iexpr(node, scope),)
            case "dtype":
                return self._dtype(node)
            case "str":
                if isinstance(node, ast.Constant) and isinstance(node.value, str):
                    return node.value
                raise self.error("expected a string literal", node)
            case "bool":
                if isinstance(node, ast.Constant) and isinstance(node.value, bool):
                    return node.value
                raise self.error("expected True or False", node)
            case "int":
                return self._int_literal(node, spec.name)
        raise AssertionError(spec.kind)

    def _int_literal(self, node: ast.expr, what: str) -> int:
        """A static parameter: an int written in the term (``-1``, ``2 - 1``), never a variable."""
        message = f"{what} must be an integer literal"
        try:
            value = self.iexpr(node, _Scope())
        except ParseError:
            raise self.error(message, node) from None
        if not isinstance(value, IConst):
            raise self.error(message, node)
        return value.value

    def _dtype(self, node: ast.expr) -> DType:
        if isinstance(node, ast.Name):
            text = node.id
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            text = node.attr
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            text = node.value
        else:
            raise self.error("expected a dtype name such as f32", node)
        try:
            return parse_dtype(text)
        except DeclError:
            raise self.error(f"unknown dtype: dtype={text!r}", node, quote=False) from None

    # ---------------------------------------------------------------- ints
    def is_int(self, node: ast.expr, scope: _Scope) -> bool:
        """Whether an expression inside [...] is an int (not an index array)."""
        match node:
            case ast.Constant(value=v):
                return type(v) is int
            case ast.Name(id=n):
                return n in scope.indices or n in self.dims or isinstance(self.decls.get(n), IntDecl)
            case ast.UnaryOp(op=ast.USub() | ast.UAdd(), operand=o):
                return self.is_int(o, scope)
            case ast.BinOp(
                left=a, op=ast.Add() | ast.Sub() | ast.Mult() | ast.FloorDiv() | ast.Mod(), right=b
            ):
                return self.is_int(a, scope) and self.is_int(b, scope)
        return False

    def iexpr(self, node: ast.expr, scope: _Scope) -> IExpr:
        match node:
            case ast.Constant(value=v) if type(v) is int:
                return IConst(v)
            case ast.Name(id=n):
                if n in scope.indices or n in self.dims or isinstance(self.decls.get(n), IntDecl):
                    return IVar(n)
                raise self.error(
                    f"not an int name (declare it as 'int' or use a dim): name={n!r}", node, quote=False
                )
            case ast.UnaryOp(op=ast.USub(), operand=o):
                return ineg(self.iexpr(o, scope))
            case ast.UnaryOp(op=ast.UAdd(), operand=o):
                return self.iexpr(o, scope)
            case ast.BinOp(left=a, op=op, right=b):
                x, y = self.iexpr(a, scope), self.iexpr(b, scope)
                if isinstance(op, ast.Add):
                    return iadd(x, y)
                if isinstance(op, ast.Sub):
                    return isub(x, y)
                if isinstance(op, ast.Mult):
                    return imul(x, y)
                if isinstance(op, ast.FloorDiv | ast.Mod):
                    if y == IConst(0):
                        raise self.error("integer division by zero", node)
                    if not isinstance(y, IConst):
                        raise self.error("only division by an integer literal", node)
                    return ifloordiv(x, y) if isinstance(op, ast.FloorDiv) else imod(x, y)
        raise self.error("expected an int expression", node)

    # ---------------------------------------------------------------- keys
    def _key(self, node: ast.expr, scope: _Scope) -> tuple[KeyItem, ...] | KName:
        if isinstance(node, ast.Name) and isinstance(self.decls.get(node.id), KeyDecl):
            return KName(node.id)
        elts = node.elts if isinstance(node, ast.Tuple) else [node]
        return tuple(self._key_item(e, scope) for e in elts)

    def _key_item(self, node: ast.expr, scope: _Scope) -> KeyItem:
        if isinstance(node, ast.Slice):
            parts = (node.lower, node.upper, node.step)
            return KSlice(*(None if p is None else self._slice_bound(p, scope) for p in parts))
        if isinstance(node, ast.Constant) and node.value is None:
            return KNewAxis()
        if isinstance(node, ast.Constant) and node.value is Ellipsis:
            return KEllipsis()
        if isinstance(node, ast.Name) and isinstance(self.decls.get(node.id), KeyDecl):
            raise self.error(
                f"a key variable must be the whole key, x[key]: name={node.id!r}", node, quote=False
            )
        if self.is_int(node, scope):
            return KInt(self.iexpr(node, scope))
        if isinstance(node, ast.Constant):
            raise self.error("indices must be ints, slices, None, ... or int arrays", node)
        return KArray(self.array(node, scope))

    def _slice_bound(self, node: ast.expr, scope: _Scope) -> IExpr | None:
        if isinstance(node, ast.Constant) and node.value is None:
            return None
        return self.iexpr(node, scope)


def _ivars(dims: tuple[IExpr, ...]) -> set[IVar]:
    from semantics.scalar import ivar_names

    return {IVar(n) for n in ivar_names(dims)}


def parse_term(text: str, decls: Mapping[str, str | Decl] | None = None) -> Term:
    """Parse ``text`` against ``decls`` (name -> ``"f64[m, n]"``/``"int"``/``"key"``) and check it.

    Raises a ``VersaError`` naming the offending text and column when the text does not parse,
    names an undeclared variable or unknown op, or is ill-typed/ill-shaped for every dtype choice.
    Nesting is capped (``MAX_DEPTH``) so no input reaches Python's recursion limit downstream.
    """
    ds = parse_decls(dict(decls or {}))
    body, lead = parse_source(text, "term", MAX_TERM_TEXT, MAX_DEPTH)
    parser = Parser(text, ds, lead)
    try:
        term = parser.array(body, _Scope())
        check_term(term, text)
    except RecursionError:  # a guard: the depth cap should make this unreachable
        raise ParseError(f"term is nested too deeply: limit={MAX_DEPTH}", text, 0) from None
    return term


def _did_you_mean(name: str, known: Iterable[str]) -> str:
    close = difflib.get_close_matches(name, sorted(known), n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


def check_term(term: Term, text: str = "") -> None:
    """Denote ``term`` under its dtype choices; it must be well-typed and shaped for one."""
    from semantics.denote import declared_arrays, typings
    from semantics.ops.base import Ctx
    from semantics.scalar import FALSE

    decls = declared_arrays(term)
    first: VersaError | None = None
    never: Ctx | None = None
    for dtypes in itertools.islice(typings(decls), 256):
        for shapes in _shape_choices(decls):
            ctx = Ctx(dtypes, shapes)
            try:
                den = _denote(term, ctx)
            except NeedsConcreteRank:
                continue
            except VersaError as e:
                first = first or e
                continue
            if den.wf == FALSE:
                never = never or ctx
                continue
            return
    if first is None and never is not None:
        first = _never_well_formed(term, never)
    if first is None:
        return
    raise located(first, text)


def _never_well_formed(term: Term, ctx: Any) -> ShapeError:
    """A term whose well-formedness is plainly false (``x[::0]``), located at the smallest
    subterm that already is; NumPy raises for every size, so it is an error, not a rule."""
    from semantics.scalar import FALSE
    from semantics.terms import subterms

    order: list[Term] = []  # post-order, without recursion
    stack: list[tuple[Term, bool]] = [(term, False)]
    while stack:
        t, children_done = stack.pop()
        if children_done:
            order.append(t)
            continue
        stack.append((t, True))
        stack.extend((c, False) for c in reversed(subterms(t)))
    span = term.span
    for t in order:
        try:
            den = _denote(t, ctx)
        except (VersaError, KeyError):  # e.g. a sum_over body outside its binder
            continue
        if den.wf == FALSE:
            span = t.span
            break
    e = ShapeError("ill-shaped for every size: its well-formedness condition is false")
    e.span = span  # type: ignore[attr-defined]
    return e


def _shape_choices(decls: Mapping[str, ArrayDecl]) -> list[dict[str, Any]]:
    """Symbolic shapes first; then any-rank arrays at concrete ranks 0..3 if an op needs them."""
    from semantics.denote import symbolic_shapes

    base = symbolic_shapes(decls)
    any_rank = [n for n, d in decls.items() if d.dims is None]
    out: list[dict[str, Any]] = [base]
    for ranks in itertools.product(range(4), repeat=len(any_rank)):
        shapes = dict(base)
        for n, r in zip(any_rank, ranks, strict=True):
            shapes[n] = tuple(IVar(f"{n}.shape[{j}]") for j in range(r))
        out.append(shapes)
        if len(out) > 64:
            break
    return out


def _denote(term: Term, ctx: Any) -> Any:
    from semantics.denote import denote

    return denote(term, ctx)


def located(e: VersaError, text: str) -> VersaError:
    """The same error with the offending subterm, the text and the column appended.

    Denotation errors carry the span of the innermost term they were raised for; an error with no
    span is placed at the start of the term (it concerns the whole term).
    """
    if not text or isinstance(e, ParseError):
        return e
    span = getattr(e, "span", None) or (0, len(text))
    start, end = span
    new = type(e)(f"{e}: {show_snippet(text[start:end])} {show_text(text, start)}")
    new.span = span  # type: ignore[attr-defined]
    return new


_CMP_COND = {ast.Lt: "<", ast.LtE: "<=", ast.Eq: "==", ast.NotEq: "!="}


def parse_condition(text: str, decls: Mapping[str, str | Decl] | None = None) -> Cond:
    """A ``where`` precondition over dims and int variables: comparisons (chains allowed),
    ``and``, ``or``, ``not``."""
    ds = parse_decls(dict(decls or {}))
    body, lead = parse_source(text, "condition", MAX_TERM_TEXT, MAX_DEPTH)
    return _condition(Parser(text, ds, lead), body)


def _condition(p: Parser, node: ast.expr) -> Cond:
    from semantics.scalar import conj, disj, lt, neg

    match node:
        case ast.BoolOp(op=ast.And(), values=vs):
            return conj(*(_condition(p, v) for v in vs))
        case ast.BoolOp(op=ast.Or(), values=vs):
            return disj(*(_condition(p, v) for v in vs))
        case ast.UnaryOp(op=ast.Not(), operand=o):
            return neg(_condition(p, o))
        case ast.Compare(left=left, ops=ops, comparators=comps):
            items: list[Cond] = []
            a = p.iexpr(left, _Scope())
            for op, right in zip(ops, comps, strict=True):
                b = p.iexpr(right, _Scope())
                if isinstance(op, ast.Gt):
                    items.append(lt(b, a))
                elif isinstance(op, ast.GtE):
                    items.append(cmp("<=", b, a))
                elif type(op) in _CMP_COND:
                    items.append(cmp(_CMP_COND[type(op)], a, b))  # type: ignore[arg-type]
                else:
                    raise p.error("unsupported comparison in a condition (< <= > >= == !=)", node)
                a = b
            return conj(*items)
        case ast.Constant(value=bool() as v):
            from semantics.scalar import BConst

            return BConst(v)
    raise p.error("a condition compares int expressions (e.g. 'n >= 1', '0 <= i < n')", node)
