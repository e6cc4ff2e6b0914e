"""The op tables, one module per family; importing this package registers every op."""

from semantics.ops import elementwise, indexing, linalg, reductions, shape_ops
from semantics.ops.base import OPS, OpSpec

__all__ = ["OPS", "OpSpec", "elementwise", "indexing", "linalg", "reductions", "shape_ops"]
