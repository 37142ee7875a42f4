"""What every command does on a failure that ends it: one red line and exit status 2."""

from __future__ import annotations

import typer


def fail(message: str) -> typer.Exit:
    typer.secho(f"error: {message}", err=True, fg=typer.colors.RED)
    return typer.Exit(code=2)
