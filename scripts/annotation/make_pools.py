"""Draw the texts we annotate, and fix their train / dev / test splits once.

    python scripts/annotation/make_pools.py [--shared ../shared]

Writes (deterministically: same inputs, same files):

- ``data/annotations/splits/wikinews.tsv``: every Wikinews article of
  ``corpora/wikinews-2019-2020`` with its split, by a hash of its URL (70 / 15 / 15). Both the
  event and the attribution corpora use this one assignment, so no article is train for one
  task and test for the other.
- ``data/annotations/events/pool/{train,dev,test}.jsonl``: the units to annotate for events.
  Wikipedia Current Events items (one or two sentences each) split by date: 2025 is train,
  2026-01..03 dev, 2026-04..06 test (the judged items come later still, so the test split is
  the latest we have); and sentences of Wikinews articles, split by their article. Dev and
  test are plain random samples of the political categories plus a share of the others (for
  texts with no event); train also oversamples items whose words suggest a rare PLOVER type.
- ``data/annotations/events/batches/``: the pool cut into annotation batches, test first.

Nothing here needs spaCy: Wikinews sentences are cut by a plain rule (end punctuation, then
a space and a capital or quotation mark), which is what an annotator sees as a sentence.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "data" / "annotations"
SEED = 20261207
SIZES = {"train": (2400, 700), "dev": (450, 150), "test": (450, 150)}  # (WCE items, Wikinews sentences)
BATCH = 250
POLITICAL = ("armed conflicts", "politics", "international relations", "law and crime")
OTHER_SHARE = 0.15  # of WCE items drawn from the other categories (disasters, sport, science ...)
RARE_TYPES = re.compile(  # words of the PLOVER types the news has least of: drawn twice as often in train
    r"\b(aid|donat\w*|humanitarian|sanction\w*|embargo|expel\w*|expuls\w*|boycott\w*|tariff\w*|threat\w*|"
    r"warn\w*|ultimatum|protest\w*|demonstrat\w*|rall(y|ies)|strike[sd]?|releas\w*|apologi\w*|lift\w*|"
    r"withdr[ae]w\w*|retreat\w*|pull\w* out|urg\w*|demand\w*|appeal\w*|reject\w*|refus\w*|veto\w*|"
    r"cooperat\w*|joint|endors\w*|prais\w*|deploy\w*|mobili[sz]\w*|exercises?|arrest\w*|detain\w*|"
    r"seiz\w*|raid\w*|deport\w*|accus\w*|condemn\w*|criticiz\w*|criticis\w*|investigat\w*|ceasefire|truce)\b",
    re.IGNORECASE)

_LINK = re.compile(r"\[([^\]]*)\]\((\S+?)(?:\s+\"([^\"]*)\")?\)")
_SOURCE = re.compile(r"\s*\[\([^\]]*\)\]\([^)]*\)")  # "[(Reuters)](https://...)" at the end of an item
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“A-Z0-9])")


def split_of(key: str) -> str:
    """70 / 15 / 15 by a hash of ``key``: stable across runs and machines."""
    bucket = int(hashlib.sha256(key.encode()).hexdigest(), 16) % 100
    return "train" if bucket < 70 else "dev" if bucket < 85 else "test"


def wce_items(folder: Path) -> list[dict]:
    """Every event item of the Current Events portal: its plain text, date, category, links."""
    items = []
    for day in sorted(folder.glob("*.md")):
        date, category, n = day.stem, "", 0
        for line in day.read_text(encoding="utf-8").splitlines():
            if line.startswith("#### "):
                category = line[5:].strip().lower()
                continue
            stripped = line.lstrip()
            if not stripped.startswith("* ") or not _SOURCE.search(stripped):
                continue  # topic bullets are links only; event items end with their sources
            body = _SOURCE.sub("", stripped[2:]).strip()
            links = [{"text": m.group(1), "title": m.group(3) or m.group(2).rsplit("/", 1)[-1].replace("_", " ")}
                     for m in _LINK.finditer(body)]
            text = " ".join(_LINK.sub(lambda m: m.group(1), body).split())
            if len(text) < 20:
                continue
            n += 1
            items.append({"id": f"wce-{date}-{n:03d}", "text": text, "source": "wikipedia-current-events",
                          "date": date, "category": category, "links": links})
    return items


def wce_split(date: str) -> str:
    return "train" if date < "2026-01-01" else "dev" if date < "2026-04-01" else "test"


def wikinews_articles(folder: Path) -> list[dict]:
    csv.field_size_limit(1 << 30)
    articles = []
    for path in sorted(folder.glob("wikinews_*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                url = row["url"].replace("//wiki/", "/wiki/")
                key = hashlib.sha256(url.encode()).hexdigest()[:10]
                articles.append({"id": f"wn-{key}", "url": url, "date": row["date"], "title": row["title"],
                                 "text": row["text"], "split": split_of(url)})
    return articles


def wikinews_sentences(article: dict) -> list[dict]:
    """Sentences of the article body (not its date line), each with its paragraph."""
    sentences = []
    paragraphs = [p.strip() for p in article["text"].split("\n\n") if p.strip()]
    for p, paragraph in enumerate(paragraphs):
        if re.fullmatch(r"\w+day, \w+ \d+, \d{4}\W*", paragraph):
            continue
        for s, sentence in enumerate(_SENTENCE_END.split(" ".join(paragraph.split()))):
            if 40 <= len(sentence) <= 400:
                sentences.append({"id": f"{article['id']}-p{p:02d}s{s:02d}", "text": sentence,
                                  "source": "wikinews", "date": article["date"], "article": article["title"],
                                  "url": article["url"]})
    return sentences


def draw_wce(items: list[dict], n: int, rng: random.Random, oversample: bool) -> list[dict]:
    political = [i for i in items if i["category"].startswith(POLITICAL)]
    other = [i for i in items if not i["category"].startswith(POLITICAL)]
    n_other = round(n * OTHER_SHARE)
    picked = rng.sample(other, min(n_other, len(other)))
    weights = [2.0 if oversample and RARE_TYPES.search(i["text"]) else 1.0 for i in political]
    chosen: dict[str, dict] = {}
    while len(chosen) < min(n - len(picked), len(political)):
        item = rng.choices(political, weights)[0]
        chosen.setdefault(item["id"], item)
    return sorted(picked + list(chosen.values()), key=lambda i: i["id"])


def draw_wikinews(articles: list[dict], n: int, rng: random.Random) -> list[dict]:
    """Up to 10 sentences of each article of the split, articles in random order, until ``n``."""
    drawn: list[dict] = []
    for article in rng.sample(articles, len(articles)):
        sentences = wikinews_sentences(article)
        drawn += rng.sample(sentences, min(10, len(sentences)))
        if len(drawn) >= n:
            break
    return sorted(drawn[:n], key=lambda s: s["id"])


def write_jsonl(path: Path, rows: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    corpora = args.shared / "corpora"
    articles = wikinews_articles(corpora / "wikinews-2019-2020")
    splits = OUT / "splits" / "wikinews.tsv"
    splits.parent.mkdir(parents=True, exist_ok=True)
    with splits.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(["id", "split", "date", "url", "title"])
        for a in articles:
            writer.writerow([a["id"], a["split"], a["date"], a["url"], a["title"]])
    items = wce_items(corpora / "wikipedia-current-events" / "days")
    rng = random.Random(SEED)
    batches: list[tuple[str, list[dict]]] = []
    for split in ("test", "dev", "train"):
        wce_n, wn_n = SIZES[split]
        pool = draw_wce([i for i in items if wce_split(i["date"]) == split], wce_n, rng, oversample=split == "train")
        pool += draw_wikinews([a for a in articles if a["split"] == split], wn_n, rng)
        for row in pool:
            row["split"] = split
        write_jsonl(OUT / "events" / "pool" / f"{split}.jsonl", pool)
        shuffled = rng.sample(pool, len(pool))
        batches += [(split, shuffled[i:i + BATCH]) for i in range(0, len(shuffled), BATCH)]
        print(f"{split}: {len(pool)} units ({sum(r['source'] == 'wikinews' for r in pool)} Wikinews sentences)")
    for n, (split, rows) in enumerate(batches, 1):
        write_jsonl(OUT / "events" / "batches" / f"{n:02d}-{split}.todo.jsonl", rows)
    print(f"{len(batches)} batches; Wikinews splits: "
          + ", ".join(f"{s} {sum(a['split'] == s for a in articles)}" for s in ("train", "dev", "test")))


if __name__ == "__main__":
    main()
