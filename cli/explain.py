"""``versa explain``: a term's shape, dtype, well-formedness, definedness and index denotation."""

from __future__ import annotations

import itertools
from collections.abc import Mapping

from semantics import Ctx, Decl, denote, parse_term
from semantics.decls import ArrayDecl, show_decl
from semantics.denote import declared_arrays, symbolic_shapes, typings
from semantics.dtypes import DType
from semantics.errors import NeedsConcreteRank, VersaError
from semantics.printing import show_cond, show_sexpr, show_shape, show_term
from semantics.scalar import IndexVar, IVar, Shape
from semantics.terms import Term


def output_index(shape: Shape) -> tuple[IVar, ...] | IndexVar:
    if isinstance(shape, tuple):
        return tuple(IVar(f"i{j}") for j in range(len(shape)))
    return IndexVar("i")


def explain_term(text: str, decls: Mapping[str, str | Decl], max_typings: int = 4) -> str:
    """A readable account of the denotation of ``text`` under each dtype choice (up to a few)."""
    term = parse_term(text, decls)
    arrays = declared_arrays(term)
    lines = [f"term         {show_term(term)}"]
    lines.append("vars         " + "; ".join(f"{n}: {show_decl(d)}" for n, d in arrays.items()))
    choices = list(itertools.islice(typings(arrays), max_typings + 1))
    for _n, dtypes in enumerate(choices[:max_typings]):
        if len(choices) > 1:
            lines.append("")
            lines.append("with         " + ", ".join(f"{k}: {v}" for k, v in dtypes.items()))
        lines.extend(_explain_one(term, arrays, dtypes))
    if len(choices) > max_typings:
        lines.append(f"(more dtype choices not shown; the first {max_typings} are above)")
    return "\n".join(lines)


def _explain_one(term: Term, arrays: Mapping[str, ArrayDecl], dtypes: Mapping[str, DType]) -> list[str]:
    shapes: dict[str, Shape] = dict(symbolic_shapes(arrays))
    try:
        den = denote(term, Ctx(dtypes, shapes))
    except NeedsConcreteRank as e:
        return [f"             (any-rank operand needs a concrete rank here: {e})"]
    except VersaError as e:
        return [f"error        {e}"]
    idx = output_index(den.shape)
    value = den.at(idx)
    where = ", ".join(v.name for v in idx) if isinstance(idx, tuple) else idx.name
    return [
        f"dtype        {den.dtype}",
        f"shape        {show_shape(den.shape)}",
        f"well-formed  {show_cond(den.wf)}",
        f"defined      {show_cond(den.defined)}",
        f"index        out[{where}] = {show_sexpr(value)}",
    ]
