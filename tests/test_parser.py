"""The term parser: every bad term is one located ``VersaError``; good terms print and parse back.

Each error case names the error class, pieces its message must contain (the ``name=value`` facts),
and the 1-based column it must point at. Columns are character offsets into the text as given.
"""

from __future__ import annotations

import time

import pytest

from semantics import (
    DTypeError,
    ParseError,
    ShapeError,
    UnsupportedError,
    VersaError,
    parse_term,
)
from semantics.decls import MAX_DEPTH
from semantics.parser import MAX_TERM_TEXT, parse_condition
from semantics.printing import show_term
from semantics.scalar import BConst, Cmp, IConst, IVar

DECLS: dict[str, str] = {
    "x": "f64[n]",
    "y": "f64[n]",
    "c": "f64[]",
    "A": "f64[m, k]",
    "B": "f64[k, p]",
    "T3": "f64[m, k, p]",
    "u": "f64[2]",
    "v": "f64[3]",
    "M": "f64[2, 3]",
    "b": "bool[n]",
    "s": "i8[]",
    "f": "f64[q]",
    "idx": "i64[q]",
    "i": "int",
    "j": "int",
    "key": "key",
    "z": "float[*]",
}


def raises(text: str, decls: dict[str, str] | None = None) -> VersaError:
    with pytest.raises(VersaError) as info:
        parse_term(text, DECLS if decls is None else decls)
    return info.value


def check_message(e: VersaError, cls: type[VersaError], pieces: tuple[str, ...], col: int) -> None:
    message = str(e)
    assert type(e) is cls, message
    for piece in pieces:
        assert piece in message, (piece, message)
    assert f"col={col}" in message, message
    assert "\n" not in message


ERRORS: list[tuple[str, type[VersaError], tuple[str, ...], int]] = [
    # syntax: the column is where Python's parser stops (the end when the text ends early)
    ("x +", ParseError, ("invalid syntax: the term ends early", "text='x +'"), 4),
    ("abs(x,, y)", ParseError, ("invalid syntax",), 7),
    ("(x", ParseError, ("'(' was never closed",), 1),
    ("x)", ParseError, ("unmatched ')'",), 2),
    ("x $ y", ParseError, ("invalid syntax",), 3),
    ("x\n+ y", ParseError, ("invalid syntax", r"text='x\n+ y'"), 3),
    ("", ParseError, ("empty term", "text=''"), 1),
    ("   ", ParseError, ("empty term",), 1),
    ("x\x00", ParseError, ("control character", r"char='\x00'"), 2),
    # unsupported syntax
    ("x if b else y", ParseError, ("unsupported syntax",), 1),
    ("x & y", ParseError, ("unsupported operator",), 1),
    ("x.shape", ParseError, ("unsupported syntax", "'x.shape'"), 1),
    ("x + 'a'", ParseError, ("unsupported literal", "\"'a'\""), 5),
    ("x + 1j", ParseError, ("unsupported literal",), 5),
    # unknown op (columns count from the first non-blank too: leading blanks are kept)
    ("foo(x)", ParseError, ("unknown op: op='foo'",), 1),
    ("x + np.sqr(x)", ParseError, ("unknown op: op='sqr'", "did you mean 'sqrt'"), 5),
    ("  frob(x)", ParseError, ("unknown op: op='frob'", "text='  frob(x)'"), 3),
    ("T(A)", ParseError, ("unknown op: op='T'",), 1),
    # columns are character offsets into the whole text, across lines
    ("(x +\n  frob(x))", ParseError, ("op='frob'",), 8),
    ("(x +\r\n  frob(x))", ParseError, ("op='frob'",), 9),
    ('einsum("i\u2028", x) + frob(x)', ParseError, ("op='frob'",), 19),  # not a line break to Python
    # undeclared name
    ("abs(w)", ParseError, ("undeclared name: name='w'", "text='abs(w)'"), 5),
    ("x + xs", ParseError, ("undeclared name: name='xs'", "did you mean 'x'"), 5),
    # an int (declared int, a dim, a sum_over index) used as an array
    ("x + i", ParseError, ("int is used as an array value", "name='i'"), 5),
    ("x * n", ParseError, ("int is used as an array value", "name='n'"), 5),
    ("sum_over(x, lambda k, e: k)", ParseError, ("a sum_over index is an int", "'k'"), 26),
    # key misuse
    ("x[key, 0]", ParseError, ("a key variable must be the whole key", "name='key'"), 3),
    ("x + key", ParseError, ("a key is only valid as a whole index", "name='key'"), 5),
    ("key", ParseError, ("a key is only valid as a whole index",), 1),
    # the exponent of ** is an integer literal
    ("x ** y", ParseError, ("exponent of ** must be an integer literal", "'y'"), 6),
    ("x ** 1.5", ParseError, ("exponent of ** must be an integer literal", "'1.5'"), 6),
    ("x + 10 ** 10 ** 10", ParseError, ("int64 range", "base=10 exponent=10000000000"), 5),
    ("x + 1 // 0", ParseError, ("literal arithmetic fails", "division"), 5),
    # comparisons do not chain in terms
    ("x < y < x", ParseError, ("chained comparisons are not supported",), 1),
    # static parameters
    ("sum(x, axis=i)", ParseError, ("axis must be an integer literal", "'i'"), 13),
    ("sum(x, axis=x)", ParseError, ("axis must be an integer literal",), 13),
    ("astype(x, f99)", ParseError, ("unknown dtype: dtype='f99'",), 11),
    (
        "sum(x, foo=1)",
        ParseError,
        ("unknown keyword for sum: keyword='foo'", "known=['axis', 'keepdims']"),
        8,
    ),
    ("astype(x)", ParseError, ("astype needs its 'dtype' argument", "missing='dtype'"), 1),
    ("abs(x, y)", ParseError, ("too many arguments for abs", "given=2 max=1"), 8),
    ("sum(x, 0, axis=0)", ParseError, ("argument given twice", "argument='axis'"), 11),
    ("abs()", ParseError, ("abs takes 1 array operand(s)", "given=0"), 1),
    ("abs(*x)", ParseError, ("*args are not supported",), 5),
    ("sum(x, keepdims=1)", ParseError, ("expected True or False",), 17),
    ("permute_dims(A, 0)", ParseError, ("axes must be a tuple of ints",), 17),
    ("concat(x, axis=0)", ParseError, ("concat takes a tuple of arrays first",), 1),
    # sum_over
    ("sum_over(A, lambda k: k)", ParseError, ("takes exactly (index, element)", "params=1"), 13),
    ("sum_over(A, lambda k, a, b: a)", ParseError, ("takes exactly (index, element)", "params=3"), 13),
    ("sum_over(A, lambda k, k: k)", ParseError, ("need different names", "name='k'"), 13),
    ("sum_over(A, x)", ParseError, ("takes an array and a lambda",), 1),
    ("sum_over(s, lambda k, e: e)", ShapeError, ("sum_over needs an array of rank >= 1", "ndim=0"), 1),
    # ill-typed: NumPy's TypeErrors, located at the innermost offending subterm
    ("negative(b)", DTypeError, ("no bool loop", "op=negative", "dtype=bool"), 1),
    ("x + -b", DTypeError, ("op=negative", "dtype=bool", "'-b'"), 5),
    ("s + 300", DTypeError, ("out of bounds", "value=300", "dtype=i8"), 1),
    ("x[f]", DTypeError, ("must be of integer type", "dtype=f64"), 1),
    ("x[b]", UnsupportedError, ("boolean mask",), 1),
    ("x[x > 0]", UnsupportedError, ("boolean mask",), 1),
    # ill-shaped: NumPy's ValueErrors
    ("u @ v", ShapeError, ("matmul", "2 vs 3"), 1),
    ("abs(u @ v) + 1.0", ShapeError, ("matmul", "'u @ v'"), 5),
    ("concat((x, A), axis=0)", ShapeError, ("same number of dimensions", "ndims=[1, 2]"), 1),
    ("reshape(M, (7,))", ShapeError, ("cannot reshape", "size=6", "shape=(7,)"), 1),
    ("x[0, 1]", ShapeError, ("too many indices", "ndim=1 indices=2"), 1),
    ("A[..., ...]", ShapeError, ("single ellipsis",), 1),
    ("sum(x, axis=5)", ShapeError, ("axis is out of bounds", "axis=5 ndim=1"), 1),
    ("permute_dims(A, (0, 0))", ShapeError, ("repeated axis", "axes=(0, 0)"), 1),
    ("abs(x[1:n:0]) + 1.0", ShapeError, ("ill-shaped for every size", "'x[1:n:0]'"), 5),
    # nesting beyond the cap: located at the first node too deep
    ("-" * MAX_DEPTH + "x", ParseError, ("nested too deeply", f"limit={MAX_DEPTH}"), MAX_DEPTH + 1),
]


@pytest.mark.parametrize(("text", "cls", "pieces", "col"), ERRORS, ids=[repr(t[0])[:40] for t in ERRORS])
def test_error(text: str, cls: type[VersaError], pieces: tuple[str, ...], col: int) -> None:
    check_message(raises(text), cls, pieces, col)


def test_error_column_counts_characters_not_bytes() -> None:
    # ast counts UTF-8 bytes; the fullwidth x is one character (three bytes) Python reads as 'x'
    e = raises("\uff58 + frob(x)")
    check_message(e, ParseError, ("op='frob'",), 5)


def test_error_keeps_the_span_of_the_offending_subterm() -> None:
    e = raises("x + abs(u @ v)")
    assert getattr(e, "span", None) == (8, 13)


@pytest.mark.parametrize(
    "text",
    [
        "x" + " + x" * 25_000,  # 10^5 characters
        "(" * 5_000 + "x" + ")" * 5_000,  # more parentheses than Python nests
        "abs(" * 2_000 + "x" + ")" * 2_000,
        "-" * 5_000 + "x",  # deeper than Python's own parser recursion
        "x" + " + x" * 3_000,
        "x" + "[0]" * 3_000,
        "x[" + "+".join(["i"] * 3_000) + "]",
        "x" + " ** 2" * 3_000,
        "sum_over(x, lambda k, e: " * 60 + "c" + ")" * 60,
        "x" + " + x" * (MAX_DEPTH + 5),
    ],
    ids=["long", "parens", "calls", "unary", "sum", "index", "power", "intexpr", "sum_over", "cap"],
)
def test_huge_term_is_a_quick_short_error(text: str) -> None:
    start = time.perf_counter()
    e = raises(text)
    assert time.perf_counter() - start < 2.0
    assert isinstance(e, ParseError)
    message = str(e)
    assert "col=" in message and "text=" in message
    assert len(message) < 400 and "\n" not in message  # the text is shown as an excerpt


def test_too_long_names_the_length_and_limit() -> None:
    text = "x" + " + x" * 25_000
    check_message(raises(text), ParseError, (f"length={len(text)} limit={MAX_TERM_TEXT}",), MAX_TERM_TEXT + 1)


def test_depth_cap_is_inclusive() -> None:
    """``MAX_DEPTH`` nested expressions parse, print and parse back; one more does not."""
    ok = "-" * (MAX_DEPTH - 1) + "x"
    t = parse_term(ok, DECLS)
    assert parse_term(show_term(t), DECLS) == t
    assert isinstance(raises("-" + ok), ParseError)


def test_bad_declaration_is_a_decl_error() -> None:
    with pytest.raises(VersaError, match=r"unclosed '\['.*col=7"):
        parse_term("x", {"x": "f64[m,"})


# ---------------------------------------------------------------- where-conditions

CONDITION_DECLS = {"x": "f64[n]", "A": "f64[m, k]", "i": "int"}


def test_condition_parses_chains_and_connectives() -> None:
    assert parse_condition("n >= 1", CONDITION_DECLS) == Cmp("<=", IConst(1), IVar("n"))
    chain = parse_condition("0 <= i < n", CONDITION_DECLS)
    assert chain == parse_condition("0 <= i and i < n", CONDITION_DECLS)
    assert parse_condition("True", CONDITION_DECLS) == BConst(True)
    assert parse_condition("not (m == k) or n > 2", CONDITION_DECLS) != BConst(True)


CONDITION_ERRORS: list[tuple[str, tuple[str, ...], int]] = [
    ("n >", ("invalid syntax: the condition ends early",), 4),
    ("", ("empty condition",), 1),
    ("x > 1", ("not an int name", "name='x'"), 1),
    ("q > 1", ("not an int name", "name='q'"), 1),
    ("n", ("a condition compares int expressions",), 1),
    ("n + 1", ("a condition compares int expressions",), 1),
    ("n >= 1.5", ("expected an int expression", "'1.5'"), 6),
    ("n in m", ("unsupported comparison in a condition",), 1),
    ("n >= m // k", ("only division by an integer literal", "'m // k'"), 6),
    ("n // 0 > 1", ("integer division by zero",), 1),
    ("(" * 300 + "n > 1" + ")" * 300, ("too many nested parentheses",), 201),
    ("n > " + "+".join(["n"] * 3_000), ("nested too deeply",), 1),
]


@pytest.mark.parametrize(
    ("text", "pieces", "col"), CONDITION_ERRORS, ids=[c[0][:30] for c in CONDITION_ERRORS]
)
def test_condition_error(text: str, pieces: tuple[str, ...], col: int) -> None:
    with pytest.raises(VersaError) as info:
        parse_condition(text, CONDITION_DECLS)
    check_message(info.value, ParseError, pieces, col)


# ---------------------------------------------------------------- printing round trip

ROUND_TRIP = [
    "abs(x)",
    "-x",
    "+x",
    "x + y * 2.0",
    "(x + y) * c",
    "x - (y - x)",
    "x / y // c",
    "x % 3",
    "x ** 2",
    "x ** -2",
    "(-x) ** 2",
    "-(x ** 2)",
    "x * -2",
    "-1 + x",
    "2.5e-3 * x + True",
    "maximum(x, minimum(y, 0.5))",
    "where(x > y, x, y)",
    "(x < y) == (y < x)",
    "x != y",
    "exp(log(sqrt(abs(x))))",
    "tanh(sin(x) + cos(x)) * sign(x) - floor(x) + ceil(y) + square(x)",
    "astype(x, f32)",
    "x.astype(i16) + 1",
    "sum(A, axis=1)",
    "sum(A)",
    "max(A, axis=0, keepdims=True)",
    "prod(x) * min(y)",
    "A.T",
    "(A @ B).T",
    "A.T @ A",
    "x @ y",
    "permute_dims(T3, (1, 0, 2))",
    "expand_dims(x, axis=0)",
    "broadcast_to(x, (m, n))",
    "concat((x, y), axis=0)",
    "concat((x,))",
    "reshape(A, (k, m))",
    "outer(x, y)",
    "einsum('ik,kj->ij', A, B)",
    "x[i]",
    "A[i, j]",
    "x[-1]",
    "x[n - 1]",
    "x[1:n]",
    "x[n // 2:]",
    "x[::-1]",
    "x[i:i + 2:2]",
    "A[-1, ::2]",
    "A[..., 0]",
    "x[None]",
    "A[None, :, None]",
    "x[idx]",
    "A[idx, 0]",
    "x[key]",
    "abs(x)[key]",
    "sum_over(A, lambda k, ak: ak * c)",
    "sum_over(A, lambda k, ak: sum_over(B.T, lambda l, bl: ak[l] * bl[k]))",
    "z + 1.0",
]


@pytest.mark.parametrize("text", ROUND_TRIP)
def test_show_term_parses_back(text: str) -> None:
    t = parse_term(text, DECLS)
    shown = show_term(t)
    assert parse_term(shown, DECLS) == t
    assert show_term(parse_term(shown, DECLS)) == shown  # printing is a fixed point


def test_round_trip_distinguishes_terms() -> None:
    """Equality is not vacuous: different terms stay different after the round trip."""
    terms = {text: parse_term(text, DECLS) for text in ROUND_TRIP}
    shown = {show_term(t) for t in terms.values()}
    assert len(shown) == len(ROUND_TRIP)
    assert parse_term("x - (y - x)", DECLS) != parse_term("x - y - x", DECLS)
    assert parse_term("(-x) ** 2", DECLS) != parse_term("-(x ** 2)", DECLS)


def test_spans_do_not_take_part_in_equality() -> None:
    assert parse_term("abs(x)", DECLS) == parse_term("  abs( x )", DECLS)
    assert parse_term("x", {"x": "f64[ n ]"}) == parse_term("x", {"x": "f64[n]"})


def test_transpose_spellings_parse_to_the_same_term() -> None:
    decls = {"A": "f64[m, n]", "X": "f64[a, b, c]"}
    assert parse_term("transpose(A)", decls) == parse_term("A.T", decls)
    assert parse_term("np.transpose(A)", decls) == parse_term("A.T", decls)
    assert parse_term("transpose(X, (1, 0, 2))", decls) == parse_term("permute_dims(X, (1, 0, 2))", decls)


def test_literal_comparisons_fold_like_literal_arithmetic() -> None:
    # Python compares two literals itself: `False == False` is a weak True, so this is x + 2
    t = parse_term("x + (True + (False == False))", {"x": "i8[n]"})
    assert t == parse_term("x + 2", {"x": "i8[n]"})
