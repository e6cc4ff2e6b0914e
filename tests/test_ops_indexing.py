"""Indexing against NumPy: basic keys (ints, negative and out of range; slices with clamping,
negative and zero steps; ``...``; ``None``), int variables in keys, abstract ``key`` variables bound
to a Python basic index, and integer-array gathers with NumPy's advanced-index placement (adjacent
advanced indices stay in place, separated ones go first; ints beside arrays count as advanced).
"""

from __future__ import annotations

import itertools
from typing import Any

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from strategies import (
    ALL_DTYPES,
    INTS,
    arrays,
    broadcast_shapes,
    check,
    decl_styles,
    decls_for,
    dtypes,
    examples,
    key_text,
    one_in,
    shapes,
)

SLICE_BOUNDS = st.one_of(st.none(), st.integers(-5, 5), st.sampled_from([-100, 100]))
NONZERO_STEPS = st.one_of(st.none(), st.integers(-3, 3).filter(bool), st.sampled_from([-100, 100]))
STEPS = st.one_of(NONZERO_STEPS, one_in(10).map(lambda zero: 0 if zero else None))


def index_ints(side: int) -> st.SearchStrategy[int]:
    """An int index for an axis of length ``side``: in range (negative too), one in eight out of it."""
    valid = st.integers(-side, side - 1) if side else st.nothing()
    invalid = st.sampled_from([-side - 2, -side - 1, side, side + 1])
    return one_in(8).flatmap(lambda out: invalid if out or not side else valid)


def _array(
    data: st.DataObject, min_dims: int = 0, max_dims: int = 3, min_side: int = 0, max_side: int = 4
) -> Any:
    shape = data.draw(
        shapes(min_dims=min_dims, max_dims=max_dims, min_side=min_side, max_side=max_side), label="shape"
    )
    return data.draw(dtypes().flatmap(lambda d: arrays(d, shape)), label="x")


@st.composite
def basic_keys(draw: st.DrawFn, shape: tuple[int, ...]) -> tuple[Any, ...]:
    """Ints (in range, negative, out of range), slices, ``None`` and ``...`` -- sometimes too many
    indices, a zero step or two ellipses, which NumPy rejects."""
    rank = len(shape)
    n = draw(st.integers(0, rank + 1)) if draw(one_in(8)) else draw(st.integers(0, rank))
    items: list[Any] = []
    for j in range(n):
        side = shape[j] if j < rank else 2
        if draw(one_in(3)):
            items.append(draw(index_ints(side)))
        else:
            items.append(slice(draw(SLICE_BOUNDS), draw(SLICE_BOUNDS), draw(STEPS)))
    for _ in range(draw(st.integers(0, 2))):
        items.insert(draw(st.integers(0, len(items))), None)
    for _ in range(draw(st.sampled_from([0, 0, 0, 1, 1, 1, 1, 1, 1, 2]))):
        items.insert(draw(st.integers(0, len(items))), Ellipsis)
    return tuple(items)


def _named_ints(data: st.DataObject, key: tuple[Any, ...], env: dict[str, Any]) -> tuple[Any, ...]:
    """The same key with some int positions and slice bounds written as ``int`` variables."""
    counter = iter(range(100))

    def name(v: int | None) -> Any:
        if v is None or not data.draw(st.booleans(), label="named"):
            return v
        n = f"i{next(counter)}"
        env[n] = v
        return n

    out: list[Any] = []
    for k in key:
        if isinstance(k, slice):
            out.append(slice(name(k.start), name(k.stop), name(k.step)))
        elif isinstance(k, int):
            out.append(name(k))
        else:
            out.append(k)
    return tuple(out)


@examples(500)
@given(data=st.data())
def test_basic_index(data: st.DataObject) -> None:
    x = _array(data)
    key = data.draw(basic_keys(x.shape), label="key")
    env: dict[str, Any] = {"x": x}
    written = _named_ints(data, key, env)
    style = data.draw(decl_styles(), label="declarations")
    check(f"x[{key_text(written)}]", decls_for(env, style), env, lambda: x[key])


@examples(200)
@given(data=st.data())
def test_abstract_key(data: st.DataObject) -> None:
    """``x[key]`` with ``key`` declared ``"key"`` and bound in the environment to a basic index."""
    x = _array(data)
    key = data.draw(basic_keys(x.shape), label="key")
    if len(key) == 1 and data.draw(st.booleans(), label="bare item"):
        bound: Any = key[0]  # x[3] or x[1:2] rather than x[(3,)]
    else:
        bound = key
    env: dict[str, Any] = {"x": x, "key": bound}
    text, fn = data.draw(
        st.sampled_from(
            [("x[key]", lambda a: a), ("abs(x)[key]", np.abs), ("(x == x)[key]", lambda a: a == a)]
        ),
        label="term",
    )
    check(text, decls_for(env, data.draw(decl_styles(), label="declarations")), env, lambda: fn(x)[bound])


@examples(150)
@given(data=st.data())
def test_chained_basic_index(data: st.DataObject) -> None:
    x = _array(data)
    k1 = data.draw(basic_keys(x.shape), label="k1")
    mid = np.empty(x.shape)[k1] if _valid(x.shape, k1) else np.empty(())
    k2 = data.draw(basic_keys(mid.shape), label="k2")
    env = {"x": x}
    check(f"x[{key_text(k1)}][{key_text(k2)}]", decls_for(env), env, lambda: x[k1][k2])


def _valid(shape: tuple[int, ...], key: tuple[Any, ...]) -> bool:
    try:
        np.empty(shape)[key]
    except (IndexError, ValueError, TypeError):
        return False
    return True


# ---------------------------------------------------------------- gathers


@st.composite
def gather_keys(draw: st.DrawFn, shape: tuple[int, ...]) -> tuple[list[Any], dict[str, Any]]:
    """A key mixing integer arrays (named ``idx0``, ...; any int dtype; broadcastable, mostly),
    ints, slices, ``None`` and ``...``; values mostly in range, sometimes out of it."""
    rank = len(shape)
    n = draw(st.integers(1, rank))
    kinds = [draw(st.sampled_from(["array", "array", "int", "slice"])) for _ in range(n)]
    if "array" not in kinds:
        kinds[draw(st.integers(0, n - 1))] = "array"
    positions = [j for j, k in enumerate(kinds) if k == "array"]
    if draw(one_in(10)):
        array_shapes = [draw(shapes(max_dims=2)) for _ in positions]
    else:
        array_shapes = list(draw(broadcast_shapes(len(positions), max_dims=2)))
    arrays_env: dict[str, Any] = {}
    items: list[Any] = []
    shapes_iter = iter(array_shapes)
    for j, kind in enumerate(kinds):
        side = shape[j]
        if kind == "array":
            dt = draw(dtypes(INTS), label="index dtype")
            ii = np.iinfo(dt)
            lo, hi = -side, side - 1
            if draw(one_in(6)) or not side:
                lo, hi = lo - 2, hi + 2  # out of range, sometimes
            elems = st.integers(max(lo, int(ii.min)), min(hi, int(ii.max)))
            name = f"idx{len(arrays_env)}"
            arrays_env[name] = draw(arrays(dt, next(shapes_iter), elems), label=name)
            items.append(name)
        elif kind == "int":
            items.append(draw(index_ints(side)))
        else:
            items.append(slice(draw(SLICE_BOUNDS), draw(SLICE_BOUNDS), draw(NONZERO_STEPS)))
    for _ in range(draw(st.integers(0, 2))):
        items.insert(draw(st.integers(0, len(items))), None)
    if draw(st.booleans()):
        items.insert(draw(st.integers(0, len(items))), Ellipsis)
    return items, arrays_env


@examples(500)
@given(data=st.data())
def test_gather(data: st.DataObject) -> None:
    x = _array(data, min_dims=1)
    items, idx = data.draw(gather_keys(x.shape), label="key")
    env: dict[str, Any] = {"x": x, **idx}
    key = tuple(idx[k] if isinstance(k, str) else k for k in items)
    check(f"x[{key_text(tuple(items))}]", decls_for(env), env, lambda: x[key if len(key) != 1 else key[0]])


GATHER_FORMS: list[tuple[str, Any]] = [
    ("x[idx0[idx1]]", lambda x, i, j: x[i[j]]),
    ("x[idx0][idx1]", lambda x, i, j: x[i][j]),
    ("x[idx0 // 2]", lambda x, i, j: x[i // 2]),
    ("x[abs(idx0)]", lambda x, i, j: x[np.abs(i)]),
    ("x[idx0, None][..., idx1]", lambda x, i, j: x[i, None][..., j]),
    ("abs(x)[idx1, ...]", lambda x, i, j: np.abs(x)[j, ...]),
    ("x[idx0 + idx1]", lambda x, i, j: x[i + j]),
]


@examples(150)
@given(data=st.data())
def test_gather_compositions(data: st.DataObject) -> None:
    """Index arrays computed by terms, and gathers of gathers."""
    x = _array(data, min_dims=1, min_side=1)
    side = x.shape[0]
    wide = data.draw(one_in(6), label="idx0 out of range")
    ints = st.integers(-side - 1, side) if wide else st.integers(-side, side - 1)
    i = data.draw(
        dtypes(INTS).flatmap(
            lambda d: shapes(min_dims=1, max_dims=2, min_side=2).flatmap(
                lambda s: arrays(d, s, ints.filter(lambda v: d.kind == "i" or v >= 0))
            )
        ),
        label="idx0",
    )
    j = data.draw(
        dtypes(INTS).flatmap(lambda d: shapes(max_dims=2).flatmap(lambda s: arrays(d, s, st.integers(0, 1)))),
        label="idx1",
    )
    text, fn = data.draw(st.sampled_from(GATHER_FORMS), label="form")
    env = {"x": x, "idx0": i, "idx1": j}
    check(text, decls_for(env), env, lambda: fn(x, i, j))


@examples(60)
@given(data=st.data())
def test_float_index_array_is_rejected(data: st.DataObject) -> None:
    """NumPy rejects float index arrays (IndexError). (Bool masks have a data-dependent shape:
    outside the term language, an UnsupportedError by design.)"""
    x = _array(data, min_dims=1)
    f = data.draw(
        dtypes([d for d in ALL_DTYPES if d.kind == "f"]).flatmap(lambda d: arrays(d, (2,))), label="f"
    )
    env = {"x": x, "f": f}
    check("x[f]", decls_for(env), env, lambda: x[f])


def _placement_keys() -> list[tuple[str, ...]]:
    """Every key of one to four entries over an index array, an int, a slice, ``None`` and
    ``...``, with an array, at most one Ellipsis and at most three axes consumed."""
    out = []
    for n in range(1, 5):
        for key in itertools.product(["A", "-1", "1:", "None", "..."], repeat=n):
            consumed = sum(k in ("A", "-1", "1:") for k in key)
            if "A" in key and key.count("...") <= 1 and consumed <= 3:
                out.append(key)
    return out


def test_gather_placement_exhaustively() -> None:
    """NumPy's placement of the broadcast block, for every short key over a 3-D array: in place
    when the advanced indices (ints beside arrays included) are adjacent as written, first when a
    slice, ``None`` or an Ellipsis -- even one standing for no axis -- separates them."""
    x = np.arange(2 * 3 * 4).reshape(2, 3, 4)
    arrays = [np.array([[0], [1]]), np.array([1, 0, -1], dtype=np.int8), np.array(1, dtype=np.uint8)]
    for key in _placement_keys():
        env: dict[str, Any] = {"x": x}
        text, parts = [], []
        for k in key:
            if k == "A":
                name = f"idx{len(env) - 1}"
                env[name] = arrays[len(env) - 1]
                text.append(name)
                parts.append(env[name])
            else:
                text.append(k)
                parts.append({"-1": -1, "1:": slice(1, None), "None": None, "...": Ellipsis}[k])
        check(f"x[{', '.join(text)}]", decls_for(env), env, lambda parts=parts: x[tuple(parts)])
