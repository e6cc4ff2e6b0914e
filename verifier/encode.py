"""Translation of the scalar language (``semantics.scalar``) into Z3, in one number domain.

Dims, int parameters and indices are Z3 ``Int``s; inputs are uninterpreted functions from index
tuples to values; any-rank shapes, abstract indices and keys are uninterpreted sorts. Reductions are
either *atoms* (one uninterpreted function per alpha-equivalence class, applied to the reduction's
free variables: sound congruence, used by the prover together with ``verifier.normal``) or, when
every extent is a concrete number, *unrolled* into the domain's left fold (used by the bounded
refuter).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, assert_never

import z3

from semantics.dtypes import DType
from semantics.errors import UnsupportedError
from semantics.scalar import (
    And,
    AnyBinder,
    BConst,
    Binder,
    Cast,
    Cmp,
    Cond,
    Forall,
    IBin,
    IConst,
    IExpr,
    IFromValue,
    IIf,
    IKeyComp,
    InBounds,
    Index,
    IndexVar,
    IVar,
    KeyIndex,
    KeyShape,
    KeyValid,
    Lit,
    Not,
    Op,
    Or,
    Read,
    Reduce,
    Select,
    SExpr,
    Shape,
    ShapeOf,
    substitute,
)
from verifier.domains import Domain, RealDomain
from verifier.zutil import conj

Mode = Literal["symbolic", "unroll"]
UNROLL_LIMIT = 256


class Unrollable(UnsupportedError):
    """A reduction whose extents are not concrete numbers cannot be unrolled."""


@dataclass
class Encoder:
    """Encodes expressions of one query; collects side facts and notes every abstraction used."""

    domain: Domain
    mode: Mode = "symbolic"
    facts: list[Any] = field(default_factory=list)
    env: dict[str, Any] = field(default_factory=dict)
    idx_env: dict[str, Any] = field(default_factory=dict)
    abstractions: set[str] = field(default_factory=set)
    atoms: dict[str, tuple[Any, Reduce, tuple[str, ...]]] = field(default_factory=dict)
    reads: list[Any] = field(default_factory=list)
    _ints: dict[str, Any] = field(default_factory=dict)
    _arrays: dict[str, Any] = field(default_factory=dict)
    _sorts: dict[str, Any] = field(default_factory=dict)
    _counter: list[int] = field(default_factory=lambda: [0])

    # ---------------------------------------------------------------- names and sorts
    def int_var(self, name: str) -> Any:
        if name in self.env:
            return self.env[name]
        v = self._ints.get(name)
        if v is None:
            v = z3.Int(name)
            self._ints[name] = v
        return v

    def fresh_int(self, hint: str) -> Any:
        self._counter[0] += 1
        return z3.Int(f"{hint}!{self._counter[0]}")

    def abstract_sort(self, name: Literal["Shape", "Idx", "Key"]) -> Any:
        s = self._sorts.get(name)
        if s is None:
            s = z3.DeclareSort(name)
            self._sorts[name] = s
        return s

    def key(self, name: str) -> Any:
        return z3.Const(f"key.{name}", self.abstract_sort("Key"))

    def free_ints(self) -> dict[str, Any]:
        return dict(self._ints)

    def array(self, var: str, index: Index, dtype: DType) -> Any:
        """The uninterpreted function of an input (one per name, dtype and index kind)."""
        val = self.domain.sort(dtype)
        if isinstance(index, tuple):
            key = f"{var}.{dtype.value}.r{len(index)}"
            doms: list[Any] = [z3.IntSort()] * len(index)
        else:
            key = f"{var}.{dtype.value}.any"
            doms = [self.abstract_sort("Idx")]
        f = self._arrays.get(key)
        if f is None:
            f = z3.Function(key, *doms, val)
            self._arrays[key] = f
        return f

    # ---------------------------------------------------------------- integers
    def iexpr(self, e: IExpr) -> Any:
        match e:
            case IConst(value=v):
                return z3.IntVal(v)
            case IVar(name=n):
                return self.int_var(n)
            case IBin(op=op, a=a, b=b):
                x, y = self.iexpr(a), self.iexpr(b)
                match op:
                    case "+":
                        return x + y
                    case "-":
                        return x - y
                    case "*":
                        return x * y
                    case "//":
                        return RealDomain.floordiv_int(x, y)
                    case "%":
                        return z3.If(y == 0, x, x - y * RealDomain.floordiv_int(x, y))
                    case "min":
                        return z3.If(x <= y, x, y)
                    case "max":
                        return z3.If(x >= y, x, y)
                raise AssertionError(op)
            case IIf(cond=c, then=t, other=o):
                return z3.If(self.cond(c), self.iexpr(t), self.iexpr(o))
            case IFromValue(value=v):
                return self.domain.to_index(self.sexpr(v), v.dtype)
            case IKeyComp(key=k, base=base, index=idx, axis=axis):
                sorts = [self.abstract_sort("Key"), *[z3.IntSort()] * len(base), self.abstract_sort("Idx")]
                f = z3.Function(f"key_comp.r{len(base)}.{axis}", *sorts, z3.IntSort())
                return f(self.key(k), *[self.iexpr(d) for d in base], self.aindex(idx))
            case _:
                assert_never(e)

    # ---------------------------------------------------------------- abstract shapes and indices
    def shape(self, s: Shape) -> Any:
        """An abstract shape as a term of the ``Shape`` sort."""
        match s:
            case ShapeOf(var=v):
                return z3.Const(f"shape.{v}", self.abstract_sort("Shape"))
            case KeyShape(key=k, base=base):
                return self._key_fn("key_shape", base, self.abstract_sort("Shape"))(
                    self.key(k), *self._base_args(base)
                )
            case tuple():
                f = z3.Function(f"shape.r{len(s)}", *[z3.IntSort()] * len(s), self.abstract_sort("Shape"))
                return (
                    f(*[self.iexpr(d) for d in s]) if s else z3.Const("shape.r0", self.abstract_sort("Shape"))
                )
            case _:
                assert_never(s)

    def _base_args(self, base: Shape) -> list[Any]:
        return [self.iexpr(d) for d in base] if isinstance(base, tuple) else [self.shape(base)]

    def _key_fn(self, name: str, base: Shape, result: Any, *extra: Any) -> Any:
        if isinstance(base, tuple):
            doms = [self.abstract_sort("Key"), *[z3.IntSort()] * len(base), *extra]
            return z3.Function(f"{name}.r{len(base)}", *doms, result)
        doms = [self.abstract_sort("Key"), self.abstract_sort("Shape"), *extra]
        return z3.Function(name, *doms, result)

    def aindex(self, i: Index) -> Any:
        match i:
            case IndexVar(name=n):
                v = self.idx_env.get(n)
                if v is None:
                    v = z3.Const(n, self.abstract_sort("Idx"))
                    self.idx_env[n] = v
                return v
            case KeyIndex(key=k, base=base, index=idx):
                f = self._key_fn("key_index", base, self.abstract_sort("Idx"), self.abstract_sort("Idx"))
                return f(self.key(k), *self._base_args(base), self.aindex(idx))
            case tuple():
                raise AssertionError("a concrete index is not an abstract one")
            case _:
                assert_never(i)

    def in_bounds(self, idx: Any, shape: Any) -> Any:
        f = z3.Function("in_bounds", self.abstract_sort("Idx"), self.abstract_sort("Shape"), z3.BoolSort())
        return f(idx, shape)

    # ---------------------------------------------------------------- conditions
    def cond(self, c: Cond) -> Any:
        match c:
            case BConst(value=v):
                return z3.BoolVal(v)
            case Cmp(op=op, a=a, b=b):
                x, y = self.iexpr(a), self.iexpr(b)
                return {"==": x == y, "!=": x != y, "<": x < y, "<=": x <= y}[op]
            case And(items=items):
                return conj(*[self.cond(i) for i in items])
            case Or(items=items):
                return z3.Or(*[self.cond(i) for i in items])
            case Not(item=i):
                return z3.Not(self.cond(i))
            case Forall(binders=bs, body=body):
                return self._forall(bs, body)
            case KeyValid(key=k, base=base):
                return self._key_fn("key_valid", base, z3.BoolSort())(self.key(k), *self._base_args(base))
            case InBounds(index=i, shape=s):
                return self.in_bounds(self.aindex(i), self.shape(s))
            case _:
                assert_never(c)

    def _forall(self, binders: tuple[AnyBinder, ...], body: Cond) -> Any:
        if self.mode == "unroll":
            points = self._points(binders)
            saved = dict(self.env)
            out = []
            for p in points:
                self.env.update(p)
                out.append(self.cond(body))
            self.env.clear()
            self.env.update(saved)
            return conj(*out) if out else z3.BoolVal(True)
        consts, guard = self._bind(binders)
        try:
            inner = self.cond(body)
        finally:
            self._unbind(binders)
        return z3.ForAll(consts, z3.Implies(guard, inner))

    def _bind(self, binders: tuple[AnyBinder, ...]) -> tuple[list[Any], Any]:
        consts: list[Any] = []
        guards: list[Any] = []
        for b in binders:
            if isinstance(b, Binder):
                v = self.fresh_int(b.name)
                guards += [v >= 0, v < self.iexpr(b.extent)]
                self.env[b.name] = v
            else:
                self._counter[0] += 1
                v = z3.Const(f"{b.name}!{self._counter[0]}", self.abstract_sort("Idx"))
                guards.append(self.in_bounds(v, self.shape(b.shape)))
                self.idx_env[b.name] = v
            consts.append(v)
        return consts, conj(*guards)

    def _unbind(self, binders: tuple[AnyBinder, ...]) -> None:
        for b in binders:
            self.env.pop(b.name, None)
            self.idx_env.pop(b.name, None)

    # ---------------------------------------------------------------- values
    def sexpr(self, s: SExpr) -> Any:
        match s:
            case Read(var=v, index=idx, dtype=d):
                f = self.array(v, idx, d)
                args = [self.iexpr(i) for i in idx] if isinstance(idx, tuple) else [self.aindex(idx)]
                value = f(*args)
                self.facts.extend(self.domain.read_facts(value, d))
                self.reads.append(value)
                return value
            case Lit(value=v, dtype=d):
                return self.domain.literal(v, d)
            case Op(op=op, args=args, dtype=d):
                vals = [self.sexpr(a) for a in args]
                arg_dtype = args[-1].dtype if op == "where" else args[0].dtype
                return self.domain.op(op, vals, arg_dtype, d, self.facts)
            case Cast(arg=a, dtype=d):
                return self.domain.cast(self.sexpr(a), a.dtype, d, self.facts)
            case Select(cond=c, then=t, other=o):
                return z3.If(self.cond(c), self.sexpr(t), self.sexpr(o))
            case Reduce():
                if self.mode == "unroll":
                    return self._unrolled(s)
                return self.atom(s)
            case _:
                assert_never(s)

    def atom(self, r: Reduce) -> Any:
        """A reduction as an uninterpreted function of its free variables (alpha-invariant).

        In the IEEE domain a float reduction NumPy computes itself (a sum, a matmul, an einsum:
        it has an ``origin``) is a function of that origin and its output point only: NumPy sums
        pairwise or in BLAS order, so two different computations agree only by accident.
        """
        if self.domain.name == "ieee" and r.dtype.is_float and r.origin:
            return self._origin_atom(r)
        key, free, ifree = canonical(r)
        entry = self.atoms.get(key)
        if entry is None:
            n = len(self.atoms)
            sorts = [z3.IntSort()] * len(free) + [self.abstract_sort("Idx")] * len(ifree)
            f = z3.Function(f"reduce{n}.{r.kind}.{r.dtype.value}", *sorts, self.domain.sort(r.dtype))
            entry = (f, r, (*free, *ifree))
            self.atoms[key] = entry
        self.abstractions.add("reduction")
        f = entry[0]
        return f(*[self.int_var(v) for v in free], *[self.aindex(IndexVar(v)) for v in ifree])

    def _origin_atom(self, r: Reduce) -> Any:
        key = f"origin|{r.origin}|{r.kind}|{r.dtype.value}|{len(r.point)}"
        args = [self.aindex(c) if isinstance(c, IndexVar | KeyIndex) else self.iexpr(c) for c in r.point]
        entry = self.atoms.get(key)
        if entry is None:
            sorts = [a.sort() for a in args]
            f = z3.Function(
                f"reduce{len(self.atoms)}.{r.kind}.{r.dtype.value}", *sorts, self.domain.sort(r.dtype)
            )
            entry = (f, r, ())
            self.atoms[key] = entry
        self.abstractions.add("reduction")
        self.abstractions.add("numpy-order")
        return entry[0](*args)

    def _points(self, binders: tuple[AnyBinder, ...]) -> list[dict[str, Any]]:
        extents: list[int] = []
        for b in binders:
            if not isinstance(b, Binder):
                raise Unrollable("cannot unroll over an any-rank shape")
            e = z3.simplify(self.iexpr(b.extent))
            if not z3.is_int_value(e):
                raise Unrollable(f"cannot unroll a symbolic extent: extent={e}")
            extents.append(max(int(e.as_long()), 0))
        total = 1
        for n in extents:
            total *= n
        if total > UNROLL_LIMIT:
            raise Unrollable(f"unrolling is too large: elements={total} limit={UNROLL_LIMIT}")
        import itertools

        names = [b.name for b in binders]
        return [
            {n: z3.IntVal(v) for n, v in zip(names, combo, strict=True)}
            for combo in itertools.product(*(range(n) for n in extents))
        ]

    def _unrolled(self, r: Reduce) -> Any:
        """The reduction as the domain's left fold in row-major order (sums from +0, as NumPy)."""
        op = {"sum": "add", "prod": "multiply", "max": "maximum", "min": "minimum"}[r.kind]
        acc: Any = None
        if r.kind in ("sum", "prod"):
            acc = self.domain.literal(0 if r.kind == "sum" else 1, r.dtype)
        saved = dict(self.env)
        try:
            for p in self._points(r.binders):
                self.env.update(p)
                v = self.sexpr(r.body)
                acc = v if acc is None else self.domain.op(op, [acc, v], r.dtype, r.dtype, self.facts)
        finally:
            self.env.clear()
            self.env.update(saved)
        if acc is None:
            raise Unrollable("an empty max/min reduction has no value")
        return acc

    def equal(self, a: Any, b: Any, dtype: DType) -> Any:
        return self.domain.equal(a, b, dtype)

    def exact(self) -> bool:
        """No abstraction was used: a model of this query is a concrete counterexample."""
        return not self.abstractions and not self.domain._functions


def canonical(r: Reduce) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """An alpha-invariant key for a reduction, and its free int and abstract-index names in order."""
    bound: list[str] = []
    free: list[str] = []
    ifree: list[str] = []

    def walk(o: object, scope: frozenset[str]) -> None:
        match o:
            case Reduce(binders=bs, body=body) | Forall(binders=bs, body=body):
                inner = scope | {b.name for b in bs}
                for b in bs:
                    bound.append(b.name)
                    walk(b.extent if isinstance(b, Binder) else b.shape, scope)
                walk(body, inner)
                return
            case IVar(name=n):
                if n not in scope and n not in free:
                    free.append(n)
                return
            case IndexVar(name=n):
                if n not in scope and n not in ifree:
                    ifree.append(n)
                return
            case tuple():
                for x in o:
                    walk(x, scope)
                return
        from dataclasses import fields, is_dataclass

        if is_dataclass(o) and not isinstance(o, type):
            for f in fields(o):
                walk(getattr(o, f.name), scope)

    r = _strip_origins(r)
    walk(r, frozenset())
    ints = {n: IVar(f"$b{k}") for k, n in enumerate(bound)}
    ints.update({n: IVar(f"$f{k}") for k, n in enumerate(free)})
    idxs = {n: IndexVar(f"$b{k}") for k, n in enumerate(bound)}
    idxs.update({n: IndexVar(f"$g{k}") for k, n in enumerate(ifree)})
    renamed = substitute(r, ints, idxs)
    return repr(renamed), tuple(free), tuple(ifree)


def _strip_origins(o: Any) -> Any:
    """The same expression with reductions' origins and points dropped (structure only)."""
    from dataclasses import fields, is_dataclass

    if isinstance(o, Reduce):
        return Reduce(o.kind, _strip_origins(o.binders), _strip_origins(o.body), o.dtype)
    if isinstance(o, tuple):
        return tuple(_strip_origins(x) for x in o)
    if is_dataclass(o) and not isinstance(o, type):
        return type(o)(**{f.name: _strip_origins(getattr(o, f.name)) for f in fields(o)})
    return o
