"""Checking one rule in one domain: instances, the five queries, and the verdict.

A rule is checked per *instance*: one dtype per family variable and, when an op cannot work on an
abstract any-rank shape, one concrete rank per ``[*]`` variable (then the verdict is at best
``proved-bounded``). Each instance gets separate queries, each with its own message:

- ``wf``: where the lhs is well-formed (and ``where`` holds), the rhs is too;
- ``shape``: the shapes are equal; ``dtype``: the dtypes are equal (static per instance);
- ``defined``: where the lhs is defined, the rhs is;
- ``value``: at every in-bounds index the values are equal (same datum in ``ieee``).

Every implication Z3 proves is kept as an obligation; their conjunction, negated, is the stored
SMT-LIB proof. A Z3 "unknown" (timeout) is never a proof.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import z3

from rules.loader import Rule
from semantics.denote import declared_arrays, symbolic_shapes, typings
from semantics.dtypes import DType
from semantics.errors import DTypeError, NeedsConcreteRank, ShapeError, UnsupportedError, VersaError
from semantics.ops.base import Ctx, Den
from semantics.scalar import (
    ABinder,
    AnyBinder,
    Binder,
    IConst,
    IExpr,
    IndexVar,
    IVar,
    Reduce,
    SExpr,
    Shape,
    isub,
    ivar_names,
    substitute,
)
from verifier.domains import make_domain
from verifier.encode import Encoder, canonical
from verifier.model import point_from_model, shrink
from verifier.normal import Builder, Checker, TooBig, equal_forms
from verifier.purify import cone, purify
from verifier.search import Names, check_point
from verifier.verdict import Counterexample
from verifier.zutil import conj

MAX_RANK = 4
MAX_INSTANCES = 96
MAX_DEPTH = 3


@dataclass
class Instance:
    """One dtype choice (and rank choice) of a rule, with both sides' denotations."""

    label: str
    typing: dict[str, DType]
    shapes: dict[str, Shape]
    bounded: bool
    lhs: Den | None  # None: versa cannot denote the lhs here (``error`` says why)
    rhs: Den | None
    rhs_error: VersaError | None
    dims: list[str]


@dataclass
class Obligation:
    label: str
    hyps: list[Any]
    goal: Any


@dataclass
class Outcome:
    """How one instance fared: the first query that failed, and why."""

    ok: bool
    query: str = ""
    reason: str = ""
    counterexample: Counterexample | None = None
    timed_out: bool = False
    spurious: bool = False


def _probe(den: Den) -> None:
    """Force the lazy parts of a denotation (index functions) so rank needs surface now."""
    if isinstance(den.shape, tuple):
        den.at(tuple(IVar(f"probe{j}") for j in range(len(den.shape))))
    else:
        den.at(IndexVar("probe"))


def build_instances(rule: Rule) -> tuple[list[Instance], list[str]]:
    """The instances of a rule, and notes on dtype choices where the lhs is ill-formed."""

    arrays = declared_arrays(rule.lhs) | declared_arrays(rule.rhs)
    any_rank = sorted(n for n, d in arrays.items() if d.dims is None)
    base_dims = sorted({n for d in arrays.values() if d.dims is not None for n in ivar_names(d.dims)})
    out: list[Instance] = []
    notes: list[str] = []
    for typing in itertools.islice(typings(arrays), MAX_INSTANCES):
        label = ", ".join(f"{k}: {v}" for k, v in typing.items())
        rank_choices: list[dict[str, int] | None] = [None]
        done = False
        while rank_choices and not done:
            ranks = rank_choices.pop(0)
            shapes = dict(symbolic_shapes(arrays))
            dims = list(base_dims)
            if ranks is not None:
                for n, r in ranks.items():
                    names = [f"{n}.shape[{j}]" for j in range(r)]
                    shapes[n] = tuple(IVar(x) for x in names)
                    dims += names
            ctx = Ctx(typing, shapes)
            tag = label + (
                "" if ranks is None else " | " + ", ".join(f"{k}.ndim={v}" for k, v in ranks.items())
            )
            try:
                lhs, rhs, err = _sides(rule, ctx)
            except NeedsConcreteRank as e:
                if ranks is None and any_rank:
                    rank_choices = _rank_choices(any_rank)
                    continue
                # a case the rule covers but versa cannot check: an unknown, never a skip
                out.append(Instance(tag, dict(typing), shapes, True, None, None, e, dims))
                continue
            except (DTypeError, ShapeError) as e:
                notes.append(f"{tag}: lhs ill-formed ({e})")  # the rule does not apply here
                continue
            except VersaError as e:
                out.append(Instance(tag, dict(typing), shapes, ranks is not None, None, None, e, dims))
                continue
            out.append(Instance(tag, dict(typing), shapes, ranks is not None, lhs, rhs, err, dims))
            if ranks is None:
                done = True
    return out, notes


# ---------------------------------------------------------------- the prover of one instance


@dataclass
class Prover:
    """Queries for one instance in one domain, recording every proved obligation."""

    rule: Rule
    inst: Instance
    domain_name: str
    timeout_ms: int
    enc: Encoder = field(init=False)
    obligations: list[Obligation] = field(default_factory=list)
    timed_out: bool = False
    last_query: str = ""
    failed: Obligation | None = None

    def __post_init__(self) -> None:
        self.enc = Encoder(make_domain(self.domain_name))

    # ---- solving
    def solver(self) -> z3.Solver:
        s = z3.Solver()
        s.set("timeout", self.timeout_ms)
        s.set("random_seed", 0)
        return s

    def valid(self, hyps: Sequence[Any], goal: Any, label: str) -> bool:
        s = self.solver()
        facts = list(self.enc.facts)
        all_hyps, target = [*hyps, *facts], goal
        merges: list[Obligation] = []
        if self.domain_name == "ieee":
            pure = purify(all_hyps, goal, list(self.enc._arrays.values()), self.timeout_ms)
            if pure is not None:
                all_hyps, target = pure.hyps, pure.goal
                merges = [Obligation("reads at equal indices", h, g) for h, g in pure.merges]
        all_hyps = cone(all_hyps, target)
        s.add(*all_hyps)
        s.add(z3.Not(target))
        r = s.check()
        if r == z3.unsat:
            self.obligations.extend(merges)
            self.obligations.append(Obligation(label, all_hyps, target))
            return True
        if r == z3.unknown:
            self.timed_out = True
        self.failed = Obligation(label, [*hyps, *facts], goal)
        return False

    def counter_model(self, hyps: Sequence[Any], goal: Any) -> z3.ModelRef | None:
        """A small model of ``hyps ∧ ¬goal`` (for exact queries only).

        In the real domain the inputs are first asked to be small integers: a model that needs 1/3
        would be rounded on its way into a float array and no longer replay.
        """
        s = self.solver()
        s.add(*hyps, *self.enc.facts)
        s.add(z3.Not(goal))
        dims = [self.enc.int_var(d) for d in self.inst.dims]
        ints = [self.enc.int_var(i) for i in Names.of(self.rule).ints]
        budget = max(self.timeout_ms // 4, 500)
        if self.domain_name == "real":
            reals = [r for r in self.enc.reads if z3.is_real(r)]
            s.push()
            for r in reals:
                s.add(r == z3.ToReal(z3.ToInt(r)), r <= 8, r >= -8)
            model = shrink(s, dims, ints, budget)
            s.pop()
            if model is not None:
                return model
        return shrink(s, dims, ints, budget)

    # ---- assumptions
    def base(self) -> list[Any]:
        enc = self.enc
        hyps = [enc.int_var(d) >= 0 for d in self.inst.dims]
        hyps.append(enc.cond(self.rule.where))
        assert self.inst.lhs is not None
        hyps.append(enc.cond(self.inst.lhs.wf))
        return hyps

    def index(self, shape: Shape) -> tuple[Any, list[Any], Any]:
        """A symbolic output index, its in-bounds constraints, and the index itself."""
        enc = self.enc
        if isinstance(shape, tuple):
            idx = tuple(IVar(f"i{j}") for j in range(len(shape)))
            bounds = []
            for v, d in zip(idx, shape, strict=True):
                z = enc.int_var(v.name)
                bounds += [z >= 0, z < enc.iexpr(d)]
            return idx, bounds, None
        iv = IndexVar("i")
        return iv, [enc.in_bounds(enc.aindex(iv), enc.shape(shape))], None

    # ---- the queries
    def run(self) -> Outcome:
        inst, enc = self.inst, self.enc
        if inst.lhs is None:
            return Outcome(False, "value", f"unsupported: {inst.rhs_error}")
        lhs = inst.lhs
        base = self.base()
        self.last_query = "vacuity"
        s = self.solver()
        s.add(*base, enc.cond(lhs.defined))
        r = s.check()
        if r == z3.unsat:
            return Outcome(False, "vacuity", "vacuous: the lhs is never well-formed and defined here")
        if inst.rhs is None:
            err = inst.rhs_error
            query = "dtype" if isinstance(err, DTypeError) else "wf"
            if isinstance(err, UnsupportedError) and not isinstance(err, NeedsConcreteRank):
                return Outcome(False, query, f"unsupported rhs: {err}")
            return Outcome(False, query, f"the rhs is ill-formed: {err}")
        rhs = inst.rhs
        if lhs.dtype is not rhs.dtype:
            return Outcome(False, "dtype", f"dtypes differ: lhs {lhs.dtype} vs rhs {rhs.dtype}")
        self.last_query = "wf"
        if not self.valid(base, enc.cond(rhs.wf), "wf: rhs well-formed where lhs is"):
            return self.fail("wf", base, enc.cond(rhs.wf))
        hyps = [*base, enc.cond(rhs.wf)]
        self.last_query = "shape"
        same = self.shapes_equal(lhs.shape, rhs.shape)
        if same is None:
            return Outcome(False, "shape", f"ranks differ: lhs {_rank(lhs.shape)} vs rhs {_rank(rhs.shape)}")
        if not self.valid(hyps, same, "shape: shapes equal"):
            return self.fail("shape", hyps, same)
        self.last_query = "defined"
        ldef, rdef = enc.cond(lhs.defined), enc.cond(rhs.defined)
        if not self.valid([*hyps, ldef], rdef, "defined: rhs defined where lhs is"):
            return self.fail("defined", [*hyps, ldef], rdef)
        self.last_query = "value"
        idx, bounds, _ = self.index(lhs.shape)
        vhyps = [*hyps, same, ldef, rdef, *bounds]
        a, b = lhs.at(idx), rhs.at(idx)
        if self.values_equal(a, b, vhyps, 0):
            return Outcome(True)
        va, vb = enc.sexpr(a), enc.sexpr(b)
        goal = enc.equal(va, vb, lhs.dtype)
        return self.fail("value", vhyps, goal)

    def fail(self, query: str, hyps: list[Any], goal: Any) -> Outcome:
        """A query did not prove: try the model as a counterexample when the encoding is exact."""
        self.failed = Obligation(f"{query} query", [*hyps, *self.enc.facts], goal)
        if self.timed_out:
            return Outcome(False, query, f"timeout after {self.timeout_ms / 1000:g} s", timed_out=True)
        exact = self.enc.exact() and _concrete(self.inst)
        if exact:
            model = self.counter_model(hyps, goal)
            if model is not None:
                p = point_from_model(
                    model,
                    self.enc,
                    self.inst.typing,
                    self.inst.shapes,  # type: ignore[arg-type]
                    self.inst.dims,
                    Names.of(self.rule).ints,
                )
                if p is not None:
                    cex = check_point(self.rule, self.domain_name, p, "solver model")
                    if cex is not None:
                        return Outcome(False, query, "counterexample", counterexample=cex)
                    return Outcome(
                        False,
                        query,
                        "spurious counterexample: the solver's model does not replay in NumPy",
                        spurious=True,
                    )
        return Outcome(False, query, _why(query, self.enc))

    def shapes_equal(self, a: Shape, b: Shape) -> Any | None:
        enc = self.enc
        if isinstance(a, tuple) and isinstance(b, tuple):
            if len(a) != len(b):
                return None
            return conj(*[enc.iexpr(x) == enc.iexpr(y) for x, y in zip(a, b, strict=True)])
        if isinstance(a, tuple) or isinstance(b, tuple):
            raise NeedsConcreteRank("comparing an any-rank shape with a concrete one")
        return enc.shape(a) == enc.shape(b)

    # ---- equality of values: direct, reductions unified, then the normal form (reals)
    def values_equal(self, a: SExpr, b: SExpr, hyps: list[Any], depth: int) -> bool:
        enc = self.enc
        facts = self.unify_reductions(_reductions(a), _reductions(b), hyps, depth)
        goal = enc.equal(enc.sexpr(a), enc.sexpr(b), a.dtype)
        if self.valid([*hyps, *facts], goal, "value: lhs equals rhs"):
            return True
        if self.domain_name == "real" and a.dtype is not DType.BOOL and (_has_sum(a) or _has_sum(b)):
            try:
                builder = Builder()
                return equal_forms(builder.nf(a), builder.nf(b), [*hyps, *facts], self.checker(depth)).proved
            except TooBig:
                return False
        return False

    def unify_reductions(
        self, left: list[Reduce], right: list[Reduce], hyps: list[Any], depth: int
    ) -> list[Any]:
        """Equalities between reductions of the two sides that differ syntactically."""
        if depth >= MAX_DEPTH:
            return []
        facts: list[Any] = []
        for r in [*left, *right]:
            facts.extend(self.empty_reduction(r, hyps))
        seen: set[tuple[str, str]] = set()
        for ra in left:
            for rb in right:
                ka, kb = canonical(ra)[0], canonical(rb)[0]
                if ka == kb or (ka, kb) in seen:
                    continue
                seen.add((ka, kb))
                if ra.kind != rb.kind or ra.dtype is not rb.dtype:
                    continue
                if self.reductions_equal(ra, rb, hyps, depth + 1):
                    facts.append(self.enc.sexpr(ra) == self.enc.sexpr(rb))
        return facts

    def empty_reduction(self, r: Reduce, hyps: list[Any]) -> list[Any]:
        """A sum or product over a provably empty range is its identity (NumPy folds from it)."""
        if r.kind not in ("sum", "prod"):
            return []
        extents = [b.extent for b in r.binders if isinstance(b, Binder)]
        if not extents:
            return []
        empty = z3.Or(*[self.enc.iexpr(e) <= 0 for e in extents])
        failed, timed_out = self.failed, self.timed_out
        if not self.valid(hyps, empty, "the reduction's range is empty"):
            self.failed, self.timed_out = failed, timed_out  # a side question, not the query's failure
            return []
        identity = self.enc.domain.literal(0 if r.kind == "sum" else 1, r.dtype)
        return [self.enc.sexpr(r) == identity]

    def reductions_equal(self, ra: Reduce, rb: Reduce, hyps: list[Any], depth: int) -> bool:
        if self.domain_name == "ieee" and ra.dtype.is_float and (ra.origin or rb.origin):
            return False  # NumPy's own float sums: equal only as the same computation (see encode)
        if self.domain_name == "real" and ra.kind == "sum" and ra.dtype is not DType.BOOL:
            try:
                builder = Builder()
                return equal_forms(builder.nf(ra), builder.nf(rb), hyps, self.checker(depth)).proved
            except TooBig:
                return False
        if len(ra.binders) != len(rb.binders):
            return False
        # a fold may be reordered when its operation is exactly associative and commutative:
        # over reals, and in IEEE for ints (wrapping) and bools; never for IEEE floats
        exact_order = self.domain_name == "real" or not ra.dtype.is_float
        n = len(rb.binders)
        orders = list(itertools.permutations(range(n)))[:24] if exact_order else [tuple(range(n))]
        flips = list(itertools.product((False, True), repeat=n))[:16] if exact_order else [(False,) * n]
        for order, flip in itertools.product(orders, flips):
            pairs = [(ra.binders[i], rb.binders[j]) for i, j in enumerate(order)]
            if any(type(x) is not type(y) for x, y in pairs):
                continue
            goals = [
                self.enc.iexpr(x.extent) == self.enc.iexpr(y.extent)
                for x, y in pairs
                if isinstance(x, Binder) and isinstance(y, Binder) and x.extent != y.extent
            ]
            if any(isinstance(x, ABinder) and x.shape != y.shape for x, y in pairs):  # type: ignore[union-attr]
                continue
            if goals and not self.valid(hyps, conj(*goals), "extents equal"):
                continue
            ints: dict[str, IExpr] = {}
            for (x, y), f in zip(pairs, flip, strict=True):
                if isinstance(y, Binder):
                    ints[y.name] = isub(isub(y.extent, IConst(1)), IVar(x.name)) if f else IVar(x.name)
            if any(f and not isinstance(y, Binder) for (_, y), f in zip(pairs, flip, strict=True)):
                continue
            idxs = {y.name: IndexVar(x.name) for x, y in pairs if isinstance(y, ABinder)}
            body_b = substitute(rb.body, ints, idxs)
            _, guards = self.bind([x for x, _ in pairs])
            try:
                if self.values_equal(ra.body, body_b, [*hyps, *guards], depth):
                    return True
            finally:
                self.unbind([x for x, _ in pairs])
        return False

    # ---- the normal form's view of this prover
    def bind(self, binders: Sequence[AnyBinder]) -> tuple[list[Any], list[Any]]:
        consts, guard = self.enc._bind(tuple(binders))
        return consts, [guard]

    def unbind(self, binders: Sequence[AnyBinder]) -> None:
        self.enc._unbind(tuple(binders))

    def checker(self, depth: int) -> Checker:
        enc = self.enc

        def to_real(v: Any) -> Any:
            return z3.ToReal(v) if z3.is_int(v) else v

        def valid(hyps: list[Any], goal: Any, label: str) -> bool:
            return self.valid(hyps, goal, label)

        return Checker(enc.sexpr, enc.iexpr, enc.cond, valid, self.bind, self.unbind, to_real)


def _sides(rule: Rule, ctx: Ctx) -> tuple[Den, Den | None, VersaError | None]:
    """Both sides' denotations; an error of the lhs propagates, one of the rhs is returned."""
    from semantics.denote import denote

    lhs = denote(rule.lhs, ctx)
    _probe(lhs)
    try:
        rhs = denote(rule.rhs, ctx)
        _probe(rhs)
    except NeedsConcreteRank:
        raise
    except VersaError as e:
        return lhs, None, e
    return lhs, rhs, None


def _rank_choices(any_rank: list[str]) -> list[dict[str, int] | None]:
    """Each any-rank variable at each rank 0..MAX_RANK (the bounded fallback)."""
    out: list[dict[str, int] | None] = []
    for rs in itertools.product(range(MAX_RANK + 1), repeat=len(any_rank)):
        out.append(dict(zip(any_rank, rs, strict=True)))
    return out[:MAX_INSTANCES]


def _rank(s: Shape) -> str:
    return str(len(s)) if isinstance(s, tuple) else "any"


def _concrete(inst: Instance) -> bool:
    return all(isinstance(s, tuple) for s in inst.shapes.values())


def _why(query: str, enc: Encoder) -> str:
    parts = []
    if "numpy-order" in enc.abstractions:
        parts.append(
            "float sums/matmuls that NumPy computes in its own order (pairwise, BLAS), "
            "equal bit for bit only as the same computation"
        )
    elif "reduction" in enc.abstractions:
        parts.append("reductions that the normal form could not match")
    used = sorted(name for name in enc.domain._functions)
    if used:
        parts.append("uninterpreted " + ", ".join(used))
    detail = "; the encoding abstracts " + " and ".join(parts) if parts else ""
    return f"could not prove the {query} query{detail}"


def _reductions(s: Any) -> list[Reduce]:
    """Outermost reductions inside an expression."""
    from dataclasses import fields, is_dataclass

    out: list[Reduce] = []
    stack = [s]
    while stack:
        o = stack.pop()
        if isinstance(o, Reduce):
            out.append(o)
            continue
        if isinstance(o, tuple):
            stack.extend(o)
        elif is_dataclass(o) and not isinstance(o, type):
            stack.extend(getattr(o, f.name) for f in fields(o))
    return out


def _has_sum(s: SExpr) -> bool:
    return any(r.kind == "sum" for r in _reductions(s))
