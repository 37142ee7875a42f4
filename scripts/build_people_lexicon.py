"""Build ``src/newsgraph/lexicons/people.tsv`` from PETRARCH2's country actor dictionary.

The dictionary (Phoenix.Countries.actors.txt, MIT, (c) 2014 Open Event Data Alliance) lists
people with date-bounded CAMEO role codes, e.g. Vladimir Putin as RUSELI until 1999-08-09 and
RUSGOV from 2008-05-08. We keep one row per person and role period, with the person's name
and aliases in plain words, so the extractor can code "Putin" in a 2014 story as RUSGOV and
in a 1995 story as RUSELI. Open-ended "[RUSELI]" entries are the role outside any period.

usage: python scripts/build_people_lexicon.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

SOURCE = "ontologies/cameo/petrarch2_dictionaries/Phoenix.Countries.actors.txt"
OUT = Path(__file__).resolve().parents[1] / "src/newsgraph/lexicons/people.tsv"
_ROLE = re.compile(r"^\s*\[(?P<code>[A-Z]{3,9})(?:\s+(?P<range>[<>]?\d{6}(?:-\d{6})?))?\]")
_TITLES = {"MR", "MR.", "MRS", "MS", "PRESIDENT", "PRIME", "MINISTER", "SENATOR", "SEN.", "KING", "GENERAL",
           "GEN.", "DR", "DR.", "PRESIDENT-ELECT", "FOREIGN", "DEFENSE", "CHANCELLOR", "PREMIER"}
HEADER = """# people.tsv: people with date-bounded CAMEO role codes (start/end ISO dates, empty = open).
# Derived by scripts/build_people_lexicon.py from PETRARCH2's Phoenix.Countries.actors.txt,
# The MIT License (MIT), Copyright (c) 2014 Open Event Data Alliance. Some ranges are stale
# (the source was compiled in January 2014): add or correct rows here, newest last.
"""


def iso(yymmdd: str) -> str:
    year = int(yymmdd[:2])
    return f"{1900 + year if year >= 30 else 2000 + year}-{yymmdd[2:4]}-{yymmdd[4:6]}"


def span(text: str | None) -> tuple[str, str]:
    if not text:
        return "", ""
    if text.startswith(">"):
        return iso(text[1:]), ""
    if text.startswith("<"):
        return "", iso(text[1:])
    start, _, end = text.partition("-")
    return iso(start), iso(end) if end else ""


def words(entry: str) -> str:
    return " ".join(w for w in entry.strip("+ ").rstrip("_").split("_") if w).title()


def parse(lines: list[str]) -> list[tuple[str, str, str, str, str]]:
    rows: list[tuple[str, str, str, str, str]] = []
    name: str | None = None
    aliases: list[str] = []
    for raw in lines:
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if (m := _ROLE.match(line)) is not None:
            if name:
                start, end = span(m.group("range"))
                rows.append((name, "|".join(aliases), m.group("code"), start, end))
        elif line.startswith("+"):
            alias = line[1:].strip().rstrip("_")
            if alias and alias.split("_")[0] not in _TITLES:
                aliases.append(words(alias))  # a bare surname ("+PUTIN_") is listed on purpose
        elif not line.startswith((" ", "\t")):
            entry = line.strip()
            name = words(entry) if "_" in entry else None  # people have at least two words
            aliases = []
    return rows


HAND_MARKER = "# Added by hand"


def _by_hand() -> str:
    """The rows added by hand at the end of the existing file (from its marker line on): kept."""
    if not OUT.exists():
        return ""
    text = OUT.read_text(encoding="utf-8")
    at = text.find("\n" + HAND_MARKER)
    return text[at + 1 :] if at >= 0 else ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    args = parser.parse_args()
    lines = (args.shared / SOURCE).read_text(encoding="utf-8", errors="replace").splitlines()
    rows = parse(lines)
    seen: set[str] = set()
    lines_out = []
    for name, aliases, code, start, end in rows:  # aliases once per person
        lines_out.append("\t".join((name, "" if name in seen else aliases, code, start, end)))
        seen.add(name)
    body = "\n".join(lines_out)
    OUT.write_text(HEADER + "name\taliases\tcode\tstart\tend\n" + body + "\n" + _by_hand(), encoding="utf-8")
    print(f"wrote {len(rows)} role periods to {OUT}")


if __name__ == "__main__":
    main()
