"""The proof store: ``proofs/<file-stem>/<rule>.<domain>.smt2`` and ``proofs/manifest.json``.

Each ``.smt2`` file is self-contained SMT-LIB2: for a proved rule, ``unsat`` is the proof; for a
refuted or unknown one it is the query that did not prove (and the manifest keeps the replayed
counterexample). The manifest ties each verdict to a hash of the normalized rule and the semantics
version. Writes are atomic (temp file + rename) and deterministic: the same rules give the same
bytes, and a verdict that did not change keeps its recorded seconds.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rules.loader import Rule
from semantics import SEMANTICS_VERSION
from semantics.errors import VersaError
from verifier.verdict import Verdict, claim_met

MANIFEST = "manifest.json"


def atomic_write(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so readers see the old or the new file, never a partial one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def rule_key(rule: Rule) -> str:
    return f"{rule.stem}/{rule.name}"


def proof_relpath(rule: Rule, domain: str) -> str:
    return f"{rule.stem}/{rule.name}.{domain}.smt2"


@dataclass
class ProofStore:
    root: Path

    @property
    def manifest_path(self) -> Path:
        return self.root / MANIFEST

    def load(self) -> dict[str, Any]:
        try:
            text = self.manifest_path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return {"semantics_version": SEMANTICS_VERSION, "rules": {}}
        except OSError as e:
            raise VersaError(
                f"cannot read the proof manifest: path={self.manifest_path} ({e.strerror})"
            ) from None
        try:
            data = json.loads(text)
        except json.JSONDecodeError as e:
            raise VersaError(
                f"the proof manifest is not valid JSON: path={self.manifest_path} ({e})"
            ) from None
        if not isinstance(data, dict) or not isinstance(data.get("rules"), dict):
            raise VersaError(f"the proof manifest has no 'rules' table: path={self.manifest_path}")
        return data

    def save(self, data: dict[str, Any]) -> None:
        data["semantics_version"] = SEMANTICS_VERSION
        data["rules"] = dict(sorted(data["rules"].items()))
        atomic_write(self.manifest_path, json.dumps(data, indent=1, sort_keys=True) + "\n")

    def record(self, results: Iterable[tuple[Rule, dict[str, Verdict]]], files: Iterable[Rule] = ()) -> None:
        """Store the verdicts of ``results``; drop entries of rules no longer in their checked files."""
        data = self.load()
        table: dict[str, Any] = data["rules"]
        for rule, verdicts in results:
            key = rule_key(rule)
            old = table.get(key, {})
            same_rule = old.get("digest") == rule.digest()
            entry: dict[str, Any] = {
                "file": rule.file,
                "line": rule.line,
                "digest": rule.digest(),
                "claim": {"domain": rule.domain, "expect": rule.expect},
                "verdicts": dict(old.get("verdicts", {})) if same_rule else {},
            }
            for domain, v in sorted(verdicts.items()):
                rel = proof_relpath(rule, domain)
                text = v.smt2 or f"; no query was needed: {v.status} ({v.reason})\n"
                path = self.root / rel
                if not path.exists() or path.read_text(encoding="utf-8") != text:
                    atomic_write(path, text)
                record: dict[str, Any] = {
                    "status": v.status,
                    "solver": v.solver,
                    "seconds": round(v.seconds, 2),
                    "smt2": rel,
                    "smt2_sha256": sha256(text),
                }
                if v.bound:
                    record["bound"] = v.bound
                if v.reason:
                    record["reason"] = v.reason
                if v.counterexample is not None:
                    record["counterexample"] = v.counterexample.to_json()
                prev = entry["verdicts"].get(domain)
                if prev and all(prev.get(k) == record.get(k) for k in ("status", "smt2_sha256", "reason")):
                    record["seconds"] = prev.get("seconds", record["seconds"])
                    record["solver"] = prev.get("solver", record["solver"])
                entry["verdicts"][domain] = record
            table[key] = entry
        # rules removed from a file that was checked in full
        checked = {r.file for r in files}
        present = {rule_key(r) for r in files}
        for key in sorted(table):
            e = table[key]
            if e.get("file") in checked and key not in present:
                for rec in e.get("verdicts", {}).values():
                    stale = self.root / rec.get("smt2", "")
                    if stale.is_file():
                        stale.unlink()
                del table[key]
        self.save(data)


@dataclass
class Problem:
    rule: Rule
    message: str


def check_store(store: ProofStore, rules: Iterable[Rule], domains: Iterable[str]) -> list[Problem]:
    """Every rule whose stored proof is missing, stale, or does not meet the rule's claim."""
    data = store.load()
    table = data["rules"]
    problems: list[Problem] = []
    if data.get("semantics_version") != SEMANTICS_VERSION:
        for r in rules:
            problems.append(Problem(r, "the manifest was made with another semantics version"))
        return problems
    for r in rules:
        e = table.get(rule_key(r))
        if e is None:
            problems.append(Problem(r, "no stored proof"))
            continue
        if e.get("digest") != r.digest():
            problems.append(Problem(r, "stale: the rule changed since its proof"))
            continue
        for d in domains:
            rec = e.get("verdicts", {}).get(d)
            if rec is None:
                problems.append(Problem(r, f"no stored verdict in domain {d}"))
                continue
            path = store.root / rec.get("smt2", "")
            if not path.is_file():
                problems.append(Problem(r, f"missing proof file {path}"))
                continue
            if sha256(path.read_text(encoding="utf-8")) != rec.get("smt2_sha256"):
                problems.append(Problem(r, f"proof file {path} does not match the manifest"))
                continue
            if d == r.domain and not claim_met(rec.get("status", "unknown"), r.expect):
                problems.append(
                    Problem(
                        r, f"stored verdict {rec.get('status')} in {d} does not meet the claim {r.expect}"
                    )
                )
    return problems


def recheck_cvc5(path: Path, timeout: float) -> str:
    """Run cvc5 on a stored query; returns ``unsat``, ``sat``, ``unknown`` or an error text."""
    try:
        import cvc5
    except ImportError:
        raise VersaError("--solver cvc5 needs the cvc5 package (pip install cvc5)") from None
    tm = cvc5.TermManager()
    solver = cvc5.Solver(tm)
    solver.setOption("tlimit-per", str(max(int(timeout * 1000), 1)))
    text = path.read_text(encoding="utf-8")
    if re.search(r"\b5 11\)", text):  # any float16 sort or conversion
        solver.setOption("fp-exp", "true")  # cvc5 handles float16 only in its newer FP solver
    parser = cvc5.InputParser(solver)
    parser.setStringInput(cvc5.InputLanguage.SMT_LIB_2_6, text, str(path))
    sm = parser.getSymbolManager()
    answer = "unknown"
    try:
        while True:
            cmd = parser.nextCommand()
            if cmd.isNull():
                break
            out = cmd.invoke(solver, sm)
            if out.strip():
                answer = out.strip().splitlines()[-1]
    except Exception as e:  # cvc5 raises its own exception types for unsupported input
        return f"error: {e}"
    return answer
