#!/usr/bin/env python3
"""Convert GUM's gold attribution (eRST ``attribution-positive``/``-negative`` relations) of its
Wikinews documents (news and interview genres) into our attribution format.

    python scripts/annotation/gum_attribution.py [--gum DIR] [--out DIR] [--report FILE]

Writes ``data/annotations/attribution/gum-train.jsonl`` (GUM's official train split) and
``gum-dev.jsonl`` (its dev split); GUM's test documents are not used. Each line is one document
in the format of ``docs/annotation/attribution.md``, already resolved (it passes
``attribution_tool.py check``).

How a relation becomes an attribution (details and the reasons in the guideline's GUM section):

- text: rebuilt from the gold tokens of ``dep/*.conllu`` (``SpaceAfter=No``, multi-word tokens
  kept whole), sentences of a paragraph joined by a space, paragraphs by a blank line; the
  headline paragraph (the title) is left out, as the Wikinews CSV leaves it out.
- content: the tokens of the nucleus node (``rst/rstweb/*.rs4``) less the satellite's. Of the
  satellites hanging below the nucleus, only those in a sentence of the nucleus proper are kept
  (a relative clause or a purpose clause is part of what was said; an elaboration in the next
  paragraph is not). Trimmed as our guideline says: no leading "that"/punctuation, no
  sentence-final punctuation outside quotation marks. One piece per run of tokens and paragraph.
- source: the tokens of the ``semantic-attribution_source`` signal; when they lie outside the
  satellite (GUM points at the antecedent of "who"), the relative pronoun itself, as PolNeAR.
- cue: the ``lexical-indicative_word/phrase`` signal tokens in the satellite, or else the
  satellite's syntactic head; widened to its verb group (auxiliaries, negation, adverbs between
  them) and a colon right after it.
- speaker_name: the Wikipedia identity of the source's entity (GUM's Wikification), or its
  longest proper-name mention in the document; speaker_type from the entity type.
- kind: from the quotation marks; cue_type: from the project's cue lexicon.
- dropped: image credits, relations in the headline, questions and imperatives (nothing is
  attributed), hypotheticals ("if you think"), the fillers "I mean"/"you know", satellites
  with no cue; nested relations are folded into the outermost one (our rule and PolNeAR's).
- added: PolNeAR's continuation rule: fully quoted sentences right after a quotation, attributed
  to nobody in GUM, join the attribution they continue.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

sys.path.insert(0, str(Path(__file__).resolve().parent))
import attribution_tool as tool

ROOT = Path(__file__).resolve().parents[2]
GUM = ROOT.parent / "shared" / "corpora" / "gum-wikinews"
OUT = ROOT / "data" / "annotations" / "attribution"

QUESTION_TYPES = {"q", "wh"}
_LEXICON = tool.load_cue_lexicon()
DEBUG = False
FILLERS = {"i mean", "you know", "you mean", "mind you"}
FILLER_PAIRS = {("i", "mean"), ("you", "mean"), ("you", "know"), ("you", "see")}
NOT_CUES = {"make sure", "made sure", "makes sure", "ensure", "ensured"}
TITLES = {"professor", "prof", "dr", "mr", "mrs", "ms", "president", "prime", "minister", "senator", "sen",
          "general", "ambassador", "judge", "sir", "dame", "lord", "emeritus", "rep", "gov", "governor",
          "secretary", "chancellor", "king", "queen", "pope", "major", "colonel", "captain", "mayor"}
DOCUMENT_WORDS = {"report", "study", "statement", "letter", "poll", "survey", "post", "posting", "website",
                  "site", "record", "records", "article", "data", "result", "results", "estimate", "estimates",
                  "research", "paper", "book", "message", "email", "e-mail", "tweet", "law", "document", "analysis",
                  "section", "ad", "advertisement", "page", "blog", "board", "posts", "figures", "statistics",
                  "telegram", "memo", "cable", "notice", "petition", "order", "ruling", "verdict"}
PEOPLE_WORDS = {"researcher", "official", "officer", "spokesman", "spokeswoman", "spokesperson", "expert",
                "scientist", "witness", "resident", "source", "analyst", "author", "poster", "individual", "people"}
CUE_DEPS = {"aux", "aux:pass", "advmod", "neg", "cop"}
DASHES = {"-", "--", "\u2014", "\u2013"}


@dataclass
class Token:
    i: int  # 1-based document index, as in GUM's signals
    form: str
    lemma: str
    upos: str
    head: int  # document index of the head, 0 for a root
    deprel: str
    sent: int
    para: int
    start: int = -1
    end: int = -1


@dataclass
class Doc:
    name: str
    meta: dict[str, str]
    tokens: list[Token]
    sentences: list[dict[str, Any]]
    text: str
    mentions: list[dict[str, Any]] = field(default_factory=list)


def read_conllu(path: Path) -> Doc:
    """Tokens with document-wide indices, sentences, paragraphs and entity mentions; the text
    rebuilt with offsets for every token (headline paragraph excluded: offsets -1)."""
    meta: dict[str, str] = {}
    tokens: list[Token] = []
    sentences: list[dict[str, Any]] = []
    para = -1
    sent_meta: dict[str, str] = {}
    pieces: list[tuple[str, list[int], bool]] = []  # surface, word indices, space after
    sent_words: list[int] = []
    open_entities: dict[str, list[tuple[int, dict[str, str]]]] = defaultdict(list)
    mentions: list[dict[str, Any]] = []
    mwt: tuple[int, int] = (0, -1)

    def flush() -> None:
        nonlocal pieces, sent_words
        if sent_words:
            sentences.append({"tokens": sent_words, "para": para, "s_type": sent_meta.get("s_type", ""),
                              "text": sent_meta.get("text", ""), "pieces": pieces,
                              "block": sent_meta.get("block", "")})
        pieces, sent_words = [], []

    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# meta::"):
            key, _, value = line[8:].partition(" = ")
            meta[key] = value
            continue
        if line.startswith("# newpar_block"):
            sent_meta["block"] = line.split("=", 1)[1].strip()
            continue
        if line.startswith("# newpar"):
            para += 1
            continue
        if line.startswith("# "):
            key, _, value = line[2:].partition(" = ")
            sent_meta[key.strip()] = value
            continue
        if not line.strip():
            flush()
            sent_meta = {}
            mwt = (0, -1)
            continue
        cols = line.split("\t")
        if "." in cols[0]:
            continue  # an empty node of the enhanced graph
        misc = dict(kv.split("=", 1) for kv in cols[9].split("|") if "=" in kv) if cols[9] != "_" else {}
        if "-" in cols[0]:
            a, b = (int(x) for x in cols[0].split("-"))
            mwt = (a, b)
            pieces.append((cols[1], [], misc.get("SpaceAfter") != "No"))
            continue
        n = int(cols[0])
        index = len(tokens) + 1
        head = int(cols[6]) if cols[6].isdigit() else 0
        sent_start = index - n  # document index of the token before the sentence's first
        tokens.append(Token(index, cols[1], cols[2], cols[3], sent_start + head if head else 0, cols[7],
                            len(sentences), para))
        sent_words.append(index)
        if mwt[0] <= n <= mwt[1]:
            pieces[-1][1].append(index)  # a word of the multi-word token just read
        else:
            pieces.append((cols[1], [index], misc.get("SpaceAfter") != "No"))
        for kind, eid, body in _entity_marks(misc.get("Entity", "")):
            if kind == "close":
                if open_entities[eid]:
                    start, info = open_entities[eid].pop()
                    mentions.append({**info, "start": start, "end": index})
                continue
            fields = body.split("-", 7)
            info = {"id": eid, "etype": fields[1] if len(fields) > 1 else "",
                    "identity": fields[7] if len(fields) > 7 else ""}
            if kind == "single":
                mentions.append({**info, "start": index, "end": index})
            else:
                open_entities[eid].append((index, info))
    flush()
    doc = Doc(path.stem, meta, tokens, sentences, "", mentions)
    _layout(doc)
    return doc


def _entity_marks(value: str) -> list[tuple[str, str, str]]:
    """("open" | "single" | "close", entity id, the bracket's fields) for a CoNLL-U
    ``Entity=`` value such as ``(8-abstract-new-...-sgl(7-person-...-Dennis_Hopper)``."""
    marks, i = [], 0
    while i < len(value):
        if value[i] == "(":
            j = i + 1
            while j < len(value) and value[j] not in "()":
                j += 1
            body = value[i + 1:j]
            eid = body.split("-", 1)[0]
            if j < len(value) and value[j] == ")":
                marks.append(("single", eid, body))
                j += 1
            else:
                marks.append(("open", eid, body))
            i = j
        else:
            m = re.match(r"(\d+)\)", value[i:])
            if not m:
                break
            marks.append(("close", m.group(1), ""))
            i += m.end()
    return marks


def _layout(doc: Doc) -> None:
    """Give every token its offsets in the rebuilt text; the title paragraph is left out."""
    title = " ".join(doc.meta.get("title", "").split())
    parts: list[str] = []
    pos = 0
    last_para = None
    for s in doc.sentences:
        if s["para"] == 0 and s["block"].startswith("head") and _surface(s) == title:
            continue
        if last_para is not None:
            sep = "\n\n" if s["para"] != last_para else " "
            parts.append(sep)
            pos += len(sep)
        last_para = s["para"]
        for surface, words, space in s["pieces"]:
            forms = "".join(doc.tokens[w - 1].form for w in words)
            if forms == surface:
                p = pos
                for w in words:
                    t = doc.tokens[w - 1]
                    t.start, t.end = p, p + len(t.form)
                    p = t.end
            else:
                for w in words:
                    doc.tokens[w - 1].start, doc.tokens[w - 1].end = pos, pos + len(surface)
            parts.append(surface)
            pos += len(surface)
            if space:
                parts.append(" ")
                pos += 1
        if parts and parts[-1] == " ":
            parts.pop()
            pos -= 1
    doc.text = "".join(parts)


def _surface(sentence: dict[str, Any]) -> str:
    return "".join(p[0] + (" " if p[2] else "") for p in sentence["pieces"]).strip()


# --------------------------------------------------------------------------------------------
# eRST
# --------------------------------------------------------------------------------------------


@dataclass
class Rst:
    nodes: dict[str, dict[str, Any]]
    children: dict[str, list[str]]
    signals: dict[str, list[tuple[str, str, list[int]]]]
    seg_tokens: dict[str, list[int]]
    multinuc_rels: set[str]


def read_rs4(path: Path, doc: Doc) -> Rst:
    root = ET.parse(path).getroot()
    multinuc = {r.get("name") for r in root.iter("rel") if r.get("type") == "multinuc"}
    nodes: dict[str, dict[str, Any]] = {}
    order: list[str] = []
    for el in root.iter():
        if el.tag in ("segment", "group"):
            nodes[el.get("id")] = {"tag": el.tag, "type": el.get("type"), "parent": el.get("parent"),
                                   "rel": el.get("relname"), "text": (el.text or "").strip()}
            if el.tag == "segment":
                order.append(el.get("id"))
    children: dict[str, list[str]] = defaultdict(list)
    for i, n in nodes.items():
        if n["parent"]:
            children[n["parent"]].append(i)
    signals: dict[str, list[tuple[str, str, list[int]]]] = defaultdict(list)
    for s in root.iter("signal"):
        signals[s.get("source")].append((s.get("type"), s.get("subtype"),
                                         [int(t) for t in (s.get("tokens") or "").split(",") if t]))
    seg_tokens: dict[str, list[int]] = {}
    index = 1
    for sid in sorted(order, key=int):
        words = nodes[sid]["text"].split()
        seg_tokens[sid] = list(range(index, index + len(words)))
        for k, w in enumerate(words):
            if doc.tokens[index + k - 1].form != w:
                raise ValueError(f"{path.name}: segment {sid} token {w!r} != conllu {doc.tokens[index + k - 1].form!r}")
        index += len(words)
    if index - 1 != len(doc.tokens):
        raise ValueError(f"{path.name}: {index - 1} segment tokens, {len(doc.tokens)} conllu tokens")
    return Rst(nodes, children, signals, seg_tokens, multinuc)


def _subtree(rst: Rst, node: str, exclude: set[str] = frozenset()) -> list[str]:
    if node in exclude:
        return []
    out = [node]
    for k in rst.children[node]:
        out += _subtree(rst, k, exclude)
    return out


def _nuclear(rst: Rst, node: str) -> list[str]:
    """The segments reached from ``node`` through nuclei only (span and multinuclear links)."""
    n = rst.nodes[node]
    if n["tag"] == "segment":
        return [node]
    out = []
    for k in rst.children[node]:
        rel = rst.nodes[k]["rel"]
        if rel == "span" or rel in rst.multinuc_rels:
            out += _nuclear(rst, k)
    return out


# --------------------------------------------------------------------------------------------
# One relation
# --------------------------------------------------------------------------------------------


@dataclass
class Relation:
    sat: str
    nucleus: str
    rel: str
    sat_tokens: set[int]
    content: set[int]
    cue: list[int]
    source: list[int]
    speaker_tokens: list[int]
    notes: list[str] = field(default_factory=list)


def relations(doc: Doc, rst: Rst, drops: Counter, quoted: list[tuple[int, int]]) -> list[Relation]:
    out = []
    for sid, node in rst.nodes.items():
        if not (node["rel"] or "").startswith("attribution"):
            continue
        parent = node["parent"]
        sat_segments = [x for x in _subtree(rst, sid) if rst.nodes[x]["tag"] == "segment"]
        sat_tokens = {t for x in sat_segments for t in rst.seg_tokens[x]}
        content = _content(doc, rst, sid, parent, quoted) - sat_tokens
        sat_text = " ".join(doc.tokens[t - 1].form for t in sorted(sat_tokens))
        low = " ".join(re.findall(r"[a-z']+", sat_text.lower()))
        if re.match(r"(?i)\s*(image|photo|picture)\s*[:;]", sat_text):
            drops["image credit"] += 1
            continue
        if any(doc.tokens[t - 1].start < 0 for t in sat_tokens | content):
            drops["in the headline"] += 1
            continue
        if low in FILLERS:
            drops["filler (I mean, you know)"] += 1
            continue
        signal = _signal_tokens(rst, sid, "semantic", "attribution_source")
        cue = _cue(doc, rst, sid, sat_tokens, set(signal), content, quoted)
        if not cue:
            drops["no cue in the satellite"] += 1
            if DEBUG:
                print("NO CUE:", doc.name, sat_text, file=sys.stderr)
            continue
        cue_sentence = doc.sentences[doc.tokens[cue[0] - 1].sent]
        if cue_sentence["s_type"] in QUESTION_TYPES:
            drops["question"] += 1
            continue
        if cue_sentence["s_type"] == "imp":
            drops["imperative"] += 1
            continue
        if _hypothetical(doc, cue, sat_tokens):
            drops["hypothetical (if ...)"] += 1
            continue
        source = _source_span(doc, signal, sat_tokens, cue, content)
        src_words = " ".join(doc.tokens[t - 1].form.lower() for t in source)
        cue_words = " ".join(doc.tokens[t - 1].form.lower() for t in cue)
        if (src_words, cue_words) in FILLER_PAIRS:
            drops["filler (I mean, you know)"] += 1
            continue
        if cue_words in NOT_CUES:
            drops["not an attribution for us (make sure)"] += 1
            continue
        first = min(content - sat_tokens, default=0)
        if first and doc.tokens[first - 1].lemma.lower() == "about":
            drops["topic only (talk about ...)"] += 1
            continue
        rel = Relation(sid, parent, node["rel"], sat_tokens, content, cue, source, source or signal)
        if node["rel"] == "attribution-negative":
            rel.notes.append("GUM attribution-negative")
        out.append(rel)
    return out


def _content(doc: Doc, rst: Rst, sat: str, nucleus: str, quoted: list[tuple[int, int]]) -> set[int]:
    """The nucleus node's tokens: its nuclei, and the satellites below them that share a
    sentence with a nucleus or sit in the same quotation as one."""
    nuclear = _nuclear(rst, nucleus)
    nuclear_tokens = {t for x in nuclear for t in rst.seg_tokens[x]}
    sentences = {doc.tokens[t - 1].sent for t in nuclear_tokens}
    stretches = {q for q in quoted for t in nuclear_tokens
                 if q[0] <= doc.tokens[t - 1].start and doc.tokens[t - 1].end <= q[1]}
    sat_tokens = {t for x in _subtree(rst, sat) if rst.nodes[x]["tag"] == "segment" for t in rst.seg_tokens[x]}
    if sat_tokens and nuclear_tokens and max(sat_tokens) < min(nuclear_tokens):
        between = range(max(sat_tokens) + 1, min(nuclear_tokens))
    elif sat_tokens and nuclear_tokens:
        between = range(max(nuclear_tokens) + 1, min(sat_tokens))
    else:
        between = range(0)
    content: set[int] = set()
    for x in _subtree(rst, nucleus, exclude={sat}):
        if rst.nodes[x]["tag"] != "segment":
            continue
        toks = rst.seg_tokens[x]
        words = [doc.tokens[t - 1] for t in toks if re.search(r"\w", doc.tokens[t - 1].form)]
        same_quote = words and all(any(q[0] <= w.start and w.end <= q[1] for q in stretches) for w in words)
        if x in nuclear or doc.tokens[toks[0] - 1].sent in sentences or same_quote or toks[0] in between:
            content.update(toks)
    rest = sorted((rst.seg_tokens[x] for x in _subtree(rst, nucleus, exclude={sat})
                   if rst.nodes[x]["tag"] == "segment"), key=lambda ts: ts[0])
    grown = True
    while grown and content:  # a quotation still open runs on through the next segments of the node
        grown = False
        for toks in rest:
            if toks[0] == max(content) + 1 and _quote_open(doc, sorted(content)):
                content.update(toks)
                grown = True
    return content


def _quote_open(doc: Doc, toks: list[int]) -> bool:
    marks = [doc.tokens[t - 1].form for t in toks if doc.tokens[t - 1].form in ('"', "\u201c", "\u201d")]
    straight = marks.count('"')
    return straight % 2 == 1 or marks.count("\u201c") > marks.count("\u201d")


def _signal_tokens(rst: Rst, node: str, kind: str, subtype: str) -> list[int]:
    return sorted({t for k, s, toks in rst.signals.get(node, []) if k == kind and s == subtype for t in toks})


def _runs(tokens: list[int]) -> list[list[int]]:
    runs: list[list[int]] = []
    for t in sorted(tokens):
        if runs and t == runs[-1][-1] + 1:
            runs[-1].append(t)
        else:
            runs.append([t])
    return runs


def _nearest(runs: list[list[int]], target: set[int]) -> list[int]:
    if not target:
        return runs[-1]
    return min(runs, key=lambda r: min(abs(a - b) for a in r for b in target))


def _in_quotes(doc: Doc, t: int, quoted: list[tuple[int, int]]) -> bool:
    tok = doc.tokens[t - 1]
    return any(qs <= tok.start and tok.end <= qe for qs, qe in quoted)


def _cue(doc: Doc, rst: Rst, node: str, sat: set[int], source: set[int], content: set[int],
         quoted: list[tuple[int, int]]) -> list[int]:
    """The signalled cue words (or else the satellite's speech verb, adjective or noun) nearest
    the content, widened to the verb group. Words inside quotation marks are passed over (a
    verb in a quoted title is no cue) unless the source is quoted too ("I think" inside a
    quotation, which the nested-relation rule then folds away)."""
    quoted_source = any(_in_quotes(doc, t, quoted) for t in source if t in sat)
    cue = _find_cue(doc, rst, node, sat, source, content, quoted, allow_quoted=False)
    if not cue and (quoted_source or not (source & sat)):
        cue = _find_cue(doc, rst, node, sat, source, content, quoted, allow_quoted=True)
    if not cue:
        first = min(sat)
        return [first] if doc.tokens[first - 1].form in DASHES else []  # "— Rick Santorum"
    cue = _medium(doc, cue, sat, source)
    if max(cue) + 1 in sat and doc.tokens[max(cue)].form == ":":
        cue.append(max(cue) + 1)
    return sorted(cue)


NOUN_CUES = {"source", "word", "view", "opinion", "record", "doubt", "sensation", "belief", "claim", "statement",
             "conclusion", "sense", "feeling", "impression", "fear", "concern", "estimate", "account"}


def _find_cue(doc: Doc, rst: Rst, node: str, sat: set[int], source: set[int], content: set[int],
              quoted: list[tuple[int, int]], allow_quoted: bool) -> list[int]:
    def free(t: int) -> bool:
        return t in sat and t not in source and (allow_quoted or not _in_quotes(doc, t, quoted))

    marked = [t for k, s, toks in rst.signals.get(node, []) if k == "lexical"
              and s in ("indicative_word", "indicative_phrase") for t in toks if free(t)]
    if marked:
        cue = _nearest(_runs(marked), content)
        if len(cue) == 1 and doc.tokens[cue[0] - 1].upos in ("VERB", "AUX", "ADJ"):
            cue = _verb_group(doc, cue[0], sat, source)
        elif len(cue) == 1 and doc.tokens[cue[0] - 1].upos == "NOUN":  # "have no doubt"
            noun, lo = cue[0], cue[0]
            while lo - 1 in sat and lo - 1 not in source and (
                    doc.tokens[lo - 2].head == noun or doc.tokens[noun - 1].head == lo - 1):
                lo -= 1
            cue = list(range(lo, noun + 1))
        return cue
    words = [t for t in sorted(sat) if free(t)]
    verbs = [t for t in words if doc.tokens[t - 1].upos == "VERB"]
    speech = [t for t in words if doc.tokens[t - 1].upos in ("VERB", "ADJ")
              and tool.cue_type_of(doc.tokens[t - 1].form, _LEXICON)]
    heads = [t for t in verbs if doc.tokens[t - 1].head not in sat]
    pick = speech or heads
    if pick:
        return _verb_group(doc, _nearest([[t] for t in pick], content)[0], sat, source)
    nouns = [t for t in words if doc.tokens[t - 1].upos == "NOUN" and doc.tokens[t - 1].lemma.lower() in NOUN_CUES]
    if not nouns:
        return []
    noun = _nearest([[t] for t in nouns], content)[0]
    src = [t for t in source if t in sat]
    if src and max(src) < noun:
        lo = max(src) + 1
    else:
        lo = min(t for t in sat if doc.tokens[t - 1].upos not in ("CCONJ", "PUNCT"))
    lo = max(lo, noun - 4)
    hi = noun + 1 if noun + 1 in sat and doc.tokens[noun].form == "of" and src and min(src) > noun else noun
    return [t for t in range(lo, hi + 1) if t not in source]


MEDIUM = {"statement", "interview", "conclusion", "release", "conference", "briefing", "letter", "post", "tweet",
          "blog", "twitter", "facebook", "television", "tv", "radio", "message", "email", "speech", "remark",
          "remarks", "note", "video", "broadcast", "op-ed", "column", "editorial", "posting", "website"}


def _medium(doc: Doc, cue: list[int], sat: set[int], source: set[int]) -> list[int]:
    """PolNeAR keeps "said in a statement", "came to the conclusion", "writing in a blog post"
    in the cue: a short phrase right after the verb that names the medium or act of saying
    (but not the person told: "told reporters" is cue "told")."""
    after = []
    t = max(cue) + 1
    while t in sat and t not in source and len(after) < 5:
        tok = doc.tokens[t - 1]
        if tok.upos in ("PUNCT", "PROPN", "PRON", "VERB"):
            break
        after.append(t)
        if tok.lemma.lower() in MEDIUM:
            while t + 1 in sat and t + 1 not in source and doc.tokens[t].upos == "NOUN":
                t += 1
                after.append(t)  # "in a blog post"
            return sorted(set(cue) | set(after))
        t += 1
    return cue


def _verb_group(doc: Doc, head: int, sat: set[int], source: set[int]) -> list[int]:
    """The cue verb with its auxiliaries, negation, adverbs and particle, while contiguous."""
    deps = {t.i for t in doc.tokens if t.head == head and (t.deprel in CUE_DEPS or t.deprel == "compound:prt")}
    lo = hi = head
    while lo - 1 in deps and lo - 1 in sat and lo - 1 not in source:
        lo -= 1
    while hi + 1 in deps and hi + 1 in sat and hi + 1 not in source:
        hi += 1
    return list(range(lo, hi + 1))


def _hypothetical(doc: Doc, cue: list[int], sat: set[int]) -> bool:
    heads = [t for t in cue if doc.tokens[t - 1].upos in ("VERB", "AUX")] or cue
    return any(t.head in heads and t.deprel == "mark" and t.lemma in ("if", "unless") for t in doc.tokens
               if t.i in sat)


def _source_span(doc: Doc, signal: list[int], sat: set[int], cue: list[int], content: set[int]) -> list[int]:
    """One contiguous source span: the signalled tokens in the satellite (a compound source
    "X and Y" as one span), widened leftwards to their determiner and modifiers; for a source
    GUM marks outside the satellite, the relative pronoun that stands for it there, or else the
    signalled mention if it is in the same sentence (a shared subject: "X said … and wrote …")."""
    inside = [t for t in signal if t in sat and t not in cue]
    if not inside:
        rel = [t.i for t in doc.tokens if t.i in sat and t.head in cue and t.deprel.startswith("nsubj")
               and t.upos == "PRON"]
        if rel:
            return rel[:1]
        sentence = doc.tokens[cue[0] - 1].sent
        outside = [t for t in signal if doc.tokens[t - 1].sent == sentence and t not in content]
        return _nearest(_runs(outside), set(cue)) if outside else []
    runs = _runs(inside)
    span = list(range(runs[0][0], runs[-1][-1] + 1))
    gap = set(span) - set(inside)
    if any(doc.tokens[t - 1].upos in ("VERB", "AUX") or t in cue for t in gap) or len(span) > 15:
        span = _nearest(runs, set(cue))
    while span[0] - 1 in sat and doc.tokens[span[0] - 2].head in span and doc.tokens[span[0] - 2].upos in (
            "DET", "ADJ", "NUM", "PROPN", "NOUN") and span[0] - 1 not in cue:
        span.insert(0, span[0] - 1)
    return span


# --------------------------------------------------------------------------------------------
# Folding nested relations, trimming, pieces
# --------------------------------------------------------------------------------------------


def fold_nested(rels: list[Relation], drops: Counter) -> list[Relation]:
    """A relation whose cue lies in another's content is nested in it: the outer one keeps it
    (its content grows by the inner content it lacks), the inner one goes."""
    rels = list(rels)
    changed = True
    while changed:
        changed = False
        for outer in rels:
            for inner in rels:
                if inner is outer or not set(inner.cue) <= outer.content:
                    continue
                extra = (inner.content | inner.sat_tokens) - outer.sat_tokens - set(outer.cue) - set(outer.source)
                if not extra <= outer.content:
                    outer.content |= extra
                    outer.notes.append("content widened by a nested GUM relation")
                rels.remove(inner)
                drops["nested (folded into the outermost)"] += 1
                changed = True
                break
            if changed:
                break
    return rels


def trim(doc: Doc, content: set[int], quoted: list[tuple[int, int]]) -> list[int]:
    toks = sorted(content)

    def in_quotes(t: int) -> bool:
        tok = doc.tokens[t - 1]
        return any(qs <= tok.start and tok.end <= qe for qs, qe in quoted)

    while toks and (doc.tokens[toks[0] - 1].form in {",", ":", ";", "."} | DASHES
                    or doc.tokens[toks[0] - 1].upos == "CCONJ"
                    or (doc.tokens[toks[0] - 1].lemma == "that" and doc.tokens[toks[0] - 1].deprel == "mark")):
        toks.pop(0)
    while toks and doc.tokens[toks[-1] - 1].form in {",", ".", ";", ":"} | DASHES and not in_quotes(toks[-1]):
        toks.pop()
    for k, t in enumerate(toks):  # '…," said Gustafon' ends a quotation GUM left unattributed: not content
        tail = [doc.tokens[x - 1] for x in toks[k + 1:]]
        if (doc.tokens[t - 1].form in ('"', "\u201d") and not in_quotes(t) and len(tail) >= 2
                and tail[0].form == "," and any(w.upos == "VERB" and tool.cue_type_of(w.form, _LEXICON) == "speech"
                                                for w in tail[1:4])
                and not any(w.form in ('"', "\u201c", "\u201d") for w in tail[:4])):
            return toks[:k + 1]
    return toks


def pieces_of(doc: Doc, toks: list[int]) -> list[tuple[int, int]]:
    """Contiguous runs of tokens within one paragraph, as character spans."""
    runs: list[list[int]] = []
    for t in toks:
        if runs and t == runs[-1][-1] + 1 and doc.tokens[t - 1].para == doc.tokens[runs[-1][-1] - 1].para:
            runs[-1].append(t)
        else:
            runs.append([t])
    return [(doc.tokens[r[0] - 1].start, doc.tokens[r[-1] - 1].end) for r in runs]


def continuations(doc: Doc, rel_toks: dict[int, list[int]], taken: set[int], quoted: list[tuple[int, int]]) -> dict[int, list[int]]:
    """PolNeAR's continuation rule: sentences wholly inside quotation marks that follow a
    quotation and belong to no attribution join it (in the same paragraph, or in the next
    paragraphs while each opens with a quotation mark)."""
    added: dict[int, list[int]] = {}
    for key, toks in rel_toks.items():
        if not toks:
            continue
        last = doc.tokens[toks[-1] - 1]
        if not doc.text[last.start:last.end] or last.form not in ('"', "\u201d") and not any(
                qs <= last.start and last.end <= qe + 1 for qs, qe in quoted):
            continue
        s = last.sent + 1
        extra: list[int] = []
        while s < len(doc.sentences):
            sent = doc.sentences[s]["tokens"]
            if any(t in taken for t in sent) or doc.tokens[sent[0] - 1].start < 0:
                break
            words = [doc.tokens[t - 1] for t in sent if re.search(r"\w", doc.tokens[t - 1].form)]
            if not words or not all(any(qs <= w.start and w.end <= qe for qs, qe in quoted) for w in words):
                break
            extra += sent
            s += 1
        if extra:
            added[key] = extra
            taken.update(extra)
    return added


# --------------------------------------------------------------------------------------------
# Speakers
# --------------------------------------------------------------------------------------------


def speaker_of(doc: Doc, tokens: list[int]) -> tuple[str | None, str | None]:
    """(speaker_name, speaker_type) for the entity of the source tokens: its Wikipedia identity,
    else its fullest proper name in the document (titles left out), else no name."""
    if not tokens:
        return None, None
    span = set(tokens)
    covering = [m for m in doc.mentions if m["start"] <= min(span) and max(span) <= m["end"]]
    inside = [m for m in doc.mentions if set(range(m["start"], m["end"] + 1)) <= span]
    candidates = sorted(covering, key=lambda m: m["end"] - m["start"]) or sorted(
        inside, key=lambda m: -(m["end"] - m["start"]))
    words = {doc.tokens[t - 1].lemma.lower() for t in tokens}
    if not candidates:
        return None, _type_of_words(doc, tokens)
    mention = candidates[0]
    etype = mention["etype"]
    stype = {"person": "person", "organization": "organization", "place": "organization"}.get(etype)
    head = _head_of(doc, tokens)
    if head is not None and doc.tokens[head - 1].lemma.lower() in DOCUMENT_WORDS:
        stype = "document"
    if stype is None:
        stype = "document" if words & DOCUMENT_WORDS else "other"
    if mention["identity"]:
        return re.sub(r"\s*\(.*\)$", "", unquote(mention["identity"]).replace("_", " ")), stype
    names: list[str] = []
    runs: list[str] = []
    for m in (m for m in doc.mentions if m["id"] == mention["id"]):
        ws = [doc.tokens[t - 1] for t in range(m["start"], m["end"] + 1)]
        while ws and (ws[0].upos in ("DET", "PUNCT") or ws[0].form.lower().rstrip(".") in TITLES):
            ws.pop(0)
        while ws and ws[-1].upos in ("PUNCT", "PART"):
            ws.pop()
        if not ws:
            continue
        allowed = ("PROPN",) if etype == "person" else ("PROPN", "PUNCT")
        if ws[-1].upos == "PROPN" and all(w.upos in allowed or (etype != "person" and w.lemma in (
                "of", "for", "the", "and", "on")) for w in ws):
            names.append(_join(ws))
        elif etype == "person":  # "president Sehar Memon" -> "Sehar Memon", not a nested body's name
            others = {t for o in doc.mentions if o["id"] != m["id"] and m["start"] <= o["start"] and o["end"] <= m["end"]
                      for t in range(o["start"], o["end"] + 1)}
            run: list[Token] = []
            for w in reversed(ws):
                joined = bool(run) and w.form in {"-", "'"} and run[0].start == w.end and doc.tokens[w.i - 2].end == w.start
                if (w.upos == "PROPN" or joined) and w.i not in others:
                    run.insert(0, w)  # "al-Amr": a hyphen inside a name
                elif run and run[0].form in {"-", "'"} and doc.tokens[w.i - 1].start == w.end and w.i not in others:
                    run.insert(0, w)  # the part before the hyphen ("al")
                else:
                    break
            while run and run[0].form.lower().rstrip(".") in TITLES:
                run.pop(0)
            if run:
                runs.append(_join(run))
    names = names + runs
    if names:
        return max(names, key=len), stype
    return None, stype


def _head_of(doc: Doc, tokens: list[int]) -> int | None:
    heads = [t for t in tokens if doc.tokens[t - 1].head not in tokens]
    return heads[0] if heads else None


def _type_of_words(doc: Doc, tokens: list[int]) -> str:
    """speaker_type from the words alone, when GUM has no entity there."""
    words = [doc.tokens[t - 1] for t in tokens]
    if any(w.lemma.lower() in DOCUMENT_WORDS for w in words):
        return "document"
    if any(w.upos == "PRON" for w in words) or any(w.lemma.lower() in PEOPLE_WORDS for w in words):
        return "person"
    return "other"


def _join(words: list[Token]) -> str:
    out = ""
    for i, w in enumerate(words):
        out += w.form
        if i + 1 < len(words) and (words[i + 1].start > w.end or words[i + 1].start < 0 or w.end < 0):
            out += " "
    return out


# --------------------------------------------------------------------------------------------
# Documents
# --------------------------------------------------------------------------------------------


def convert(name: str, gum: Path, split: str, lexicon: dict[str, str], drops: Counter) -> dict[str, Any]:
    doc = read_conllu(gum / "dep" / f"{name}.conllu")
    rst = read_rs4(gum / "rst" / "rstweb" / f"{name}.rs4", doc)
    for s in doc.sentences:  # the rebuilt sentences must read as GUM's own
        toks = [doc.tokens[t - 1] for t in s["tokens"]]
        if toks[0].start >= 0 and doc.text[toks[0].start:toks[-1].end] != s["text"]:
            raise ValueError(f"{name}: sentence rebuilt as {doc.text[toks[0].start:toks[-1].end]!r}, GUM has {s['text']!r}")
    quoted = tool.quoted_stretches(doc.text)
    rels = relations(doc, rst, drops, quoted)
    drops["relations in GUM"] += sum(1 for n in rst.nodes.values() if (n["rel"] or "").startswith("attribution"))
    rels = fold_nested(rels, drops)
    toks_of = {k: trim(doc, r.content - set(r.cue) - set(r.source), quoted) for k, r in enumerate(rels)}
    # sentences already in an attribution are not continuations, unless that attribution sits
    # inside the quotation ("I think" in a quoted sentence): it is folded into the one continued
    taken = {t for r in rels if not all(_in_quotes(doc, c, quoted) for c in r.cue) for t in r.content | r.sat_tokens}
    outer = {k: t for k, t in toks_of.items() if not all(_in_quotes(doc, c, quoted) for c in rels[k].cue)}
    extra = continuations(doc, outer, taken, quoted)
    if extra:
        for k, more in extra.items():
            rels[k].content |= set(trim(doc, set(more), quoted))
            rels[k].notes.append("continuation quotation added (PolNeAR's rule)")
            drops["continuations added"] += 1
        rels = fold_nested(rels, drops)
        toks_of = {k: trim(doc, r.content - set(r.cue) - set(r.source), quoted) for k, r in enumerate(rels)}
    attributions = []
    for k, rel in enumerate(rels):
        toks = toks_of[k]
        if not toks:
            drops["empty content after trimming"] += 1
            continue
        pieces = pieces_of(doc, toks)
        cue_span = (doc.tokens[rel.cue[0] - 1].start, doc.tokens[rel.cue[-1] - 1].end)
        source_span = ((doc.tokens[rel.source[0] - 1].start, doc.tokens[rel.source[-1] - 1].end)
                       if rel.source else None)
        speaker, stype = speaker_of(doc, rel.speaker_tokens or rel.source)
        cue_text = doc.text[cue_span[0]:cue_span[1]]
        att = {
            "kind": tool.kind_of(doc.text, pieces, quoted),
            "cue": _span(doc.text, cue_span),
            "source": _span(doc.text, source_span) if source_span else None,
            "content": [_span(doc.text, p) for p in pieces],
            "speaker_name": speaker,
            "speaker_type": stype if source_span or speaker else None,
            "cue_type": tool.cue_type_of(cue_text, lexicon) or "speech",
            "unsure": False,
            "note": "; ".join([f"GUM {rel.rel} {rel.sat}->{rel.nucleus}"] + rel.notes),
        }
        if rel.rel == "attribution-negative":
            att["negated"] = True
        if source_span is None and speaker:
            att["note"] += "; speaker from GUM's source signal outside the sentence"
        attributions.append(att)
    attributions.sort(key=lambda a: a["content"][0]["start"])
    for n, a in enumerate(attributions, start=1):
        a["id"] = f"a{n}"
    return {
        "id": f"gum-{name.removeprefix('GUM_')}",
        "url": doc.meta.get("sourceURL", ""),
        "title": doc.meta.get("title", ""),
        "date": doc.meta.get("dateCreated", ""),
        "split": split,
        "text": doc.text,
        "article_id": tool.article_id(doc.text),
        "attributions": attributions,
        "annotator": "GUM (converted)",
        "genre": doc.meta.get("genre", ""),
    }


def _span(text: str, span: tuple[int, int]) -> dict[str, Any]:
    return {"text": text[span[0]:span[1]], "start": span[0], "end": span[1]}


def official_splits(gum: Path) -> dict[str, str]:
    """Document -> dev / test from GUM's splits.md; the rest are train."""
    split, out = "", {}
    for line in (gum / "splits.md").read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            split = line[3:].strip()
        elif line.strip().startswith("* "):
            out[line.strip()[2:].strip()] = split
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gum", type=Path, default=GUM)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    splits = official_splits(args.gum)
    lexicon = tool.load_cue_lexicon()
    rows: dict[str, list[dict[str, Any]]] = {"train": [], "dev": []}
    drops: dict[str, Counter] = {"train": Counter(), "dev": Counter()}
    for path in sorted((args.gum / "dep").glob("GUM_*.conllu")):
        name = path.stem
        if not name.startswith(("GUM_news_", "GUM_interview_")):
            continue
        split = splits.get(name, "train")
        if split not in rows:
            continue  # the official test documents are held back
        rows[split].append(convert(name, args.gum, split, lexicon, drops[split]))
    args.out.mkdir(parents=True, exist_ok=True)
    for split, docs in rows.items():
        path = args.out / f"gum-{split}.jsonl"
        path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
        kinds = Counter(a["kind"] for d in docs for a in d["attributions"])
        print(f"{path}: {len(docs)} documents, {sum(len(d['attributions']) for d in docs)} attributions "
              f"({', '.join(f'{k} {v}' for k, v in sorted(kinds.items()))})")
        print("  " + "; ".join(f"{k}: {v}" for k, v in sorted(drops[split].items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
