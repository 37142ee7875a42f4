#!/usr/bin/env python3
"""Attribution annotation tool: prepare, check, compare and convert annotated Wikinews articles.

Standard library only. The guideline is ``docs/annotation/attribution.md``; the file format is
one JSON object per line (one article), described there.

    attribution_tool.py init ID... [--out FILE]        article stubs with the exact text to annotate
    attribution_tool.py check IN.jsonl [--write OUT]   resolve span texts to offsets, validate (exit 1 on errors)
    attribution_tool.py agree A.jsonl B.jsonl          agreement of two passes over the same articles (A = gold)
    attribution_tool.py stats FILE...                  counts
    attribution_tool.py to-brat IN.jsonl OUTDIR        PolNeAR-style brat files, scorable by `newsgraph evaluate`

Spans are written by annotators as exact substrings of the article text:
``{"text": "said"}`` (or just ``"said"``), with ``"occurrence": n`` (1-based, counted over the whole
article) or ``"after": "a short unique string before it"`` when the text occurs more than once.
Without either, a content piece must be unique in the article; a cue may repeat, and then the
occurrence nearest to the content is taken (the source: nearest to the cue), unless two are
equally near. ``check --write`` adds ``start``/``end`` (Python string offsets, end exclusive) to
every span, fills ``kind`` (from the quotation marks), ``cue_type`` (from the cue lexicon) and
``id`` where they are missing, and adds ``article_id`` (the id newsgraph gives the text).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import itertools
import json
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsgraph.evaluate.quotes import overlap  # the scorer's own measure, so agreement counts as scoring does

ROOT = Path(__file__).resolve().parents[2]
SPLITS = ROOT / "data" / "annotations" / "splits" / "wikinews.tsv"
CORPUS = ROOT.parent / "shared" / "corpora" / "wikinews-2019-2020"
CUE_LEXICON = ROOT / "src" / "newsgraph" / "lexicons" / "cues.tsv"

KINDS = ("direct", "mixed", "indirect")
CUE_TYPES = ("speech", "belief", "intent")
SPEAKER_TYPES = ("person", "organization", "document", "other")
SPLIT_NAMES = ("train", "dev", "test")
CONTENT_MATCH = 0.5  # content spans match when their shared tokens are >= half of each side's tokens
FAR = 400  # characters between a cue and its content (or a source and its cue) that earn a warning

# --------------------------------------------------------------------------------------------
# Text helpers
# --------------------------------------------------------------------------------------------

_WORD = re.compile(r"[^\W_]+")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
OPENERS = "\u201c\u201e\u00ab"
CLOSERS = "\u201d\u00bb"
STRAIGHT = '"'
_MARK = re.compile(r'["\u201c\u201d\u201e\u00ab\u00bb]')


def article_id(text: str) -> str:
    """The id newsgraph gives an article: the first 16 hex digits of SHA-256 of its text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def wikinews_id(url: str) -> str:
    """Our id for a Wikinews article (as ``make_pools.py``): from the URL with "/wiki/"."""
    return "wn-" + hashlib.sha256(url.replace("//wiki/", "/wiki/").encode()).hexdigest()[:10]


def word_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the words (runs of letters and digits) of ``text``."""
    return [(m.start(), m.end()) for m in _WORD.finditer(text)]


def paragraphs(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return out


def quoted_stretches(text: str) -> list[tuple[int, int]]:
    """The inside of each pair of double quotation marks (straight or curly), paired within a
    paragraph; a quote left open at a paragraph's end runs to that end (the multi-paragraph
    convention). A port of newsgraph's ``find_quoted``, kept simple."""
    pieces: list[tuple[int, int]] = []
    for pstart, pend in paragraphs(text):
        opened: int | None = None
        for m in _MARK.finditer(text, pstart, pend):
            pos, mark = m.start(), m.group()
            if opened is None:
                if mark in OPENERS or (mark == STRAIGHT and _straight_opens(text, pos, pstart)):
                    opened = pos + 1
            elif mark in CLOSERS or (mark == STRAIGHT and _straight_closes(text, pos, pend)):
                pieces.append((opened, pos))
                opened = None
            elif mark in OPENERS:
                opened = pos + 1
        if opened is not None:
            pieces.append((opened, pend))
    return [(s, e) for s, e in pieces if e > s]


def _straight_opens(text: str, pos: int, pstart: int) -> bool:
    before = text[pos - 1] if pos > pstart else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    return (before.isspace() or before in "([{\u2014\u2013-/:") and not after.isspace()


def _straight_closes(text: str, pos: int, pend: int) -> bool:
    after = text[pos + 1] if pos + 1 < pend else " "
    return not after.isalnum()


def kind_of(text: str, pieces: list[tuple[int, int]], quoted: list[tuple[int, int]] | None = None) -> str:
    """direct: every word of the content lies inside quotation marks; mixed: some do;
    indirect: none do."""
    quoted = quoted_stretches(text) if quoted is None else quoted
    words = [(s + ws, s + we) for s, e in pieces for ws, we in word_spans(text[s:e])]
    inside = [any(qs <= ws and we <= qe for qs, qe in quoted) for ws, we in words]
    if inside and all(inside):
        return "direct"
    return "mixed" if any(inside) else "indirect"


# --------------------------------------------------------------------------------------------
# Cue lexicon (for the default cue_type)
# --------------------------------------------------------------------------------------------

_IRREGULAR = {
    "said": "say", "says": "say", "told": "tell", "thought": "think", "knew": "know", "known": "know",
    "felt": "feel", "wrote": "write", "written": "write", "sought": "seek", "saw": "see", "seen": "see",
    "heard": "hear", "found": "find", "spoke": "speak", "spoken": "speak", "taught": "teach",
    "swore": "swear", "sworn": "swear", "forbade": "forbid", "gave": "give", "given": "give",
    "meant": "mean", "made": "make", "took": "take", "taken": "take", "held": "hold", "led": "lead",
    "understood": "understand", "foresaw": "foresee", "learnt": "learn", "put": "put", "read": "read",
}
_EXTRA_CUES = {  # words the project lexicon lacks, with the type the guideline gives them
    "according": "speech", "statement": "speech", "quoted": "speech", "tweeted": "speech", "view": "belief",
    "expected": "belief", "believed": "belief", "concerned": "belief", "convinced": "belief", "sure": "belief",
    "aware": "belief", "suspect": "belief", "hear": "belief", "see": "belief", "notice": "belief",
    "realize": "belief", "realise": "belief", "remember": "belief", "consider": "belief", "suppose": "belief",
    "aim": "intent", "decide": "intent", "endorse": "intent", "back": "intent", "favor": "intent",
    "favour": "intent", "wish": "intent", "prefer": "intent", "vote": "intent", "agree": "speech",
    "characterize": "speech", "characterise": "speech", "identify": "speech", "imply": "speech",
    "recommend": "speech", "rule": "speech", "conclude": "speech", "determine": "belief", "pledge": "speech",
    "sympathy": "speech", "sympathies": "speech", "condolence": "speech", "condolences": "speech",
}


def load_cue_lexicon(path: Path = CUE_LEXICON) -> dict[str, str]:
    """cue lemma or phrase -> speech / belief / intent, from newsgraph's ``cues.tsv``."""
    lexicon = dict(_EXTRA_CUES)
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) >= 2 and not line.startswith("#") and parts[1] in CUE_TYPES:
                lexicon[parts[0].strip()] = parts[1]
    return lexicon


def _lemmas(word: str) -> list[str]:
    w = word.lower()
    out = [w, _IRREGULAR.get(w, w)]
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"),
                         ("es", ""), ("s", ""), ("d", "")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 2:
            out.append(w[: len(w) - len(suffix)] + repl)
    for suffix in ("ed", "ing"):  # "planned" -> "plan", "committing" -> "commit"
        base = w[: -len(suffix)]
        if w.endswith(suffix) and len(base) >= 3 and base[-1] == base[-2]:
            out.append(base[:-1])
    return out


def cue_type_of(cue: str, lexicon: dict[str, str]) -> str | None:
    """The type the lexicon gives a cue: a phrase entry first, then its words from the last."""
    low = " ".join(cue.lower().split())
    for phrase, kind in lexicon.items():
        if " " in phrase and phrase in low:
            return kind
    for word in reversed(re.findall(r"[a-z]+", low)):
        for lemma in _lemmas(word):
            if lemma in lexicon:
                return lexicon[lemma]
    return None


# --------------------------------------------------------------------------------------------
# Reading and resolving
# --------------------------------------------------------------------------------------------


@dataclass
class Problem:
    level: str  # "error" or "warning"
    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.level}: {self.where}: {self.message}"


@dataclass
class Report:
    problems: list[Problem] = field(default_factory=list)

    def error(self, where: str, message: str) -> None:
        self.problems.append(Problem("error", where, message))

    def warn(self, where: str, message: str) -> None:
        self.problems.append(Problem("warning", where, message))

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.level == "error"]


def read_jsonl(path: Path) -> list[tuple[int, dict[str, Any]]]:
    """(line number, object) for each non-blank line; a bad line raises ValueError."""
    rows = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            try:
                rows.append((n, json.loads(line)))
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{n}: not JSON ({exc.msg})") from exc
    return rows


def _as_span(value: Any) -> dict[str, Any] | None:
    if isinstance(value, str):
        return {"text": value}
    return value if isinstance(value, dict) else None


def _occurrences(text: str, needle: str) -> list[int]:
    out, i = [], text.find(needle)
    while i >= 0 and needle:
        out.append(i)
        i = text.find(needle, i + 1)
    return out


def _near_miss(text: str, needle: str) -> str:
    """A hint when a span text is not found: the same words with other quote marks or spaces."""
    def norm(s: str) -> str:
        s = unicodedata.normalize("NFKC", s).translate(str.maketrans("\u201c\u201d\u2018\u2019", "\"\"''"))
        return " ".join(s.split()).lower()
    target = norm(needle)
    if not target:
        return ""
    flat = norm(text)
    if target in flat:
        return " (the words occur, but with other quotation marks, spacing or case: copy them from the text)"
    return ""


def _gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(b[0] - a[1], a[0] - b[1], 0)


def resolve(text: str, value: Any, where: str, report: Report,
            near: list[tuple[int, int]] | None = None) -> dict[str, Any] | None:
    """A span with ``start``/``end`` set, or None (and an error). ``near``: spans the text should
    be closest to when it occurs several times and no occurrence/after is given."""
    span = _as_span(value)
    if span is None or not isinstance(span.get("text"), str) or not span["text"]:
        report.error(where, f"a span needs a non-empty 'text' (got {value!r})")
        return None
    span = dict(span)
    needle = span["text"]
    if needle != needle.strip():
        report.error(where, f"span {needle!r} starts or ends with whitespace")
        return None
    if isinstance(span.get("start"), int) and isinstance(span.get("end"), int):
        if text[span["start"]:span["end"]] == needle:
            return span
        report.warn(where, f"start/end {span['start']}-{span['end']} do not hold {needle!r}; resolving again")
    found = _occurrences(text, needle)
    if not found:
        report.error(where, f"{needle!r} is not in the text{_near_miss(text, needle)}")
        return None
    chosen: int | None = None
    if "occurrence" in span:
        n = span["occurrence"]
        if not isinstance(n, int) or not 1 <= n <= len(found):
            report.error(where, f"occurrence {n!r} of {needle!r}: it occurs {len(found)} time(s)")
            return None
        chosen = found[n - 1]
    elif "after" in span:
        anchor = span["after"]
        hits = _occurrences(text, anchor) if isinstance(anchor, str) and anchor else []
        if len(hits) != 1:
            report.error(where, f"'after' {anchor!r} occurs {len(hits)} times; it must occur exactly once")
            return None
        later = [i for i in found if i >= hits[0] + len(anchor)]
        if not later:
            report.error(where, f"{needle!r} does not occur after {anchor!r}")
            return None
        chosen = later[0]
    elif len(found) == 1:
        chosen = found[0]
    elif near:
        scored = sorted((min(_gap((i, i + len(needle)), n) for n in near), i) for i in found
                        if not any(i < n[1] and n[0] < i + len(needle) for n in near))
        if scored and (len(scored) == 1 or scored[0][0] < scored[1][0]):
            chosen = scored[0][1]
        else:
            report.error(where, f"{needle!r} occurs {len(found)} times, two equally near: add 'after' or 'occurrence'")
            return None
    else:
        report.error(where, f"{needle!r} occurs {len(found)} times: add 'after' or 'occurrence'")
        return None
    span["start"], span["end"] = chosen, chosen + len(needle)
    return span


def _cuts_word(text: str, start: int, end: int) -> bool:
    return (start > 0 and text[start - 1].isalnum() and text[start].isalnum()) or (
        end < len(text) and text[end - 1].isalnum() and text[end].isalnum())


def check_article(row: dict[str, Any], where: str, lexicon: dict[str, str], report: Report,
                  corpus: dict[str, dict[str, str]] | None = None) -> dict[str, Any]:
    """Validate one article and return it with every span resolved (what --write writes)."""
    out = dict(row)
    for key in ("id", "url", "title", "date", "split", "text", "annotator"):
        if not isinstance(row.get(key), str) or not row.get(key):
            report.error(where, f"'{key}' must be a non-empty string")
    text = row.get("text") if isinstance(row.get("text"), str) else ""
    if text != text.strip():
        report.error(where, "'text' must not start or end with whitespace (newsgraph strips it)")
    if row.get("split") not in SPLIT_NAMES:
        report.error(where, f"'split' must be one of {SPLIT_NAMES}")
    if (isinstance(row.get("url"), str) and isinstance(row.get("id"), str) and row["id"].startswith("wn-")
            and wikinews_id(row["url"]) != row["id"]):
        report.error(where, f"id {row['id']} is not the id of {row['url']}")
    if corpus is not None and row.get("id") in corpus:
        original = corpus[row["id"]]
        if original["text"] != text:
            report.error(where, "'text' differs from the corpus row's text (stripped); do not edit the text")
        if original.get("split") and original["split"] != row.get("split"):
            report.error(where, f"split {row.get('split')!r} but the fixed split is {original['split']!r}")
    out["article_id"] = article_id(text)
    attributions = row.get("attributions")
    if not isinstance(attributions, list):
        report.error(where, "'attributions' must be a list")
        return out
    quoted = quoted_stretches(text)
    para = paragraphs(text)
    resolved: list[dict[str, Any]] = []
    for n, att in enumerate(attributions, start=1):
        at = f"{where} attribution {att.get('id', n) if isinstance(att, dict) else n}"
        if not isinstance(att, dict):
            report.error(at, "must be an object")
            continue
        resolved.append(_check_attribution(att, at, text, quoted, para, lexicon, report))
    _check_overlaps([r for r in resolved if r.get("_ok")], where, text, report)
    for r in resolved:
        r.pop("_ok", None)
    resolved.sort(key=lambda a: min((p.get("start", 0) for p in a.get("content", []) if isinstance(p, dict)), default=0))
    taken = {a["id"] for a in resolved if isinstance(a.get("id"), str)}
    counter = 0
    for a in resolved:
        if not isinstance(a.get("id"), str):
            counter += 1
            while f"a{counter}" in taken:
                counter += 1
            a["id"] = f"a{counter}"
            taken.add(a["id"])
    ids = Counter(a["id"] for a in resolved)
    for dup in [i for i, c in ids.items() if c > 1]:
        report.error(where, f"attribution id {dup!r} is used {ids[dup]} times")
    out["attributions"] = resolved
    return out


def _check_attribution(att: dict[str, Any], at: str, text: str, quoted: list[tuple[int, int]],
                       para: list[tuple[int, int]], lexicon: dict[str, str], report: Report) -> dict[str, Any]:
    out = dict(att)
    ok = True
    known = {"id", "kind", "cue", "source", "content", "speaker_name", "speaker_type", "cue_type", "unsure",
             "note", "negated"}
    for key in sorted(set(att) - known):
        report.warn(at, f"unknown field {key!r}")
    raw_content = att.get("content")
    pieces_in = raw_content if isinstance(raw_content, list) else [raw_content]
    pieces = []
    for i, piece in enumerate(pieces_in, start=1):
        span = resolve(text, piece, f"{at} content[{i}]" if len(pieces_in) > 1 else f"{at} content", report)
        ok &= span is not None
        if span is not None:
            pieces.append(span)
    pieces.sort(key=lambda s: s["start"])
    out["content"] = pieces
    near = [(p["start"], p["end"]) for p in pieces]
    cue = resolve(text, att.get("cue"), f"{at} cue", report, near=near) if pieces else None
    ok &= cue is not None
    out["cue"] = cue if cue is not None else _as_span(att.get("cue"))
    source = None
    if att.get("source") is not None:
        source = resolve(text, att.get("source"), f"{at} source", report,
                         near=[(cue["start"], cue["end"])] if cue else near)
        ok &= source is not None
        out["source"] = source if source is not None else _as_span(att.get("source"))
    else:
        out["source"] = None
    for piece in pieces:
        if "\n" in text[piece["start"]:piece["end"]]:
            report.error(at, f"content piece {piece['text'][:40]!r}… crosses a paragraph break: one piece per paragraph")
            ok = False
    for a, b in itertools.pairwise(pieces):
        if b["start"] < a["end"]:
            report.error(at, "content pieces overlap")
            ok = False
    spans = [("content", p) for p in pieces] + ([("cue", cue)] if cue else []) + ([("source", source)] if source else [])
    for name, s in spans:
        if _cuts_word(text, s["start"], s["end"]):
            report.error(at, f"{name} {s['text']!r} cuts a word in two")
            ok = False
    for i, (n1, s1) in enumerate(spans):
        for n2, s2 in spans[i + 1:]:
            if n1 == n2 == "content":
                continue
            if s1["start"] < s2["end"] and s2["start"] < s1["end"]:
                report.error(at, f"{n1} {s1['text'][:30]!r} overlaps {n2} {s2['text'][:30]!r}")
                ok = False
    if cue and pieces and min(_gap((cue["start"], cue["end"]), (p["start"], p["end"])) for p in pieces) > FAR:
        report.warn(at, f"cue {cue['text']!r} is far from its content: right occurrence?")
    if cue and source and _gap((cue["start"], cue["end"]), (source["start"], source["end"])) > FAR:
        report.warn(at, f"source {source['text']!r} is far from its cue: right occurrence?")
    if pieces:
        first = pieces[0]["text"]
        if re.match(r"(?i)that\b", first) and cue and cue["end"] <= pieces[0]["start"]:
            report.warn(at, "content starts with 'that': leave the complementizer out")
        last = pieces[-1]
        inside = any(qs <= last["end"] - 1 < qe for qs, qe in quoted)
        if last["text"][-1] in ".,;:" and not inside:
            report.warn(at, "content ends with punctuation outside quotation marks: leave it out")
        kind = kind_of(text, [(p["start"], p["end"]) for p in pieces], quoted)
        if kind == "direct" and not _MARK.match(pieces[0]["text"]):
            report.warn(at, "a direct quotation's content starts with its opening quotation mark: include it")
        if last["end"] < len(text) and _MARK.match(text[last["end"]]) and inside:
            report.warn(at, "the content stops just before a closing quotation mark: include it")
        given = att.get("kind")
        if given is None:
            out["kind"] = kind
        elif given not in KINDS:
            report.error(at, f"kind {given!r} is not one of {KINDS}")
            ok = False
        elif given != kind:
            if att.get("note"):
                report.warn(at, f"kind {given!r} kept against the quotation marks ({kind!r}), as the note explains")
            else:
                report.error(at, f"kind {given!r} but the quotation marks say {kind!r} (explain in 'note' to keep it)")
                ok = False
    if att.get("cue_type") is None:
        found = cue_type_of(cue["text"], lexicon) if cue else None
        out["cue_type"] = found or "speech"
        if found is None and cue:
            report.warn(at, f"cue {cue['text']!r} is not in the cue lexicon: cue_type set to 'speech'; check it")
    elif att["cue_type"] not in CUE_TYPES:
        report.error(at, f"cue_type {att['cue_type']!r} is not one of {CUE_TYPES}")
        ok = False
    name = att.get("speaker_name")
    if name is not None and (not isinstance(name, str) or not name.strip()):
        report.error(at, "speaker_name must be a non-empty string or null")
        ok = False
    stype = att.get("speaker_type")
    if stype is not None and stype not in SPEAKER_TYPES:
        report.error(at, f"speaker_type {stype!r} is not one of {SPEAKER_TYPES}")
        ok = False
    if out.get("source") is not None and stype is None:
        report.error(at, "an attribution with a source needs a speaker_type")
        ok = False
    if out.get("source") is None and name and not att.get("note"):
        report.warn(at, "speaker_name without a source: say in 'note' where the speaker comes from")
    for flag in ("unsure", "negated"):
        if flag in att and not isinstance(att[flag], bool):
            report.error(at, f"'{flag}' must be true or false")
            ok = False
    out.setdefault("unsure", False)
    out.setdefault("note", "")
    out["_ok"] = ok
    return out


def _check_overlaps(atts: list[dict[str, Any]], where: str, text: str, report: Report) -> None:
    """No two attributions share content, and no cue lies inside another one's content (we
    annotate the outermost attribution only)."""
    for i, a in enumerate(atts):
        for b in atts[i + 1:]:
            for pa in a["content"]:
                for pb in b["content"]:
                    if pa["start"] < pb["end"] and pb["start"] < pa["end"]:
                        report.error(where, f"attributions {a.get('id', '?')} and {b.get('id', '?')} share content "
                                            f"({text[max(pa['start'], pb['start']):min(pa['end'], pb['end'])][:40]!r})")
    for a in atts:
        for b in atts:
            if a is b or not b.get("cue"):
                continue
            if any(p["start"] <= b["cue"]["start"] and b["cue"]["end"] <= p["end"] for p in a["content"]):
                report.error(where, f"attribution {b.get('id', '?')} (cue {b['cue']['text']!r}) is nested in the content "
                                    f"of {a.get('id', '?')}: annotate the outermost attribution only")


def load_corpus(folder: Path = CORPUS, splits: Path = SPLITS) -> dict[str, dict[str, str]]:
    """Wikinews articles by our id: url, date, title, text (stripped, as newsgraph reads it), split."""
    split_of = {}
    if splits.exists():
        with splits.open(encoding="utf-8", newline="") as handle:
            split_of = {r["id"]: r["split"] for r in csv.DictReader(handle, delimiter="\t")}
    csv.field_size_limit(1 << 30)
    articles = {}
    for path in sorted(folder.glob("wikinews_*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                url = row["url"].replace("//wiki/", "/wiki/")
                aid = wikinews_id(url)
                articles[aid] = {"id": aid, "url": url, "date": row["date"], "title": row["title"],
                                 "text": row["text"].strip(), "split": split_of.get(aid, "")}
    return articles


def check_file(path: Path, corpus: dict[str, dict[str, str]] | None,
               lexicon: dict[str, str] | None = None) -> tuple[list[dict[str, Any]], Report]:
    report = Report()
    lexicon = load_cue_lexicon() if lexicon is None else lexicon
    out = []
    seen: Counter[tuple[str, str]] = Counter()
    for n, row in read_jsonl(path):
        where = f"{path}:{n} ({row.get('id', '?')})"
        out.append(check_article(row, where, lexicon, report, corpus))
        seen[(row.get("id"), row.get("annotator"))] += 1
    for (aid, annotator), count in seen.items():
        if count > 1:
            report.error(str(path), f"article {aid} by {annotator} appears {count} times")
    return out, report


# --------------------------------------------------------------------------------------------
# Agreement
# --------------------------------------------------------------------------------------------


def _tokens_of(text: str, pieces: Iterable[dict[str, Any]], words: list[tuple[int, int]]) -> frozenset[int]:
    """Indices (into the article's words) of the words inside the pieces."""
    out = set()
    for p in pieces:
        for i, (s, e) in enumerate(words):
            if s >= p["start"] and e <= p["end"]:
                out.add(i)
    return frozenset(out)


def _norm_name(name: str | None) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", unicodedata.normalize("NFKD", name or "").lower()))


def names_agree(a: str | None, b: str | None) -> bool:
    """Two speaker names agree when equal after normalising, or (as the quote scorer checks a
    speaker) when one contains the other's last word."""
    na, nb = _norm_name(a), _norm_name(b)
    if not na or not nb:
        return na == nb
    if na == nb:
        return True
    wa = [w for w in na.split() if w not in {"the", "of", "s"}]
    wb = [w for w in nb.split() if w not in {"the", "of", "s"}]
    return bool(wa and wb) and (wa[-1] in nb.split() or wb[-1] in na.split())


def match_attributions(text: str, gold: list[dict[str, Any]], other: list[dict[str, Any]]) -> list[tuple[int, int, float]]:
    """One-to-one pairs (gold index, other index, overlap) of attributions whose contents
    match: shared words >= CONTENT_MATCH of the words of each content. Pairs are taken
    greedily, best Dice coefficient first."""
    words = word_spans(text)
    tg = [_tokens_of(text, a["content"], words) for a in gold]
    to = [_tokens_of(text, a["content"], words) for a in other]
    candidates = []
    for i, a in enumerate(tg):
        for j, b in enumerate(to):
            shared = len(a & b)
            if a and b and shared >= CONTENT_MATCH * len(a) and shared >= CONTENT_MATCH * len(b):
                candidates.append((2 * shared / (len(a) + len(b)), -i, -j))
    pairs, used_g, used_o = [], set(), set()
    for dice, i, j in sorted(candidates, reverse=True):
        if -i not in used_g and -j not in used_o:
            used_g.add(-i)
            used_o.add(-j)
            pairs.append((-i, -j, dice))
    return sorted(pairs)


def _same_span(a: dict[str, Any] | None, b: dict[str, Any] | None) -> bool:
    return bool(a and b) and (a["start"], a["end"]) == (b["start"], b["end"])


def _overlap_span(a: dict[str, Any] | None, b: dict[str, Any] | None) -> bool:
    return bool(a and b) and a["start"] < b["end"] and b["start"] < a["end"]


def _scorer_items(text: str, atts: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """What the quote scorer would take from these attributions: each quoted stretch inside a
    direct/mixed content is a quote; an indirect content is one reported-speech item."""
    quoted = quoted_stretches(text)
    quotes, indirect = [], []
    for a in atts:
        name = a.get("speaker_name")
        if a.get("kind") == "indirect":
            indirect.append({"text": " ".join(p["text"] for p in a["content"]), "speaker": name})
            continue
        for qs, qe in quoted:
            if any(p["start"] <= qs < p["end"] or qs <= p["start"] < qe for p in a["content"]):
                quotes.append({"text": text[qs:qe], "speaker": name})
    return quotes, indirect


def scorer_view(gold: list[dict[str, Any]], system: list[dict[str, Any]]) -> dict[str, int]:
    """Greedy matching as ``score_quotes.py``: found at overlap >= 0.6; attributed when the
    names agree (speakers without a name are not checked)."""
    used: set[int] = set()
    found = checked = attributed = 0
    for g in gold:
        scored = [(overlap(g["text"], q["text"]), -i) for i, q in enumerate(system) if i not in used]
        best, index = max(scored, default=(0.0, 1))
        if best < 0.6:
            continue
        used.add(-index)
        found += 1
        if g.get("speaker"):
            checked += 1
            attributed += names_agree(g["speaker"], system[-index].get("speaker"))
    return {"gold": len(gold), "system": len(system), "found": found, "checked": checked, "attributed": attributed}


@dataclass
class Agreement:
    gold: int = 0
    other: int = 0
    matched: int = 0
    content_exact: int = 0
    shared_words: int = 0
    gold_words: int = 0
    other_words: int = 0
    cue_exact: int = 0
    cue_overlap: int = 0
    source_both_none: int = 0
    source_exact: int = 0
    source_overlap: int = 0
    source_pairs: int = 0
    name_pairs: int = 0
    name_agree: int = 0
    name_exact: int = 0
    name_null_mismatch: int = 0
    kind_agree: int = 0
    cue_type_agree: int = 0
    speaker_type_agree: int = 0
    kind_confusion: Counter = field(default_factory=Counter)
    scorer: dict[str, dict[str, int]] = field(default_factory=lambda: {"quotes": Counter(), "indirect": Counter()})
    details: list[str] = field(default_factory=list)


def agree(a_rows: list[dict[str, Any]], b_rows: list[dict[str, Any]]) -> Agreement:
    """Agreement of B with A (A taken as gold) over the articles both annotated."""
    result = Agreement()
    b_by_id = {r["id"]: r for r in b_rows}
    for a_doc in a_rows:
        b_doc = b_by_id.get(a_doc["id"])
        if b_doc is None:
            result.details.append(f"{a_doc['id']}: only in A; skipped")
            continue
        if b_doc["text"] != a_doc["text"]:
            result.details.append(f"{a_doc['id']}: the texts differ; skipped")
            continue
        text = a_doc["text"]
        ga, gb = a_doc["attributions"], b_doc["attributions"]
        result.gold += len(ga)
        result.other += len(gb)
        words = word_spans(text)
        pairs = match_attributions(text, ga, gb)
        result.matched += len(pairs)
        for i, j, _ in pairs:
            x, y = ga[i], gb[j]
            tx, ty = _tokens_of(text, x["content"], words), _tokens_of(text, y["content"], words)
            result.shared_words += len(tx & ty)
            result.gold_words += len(tx)
            result.other_words += len(ty)
            same_content = [(p["start"], p["end"]) for p in x["content"]] == [(p["start"], p["end"]) for p in y["content"]]
            result.content_exact += same_content
            result.cue_exact += _same_span(x["cue"], y["cue"])
            result.cue_overlap += _overlap_span(x["cue"], y["cue"])
            if x.get("source") is None and y.get("source") is None:
                result.source_both_none += 1
            else:
                result.source_pairs += 1
                result.source_exact += _same_span(x.get("source"), y.get("source"))
                result.source_overlap += _overlap_span(x.get("source"), y.get("source"))
            nx, ny = x.get("speaker_name"), y.get("speaker_name")
            if nx and ny:
                result.name_pairs += 1
                result.name_agree += names_agree(nx, ny)
                result.name_exact += _norm_name(nx) == _norm_name(ny)
            elif bool(nx) != bool(ny):
                result.name_null_mismatch += 1
            result.kind_agree += x.get("kind") == y.get("kind")
            result.kind_confusion[(x.get("kind"), y.get("kind"))] += 1
            result.cue_type_agree += x.get("cue_type") == y.get("cue_type")
            result.speaker_type_agree += x.get("speaker_type") == y.get("speaker_type")
            diffs = []
            if not same_content:
                diffs.append(f"content A={_pieces(x)!r} B={_pieces(y)!r}")
            if not _same_span(x["cue"], y["cue"]):
                diffs.append(f"cue A={_t(x['cue'])!r} B={_t(y['cue'])!r}")
            if not (_same_span(x.get("source"), y.get("source")) or (x.get("source") is None and y.get("source") is None)):
                diffs.append(f"source A={_t(x.get('source'))!r} B={_t(y.get('source'))!r}")
            if _norm_name(nx) != _norm_name(ny):
                diffs.append(f"speaker_name A={nx!r} B={ny!r}")
            for key in ("kind", "cue_type", "speaker_type"):
                if x.get(key) != y.get(key):
                    diffs.append(f"{key} A={x.get(key)!r} B={y.get(key)!r}")
            if diffs:
                result.details.append(f"{a_doc['id']} {x['id']}~{y['id']}: " + "; ".join(diffs))
        matched_a = {i for i, _, _ in pairs}
        matched_b = {j for _, j, _ in pairs}
        for i, x in enumerate(ga):
            if i not in matched_a:
                result.details.append(f"{a_doc['id']} only A {x['id']}: {_t(x['cue'])!r} {_pieces(x)!r}")
        for j, y in enumerate(gb):
            if j not in matched_b:
                result.details.append(f"{a_doc['id']} only B {y['id']}: {_t(y['cue'])!r} {_pieces(y)!r}")
        qa, ia = _scorer_items(text, ga)
        qb, ib = _scorer_items(text, gb)
        result.scorer["quotes"].update(scorer_view(qa, qb))
        result.scorer["indirect"].update(scorer_view(ia, ib))
    return result


def _t(span: dict[str, Any] | None) -> str | None:
    return span["text"] if span else None


def _pieces(att: dict[str, Any]) -> str:
    return " | ".join(p["text"] for p in att["content"])[:90]


def _ratio(n: int, d: int) -> str:
    return f"{n}/{d} ({n / d:.2f})" if d else f"{n}/0"


def format_agreement(r: Agreement, details: bool) -> str:
    p = r.matched / r.other if r.other else 0.0
    rec = r.matched / r.gold if r.gold else 0.0
    f1 = 2 * p * rec / (p + rec) if p + rec else 0.0
    lines = [
        f"attributions: A {r.gold}, B {r.other}, matched {r.matched} | precision {p:.3f} recall {rec:.3f} F1 {f1:.3f} (A as gold)",
        (f"content: exact {_ratio(r.content_exact, r.matched)}; word F1 over matched pairs "
         f"{(2 * r.shared_words / (r.gold_words + r.other_words)) if r.gold_words + r.other_words else 0:.3f}"),
        f"cue: exact {_ratio(r.cue_exact, r.matched)}, overlapping {_ratio(r.cue_overlap, r.matched)}",
        (f"source: both none {r.source_both_none}; of the other {r.source_pairs}: exact "
         f"{_ratio(r.source_exact, r.source_pairs)}, overlapping {_ratio(r.source_overlap, r.source_pairs)}"),
        (f"speaker_name: both given {r.name_pairs}: agree {_ratio(r.name_agree, r.name_pairs)}, identical "
         f"{_ratio(r.name_exact, r.name_pairs)}; given by one only {r.name_null_mismatch}"),
        (f"kind {_ratio(r.kind_agree, r.matched)}; cue_type {_ratio(r.cue_type_agree, r.matched)}; "
         f"speaker_type {_ratio(r.speaker_type_agree, r.matched)}"),
        "kind confusion (A, B): " + ", ".join(f"{a}/{b} {n}" for (a, b), n in sorted(r.kind_confusion.items(), key=str)),
    ]
    for what, c in r.scorer.items():
        lines.append(f"as the quote scorer sees it ({what}, B as system): found {c['found']}/{c['gold']} of B's "
                     f"{c['system']}, attributed {c['attributed']}/{c['checked']}")
    if details:
        lines.extend(r.details)
    return "\n".join(lines)


# --------------------------------------------------------------------------------------------
# Statistics and brat export
# --------------------------------------------------------------------------------------------


def stats(rows: list[dict[str, Any]]) -> str:
    c: Counter[str] = Counter()
    cues: Counter[str] = Counter()
    speakers: Counter[str] = Counter()
    annotators = Counter(r.get("annotator") for r in rows)
    for r in rows:
        c["articles"] += 1
        c["words"] += len(word_spans(r["text"]))
        quotes, indirect = _scorer_items(r["text"], r["attributions"])
        c["quoted stretches (scored as quotes)"] += len(quotes)
        c["indirect contents (scored as reported speech)"] += len(indirect)
        for a in r["attributions"]:
            c["attributions"] += 1
            c[f"kind {a.get('kind')}"] += 1
            c[f"cue_type {a.get('cue_type')}"] += 1
            c[f"speaker_type {a.get('speaker_type')}"] += 1
            c["no source"] += a.get("source") is None
            c["no speaker_name"] += not a.get("speaker_name")
            c["content in several pieces"] += len(a["content"]) > 1
            c["unsure"] += bool(a.get("unsure"))
            c["negated"] += bool(a.get("negated"))
            if a.get("cue"):
                cues[a["cue"]["text"].lower()] += 1
            if a.get("speaker_name"):
                speakers[a["speaker_name"]] += 1
    lines = [f"annotators: {dict(annotators)}"]
    lines += [f"{k}: {v}" for k, v in sorted(c.items())]
    if c["articles"]:
        lines.append(f"attributions per article: {c['attributions'] / c['articles']:.1f}; "
                     f"per 1,000 words: {1000 * c['attributions'] / max(c['words'], 1):.1f}")
    lines.append("top cues: " + ", ".join(f"{k} {v}" for k, v in cues.most_common(15)))
    lines.append("top speakers: " + ", ".join(f"{k} {v}" for k, v in speakers.most_common(10)))
    return "\n".join(lines)


def _brat_lines(attributions: list[dict[str, Any]], shift: int, cue_types: tuple[str, ...]) -> list[str]:
    """The T and E lines of one article's attributions, offsets moved by ``shift``."""
    lines: list[str] = []

    def span(label: str, pieces: list[dict[str, Any]]) -> str:
        n = sum(line.startswith("T") for line in lines) + 1
        offsets = ";".join(f"{p['start'] + shift} {p['end'] + shift}" for p in pieces)
        lines.append(f"T{n}\t{label} {offsets}\t{' '.join(p['text'] for p in pieces)}")
        return f"T{n}"

    e = 0
    for a in attributions:
        if a.get("cue_type", "speech") not in cue_types:
            continue
        e += 1
        content = span("Content", a["content"])
        cue = span("Cue", [a["cue"]])
        anchor_label = "Attribution" if a.get("source") else "Attribution-no-source"
        anchor = span(anchor_label, [a["cue"]])
        parts = [f"{anchor_label}:{anchor}", f"Content:{content}", f"Cue:{cue}"]
        if a.get("source"):
            parts.append(f"Source:{span('Source', [a['source']])}")
        lines.append(f"E{e}\t" + " ".join(parts))
    return lines


def to_brat(rows: list[dict[str, Any]], folder: Path, cue_types: tuple[str, ...] = CUE_TYPES) -> int:
    """PolNeAR layout: ``text/<id>.txt`` (title, a blank line, the text) and
    ``attributions/<id>_<annotator>.ann``. ``newsgraph evaluate quotes --gold FOLDER/attributions``
    then scores against them with exactly the PolNeAR rules (speakers named in the Source
    span only; ``speaker_name`` is not used)."""
    (folder / "text").mkdir(parents=True, exist_ok=True)
    (folder / "attributions").mkdir(parents=True, exist_ok=True)
    written = 0
    for r in rows:
        head = f"{' '.join(r['title'].split())}\n\n"
        (folder / "text" / f"{r['id']}.txt").write_text(head + r["text"] + "\n", encoding="utf-8")
        lines = _brat_lines(r["attributions"], len(head), cue_types)
        name = re.sub(r"[^A-Za-z0-9-]", "", r.get("annotator") or "x") or "x"
        (folder / "attributions" / f"{r['id']}_{name}.ann").write_text("\n".join(lines) + "\n", encoding="utf-8")
        written += 1
    return written


# --------------------------------------------------------------------------------------------
# Command line
# --------------------------------------------------------------------------------------------


def _load_checked(path: Path, corpus: dict[str, dict[str, str]] | None) -> list[dict[str, Any]]:
    rows, report = check_file(path, corpus)
    if report.errors:
        for p in report.errors:
            print(p, file=sys.stderr)
        raise SystemExit(f"{path}: {len(report.errors)} error(s); run `check` first")
    return rows


def _corpus_or_none(folder: Path | None) -> dict[str, dict[str, str]] | None:
    folder = folder or CORPUS
    return load_corpus(folder) if folder.exists() else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=None, help=f"Wikinews CSV folder (default {CORPUS})")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("init", help="article stubs to annotate")
    p.add_argument("ids", nargs="+")
    p.add_argument("--annotator", default="")
    p.add_argument("--out", type=Path)
    p = sub.add_parser("check", help="resolve spans and validate")
    p.add_argument("file", type=Path)
    p.add_argument("--write", type=Path, help="write the resolved file here (may be the input)")
    p.add_argument("--quiet", action="store_true", help="errors only, no warnings")
    p = sub.add_parser("agree", help="agreement of B with A on their common articles")
    p.add_argument("a", type=Path)
    p.add_argument("b", type=Path)
    p.add_argument("--details", action="store_true", help="list every disagreement")
    p = sub.add_parser("stats", help="counts")
    p.add_argument("files", type=Path, nargs="+")
    p = sub.add_parser("to-brat", help="write PolNeAR-style brat files")
    p.add_argument("file", type=Path)
    p.add_argument("folder", type=Path)
    p.add_argument("--cue-types", default=",".join(CUE_TYPES), help="which cue types to export (default all)")
    args = parser.parse_args(argv)

    if args.command == "init":
        corpus = load_corpus(args.corpus or CORPUS)
        lines = []
        for aid in args.ids:
            if aid not in corpus:
                raise SystemExit(f"unknown article id {aid}")
            art = corpus[aid]
            lines.append(json.dumps({"id": aid, "url": art["url"], "title": art["title"], "date": art["date"],
                                     "split": art["split"], "text": art["text"], "attributions": [],
                                     "annotator": args.annotator}, ensure_ascii=False))
        output = "\n".join(lines) + "\n"
        if args.out:
            args.out.write_text(output, encoding="utf-8")
        else:
            sys.stdout.write(output)
        return 0
    if args.command == "check":
        rows, report = check_file(args.file, _corpus_or_none(args.corpus))
        for problem in report.problems:
            if problem.level == "error" or not args.quiet:
                print(problem, file=sys.stderr)
        n = sum(len(r.get("attributions", [])) for r in rows)
        print(f"{args.file}: {len(rows)} article(s), {n} attribution(s), {len(report.errors)} error(s), "
              f"{len(report.problems) - len(report.errors)} warning(s)")
        if report.errors:
            return 1
        if args.write:
            args.write.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        return 0
    if args.command == "agree":
        corpus = _corpus_or_none(args.corpus)
        result = agree(_load_checked(args.a, corpus), _load_checked(args.b, corpus))
        print(format_agreement(result, args.details))
        return 0
    if args.command == "stats":
        rows = [r for f in args.files for r in _load_checked(f, None)]
        print(stats(rows))
        return 0
    if args.command == "to-brat":
        types = tuple(t for t in args.cue_types.split(",") if t)
        n = to_brat(_load_checked(args.file, None), args.folder, types)
        print(f"{n} article(s) written to {args.folder}")
        return 0
    return 2


if __name__ == "__main__":
    sys.exit(main())
