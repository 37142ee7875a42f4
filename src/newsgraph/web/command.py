"""``newsgraph serve``: the web UI and JSON API over an archive.

FastAPI and uvicorn are imported inside the command, so ``newsgraph --help`` and the other
commands do not pay for loading them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from newsgraph.console import fail
from newsgraph.store.database import DEFAULT_DB


def serve(
    db: Annotated[Path, typer.Option("--db", help="The DuckDB archive file (opened read-only).")] = Path(DEFAULT_DB),
    host: Annotated[str, typer.Option("--host", help="Interface to listen on (0.0.0.0: every interface).")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="TCP port.", min=1, max=65535)] = 8000,
) -> None:
    """Browse an archive in a web browser: search, articles, actors, network, accounts, JSON API."""
    import uvicorn

    from newsgraph.web.app import create_app

    try:
        app = create_app(db)
    except FileNotFoundError as exc:
        raise fail(str(exc)) from exc
    shown = "127.0.0.1" if host in ("0.0.0.0", "::") else host
    typer.echo(f"Serving {db} (read-only) at http://{shown}:{port}/  —  API docs at http://{shown}:{port}/docs")
    uvicorn.run(app, host=host, port=port, log_level="warning")
