"""Variable declarations: ``"f64[m, n]"``, ``"float[*]"``, ``"int"``, ``"key"``.

A declaration gives an array's dtype (or a family of dtypes) and its shape as symbolic dims, or
declares a Python int (an index that may be negative) or an abstract basic index key.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from typing import TypeAlias

from semantics.dtypes import DType, parse_dtype_set
from semantics.errors import DeclError, ParseError
from semantics.scalar import IConst, IExpr, IVar, iadd, ifloordiv, imul, isub


@dataclass(frozen=True)
class ArrayDecl:
    """An array: the dtypes it may have and its dims (``None``: any rank)."""

    dtypes: tuple[DType, ...]
    dims: tuple[IExpr, ...] | None
    text: str = ""

    @property
    def any_rank(self) -> bool:
        return self.dims is None


@dataclass(frozen=True)
class IntDecl:
    """A Python int, used as an index or a slice bound; it may be negative."""


@dataclass(frozen=True)
class KeyDecl:
    """Any basic index key (ints, slices, None, Ellipsis), kept abstract."""


Decl: TypeAlias = ArrayDecl | IntDecl | KeyDecl

_ARRAY = re.compile(r"^\s*([A-Za-z_][A-Za-z0-9_]*)\s*\[(.*)\]\s*$", re.S)
_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def parse_decl(text: str) -> Decl:
    """Parse one declaration string; errors name the offending text."""
    stripped = text.strip()
    if stripped == "int":
        return IntDecl()
    if stripped == "key":
        return KeyDecl()
    m = _ARRAY.match(stripped)
    if not m:
        raise DeclError("a declaration is DTYPE[dims], 'int' or 'key' (e.g. 'f64[m, n]', 'float[*]')", text)
    try:
        dtypes = parse_dtype_set(m.group(1))
    except DeclError as e:
        raise DeclError(str(e), text) from None
    inner = m.group(2).strip()
    if inner == "*":
        return ArrayDecl(dtypes, None, stripped)
    if not inner:
        return ArrayDecl(dtypes, (), stripped)
    parts = [p.strip() for p in inner.split(",")]
    if parts and parts[-1] == "":
        parts.pop()
    dims: list[IExpr] = []
    for part in parts:
        if not part:
            raise DeclError("empty dim in declaration", text)
        if part == "*":
            raise DeclError("'*' stands alone: it means any rank", text)
        dims.append(parse_dim(part, text))
    return ArrayDecl(dtypes, tuple(dims), stripped)


def parse_dim(part: str, context: str = "") -> IExpr:
    """A dim: a non-negative int, a name, or ``+ - * //`` of those (``2*n``, ``n+1``)."""
    try:
        node = ast.parse(part, mode="eval").body
    except SyntaxError:
        raise DeclError("dim does not parse", context or part) from None
    try:
        return dim_expr(node)
    except ParseError as e:
        raise DeclError(str(e), context or part) from None


def dim_expr(node: ast.expr) -> IExpr:
    if isinstance(node, ast.Constant) and type(node.value) is int:
        if node.value < 0:
            raise ParseError(f"a dim is never negative: dim={node.value}")
        return IConst(node.value)
    if isinstance(node, ast.Name):
        return IVar(node.id)
    if isinstance(node, ast.BinOp):
        a, b = dim_expr(node.left), dim_expr(node.right)
        if isinstance(node.op, ast.Add):
            return iadd(a, b)
        if isinstance(node.op, ast.Sub):
            return isub(a, b)
        if isinstance(node.op, ast.Mult):
            return imul(a, b)
        if isinstance(node.op, ast.FloorDiv):
            return ifloordiv(a, b)
    raise ParseError(f"unsupported dim expression: dim={ast.unparse(node)!r}")


def parse_decls(decls: dict[str, str | Decl] | None) -> dict[str, Decl]:
    """Declarations from strings (or already parsed), checked for well-formed names."""
    out: dict[str, Decl] = {}
    for name, d in sorted((decls or {}).items()):
        if not _IDENT.match(name):
            raise DeclError(f"not a variable name: name={name!r}", name)
        out[name] = parse_decl(d) if isinstance(d, str) else d
    return out


def show_decl(d: Decl) -> str:
    from semantics.printing import show_iexpr

    match d:
        case IntDecl():
            return "int"
        case KeyDecl():
            return "key"
        case ArrayDecl(dtypes=dtypes, dims=dims):
            from semantics.dtypes import FAMILIES

            fam = next((k for k, v in FAMILIES.items() if v == dtypes), None)
            dt = fam if fam is not None and len(dtypes) > 1 else dtypes[0].value
            inner = "*" if dims is None else ", ".join(show_iexpr(x) for x in dims)
            return f"{dt}[{inner}]"
