"""versa's semantics: one denotational definition of every array op, tested against NumPy.

Public API: ``parse_term``, ``evaluate`` (NumPy), ``reference_evaluate`` (from the denotations),
``denote`` and the error classes. This package imports neither z3 nor egglog.
"""

from semantics.decls import ArrayDecl, Decl, IntDecl, KeyDecl, parse_decl, parse_decls
from semantics.denote import denote
from semantics.dtypes import DType
from semantics.errors import (
    DeclError,
    DTypeError,
    NeedsConcreteRank,
    ParseError,
    RuleError,
    ShapeError,
    UndefinedError,
    UnsupportedError,
    VersaError,
)
from semantics.evaluate import evaluate, reference_evaluate
from semantics.ops.base import Ctx, Den
from semantics.parser import parse_term
from semantics.terms import Term

SEMANTICS_VERSION = "1"

__all__ = [
    "SEMANTICS_VERSION",
    "ArrayDecl",
    "Ctx",
    "DType",
    "DTypeError",
    "Decl",
    "DeclError",
    "Den",
    "IntDecl",
    "KeyDecl",
    "NeedsConcreteRank",
    "ParseError",
    "RuleError",
    "ShapeError",
    "Term",
    "UndefinedError",
    "UnsupportedError",
    "VersaError",
    "denote",
    "evaluate",
    "parse_decl",
    "parse_decls",
    "parse_term",
    "reference_evaluate",
]
