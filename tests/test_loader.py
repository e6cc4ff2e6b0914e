"""The rule loader: a good file gives located rules; every bad one is one ``RuleError`` naming the
file, the rule and the exact line (of the offending key when there is one, else of ``[[rule]]``)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from rules import Rule, library_paths, load_rules
from semantics import ArrayDecl, RuleError
from semantics.dtypes import DType
from semantics.scalar import TRUE, Cmp, IConst, IVar

# Lines 1-5; the first [[rule]] of every case below is on line 6.
VARS = """\
[vars]
x = "f64[n]"
y = "f64[n]"
A = "f64[m, k]"

"""


def write(tmp_path: Path, text: str, name: str = "rules.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def load_error(path: Path) -> RuleError:
    with pytest.raises(RuleError) as info:
        load_rules(path)
    return info.value


def check(e: RuleError, path: Path, line: int | None, rule: str, *pieces: str) -> None:
    """The message starts ``file:line: rule='name': `` and holds each piece, on one line."""
    message = str(e)
    where = f"{path}:{line}: " if line is not None else f"{path}: "
    assert message.startswith(where), message
    assert (e.file, e.line, e.rule) == (str(path), line, rule)
    if rule:
        assert message.startswith(f"{where}rule={rule!r}: "), message
    else:
        assert "rule=" not in message, message
    for piece in pieces:
        assert piece in message, (piece, message)
    assert "\n" not in message


def test_good_file(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        VARS
        + """\
[[rule]]
name = "abs-idempotent"
lhs  = "abs(abs(x))"
rhs  = "abs(x)"
doc  = "abs twice is abs once"

# a comment with [[rule]] in it is not a table

[[rule]]
name   = "sum-scale"
vars   = { c = "f64[]" }
lhs    = "sum(c * x)"
rhs    = "c * sum(x)"
domain = "real"
where  = ["n >= 1"]
expect = "proved-bounded"
""",
    )
    rf = load_rules(path)
    assert rf.path == str(path)
    first, second = rf.rules
    assert isinstance(first, Rule)
    assert (first.name, first.line, first.domain, first.expect, first.doc) == (
        "abs-idempotent",
        6,
        "ieee",
        "proved",
        "abs twice is abs once",
    )
    assert first.where == TRUE and first.where_location() == f"{path}:6"
    assert (second.name, second.line, second.domain, second.expect) == (
        "sum-scale",
        14,
        "real",
        "proved-bounded",
    )
    assert second.where == Cmp("<=", IConst(1), IVar("n"))
    assert second.where_text == ("n >= 1",)
    assert second.decl_map["c"] == ArrayDecl((DType.F64,), ())  # the per-rule declaration
    assert "c" not in first.decl_map


def test_empty_file_has_no_rules(tmp_path: Path) -> None:
    assert load_rules(write(tmp_path, "")).rules == ()
    assert load_rules(write(tmp_path, VARS, "vars-only.toml")).rules == ()


def test_invalid_toml_reports_tomls_line(tmp_path: Path) -> None:
    path = write(tmp_path, VARS + '[[rule]]\nname = "a"\nlhs = "abs(x)\nrhs = "x"\n')
    check(load_error(path), path, 8, "", "invalid TOML", "line 8")


def test_duplicate_toml_key_is_invalid_toml(tmp_path: Path) -> None:
    path = write(tmp_path, VARS + '[[rule]]\nname = "a"\nlhs = "abs(x)"\nlhs = "x"\nrhs = "x"\n')
    check(load_error(path), path, 9, "", "invalid TOML")


def test_unknown_top_level_key(tmp_path: Path) -> None:
    path = write(tmp_path, VARS + "[options]\nfast = true\n")
    check(load_error(path), path, 6, "", "unknown top-level key", "key='options'")


def test_unknown_top_level_key_before_tables(tmp_path: Path) -> None:
    path = write(tmp_path, "version = 2\n" + VARS)
    check(load_error(path), path, 1, "", "key='version'")


def test_misspelled_top_level_table(tmp_path: Path) -> None:
    path = write(tmp_path, VARS + '[[rules]]\nname = "a"\nlhs = "abs(x)"\nrhs = "x"\n')
    check(load_error(path), path, 6, "", "key='rules'", "did you mean 'rule'")


def test_rule_not_a_table(tmp_path: Path) -> None:
    path = write(tmp_path, 'rule = "abs(x) -> x"\n' + VARS)
    check(load_error(path), path, 1, "", "rules are written as [[rule]] tables")


def test_unknown_rule_key(tmp_path: Path) -> None:
    path = write(
        tmp_path, VARS + '[[rule]]\nname = "a"\nlhs = "abs(abs(x))"\nrhs = "abs(x)"\ndoamin = "real"\n'
    )
    check(load_error(path), path, 10, "a", "unknown rule key: key='doamin'", "did you mean 'domain'")


@pytest.mark.parametrize("side", ["lhs", "rhs"])
def test_missing_side(tmp_path: Path, side: str) -> None:
    other = "rhs" if side == "lhs" else "lhs"
    path = write(tmp_path, VARS + f'[[rule]]\nname = "a"\n{other} = "abs(x)"\n')
    check(load_error(path), path, 6, "a", f"rule needs a {side!r} key")


def test_side_not_a_string(tmp_path: Path) -> None:
    path = write(tmp_path, VARS + '[[rule]]\nname = "a"\nlhs = 3\nrhs = "x"\n')
    check(load_error(path), path, 8, "a", "lhs must be a non-empty string: lhs=3")


def test_side_blank(tmp_path: Path) -> None:
    path = write(tmp_path, VARS + '[[rule]]\nname = "a"\nlhs = "abs(x)"\nrhs = "  "\n')
    check(load_error(path), path, 9, "a", "rhs must be a non-empty string: rhs='  '")


def test_missing_name(tmp_path: Path) -> None:
    path = write(tmp_path, VARS + '[[rule]]\nlhs = "abs(x)"\nrhs = "x"\n')
    check(load_error(path), path, 6, "", "rule needs a 'name' key")


@pytest.mark.parametrize(
    ("value", "shown"), [('"a b"', "name='a b'"), ("3", "name=3"), ('"-a"', "name='-a'")]
)
def test_bad_name(tmp_path: Path, value: str, shown: str) -> None:
    path = write(tmp_path, VARS + f'[[rule]]\nlhs = "abs(x)"\nname = {value}\nrhs = "x"\n')
    check(load_error(path), path, 8, "", "a rule name is letters, digits", shown)


def test_duplicate_rule_name(tmp_path: Path) -> None:
    rule = '[[rule]]\nname = "a"\nlhs = "abs(abs(x))"\nrhs = "abs(x)"\n\n'
    path = write(tmp_path, VARS + rule + rule)
    check(load_error(path), path, 12, "a", "duplicate rule name: name='a' first_line=6")


def test_bad_domain(tmp_path: Path) -> None:
    path = write(
        tmp_path, VARS + '[[rule]]\nname = "a"\nlhs = "abs(abs(x))"\nrhs = "abs(x)"\ndomain = "complex"\n'
    )
    check(load_error(path), path, 10, "a", "domain must be one of ['real', 'ieee']: domain='complex'")


def test_bad_expect(tmp_path: Path) -> None:
    path = write(
        tmp_path, VARS + '[[rule]]\nname = "a"\nexpect = true\nlhs = "abs(abs(x))"\nrhs = "abs(x)"\n'
    )
    check(load_error(path), path, 8, "a", "expect must be one of", "expect=True")


def test_bad_doc(tmp_path: Path) -> None:
    path = write(tmp_path, VARS + '[[rule]]\nname = "a"\nlhs = "abs(abs(x))"\nrhs = "abs(x)"\ndoc = 1\n')
    check(load_error(path), path, 10, "a", "doc must be a string: doc=1")


def test_malformed_shared_declaration(tmp_path: Path) -> None:
    path = write(tmp_path, VARS.replace('A = "f64[m, k]"', 'A = "f64[m,"'))
    check(load_error(path), path, 4, "", "vars.A: unclosed '['", "text='f64[m,' col=7")


def test_malformed_rule_declaration_inline(tmp_path: Path) -> None:
    path = write(
        tmp_path, VARS + '[[rule]]\nname = "a"\nvars = { c = "f99[]" }\nlhs = "abs(abs(x))"\nrhs = "abs(x)"\n'
    )
    check(load_error(path), path, 8, "a", "vars.c: unknown dtype or family: name='f99'", "col=1")


def test_malformed_rule_declaration_dotted_key(tmp_path: Path) -> None:
    path = write(
        tmp_path, VARS + '[[rule]]\nname = "a"\nlhs = "abs(abs(x))"\nrhs = "abs(x)"\nvars.c = "f64[-1]"\n'
    )
    check(load_error(path), path, 10, "a", "vars.c: a dim is never negative: dim=-1")


def test_malformed_rule_declaration_sub_table(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        VARS
        + '[[rule]]\nname = "a"\nlhs = "abs(abs(x))"\nrhs = "abs(x)"\n\n[rule.vars]\nd = "f64[n]"\nc = "float"\n',
    )
    check(load_error(path), path, 13, "a", "vars.c: a declaration needs dims")


def test_declaration_not_a_string(tmp_path: Path) -> None:
    path = write(tmp_path, VARS + "z = 3\n")
    check(load_error(path), path, 6, "", "a declaration is a string: vars.z=3")


def test_bad_variable_name(tmp_path: Path) -> None:
    path = write(tmp_path, VARS + '"1x" = "f64[n]"\n')
    check(load_error(path), path, 6, "", "not a variable name: name='1x'")


def test_vars_not_a_table(tmp_path: Path) -> None:
    path = write(
        tmp_path, VARS + '[[rule]]\nname = "a"\nvars = "x: f64[n]"\nlhs = "abs(abs(x))"\nrhs = "abs(x)"\n'
    )
    check(load_error(path), path, 8, "a", "vars is a table")


def test_undeclared_name_in_lhs(tmp_path: Path) -> None:
    path = write(tmp_path, VARS + '[[rule]]\nname = "a"\nlhs = "abs(w)"\nrhs = "x"\n')
    check(load_error(path), path, 8, "a", "lhs: undeclared name: name='w'", "text='abs(w)' col=5")


def test_unknown_op(tmp_path: Path) -> None:
    path = write(tmp_path, VARS + '[[rule]]\nname = "a"\nlhs = "abs(x)"\nrhs = "frob(x)"\n')
    check(load_error(path), path, 9, "a", "rhs: unknown op: op='frob'", "col=1")


def test_syntax_error_in_side(tmp_path: Path) -> None:
    path = write(tmp_path, VARS + '[[rule]]\nname = "a"\nlhs = "abs(x"\nrhs = "x"\n')
    check(load_error(path), path, 8, "a", "lhs: invalid syntax", "was never closed", "col=4")


def test_ill_shaped_side(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        VARS + '[[rule]]\nname = "a"\nvars = { u = "f64[2]", v = "f64[3]" }\nlhs = "u @ v"\nrhs = "v @ u"\n',
    )
    check(load_error(path), path, 9, "a", "lhs: matmul: core dimensions differ", "'u @ v'", "col=1")


def test_ill_typed_side(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        VARS + '[[rule]]\nname = "a"\nvars = { b = "bool[n]" }\nlhs = "abs(x)"\nrhs = "x + negative(b)"\n',
    )
    check(load_error(path), path, 10, "a", "rhs: NumPy has no bool loop", "dtype=bool", "col=5")


def test_rhs_uses_a_name_the_lhs_does_not_bind(tmp_path: Path) -> None:
    path = write(tmp_path, VARS + '[[rule]]\nname = "a"\nlhs = "abs(x)"\nrhs = "abs(y)"\n')
    check(load_error(path), path, 9, "a", "rhs uses names the lhs does not bind: names=['y']")


def test_rhs_may_use_dims_the_lhs_binds(tmp_path: Path) -> None:
    path = write(
        tmp_path, VARS + '[[rule]]\nname = "a"\nlhs = "x[::-1][::-1]"\nrhs = "x[0:n]"\nwhere = ["n >= 0"]\n'
    )
    assert [r.name for r in load_rules(path).rules] == ["a"]


def test_where_uses_unbound_names(tmp_path: Path) -> None:
    path = write(
        tmp_path, VARS + '[[rule]]\nname = "a"\nlhs = "abs(abs(x))"\nrhs = "abs(x)"\nwhere = ["m >= 1"]\n'
    )
    check(load_error(path), path, 10, "a", "where uses names the lhs does not bind: names=['m']")


def test_where_bad_condition(tmp_path: Path) -> None:
    path = write(
        tmp_path, VARS + '[[rule]]\nname = "a"\nlhs = "abs(abs(x))"\nrhs = "abs(x)"\nwhere = "n >"\n'
    )
    check(load_error(path), path, 10, "a", "where: invalid syntax: the condition ends early", "col=4")


def test_where_not_strings(tmp_path: Path) -> None:
    path = write(tmp_path, VARS + '[[rule]]\nname = "a"\nlhs = "abs(abs(x))"\nrhs = "abs(x)"\nwhere = [1]\n')
    check(load_error(path), path, 10, "a", "where is a list of condition strings: where=[1]")


def test_identical_sides(tmp_path: Path) -> None:
    path = write(tmp_path, VARS + '[[rule]]\nname = "a"\nlhs = "abs( x )"\nrhs = "abs(x)"\n')
    check(load_error(path), path, 9, "a", "the two sides are identical", "lhs='abs(x)'")


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "missing.toml"
    check(load_error(path), path, None, "", "cannot read rule file", "No such file")


def test_directory_is_unreadable(tmp_path: Path) -> None:
    check(load_error(tmp_path), tmp_path, None, "", "cannot read rule file")


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.toml"
    path.write_bytes(VARS.encode() + b'z = "f64[\xe9]"\n')
    check(load_error(path), path, 6, "", "not UTF-8", r"byte=b'\xe9'")


def test_lines_skip_multi_line_strings(tmp_path: Path) -> None:
    """A ``[[rule]]`` or ``lhs =`` inside a multi-line string is text, not structure."""
    path = write(
        tmp_path,
        VARS
        + '''\
[[rule]]
name = "a"
doc = """
[[rule]]
lhs = "not this one"
"""
lhs = "abs(abs(x))"
rhs = "abs(x)"

[[rule]]
name = "b"
doc = \'\'\'
rhs = "nor this"
\'\'\'
lhs = "abs(abs(x))"
rhs = "abs(y)"
''',
    )
    check(load_error(path), path, 21, "b", "rhs uses names the lhs does not bind")


def test_crlf_line_endings(tmp_path: Path) -> None:
    text = VARS + '[[rule]]\nname = "a"\nlhs = "abs(abs(x))"\n\nrhs = "abs(q)"\n'
    path = tmp_path / "crlf.toml"
    path.write_bytes(text.replace("\n", "\r\n").encode())
    check(load_error(path), path, 10, "a", "rhs: undeclared name: name='q'")


def test_error_in_a_later_rule_names_that_rule(tmp_path: Path) -> None:
    good = '[[rule]]\nname = "r{n}"\nlhs = "abs(abs(x))"\nrhs = "abs(x)"\n\n'
    bad = '[[rule]]  # the broken one\nname = "broken"\nlhs = "abs(x)"\nrhs = "frob(x)"\n'
    path = write(tmp_path, VARS + "".join(good.format(n=n) for n in range(3)) + bad)
    check(load_error(path), path, 24, "broken", "rhs: unknown op: op='frob'")


def test_huge_side_is_a_quick_error(tmp_path: Path) -> None:
    path = write(tmp_path, VARS + f'[[rule]]\nname = "a"\nlhs = "{"-" * 5000}x"\nrhs = "x"\n')
    start = time.perf_counter()
    e = load_error(path)
    assert time.perf_counter() - start < 2.0
    check(e, path, 8, "a", "lhs:", "col=")
    assert len(str(e)) < 400


def test_library_loads() -> None:
    paths = library_paths()
    assert paths
    for path in paths:
        rules = load_rules(path).rules
        assert rules, path
        lines = [r.line for r in rules]
        assert lines == sorted(set(lines))  # each rule at its own [[rule]] line, in order


def test_inline_rule_array_is_located_at_its_key(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        'rule = [\n  { name = "a", lhs = "abs(abs(x))", rhs = "abs(x)" },\n'
        '  { name = "b", lhs = "abs(x)", rhs = "q" },\n]\n' + VARS,
    )
    check(load_error(path), path, 1, "b", "rhs: undeclared name: name='q'")
