"""Concrete refutation: evaluate both sides on concrete inputs and compare, domain by domain.

Every counterexample versa reports passes through ``check_point``: NumPy (``semantics.evaluate``)
must show the two sides differ — as data in ``ieee`` (same datum: ``-0.0 != +0.0``, NaN equals NaN),
and in ``real`` both exactly (``verifier.exact``) and in NumPy beyond rounding noise.
Random search draws points deterministically from a seed, so verdicts do not vary between runs.
"""

from __future__ import annotations

import itertools
import math
import random
from collections.abc import Iterator
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

import numpy as np

from rules.loader import Rule
from semantics.decls import ArrayDecl, Decl, IntDecl, KeyDecl
from semantics.denote import declared_arrays, typings
from semantics.dtypes import DType
from semantics.errors import DTypeError, UndefinedError, VersaError
from semantics.evaluate import evaluate
from semantics.scalar import ivar_names
from semantics.terms import KName, Subscript, Term, subterms
from verifier.exact import Unspecified, exact_evaluate
from verifier.verdict import Counterexample, array_json, scalar_text

REAL_RTOL = 1e-6


@dataclass
class Point:
    """One concrete instantiation of a rule's names."""

    typing: dict[str, DType]
    dims: dict[str, int]
    ints: dict[str, int]
    keys: dict[str, Any]
    arrays: dict[str, np.ndarray[Any, Any]]

    def env(self) -> dict[str, Any]:
        return {**self.dims, **self.ints, **self.keys, **self.arrays}


def _key_names(t: Term) -> set[str]:
    out: set[str] = set()
    stack = [t]
    while stack:
        u = stack.pop()
        if isinstance(u, Subscript) and isinstance(u.key, KName):
            out.add(u.key.name)
        stack.extend(subterms(u))
    return out


@dataclass(frozen=True)
class Names:
    """The names of a rule, by role."""

    arrays: dict[str, ArrayDecl]
    dims: list[str]
    ints: list[str]
    keys: list[str]

    @staticmethod
    def of(rule: Rule) -> Names:
        decls: dict[str, Decl] = rule.decl_map
        arrays = declared_arrays(rule.lhs) | declared_arrays(rule.rhs)
        dims = sorted({n for d in arrays.values() if d.dims is not None for n in ivar_names(d.dims)})
        used = ivar_names((rule.lhs, rule.rhs, rule.where))
        ints = sorted(n for n in used if isinstance(decls.get(n), IntDecl) and n not in dims)
        keys = sorted(
            n for n in _key_names(rule.lhs) | _key_names(rule.rhs) if isinstance(decls.get(n), KeyDecl)
        )
        extra = sorted(used - set(dims) - set(ints) - set(arrays) - set(keys))
        # dims that appear only in int expressions of the terms (e.g. broadcast_to targets)
        dims += [n for n in extra if n not in decls]
        return Names(dict(sorted(arrays.items())), sorted(set(dims)), ints, keys)


# ---------------------------------------------------------------- comparing the two sides at a point


def same_datum(a: Any, b: Any) -> bool:
    if isinstance(a, float | np.floating) or isinstance(b, float | np.floating):
        fa, fb = float(a), float(b)
        if math.isnan(fa) or math.isnan(fb):
            return math.isnan(fa) and math.isnan(fb)
        return fa == fb and math.copysign(1.0, fa) == math.copysign(1.0, fb)
    return bool(a == b)


def _text(v: Any) -> str:
    t = scalar_text(v)
    return t if isinstance(t, str) else repr(t)


def _error_query(e: VersaError) -> str:
    if isinstance(e, UndefinedError):
        return "defined"
    if isinstance(e, DTypeError):
        return "dtype"
    return "wf"


def check_point(rule: Rule, domain: str, p: Point, source: str) -> Counterexample | None:
    """A confirmed counterexample at ``p``, or None (agreement, or the lhs is not defined there)."""
    env = p.env()
    try:
        lhs = evaluate(rule.lhs, env)
    except VersaError:
        return None
    if not _where_holds(rule, p):
        return None
    try:
        rhs = evaluate(rule.rhs, env)
    except VersaError as e:
        return _cex(rule, p, _error_query(e), None, f"{_array_text(lhs)}", f"error: {e}", source)
    if lhs.dtype != rhs.dtype:
        return _cex(rule, p, "dtype", None, str(lhs.dtype), str(rhs.dtype), source)
    if lhs.shape != rhs.shape:
        return _cex(rule, p, "shape", None, f"shape {lhs.shape}", f"shape {rhs.shape}", source)
    if domain == "ieee":
        for idx in np.ndindex(*lhs.shape):
            if not same_datum(lhs[idx], rhs[idx]):
                return _cex(rule, p, "value", list(idx), _text(lhs[idx]), _text(rhs[idx]), source)
        return None
    return _real_mismatch(rule, p, lhs, rhs, source)


def _real_mismatch(
    rule: Rule, p: Point, lhs: np.ndarray[Any, Any], rhs: np.ndarray[Any, Any], source: str
) -> Counterexample | None:
    """Exact reals differ, and NumPy (the replay) differs beyond rounding noise too."""
    env = p.env()
    try:
        _, lv, approx_l = exact_evaluate(rule.lhs, env)
        _, rv, approx_r = exact_evaluate(rule.rhs, env)
    except (VersaError, Unspecified):
        return None
    approx = approx_l or approx_r
    for idx in np.ndindex(*lhs.shape):
        a, b = lv.get(idx), rv.get(idx)
        if a is None or b is None or a == b:
            continue
        if approx and _close(a, b, 1e-9):
            continue
        na, nb = lhs[idx], rhs[idx]
        if isinstance(na, np.bool_ | bool) or np.asarray(na).dtype.kind in "iu":
            if na == nb:
                continue
        elif not _numpy_differs(float(na), float(nb)):
            continue
        return _cex(
            rule,
            p,
            "value",
            list(idx),
            f"{_text(na)} (exact {_frac(a)})",
            f"{_text(nb)} (exact {_frac(b)})",
            source,
        )
    return None


def _frac(v: Any) -> str:
    if isinstance(v, Fraction):
        return str(v) if v.denominator != 1 else str(v.numerator)
    return repr(v)


def _close(a: Any, b: Any, tol: float) -> bool:
    if isinstance(a, bool) or isinstance(b, bool):
        return bool(a == b)
    fa, fb = float(a), float(b)
    return abs(fa - fb) <= tol * (1 + abs(fa) + abs(fb))


def _numpy_differs(a: float, b: float) -> bool:
    if math.isnan(a) or math.isnan(b):
        return math.isnan(a) != math.isnan(b)
    if math.isinf(a) or math.isinf(b):
        return a != b
    return abs(a - b) > REAL_RTOL * (1 + abs(a) + abs(b))


def _array_text(a: np.ndarray[Any, Any]) -> str:
    if a.ndim == 0:
        return _text(a[()])
    return f"{a.dtype}{list(a.shape)}"


def _where_holds(rule: Rule, p: Point) -> bool:
    from semantics.concrete import Interpreter

    try:
        return bool(Interpreter({}, {**p.dims, **p.ints}).cond(rule.where, {}))
    except VersaError:
        return False


def _cex(
    rule: Rule, p: Point, query: str, index: list[int] | None, lhs: str, rhs: str, source: str
) -> Counterexample:
    return Counterexample(
        query=query,
        typing={k: v.value for k, v in sorted(p.typing.items())},
        dims=dict(sorted(p.dims.items())),
        ints=dict(sorted(p.ints.items())),
        keys={k: repr(v) for k, v in sorted(p.keys.items())},
        inputs={k: array_json(v) for k, v in sorted(p.arrays.items())},
        index=index,
        lhs=lhs,
        rhs=rhs,
        source=source,
    )


# ---------------------------------------------------------------- drawing points


_SPECIAL = [
    0.0,
    -0.0,
    1.0,
    -1.0,
    0.5,
    2.0,
    3.0,
    -2.5,
    0.1,
    1 / 3,
    1e308,
    -1e308,
    5e-324,
    -5e-324,
    2.2250738585072014e-308,
    1e-310,
    65504.0,
    6e4,
    1e38,
    float("inf"),
    float("-inf"),
    float("nan"),
]


class Sampler:
    """Deterministic random points for a rule in a domain."""

    def __init__(self, rule: Rule, domain: str, seed: int) -> None:
        self.rule = rule
        self.domain = domain
        self.names = Names.of(rule)
        self.rng = random.Random(seed)
        self.np_rng = np.random.default_rng(seed)
        self.typings = list(itertools.islice(typings(self.names.arrays), 64))

    def points(self, count: int) -> Iterator[Point]:
        for n in range(count):
            if not self.typings:
                return
            typing = self.typings[n % len(self.typings)]
            wide = n % 4 == 3
            p = self.point(typing, wide)
            if p is not None:
                yield p

    def point(self, typing: dict[str, DType], wide: bool) -> Point | None:
        rng = self.rng
        dims = {d: self._dim(wide) for d in self.names.dims}
        ints: dict[str, int] = {}
        for i in self.names.ints:
            choices = [rng.randint(-5, 5)] + [v for d in dims.values() for v in (d, -d, d - 1)]
            ints[i] = rng.choice(choices)
        keys = {k: self._key() for k in self.names.keys}
        arrays: dict[str, np.ndarray[Any, Any]] = {}
        from semantics.concrete import Interpreter

        interp = Interpreter({}, {**dims, **ints})
        for name, decl in self.names.arrays.items():
            if decl.dims is None:
                rank = rng.randint(0, 3)
                shape = tuple(self._dim(wide) for _ in range(rank))
            else:
                try:
                    shape = tuple(interp.ival(d, {}) for d in decl.dims)
                except VersaError:
                    return None
                if any(s < 0 for s in shape):
                    return None
            arrays[name] = self._values(typing[name], shape)
        return Point(typing, dims, ints, keys, arrays)

    def _dim(self, wide: bool) -> int:
        if wide:
            return self.rng.choice([1, 5, 6, 7, 8])
        return self.rng.choice([0, 1, 1, 2, 2, 3, 3])

    def _key(self) -> Any:
        rng = self.rng
        items: list[Any] = []
        for _ in range(rng.randint(1, 3)):
            kind = rng.random()
            if kind < 0.35:
                items.append(rng.randint(-3, 3))
            elif kind < 0.8:
                step = rng.choice([None, None, 1, 2, -1, -2, 3])
                start = rng.choice([None, rng.randint(-4, 4)])
                stop = rng.choice([None, rng.randint(-4, 4)])
                items.append(slice(start, stop, step))
            elif kind < 0.92:
                items.append(None)
            elif Ellipsis not in items:
                items.append(Ellipsis)
        return items[0] if len(items) == 1 and rng.random() < 0.5 else tuple(items)

    def _values(self, dt: DType, shape: tuple[int, ...]) -> np.ndarray[Any, Any]:
        size = int(np.prod(shape)) if shape else 1
        rng = self.np_rng
        if dt is DType.BOOL:
            out: np.ndarray[Any, Any] = rng.integers(0, 2, size).astype(bool).reshape(shape)
            return out
        if self.domain == "real":
            if dt.is_float:
                vals = rng.integers(-4, 5, size) / rng.choice([1, 1, 2], size)
                out = vals.astype(dt.np).reshape(shape)
                return out
            lo = 0 if dt.int_range[0] == 0 else -4
            return rng.integers(lo, 5, size).astype(dt.np).reshape(shape)
        if dt.is_float:
            pick = rng.random(size)
            special = np.array([_SPECIAL[i] for i in rng.integers(0, len(_SPECIAL), size)])
            normal = rng.standard_normal(size) * rng.choice([1.0, 10.0, 1e3], size)
            with np.errstate(all="ignore"):
                vals = np.where(pick < 0.5, special, normal).astype(dt.np)
            return vals.reshape(shape)
        lo, hi = dt.int_range
        # built in the array's own dtype: the extremes of u64 and i64 do not survive a float64
        extremes = [lo, hi, 0, 1, -1 if lo < 0 else 2, lo + 1, hi - 1, 2, 3, -2 if lo < 0 else 4]
        edge = np.array(extremes, dtype=dt.np)
        pick = rng.random(size)
        small = rng.integers(max(lo, -8), min(hi, 8) + 1, size).astype(dt.np)
        edges = edge[rng.integers(0, len(edge), size)]
        out = np.where(pick < 0.4, edges, small).astype(dt.np).reshape(shape)
        return out


def random_search(rule: Rule, domain: str, count: int, seed: int) -> Counterexample | None:
    """The first confirmed counterexample among ``count`` deterministic random points."""
    sampler = Sampler(rule, domain, seed)
    for p in sampler.points(count):
        cex = check_point(rule, domain, p, "random search")
        if cex is not None:
            return shrink(rule, domain, p, cex, seed)
    return None


def seed_of(rule: Rule, domain: str) -> int:
    import hashlib

    return int.from_bytes(hashlib.sha256(f"{rule.digest()}/{domain}".encode()).digest()[:8], "big")


def _size(p: Point) -> int:
    return sum(int(a.size) for a in p.arrays.values()) + sum(p.dims.values())


def shrink(
    rule: Rule, domain: str, p: Point, cex: Counterexample, seed: int, tries: int = 40
) -> Counterexample:
    """A smaller counterexample if one is near: small dims, arrays drawn from the failing inputs'
    own values (the troublesome ``-0.0`` or ``NaN`` is among them). Deterministic; every candidate
    is confirmed by ``check_point`` like the original."""
    rng = np.random.default_rng(seed)
    best, best_point = cex, p
    from semantics.concrete import Interpreter

    names = Names.of(rule)
    for _ in range(tries):
        dims = {
            d: int(rng.choice([v for v in (0, 1, 2, 3) if v <= max(best_point.dims[d], 1)]))
            for d in best_point.dims
        }
        ints = {i: (v if abs(v) <= 3 else int(rng.integers(-3, 4))) for i, v in best_point.ints.items()}
        interp = Interpreter({}, {**dims, **ints})
        arrays: dict[str, np.ndarray[Any, Any]] = {}
        try:
            for name, arr in best_point.arrays.items():
                decl = names.arrays[name]
                if decl.dims is None:
                    shape = tuple(min(s, int(rng.integers(1, 3))) for s in arr.shape)
                else:
                    shape = tuple(interp.ival(d, {}) for d in decl.dims)
                pool = arr.reshape(-1) if arr.size else np.zeros(1, arr.dtype)
                arrays[name] = rng.choice(pool, size=shape) if shape else np.asarray(rng.choice(pool))
        except VersaError:
            continue
        candidate = Point(best_point.typing, dims, ints, best_point.keys, arrays)
        if _size(candidate) >= _size(best_point):
            continue
        found = check_point(rule, domain, candidate, cex.source)
        if found is not None and found.query == best.query:
            best, best_point = found, candidate
    return best
