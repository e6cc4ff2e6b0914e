"""The versa command line: wiring only. Library code raises ``VersaError``; here it becomes one
line on stderr and exit code 2 (bad input). ``VERSA_DEBUG=1`` shows tracebacks of internal errors."""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from typing import Annotated, Any, TypeVar, cast

import typer

from semantics.errors import VersaError

app = typer.Typer(
    name="versa",
    help="Verified equality saturation for array programs.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)

EXIT_BAD_INPUT = 2
EXIT_INTERNAL = 3

F = TypeVar("F", bound=Callable[..., Any])

# click's usage-error root as typer raises it: newer typer vendors click (``typer._click``) and
# does not install click itself, older typer uses click; ``typer.BadParameter`` is public in both
# and derives from the right class, so it is found without importing click.
_CLICK_ERRORS: tuple[type[Exception], ...] = tuple(
    c for c in typer.BadParameter.__mro__ if c.__name__ == "ClickException"
)
_ABORT: tuple[type[BaseException], ...] = (KeyboardInterrupt, typer.Abort)


def one_line(message: str) -> str:
    """A message as one line: the CLI promises exactly one line per error."""
    return " ".join(message.split())


def fail(message: str, code: int = EXIT_BAD_INPUT) -> None:
    typer.echo(f"error: {one_line(message)}", err=True)
    raise typer.Exit(code)


def reports_errors(fn: F) -> F:
    """A command whose ``VersaError`` becomes one ``error:`` line and exit 2, however it is invoked
    (the console script, ``CliRunner`` or ``app()`` from Python)."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except VersaError as e:
            fail(str(e))

    return cast(F, wrapper)


def parse_vars(specs: list[str]) -> dict[str, str]:
    """``--var "A: f64[m, n]"`` options as a declaration map."""
    out: dict[str, str] = {}
    for spec in specs:
        name, sep, decl = spec.partition(":")
        if not sep or not name.strip() or not decl.strip():
            raise VersaError(f"--var takes 'NAME: DECL' (e.g. 'A: f64[m, n]'): var={spec!r}")
        if name.strip() in out:
            raise VersaError(f"--var declares a name twice: name={name.strip()!r}")
        out[name.strip()] = decl.strip()
    return out


VarOption = Annotated[
    list[str] | None,
    typer.Option("--var", "-v", help="A declaration 'NAME: DECL', e.g. 'A: f64[m, k]'."),
]


@app.command()
@reports_errors
def explain(
    expr: Annotated[str, typer.Argument(help="A term in Python/NumPy syntax.")],
    var: VarOption = None,
) -> None:
    """Print a term's shape, dtype, well-formedness, definedness and index denotation."""
    from cli.explain import explain_term

    typer.echo(explain_term(expr, parse_vars(var or [])))


@app.command("verify-rules")
@reports_errors
def verify_rules(
    paths: Annotated[list[str] | None, typer.Argument(help="Rule files (default: the library).")] = None,
    domain: Annotated[str, typer.Option(help="real, ieee or both.")] = "both",
    timeout: Annotated[float, typer.Option(help="Seconds per solver query.")] = 10.0,
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="Worker processes.")] = 1,
    rule: Annotated[list[str] | None, typer.Option("--rule", help="Only this rule (repeatable).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object on stdout.")] = False,
    check: Annotated[bool, typer.Option("--check", help="Fail on a missing or stale proof.")] = False,
    solver: Annotated[str, typer.Option(help="z3 (verify) or cvc5 (re-check stored proofs).")] = "z3",
    proofs: Annotated[str, typer.Option(help="The proof store directory.")] = "proofs",
    store: Annotated[bool, typer.Option("--store/--no-store", help="Write proofs and the manifest.")] = True,
) -> None:
    """Prove or refute rewrite rules; exit 0 when every rule meets its claim, 1 when not, 2 on bad input."""
    from cli.verify_cmd import verify_rules as run_verify

    code = run_verify(paths or [], domain, timeout, jobs, rule or [], as_json, check, solver, proofs, store)
    raise typer.Exit(code)


@app.command("export-egglog")
@reports_errors
def export_egglog(
    paths: Annotated[list[str] | None, typer.Argument(help="Rule files (default: the library).")] = None,
    domain: Annotated[str, typer.Option(help="Export rules proved in this domain: real or ieee.")] = "real",
    output: Annotated[
        str, typer.Option("--output", "-o", help="The egglog file to write ('-': stdout).")
    ] = "-",
    proofs: Annotated[str, typer.Option(help="The proof store directory.")] = "proofs",
    bounded: Annotated[
        bool, typer.Option("--include-bounded", help="Also rules proved up to a rank bound.")
    ] = False,
) -> None:
    """Write the proved rules as an egglog program (datatype prelude + rules) that egglog loads."""
    from cli.export_cmd import export_egglog as run_export

    raise typer.Exit(run_export(paths or [], domain, output, proofs, bounded))


def run(fn: Callable[[], Any]) -> int:
    """Run the app; return its exit code. A ``VersaError`` or a usage error is one line and exit 2;
    nothing escapes as a traceback (``fn`` runs click in non-standalone mode, so errors reach us)."""
    try:
        rv = fn()
    except VersaError as e:
        typer.echo(f"error: {one_line(str(e))}", err=True)
        return EXIT_BAD_INPUT
    except _CLICK_ERRORS as e:  # usage errors: click would print a multi-line box
        message = one_line(e.format_message())  # type: ignore[attr-defined]
        ctx = getattr(e, "ctx", None)
        if message:  # empty when click already printed the help (no arguments at all)
            hint = f" (see '{ctx.command_path} --help')" if ctx is not None else ""
            typer.echo(f"error: {message}{hint}", err=True)
        return int(e.exit_code)  # type: ignore[attr-defined]
    except _ABORT:
        typer.echo("interrupted", err=True)
        return 130
    except Exception as e:  # an internal error: still one line unless debugging
        if os.environ.get("VERSA_DEBUG"):
            raise
        typer.echo(
            f"internal error: {one_line(f'{type(e).__name__}: {e}')} (set VERSA_DEBUG=1 for a traceback)",
            err=True,
        )
        return EXIT_INTERNAL
    return rv if isinstance(rv, int) else 0


def main() -> None:
    sys.exit(run(lambda: app(standalone_mode=False)))


def verify_rules_main() -> None:
    """The ``verify-rules`` script: the same command as ``versa verify-rules``."""
    sys.exit(run(lambda: app(args=["verify-rules", *sys.argv[1:]], prog_name="versa", standalone_mode=False)))
