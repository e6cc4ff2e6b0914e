"""``export-egglog``: wiring of the loader, the proof manifest and the egglog exporter."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from optimizer.export import check_loads, export
from rules.loader import DOMAINS, library_paths
from semantics.errors import VersaError
from verifier.proofs import ProofStore, atomic_write
from verifier.runner import load_all


def export_egglog(paths: list[str], domain: str, output: str, proofs: str, bounded: bool) -> int:
    if domain not in DOMAINS:
        raise VersaError(f"--domain is real or ieee: domain={domain!r}")
    files = [str(p) for p in (paths or library_paths())]
    rules = load_all(files)
    table = ProofStore(Path(proofs)).load()["rules"]
    accepted = {"proved", "proved-bounded"} if bounded else {"proved"}
    verdicts: dict[str, str] = {}
    stale = 0
    for r in rules:
        key = f"{r.stem}/{r.name}"
        if r.expect == "refuted":
            continue  # a regression case, not a rewrite anyone asked for
        entry = table.get(key)
        if entry is None or entry.get("digest") != r.digest():
            stale += 1
            continue
        status = entry.get("verdicts", {}).get(domain, {}).get("status")
        if status in accepted:
            verdicts[key] = status
    ex = export(rules, verdicts, domain)
    check_loads(ex.text)
    if output == "-":
        sys.stdout.write(ex.text)
    else:
        atomic_write(Path(output), ex.text)
    typer.echo(
        f"exported {len(ex.rules)} rules proved in {domain} to {output}"
        + (f"; {stale} rules have no current proof (run verify-rules)" if stale else "")
        + (
            f"; {len(ex.skipped)} have no egglog form: " + ", ".join(k for k, _ in ex.skipped)
            if ex.skipped
            else ""
        ),
        err=True,
    )
    return 0
