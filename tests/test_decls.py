"""Declarations: the accepted forms, and one located ``DeclError`` per way of getting one wrong."""

from __future__ import annotations

import pytest

from semantics import ArrayDecl, DeclError, IntDecl, KeyDecl, parse_decl, parse_decls
from semantics.decls import show_decl
from semantics.dtypes import FAMILIES, DType
from semantics.scalar import IConst, IVar, iadd, ifloordiv, imul


def test_forms() -> None:
    n, m = IVar("n"), IVar("m")
    assert parse_decl("f64[m, n]") == ArrayDecl((DType.F64,), (m, n))
    assert parse_decl("float[*]") == ArrayDecl(FAMILIES["float"], None)
    assert parse_decl("f64[]") == ArrayDecl((DType.F64,), ())
    assert parse_decl("i32[2*n, n+1, n//2, 3]") == ArrayDecl(
        (DType.I32,), (imul(IConst(2), n), iadd(n, IConst(1)), ifloordiv(n, IConst(2)), IConst(3))
    )
    assert parse_decl("float32[n]") == ArrayDecl((DType.F32,), (n,))
    assert parse_decl(" f64 [ n , m , ] ") == ArrayDecl((DType.F64,), (n, m))  # a trailing comma
    assert parse_decl("int") == IntDecl()
    assert parse_decl(" key ") == KeyDecl()
    assert parse_decl("int[n]") == ArrayDecl(FAMILIES["int"], (n,))  # the family, not a Python int


@pytest.mark.parametrize(
    "text", ["f64[m, n]", "float[*]", "f64[]", "num[2 * n, n + 1, n // 2, 3]", "bool[n]", "int", "key"]
)
def test_show_decl_parses_back(text: str) -> None:
    d = parse_decl(text)
    assert show_decl(d) == text
    assert parse_decl(show_decl(d)) == d


DECL_ERRORS: list[tuple[str, tuple[str, ...], int]] = [
    ("f64[m,", ("unclosed '['",), 7),
    ("f64[m", ("unclosed '['",), 6),
    ("f99[n]", ("unknown dtype or family: name='f99'",), 1),
    ("F64[n]", ("unknown dtype or family: name='F64'",), 1),
    ("f64[-1]", ("a dim is never negative: dim=-1",), 5),
    ("f64[n, -2]", ("a dim is never negative: dim=-2",), 8),
    ("f64[n, *]", ("'*' stands alone: it means any rank",), 8),
    ("float", ("needs dims after the dtype", "'float[*]'", "'float[]'"), 6),
    ("f64", ("needs dims after the dtype",), 4),
    ("", ("empty declaration",), 1),
    ("   ", ("empty declaration",), 1),
    ("f64[m,,n]", ("empty dim",), 7),
    ("f64[n]]", ("unexpected text after ']'",), 7),
    ("f64[n] x", ("unexpected text after ']'",), 7),
    ("f64(n)", ("expected '[' after the dtype",), 4),
    ("[n]", ("starts with a dtype or family name",), 1),
    ("f64[n % 2]", ("unsupported dim expression", "dim='n % 2'"), 5),
    ("f64[1.5]", ("unsupported dim expression", "dim='1.5'"), 5),
    ("f64[m, x.y]", ("unsupported dim expression", "dim='x.y'"), 8),
    ("f64[n // 0]", ("a dim divides by zero",), 5),
    ("f64[n;m]", ("invalid syntax",), 6),
    ("f64[n +]", ("invalid syntax: the dim ends early",), 8),
    ("f64[99999999999999999999]", ("a dim must fit in int64", "dim=99999999999999999999"), 5),
    ("f64[" + "+".join(["n"] * 300) + "]", ("nested too deeply",), 5),
    ("f64[" + "n, " * 400 + "n]", ("declaration is too long", "limit=1000"), 1001),
]


@pytest.mark.parametrize(("text", "pieces", "col"), DECL_ERRORS, ids=[d[0][:30] for d in DECL_ERRORS])
def test_decl_error(text: str, pieces: tuple[str, ...], col: int) -> None:
    with pytest.raises(DeclError) as info:
        parse_decl(text)
    message = str(info.value)
    for piece in pieces:
        assert piece in message, (piece, message)
    assert f"col={col}" in message, message
    assert "text=" in message and "\n" not in message and len(message) < 400


@pytest.mark.parametrize(
    ("decls", "pieces"),
    [
        ({"1x": "f64[n]"}, ("not a variable name: name='1x'",)),
        ({"x y": "int"}, ("not a variable name: name='x y'",)),
        ({"": "int"}, ("not a variable name: name=''",)),
        ({"lambda": "int"}, ("not a variable name: name='lambda'",)),
        ({"None": "int"}, ("not a variable name: name='None'",)),
        ({"é": "int"}, ("not a variable name: name='é'",)),
        ({"x": 3}, ("a declaration is a string: name='x' value=3",)),
        ({"x": "f64[n,"}, ("unclosed '['", "name='x'", "col=7")),
        ({"n": "f64[n]"}, ("both a dim and an array or key: names=['n']",)),
        ({"x": "f64[k]", "k": "key"}, ("both a dim and an array or key: names=['k']",)),
    ],
)
def test_decls_error(decls: dict[str, object], pieces: tuple[str, ...]) -> None:
    with pytest.raises(DeclError) as info:
        parse_decls(decls)  # type: ignore[arg-type]
    for piece in pieces:
        assert piece in str(info.value), (piece, str(info.value))


def test_decls_accept_parsed_and_int_dims() -> None:
    out = parse_decls({"x": "f64[n]", "n": "int", "k": KeyDecl(), "A": ArrayDecl((DType.F32,), None)})
    assert out == {
        "A": ArrayDecl((DType.F32,), None),
        "k": KeyDecl(),
        "n": IntDecl(),
        "x": ArrayDecl((DType.F64,), (IVar("n"),)),
    }
