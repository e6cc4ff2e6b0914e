"""The CLI on good and bad input: good input prints the denotation and exits 0; bad input prints
exactly one ``error:`` line on stderr and exits 2, never a traceback -- both through typer's
``CliRunner`` and through the installed console script in a real process."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli.app import app

runner = CliRunner()


def versa_script() -> list[str]:
    """The installed ``versa`` console script (the one next to this interpreter, else on PATH)."""
    beside = Path(sys.executable).parent / "versa"
    found = str(beside) if beside.exists() else shutil.which("versa")
    assert found, "the versa console script is not installed"
    return [found]


def run_script(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "VERSA_DEBUG"}
    return subprocess.run(
        [*versa_script(), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120
    )


def assert_one_error_line(stderr: str, *pieces: str) -> None:
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("error: "), stderr
    assert "Traceback" not in stderr
    for piece in pieces:
        assert piece in lines[0], (piece, stderr)


# ---------------------------------------------------------------- good input


def test_explain_prints_shape_dtype_and_index() -> None:
    result = runner.invoke(app, ["explain", "abs(x)", "--var", "x: f64[n]"])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "term         abs(x)" in out
    assert "vars         x: f64[n]" in out
    assert "dtype        f64" in out
    assert "shape        (n,)" in out
    assert "index        out[i0] = abs(x[i0])" in out
    assert result.stderr == ""


def test_explain_matmul_sums_over_the_inner_dim() -> None:
    result = runner.invoke(app, ["explain", "A @ x", "-v", "A: f32[m, n]", "-v", "x: f32[n]"])
    assert result.exit_code == 0, result.output
    assert "dtype        f32" in result.stdout
    assert "shape        (m,)" in result.stdout
    index = next(line for line in result.stdout.splitlines() if line.startswith("index"))
    assert "Σ" in index and "A[i0, " in index and "x[" in index


def test_explain_shows_each_dtype_of_a_family() -> None:
    result = runner.invoke(app, ["explain", "x * 2", "--var", "x: float[n]"])
    assert result.exit_code == 0, result.output
    for dt in ("f16", "f32", "f64"):
        assert f"with         x: {dt}" in result.stdout
        assert f"dtype        {dt}" in result.stdout


# ---------------------------------------------------------------- bad input

BAD: list[tuple[list[str], tuple[str, ...]]] = [
    (["explain", "abs(x)", "--var", "x"], ("--var takes 'NAME: DECL'", "var='x'")),
    (["explain", "abs(x)", "--var", ": f64[n]"], ("--var takes 'NAME: DECL'",)),
    (["explain", "x", "--var", "x: f64[n]", "--var", "x: f64[m]"], ("declares a name twice", "name='x'")),
    (["explain", "abs(x)", "--var", "x: f64[n,"], ("unclosed '['", "col=")),
    (["explain", "abs(x)", "--var", "1x: f64[n]"], ("not a variable name", "name='1x'")),
    (["explain", "abs(x", "--var", "x: f64[n]"], ("invalid syntax", "text='abs(x'", "col=4")),
    (["explain", "x +\n y", "--var", "x: f64[n]"], ("invalid syntax", "col=")),
    (["explain", "frob(x)", "--var", "x: f64[n]"], ("unknown op: op='frob'", "col=1")),
    (["explain", "abs(w)", "--var", "x: f64[n]"], ("undeclared name: name='w'", "col=5")),
    (["explain", "u @ v", "--var", "u: f64[2]", "--var", "v: f64[3]"], ("matmul", "col=1")),
    (["explain", "negative(b)", "--var", "b: bool[n]"], ("dtype=bool",)),
    (["explain", "x" + " + x" * 30_000, "--var", "x: f64[n]"], ("too long", "limit=")),
    (
        ["explain", "--var", "x: f64[n]", "--", "-" * 3_000 + "x"],
        ("nested too deeply",),
    ),  # -- : not an option
]


@pytest.mark.parametrize(("args", "pieces"), BAD, ids=[" ".join(a)[:40] for a, _ in BAD])
def test_bad_input_is_one_error_line_and_exit_2(args: list[str], pieces: tuple[str, ...]) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2, (result.output, result.exception)
    assert isinstance(result.exception, SystemExit)  # nothing but the exit escaped the command
    assert result.stdout == ""
    assert_one_error_line(result.stderr, *pieces)


def test_bad_rule_file_is_one_error_line_naming_file_rule_and_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "bad.toml"
    path.write_text('[vars]\nx = "f64[n]"\n\n[[rule]]\nname = "r"\nlhs = "abs(x)"\nrhs = "frob(x)"\n')
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["verify-rules", str(path)])
    assert result.exit_code == 2, (result.output, result.exception)
    assert_one_error_line(result.stderr, f"{path}:7: rule='r': rhs: unknown op: op='frob'")


# ---------------------------------------------------------------- the installed script, in a process


def test_script_good_input(tmp_path: Path) -> None:
    proc = run_script("explain", "sum(A, axis=1)", "--var", "A: f64[m, n]", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "shape        (m,)" in proc.stdout
    assert "dtype        f64" in proc.stdout
    assert "index        out[i0] = " in proc.stdout
    assert proc.stderr == ""


@pytest.mark.parametrize(
    ("args", "pieces"),
    [
        (["explain", "abs(x)", "--var", "x f64[n]"], ("--var takes 'NAME: DECL'",)),
        (["explain", "abs(x", "--var", "x: f64[n]"], ("invalid syntax", "col=4")),
        (["explain", "frob(x)", "--var", "x: f64[n]"], ("unknown op: op='frob'",)),
        (["explain"], ("Missing argument",)),  # a usage error: one line too, not click's box
        (["explain", "x", "--frob"], ("No such option: --frob",)),
    ],
    ids=["bad-var", "parse-error", "unknown-op", "missing-arg", "bad-option"],
)
def test_script_bad_input(tmp_path: Path, args: list[str], pieces: tuple[str, ...]) -> None:
    proc = run_script(*args, cwd=tmp_path)
    assert proc.returncode == 2, (proc.stdout, proc.stderr)
    assert proc.stdout == ""
    assert_one_error_line(proc.stderr, *pieces)
