"""Variable declarations: ``"f64[m, n]"``, ``"float[*]"``, ``"int"``, ``"key"``.

A declaration gives an array's dtype (or a family of dtypes) and its shape as symbolic dims, or
declares a Python int (an index that may be negative) or an abstract basic index key.
"""

from __future__ import annotations

import ast
import keyword
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TypeAlias

from semantics.dtypes import DType, parse_dtype_set
from semantics.errors import DeclError, ParseError
from semantics.scalar import IConst, IExpr, IVar, iadd, ifloordiv, imul, isub, ivar_names


@dataclass(frozen=True)
class ArrayDecl:
    """An array: the dtypes it may have and its dims (``None``: any rank).

    ``text`` is how it was written, for messages; two spellings of one declaration are equal.
    """

    dtypes: tuple[DType, ...]
    dims: tuple[IExpr, ...] | None
    text: str = field(default="", compare=False)

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

_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_FORMS = "write DTYPE[dims] (e.g. 'f64[m, n]', 'float[*]' for any rank, 'f64[]' for 0-d), 'int' or 'key'"

# Limits that keep every input, however large, a located error rather than a RecursionError.
MAX_DEPTH = 100
MAX_DECL_TEXT = 1_000
MAX_DIM = 2**63 - 1
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_NEWLINE = re.compile(r"\r\n|\r|\n")


def parse_source(
    text: str, what: str = "term", max_len: int = 20_000, max_depth: int = MAX_DEPTH
) -> tuple[ast.expr, int]:
    """``text`` as one Python expression and the offset of its first character in ``text``.

    The one place versa calls ``ast.parse``: every failure (syntax, too long, too deeply nested
    for Python's parser or for versa's recursive walks) is a ``ParseError`` with a column.
    """
    if len(text) > max_len:
        raise ParseError(f"{what} is too long: length={len(text)} limit={max_len}", text, max_len)
    src = text.strip()
    lead = len(text) - len(text.lstrip())
    if not src:
        raise ParseError(f"empty {what}", text, 0)
    bad = _CONTROL.search(text)
    if bad:
        raise ParseError(f"{what} contains a control character: char={bad.group(0)!r}", text, bad.start())
    try:
        tree = ast.parse(src, mode="eval")
    except SyntaxError as e:
        raise ParseError(_syntax_message(e, what), text, lead + _syntax_offset(src, e)) from None
    except (RecursionError, MemoryError):
        raise ParseError(
            f"{what} is nested too deeply for Python's parser: limit={max_depth}", text, 0
        ) from None
    except ValueError as e:  # e.g. a NUL byte on some Python versions
        raise ParseError(f"{what} does not parse ({e})", text, 0) from None
    deep = _too_deep(tree.body, max_depth)
    if deep is not None:
        node, depth = deep
        col = lead + node_offset(src, node)
        raise ParseError(f"{what} is nested too deeply: depth>{depth - 1} limit={max_depth}", text, col)
    return tree.body, lead


def _syntax_message(e: SyntaxError, what: str) -> str:
    if not e.offset:
        return f"invalid syntax: the {what} ends early"
    if e.msg == "invalid syntax":
        return "invalid syntax"
    return f"invalid syntax ({e.msg})"


def _syntax_offset(src: str, e: SyntaxError) -> int:
    """0-based character offset of a ``SyntaxError`` in ``src`` (its end when Python says 0)."""
    if not e.offset or not e.lineno:
        return len(src)
    starts = line_starts(src)
    line = min(max(e.lineno, 1), len(starts)) - 1
    return min(starts[line] + e.offset - 1, len(src))


def _too_deep(root: ast.AST, limit: int) -> tuple[ast.AST, int] | None:
    """The leftmost expression nested more than ``limit`` deep, found without recursion."""
    stack: list[tuple[ast.AST, int]] = [(root, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > limit:
            return node, depth
        children = list(ast.iter_child_nodes(node))
        stack.extend((c, depth + 1 if isinstance(c, ast.expr) else depth) for c in reversed(children))
    return None


def line_starts(src: str) -> list[int]:
    """The offset where each line of ``src`` starts, then ``len(src)``; lines end where Python's
    tokenizer ends them (``\\n``, ``\\r\\n``, ``\\r``), not at every ``str.splitlines`` break."""
    out = [0, *(m.end() for m in _NEWLINE.finditer(src))]
    if out[-1] != len(src):
        out.append(len(src))
    return out


def node_offset(
    src: str, node: ast.AST, end: bool = False, starts: list[int] | None = None, ascii: bool | None = None
) -> int:
    """A node's 0-based character offset in ``src`` (``ast`` counts UTF-8 bytes within a line).

    ``starts`` (``line_starts(src)``) and ``ascii`` (``src.isascii()``) are for callers that
    locate many nodes of one text.
    """
    starts = starts if starts is not None else line_starts(src)
    lineno: int = getattr(node, "end_lineno" if end else "lineno", None) or getattr(node, "lineno", 1) or 1
    col: int = getattr(node, "end_col_offset" if end else "col_offset", None) or 0
    line = min(max(lineno, 1), len(starts) - 1) if len(starts) > 1 else 1
    first = starts[line - 1]
    if ascii if ascii is not None else src.isascii():
        return first + col
    text = src[first : starts[line]] if line < len(starts) else src[first:]
    return first + len(text.encode()[:col].decode(errors="ignore"))


def parse_decl(text: str) -> Decl:
    """Parse one declaration string; errors name the offending text and column."""
    stripped = text.strip()
    lead = len(text) - len(text.lstrip())
    if stripped == "int":
        return IntDecl()
    if stripped == "key":
        return KeyDecl()
    if not stripped:
        raise DeclError(f"empty declaration; {_FORMS}", text, 0)
    if len(text) > MAX_DECL_TEXT:
        raise DeclError(
            f"declaration is too long: length={len(text)} limit={MAX_DECL_TEXT}", text, MAX_DECL_TEXT
        )
    word = _WORD.match(stripped)
    if word is None:
        raise DeclError(f"a declaration starts with a dtype or family name; {_FORMS}", text, lead)
    try:
        dtypes = parse_dtype_set(word.group(0))
    except DeclError as e:
        raise DeclError(str(e), text, lead) from None
    at = lead + word.end()
    while at < len(text) and text[at].isspace():
        at += 1
    if at == len(text):
        w = word.group(0)
        raise DeclError(
            f"a declaration needs dims after the dtype: write '{w}[*]' for any rank, '{w}[]' for 0-d",
            text,
            at,
        )
    if text[at] != "[":
        raise DeclError(f"expected '[' after the dtype; {_FORMS}", text, at)
    close = text.find("]", at)
    if close == -1:
        raise DeclError("unclosed '[': the dims end with ']'", text, len(text.rstrip()))
    if text[close + 1 :].strip():
        raise DeclError("unexpected text after ']'", text, close + 1)
    inner = text[at + 1 : close]
    if inner.strip() == "*":
        return ArrayDecl(dtypes, None, stripped)
    if not inner.strip():
        return ArrayDecl(dtypes, (), stripped)
    dims: list[IExpr] = []
    offset = at + 1
    parts = inner.split(",")
    if len(parts) > 1 and not parts[-1].strip():
        parts.pop()  # a trailing comma, as in a Python tuple
    for part in parts:
        col = offset + len(part) - len(part.lstrip())
        if not part.strip():
            raise DeclError("empty dim in declaration", text, col)
        if part.strip() == "*":
            raise DeclError("'*' stands alone: it means any rank", text, col)
        dims.append(parse_dim(part, text, offset))
        offset += len(part) + 1
    return ArrayDecl(dtypes, tuple(dims), stripped)


def parse_dim(part: str, context: str = "", offset: int = 0) -> IExpr:
    """A dim: a non-negative int, a name, or ``+ - * //`` of those (``2*n``, ``n+1``).

    ``part`` sits at ``offset`` in ``context`` (the whole declaration), which errors quote.
    """
    text = context or part
    try:
        node, lead = parse_source(part, "dim", max_len=MAX_DECL_TEXT)
    except ParseError as e:
        col = None if e.col is None else offset + e.col
        raise DeclError(e.message, text, col) from None
    src = part.strip()
    try:
        return dim_expr(node)
    except _DimError as e:
        raise DeclError(e.message, text, offset + lead + node_offset(src, e.node)) from None


class _DimError(Exception):
    def __init__(self, message: str, node: ast.AST) -> None:
        super().__init__(message)
        self.message = message
        self.node = node


def dim_expr(node: ast.expr) -> IExpr:
    """The int expression of a dim's syntax tree (raises ``_DimError`` naming the bad node)."""
    match node:
        case ast.Constant(value=int() as v) if type(v) is int:
            if v > MAX_DIM:
                raise _DimError(f"a dim must fit in int64: dim={v}", node)
            return IConst(v)
        case ast.UnaryOp(op=ast.USub(), operand=ast.Constant(value=int() as v)) if type(v) is int:
            raise _DimError(f"a dim is never negative: dim={-v}", node)
        case ast.Name(id=name):
            return IVar(name)
        case ast.BinOp(left=left, op=op, right=right) if isinstance(
            op, ast.Add | ast.Sub | ast.Mult | ast.FloorDiv
        ):
            a, b = dim_expr(left), dim_expr(right)
            if isinstance(op, ast.FloorDiv):
                if b == IConst(0):
                    raise _DimError("a dim divides by zero", node)
                return ifloordiv(a, b)
            return {ast.Add: iadd, ast.Sub: isub, ast.Mult: imul}[type(op)](a, b)
    raise _DimError(f"unsupported dim expression (ints, names, + - * //): dim={ast.unparse(node)!r}", node)


def parse_decls(decls: Mapping[str, str | Decl] | None) -> dict[str, Decl]:
    """Declarations from strings (or already parsed), checked for well-formed names.

    A dim name may not also name an array or a key: ``x[n]`` would be ambiguous.
    """
    out: dict[str, Decl] = {}
    for name, d in sorted((decls or {}).items()):
        if not isinstance(name, str) or not _IDENT.match(name) or keyword.iskeyword(name):
            raise DeclError(f"not a variable name: name={name!r}", str(name), 0)
        if isinstance(d, str):
            try:
                out[name] = parse_decl(d)
            except DeclError as e:
                raise DeclError(f"{e.message}: name={name!r}", e.text, e.col) from None
        elif isinstance(d, ArrayDecl | IntDecl | KeyDecl):
            out[name] = d
        else:
            raise DeclError(f"a declaration is a string: name={name!r} value={d!r}")
    dims = {n for d in out.values() if isinstance(d, ArrayDecl) for n in ivar_names(d.dims or ())}
    clash = sorted(n for n in dims if isinstance(out.get(n), ArrayDecl | KeyDecl))
    if clash:
        raise DeclError(f"a name is both a dim and an array or key: names={clash}")
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
