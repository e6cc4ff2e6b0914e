"""``verify-rules`` as a user runs it: exit codes, the JSON schema, --check, --rule, bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

GOOD = """
[vars]
x = "f64[n]"
i = "int"

[[rule]]
name = "abs-pushdown"
lhs = "abs(x)[i]"
rhs = "abs(x[i])"

[[rule]]
name = "add-zero"
lhs = "x + 0.0"
rhs = "x"
expect = "refuted"
"""

WRONG_CLAIM = """
[vars]
x = "f64[n]"

[[rule]]
name = "add-zero-claimed"
lhs = "x + 0.0"
rhs = "x"
"""


def versa(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    script = Path(sys.executable).parent / "versa"
    cmd = [str(script)] if script.exists() else [sys.executable, "-c", "from cli.app import main; main()"]
    return subprocess.run([*cmd, *args], cwd=cwd, capture_output=True, text=True, timeout=600)


@pytest.fixture()
def files(tmp_path: Path) -> Path:
    (tmp_path / "good.toml").write_text(GOOD)
    (tmp_path / "wrong.toml").write_text(WRONG_CLAIM)
    (tmp_path / "broken.toml").write_text(GOOD.replace("abs(x[i])", "abs(x[i]"))
    return tmp_path


def test_exit_0_when_every_claim_holds_and_json_schema(files: Path) -> None:
    r = versa("verify-rules", "good.toml", "--json", cwd=files)
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert set(data) == {"rules", "summary"}
    first = data["rules"][0]
    assert set(first) >= {"file", "name", "claim", "verdicts", "ok"}
    assert set(first["verdicts"]) == {"real", "ieee"}
    assert set(first["verdicts"]["ieee"]) >= {"status", "seconds"}
    second = data["rules"][1]
    assert second["verdicts"]["ieee"]["status"] == "refuted"
    cex = second["verdicts"]["ieee"]["counterexample"]
    assert cex["query"] == "value" and cex["lhs"] == "0.0" and cex["rhs"] == "-0.0"
    assert data["summary"]["claims_met"] == 2
    assert (files / "proofs" / "manifest.json").exists()


def test_exit_1_and_a_counterexample_when_a_claim_fails(files: Path) -> None:
    r = versa("verify-rules", "wrong.toml", "--no-store", cwd=files)
    assert r.returncode == 1
    assert "add-zero-claimed" in r.stdout and "ERROR: the two sides differ" in r.stdout
    assert "-0.0" in r.stdout
    assert not (files / "proofs").exists()


def test_exit_2_and_one_line_on_bad_input(files: Path) -> None:
    for args in (
        ["broken.toml"],
        ["missing.toml"],
        ["good.toml", "--domain", "complex"],
        ["good.toml", "--rule", "nope"],
        ["good.toml", "--timeout", "0"],
    ):
        r = versa("verify-rules", *args, cwd=files)
        assert r.returncode == 2, (args, r.stdout, r.stderr)
        lines = [x for x in r.stderr.splitlines() if x.strip()]
        assert len(lines) == 1 and lines[0].startswith("error:"), r.stderr
        assert "Traceback" not in r.stderr
    r = versa("verify-rules", "broken.toml", cwd=files)
    assert "broken.toml:" in r.stderr and "rule='abs-pushdown'" in r.stderr


def test_check_fails_on_missing_then_passes(files: Path) -> None:
    r = versa("verify-rules", "good.toml", "--check", cwd=files)
    assert r.returncode == 1 and "no stored proof" in r.stdout
    assert versa("verify-rules", "good.toml", cwd=files).returncode == 0
    r = versa("verify-rules", "good.toml", "--check", cwd=files)
    assert r.returncode == 0, r.stdout
    (files / "good.toml").write_text(GOOD.replace('rhs  = "abs(x[i])"', 'rhs = "abs(x[i]) * 1.0"'))
    (files / "good.toml").write_text(GOOD.replace("abs(x[i])", "abs(x[i]) * 1.0"))
    r = versa("verify-rules", "good.toml", "--check", cwd=files)
    assert r.returncode == 1 and "stale" in r.stdout


def test_rule_selection_and_domain(files: Path) -> None:
    r = versa(
        "verify-rules",
        "good.toml",
        "--rule",
        "abs-pushdown",
        "--domain",
        "ieee",
        "--json",
        "--no-store",
        cwd=files,
    )
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert [x["name"] for x in data["rules"]] == ["abs-pushdown"]
    assert set(data["rules"][0]["verdicts"]) == {"ieee"}


def test_jobs_give_the_same_answer(files: Path) -> None:
    one = json.loads(versa("verify-rules", "good.toml", "--json", "--no-store", cwd=files).stdout)
    two = json.loads(
        versa("verify-rules", "good.toml", "--json", "--no-store", "--jobs", "2", cwd=files).stdout
    )
    strip = lambda d: [(x["name"], {k: v["status"] for k, v in x["verdicts"].items()}) for x in d["rules"]]  # noqa: E731
    assert strip(one) == strip(two)


def test_cvc5_recheck_from_the_command_line(files: Path) -> None:
    assert versa("verify-rules", "good.toml", cwd=files).returncode == 0
    r = versa("verify-rules", "good.toml", "--solver", "cvc5", "--json", cwd=files)
    assert r.returncode == 0, r.stdout + r.stderr
    data = json.loads(r.stdout)
    assert data["summary"]["re-proved"] == 3  # abs-pushdown in both domains, add-zero over reals
    # a tampered proof that is no longer unsat is caught
    proof = files / "proofs" / "good" / "abs-pushdown.ieee.smt2"
    proof.write_text("(set-logic ALL)\n(declare-fun b () Bool)\n(assert b)\n(check-sat)\n")
    r = versa("verify-rules", "good.toml", "--solver", "cvc5", cwd=files)
    assert r.returncode == 1
