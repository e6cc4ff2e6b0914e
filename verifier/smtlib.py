"""A deterministic SMT-LIB2 printer for Z3 formulas.

Z3's own printer names and orders ``let`` bindings by internal AST ids, which depend on everything
the process built before, so the same proof printed in two processes differs. Here declarations are
sorted by name and shared subterms are bound (``?s1``, ``?s2``, ...) in first-encounter order: the
same formula gives the same bytes in every process.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import z3

_HEADS: dict[str, str] = {}


def _head(e: Any) -> str:
    """The SMT-LIB operator of an application (``fp.add``, ``(_ extract 7 0)``, ``|x.y|``, ...)."""
    d = e.decl()
    key = " ".join(d.sexpr().split()) + "|" + " ".join(str(p) for p in d.params())
    head = _HEADS.get(key)
    if head is None:
        args = [z3.Const(f"__p{j}__", e.arg(j).sort()) for j in range(e.num_args())]
        text = d(*args).sexpr()
        head = " ".join(text[1 : text.index("__p0__")].split())
        _HEADS[key] = head
    return head


def _declarations(roots: Iterable[Any]) -> tuple[list[str], list[str]]:
    sorts: dict[str, str] = {}
    funs: dict[str, str] = {}
    seen: set[int] = set()
    stack = list(roots)
    while stack:
        e = stack.pop()
        if e.get_id() in seen:
            continue
        seen.add(e.get_id())
        s = e.sort()
        if s.kind() == z3.Z3_UNINTERPRETED_SORT:
            sorts[s.name()] = f"(declare-sort {s.sexpr()} 0)"
        if z3.is_quantifier(e):
            for j in range(e.num_vars()):
                vs = e.var_sort(j)
                if vs.kind() == z3.Z3_UNINTERPRETED_SORT:
                    sorts[vs.name()] = f"(declare-sort {vs.sexpr()} 0)"
            stack.append(e.body())
            continue
        if z3.is_app(e):
            d = e.decl()
            if d.kind() == z3.Z3_OP_UNINTERPRETED:
                funs[d.name()] = " ".join(d.sexpr().split())
            stack.extend(e.children())
    return [sorts[k] for k in sorted(sorts)], [funs[k] for k in sorted(funs)]


class _Printer:
    def __init__(self, root: Any) -> None:
        self.counts: dict[int, int] = {}
        self._count(root)
        self.names: dict[int, str] = {}
        self.lets: list[tuple[str, str]] = []

    def _count(self, root: Any) -> None:
        stack = [root]
        while stack:
            e = stack.pop()
            k = e.get_id()
            self.counts[k] = self.counts.get(k, 0) + 1
            if self.counts[k] > 1 or z3.is_quantifier(e):
                continue
            if z3.is_app(e):
                stack.extend(e.children())

    def term(self, e: Any, bound: Sequence[str], shareable: bool) -> str:
        if z3.is_var(e):
            return bound[len(bound) - 1 - int(z3.get_var_index(e))]
        if z3.is_quantifier(e):
            names = [z3.Const(e.var_name(j), e.var_sort(j)).sexpr() for j in range(e.num_vars())]
            decl = " ".join(f"({n} {e.var_sort(j).sexpr()})" for j, n in enumerate(names))
            kind = "forall" if e.is_forall() else "exists"
            return f"({kind} ({decl}) {self.term(e.body(), [*bound, *names], False)})"
        if e.num_args() == 0:
            return " ".join(str(e.sexpr()).split())
        key = e.get_id()
        if shareable and key in self.names:
            return self.names[key]
        head = _head(e)
        if e.num_args() == 1 and head in ("+", "*", "and", "or"):
            return self.term(e.arg(0), bound, shareable)  # z3 builds unary sums; SMT-LIB has none
        text = f"({head} " + " ".join(self.term(c, bound, shareable) for c in e.children()) + ")"
        if shareable and self.counts.get(key, 0) > 1:
            name = f"?s{len(self.lets) + 1}"
            self.names[key] = name
            self.lets.append((name, text))
            return name
        return text

    def assertion(self, e: Any) -> str:
        body = self.term(e, [], True)
        out = body
        for name, text in reversed(self.lets):
            out = f"(let (({name} {text}))\n {out})"
        return f"(assert\n {out})"


def to_smtlib(assertions: Sequence[Any]) -> str:
    """Declarations and assertions (one ``check-sat``), byte-for-byte reproducible."""
    sorts, funs = _declarations(assertions)
    lines = [*sorts, *funs]
    for a in assertions:
        lines.append(_Printer(a).assertion(a))
    lines.append("(check-sat)")
    return "\n".join(lines) + "\n"
