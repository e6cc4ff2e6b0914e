"""Small helpers for verifier tests: one rule from text, its verdict in a domain."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from rules import Rule, load_rules
from semantics import VersaError, evaluate
from verifier.pipeline import verify
from verifier.search import same_datum
from verifier.verdict import Counterexample, Verdict, array_from_json


def toml_value(v: Any) -> str:
    if isinstance(v, str):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(v, list):
        return "[" + ", ".join(toml_value(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {toml_value(x)}" for k, x in v.items()) + " }"
    raise TypeError(v)


def make_rule(
    tmp: Path, lhs: str, rhs: str, vars: dict[str, str], domain: str = "ieee", **extra: Any
) -> Rule:
    """Write a one-rule file under ``tmp`` and load it back."""
    import hashlib

    digest = hashlib.sha256(repr((lhs, rhs, sorted(vars.items()), domain, sorted(extra.items()))).encode())
    name = extra.pop("name", f"r{digest.hexdigest()[:10]}")
    lines = ["[vars]", *(f"{k} = {toml_value(v)}" for k, v in vars.items()), "", "[[rule]]"]
    fields = {"name": name, "lhs": lhs, "rhs": rhs, "domain": domain, **extra}
    lines += [f"{k} = {toml_value(v)}" for k, v in fields.items()]
    path = tmp / f"{name}.toml"
    path.write_text("\n".join(lines) + "\n")
    return load_rules(path).rules[0]


def check(
    tmp: Path,
    lhs: str,
    rhs: str,
    vars: dict[str, str],
    domain: str = "ieee",
    timeout: float = 10.0,
    **extra: Any,
) -> Verdict:
    rule = make_rule(tmp, lhs, rhs, vars, domain, **extra)
    v = verify(rule, domain, timeout)
    if v.counterexample is not None:
        assert_replays(rule, v.counterexample, domain)
    return v


def env_of(cex: Counterexample) -> dict[str, Any]:
    env: dict[str, Any] = {k: array_from_json(a) for k, a in cex.inputs.items()}
    env.update(cex.dims)
    env.update(cex.ints)
    for k, text in cex.keys.items():
        env[k] = eval(text, {"__builtins__": {}}, {"slice": slice, "Ellipsis": Ellipsis})
    return env


def assert_replays(rule: Rule, cex: Counterexample, domain: str) -> None:
    """The counterexample, read back from its JSON form, shows the two sides differ in NumPy."""
    env = env_of(cex)
    lhs = evaluate(rule.lhs, env)
    try:
        rhs = evaluate(rule.rhs, env)
    except VersaError:
        assert cex.query in ("wf", "defined", "dtype"), cex.query
        return
    if cex.query == "dtype":
        assert lhs.dtype != rhs.dtype
        return
    if cex.query == "shape":
        assert lhs.shape != rhs.shape
        return
    assert cex.query == "value" and cex.index is not None
    a, b = lhs[tuple(cex.index)], rhs[tuple(cex.index)]
    if domain == "ieee":
        assert not same_datum(a, b), (a, b)
    else:
        assert not np.isclose(float(a), float(b), rtol=1e-6, atol=1e-9), (a, b)
