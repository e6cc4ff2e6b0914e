"""Shape ops against NumPy: ``.T``, ``permute_dims``, ``expand_dims``, ``broadcast_to``, ``concat``
(``axis=None`` and negative axes, mixed dtypes) and ``reshape`` (C order, ``-1``), including the
shapes and axes NumPy rejects."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from strategies import arrays, check, decls_for, dtypes, examples, one_in, shapes


def _array(data: st.DataObject, label: str = "x", **kw: Any) -> Any:
    shape = data.draw(shapes(**kw), label=f"shape {label}")
    return data.draw(dtypes().flatmap(lambda d: arrays(d, shape)), label=label)


def _tuple_text(t: tuple[int, ...]) -> str:
    return "(" + "".join(f"{v}, " for v in t) + ")"


@examples(50)
@given(data=st.data())
def test_transpose(data: st.DataObject) -> None:
    x = _array(data, max_dims=4)
    env = {"x": x}
    text = data.draw(st.sampled_from(["x.T", "x.T.T"]), label="text")
    check(text, decls_for(env), env, lambda: x.T.T if text == "x.T.T" else x.T)


@examples(100)
@given(data=st.data())
def test_permute_dims(data: st.DataObject) -> None:
    x = _array(data, max_dims=4)
    rank = x.ndim
    perm = list(data.draw(st.permutations(range(rank)), label="perm"))
    perm = [p - rank if data.draw(st.booleans(), label="negative") else p for p in perm]
    mutation = data.draw(st.sampled_from(range(10)), label="mutation")
    if mutation == 0 and perm:
        perm[-1] = perm[0]  # repeated axis
    elif mutation == 1:
        perm.append(data.draw(st.integers(-rank - 1, rank)))  # too many axes
    elif mutation == 2 and perm:
        perm[0] = data.draw(st.sampled_from([rank, -rank - 1]))  # out of bounds
    axes = tuple(perm)
    env = {"x": x}
    check(f"permute_dims(x, {_tuple_text(axes)})", decls_for(env), env, lambda: np.permute_dims(x, axes))


@examples(100)
@given(data=st.data())
def test_expand_dims(data: st.DataObject) -> None:
    x = _array(data)
    out_rank = x.ndim + 2
    single = st.integers(-out_rank - 1, out_rank)
    axis: Any = data.draw(st.one_of(single, st.lists(single, max_size=3).map(tuple)), label="axis")
    env = {"x": x}
    text = f"expand_dims(x, axis={axis if isinstance(axis, int) else _tuple_text(axis)})"
    check(text, decls_for(env), env, lambda: np.expand_dims(x, axis))


@st.composite
def broadcast_targets(draw: st.DrawFn, shape: tuple[int, ...]) -> tuple[int, ...]:
    """A shape ``shape`` broadcasts to: new leading dims, 1-sized dims stretched (to 0 too);
    sometimes an arbitrary one, which it mostly does not."""
    if draw(one_in(6)):
        return tuple(draw(shapes(max_dims=4)))
    lead = draw(shapes(max_dims=2))
    return (*lead, *(draw(st.integers(0, 3)) if d == 1 else d for d in shape))


@examples(100)
@given(data=st.data())
def test_broadcast_to(data: st.DataObject) -> None:
    shape = data.draw(shapes(), label="shape")
    target = data.draw(broadcast_targets(shape), label="target")
    x = data.draw(dtypes().flatmap(lambda d: arrays(d, shape)), label="x")
    env = {"x": x}
    concrete = data.draw(st.booleans(), label="concrete dims")
    written: list[str] = [str(t) for t in target]
    if not concrete:  # name a target dim by the declared dim it equals: broadcast_to(x, (2, x_0))
        offset = len(target) - len(shape)
        for j, d in enumerate(shape):
            if 0 <= offset + j < len(target) and target[offset + j] == d and data.draw(st.booleans()):
                written[offset + j] = f"x_{j}"
    check(
        f"broadcast_to(x, ({''.join(w + ', ' for w in written)}))",
        decls_for(env, concrete),
        env,
        lambda: np.broadcast_to(x, target),
    )


@examples(150)
@given(data=st.data())
def test_concat(data: st.DataObject) -> None:
    n = data.draw(st.integers(1, 3), label="operands")
    base = list(data.draw(shapes(min_dims=0, max_dims=3), label="base shape"))
    axis: int | None = data.draw(st.one_of(st.none(), st.integers(-len(base) - 1, len(base))), label="axis")
    env: dict[str, Any] = {}
    for j in range(n):
        shape = list(base)
        if axis is None:
            shape = list(data.draw(shapes(max_dims=3), label=f"shape {j}"))
        elif -len(base) <= axis < len(base):
            shape[axis] = data.draw(st.integers(0, 3), label=f"axis size {j}")
        if data.draw(one_in(10), label="mismatch"):
            shape = list(data.draw(shapes(), label=f"mismatched shape {j}"))
        env[f"x{j}"] = data.draw(dtypes().flatmap(lambda d, s=tuple(shape): arrays(d, s)), label=f"x{j}")
    names = list(env)
    func = data.draw(st.sampled_from(["concat", "concatenate"]), label="func")
    ax = "None" if axis is None else str(axis)
    text = f"{func}(({', '.join(names)},), axis={ax})"
    concrete = data.draw(st.booleans(), label="concrete dims")
    check(text, decls_for(env, concrete), env, lambda: np.concat([env[k] for k in names], axis=axis))


@st.composite
def reshape_targets(draw: st.DrawFn, size: int) -> tuple[int, ...]:
    """A factorization of ``size`` (1s inserted), often with one ``-1``; sometimes a wrong size,
    two ``-1``s or a negative dim."""
    dims: list[int] = []
    rest = size
    while rest > 1 and len(dims) < 4:
        divisors = [d for d in range(2, rest + 1) if rest % d == 0]
        d = draw(st.sampled_from(divisors))
        dims.append(d)
        rest //= d
    if size == 0:
        dims = [0, *draw(st.lists(st.integers(0, 3), max_size=2))]
    for _ in range(draw(st.integers(0, 2))):
        dims.insert(draw(st.integers(0, len(dims))), 1)
    dims = list(draw(st.permutations(dims)))
    if dims and draw(st.booleans()):
        dims[draw(st.integers(0, len(dims) - 1))] = -1
    mutation = draw(st.sampled_from(range(12)))
    if mutation == 0:
        dims.append(draw(st.integers(2, 3)))
    elif mutation == 1 and dims:
        dims[0] = -1
        dims.append(-1)
    elif mutation == 2:
        dims.append(-2)  # NumPy takes any negative dim as the unknown one
    return tuple(dims)


@examples(200)
@given(data=st.data())
def test_reshape(data: st.DataObject) -> None:
    x = _array(data, max_dims=3, max_side=4)
    target = data.draw(reshape_targets(math.prod(x.shape)), label="target")
    env = {"x": x}
    if len(target) == 1 and data.draw(st.booleans(), label="bare int"):
        shape_text = str(target[0])
    else:
        shape_text = _tuple_text(target)
    form = data.draw(st.sampled_from(["reshape(x, {})", "x.reshape({})"]), label="form")
    check(form.format(shape_text), decls_for(env), env, lambda: np.reshape(x, target))


@examples(60)
@given(data=st.data())
def test_reshape_symbolic_dims(data: st.DataObject) -> None:
    """Target dims written with the declared dim names: ``reshape(x, (x_1, x_0))``."""
    x = _array(data, min_dims=2, max_dims=2)
    env = {"x": x}
    target_text, target = data.draw(
        st.sampled_from(
            [
                ("(x_1, x_0)", (x.shape[1], x.shape[0])),
                ("(x_0 * x_1,)", (x.shape[0] * x.shape[1],)),
                ("(x_1, -1)", (x.shape[1], -1)),
                ("(1, x_0, x_1)", (1, *x.shape)),
            ]
        ),
        label="target",
    )
    check(f"reshape(x, {target_text})", decls_for(env), env, lambda: np.reshape(x, target))


@examples(80)
@given(data=st.data())
def test_shape_op_compositions(data: st.DataObject) -> None:
    """Index maps composed: reshape of a transpose, concat of broadcasts, a slice of a reshape."""
    x = _array(data, min_dims=2, max_dims=2, min_side=1)
    a, b = x.shape
    env = {"x": x}
    forms: list[tuple[str, Any]] = [
        (f"reshape(x.T, ({a * b},))", lambda: np.reshape(x.T, (a * b,))),
        ("concat((x, x.T.T), axis=-1)", lambda: np.concat((x, x), axis=-1)),
        (f"reshape(x, ({a * b},))[::-1]", lambda: np.reshape(x, (a * b,))[::-1]),
        ("expand_dims(x, axis=1)[:, 0]", lambda: np.expand_dims(x, 1)[:, 0]),
        (f"broadcast_to(x, (2, {a}, {b}))[1]", lambda: np.broadcast_to(x, (2, a, b))[1]),
        ("permute_dims(expand_dims(x, axis=0), (2, 0, 1))", lambda: np.permute_dims(x[None], (2, 0, 1))),
        ("concat((x, x), axis=None)[1:]", lambda: np.concat((x, x), axis=None)[1:]),
    ]
    text, fn = data.draw(st.sampled_from(forms), label="form")
    check(text, decls_for(env), env, fn)
