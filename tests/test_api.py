"""The Python API: ``newsgraph.extract`` on a path or on text; a cheap ``import newsgraph``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest

import newsgraph
from newsgraph.schema import Record

STORY = (
    "Germany proposes Baltic patrol\n\n"
    "German Foreign Minister Anna Keller said on Tuesday that the patrol would start in May.\n\n"
    '"We cannot leave the cables unguarded," Keller told reporters in Berlin. '
    '"Every week counts."\n\n'
    "The Kremlin said the plan was a provocation.\n"
)


def _check_evidence(record: dict[str, Any]) -> None:
    text = record["article"]["text"]
    for actor in record["actors"]:
        for m in actor["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"]
    for q in record["quotes"]:
        assert text[q["start"]:q["end"]] == q["text"]


def _assert_story(record: Record, schema: dict[str, Any]) -> dict[str, Any]:
    assert isinstance(record, Record)
    data = record.to_dict()
    jsonschema.validate(data, schema)
    _check_evidence(data)
    names = {a["name"]: a for a in data["actors"]}
    assert names["Anna Keller"]["country"] == "DEU"
    assert names["Kremlin"]["kind"] == "government"
    direct = [(q["text"], q["speaker_name"]) for q in data["quotes"] if q["kind"] == "direct"]
    assert direct == [("We cannot leave the cables unguarded,", "Anna Keller"), ("Every week counts.", "Anna Keller")]
    return data


def test_api_extract_path(tmp_path: Path, record_schema: dict[str, Any]) -> None:
    path = tmp_path / "baltic.txt"
    path.write_text(STORY, encoding="utf-8")
    data = _assert_story(newsgraph.extract(path), record_schema)
    assert data["article"]["title"] == "Germany proposes Baltic patrol"
    assert Path(data["article"]["source"]).name == "baltic.txt"
    assert _assert_story(newsgraph.extract(str(path)), record_schema)["article"]["text"] == data["article"]["text"]


def test_api_extract_text(record_schema: dict[str, Any]) -> None:
    data = _assert_story(newsgraph.extract(STORY), record_schema)
    assert "Kremlin" in data["article"]["text"]


def test_api_extract_many_yields_errors(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(STORY, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    results = list(newsgraph.extract_many([str(empty), str(good)]))
    assert len(results) == 2
    kinds = sorted(type(r).__name__ for r in results)
    assert kinds == ["DocumentError", "Record"]


def test_api_unknown_attribute() -> None:
    with pytest.raises(AttributeError):
        newsgraph.no_such_name  # noqa: B018


def test_api_import_does_not_import_spacy() -> None:
    code = "import json, sys, newsgraph; print(json.dumps([m for m in sys.modules if m == 'spacy' or m.startswith('spacy.')]))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == []
