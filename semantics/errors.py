"""One exception root for everything versa raises on purpose.

Messages follow Hypothesis' style: a sentence, then the offending values as ``name=value``. Library
code raises these; only the CLI turns them into one line and an exit code.
"""

from __future__ import annotations


class VersaError(Exception):
    """Root of every deliberate versa error; a caller can catch this one class."""


class ParseError(VersaError):
    """A term, declaration or int expression that does not parse."""

    def __init__(self, message: str, text: str = "", col: int | None = None) -> None:
        self.text = text
        self.col = col
        where = ""
        if text:
            where = f" text={text!r}"
            if col is not None:
                where += f" col={col + 1}"
        super().__init__(message + where)


class DeclError(ParseError):
    """A malformed variable declaration such as ``f64[m,``."""


class DTypeError(VersaError):
    """Operand dtypes NumPy rejects (TypeError/OverflowError in NumPy)."""


class ShapeError(VersaError):
    """Operand shapes NumPy rejects (ValueError in NumPy): the term is not well-formed."""


class UndefinedError(VersaError):
    """The term is well-formed but an index is out of bounds (IndexError in NumPy)."""


class UnsupportedError(VersaError):
    """A construct versa does not model; never silently approximated."""


class NeedsConcreteRank(UnsupportedError):
    """An op met an any-rank (``[*]``) operand it can only denote at a concrete rank."""


class RuleError(VersaError):
    """A rule file problem, located by file, rule and line."""

    def __init__(self, message: str, file: str = "", rule: str = "", line: int | None = None) -> None:
        self.file = file
        self.rule = rule
        self.line = line
        loc = file
        if line is not None:
            loc += f":{line}"
        prefix = f"{loc}: " if loc else ""
        if rule:
            prefix += f"rule={rule!r}: "
        super().__init__(prefix + message)
