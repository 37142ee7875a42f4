"""The JSON Schema of the record format (src/newsgraph/record.schema.json) against Record.to_dict()."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import jsonschema
import pytest

from newsgraph.schema import Actor, Article, Dateline, Link, Quote, Record, Span

SCHEMA_PATH = Path(__file__).resolve().parents[1] / "src" / "newsgraph" / "record.schema.json"

TEXT = (
    'BERLIN — German Foreign Minister Anna Keller on Monday proposed a joint naval patrol. '
    '"We cannot wait," Keller said.'
)


def span(text: str, needle: str) -> Span:
    start = text.index(needle)
    return Span(start, start + len(needle), needle)


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


@pytest.fixture()
def record_dict() -> dict:
    keller = Actor(
        id="a1",
        name="Anna Keller",
        kind="person",
        titles=["Foreign Minister"],
        country="DEU",
        mentions=[span(TEXT, "German Foreign Minister Anna Keller"), span(TEXT, "Keller said")],
    )
    words = span(TEXT, "We cannot wait,")
    quote = Quote(
        id="q1",
        text=words.text,
        start=words.start,
        end=words.end,
        kind="direct",
        speaker="a1",
        speaker_name="Anna Keller",
        cue="said",
        cue_span=span(TEXT, "said"),
        speaker_span=span(TEXT, "Keller said"),
        spans=[words],
    )
    article = Article(
        text=TEXT,
        source="examples/01_baltic_cable_patrol.txt",
        title="Germany Proposes Joint Naval Patrol",
        authors=["Helena Brandt"],
        published="2025-03-03",
        dateline=Dateline(text="BERLIN —", place="Berlin", country="DEU"),
        links=[Link(0, 6, "https://example.org/berlin")],
    )
    return Record(article=article, actors=[keller], quotes=[quote]).to_dict()


def test_schema_file_is_valid_draft_2020_12():
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_schema_file_accepts_hand_built_record(validator, record_dict):
    validator.validate(record_dict)


def test_schema_file_accepts_minimal_record(validator):
    validator.validate(Record(article=Article(text="")).to_dict())


def test_schema_file_accepts_added_fields(validator, record_dict):
    record_dict["actors"][0]["aliases"] = ["Keller"]
    record_dict["extra"] = {"anything": 1}
    validator.validate(record_dict)


@pytest.mark.parametrize(
    "path",
    [("schema_version",), ("article", "text"), ("actors", 0, "kind"), ("quotes", 0, "start"), ("quotes", 0, "spans")],
)
def test_schema_file_rejects_missing_required_field(validator, record_dict, path):
    bad = copy.deepcopy(record_dict)
    parent = bad
    for key in path[:-1]:
        parent = parent[key]
    del parent[path[-1]]
    assert not validator.is_valid(bad)


@pytest.mark.parametrize(
    "path",
    [("quotes", 0, "start"), ("quotes", 0, "end"), ("actors", 0, "mentions", 0, "start"),
     ("quotes", 0, "cue_span", "end"), ("article", "links", 0, "start")],
)
def test_schema_file_rejects_negative_offset(validator, record_dict, path):
    bad = copy.deepcopy(record_dict)
    parent = bad
    for key in path[:-1]:
        parent = parent[key]
    parent[path[-1]] = -1
    assert not validator.is_valid(bad)


@pytest.mark.parametrize(
    ("path", "value"),
    [(("actors", 0, "kind"), "alien"), (("quotes", 0, "kind"), "paraphrase"), (("quotes", 0, "start"), 1.5),
     (("article", "title"), 3), (("events",), {})],
)
def test_schema_file_rejects_wrong_type_or_kind(validator, record_dict, path, value):
    bad = copy.deepcopy(record_dict)
    parent = bad
    for key in path[:-1]:
        parent = parent[key]
    parent[path[-1]] = value
    assert not validator.is_valid(bad)


def test_hand_built_record_offsets_point_at_their_evidence(record_dict):
    text = record_dict["article"]["text"]
    for mention in record_dict["actors"][0]["mentions"]:
        assert text[mention["start"]:mention["end"]] == mention["text"]
    q = record_dict["quotes"][0]
    assert text[q["start"]:q["end"]] == q["text"]
