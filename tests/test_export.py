"""``export-egglog``: the proved rules load in egglog as they are, and they fire on a program."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from egglog import bindings

RULES = """
[vars]
x = "f64[n]"
i = "int"
A = "f64[m, k]"
B = "f64[k, p]"
key = "key"
w = "float[*]"

[[rule]]
name = "abs-pushdown"
lhs = "abs(x)[i]"
rhs = "abs(x[i])"

[[rule]]
name = "exp-key"
lhs = "exp(w)[key]"
rhs = "exp(w[key])"

[[rule]]
name = "smmm"
lhs = "sum(A @ B)"
rhs = "sum(A, axis=0) @ sum(B, axis=1)"
domain = "real"

[[rule]]
name = "reverse-index"
lhs = "x[::-1][i]"
rhs = "x[n - 1 - i]"
where = ["0 <= i"]

[[rule]]
name = "add-zero"
lhs = "x + 0.0"
rhs = "x"
expect = "refuted"
"""

PROGRAM = """
(let $A (VVar "A"))
(let $B (VVar "B"))
(set (dtype $A) "f64") (set (rank $A) 2) (set (dim $A 0) (IConst 300)) (set (dim $A 1) (IConst 400))
(set (dtype $B) "f64") (set (rank $B) 2) (set (dim $B 0) (IConst 400)) (set (dim $B 1) (IConst 500))
(let $x (VVar "x"))
(set (dtype $x) "f64") (set (rank $x) 1) (set (dim $x 0) (IConst 9))
(let $smmm (Sum (Matmul $A $B) (AxisNone) false))
(let $rev (Index (Index $x (KCons (KSlice (NoI) (NoI) (SomeI (IConst -1))) (KNil))) (KCons (KInt (IConst 2)) (KNil))))
(let $neg (Index (Index $x (KCons (KSlice (NoI) (NoI) (SomeI (IConst -1))) (KNil))) (KCons (KInt (IConst -2)) (KNil))))
(let $zero (Add $x (VLitF 0.0)))
(run-schedule (saturate (run versa)))
(check (= $smmm (Matmul (Sum $A (AxisOne 0) false) (Sum $B (AxisOne 1) false))))
(check (= $rev (Index $x (KCons (KInt (ISub (ISub (IConst 9) (IConst 1)) (IConst 2))) (KNil)))))
"""


def versa(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    script = Path(sys.executable).parent / "versa"
    return subprocess.run([str(script), *args], cwd=cwd, capture_output=True, text=True, timeout=600)


def test_export_loads_and_fires(tmp_path: Path) -> None:
    (tmp_path / "r.toml").write_text(RULES)
    assert versa("verify-rules", "r.toml", cwd=tmp_path).returncode == 0
    r = versa("export-egglog", "r.toml", "--domain", "real", "-o", "out.egg", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "exported 4 rules proved in real" in r.stderr
    text = (tmp_path / "out.egg").read_text()
    assert ':name "r/smmm"' in text and "r/add-zero" not in text  # refuted rules stay out
    eg = bindings.EGraph()
    eg.run_program(*eg.parse_program(text + PROGRAM))
    # the where-guard (0 <= i) blocks the reverse-index rule on a negative index
    blocked = bindings.EGraph()
    probe = (
        text
        + PROGRAM
        + "(check (= $neg (Index $x (KCons (KInt (ISub (ISub (IConst 9) (IConst 1)) (IConst -2))) (KNil)))))"
    )
    try:
        blocked.run_program(*blocked.parse_program(probe))
    except Exception as e:
        assert "check" in str(e).lower() or "fail" in str(e).lower()
    else:
        raise AssertionError("the where-guard did not block a rule outside its precondition")


def test_ieee_export_leaves_out_real_only_rules(tmp_path: Path) -> None:
    (tmp_path / "r.toml").write_text(RULES)
    assert versa("verify-rules", "r.toml", cwd=tmp_path).returncode == 0
    r = versa("export-egglog", "r.toml", "--domain", "ieee", "-o", "-", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert '"r/smmm"' not in r.stdout and '"r/abs-pushdown"' in r.stdout


def test_stale_proofs_are_not_exported(tmp_path: Path) -> None:
    (tmp_path / "r.toml").write_text(RULES)
    assert versa("verify-rules", "r.toml", cwd=tmp_path).returncode == 0
    (tmp_path / "r.toml").write_text(RULES.replace('rhs = "abs(x[i])"', 'rhs = "abs(x[i]) * 1.0"'))
    r = versa("export-egglog", "r.toml", "-o", "-", cwd=tmp_path)
    assert r.returncode == 0
    assert "r/abs-pushdown" not in r.stdout and "no current proof" in r.stderr
