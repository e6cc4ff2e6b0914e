"""Small Z3 helpers."""

from __future__ import annotations

from typing import Any

import z3


def conj(*items: Any) -> Any:
    """``And`` that stays valid SMT-LIB with zero or one argument (z3 prints ``(and)`` as ``and``)."""
    if not items:
        return z3.BoolVal(True)
    if len(items) == 1:
        return items[0]
    return z3.And(*items)
