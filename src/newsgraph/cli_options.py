"""Options that several commands share, declared once: how politely to fetch from the web."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from newsgraph.sources.fetch import FetchSettings

ContactOption = Annotated[str | None, typer.Option(
    "--contact", envvar="NEWSGRAPH_CONTACT",
    help="URLs: an e-mail or URL put in the User-Agent, so that a site's operator can reach you.")]
DelayOption = Annotated[float, typer.Option("--delay", min=0, help="URLs: seconds between requests to one host.")]
TimeoutOption = Annotated[float, typer.Option("--timeout", min=0.1, help="URLs: seconds to wait for an answer.")]


def fetch_settings(contact: str | None, delay: float, timeout: float, max_mb: float) -> FetchSettings:
    from newsgraph.sources.fetch import FetchSettings

    return FetchSettings(contact=contact, delay=delay, timeout=timeout, max_mb=max_mb)
