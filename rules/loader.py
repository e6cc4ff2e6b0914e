"""Rule files: TOML data (never executed), parsed and checked at load time.

Every problem is a ``RuleError`` naming the file, the rule and the line (and, inside a term, the
column and offending text): unknown keys, malformed declarations, undeclared names, unknown ops,
ill-shaped sides, a right side naming what the left does not bind, identical sides.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from collections.abc import Mapping
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


def _line_index(text: str) -> list[int]:
    """Line number (1-based) of each ``[[rule]]`` header, in order."""
    return [n for n, line in enumerate(text.splitlines(), 1) if re.match(r"^\s*\[\[\s*rule\s*\]\]", line)]


def _key_line(text: str, start: int, key: str) -> int:
    """The line of ``key = ...`` inside the table whose header is on line ``start``."""
    lines = text.splitlines()
    for n in range(start, len(lines)):
        if re.match(r"^\s*\[", lines[n]):
            break
        if re.match(rf"^\s*{re.escape(key)}\s*=", lines[n]):
            return n + 1
    return start


def _table_line(text: str, table: str) -> int:
    for n, line in enumerate(text.splitlines(), 1):
        if re.match(rf"^\s*\[\s*{re.escape(table)}\s*\]", line):
            return n
    return 1


def load_rules(path: str | Path) -> RuleFile:
    """Load and check one rule file; raise ``RuleError`` (file, rule, line) on any problem."""
    p = Path(path)
    file = str(path)
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as e:
        raise RuleError(f"cannot read rule file ({e.strerror})", file) from None
    except UnicodeDecodeError:
        raise RuleError("rule file is not UTF-8 text", file) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        m = re.search(r"line (\d+)", str(e))
        raise RuleError(f"invalid TOML: {e}", file, line=int(m.group(1)) if m else None) from None
    return _load(data, text, file)


def _load(data: Mapping[str, Any], text: str, file: str) -> RuleFile:
    unknown = sorted(set(data) - _TOP_KEYS)
    if unknown:
        raise RuleError(f"unknown top-level key(s): {unknown} (expected [vars] and [[rule]])", file)
    shared = _decls(data.get("vars", {}), file, "", _table_line(text, "vars"))
    rules_data = data.get("rule", [])
    if not isinstance(rules_data, list) or not all(isinstance(r, dict) for r in rules_data):
        raise RuleError("rules are written as [[rule]] tables", file)
    if len(rules_data) > MAX_RULES_PER_FILE:
        raise RuleError(f"too many rules: count={len(rules_data)} limit={MAX_RULES_PER_FILE}", file)
    headers = _line_index(text)
    rules: list[Rule] = []
    seen: dict[str, int] = {}
    for n, raw in enumerate(rules_data):
        line = headers[n] if n < len(headers) else 1
        rule = _rule(raw, shared, text, file, line)
        if rule.name in seen:
            raise RuleError(f"duplicate rule name (first at line {seen[rule.name]})", file, rule.name, line)
        seen[rule.name] = line
        rules.append(rule)
    return RuleFile(file, tuple(rules))


def _decls(raw: Any, file: str, rule: str, line: int) -> dict[str, Decl]:
    if not isinstance(raw, dict):
        raise RuleError('vars is a table of name = "declaration"', file, rule, line)
    out: dict[str, Decl] = {}
    for name, text in raw.items():
        if not isinstance(text, str):
            raise RuleError(f"declaration of {name!r} must be a string", file, rule, line)
        if not re.match(r"^[A-Za-z_][A-Za-z0-9_]*$", name):
            raise RuleError(f"not a variable name: {name!r}", file, rule, line)
        try:
            out[name] = parse_decl(text)
        except VersaError as e:
            raise RuleError(f"vars.{name}: {e}", file, rule, line) from None
    return out


def _str_field(raw: Mapping[str, Any], key: str, file: str, rule: str, line: int) -> str:
    value = raw.get(key)
    if not isinstance(value, str) or not value.strip():
        raise RuleError(f"rule needs a non-empty string {key!r}", file, rule, line)
    return value


def _rule(raw: Mapping[str, Any], shared: dict[str, Decl], text: str, file: str, line: int) -> Rule:
    name = raw.get("name")
    if not isinstance(name, str) or not _NAME.match(name):
        raise RuleError(
            f"rule needs a 'name' of letters, digits, '_', '-', '.': name={name!r}", file, "", line
        )
    unknown = sorted(set(raw) - _RULE_KEYS)
    if unknown:
        raise RuleError(f"unknown key(s) {unknown}; known: {sorted(_RULE_KEYS)}", file, name, line)
    lhs_text = _str_field(raw, "lhs", file, name, line)
    rhs_text = _str_field(raw, "rhs", file, name, line)
    decls = dict(shared)
    decls.update(_decls(raw.get("vars", {}), file, name, _key_line(text, line, "vars")))
    domain = raw.get("domain", "ieee")
    if domain not in DOMAINS:
        raise RuleError(
            f"domain must be one of {list(DOMAINS)}: domain={domain!r}",
            file,
            name,
            _key_line(text, line, "domain"),
        )
    expect = raw.get("expect", "proved")
    if expect not in EXPECTS:
        raise RuleError(
            f"expect must be one of {list(EXPECTS)}: expect={expect!r}",
            file,
            name,
            _key_line(text, line, "expect"),
        )
    doc = raw.get("doc", "")
    if not isinstance(doc, str):
        raise RuleError("doc must be a string", file, name, line)
    sides: dict[str, Term] = {}
    for side, src in (("lhs", lhs_text), ("rhs", rhs_text)):
        try:
            sides[side] = parse_term(src, decls)
        except VersaError as e:
            raise RuleError(f"{side}: {e}", file, name, _key_line(text, line, side)) from None
    lhs, rhs = sides["lhs"], sides["rhs"]
    where_raw = raw.get("where", [])
    if isinstance(where_raw, str):
        where_raw = [where_raw]
    if not isinstance(where_raw, list) or not all(isinstance(w, str) for w in where_raw):
        raise RuleError("where is a list of condition strings", file, name, _key_line(text, line, "where"))
    conds: list[Cond] = []
    for w in where_raw:
        try:
            conds.append(parse_condition(w, decls))
        except VersaError as e:
            raise RuleError(f"where: {e}", file, name, _key_line(text, line, "where")) from None
    left, right = names_used(lhs), names_used(rhs)
    dims_left = _bound_dims(lhs, decls)
    extra = sorted((right - left) - dims_left)
    if extra:
        raise RuleError(
            f"rhs uses names the lhs does not bind: names={extra}",
            file,
            name,
            _key_line(text, line, "rhs"),
        )
    free_where = sorted(ivar_names(tuple(conds)) - dims_left - left)
    if free_where:
        raise RuleError(
            f"where uses names the lhs does not bind: names={free_where}",
            file,
            name,
            _key_line(text, line, "where"),
        )
    if lhs == rhs:
        raise RuleError("the two sides are identical: the rule rewrites nothing", file, name, line)
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
    return sorted(library_dir().glob("*.toml"))
