"""A batch with bad inputs, run through the real console script: every bad file gets one line
naming it, the batch goes on, the good records (a cp1252 file among them) are written, and the
exit status says something went wrong."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import jsonschema
import pytest
from conftest import check_evidence

LATIN1_STORY = (
    "Café Owners Protest New Tax\n\nBy Marie Lefèvre\n\nMarch 5, 2025\n\n"
    "PARIS — Hundreds of café owners marched through central Paris on Wednesday to protest a new "
    "tax on outdoor terraces, which the city’s council approved last month despite warnings from "
    "the hospitality industry. “We are not against paying our share, but this tax will close "
    "small businesses,” said Élodie Marchand, who runs a café near the Panthéon. The council’s "
    "finance committee said the measure would raise about 40 million euros a year."
)
GERMAN_STORY = (
    "BERLIN — Die Bundesregierung hat am Montag einen neuen Plan zum Schutz der Unterseekabel in "
    "der Ostsee vorgestellt. Außenministerin Anna Keller sagte nach einem Treffen mit ihrem "
    "polnischen Amtskollegen, Deutschland werde gemeinsam mit seinen Partnern in der NATO "
    "zusätzliche Schiffe und Flugzeuge in die Region schicken. Die Regierung in Warschau begrüßte "
    "den Vorschlag und kündigte an, zwei Schiffe beizusteuern. Kritiker in Berlin bemängelten "
    "jedoch, dass die Finanzierung des Vorhabens noch völlig ungeklärt sei und der Bundestag "
    "bisher nicht beteiligt wurde. Eine Entscheidung soll bis zum Ende des Monats fallen."
)
CHINESE_STORY = "外交部发言人周三表示，两国领导人将于下月在北京举行会谈。双方同意加强贸易合作。\n"
GOOD_STORY = (
    "Germany Proposes Baltic Patrol\n\nBy Jane Doe\n\nMarch 3, 2025\n\n"
    "BERLIN — German Foreign Minister Anna Keller on Monday proposed a joint naval patrol to protect "
    "undersea cables in the Baltic Sea. “Every cable on that seabed carries the daily life of millions "
    "of people,” Keller said after meeting her Polish counterpart."
)


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory, newsgraph_exe: Path):
    folder = tmp_path_factory.mktemp("batch")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 64)
    (folder / "latin1.txt").write_bytes(LATIN1_STORY.encode("cp1252"))
    (folder / "german.txt").write_text(GERMAN_STORY, encoding="utf-8")
    (folder / "chinese.txt").write_text(CHINESE_STORY, encoding="utf-8")
    with (folder / "huge.txt").open("wb") as f:  # 100 MB, sparse: nothing is written past line one
        f.write(b"A line of text.\n")
        f.truncate(100 * 1024 * 1024)
    (folder / "good.txt").write_text(GOOD_STORY, encoding="utf-8")
    out = tmp_path_factory.mktemp("out") / "records.jsonl"
    proc = subprocess.run(
        [str(newsgraph_exe), "extract", str(folder), "--format", "jsonl", "--out", str(out)],
        capture_output=True, text=True, timeout=180, check=False,
    )
    return folder, proc, out


def _lines_naming(stderr: str, name: str) -> list[str]:
    return [line for line in stderr.splitlines() if name in line]


def test_bad_input_exit_status_is_1(batch) -> None:
    _folder, proc, _out = batch
    assert proc.returncode == 1, proc.stderr


@pytest.mark.parametrize(("name", "code"), [("empty.txt", "E102"), ("binary.txt", "E103"), ("huge.txt", "E104")])
def test_bad_input_one_error_line_per_bad_file(batch, name: str, code: str) -> None:
    folder, proc, _out = batch
    (line,) = _lines_naming(proc.stderr, name)
    assert line.startswith("error: ") and str(folder / name) in line and f"[{code}]" in line


def test_bad_input_huge_file_names_its_size(batch) -> None:
    _folder, proc, _out = batch
    (line,) = _lines_naming(proc.stderr, "huge.txt")
    assert "100" in line and "20" in line


def test_bad_input_german_skipped_with_language(batch) -> None:
    folder, proc, _out = batch
    (line,) = _lines_naming(proc.stderr, "german.txt")
    assert line.startswith("skipped: ") and str(folder / "german.txt") in line
    assert "[E201]" in line and "'de'" in line


def test_bad_input_chinese_skipped_not_read_as_english(batch) -> None:
    folder, proc, out = batch
    (line,) = _lines_naming(proc.stderr, "chinese.txt")
    assert line.startswith("skipped: ") and "[E201]" in line and "'zh'" in line
    assert "chinese.txt" not in out.read_text(encoding="utf-8")


def test_bad_input_good_files_have_no_lines(batch) -> None:
    _folder, proc, _out = batch
    assert _lines_naming(proc.stderr, "good.txt") == []
    assert _lines_naming(proc.stderr, "latin1.txt") == []
    assert len([ln for ln in proc.stderr.splitlines() if ln.startswith(("error:", "skipped:"))]) == 5


def test_bad_input_good_records_written(batch, record_schema) -> None:
    folder, _proc, out = batch
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(Path(r["article"]["source"]).name for r in records) == ["good.txt", "latin1.txt"]
    for record in records:
        jsonschema.validate(record, record_schema)
        check_evidence(record)
    by_name = {Path(r["article"]["source"]).name: r for r in records}
    good = by_name["good.txt"]["article"]
    assert (good["title"], good["authors"], good["published"]) == ("Germany Proposes Baltic Patrol", ["Jane Doe"], "2025-03-03")


def test_bad_input_latin1_decoded(batch) -> None:
    _folder, _proc, out = batch
    records = {Path(r["article"]["source"]).name: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    latin = records["latin1.txt"]
    article = latin["article"]
    assert article["title"] == "Café Owners Protest New Tax"
    assert article["authors"] == ["Marie Lefèvre"]
    assert (article["dateline"]["place"], article["dateline"]["country"]) == ("Paris", "FRA")
    assert "city’s council" in article["text"] and "Élodie Marchand" in article["text"]
    assert "\ufffd" not in article["text"] and "Ã" not in article["text"]
    quotes = [q["text"] for q in latin["quotes"]]
    assert any(q.startswith("We are not against paying our share") for q in quotes)


def test_bad_input_out_file_inside_input_folder_is_not_read(tmp_path: Path, newsgraph_exe: Path) -> None:
    (tmp_path / "good.txt").write_text(GOOD_STORY, encoding="utf-8")
    out = tmp_path / "records.jsonl"
    proc = subprocess.run([str(newsgraph_exe), "extract", str(tmp_path), "-f", "jsonl", "-o", str(out)],
                          capture_output=True, text=True, timeout=180, check=False)
    assert proc.returncode == 0, proc.stderr
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1
    rerun = subprocess.run([str(newsgraph_exe), "extract", str(tmp_path), "-f", "jsonl", "-o", str(out)],
                           capture_output=True, text=True, timeout=180, check=False)
    assert rerun.returncode == 0, rerun.stderr  # the previous output is not read back either
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1
