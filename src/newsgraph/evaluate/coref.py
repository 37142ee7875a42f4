"""Mention -> entity resolution scored against GUM's gold coreference (Wikinews documents).

A speaker is only as good as the actor its mention resolves to: "he", "the deputy chief",
"Bos" must reach the person the article named. GUM (CC BY 4.0 annotations of Wikinews) marks
every mention of every entity. For each gold entity of type person or organization that has a
name (its longest mention whose words are capitalised), every *other* mention is a test: a
third-person pronoun ("he", "they"), a description ("the biologist") or a partial name ("Bos"). newsgraph
reads the document (its tokens joined by spaces) and the mention resolves to the actor that owns
its head word (by newsgraph's parse); it is **right** when the actor's name and the
gold entity's name share their last word, or the actor's name is inside it.

Reported per kind of mention: gold mentions, how many newsgraph resolved to some actor
(*linked*), how many to the right one (*right*); recall = right / gold, precision = right /
linked.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsgraph.evaluate.metrics import harmonic_mean

_OPEN = re.compile(r"\((person|organization)-(\d+)")
_CLOSE = re.compile(r"(person|organization)-(\d+)\)")
_SINGLE = re.compile(r"\((person|organization)-(\d+)(?:-[^)]*)?\)")
_PRONOUNS = {"he", "him", "his", "she", "her", "hers", "they", "them", "their", "theirs", "it", "its",
             "himself", "herself", "themselves", "itself"}
_SPEAKERS = {"i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your", "yours"}  # a turn's own voice: not scored
_LOWER_OK = {"of", "the", "and", "for", "de", "van", "von", "al", "bin", "la", "le", "du", "&"}
KINDS = ("pronoun", "description", "partial name")


@dataclass
class Mention:
    entity: str
    start: int  # token indexes, end exclusive
    end: int


@dataclass
class GumDoc:
    name: str
    tokens: list[str]
    mentions: list[Mention] = field(default_factory=list)
    sentence_starts: set[int] = field(default_factory=set)

    @property
    def text(self) -> str:
        return " ".join(self.tokens)

    def offsets(self) -> list[tuple[int, int]]:
        spans, at = [], 0
        for token in self.tokens:
            spans.append((at, at + len(token)))
            at += len(token) + 1
        return spans


def read_conll(path: Path) -> GumDoc:
    """One GUM coreference file (``coref/gum/conll/*.conll``): tokens, and the mentions of people
    and organisations (other entity types are not actors)."""
    doc = GumDoc(path.stem, [])
    open_at: dict[str, list[int]] = {}
    starting = True
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            starting = True
            continue
        cells = line.split("\t")
        i = len(doc.tokens)
        if starting:
            doc.sentence_starts.add(i)
            starting = False
        doc.tokens.append(cells[1])
        tags = cells[2] if len(cells) > 2 else "_"
        for kind, number in _SINGLE.findall(tags):
            doc.mentions.append(Mention(f"{kind}-{number}", i, i + 1))
        rest = _SINGLE.sub("", tags)
        for kind, number in _OPEN.findall(rest):
            open_at.setdefault(f"{kind}-{number}", []).append(i)
        for kind, number in _CLOSE.findall(rest):
            key = f"{kind}-{number}"
            if open_at.get(key):
                doc.mentions.append(Mention(key, open_at[key].pop(), i + 1))
    return doc


def _is_name(words: list[str]) -> bool:
    return bool(words) and words[0][:1].isupper() and all(w[:1].isupper() or w.lower() in _LOWER_OK or not w.isalpha()
                                                          for w in words) and words[0].lower() not in _PRONOUNS | _SPEAKERS


def _name_words(gum: GumDoc, m: Mention) -> list[str] | None:
    """A mention's words if they name the entity: capitalised throughout, less a possessive
    "'s"; a lone capitalised word opening a sentence ("Parents") is no evidence of a name."""
    words = gum.tokens[m.start:m.end]
    while words and words[-1] in ("'s", "'", "\u2019s"):
        words = words[:-1]
    if not _is_name(words) or (len(words) == 1 and m.start in gum.sentence_starts):
        return None
    return words


def kind_of(words: list[str], name: list[str]) -> str | None:
    """What a non-name mention is: a third-person pronoun, a description, a partial name (None:
    the name itself, or a first or second person, which speaks rather than refers)."""
    if len(words) == 1 and words[0].lower() in _SPEAKERS:
        return None
    if len(words) == 1 and words[0].lower() in _PRONOUNS:
        return "pronoun"
    if _is_name(words):
        return None if words == name else "partial name"
    return "description"


def _last(words: list[str] | str) -> str:
    tokens = re.findall(r"[\w']+", " ".join(words) if isinstance(words, list) else words)
    return tokens[-1].lower() if tokens else ""


@dataclass
class CorefReport:
    counts: dict[str, Counter] = field(default_factory=lambda: {k: Counter() for k in KINDS})
    details: list[str] = field(default_factory=list)
    documents: int = 0

    def add(self, gum: GumDoc, actor_of_char: Any) -> None:
        """Score one document; ``actor_of_char(start, end)`` gives the name of the actor newsgraph
        resolved the characters to (None when none)."""
        self.documents += 1
        names: dict[str, list[str]] = {}
        for m in gum.mentions:
            words = _name_words(gum, m)
            if words and len(words) > len(names.get(m.entity, [])):
                names[m.entity] = words
        offsets = gum.offsets()
        for m in gum.mentions:
            name = names.get(m.entity)
            words = _name_words(gum, m) or gum.tokens[m.start:m.end]
            kind = kind_of(words, name) if name else None
            if kind is None:
                continue
            counts = self.counts[kind]
            counts["gold"] += 1
            got = actor_of_char(offsets[m.start][0], offsets[m.end - 1][1])
            if got is None:
                continue
            counts["linked"] += 1
            right = _last(got) == _last(name) or " ".join(got.lower().split()) in " ".join(name).lower()
            counts["right"] += right
            if not right:
                self.details.append(f"{gum.name}: {' '.join(words)!r} -> {got!r} (want {' '.join(name)!r})")

    def summary(self) -> str:
        parts = []
        for kind in KINDS:
            c = self.counts[kind]
            recall = c["right"] / c["gold"] if c["gold"] else 0.0
            precision = c["right"] / c["linked"] if c["linked"] else 0.0
            parts.append(f"{kind}: {c['right']}/{c['gold']} right (recall {recall:.3f}), precision {precision:.3f} "
                         f"of {c['linked']} linked, F1 {harmonic_mean(precision, recall):.3f}")
        return f"documents {self.documents} | " + " | ".join(parts)


def gum_files(paths: list[Path], names: set[str] | None = None) -> list[Path]:
    files = [f for p in paths for f in (sorted(p.glob("*.conll")) if p.is_dir() else [p])]
    return [f for f in files if names is None or f.stem in names]


def split_names(splits_md: Path, split: str) -> set[str]:
    """The documents GUM's ``splits.md`` lists under ``## split``."""
    names, current = set(), None
    for line in splits_md.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            current = line[3:].strip()
        elif current == split and line.strip().startswith("* "):
            names.add(line.strip()[2:].strip())
    return names


def _splits_file(paths: list[Path]) -> Path:
    """GUM's ``splits.md``: the nearest one in a folder above the given files."""
    for path in paths:
        for folder in path.resolve().parents:
            if (folder / "splits.md").exists():
                return folder / "splits.md"
    raise ValueError("no splits.md found above the GUM files")


def evaluate_coref(paths: list[Path], split: str | None = None, model: str | None = None) -> CorefReport:
    """Run the pipeline over GUM coreference files (a split of them, by ``splits.md`` beside the
    ``coref`` folder) and score mention resolution."""
    from newsgraph.nlp.pipeline import build_nlp

    names = split_names(_splits_file(paths), split) if split is not None else None
    nlp = build_nlp(model)
    report = CorefReport()
    for path in gum_files(paths, names):
        gum = read_conll(path)
        doc = nlp(gum.text)
        owners = doc._.actor_of_token or {}
        actors = doc._.actors or []

        def actor_of_char(start: int, end: int) -> str | None:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                return None
            head = span.root  # "his daughter": the daughter, not "his"
            return actors[owners[head.i]].name if head.i in owners else None

        report.add(gum, actor_of_char)
    return report
