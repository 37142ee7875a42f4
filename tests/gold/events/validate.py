#!/usr/bin/env python3
"""Check the article event gold in this folder against the shared data.

usage: python tests/gold/events/validate.py [SHARED_DIR]   (default /work/shared or $NEWSGRAPH_SHARED)
Checks: JSON loads; `document` exists under the shared folder; each evidence snippet (at most 12
words) occurs verbatim in the document's text; PLOVER types are among the 16 of the ontology;
CAMEO roots are 01-20; actors are lists of strings or null; dates are ISO; ids run 1..n.
"""
import csv
import json
import os
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def doc_text(shared: Path, document: str) -> str:
    path, _, frag = document.partition("#")
    p = shared / path
    if not p.is_file():
        raise FileNotFoundError(p)
    if p.suffix == ".csv":  # wikinews row: "...csv#<row index or title>"
        csv.field_size_limit(10**9)
        rows = list(csv.DictReader(p.open(encoding="utf-8")))
        row = rows[int(frag)] if frag.isdigit() else next(r for r in rows if r["title"] == frag)
        return row["title"] + "\n\n" + row["text"]
    raw = p.read_bytes()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def main() -> int:
    shared = Path(sys.argv[1] if len(sys.argv) > 1 else os.environ.get("NEWSGRAPH_SHARED", "/work/shared"))
    types = {e["event"] for e in json.loads((shared / "ontologies/plover/plover_ontology.json").read_text())["event_types"]}
    assert len(types) == 16, types
    iso = re.compile(r"^\d{4}-\d{2}-\d{2}$")
    errors = []
    total = [0, 0]
    for f in sorted(HERE.glob("*.events.json")):
        gold = json.loads(f.read_text(encoding="utf-8"))
        try:
            text = doc_text(shared, gold["document"])
        except Exception as exc:  # noqa: BLE001
            errors.append(f"{f.name}: document: {exc}")
            continue
        pub = gold.get("published", "missing")
        if pub is not None and not (isinstance(pub, str) and iso.match(pub)):
            errors.append(f"{f.name}: published {pub!r}")
        core = extra = 0
        for i, e in enumerate(gold["events"], 1):
            tag = f"{f.name}#{e.get('id')}"
            if e.get("id") != i:
                errors.append(f"{tag}: id should be {i}")
            if not isinstance(e.get("core"), bool):
                errors.append(f"{tag}: core not bool")
            core += e["core"] is True
            extra += e["core"] is False
            ev = e.get("evidence", "")
            if ev not in text:
                errors.append(f"{tag}: evidence not verbatim: {ev!r}")
            if len(ev.split()) > 12:
                errors.append(f"{tag}: evidence over 12 words")
            for side in ("source", "target"):
                v = e.get(side)
                if not isinstance(v, list) or not all(x is None or (isinstance(x, str) and x) for x in v):
                    errors.append(f"{tag}: bad {side} {v!r}")
            if not e.get("source"):
                errors.append(f"{tag}: empty source")
            if not e.get("plover") or any(t not in types for t in e["plover"]):
                errors.append(f"{tag}: bad plover {e.get('plover')}")
            roots = e.get("cameo_root") or []
            if not roots or any(not re.fullmatch(r"\d\d", r) or not 1 <= int(r) <= 20 for r in roots):
                errors.append(f"{tag}: bad cameo_root {roots}")
            if "date" in e and not iso.match(e["date"]):
                errors.append(f"{tag}: bad date")
            if "date_window" in e:
                w = e["date_window"]
                if len(w) != 2 or not all(iso.match(x) for x in w) or w[0] > w[1]:
                    errors.append(f"{tag}: bad window {w}")
        total[0] += core
        total[1] += extra
        print(f"{f.name}: {core + extra} events ({core} core, {extra} extra)  {gold['document']}")
    print(f"total: {sum(total)} events ({total[0]} core, {total[1]} extra)")
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
