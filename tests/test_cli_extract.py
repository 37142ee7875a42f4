"""``newsgraph extract`` end to end: output shapes, the record schema, evidence spans, and what
the reference article must yield. The pipeline loads once (it is cached by ``build_nlp``); the
reference article is extracted once per module."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from conftest import check_evidence
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.evaluate import score_quotes

STORY_A = ("MOSCOW — The Kremlin said on Friday that talks with Washington would resume next week. "
           "“We are ready to listen,” Kremlin spokesman Dmitry Peskov told reporters.")
STORY_B = ("BERLIN — German Foreign Minister Anna Keller proposed a joint naval patrol on Monday. "
           "“We cannot keep discovering the damage after the fact,” Keller said.")


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture(scope="module")
def stories(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("stories")
    a = folder / "a.txt"
    b = folder / "b.md"
    a.write_text("Kremlin Ready to Listen\n\nBy Jane Doe\n\nMarch 3, 2025\n\n" + STORY_A + "\n", encoding="utf-8")
    b.write_text("# Germany Proposes Patrol\n\n*By John Roe*\n\n2025-03-03\n\n" + STORY_B + "\n", encoding="utf-8")
    return a, b


def _invoke(runner: CliRunner, *args: str):
    result = runner.invoke(app, ["extract", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


@pytest.fixture(scope="module")
def reference_record(runner: CliRunner, reference_article: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    out = tmp_path_factory.mktemp("ref") / "ref.json"
    result = _invoke(runner, str(reference_article), "--out", str(out))
    assert result.exit_code == 0, result.output
    return json.loads(out.read_text(encoding="utf-8"))


def _actor(record: dict[str, Any], name: str) -> dict[str, Any]:
    matches = [a for a in record["actors"] if a["name"] == name]
    assert matches, f"no actor named {name!r}: {[a['name'] for a in record['actors']]}"
    return matches[0]


def test_cli_extract_one_file_prints_one_object(runner: CliRunner, stories, record_schema) -> None:
    result = _invoke(runner, str(stories[0]))
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert isinstance(record, dict)
    jsonschema.validate(record, record_schema)
    check_evidence(record)
    article = record["article"]
    assert (article["title"], article["authors"], article["published"]) == ("Kremlin Ready to Listen", ["Jane Doe"], "2025-03-03")
    assert article["text"] == STORY_A
    assert article["source"] == str(stories[0])
    assert article["language"] == "en"
    assert any(q["text"] == "We are ready to listen," and q["kind"] == "direct" for q in record["quotes"])


def test_cli_extract_two_files_print_a_list(runner: CliRunner, stories, record_schema) -> None:
    result = _invoke(runner, str(stories[0]), str(stories[1]))
    assert result.exit_code == 0, result.output
    records = json.loads(result.stdout)
    assert isinstance(records, list) and len(records) == 2
    assert [r["article"]["title"] for r in records] == ["Kremlin Ready to Listen", "Germany Proposes Patrol"]
    for record in records:
        jsonschema.validate(record, record_schema)
        check_evidence(record)


def test_cli_extract_jsonl_one_line_per_article(runner: CliRunner, stories, record_schema) -> None:
    result = _invoke(runner, "--format", "jsonl", str(stories[0].parent))
    assert result.exit_code == 0, result.output
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 2
    records = [json.loads(line) for line in lines]
    assert [Path(r["article"]["source"]).name for r in records] == ["a.txt", "b.md"]
    for record in records:
        jsonschema.validate(record, record_schema)
        check_evidence(record)


def test_cli_extract_out_file(runner: CliRunner, stories, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = _invoke(runner, "-f", "jsonl", "-o", str(out), str(stories[1]))
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    (line,) = out.read_text(encoding="utf-8").splitlines()
    assert json.loads(line)["article"]["authors"] == ["John Roe"]


def test_cli_extract_missing_file_exit_1(runner: CliRunner, stories, tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    result = _invoke(runner, str(missing), str(stories[0]))
    assert result.exit_code == 1
    assert f"error: {missing}: [E108]" in result.stderr
    assert json.loads(result.stdout)["article"]["title"] == "Kremlin Ready to Listen"


def test_cli_extract_jsonl_input_with_bad_line(runner: CliRunner, tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"text": STORY_A, "title": "A"}) + "\n{broken\n" + json.dumps({"text": STORY_B}) + "\n",
                   encoding="utf-8")
    result = _invoke(runner, "-f", "jsonl", str(src))
    assert result.exit_code == 1
    assert f"{src}:2: [E106]" in result.stderr
    assert len(result.stdout.strip().splitlines()) == 2


def test_cli_extract_every_example_validates(runner: CliRunner, repo_root: Path, record_schema) -> None:
    result = _invoke(runner, "-f", "jsonl", str(repo_root / "examples"))
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) >= 4
    for record in records:
        jsonschema.validate(record, record_schema)
        check_evidence(record)
        assert record["article"]["title"] and record["article"]["authors"] and record["quotes"]


def test_cli_extract_reference_validates(reference_record, record_schema) -> None:
    jsonschema.validate(reference_record, record_schema)
    check_evidence(reference_record)
    article = reference_record["article"]
    assert article["title"] == "Putin to Obama: Let's talk about Ukraine"
    assert article["authors"] == ["Lesley Clark", "David Lightman"]
    assert article["published"] == "2014-03-28"
    assert (article["dateline"]["place"], article["dateline"]["country"]) == ("Riyadh", "SAU")


@pytest.mark.parametrize(
    ("expert", "affiliation"),
    [
        ("Heather Conley", "Center for Strategic and International Studies"),
        ("Christopher Chivvis", "RAND"),
        ("Benjamin Friedman", "Cato Institute"),
        ("Jeremy Shapiro", "Brookings Institution"),
    ],
)
def test_cli_extract_reference_experts(reference_record, expert: str, affiliation: str) -> None:
    actor = _actor(reference_record, expert)
    assert actor["kind"] == "person"
    assert actor["affiliation"] is not None and affiliation in actor["affiliation"]


def test_cli_extract_reference_putin_mentions(reference_record) -> None:
    mentions = {m["text"] for m in _actor(reference_record, "Vladimir Putin")["mentions"]}
    assert {"Vladimir Putin", "Putin", "the Russian president"} <= mentions


@pytest.mark.parametrize(("name", "country"), [("Kremlin", "RUS"), ("White House", "USA")])
def test_cli_extract_reference_seats_of_power(reference_record, name: str, country: str) -> None:
    actor = _actor(reference_record, name)
    assert (actor["country"], actor["sector"]) == (country, "GOV")


def test_cli_extract_reference_quotes_found(reference_record, reference_gold) -> None:
    report = score_quotes(reference_gold["quotes"], reference_record)
    assert report.gold == 24
    assert report.found >= 18, "\n".join(report.details)


def test_cli_extract_subprocess(newsgraph_exe: Path, stories, record_schema, tmp_path: Path) -> None:
    """Once through the installed console script: real process, real stdout, real exit code."""
    out = tmp_path / "out.json"
    proc = subprocess.run([str(newsgraph_exe), "extract", str(stories[0]), str(stories[1]), "--out", str(out)],
                          capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    records = json.loads(out.read_text(encoding="utf-8"))
    assert [r["article"]["title"] for r in records] == ["Kremlin Ready to Listen", "Germany Proposes Patrol"]
    for record in records:
        jsonschema.validate(record, record_schema)
        check_evidence(record)


def test_cli_extract_subprocess_stdin(newsgraph_exe: Path) -> None:
    proc = subprocess.run([str(newsgraph_exe), "extract", "-"], input="Headline\n\n" + STORY_B,
                          capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    record = json.loads(proc.stdout)
    assert record["article"]["source"] == "<stdin>" and record["article"]["title"] == "Headline"
