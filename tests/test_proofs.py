"""The proof store: atomic, byte-deterministic files; --check catches missing and stale proofs;
a second solver (cvc5) re-proves what z3 proved."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from rulekit import make_rule

from verifier.proofs import ProofStore, atomic_write, check_store, recheck_cvc5
from verifier.runner import load_all, run

RULES = """
[vars]
x = "f64[n]"
y = "f64[n]"
A = "f64[m, k]"
B = "f64[k, p]"

[[rule]]
name = "mul-one"
lhs = "x * 1.0"
rhs = "x"

[[rule]]
name = "smmm"
lhs = "sum(A @ B)"
rhs = "sum(A, axis=0) @ sum(B, axis=1)"
domain = "real"

[[rule]]
name = "add-zero"
lhs = "x + 0.0"
rhs = "x"
expect = "refuted"
"""


def _verify_into(store: Path, rules_file: Path) -> None:
    rules = load_all([rules_file])
    results = run(rules, ["real", "ieee"], 10.0)
    ProofStore(store).record(((r.rule, r.verdicts) for r in results), rules)


def test_store_layout_and_manifest(tmp_path: Path) -> None:
    f = tmp_path / "algebra.toml"
    f.write_text(RULES)
    _verify_into(tmp_path / "proofs", f)
    files = sorted(p.relative_to(tmp_path / "proofs").as_posix() for p in (tmp_path / "proofs").rglob("*"))
    assert "manifest.json" in files
    assert "algebra/smmm.real.smt2" in files and "algebra/mul-one.ieee.smt2" in files
    data = json.loads((tmp_path / "proofs" / "manifest.json").read_text())
    entry = data["rules"]["algebra/smmm"]
    assert entry["verdicts"]["real"]["status"] == "proved"
    assert entry["verdicts"]["ieee"]["status"] == "refuted"
    assert "counterexample" in entry["verdicts"]["ieee"]
    assert entry["claim"] == {"domain": "real", "expect": "proved"}
    assert len(entry["digest"]) == 64


def test_same_rules_give_the_same_bytes_in_another_process(tmp_path: Path) -> None:
    f = tmp_path / "algebra.toml"
    f.write_text(RULES)
    first = tmp_path / "one"
    _verify_into(first, f)
    second = tmp_path / "two"
    here = str(Path(__file__).parent)
    code = (
        f"import sys; sys.path.insert(0, {here!r}); from test_proofs import _verify_into; "
        f"from pathlib import Path; _verify_into(Path({str(second)!r}), Path({str(f)!r}))"
    )
    subprocess.run([sys.executable, "-c", code], check=True, env={"PYTHONHASHSEED": "99", "PATH": ""})
    for p in sorted(first.rglob("*.smt2")):
        assert p.read_bytes() == (second / p.relative_to(first)).read_bytes(), p.name
    # the manifest agrees except for timings of a fresh store
    a = json.loads((first / "manifest.json").read_text())
    b = json.loads((second / "manifest.json").read_text())
    for entry in [*a["rules"].values(), *b["rules"].values()]:
        for v in entry["verdicts"].values():
            v.pop("seconds")
    assert a == b
    # and re-verifying into an existing store changes no byte at all
    before = {p: p.read_bytes() for p in first.rglob("*") if p.is_file()}
    _verify_into(first, f)
    assert before == {p: p.read_bytes() for p in first.rglob("*") if p.is_file()}


def test_check_reports_missing_and_stale_proofs(tmp_path: Path) -> None:
    f = tmp_path / "algebra.toml"
    f.write_text(RULES)
    store = ProofStore(tmp_path / "proofs")
    rules = load_all([f])
    assert {p.message for p in check_store(store, rules, ["real", "ieee"])} == {"no stored proof"}
    _verify_into(tmp_path / "proofs", f)
    assert check_store(store, rules, ["real", "ieee"]) == []
    # change a rule: its proof is stale
    f.write_text(RULES.replace('rhs = "x"\n', 'rhs = "x * 1.0 * 1.0"\n', 1))
    stale = check_store(store, load_all([f]), ["real", "ieee"])
    assert [p.rule.name for p in stale] == ["mul-one"] and "stale" in stale[0].message
    # tamper with a proof file: caught
    f.write_text(RULES)
    (tmp_path / "proofs" / "algebra" / "smmm.real.smt2").write_text("(check-sat)\n")
    bad = check_store(store, load_all([f]), ["real"])
    assert [p.rule.name for p in bad] == ["smmm"] and "does not match" in bad[0].message


def test_removed_rules_leave_the_store(tmp_path: Path) -> None:
    f = tmp_path / "algebra.toml"
    f.write_text(RULES)
    _verify_into(tmp_path / "proofs", f)
    f.write_text(RULES.split('[[rule]]\nname = "add-zero"')[0])
    _verify_into(tmp_path / "proofs", f)
    data = json.loads((tmp_path / "proofs" / "manifest.json").read_text())
    assert "algebra/add-zero" not in data["rules"]
    assert not (tmp_path / "proofs" / "algebra" / "add-zero.ieee.smt2").exists()


def test_atomic_write_leaves_no_partial_file(tmp_path: Path) -> None:
    target = tmp_path / "a" / "f.txt"
    atomic_write(target, "old\n")
    with pytest.raises(TypeError):
        atomic_write(target, 42)  # type: ignore[arg-type]
    assert target.read_text() == "old\n"
    assert [p.name for p in target.parent.iterdir()] == ["f.txt"]


def test_cvc5_reproves_stored_proofs(tmp_path: Path) -> None:
    pytest.importorskip("cvc5")
    f = tmp_path / "algebra.toml"
    f.write_text(RULES)
    _verify_into(tmp_path / "proofs", f)
    assert recheck_cvc5(tmp_path / "proofs" / "algebra" / "smmm.real.smt2", 20) == "unsat"
    assert recheck_cvc5(tmp_path / "proofs" / "algebra" / "mul-one.ieee.smt2", 20) == "unsat"
    # a stored failing query is not a proof: cvc5 finds it satisfiable
    assert recheck_cvc5(tmp_path / "proofs" / "algebra" / "add-zero.ieee.smt2", 20) in ("sat", "unknown")


def test_a_stored_proof_is_about_the_rule(tmp_path: Path) -> None:
    rule = make_rule(tmp_path, "abs(x)[i]", "abs(x[i])", {"x": "f64[n]", "i": "int"})
    from verifier.pipeline import verify

    v = verify(rule, "ieee")
    assert v.smt2.startswith(f"; versa proof obligation for rule {rule.name!r}")
    assert "(check-sat)" in v.smt2 and "fp.abs" in v.smt2
