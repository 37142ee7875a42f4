"""Gold attributions in the project's annotation format (``docs/annotation/attribution.md``),
read into the shape ``evaluate/gold.py`` gives PolNeAR, and scored the same way.

One JSON object per line is one article: its ``text`` (exactly what newsgraph reads from the
row, so a record's offsets and the gold's agree), and ``attributions`` with resolved ``content``
pieces, ``cue``, ``source``, ``kind``, ``cue_type`` and ``speaker_name``. As for PolNeAR
(``evaluate.gold.read_polnear``):

- each stretch between quotation marks inside a direct or mixed attribution's content is a gold
  quotation;
- an indirect attribution's content (its pieces joined by a space) is gold reported speech;
- quoted stretches inside no attribution (scare quotes, titles) are ``ignore``.

Speakers differ in one way, on purpose: a gold speaker is the annotated ``speaker_name`` (the
person or body the article names, with "he" or "the minister" resolved), checked whenever the
annotators gave one (with its diacritics removed as a second form, since the scorer's tokens
are ASCII). ``speaker="polnear"`` checks instead the naming part of the Source span, and
only when it is a name, exactly as for PolNeAR.

Records from ``newsgraph extract FILE.jsonl`` carry ``article.source`` = ``FILE.jsonl:LINE``; gold
documents are named the same way, so records and gold meet by name (or else by ``article.id``,
the hash of the text).

    python -m newsgraph.evaluate.gold_attribution --gold data/annotations/attribution/test.jsonl [RECORDS] [--indirect]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsgraph.evaluate.gold import GoldDoc, _head, _named
from newsgraph.evaluate.quotes import QuoteReport, score_documents
from newsgraph.nlp.quotemarks import find_quoted
from newsgraph.schema import load_records

CUE_TYPES = ("speech", "belief", "intent")


@dataclass
class AttributionGoldDoc(GoldDoc):
    """A gold document read from an annotation JSONL file: ``document`` is ``FILE:LINE`` (the
    name newsgraph gives that row's record); ``source_file`` is the JSONL file itself."""

    source_file: Path | None = None
    article_id: str = ""
    row: dict[str, Any] = field(default_factory=dict)


def read_attribution(path: Path, cue_types: tuple[str, ...] = CUE_TYPES, speaker: str = "name",
                     annotator: str | None = None) -> list[AttributionGoldDoc]:
    """Every article of one annotation file. ``cue_types`` keeps attributions of those types
    (the others count as unannotated: their quotations are ``ignore``); ``annotator`` keeps one
    annotator's rows where a file holds several passes (default: the first pass per article)."""
    docs: list[AttributionGoldDoc] = []
    seen: set[str] = set()
    path = Path(path)
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        row = json.loads(line)
        if annotator is not None and row.get("annotator") != annotator:
            continue
        if row.get("id") in seen:
            continue  # a second pass over the same article: scored once, on the first
        seen.add(row.get("id"))
        docs.append(gold_from_row(row, Path(f"{path}:{lineno}"), path, cue_types, speaker))
    return docs


def gold_from_row(row: dict[str, Any], document: Path, source_file: Path | None = None,
                  cue_types: tuple[str, ...] = CUE_TYPES, speaker: str = "name") -> AttributionGoldDoc:
    text = row["text"]
    doc = AttributionGoldDoc(document=document, source_file=source_file, row=row,
                             article_id=hashlib.sha256(text.encode("utf-8")).hexdigest()[:16])
    quoted = find_quoted(text)
    covered: set[tuple[int, int]] = set()
    for att in row.get("attributions", []):
        if att.get("cue_type", "speech") not in cue_types:
            continue
        if any(not isinstance(p, dict) or "start" not in p for p in att.get("content", [])):
            raise ValueError(f"{document}: spans without offsets; run "
                             "`scripts/annotation/attribution_tool.py check FILE --write FILE` first")
        pieces = [(p["start"], p["end"]) for p in att["content"]]
        if not pieces:
            continue
        who = _speaker(att, speaker)
        if att.get("kind") == "indirect":
            doc.indirect.append({"text": " ".join(text[s:e] for s, e in pieces), **who})
            continue
        for q in quoted:
            if (q.start, q.end) in covered or not any(s < q.end and q.start < e for s, e in pieces):
                continue
            covered.add((q.start, q.end))
            doc.quotes.append({"text": text[q.start:q.end], "start": q.start, "end": q.end, **who})
    for q in quoted:
        if (q.start, q.end) not in covered:
            doc.quotes.append({"text": text[q.start:q.end], "speaker": [], "ignore": True})
    doc.quotes.sort(key=lambda q: q.get("start", -1))
    return doc


def _speaker(att: dict[str, Any], speaker: str) -> dict[str, Any]:
    source = (att.get("source") or {}).get("text", "")
    cue = (att.get("cue") or {}).get("text", "")
    if speaker == "polnear":
        head = _head(source)
        return {"speaker": [head] if head else [], "speaker_unchecked": not _named(head), "source": source, "cue": cue,
                "kind": att.get("kind"), "cue_type": att.get("cue_type")}
    name = (att.get("speaker_name") or "").strip()
    names = name_variants(name) if name else []
    head = _head(source)
    if name and _named(head) and head not in names:
        names.append(head)  # the name this sentence gives: "Rosselló" for "Ricardo Rosselló Nevares"
    names += [folded for n in names if (folded := _ascii(n)) != n]  # the scorer's tokens are ASCII: "Erdoğan" also as "Erdogan"
    return {"speaker": names, "speaker_unchecked": not name, "source": source, "cue": cue,
            "kind": att.get("kind"), "cue_type": att.get("cue_type")}


_SUFFIX = re.compile(r",?\s+(?:Jr|Sr|II|III|IV)\.?$")
_PARENTHESIS = re.compile(r"\s*\(([^)]*)\)")


def name_variants(name: str) -> list[str]:
    """A gold speaker's name and the forms of it a text uses alone: without a parenthesis or
    with only what it holds ("Iranian Revolutionary Guard Corps (IRGC)"), without a
    generational suffix ("Robert Downey Jr.")."""
    variants = [name]
    bare = _PARENTHESIS.sub("", name).strip()
    variants += [bare] + [m.strip() for m in _PARENTHESIS.findall(name)]
    variants.append(_SUFFIX.sub("", bare))
    return [v for v in dict.fromkeys(variants) if v]


def _ascii(name: str) -> str:
    """The name without diacritics ("Recep Tayyip Erdoğan" -> "Recep Tayyip Erdogan")."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def evaluate_attribution_files(gold_paths: list[Path], system: Path | None = None, model: str | None = None,
                               indirect: bool = False, cue_types: tuple[str, ...] = CUE_TYPES,
                               speaker: str = "name") -> QuoteReport:
    """``evaluate.quotes.evaluate_quote_files`` for annotation JSONL files: records from ``system``
    (matched by ``FILE:LINE`` name, else by article id), the rest extracted now from the
    annotation files themselves (newsgraph reads JSONL rows as articles)."""
    docs = [d for p in gold_paths for d in read_attribution(Path(p), cue_types, speaker)]
    records = load_records(system) if system else []
    by_name = {Path(r["article"]["source"]).name: r for r in records}
    by_id = {r["article"].get("id"): r for r in records}
    missing = [d for d in docs if d.document.name not in by_name and d.article_id not in by_id]
    if missing:
        from newsgraph.extraction import extract_many

        files = list(dict.fromkeys(str(d.source_file) for d in missing))
        for item in extract_many(files, model=model):
            if not isinstance(item, Exception):
                record = item.to_dict()
                by_name.setdefault(Path(record["article"]["source"]).name, record)
                by_id.setdefault(record["article"].get("id"), record)
    return score_documents(docs, lambda doc: by_name.get(doc.document.name) or by_id.get(doc.article_id), indirect,
                           label_of=lambda doc: doc.row.get("id", doc.document.name))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Score newsgraph's quotes against attribution annotations (JSONL).")
    parser.add_argument("--gold", type=Path, action="append", required=True, help="annotation JSONL file(s)")
    parser.add_argument("system", type=Path, nargs="?", help="records from `newsgraph extract` (json/jsonl)")
    parser.add_argument("--indirect", action="store_true", help="score reported (indirect) speech")
    parser.add_argument("--cue-types", default=",".join(CUE_TYPES), help="attributions kept, by cue_type")
    parser.add_argument("--speaker", choices=("name", "polnear"), default="name",
                        help="gold speaker: speaker_name (default) or the Source span, PolNeAR's way")
    parser.add_argument("--model", default=None)
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args(argv)
    report = evaluate_attribution_files(args.gold, args.system, args.model, args.indirect,
                                        tuple(t for t in args.cue_types.split(",") if t), args.speaker)
    if not args.quiet:
        for line in report.details:
            print(line)
    print(report.summary())
    return 0


if __name__ == "__main__":
    sys.exit(main())
