"""The archive (``store/``): rows from records, idempotent transactional writes, local ingest
(``run/local.py``), the CLI commands over it, and ``newsgraph.open``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import duckdb
import pytest
from typer.testing import CliRunner

import newsgraph
from newsgraph.cli import app
from newsgraph.store import database
from newsgraph.run.local import ingest
from newsgraph.store.tables import TABLES, actor_id, merge, normalise_name, record_rows

ROOT = Path(__file__).resolve().parents[1]


def _record(text: str = "Anna Keller said the talks were useful.") -> dict[str, Any]:
    return {
        "article": {"id": "0123456789abcdef", "source": "a.txt", "title": "T", "authors": ["X"], "published": "2025-03-04",
                    "url": None, "outlet": None, "language": "en", "dateline": None, "text": text, "links": []},
        "actors": [{"id": "a1", "name": "Anna Keller", "kind": "person", "titles": ["minister"], "affiliation": None,
                    "country": "DEU", "sector": "GOV", "org_type": None, "code": "DEUGOV",
                    "mentions": [{"start": 0, "end": 11, "text": "Anna Keller"}]}],
        "quotes": [{"id": "q1", "text": "the talks were useful", "start": 17, "end": 38, "kind": "indirect",
                    "speaker": "a1", "speaker_name": "Anna Keller", "cue": "said",
                    "cue_span": {"start": 12, "end": 16, "text": "said"},
                    "speaker_span": {"start": 0, "end": 11, "text": "Anna Keller"},
                    "spans": [{"start": 17, "end": 38, "text": "the talks were useful"}]}],
        "events": [],
    }


def test_normalised_names_make_one_actor() -> None:
    assert normalise_name("  ANGELA   Merkel ") == normalise_name("Angela Merkel") == "angela merkel"
    assert normalise_name("The Kremlin") == "kremlin"
    assert normalise_name("Zoë Müller") == "zoe muller"
    assert actor_id("Angela Merkel", "person", "DEU") == actor_id("angela  merkel", "person", "DEU")
    assert actor_id("Angela Merkel", "person", "DEU") == actor_id("Angela Merkel", "person", None)
    assert actor_id("Foreign Ministry", "government", "RUS") != actor_id("Foreign Ministry", "government", "UKR")


def test_record_rows_link_local_and_global_ids() -> None:
    rows = record_rows(_record())
    [quote] = rows["quotes"]
    [actor] = rows["actors"]
    assert quote["quote_id"] == "0123456789abcdef:q1"
    assert quote["speaker_actor_id"] == actor["actor_id"] == actor_id("Anna Keller", "person", "DEU")
    assert (quote["cue_start"], quote["cue_end"], json.loads(quote["spans"])) == (12, 16, [[17, 38]])
    assert rows["article_actors"][0]["titles"] == ["minister"]
    assert rows["articles"][0]["words"] == 7
    for name, table in TABLES.items():
        for row in rows[name]:
            assert list(row) == table.column_names, name


def test_merge_keeps_each_key_once_and_the_smallest_name() -> None:
    a, b = record_rows(_record()), record_rows(_record())
    b["actors"][0]["name"] = "ANNA KELLER"
    merged = merge([a, b])
    assert len(merged["articles"]) == 1 and len(merged["quotes"]) == 1
    assert merged["actors"][0]["name"] == "Anna Keller"  # running text's spelling over a headline's
    assert merge([b, a])["actors"] == merged["actors"]
    a["actors"][0]["country"] = None  # one article knows her country, the other does not
    assert merge([a, b])["actors"][0]["country"] == merge([b, a])["actors"][0]["country"] == "DEU"


def test_database_combines_actors_as_merge_does(tmp_path: Path) -> None:
    con = database.connect(tmp_path / "a.duckdb")
    first, second = record_rows(_record()), record_rows(_record("Anna Keller said the talks were useful again."))
    first["actors"][0]["country"] = None
    second["actors"][0]["name"] = "ANNA KELLER"
    database.write(con, merge([first]))
    database.write(con, merge([second]))
    assert con.execute("SELECT name, country FROM actors").fetchall() == [("Anna Keller", "DEU")]


def test_write_twice_changes_nothing(tmp_path: Path) -> None:
    con = database.connect(tmp_path / "a.duckdb")
    rows = merge([record_rows(_record())])
    database.write(con, rows)
    first = database.counts(con)
    database.write(con, rows)
    assert database.counts(con) == first
    assert first["articles"] == 1 and first["mentions"] == 1


def test_failed_write_rolls_back(tmp_path: Path) -> None:
    con = database.connect(tmp_path / "a.duckdb")
    rows = merge([record_rows(_record())])
    rows["quotes"][0]["start_char"] = "not a number"
    with pytest.raises(Exception):
        database.write(con, rows)
    assert sum(database.counts(con).values()) == 0


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The examples plus bad documents, ingested once with one worker."""
    inputs = tmp_path_factory.mktemp("inputs")
    (inputs / "empty.txt").write_text("", encoding="utf-8")
    (inputs / "binary.txt").write_bytes(b"\x00\x01\x02" * 50)
    (inputs / "german.txt").write_text("Die Bundesregierung hat am Dienstag in Berlin beschlossen, die Hilfe für "
                                       "die Ukraine deutlich zu erhöhen, wie ein Sprecher mitteilte.", encoding="utf-8")
    (inputs / "copy.txt").write_text((ROOT / "examples" / "01_baltic_cable_patrol.txt").read_text(encoding="utf-8"),
                                     encoding="utf-8")
    db = tmp_path_factory.mktemp("db") / "archive.duckdb"
    summary = ingest([str(ROOT / "examples"), str(inputs)], db, workers=1, batch=2)
    assert (summary.articles, summary.already_stored, summary.errors, summary.skipped) == (6, 1, 2, 1)
    return db


def test_ingest_stores_every_table(archive: Path) -> None:
    con = duckdb.connect(str(archive), read_only=True)
    counts = database.counts(con)
    assert counts["articles"] == 6 and counts["errors"] == 3
    assert all(counts[t] > 10 for t in ("actors", "article_actors", "mentions", "quotes", "events"))
    codes = dict(con.execute("SELECT code, count(*) FROM errors GROUP BY code").fetchall())
    assert codes == {"E102": 1, "E103": 1, "E201": 1}
    # every stored span is its own evidence
    bad = con.execute("SELECT count(*) FROM quotes q JOIN articles a USING (article_id) "
                      "WHERE substr(a.text, q.start_char + 1, q.end_char - q.start_char) <> q.text").fetchone()
    assert bad == (0,)
    bad = con.execute("SELECT count(*) FROM mentions m JOIN articles a USING (article_id) "
                      "WHERE substr(a.text, m.start_char + 1, m.end_char - m.start_char) <> m.text").fetchone()
    assert bad == (0,)


def test_rerun_adds_nothing(archive: Path) -> None:
    con = duckdb.connect(str(archive), read_only=True)
    before = database.counts(con)
    con.close()
    summary = ingest([str(ROOT / "examples")], archive, workers=1)
    assert (summary.articles, summary.already_stored) == (0, 6)
    assert summary.totals == before


def test_one_actor_across_articles(archive: Path) -> None:
    con = duckdb.connect(str(archive), read_only=True)
    rows = con.execute("SELECT a.name, count(DISTINCT aa.article_id) n FROM actors a JOIN article_actors aa USING (actor_id) "
                       "GROUP BY a.name HAVING n > 1 ORDER BY n DESC, a.name").fetchall()
    names = [name for name, _ in rows]
    assert "Government of Russia" in names


def test_gdelt_view(archive: Path) -> None:
    con = duckdb.connect(str(archive), read_only=True)
    rows = con.execute("SELECT actor1_name, actor1_code, cameo_code, cameo_root, quad_class, plover_type, source "
                       "FROM events_gdelt WHERE actor1_code = 'RUSGOV'").fetchall()
    assert rows and all(r[2].startswith(r[3]) and r[5] for r in rows)


def test_open_gives_dataframes(archive: Path) -> None:
    with newsgraph.open(str(archive)) as arch:
        assert len(arch.articles) == 6
        assert set(arch.quotes.columns) == set(TABLES["quotes"].column_names)
        by = arch.quotes_by("Keller")
        assert len(by) >= 3 and set(by["speaker"]) == {"Anna Keller"}
        assert arch.stats()["rows"]["articles"] == 6
        with pytest.raises(KeyError):
            arch.table("secrets")
    with pytest.raises(FileNotFoundError):
        newsgraph.open(str(archive.with_name("missing.duckdb")))


runner = CliRunner()


def test_cli_query_formats_and_read_only(archive: Path) -> None:
    result = runner.invoke(app, ["query", "SELECT count(*) AS n FROM articles", "--db", str(archive), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == [{"n": 6}]
    result = runner.invoke(app, ["query", "SELECT title FROM articles ORDER BY title", "--db", str(archive), "-f", "csv"])
    assert result.stdout.splitlines()[0] == "title" and len(result.stdout.splitlines()) == 7
    result = runner.invoke(app, ["query", "DELETE FROM articles", "--db", str(archive)])
    assert result.exit_code == 2 and "read-only" in result.output.lower()
    result = runner.invoke(app, ["query", "SELEC nonsense", "--db", str(archive)])
    assert result.exit_code == 2 and "error" in result.output


def test_cli_stats_and_export(archive: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["stats", "--db", str(archive)])
    assert result.exit_code == 0 and "articles 6" in result.stdout and "most quoted:" in result.stdout
    for fmt in ("parquet", "csv", "jsonl"):
        out = tmp_path / fmt
        result = runner.invoke(app, ["export", "--format", fmt, "--out", str(out), "--db", str(archive)])
        assert result.exit_code == 0, result.output
        files = sorted(p.name for p in out.iterdir())
        assert f"quotes.{fmt}" in files and f"events_gdelt.{fmt}" in files and len(files) == len(TABLES) + 1
    n = duckdb.connect().execute(f"SELECT count(*) FROM read_parquet('{tmp_path / 'parquet' / 'articles.parquet'}')").fetchone()
    assert n == (6,)
    lines = (tmp_path / "jsonl" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 6 and json.loads(lines[0])["article_id"]


def test_cli_missing_archive_is_one_line(tmp_path: Path) -> None:
    result = runner.invoke(app, ["stats", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2 and "no archive" in result.output
