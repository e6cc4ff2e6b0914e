"""NumPy 2 dtypes, families and promotion (NEP 50: Python scalars are weak).

The tables here are a definition, not a call to ``np.result_type``: the semantics must be readable by
the verifier too. ``tests/test_dtypes.py`` checks them against NumPy exhaustively.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum

import numpy as np

from semantics.errors import DeclError, DTypeError


class Kind(Enum):
    BOOL = "b"
    INT = "i"
    UINT = "u"
    FLOAT = "f"


class DType(Enum):
    """A concrete NumPy dtype; the value is the short name used in declarations."""

    BOOL = "bool"
    I8 = "i8"
    I16 = "i16"
    I32 = "i32"
    I64 = "i64"
    U8 = "u8"
    U16 = "u16"
    U32 = "u32"
    U64 = "u64"
    F16 = "f16"
    F32 = "f32"
    F64 = "f64"

    @property
    def np(self) -> np.dtype[np.generic]:
        return np.dtype(_NUMPY_NAME[self])

    @property
    def numpy_name(self) -> str:
        return _NUMPY_NAME[self]

    @property
    def kind(self) -> Kind:
        return _KIND[self.value[0]]

    @property
    def bits(self) -> int:
        return 1 if self is DType.BOOL else int(self.value[1:])

    @property
    def is_float(self) -> bool:
        return self.kind is Kind.FLOAT

    @property
    def is_integer(self) -> bool:
        """Signed or unsigned integer (not bool)."""
        return self.kind in (Kind.INT, Kind.UINT)

    @property
    def int_range(self) -> tuple[int, int]:
        if self.kind is Kind.INT:
            return -(2 ** (self.bits - 1)), 2 ** (self.bits - 1) - 1
        if self.kind is Kind.UINT:
            return 0, 2**self.bits - 1
        if self is DType.BOOL:
            return 0, 1
        raise DTypeError(f"no integer range for a float dtype: dtype={self.value}")

    def __str__(self) -> str:
        return self.value


_KIND = {"b": Kind.BOOL, "i": Kind.INT, "u": Kind.UINT, "f": Kind.FLOAT}
_NUMPY_NAME = {
    DType.BOOL: "bool",
    DType.I8: "int8",
    DType.I16: "int16",
    DType.I32: "int32",
    DType.I64: "int64",
    DType.U8: "uint8",
    DType.U16: "uint16",
    DType.U32: "uint32",
    DType.U64: "uint64",
    DType.F16: "float16",
    DType.F32: "float32",
    DType.F64: "float64",
}

SIGNED = (DType.I8, DType.I16, DType.I32, DType.I64)
UNSIGNED = (DType.U8, DType.U16, DType.U32, DType.U64)
FLOATS = (DType.F16, DType.F32, DType.F64)
ALL_DTYPES = (DType.BOOL, *SIGNED, *UNSIGNED, *FLOATS)

# A family in a declaration stands for each of its members; a rule over a family is checked for each.
FAMILIES: dict[str, tuple[DType, ...]] = {
    "float": FLOATS,
    "int": SIGNED,
    "uint": UNSIGNED,
    "bool": (DType.BOOL,),
    "num": (*SIGNED, *UNSIGNED, *FLOATS),
}

_ALIASES: dict[str, DType] = {d.value: d for d in ALL_DTYPES} | {d.numpy_name: d for d in ALL_DTYPES}


def parse_dtype(name: str) -> DType:
    """A concrete dtype from its short (``f32``) or NumPy (``float32``) name."""
    try:
        return _ALIASES[name]
    except KeyError:
        raise DeclError(f"unknown dtype: name={name!r}") from None


def parse_dtype_set(name: str) -> tuple[DType, ...]:
    """A family name or a concrete dtype name, as the tuple of dtypes it stands for."""
    if name in FAMILIES:
        return FAMILIES[name]
    if name in _ALIASES:
        return (_ALIASES[name],)
    known = sorted(set(FAMILIES) | {d.value for d in ALL_DTYPES})
    raise DeclError(f"unknown dtype or family: name={name!r} known={known}")


def from_numpy(dt: np.dtype[np.generic]) -> DType:
    for d in ALL_DTYPES:
        if d.np == dt:
            return d
    raise DTypeError(f"unsupported NumPy dtype: dtype={dt}")


# The smallest float that holds every value of an integer width exactly enough for NumPy: this is
# the float NumPy picks for `int8 + float16` and for `exp(int8)`.
_FLOAT_FOR_INT_BITS = {1: DType.F16, 8: DType.F16, 16: DType.F32, 32: DType.F64, 64: DType.F64}


def _float_for(d: DType) -> DType:
    return _FLOAT_FOR_INT_BITS[d.bits]


def _widest(a: DType, b: DType) -> DType:
    return a if a.bits >= b.bits else b


def promote(a: DType, b: DType) -> DType:
    """NumPy 2 promotion of two strong (array) dtypes."""
    if a is b:
        return a
    if a is DType.BOOL:
        return b
    if b is DType.BOOL:
        return a
    ka, kb = a.kind, b.kind
    if ka is kb:
        return _widest(a, b)
    if ka is Kind.FLOAT or kb is Kind.FLOAT:
        f, i = (a, b) if ka is Kind.FLOAT else (b, a)
        return _widest(f, _float_for(i))
    s, u = (a, b) if ka is Kind.INT else (b, a)
    if u.bits < s.bits:
        return s
    if u.bits == 64:
        return DType.F64
    return parse_dtype(f"i{2 * u.bits}")


def promote_all(dtypes: Sequence[DType]) -> DType:
    """NumPy 2's promotion of several strong dtypes (``np.result_type``). Not a left fold: a float
    meets each integer on its own (int8, uint8, float16 -> float16, though int8 + uint8 is int16
    and int16 + float16 is float32), so the floats go first."""
    ordered = sorted(dtypes, key=lambda d: not d.is_float)
    out = ordered[0]
    for d in ordered[1:]:
        out = promote(out, d)
    return out


# A weak scalar is a Python literal: its kind matters, its default dtype only when nothing is strong.
WEAK_DEFAULT = {Kind.BOOL: DType.BOOL, Kind.INT: DType.I64, Kind.FLOAT: DType.F64}


def promote_weak(strong: DType, weak: Kind) -> DType:
    """NEP 50: a Python scalar takes the array's dtype unless its kind is higher."""
    if weak is Kind.BOOL:
        return strong
    if weak is Kind.INT:
        return DType.I64 if strong is DType.BOOL else strong
    # a Python float
    return strong if strong.is_float else DType.F64


def check_weak_int_fits(value: int, dtype: DType) -> None:
    """NumPy 2 raises OverflowError when a Python int does not fit the array's integer dtype."""
    if dtype.is_integer:
        lo, hi = dtype.int_range
        if not lo <= value <= hi:
            raise DTypeError(
                f"Python integer out of bounds for the array's dtype: value={value} dtype={dtype}"
            )


def float_result(d: DType) -> DType:
    """Dtype of a float-valued ufunc (exp, log, ...) on an operand of dtype ``d``."""
    return d if d.is_float else _float_for(d)


def true_divide_result(d: DType) -> DType:
    """``/`` on non-floats is always float64 in NumPy (int8 / int8 -> float64)."""
    return d if d.is_float else DType.F64


def sum_accumulator(d: DType) -> DType:
    """``sum``/``prod`` widen bool and small ints to the platform integer (int64/uint64)."""
    if d.kind is Kind.UINT:
        return DType.U64
    if d.kind in (Kind.INT, Kind.BOOL):
        return DType.I64
    return d
