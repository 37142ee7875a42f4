"""The JSON API and the server-rendered pages through FastAPI's TestClient, on an archive
built from the examples: every route answers, ids are checked, lists are capped, and nothing
a request sends (SQL fragments, paths) changes the archive or reaches the file system."""

from __future__ import annotations

import html
import re
import warnings
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import duckdb
import pytest

from conftest_web import REFERENCE_SOURCE, table_counts, web_db

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from newsgraph.web.app import create_app
from newsgraph.web.highlight import Span, render


@pytest.fixture(scope="module")
def db() -> Path:
    return web_db()


@pytest.fixture(scope="module")
def client(db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(db)) as c:
        yield c


def lookup(db: Path, sql: str, params: list[Any]) -> Any:
    con = duckdb.connect(str(db), read_only=True)
    try:
        row = con.execute(sql, params).fetchone()
        assert row is not None, (sql, params)
        return row[0]
    finally:
        con.close()


def article_id(db: Path, source_part: str) -> str:
    return lookup(db, "SELECT article_id FROM articles WHERE strpos(source, ?) > 0", [source_part])


def actor_id(db: Path, name: str) -> str:
    return lookup(db, "SELECT actor_id FROM actors WHERE name = ? ORDER BY actor_id LIMIT 1", [name])


def call_event(db: Path, source_part: str) -> str:
    """The Feld–Orlov phone call (CONSULT) as one example article codes it."""
    return lookup(db, """
        SELECT e.event_id FROM events e JOIN articles a USING (article_id)
        JOIN actors s ON s.actor_id = e.source_actor_id JOIN actors t ON t.actor_id = e.target_actor_id
        WHERE strpos(a.source, ?) > 0 AND e.plover = 'CONSULT'
          AND list_sort([s.name, t.name]) = ['Markus Feld', 'Viktor Orlov'] ORDER BY e.event_id LIMIT 1""",
                  [source_part])


# --- JSON API ---------------------------------------------------------------------------------

def test_search_finds_titles_texts_and_quotations(client: TestClient) -> None:
    body = client.get("/api/search", params={"q": "Baltic patrol"}).json()
    titles = [a["title"] for a in body["articles"]["items"]]
    assert any("Baltic" in t for t in titles)
    assert body["articles"]["total"] >= 2
    assert all("baltic" in q["text"].lower() and "patrol" in q["text"].lower() for q in body["quotes"]["items"])
    snippet = body["articles"]["items"][0]["snippet"]
    assert snippet["hit"].lower() in ("baltic", "patrol")


def test_search_filters(client: TestClient, db: Path) -> None:
    keller = actor_id(db, "Anna Keller")
    by_actor = client.get("/api/search", params={"actor": keller}).json()
    assert by_actor["articles"]["total"] >= 1
    assert all(q["speaker_actor_id"] == keller for q in by_actor["quotes"]["items"])
    consult = client.get("/api/search", params={"plover": "CONSULT", "country": "RUS"}).json()
    assert consult["articles"]["total"] >= 2
    dated = client.get("/api/search", params={"date_from": "2025-03-12", "date_to": "2025-03-31"}).json()
    assert {a["published"][:10] for a in dated["articles"]["items"]} <= {
        "2025-03-13", "2025-03-14", "2025-03-17", "2025-03-24"}
    assert dated["articles"]["total"] == 4
    none = client.get("/api/search", params={"q": "zzzznotaword"}).json()
    assert none["articles"]["total"] == 0 and none["quotes"]["total"] == 0


def test_paging_and_limits(client: TestClient) -> None:
    first = client.get("/api/articles", params={"limit": 2}).json()
    second = client.get("/api/articles", params={"limit": 2, "offset": 2}).json()
    assert len(first["items"]) == 2 and first["total"] >= 6
    assert not {a["article_id"] for a in first["items"]} & {a["article_id"] for a in second["items"]}
    for url in ("/api/articles", "/api/actors", "/api/search", "/api/accounts"):
        assert client.get(url, params={"limit": 201}).status_code == 422
        assert client.get(url, params={"limit": 0}).status_code == 422
        assert client.get(url, params={"offset": -1}).status_code == 422
    assert client.get("/api/network", params={"limit": 500}).status_code == 422
    assert len(client.get("/api/actors", params={"limit": 200}).json()["items"]) <= 200


def test_article_json(client: TestClient, db: Path) -> None:
    aid = article_id(db, "05_feld_orlov")
    body = client.get(f"/api/articles/{aid}").json()
    text = body["article"]["text"]
    assert body["article"]["title"].startswith("Feld Presses")
    for q in body["quotes"]:
        assert text[q["start_char"]:q["end_char"]] == q["text"]
    names = {a["name"] for a in body["actors"]}
    assert {"Markus Feld", "Viktor Orlov", "Kremlin"} <= names
    call = next(e for e in body["events"] if e["plover"] == "CONSULT" and e["source_name"] == "Markus Feld")
    assert call["target_name"] == "Viktor Orlov" and call["event_date"] == "2025-03-13"
    assert call["trigger"] in call["sentence"]


def test_actor_json(client: TestClient, db: Path) -> None:
    keller = actor_id(db, "Anna Keller")
    body = client.get(f"/api/actors/{keller}").json()
    assert body["actor"]["name"] == "Anna Keller"
    assert "German Foreign Minister" in body["titles"] or "Foreign Minister" in body["titles"]
    assert body["quotes"]["total"] >= 3
    assert any("cable" in q["text"] for q in body["quotes"]["items"])
    assert body["events_as_source"]["total"] >= 1
    assert all(e["source_actor_id"] == keller for e in body["events_as_source"]["items"])
    assert body["timeline"] and all({"date", "plover", "role", "n"} <= set(p) for p in body["timeline"])


def test_network_json(client: TestClient, db: Path) -> None:
    body = client.get("/api/network").json()
    ids = {n["id"] for n in body["nodes"]}
    assert len(ids) >= 10
    assert all(e["src"] in ids and e["dst"] in ids and e["weight"] >= 1 for e in body["edges"])
    assert {"event", "quote"} <= {e["kind"] for e in body["edges"]}
    assert all(0 <= n["x"] <= body["width"] and 0 <= n["y"] <= body["height"] for n in body["nodes"])
    feld = actor_id(db, "Markus Feld")
    ego = client.get("/api/network", params={"actor": feld, "kind": "events"}).json()
    assert feld in {n["id"] for n in ego["nodes"]}
    assert all(feld in (e["src"], e["dst"]) and e["kind"] == "event" for e in ego["edges"])
    consult = client.get("/api/network", params={"plover": "CONSULT"}).json()
    assert consult["edges"] and all("CONSULT" in e["types"] for e in consult["edges"])
    assert client.get("/api/network", params={"kind": "everything"}).status_code == 422


def test_accounts_side_by_side_and_across_articles(client: TestClient, db: Path) -> None:
    event = call_event(db, "05_feld_orlov")
    body = client.get(f"/api/accounts/{event}").json()
    source, target = body["sides"]["source"], body["sides"]["target"]
    assert source["actor"]["name"] == "Markus Feld" and target["actor"]["name"] == "Viktor Orlov"
    target_speakers = {q["speaker_name"] for q in target["statements"]}
    assert "Kremlin" in target_speakers  # the Kremlin's readout on the Russian side
    assert all(q["speaker_name"] != "Kremlin" for q in source["statements"])
    assert any(m["name"] == "Kremlin" for m in target["members"])
    reports = {r["title"] for r in body["reports"]}
    assert any(t.startswith("Feld Presses") for t in reports) and any(t.startswith("Kremlin Says") for t in reports)
    for report in body["reports"]:
        assert all(e["plover"] == "CONSULT" and e["sentence"] for e in report["events"])
    listing = client.get("/api/accounts").json()
    top = listing["items"][0]
    assert top["articles"] >= 2 and {top["actor1"], top["actor2"]} == {"Markus Feld", "Viktor Orlov"}


def test_reference_article_accounts(client: TestClient, db: Path) -> None:
    """White House and Kremlin readouts of the Obama–Putin call (reference article, if present)."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        found = con.execute("SELECT article_id FROM articles WHERE strpos(source, ?) > 0", [REFERENCE_SOURCE]).fetchone()
    finally:
        con.close()
    if found is None:
        pytest.skip("the shared reference article is not available")
    events = client.get(f"/api/articles/{found[0]}").json()["events"]
    call = next(e for e in events if e["trigger"] == "called" and e["plover"] == "CONSULT")
    body = client.get(f"/api/accounts/{call['event_id']}").json()
    sides = {k: {q["speaker_name"] for q in v["statements"]} for k, v in body["sides"].items()}
    assert {"White House", "Kremlin"} <= sides["source"] | sides["target"]
    assert not ({"White House"} & sides["source"] and {"White House"} & sides["target"])


def test_openapi_and_offline_docs(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    for path in ("/api/search", "/api/articles/{article_id}", "/api/actors/{actor_id}", "/api/network",
                 "/api/accounts", "/api/accounts/{event_id}"):
        assert path in spec["paths"], path
    docs = client.get("/docs")
    assert docs.status_code == 200
    assert "/static/docs.js" in docs.text
    assert not re.search(r"""(src|href)=["']https?://""", docs.text)  # nothing from the network


# --- pages ------------------------------------------------------------------------------------

class _Nesting(HTMLParser):
    """Checks that every element closes in order and collects the text."""

    VOID = {"br", "img", "input", "meta", "link", "hr", "circle", "line", "path", "rect"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in self.VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
        else:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def article_body(page: str) -> str:
    match = re.search(r'<div class="article-body" id="article-body">(.*?)</div>\s*<aside', page, re.S)
    assert match, "no article body"
    return match.group(1)


@pytest.mark.parametrize("source", ["01_baltic", "04_geneva", "05_feld_orlov", REFERENCE_SOURCE])
def test_article_page_markup_is_well_nested_and_keeps_the_text(client: TestClient, db: Path, source: str) -> None:
    con = duckdb.connect(str(db), read_only=True)
    try:
        row = con.execute("SELECT article_id, text FROM articles WHERE strpos(source, ?) > 0", [source]).fetchone()
    finally:
        con.close()
    if row is None:
        pytest.skip(f"{source} not in the archive")
    page = client.get(f"/articles/{row[0]}")
    assert page.status_code == 200
    body = article_body(page.text)
    parser = _Nesting()
    parser.feed(body)
    parser.close()
    assert not parser.errors and not parser.stack
    assert "".join(parser.text) == row[1]
    assert 'class="q q-direct"' in body and '<mark class="trigger' in body and 'class="speaker"' in body
    assert re.search(r'<mark class="trigger[^"]*" data-event="e\d+" title="[^"]+ → [A-Z]+ → ', body)


@pytest.mark.parametrize("url", ["/", "/search?q=Kremlin", "/actors", "/actors?kind=person", "/network",
                                 "/network?kind=quotes", "/accounts", "/docs"])
def test_pages_render(client: TestClient, url: str) -> None:
    page = client.get(url)
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    assert "default-src 'self'" in page.headers["content-security-policy"]
    assert not re.search(r"""(src|href)=["']https?://""", page.text)


def test_actor_and_account_pages(client: TestClient, db: Path) -> None:
    page = client.get(f"/actors/{actor_id(db, 'Viktor Orlov')}")
    assert page.status_code == 200 and "Viktor Orlov" in page.text and '<svg class="timeline"' in page.text
    account = client.get(f"/accounts/{call_event(db, '06_feld_orlov')}")
    assert account.status_code == 200
    assert 'id="source-side"' in account.text and 'id="target-side"' in account.text
    assert "Kremlin Says Orlov" in account.text and "Feld Presses" in account.text


# --- security ---------------------------------------------------------------------------------

ATTACKS = ["' OR 1=1 --", "1; DROP TABLE articles; --", "../../etc/passwd", "..%2F..%2Fetc%2Fpasswd",
           "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "0aafe30a04476342' OR '1'='1", "ABCDEF0123456789", "x" * 300]


@pytest.mark.parametrize("attack", ATTACKS)
def test_malformed_ids_are_4xx_and_change_nothing(client: TestClient, db: Path, attack: str) -> None:
    before = table_counts(db)
    for prefix in ("/api/articles/", "/articles/", "/api/actors/", "/actors/", "/api/accounts/", "/accounts/"):
        response = client.get(prefix + attack)
        assert 400 <= response.status_code < 500, (prefix, attack, response.status_code)
        assert "root:" not in response.text
    for name, value in (("actor", attack), ("country", attack), ("plover", attack), ("date_from", attack)):
        assert client.get("/api/search", params={name: value}).status_code == 422
        assert client.get("/search", params={name: value}).status_code == 422
    assert client.get("/api/network", params={"actor": attack}).status_code == 422
    assert client.get("/api/accounts/0aafe30a04476342:e1", params={"match": attack}).status_code == 422
    # free text is only ever a parameter: it finds nothing rather than everything
    found = client.get("/api/search", params={"q": attack})
    if len(attack) > 200:
        assert found.status_code == 422
    else:
        assert found.json()["articles"]["total"] == 0
    assert table_counts(db) == before


def test_unknown_but_well_formed_ids_are_404(client: TestClient) -> None:
    for url in ("/api/articles/0123456789abcdef", "/api/actors/0123456789abcdef",
                "/api/accounts/0123456789abcdef:e1", "/articles/0123456789abcdef"):
        assert client.get(url).status_code == 404
    assert client.get("/api/articles/0123456789abcdef").json() == {"detail": "no such article"}


def test_static_files_stay_in_their_folder(client: TestClient) -> None:
    assert client.get("/static/style.css").status_code == 200
    for path in ("/static/../app.py", "/static/..%2Fapp.py", "/static/%2e%2e/app.py", "/static/../../../etc/passwd",
                 "/static/..%2F..%2F..%2Fetc%2Fpasswd"):
        response = client.get(path)
        assert response.status_code == 404, path
        assert "create_app" not in response.text and "root:" not in response.text


def test_only_get(client: TestClient, db: Path) -> None:
    before = table_counts(db)
    aid = article_id(db, "01_baltic")
    for method in ("post", "put", "delete", "patch"):
        assert getattr(client, method)(f"/api/articles/{aid}").status_code == 405
    assert table_counts(db) == before


# --- highlighting (no database) ---------------------------------------------------------------

def quote(n: int, speaker: str | None = "0123456789abcdef") -> dict[str, Any]:
    return {"quote_id": f"0123456789abcdef:q{n}", "kind": "direct", "speaker_actor_id": speaker,
            "speaker_name": "A <b>", "actor_id": speaker}


def test_overlapping_spans_nest_and_escape() -> None:
    text = 'He said "<script>alert(1)</script> & more" today'
    spans = [Span(8, 42, "quote", quote(1)), Span(9, 30, "quote", quote(2)),
             Span(3, 7, "cue", quote(1)), Span(0, 2, "speaker", quote(1)), Span(0, 7, "mention", quote(3)),
             Span(20, 45, "trigger", {"event_id": "0123456789abcdef:e1", "source_name": '"Eve"',
                                       "plover": "ASSAULT", "target_name": "<x>", "cameo": "190"})]
    out = str(render(text, spans))
    assert "<script>" not in out and "&lt;script&gt;" in out
    assert 'title="&#34;Eve&#34; → ASSAULT → &lt;x&gt;' in out
    parser = _Nesting()
    parser.feed(out)
    parser.close()
    assert not parser.errors and not parser.stack
    assert html.unescape("".join(parser.text)) == text
    assert out.count("<a ") == out.count("</a>")  # no link inside another: one link per piece
    assert "<a" not in re.sub(r"<a [^>]*>[^<]*</a>", "", out)
