"""The shipped library: it loads, its stored verdicts meet every claim, and no rule the verifier
proved is contradicted by NumPy on random inputs (a check that does not trust the prover)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from rules import library_paths, load_rules
from verifier.proofs import ProofStore, check_store
from verifier.search import random_search, seed_of

ROOT = Path(__file__).resolve().parent.parent
RULES = [r for p in library_paths() for r in load_rules(p).rules]


def test_the_library_is_big_enough_and_names_are_unique() -> None:
    assert len(RULES) >= 150
    assert sum(r.expect == "refuted" for r in RULES) >= 25
    keys = [f"{r.stem}/{r.name}" for r in RULES]
    assert len(keys) == len(set(keys))
    assert all(r.doc.strip() for r in RULES), "every rule says why it is there"


def test_stored_proofs_are_current_and_meet_every_claim() -> None:
    problems = check_store(ProofStore(ROOT / "proofs"), RULES, ["real", "ieee"])
    assert not problems, "\n".join(
        f"{p.rule.file}:{p.rule.line} {p.rule.name}: {p.message}" for p in problems[:20]
    )


def _stored() -> dict[str, dict[str, object]]:
    data = json.loads((ROOT / "proofs" / "manifest.json").read_text())
    rules: dict[str, dict[str, object]] = data["rules"]
    return rules


def test_no_verdict_is_an_internal_error_or_a_spurious_model() -> None:
    bad = []
    for key, entry in _stored().items():
        for domain, rec in entry["verdicts"].items():  # type: ignore[attr-defined]
            reason = rec.get("reason", "")
            if "internal error" in reason or "spurious" in reason:
                bad.append(f"{key} ({domain}): {reason}")
    assert not bad, "\n".join(bad)


def test_at_least_90_percent_of_sound_rules_are_proved_unbounded() -> None:
    stored = _stored()
    sound = [r for r in RULES if r.expect != "refuted"]
    statuses = Counter(
        stored[f"{r.stem}/{r.name}"]["verdicts"][r.domain]["status"]  # type: ignore[index]
        for r in sound
    )
    assert statuses["proved"] >= 0.9 * len(sound), statuses


PROVED = [r for r in RULES if r.expect != "refuted"]


@pytest.mark.parametrize("rule", PROVED, ids=[f"{r.stem}/{r.name}" for r in PROVED])
def test_numpy_agrees_with_every_proved_rule(rule: object) -> None:
    from rules import Rule

    assert isinstance(rule, Rule)
    cex = random_search(rule, rule.domain, 16, seed_of(rule, rule.domain) + 7)
    assert cex is None, cex.text(rule.lhs_text, rule.rhs_text)
