"""Score quotations against gold annotations, counting the way the project's reference scorer
(``score_quotes.py``) does.

A gold quotation is *found* when one system quotation (direct or mixed), not already
used, shares a contiguous run of tokens covering at least 60% of the gold tokens and at least
half of its own tokens; it is *attributed* when the system speaker's name, or any mention of
the speaker actor, contains the gold speaker's last word or whole name.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsgraph.evaluate.gold import GoldDoc, read_gold
from newsgraph.evaluate.metrics import Counts, harmonic_mean
from newsgraph.schema import load_records

FOUND_OVERLAP = 0.6
SYSTEM_SHARE = 0.5
_TOKEN = re.compile(r"[a-z0-9']+")
_QUOTE_CHARS = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(unicodedata.normalize("NFKC", text or "").translate(_QUOTE_CHARS).lower())


def overlap(gold: str, system: str) -> float:
    """Longest common token run over the gold length; 0 when the system text is mostly elsewhere."""
    g, s = tokens(gold), tokens(system)
    if not g or not s:
        return 0.0
    best = 0
    previous = [0] * (len(s) + 1)
    for gi in range(1, len(g) + 1):
        current = [0] * (len(s) + 1)
        for si in range(1, len(s) + 1):
            if g[gi - 1] == s[si - 1]:
                current[si] = previous[si - 1] + 1
                best = max(best, current[si])
        previous = current
    return best / len(g) if best / len(s) >= SYSTEM_SHARE else 0.0


def evidence(quote: dict[str, Any]) -> str:
    """A quote's words as the gold joins discontinuous content: its evidence pieces, joined by a
    space (reported speech less a framing phrase inside it), else its text."""
    pieces = quote.get("spans") or []
    return " ".join(p["text"] for p in pieces) if len(pieces) > 1 else quote["text"]


def speaker_names(quote: dict[str, Any], actors: dict[str, dict[str, Any]]) -> list[str]:
    """Every name the record gives the speaker: its name and each mention of the actor."""
    names = [quote.get("speaker_name") or ""]
    actor = actors.get(quote.get("speaker") or "")
    if actor:
        names.append(actor.get("name", ""))
        names.extend(m.get("text", "") for m in actor.get("mentions", []))
    return [n for n in names if n]


def speaker_matches(gold_names: list[str], names: list[str]) -> bool:
    got = " | ".join(names)
    got_tokens = set(tokens(got))
    got_norm = " ".join(tokens(got))
    for name in gold_names:
        words = [w for w in tokens(name) if w not in {"the", "of", "s"}]
        if words and (words[-1] in got_tokens or " ".join(tokens(name)) in got_norm):
            return True
    return False


@dataclass
class QuoteReport(Counts):
    gold: int = 0
    found: int = 0
    checked: int = 0
    attributed: int = 0
    system: int = 0
    spurious: int = 0
    spurious_attributed: int = 0
    named: int = 0  # gold quotations whose speaker is checked, found or not
    attributed_unannotated: int = 0  # system quotes given a speaker on gold left unattributed
    details: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return (self.system - self.spurious) / self.system if self.system else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        return harmonic_mean(self.precision, self.recall)

    @property
    def attribution(self) -> float:
        """Right speakers among the found quotations with a checkable speaker."""
        return self.attributed / self.checked if self.checked else 0.0

    @property
    def attribution_recall(self) -> float:
        """Right speakers among all gold quotations with a checkable speaker (end to end)."""
        return self.attributed / self.named if self.named else 0.0

    def summary(self) -> str:
        return (f"found {self.found}/{self.gold} attributed {self.attributed}/{self.checked} "
                f"spurious {self.spurious} of {self.system} | precision {self.precision:.3f} "
                f"recall {self.recall:.3f} F1 {self.f1:.3f} attribution {self.attribution:.3f} "
                f"(of all named gold {self.attribution_recall:.3f}) | "
                f"spurious with a speaker {self.spurious_attributed} (precision {self.attributed_precision:.3f}) | "
                f"speaker given to {self.attributed_unannotated} unattributed gold (strict precision "
                f"{self.strict_precision:.3f})")

    @property
    def strict_precision(self) -> float:
        """As ``precision``, but a speaker given to words the gold attributes to no one is wrong too."""
        wrong = self.spurious + self.attributed_unannotated
        return (self.system - wrong) / self.system if self.system else 0.0

    @property
    def attributed_precision(self) -> float:
        """Precision counting as spurious only quotes given a speaker: for gold that leaves
        scare quotes unannotated."""
        return (self.system - self.spurious_attributed) / self.system if self.system else 0.0


def score_quotes(gold_quotes: list[dict[str, Any]], record: dict[str, Any], label: str = "",
                 kinds: tuple[str, ...] = ("direct", "mixed")) -> QuoteReport:
    """Greedy one-to-one matching in gold order, as the reference scorer does. Gold marked
    ``ignore`` (quoted stretches the annotators left unattributed) counts neither for recall
    nor as spurious; ``spurious_attributed`` counts the spurious quotes that were given a
    speaker (for gold sets that leave scare quotes unannotated); ``speaker_unchecked`` gold
    counts for finding only."""
    actors = {a["id"]: a for a in record.get("actors", [])}
    system = [q for q in record.get("quotes", []) if q.get("kind") in kinds]
    ignored = [g for g in gold_quotes if g.get("ignore")]
    gold_quotes = [g for g in gold_quotes if not g.get("ignore")]
    report = QuoteReport(gold=len(gold_quotes), system=len(system),
                         named=sum(1 for g in gold_quotes if not g.get("speaker_unchecked")))
    used: set[int] = set()
    for g in gold_quotes:
        scored = [(overlap(g["text"], evidence(q)), -i) for i, q in enumerate(system) if i not in used]
        best, index = max(scored, default=(0.0, 1))
        index = -index  # ties go to the earliest system quote
        if best < FOUND_OVERLAP:
            report.details.append(f"{label}missed: {g['text'][:70]!r}")
            continue
        used.add(index)
        report.found += 1
        if g.get("speaker_unchecked"):
            continue
        report.checked += 1
        names = speaker_names(system[index], actors)
        if speaker_matches(g["speaker"], names):
            report.attributed += 1
        else:
            report.details.append(f"{label}misattributed: {g['text'][:50]!r} -> {names[:1]} (want {(g['speaker'] or ['?'])[0]!r})")
    for i, q in enumerate(system):
        if i in used or any(overlap(evidence(q), g["text"]) >= FOUND_OVERLAP for g in gold_quotes):
            continue
        if any(overlap(g["text"], evidence(q)) >= FOUND_OVERLAP for g in ignored):
            # a quotation the gold leaves unattributed (a scare quote): no verdict, but giving
            # it a speaker is counted apart, for the strict precision
            report.attributed_unannotated += bool(q.get("speaker") or q.get("speaker_name"))
            continue
        report.spurious += 1
        report.spurious_attributed += bool(q.get("speaker") or q.get("speaker_name"))
        report.details.append(f"{label}spurious: {q['text'][:70]!r}")
    return report


def evaluate_quote_files(gold_paths: list[Path], system: Path | None, model: str | None = None,
                         indirect: bool = False) -> QuoteReport:
    """Score every gold document against its record (matched by file name); documents with
    no record in ``system`` are extracted now, with one pipeline for all of them."""
    from newsgraph.extraction import extract_many

    docs = read_gold(gold_paths)
    records = {Path(r["article"]["source"]).name: r for r in (load_records(system) if system else [])}
    missing = [str(d.document) for d in docs if d.document.name not in records]
    for item in extract_many(missing, model=model) if missing else []:
        if not isinstance(item, Exception):
            record = item.to_dict()
            records[Path(record["article"]["source"]).name] = record
    return score_documents(docs, lambda doc: records.get(doc.document.name), indirect,
                           label_of=lambda doc: doc.document.name)


def score_documents(docs: list[GoldDoc], record_of: Callable[[GoldDoc], dict[str, Any] | None], indirect: bool,
                    label_of: Callable[[GoldDoc], str]) -> QuoteReport:
    """Every gold document scored against its record (none found: an empty record), quotes or
    reported speech, summed."""
    total = QuoteReport()
    for doc in docs:
        record = record_of(doc) or {"actors": [], "quotes": []}
        label = f"{label_of(doc)}: " if len(docs) > 1 else ""
        if indirect:
            total.add(score_quotes(doc.indirect, record, label=label, kinds=("indirect",)))
        else:
            total.add(score_quotes(doc.quotes, record, label=label))
    return total
