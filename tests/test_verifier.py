"""Verdicts of the verifier on the rules issue #3 names, each query kind, and the corner cases.

Every refutation is replayed from its JSON form through NumPy (``rulekit.check``).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rulekit import check, make_rule

from verifier import checks
from verifier.pipeline import verify

F = {"x": "f64[n]", "y": "f64[n]", "z": "f64[n]"}
MM = {"A": "f64[m, k]", "B": "f64[k, p]", "C": "f64[p, q]", "x": "f64[n]", "c": "f64[]"}


# ---------------------------------------------------------------- the named rules


@pytest.mark.parametrize(
    ("lhs", "rhs", "vars"),
    [
        ("exp(w)[key]", "exp(w[key])", {"w": "f64[*]", "key": "key"}),
        ("abs(x)[i]", "abs(x[i])", {"x": "f64[n]", "i": "int"}),
        ("exp(x)[idx]", "exp(x[idx])", {"x": "f64[n]", "idx": "i64[q]"}),
    ],
    ids=["exp-key", "abs-int", "exp-gather"],
)
def test_index_pushdown_is_proved_for_all_ranks_and_keys(
    tmp_path: Path, lhs: str, rhs: str, vars: dict[str, str]
) -> None:
    for domain in ("ieee", "real"):
        v = check(tmp_path, lhs, rhs, vars, domain)
        assert v.status == "proved", (domain, v.reason)
        assert v.smt2 and "unsat proves every obligation" in v.smt2


REAL_PROVED = [
    ("sum(c * x)", "c * sum(x)", {"c": "f64[]", "x": "float[*]"}),
    ("sum(A @ B)", "sum(A, axis=0) @ sum(B, axis=1)", MM),
    (
        "sum_over(A, lambda k, Ak: sum_over(Ak, lambda i, Aik: sum_over(B[k, ...], lambda j, Bkj: Aik * Bkj)))",
        "sum_over(A, lambda k, Ak: sum_over(Ak, lambda i, Aik: Aik) * sum_over(B[k], lambda j, Bkj: Bkj))",
        MM,
    ),
    ("sum_over(x, lambda a, xa: c * exp(xa))", "c * sum_over(x, lambda a, xa: exp(xa))", MM),
    ("(A @ B) @ C", "A @ (B @ C)", MM),
    ("beta * ((A.T @ A) @ x)", "beta * (A.T @ (A @ x))", {"A": "f64[m, n]", "x": "f64[n]", "beta": "f64[]"}),
    ("sum(sum(A, axis=0))", "sum(sum(A, axis=1))", MM),
]


@pytest.mark.parametrize(
    ("lhs", "rhs", "vars"),
    REAL_PROVED,
    ids=["sum-factor", "smmm", "smmm-loops", "lift", "matmul-assoc", "batax", "fubini"],
)
def test_reduction_rules_are_proved_over_reals_without_unrolling(
    tmp_path: Path, lhs: str, rhs: str, vars: dict[str, str]
) -> None:
    v = check(tmp_path, lhs, rhs, vars, "real")
    assert v.status == "proved", v.reason
    # and they are false in IEEE, with a replayed counterexample (summation order matters)
    w = check(tmp_path, lhs, rhs, vars, "ieee")
    assert w.status == "refuted" and w.counterexample is not None


def test_sum_of_products_is_not_product_of_sums(tmp_path: Path) -> None:
    v = check(tmp_path, "sum(x * y)", "sum(x) * sum(y)", F, "real")
    assert v.status == "refuted"
    assert v.counterexample is not None and v.counterexample.query == "value"


# ---------------------------------------------------------------- each query kind


def test_wf_query(tmp_path: Path) -> None:
    # equal values wherever both sides are well-formed; the rhs needs n == m or n == 1 to broadcast
    v = check(
        tmp_path, "x[0] * 0.0 + y", "x * 0.0 + y", {"x": "f64[n]", "y": "f64[m]"}, "real", where=["m >= 2"]
    )
    assert v.status == "refuted"
    assert v.counterexample is not None and v.counterexample.query == "wf"


def test_shape_query(tmp_path: Path) -> None:
    v = check(tmp_path, "x[1:]", "x[:n - 1]", {"x": "f64[n]"}, "ieee")
    assert v.status == "refuted"
    assert v.counterexample is not None and v.counterexample.query in ("value",)
    v = check(tmp_path, "x", "concat((x, x), axis=0)", {"x": "f64[n]"}, "ieee")
    assert v.status == "refuted" and v.counterexample is not None
    assert v.counterexample.query == "shape"


def test_dtype_query(tmp_path: Path) -> None:
    v = check(tmp_path, "x", "astype(x, f32)", {"x": "f64[n]"}, "real")
    assert v.status == "refuted"
    assert v.counterexample is not None and v.counterexample.query == "dtype"
    # NEP 50: a Python literal does not widen, a 0-d array does
    v = check(tmp_path, "x * c", "x * astype(c, f32)", {"x": "f32[n]", "c": "f64[]"}, "real")
    assert v.status == "refuted" and v.counterexample is not None
    assert v.counterexample.query == "dtype"


def test_defined_query_off_by_one(tmp_path: Path) -> None:
    v = check(tmp_path, "x[i]", "x[i + 1]", {"x": "f64[n]", "i": "int"}, "real")
    assert v.status == "refuted" and v.counterexample is not None
    assert v.counterexample.query in ("defined", "value")


def test_value_query(tmp_path: Path) -> None:
    v = check(tmp_path, "x - y", "y - x", F, "real")
    assert v.status == "refuted" and v.counterexample is not None
    assert v.counterexample.query == "value"


# ---------------------------------------------------------------- IEEE corner cases


def test_adding_zero_is_refuted_at_negative_zero(tmp_path: Path) -> None:
    v = check(tmp_path, "x + 0.0", "x", F, "ieee")
    assert v.status == "refuted" and v.counterexample is not None
    assert v.counterexample.lhs == "0.0" and v.counterexample.rhs == "-0.0"
    # shrunk to the one element that matters
    assert v.counterexample.inputs["x"]["values"] == ["-0.0"]
    assert check(tmp_path, "x + 0.0", "x", F, "real").status == "proved"
    assert check(tmp_path, "x - 0.0", "x", F, "ieee").status == "proved"


def test_reassociation_is_refuted_in_ieee_only(tmp_path: Path) -> None:
    assert check(tmp_path, "(x + y) + z", "x + (y + z)", F, "ieee").status == "refuted"
    assert check(tmp_path, "(x + y) + z", "x + (y + z)", F, "real").status == "proved"
    assert check(tmp_path, "(x * y) * z", "x * (y * z)", F, "ieee").status == "refuted"


def test_nan_through_maximum_and_minimum(tmp_path: Path) -> None:
    # maximum propagates NaN; where(x > y, ...) does not
    v = check(tmp_path, "where(x > y, x, y)", "maximum(x, y)", F, "ieee")
    assert v.status == "refuted" and v.counterexample is not None
    assert "nan" in (v.counterexample.lhs + v.counterexample.rhs)
    assert check(tmp_path, "maximum(x, x)", "x", F, "ieee").status == "proved"
    # the tie of +0.0 and -0.0 is NumPy's to pick: commuting is not sound
    assert check(tmp_path, "maximum(x, y)", "maximum(y, x)", F, "ieee").status == "refuted"


def test_multiplying_by_one_is_exact(tmp_path: Path) -> None:
    assert check(tmp_path, "x * 1.0", "x", F, "ieee").status == "proved"
    assert check(tmp_path, "abs(x * y)", "abs(x) * abs(y)", F, "ieee").status == "proved"


def test_int8_overflow(tmp_path: Path) -> None:
    a = {"a": "i8[n]"}
    v = check(tmp_path, "(a * 2) // 2", "a", a, "ieee")
    assert v.status == "refuted"
    assert check(tmp_path, "(a * 2) // 2", "a", a, "real").status == "proved"
    v = check(tmp_path, "abs(a) >= 0", "a == a", a, "ieee")
    assert v.status == "refuted" and v.counterexample is not None
    assert v.counterexample.inputs["a"]["values"][v.counterexample.index[0]] == -128  # type: ignore[index]


def test_floor_division_and_modulo_with_negative_operands(tmp_path: Path) -> None:
    a = {"a": "i16[n]", "b": "i16[n]"}
    assert check(tmp_path, "(a // b) * b + a % b", "a", a, "ieee", where=[]).status == "refuted"  # b == 0
    v = check(tmp_path, "a % -3", "-((-a) % 3)", {"a": "i16[n]"}, "ieee")
    assert v.status == "refuted"  # -32768 negates to itself
    assert check(tmp_path, "a % -3", "-((-a) % 3)", {"a": "i16[n]"}, "real").status == "proved"


# ---------------------------------------------------------------- integer-index corner cases


def test_negative_indices(tmp_path: Path) -> None:
    assert check(tmp_path, "x[-1]", "x[n - 1]", {"x": "f64[n]"}, "ieee").status == "proved"
    v = check(tmp_path, "x[i]", "x[n + i]", {"x": "f64[n]", "i": "int"}, "ieee")
    assert v.status == "refuted"  # only right for negative i
    v = check(tmp_path, "x[i]", "x[n + i]", {"x": "f64[n]", "i": "int"}, "ieee", where=["i < 0"])
    assert v.status == "proved", v.reason


def test_off_by_one_slices(tmp_path: Path) -> None:
    xi = {"x": "f64[n]", "i": "int"}
    assert check(tmp_path, "x[1:][i]", "x[i + 1]", xi, "ieee", where=["0 <= i"]).status == "proved"
    assert check(tmp_path, "x[1:][i]", "x[i]", xi, "ieee").status == "refuted"
    assert check(tmp_path, "x[::-1][i]", "x[n - 1 - i]", xi, "ieee", where=["0 <= i"]).status == "proved"
    assert check(tmp_path, "x[::-1][i]", "x[n - i]", xi, "ieee", where=["0 <= i"]).status == "refuted"


def test_empty_slices(tmp_path: Path) -> None:
    xa = {"x": "f64[n]", "a": "int"}
    assert check(tmp_path, "x[a:a]", "x[0:0]", xa, "ieee").status == "proved"
    assert check(tmp_path, "sum(x[n:])", "0.0 * sum(x[:0])", {"x": "f64[n]"}, "ieee").status == "proved"
    assert check(tmp_path, "x[5:2]", "x[2:5]", {"x": "f64[n]"}, "ieee").status == "refuted"


def test_broadcasting_mismatch(tmp_path: Path) -> None:
    v = check(tmp_path, "(x + y)[i]", "x[i] + y[i]", {"x": "f64[n]", "y": "f64[m]", "i": "int"}, "ieee")
    assert v.status == "refuted"  # y of size 1 broadcasts: y[i] is out of bounds
    v = check(tmp_path, "(x + y)[i]", "x[i] + y[i]", {"x": "f64[n]", "y": "f64[n]", "i": "int"}, "ieee")
    assert v.status == "proved"


# ---------------------------------------------------------------- unknown, vacuity, timeouts


def test_vacuous_where_is_flagged(tmp_path: Path) -> None:
    v = check(tmp_path, "x[0]", "x[1]", {"x": "f64[n]"}, "ieee", where=["n < 0"])
    assert v.status == "unknown" and "vacuous" in v.reason


def test_never_well_formed_lhs_is_flagged(tmp_path: Path) -> None:
    v = check(tmp_path, "x + y", "y + x", {"x": "f64[2]", "y": "f64[n]"}, "ieee", where=["n == 3"])
    assert v.status == "unknown" and "vacuous" in v.reason


def test_a_timeout_is_unknown_never_proved(tmp_path: Path) -> None:
    v = check(tmp_path, "x * 1.0", "x", F, "ieee", timeout=0.001)
    assert v.status == "unknown"
    assert "timeout" in v.reason


def test_a_spurious_solver_model_is_unknown(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """If NumPy does not confirm the solver's model (a translation bug), the verdict says so."""
    rule = make_rule(tmp_path, "x - y", "y - x", F, "ieee")
    monkeypatch.setattr(checks, "check_point", lambda *a, **k: None)
    monkeypatch.setattr("verifier.pipeline.random_search", lambda *a, **k: None)
    monkeypatch.setattr("verifier.pipeline.bounded_search", lambda *a, **k: None)
    v = verify(rule, "ieee")
    assert v.status == "unknown" and "spurious counterexample" in v.reason


def test_rank_bounded_rules_say_so(tmp_path: Path) -> None:
    # indexing an any-rank array with an int needs its rank: checked per rank, up to 4
    v = check(tmp_path, "abs(w)[0]", "abs(w[0])", {"w": "f64[*]"}, "ieee")
    assert v.status == "proved-bounded" and v.bound == "ranks <= 4"


def test_a_counterexample_that_needs_nan(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Z3's NaN has no unique bit pattern; its model still becomes a replayable input."""
    monkeypatch.setattr("verifier.pipeline.random_search", lambda *a, **k: None)  # the solver must find it
    for lhs, rhs in (("x != x", "x < x"), ("(x < y) == False", "x >= y")):
        v = check(tmp_path, lhs, rhs, F, "ieee")
        assert v.status == "refuted", v.reason
        assert v.counterexample is not None and v.counterexample.source == "solver model"
        assert "nan" in str(v.counterexample.inputs)


def test_an_instance_versa_cannot_check_is_unknown_not_skipped(tmp_path: Path) -> None:
    """At a concrete rank an abstract key still has no concrete form: that rank is an unknown, and
    the verdict is not proved on the other ranks alone."""
    v = check(tmp_path, "w[key][0]", "w[key][0] * 1.0", {"w": "f64[*]", "key": "key"}, "ieee")
    assert v.status == "unknown", v.status
