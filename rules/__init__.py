"""The rule library as data, and its loader: ``load_rules(path)`` checks every rule at load time."""

from rules.loader import (
    DOMAINS,
    EXPECTS,
    Domain,
    Expect,
    Rule,
    RuleFile,
    library_dir,
    library_paths,
    load_rules,
    names_used,
)

__all__ = [
    "DOMAINS",
    "EXPECTS",
    "Domain",
    "Expect",
    "Rule",
    "RuleFile",
    "library_dir",
    "library_paths",
    "load_rules",
    "names_used",
]
