"""Rule files: TOML data (never executed), parsed and checked at load time.

Every problem is a ``RuleError`` naming the file, the rule and the line (and, inside a term, the
column and offending text): unknown keys, malformed declarations, undeclared names, unknown ops,
ill-shaped sides, a right side naming what the left does not bind, identical sides.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import keyword
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from semantics import SEMANTICS_VERSION
from semantics.decls import ArrayDecl, Decl, parse_decl, show_decl
from semantics.errors import RuleError, VersaError
from semantics.parser import parse_condition, parse_term
from semantics.printing import show_cond, show_term
from semantics.scalar import Cond, conj, ivar_names
from semantics.terms import Call, KArray, KName, Name, Subscript, SumOver, Term, subterms

Domain = Literal["real", "ieee"]
Expect = Literal["proved", "proved-bounded", "refuted"]
DOMAINS: tuple[Domain, ...] = ("real", "ieee")
EXPECTS: tuple[Expect, ...] = ("proved", "proved-bounded", "refuted")

_RULE_KEYS = {"name", "lhs", "rhs", "vars", "domain", "where", "expect", "doc"}
_TOP_KEYS = {"vars", "rule"}
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]*$")
MAX_RULES_PER_FILE = 10_000


@dataclass(frozen=True)
class Rule:
    """One rewrite ``lhs -> rhs`` with its declarations, precondition and claim.

    ``domain`` is where the rule claims soundness (``real`` allows reassociation); ``expect`` is
    what its verdict there must be (a known-unsound regression rule says ``refuted``).
    """

    name: str
    lhs: Term
    rhs: Term
    decls: tuple[tuple[str, Decl], ...]
    where: Cond
    domain: Domain
    expect: Expect
    file: str
    line: int
    lhs_text: str
    rhs_text: str
    where_text: tuple[str, ...] = ()
    doc: str = ""

    @property
    def decl_map(self) -> dict[str, Decl]:
        return dict(self.decls)

    @property
    def stem(self) -> str:
        return Path(self.file).stem

    def normalized(self) -> str:
        """The rule as canonical text: what its proof's hash is taken of."""
        used = names_used(self.lhs) | names_used(self.rhs) | ivar_names(self.where)
        decls = "; ".join(f"{n}: {show_decl(d)}" for n, d in self.decls if n in used or _dims_used(d, used))
        return "\n".join(
            [
                f"name: {self.name}",
                f"vars: {decls}",
                f"lhs: {show_term(self.lhs)}",
                f"rhs: {show_term(self.rhs)}",
                f"where: {show_cond(self.where)}",
                f"domain: {self.domain}",
                f"expect: {self.expect}",
            ]
        )

    def digest(self) -> str:
        """Hash of the normalized rule and of the semantics version."""
        text = f"semantics {SEMANTICS_VERSION}\n{self.normalized()}"
        return hashlib.sha256(text.encode()).hexdigest()

    def where_location(self) -> str:
        return f"{self.file}:{self.line}"


def _dims_used(d: Decl, used: set[str]) -> bool:
    return isinstance(d, ArrayDecl) and bool(ivar_names(d.dims or ()) & used)


def names_used(t: Term) -> set[str]:
    """Array, key and int names a term reads (dims written in keys and params included)."""
    out: set[str] = set()
    bound: set[str] = set()
    stack = [t]
    while stack:
        u = stack.pop()
        match u:
            case Name(name=n):
                out.add(n)
            case Subscript(key=KName(name=n)):
                out.add(n)
            case Subscript(key=key):
                assert isinstance(key, tuple)
                out |= ivar_names(tuple(k for k in key if not isinstance(k, KArray)))
            case Call(params=params):
                out |= ivar_names(params)
            case SumOver(index=i, elem=e):
                bound |= {i, e}
        stack.extend(subterms(u))
    return out - bound


@dataclass(frozen=True)
class RuleFile:
    path: str
    rules: tuple[Rule, ...]


# ---------------------------------------------------------------- where things are in the file
#
# tomllib gives values, not positions; errors need lines. A small scan of the text finds table
# headers and ``key =`` lines, skipping multi-line strings (a ``[[rule]]`` inside one is text).

_BARE = r"[A-Za-z0-9_-]+"
_BASIC = r'"(?:[^"\\\n]|\\.)*"'
_LITERAL = r"'[^'\n]*'"
_SEGMENT = rf"[ \t]*(?:{_BARE}|{_BASIC}|{_LITERAL})[ \t]*"
_PATH = rf"{_SEGMENT}(?:\.{_SEGMENT})*"
_HEADER = re.compile(rf"^[ \t]*\[(\[?)({_PATH})\](\]?)[ \t]*(?:#.*)?$")
_KEY = re.compile(rf"^({_PATH})=")
_STRING_STARTS = re.compile(r'"""|\'\'\'|"|\'|#|\n')
_ML_BASIC_END = re.compile(r'(?:[^"\\]|\\.|"(?!""))*"""', re.S)
_BASIC_END = re.compile(r'(?:[^"\\\n]|\\.)*"')


def _segments(path: str) -> tuple[str, ...]:
    out: list[str] = []
    for seg in re.findall(rf"{_BARE}|{_BASIC}|{_LITERAL}", path):
        if seg.startswith('"'):
            try:
                seg = json.loads(seg)
            except ValueError:
                seg = seg[1:-1]
        elif seg.startswith("'"):
            seg = seg[1:-1]
        out.append(seg)
    return tuple(out)


def _code_lines(text: str) -> list[tuple[int, str]]:
    """(line number, line) of each line that starts outside a string: the lines TOML structure is on."""
    starts_in_string: set[int] = set()
    pos, line = 0, 1
    while True:
        m = _STRING_STARTS.search(text, pos)
        if m is None:
            break
        tok = m.group(0)
        if tok == "\n":
            line += 1
            pos = m.end()
            continue
        if tok == "#":
            end = text.find("\n", m.end())
        elif tok == '"""':
            close = _ML_BASIC_END.match(text, m.end())
            end = close.end() if close else len(text)
        elif tok == "'''":
            found = text.find("'''", m.end())
            end = len(text) if found == -1 else found + 3
        elif tok == '"':
            close = _BASIC_END.match(text, m.end())
            end = close.end() if close else m.end()
        else:
            found = text.find("'", m.end())
            end = m.end() if found == -1 else found + 1
        end = len(text) if end == -1 else end
        inner_lines = text.count("\n", m.end(), end)
        if tok != "#":
            starts_in_string.update(range(line + 1, line + inner_lines + 1))
        line += inner_lines
        pos = end
    lines = [ln.removesuffix("\r") for ln in text.split("\n")]
    return [(n, ln) for n, ln in enumerate(lines, 1) if n not in starts_in_string]


@dataclass(frozen=True)
class _Layout:
    """Lines of the file's tables and keys: ``keys`` maps a full dotted path to its line.

    Rule ``n``'s keys are under ``("rule", n, ...)``; other paths are as TOML spells them.
    """

    rule_headers: tuple[int, ...]
    keys: Mapping[tuple[str | int, ...], int]

    @staticmethod
    def of(text: str) -> _Layout:
        keys: dict[tuple[str | int, ...], int] = {}
        headers: list[int] = []
        table: tuple[str | int, ...] = ()
        for n, line in _code_lines(text):
            h = _HEADER.match(line)
            if h and bool(h.group(1)) == bool(h.group(3)):
                path: tuple[str | int, ...] = _segments(h.group(2))
                if h.group(1) and path == ("rule",):
                    headers.append(n)
                    table = ("rule", len(headers) - 1)
                elif path[:1] == ("rule",) and headers:
                    table = ("rule", len(headers) - 1, *path[1:])
                else:
                    table = path
                keys.setdefault(table, n)
                continue
            k = _KEY.match(line)
            if k:
                full = (*table, *_segments(k.group(1)))
                for i in range(len(table) + 1, len(full) + 1):
                    keys.setdefault(full[:i], n)
        return _Layout(tuple(headers), keys)

    def rule_line(self, n: int) -> int:
        """The ``[[rule]]`` header of rule ``n`` (or the ``rule = [...]`` line of an inline array)."""
        if n < len(self.rule_headers):
            return self.rule_headers[n]
        return self.keys.get(("rule",), 1)

    def line(self, *path: str | int, default: int | None = None) -> int | None:
        """The line of the longest known prefix of ``path`` (a key, or the table holding it)."""
        for i in range(len(path), 0, -1):
            if path[:i] in self.keys:
                return self.keys[path[:i]]
        return default


def display_path(p: Path) -> Path:
    """Relative to the working directory when inside it, else as it is: the library's files are
    then recorded as ``rules/library/...`` and every clone writes the same proofs."""
    try:
        return p.resolve().relative_to(Path.cwd().resolve())
    except ValueError:
        return p


def load_rules(path: str | Path) -> RuleFile:
    """Load and check one rule file; raise ``RuleError`` (file, rule, line) on any problem."""
    p = Path(path)
    file = str(path)
    try:
        raw = p.read_bytes()
    except OSError as e:
        raise RuleError(f"cannot read rule file ({e.strerror or e})", file) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        raise RuleError(
            f"rule file is not UTF-8 text: byte={raw[e.start : e.start + 1]!r}", file, line=line
        ) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        m = re.search(r"line (\d+)", str(e))
        raise RuleError(f"invalid TOML: {e}", file, line=int(m.group(1)) if m else None) from None
    return _load(data, _Layout.of(text), file)


def _load(data: Mapping[str, Any], layout: _Layout, file: str) -> RuleFile:
    unknown = sorted(set(data) - _TOP_KEYS)
    if unknown:
        raise RuleError(
            f"unknown top-level key (the file holds [vars] and [[rule]] tables): key={unknown[0]!r}"
            f"{_did_you_mean(unknown[0], _TOP_KEYS)}",
            file,
            line=layout.line(unknown[0]),
        )
    shared = _decls(data.get("vars", {}), file, "", layout, ("vars",))
    rules_data = data.get("rule", [])
    if not isinstance(rules_data, list) or not all(isinstance(r, dict) for r in rules_data):
        raise RuleError("rules are written as [[rule]] tables", file, line=layout.line("rule"))
    if len(rules_data) > MAX_RULES_PER_FILE:
        raise RuleError(f"too many rules: count={len(rules_data)} limit={MAX_RULES_PER_FILE}", file)
    rules: list[Rule] = []
    seen: dict[str, int] = {}
    for n, raw in enumerate(rules_data):
        rule = _rule(raw, shared, layout, file, n)
        if rule.name in seen:
            raise RuleError(
                f"duplicate rule name: name={rule.name!r} first_line={seen[rule.name]}",
                file,
                rule.name,
                layout.line("rule", n, "name", default=rule.line),
            )
        seen[rule.name] = rule.line
        rules.append(rule)
    return RuleFile(file, tuple(rules))


def _did_you_mean(name: str, known: Iterable[str]) -> str:
    close = difflib.get_close_matches(name, sorted(known), n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _decls(raw: Any, file: str, rule: str, layout: _Layout, at: tuple[str | int, ...]) -> dict[str, Decl]:
    if not isinstance(raw, dict):
        raise RuleError('vars is a table of name = "declaration"', file, rule, layout.line(*at))
    out: dict[str, Decl] = {}
    for name, text in raw.items():
        line = layout.line(*at, name)
        if not isinstance(text, str):
            raise RuleError(f"a declaration is a string: vars.{name}={text!r}", file, rule, line)
        if not re.match(r"^[A-Za-z_][A-Za-z0-9_]*$", name) or keyword.iskeyword(name):
            raise RuleError(f"not a variable name: name={name!r}", file, rule, line)
        try:
            out[name] = parse_decl(text)
        except VersaError as e:
            raise RuleError(f"vars.{name}: {e}", file, rule, line) from None
    return out


def _str_field(raw: Mapping[str, Any], key: str, file: str, rule: str, line: int) -> str:
    value = raw.get(key)
    if value is None:
        raise RuleError(f"rule needs a {key!r} key", file, rule, line)
    if not isinstance(value, str) or not value.strip():
        raise RuleError(f"{key} must be a non-empty string: {key}={value!r}", file, rule, line)
    return value


def _rule(raw: Mapping[str, Any], shared: dict[str, Decl], layout: _Layout, file: str, n: int) -> Rule:
    line = layout.rule_line(n)

    def at(key: str, *more: str) -> int:
        found = layout.line("rule", n, key, *more, default=line)
        assert found is not None
        return found

    name = raw.get("name")
    if name is None:
        raise RuleError("rule needs a 'name' key", file, "", line)
    if not isinstance(name, str) or not _NAME.match(name):
        raise RuleError(f"a rule name is letters, digits, '_', '-', '.': name={name!r}", file, "", at("name"))
    unknown = sorted(set(raw) - _RULE_KEYS)
    if unknown:
        raise RuleError(
            f"unknown rule key: key={unknown[0]!r}{_did_you_mean(unknown[0], _RULE_KEYS)} "
            f"known={sorted(_RULE_KEYS)}",
            file,
            name,
            at(unknown[0]),
        )
    lhs_text = _str_field(raw, "lhs", file, name, at("lhs"))
    rhs_text = _str_field(raw, "rhs", file, name, at("rhs"))
    decls = dict(shared)
    decls.update(_decls(raw.get("vars", {}), file, name, layout, ("rule", n, "vars")))
    domain = raw.get("domain", "ieee")
    if domain not in DOMAINS:
        raise RuleError(f"domain must be one of {list(DOMAINS)}: domain={domain!r}", file, name, at("domain"))
    expect = raw.get("expect", "proved")
    if expect not in EXPECTS:
        raise RuleError(f"expect must be one of {list(EXPECTS)}: expect={expect!r}", file, name, at("expect"))
    doc = raw.get("doc", "")
    if not isinstance(doc, str):
        raise RuleError(f"doc must be a string: doc={doc!r}", file, name, at("doc"))
    sides: dict[str, Term] = {}
    for side, src in (("lhs", lhs_text), ("rhs", rhs_text)):
        try:
            sides[side] = parse_term(src, decls)
        except VersaError as e:
            raise RuleError(f"{side}: {e}", file, name, at(side)) from None
    lhs, rhs = sides["lhs"], sides["rhs"]
    where_raw = raw.get("where", [])
    if isinstance(where_raw, str):
        where_raw = [where_raw]
    if not isinstance(where_raw, list) or not all(isinstance(w, str) for w in where_raw):
        raise RuleError(f"where is a list of condition strings: where={where_raw!r}", file, name, at("where"))
    conds: list[Cond] = []
    for w in where_raw:
        try:
            conds.append(parse_condition(w, decls))
        except VersaError as e:
            raise RuleError(f"where: {e}", file, name, at("where")) from None
    left, right = names_used(lhs), names_used(rhs)
    dims_left = _bound_dims(lhs, decls)
    extra = sorted((right - left) - dims_left)
    if extra:
        raise RuleError(f"rhs uses names the lhs does not bind: names={extra}", file, name, at("rhs"))
    free_where = sorted(ivar_names(tuple(conds)) - dims_left - left)
    if free_where:
        raise RuleError(
            f"where uses names the lhs does not bind: names={free_where}", file, name, at("where")
        )
    if lhs == rhs:
        raise RuleError(
            f"the two sides are identical: the rule rewrites nothing: lhs={show_term(lhs)!r}",
            file,
            name,
            at("rhs"),
        )
    used_decls = tuple(sorted(decls.items()))
    return Rule(
        name=name,
        lhs=lhs,
        rhs=rhs,
        decls=used_decls,
        where=conj(*conds),
        domain=domain,
        expect=expect,
        file=file,
        line=line,
        lhs_text=lhs_text,
        rhs_text=rhs_text,
        where_text=tuple(where_raw),
        doc=doc,
    )


def _bound_dims(lhs: Term, decls: Mapping[str, Decl]) -> set[str]:
    """Dims the lhs binds through the shapes of the arrays it reads."""
    out: set[str] = set()
    for n in names_used(lhs):
        d = decls.get(n)
        if isinstance(d, ArrayDecl) and d.dims is not None:
            out |= ivar_names(d.dims)
    return out


def library_dir() -> Path:
    return Path(__file__).parent / "library"


def library_paths() -> list[Path]:
    """The shipped rule files, sorted."""
    return sorted(display_path(p) for p in library_dir().glob("*.toml"))
