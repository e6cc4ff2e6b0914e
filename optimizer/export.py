"""``versa export-egglog``: the proved rules as an egglog program (datatype prelude + rules).

Every op is a constructor of the ``Array`` sort, CamelCase so it never collides with egglog's own
primitives (``abs``, ``log``, ``max``, ...). A rule's declarations become guards over analyses the
prelude declares and that a program fills for its inputs: ``(dtype a)``, ``(rank a)``, ``(dim a j)``;
``where`` conditions compare the constant values of ints and dims with egglog's i64 primitives.
Binders are first-order, their bound names canonical by depth (``"k0"``, ``"e0"``) so
alpha-equivalent terms coincide. Only rules whose stored proof is current and ``proved`` (or, on
request, ``proved-bounded``) in the requested domain are exported; regression rules
(``expect = "refuted"``) never are, even where they happen to hold.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from typing import assert_never

from rules.loader import Rule
from semantics.decls import ArrayDecl, IntDecl, KeyDecl
from semantics.denote import declared_arrays
from semantics.dtypes import ALL_DTYPES, FAMILIES, DType
from semantics.errors import UnsupportedError, VersaError
from semantics.ops.base import OPS
from semantics.scalar import (
    And,
    BConst,
    Cmp,
    Cond,
    IBin,
    IConst,
    IExpr,
    IVar,
    Not,
)
from semantics.terms import (
    Call,
    Const,
    KArray,
    KEllipsis,
    KInt,
    KName,
    KNewAxis,
    KSlice,
    Local,
    Name,
    ParamValue,
    Subscript,
    SumOver,
    Term,
)


def constructor(op: str) -> str:
    """``floor_divide`` -> ``FloorDivide``; ``T`` -> ``Transpose``."""
    if op == "T":
        return "Transpose"
    return "".join(part.capitalize() for part in op.split("_"))


_PARAM_SORT = {
    "axis": "Axis",
    "axes": "Axis",
    "perm": "IntList",
    "shape": "ShapeList",
    "dtype": "String",
    "int": "i64",
    "bool": "bool",
    "str": "String",
}


def prelude() -> str:
    """The static prelude (``prelude.egg``), one constructor per op of the op table, dtype families."""
    lines = [resources.files("optimizer").joinpath("prelude.egg").read_text(encoding="utf-8")]
    lines.append("; one constructor per op: operands, then static parameters")
    for name in sorted(OPS):
        spec = OPS[name]
        if isinstance(spec.operands, str):
            operands = ["ArrayList"]
        elif name == "power":
            operands = ["Array", "i64"]
        else:
            operands = ["Array"] * spec.operands
        sorts = " ".join([*operands, *(_PARAM_SORT[p.kind] for p in spec.params)])
        lines.append(f"(constructor {constructor(name)} ({sorts}) Array)")
    lines.append("; which dtypes each declared family stands for")
    for fam, members in sorted(FAMILIES.items()):
        lines += [f'(in-dtypes "{d.value}" "{fam}")' for d in members]
    lines += [f'(in-dtypes "{d.value}" "{d.value}")' for d in ALL_DTYPES]
    return "\n".join(lines)


@dataclass
class _Pattern:
    """Translation state of one rule: pattern variables for names, canonical binder names."""

    rule: Rule
    mode: str = "pattern"
    depth: int = 0
    bound: dict[str, str] = field(default_factory=dict)  # user binder name -> canonical
    locals: dict[str, str] = field(default_factory=dict)

    def var(self, name: str) -> str:
        return f"?{name}" if self.mode == "pattern" else f'(VVar "{name}")'

    def iexpr(self, e: IExpr) -> str:
        match e:
            case IConst(value=v):
                return f"(IConst {v})"
            case IVar(name=n):
                if n in self.bound:
                    return f'(IVar "{self.bound[n]}")'
                return f"?{n}" if self.mode == "pattern" else f'(IVar "{n}")'
            case IBin(op=op, a=a, b=b):
                name = {"+": "IAdd", "-": "ISub", "*": "IMul", "//": "IFloorDiv", "%": "IMod"}.get(op)
                if name is None:
                    raise UnsupportedError(f"no egglog form for int op {op}")
                return f"({name} {self.iexpr(a)} {self.iexpr(b)})"
        raise UnsupportedError(f"no egglog form for an int expression: {e!r}")

    def param(self, kind: str, v: ParamValue) -> str:
        match kind:
            case "axis" | "axes":
                if v is None:
                    return "(AxisNone)"
                if isinstance(v, int):
                    return f"(AxisOne {v})"
                assert isinstance(v, tuple)
                return f"(AxisMany {self._ints(v)})"  # type: ignore[arg-type]
            case "perm":
                assert isinstance(v, tuple)
                return self._ints(v)  # type: ignore[arg-type]
            case "shape":
                assert isinstance(v, tuple)
                out = "(SNil)"
                for d in reversed(v):
                    out = f"(SCons {self.iexpr(d)} {out})"  # type: ignore[arg-type]
                return out
            case "dtype":
                assert isinstance(v, DType)
                return f'"{v.value}"'
            case "str":
                return '"' + str(v).replace('"', '\\"') + '"'
            case "bool":
                return "true" if v else "false"
            case "int":
                return str(v)
        raise UnsupportedError(f"no egglog form for a parameter of kind {kind}")

    @staticmethod
    def _ints(v: tuple[int, ...]) -> str:
        out = "(INil)"
        for x in reversed(v):
            out = f"(ICons {x} {out})"
        return out

    def term(self, t: Term) -> str:
        match t:
            case Name(name=n):
                return self.var(n)
            case Const(value=v):
                if isinstance(v, bool):
                    return f"(VLitB {'true' if v else 'false'})"
                if isinstance(v, int):
                    return f"(VLitI {v})"
                text = repr(float(v))
                return f"(VLitF {text if ('.' in text or 'e' in text) else text + '.0'})"
            case Local(name=n):
                return f'(VLocal "{self.locals[n]}")'
            case Call(op=op, args=args, params=params):
                spec = OPS[op]
                if spec.operands in ("tuple", "variadic"):
                    lst = "(ANil)"
                    for a in reversed(args):
                        lst = f"(ACons {self.term(a)} {lst})"
                    operands = [lst]
                elif op == "power":
                    exp = args[1]
                    assert isinstance(exp, Const)
                    operands = [self.term(args[0]), str(int(exp.value))]
                else:
                    operands = [self.term(a) for a in args]
                kinds = {p.name: p.kind for p in spec.params}
                ps = [self.param(kinds[k], v) for k, v in params]
                return f"({constructor(op)} {' '.join(operands + ps)})"
            case Subscript(base=b, key=key):
                if isinstance(key, KName):
                    k = f"?{key.name}" if self.mode == "pattern" else f'(KVar "{key.name}")'
                else:
                    k = "(KNil)"
                    for item in reversed(key):
                        k = f"(KCons {self.item(item)} {k})"
                return f"(Index {self.term(b)} {k})"
            case SumOver(array=a, index=i, elem=e, body=body):
                arr = self.term(a)
                kname, ename = f"k{self.depth}", f"e{self.depth}"
                saved = (dict(self.bound), dict(self.locals))
                self.bound[i] = kname
                self.locals[e] = ename
                self.depth += 1
                inner = self.term(body)
                self.depth -= 1
                self.bound, self.locals = saved
                return f'(SumOver {arr} "{kname}" "{ename}" {inner})'
            case _:
                assert_never(t)

    def item(self, k: object) -> str:
        match k:
            case KInt(value=v):
                return f"(KInt {self.iexpr(v)})"
            case KSlice(start=a, stop=b, step=c):
                parts = ["(NoI)" if x is None else f"(SomeI {self.iexpr(x)})" for x in (a, b, c)]
                return f"(KSlice {' '.join(parts)})"
            case KNewAxis():
                return "(KNewAxis)"
            case KEllipsis():
                return "(KEllipsis)"
            case KArray(array=a):
                return f"(KArr {self.term(a)})"
        raise AssertionError(k)

    def value(self, e: IExpr, binds: dict[str, str]) -> str:
        """An int expression as an egglog i64 primitive expression; names must hold constants."""
        match e:
            case IConst(value=v):
                return str(v)
            case IVar(name=n):
                pat = self.iexpr(e)
                var = f"?{n}__val" if n not in self.bound else f"?{self.bound[n]}__val"
                binds[var] = f"(= {pat} (IConst {var}))"
                return var
            case IBin(op=op, a=a, b=b):
                prim = {"+": "+", "-": "-", "*": "*", "//": "/", "%": "%"}.get(op)
                if prim is None or op in ("//", "%"):
                    # egglog's i64 / and % truncate; Python's floor: only exact for known signs
                    raise UnsupportedError(f"no egglog guard for int op {op}")
                return f"({prim} {self.value(a, binds)} {self.value(b, binds)})"
        raise UnsupportedError(f"no egglog guard for an int expression: {e!r}")

    def cond(self, c: Cond) -> list[str]:
        """``where`` as guards over constants (a program's ints and dims are known numbers)."""
        binds: dict[str, str] = {}
        checks = self._checks(c, binds)
        return [*binds.values(), *checks]

    def _checks(self, c: Cond, binds: dict[str, str]) -> list[str]:
        match c:
            case BConst(value=True):
                return []
            case And(items=items):
                return [g for i in items for g in self._checks(i, binds)]
            case Cmp(op=op, a=a, b=b):
                prim = {"<": "<", "<=": "<=", "==": "=", "!=": "!="}[op]
                return [f"({prim} {self.value(a, binds)} {self.value(b, binds)})"]
            case Not(item=Cmp(op="<", a=a, b=b)):
                return [f"(<= {self.value(b, binds)} {self.value(a, binds)})"]
            case Not(item=Cmp(op="<=", a=a, b=b)):
                return [f"(< {self.value(b, binds)} {self.value(a, binds)})"]
        raise UnsupportedError(f"no egglog guard for this where condition: {c!r}")


def rule_text(rule: Rule) -> str:
    """One egglog rule: match the lhs under guards from the declarations, union with the rhs."""
    p = _Pattern(rule)
    lhs, rhs = p.term(rule.lhs), p.term(rule.rhs)
    decls = rule.decl_map
    guards: list[str] = []
    for name, d in declared_arrays(rule.lhs).items():
        guards.append(f"(= (dtype ?{name}) ?{name}__dtype)")
        guards.append(f'(in-dtypes ?{name}__dtype "{_family(d)}")')
        if d.dims is not None:
            guards.append(f"(= (rank ?{name}) {len(d.dims)})")
            for j, dim in enumerate(d.dims):
                guards.append(f"(= (dim ?{name} {j}) {p.iexpr(dim)})")
    for name, decl in sorted(decls.items()):
        if isinstance(decl, KeyDecl) and f"?{name}" in lhs:
            guards.append(f"(basic-key ?{name})")
        if isinstance(decl, IntDecl):
            pass
    guards += p.cond(rule.where)
    body = " ".join([f"(= ?root__ {lhs})", *guards])
    name = f"{rule.stem}/{rule.name}"
    return f'(rule ({body})\n      ((union ?root__ {rhs}))\n      :ruleset versa :name "{name}")'


def _family(d: ArrayDecl) -> str:
    for fam, members in sorted(FAMILIES.items()):
        if members == d.dtypes and len(members) > 1:
            return fam
    if len(d.dtypes) == 1:
        return d.dtypes[0].value
    raise UnsupportedError(f"a dtype set that is no family: {[x.value for x in d.dtypes]}")


@dataclass
class Exported:
    text: str
    rules: list[str]
    skipped: list[tuple[str, str]]


def export(rules: Iterable[Rule], verdicts: Mapping[str, str], domain: str) -> Exported:
    """The program for the rules whose verdict (keyed ``stem/name``) is in ``verdicts``."""
    chunks = [
        f"; versa rules proved in the {domain} domain (generated by `versa export-egglog`; do not edit)",
        prelude(),
        "",
    ]
    names: list[str] = []
    skipped: list[tuple[str, str]] = []
    for r in rules:
        key = f"{r.stem}/{r.name}"
        if key not in verdicts:
            continue
        try:
            text = rule_text(r)
        except (UnsupportedError, VersaError) as e:
            skipped.append((key, str(e)))
            continue
        chunks.append(f"; {r.file}:{r.line} [{verdicts[key]}] {r.lhs_text}  ->  {r.rhs_text}")
        chunks.append(text)
        names.append(key)
    return Exported("\n".join(chunks) + "\n", names, skipped)


def check_loads(text: str) -> None:
    """Parse and run the program in egglog (no saturation): it must load as it is."""
    from egglog import bindings

    eg = bindings.EGraph()
    try:
        eg.run_program(*eg.parse_program(text))
    except Exception as e:  # egglog raises its own error types
        raise VersaError(f"the exported program does not load in egglog: {e}") from None
