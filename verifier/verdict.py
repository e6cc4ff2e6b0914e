"""Verdicts and counterexamples, as data (JSON) and as text in Alive's style."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np

Status = Literal["proved", "proved-bounded", "refuted", "unknown"]
Query = Literal["shape", "dtype", "wf", "defined", "value"]

QUERY_MESSAGES: dict[str, str] = {
    "wf": "the rhs is not well-formed where the lhs is (NumPy raises on the rhs)",
    "shape": "the two sides have different shapes",
    "dtype": "the two sides have different dtypes",
    "defined": "the rhs is undefined (an index out of bounds) where the lhs is defined",
    "value": "the two sides differ at an index",
}


def scalar_text(v: Any) -> Any:
    """A JSON-safe scalar: ints and bools as they are, floats as ``repr`` strings (keeps -0.0, nan)."""
    if isinstance(v, bool | np.bool_):
        return bool(v)
    if isinstance(v, int | np.integer):
        return int(v)
    f = float(v)
    if math.isnan(f):
        return "nan"
    return repr(f)


def array_json(a: np.ndarray[Any, Any]) -> dict[str, Any]:
    flat = [scalar_text(x) for x in np.asarray(a).reshape(-1).tolist()]
    return {"dtype": str(a.dtype), "shape": list(a.shape), "values": flat}


def array_from_json(d: dict[str, Any]) -> np.ndarray[Any, Any]:
    dt = np.dtype(d["dtype"])
    vals = [float(v) if isinstance(v, str) else v for v in d["values"]]
    return np.array(vals, dtype=dt).reshape(d["shape"])


@dataclass
class Counterexample:
    """An input on which the rule's two sides differ, confirmed by NumPy."""

    query: str
    typing: dict[str, str]
    dims: dict[str, int]
    ints: dict[str, int]
    keys: dict[str, str]
    inputs: dict[str, dict[str, Any]]
    index: list[int] | None
    lhs: str
    rhs: str
    source: str = ""  # which refuter found it: search, model, unroll

    def to_json(self) -> dict[str, Any]:
        return {
            "query": self.query,
            "message": QUERY_MESSAGES.get(self.query, ""),
            "typing": self.typing,
            "dims": self.dims,
            "ints": self.ints,
            "keys": self.keys,
            "inputs": self.inputs,
            "index": self.index,
            "lhs": self.lhs,
            "rhs": self.rhs,
            "source": self.source,
        }

    def text(self, lhs_src: str = "lhs", rhs_src: str = "rhs") -> str:
        """Alive-style: the failed check, every input, the index, both values."""
        lines = [f"ERROR: {QUERY_MESSAGES.get(self.query, self.query)} (query: {self.query})"]
        if self.typing:
            lines.append("  dtypes: " + ", ".join(f"{k}: {v}" for k, v in sorted(self.typing.items())))
        if self.dims:
            lines.append("  dims:   " + ", ".join(f"{k} = {v}" for k, v in sorted(self.dims.items())))
        for iname, ival in sorted(self.ints.items()):
            lines.append(f"  {iname} = {ival}")
        for kname, kval in sorted(self.keys.items()):
            lines.append(f"  {kname} = {kval}")
        for name, arr in sorted(self.inputs.items()):
            shape = "x".join(str(s) for s in arr["shape"]) or "0-d"
            vals = ", ".join(str(x) for x in arr["values"][:16])
            more = ", ..." if len(arr["values"]) > 16 else ""
            lines.append(f"  {name}: {arr['dtype']}[{shape}] = [{vals}{more}]")
        if self.index is not None:
            lines.append(
                f"  index:  ({', '.join(str(i) for i in self.index)}{',' if len(self.index) == 1 else ''})"
            )
        lines.append(f"  lhs  {lhs_src}  =  {self.lhs}")
        lines.append(f"  rhs  {rhs_src}  =  {self.rhs}")
        return "\n".join(lines)


@dataclass
class Verdict:
    """The outcome of checking one rule in one domain."""

    status: Status
    domain: str
    seconds: float = 0.0
    reason: str = ""
    bound: str = ""
    counterexample: Counterexample | None = None
    queries: dict[str, str] = field(default_factory=dict)
    smt2: str = ""
    solver: str = "z3"

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"status": self.status, "seconds": round(self.seconds, 3)}
        if self.bound:
            out["bound"] = self.bound
        if self.reason:
            out["reason"] = self.reason
        if self.counterexample is not None:
            out["counterexample"] = self.counterexample.to_json()
        if self.queries:
            out["queries"] = dict(self.queries)
        return out


def claim_met(status: Status, expect: str) -> bool:
    """Does a verdict meet a rule's claim in its claimed domain?"""
    if expect == "refuted":
        return status == "refuted"
    if expect == "proved-bounded":
        return status in ("proved", "proved-bounded")
    return status == "proved"
