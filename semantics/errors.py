"""One exception root for everything versa raises on purpose.

Messages follow Hypothesis' style: a sentence, then the offending values as ``name=value``. Library
code raises these; only the CLI turns them into one line and an exit code.
"""

from __future__ import annotations


class VersaError(Exception):
    """Root of every deliberate versa error; a caller can catch this one class."""


MAX_SHOWN = 80


def show_text(text: str, col: int | None = None) -> str:
    """``text=... col=N`` for a message (``col`` is 0-based here, shown 1-based).

    A long text is cut to a window around the column, so a huge input still gives one short line.
    """
    if len(text) <= MAX_SHOWN:
        shown = repr(text)
    else:
        at = 0 if col is None else min(max(col, 0), len(text))
        start = max(0, min(at - MAX_SHOWN // 2, len(text) - MAX_SHOWN))
        end = start + MAX_SHOWN
        shown = f"{'...' if start else ''}{text[start:end]!r}{'...' if end < len(text) else ''}"
        shown += f" length={len(text)}"
    return f"text={shown}" + ("" if col is None else f" col={col + 1}")


def show_snippet(text: str, limit: int = 60) -> str:
    """The offending piece of a text, quoted and cut short."""
    return repr(text) if len(text) <= limit else f"{text[:limit]!r}..."


class ParseError(VersaError):
    """A term, declaration or int expression that does not parse.

    ``col`` is the 0-based offset into ``text`` (messages show it 1-based, as ``col=``).
    """

    def __init__(self, message: str, text: str = "", col: int | None = None) -> None:
        self.message = message
        self.text = text
        self.col = col
        where = f" {show_text(text, col)}" if text or col is not None else ""
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
