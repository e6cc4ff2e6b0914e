"""versa command line (typer)."""
