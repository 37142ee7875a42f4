"""Gold annotations in the formats we score against.

Quotations, read into one shape (``GoldDoc``):

- ``*.quotes.json``: the project's own format (``../shared/gold/README.md``).
- PolNeAR brat ``.ann`` files (Source / Cue / Content spans per attribution): each stretch
  between quotation marks inside a Content span becomes a gold quotation whose speaker is the
  Source; Content without quotation marks becomes gold reported (indirect) speech. Quoted
  stretches outside every Content span (scare quotes, titles of works) are marked ``ignore``:
  they count neither as found nor as spurious. A speaker is checked only when the Source names
  someone (a proper name, not "he" or "sources").

Events, read as the JSON objects they are: article gold (``*.events.json``, naming its
document) and sentence gold (JSON Lines, one sentence per line).
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsgraph.lexicons import load
from newsgraph.nlp.quotemarks import find_quoted

_UNNAMED = {"he", "she", "they", "it", "we", "i", "you", "the", "a", "an", "this", "that", "these", "those",
            "his", "her", "their", "its", "our", "some", "many", "other", "others", "both", "one", "who"}


@dataclass
class GoldDoc:
    document: Path
    quotes: list[dict[str, Any]] = field(default_factory=list)
    indirect: list[dict[str, Any]] = field(default_factory=list)


def read_gold(paths: list[Path]) -> list[GoldDoc]:
    """Gold files or folders of them, in sorted order; one PolNeAR article per .ann group."""
    docs: list[GoldDoc] = []
    for path in paths:
        if path.is_dir():
            anns = sorted(path.glob("*.ann"))
            if anns:
                docs.extend(read_polnear(a) for a in _one_annotator(anns))
            docs.extend(read_quotes_json(p) for p in sorted(path.glob("*.quotes.json")))
        elif path.suffix == ".ann":
            docs.append(read_polnear(path))
        else:
            docs.append(read_quotes_json(path))
    return docs


def read_quotes_json(path: Path) -> GoldDoc:
    gold = json.loads(path.read_text(encoding="utf-8"))
    document = document_path(path, gold["document"])
    return GoldDoc(document=document, quotes=list(gold["quotes"]), indirect=list(gold.get("indirect", [])))


def document_path(gold_file: Path, document: str) -> Path:
    """Gold names its document relative to a data folder: the gold file's neighbourhood, the
    working directory, ``$NEWSGRAPH_SHARED`` or the ``shared`` folder beside a checkout."""
    bases = [gold_file.parent.parent, gold_file.parent.parent.parent, gold_file.parent, Path.cwd()]
    if os.environ.get("NEWSGRAPH_SHARED"):
        bases.append(Path(os.environ["NEWSGRAPH_SHARED"]))
    bases.extend(p / "shared" for p in gold_file.resolve().parents)
    for base in bases:
        if (base / document).exists():
            return base / document
    raise ValueError(f"{gold_file}: its document {document!r} was not found")


def event_gold_files(paths: list[Path]) -> list[Path]:
    """Event gold files as given, and each folder's ``*.events.json`` in sorted order."""
    result: list[Path] = []
    for p in paths:
        result.extend(sorted(p.glob("*.events.json")) if p.is_dir() else [p])
    return result


def read_article_events(path: Path) -> tuple[dict[str, Any], Path]:
    """Article event gold (``*.events.json``) and the document it annotates."""
    gold = json.loads(path.read_text(encoding="utf-8"))
    return gold, document_path(path, gold["document"])


def read_sentence_events(path: Path) -> Iterator[dict[str, Any]]:
    """Sentence event gold (JSON Lines): one gold sentence per non-blank line."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            yield json.loads(line)


def _one_annotator(anns: list[Path]) -> list[Path]:
    """Articles annotated twice (for agreement) are scored once, on the first annotator."""
    seen: dict[str, Path] = {}
    for ann in anns:
        seen.setdefault(_article_name(ann), ann)
    return list(seen.values())


def _article_name(ann: Path) -> str:
    return ann.stem.rsplit("_", 1)[0]


def read_polnear(ann: Path) -> GoldDoc:
    document = ann.parent.parent / "text" / f"{_article_name(ann)}.txt"
    text = document.read_text(encoding="utf-8")
    spans, relations = _parse_brat(ann.read_text(encoding="utf-8"))
    title_end = text.find("\n")
    doc = GoldDoc(document=document)
    covered: set[tuple[int, int]] = set()
    for rel in relations:
        contents = spans.get(rel.get("Content", ""), ("", []))[1]
        if not contents:
            continue
        source = " ".join(text[s:e] for s, e in spans.get(rel.get("Source", ""), ("", []))[1])
        head = _head(source)
        cue = " ".join(text[s:e] for s, e in spans.get(rel.get("Cue", ""), ("", []))[1])
        speaker = {"speaker": [head] if head else [], "speaker_unchecked": not _named(head), "source": source,
                   "cue": cue}
        pieces = [(s + q.start, s + q.end) for s, e in contents for q in find_quoted(text[s:e])]
        for start, end in pieces:
            if (start, end) not in covered and start > title_end:
                covered.add((start, end))
                doc.quotes.append({"text": text[start:end], "start": start, "end": end, **speaker})
        if not pieces and min(s for s, _ in contents) > title_end:
            content = " ".join(text[s:e] for s, e in contents)
            doc.indirect.append({"text": content, **speaker})
    for q in find_quoted(text):
        if not any(s <= q.start and q.end <= e for s, e in covered) and q.start > title_end:
            doc.quotes.append({"text": text[q.start : q.end], "speaker": [], "ignore": True})
    return doc


def _parse_brat(ann: str) -> tuple[dict[str, tuple[str, list[tuple[int, int]]]], list[dict[str, str]]]:
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    relations: list[dict[str, str]] = []
    for line in ann.splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            label, _, offsets = parts[1].partition(" ")
            pairs = [tuple(int(x) for x in piece.split()) for piece in offsets.split(";")]
            spans[parts[0]] = (label, [(p[0], p[1]) for p in pairs if len(p) == 2])
        elif line.startswith("E") and len(parts) >= 2:
            relations.append(dict(arg.split(":", 1) for arg in parts[1].split() if ":" in arg))
    return spans, relations


def _head(source: str) -> str:
    """The naming part of a Source span, before its appositive or party tag:
    "Rep. Gwen Moore (D-Wis.)" -> "Rep. Gwen Moore"; "Scott Pruitt, the attorney general" ->
    "Scott Pruitt"."""
    head = re.split(r"\s*[,(]", source.strip(), maxsplit=1)[0]
    before = re.split(r"\s+(?=(?:of|at|from|for|with)\s)", head, maxsplit=1)[0]
    if before != head and before.split() and before.split()[-1][:1].isupper():
        head = before  # "Gov. Earl Ray Tomblin of West Virginia" -> the person, not the state
    return re.sub(r"(?:'s|\u2019s|'|\u2019)$", "", head.strip(" .:;\u00a0")).replace("\u00a0", " ")


def _named(head: str) -> bool:
    """A Source names someone when its head ends in a proper name ("Tulsa police Chief Chuck
    Jordan", "The New York Times") rather than a common noun or pronoun ("the Indiana
    governor", "sources", "he")."""
    words = re.findall(r"[A-Za-z][\w.'\u2019-]*", head)
    if not words:
        return False
    last = words[-1]
    return last[0].isupper() and last.lower() not in _UNNAMED and load().role(last) is None
