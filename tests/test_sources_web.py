"""URLs of pages and feeds read into articles: a feed's items are fetched from their links,
URLs already stored are not fetched again, and a feed is asked only for what changed."""

from __future__ import annotations

import pytest
from news_site import atom, json_feed, page, rss

from newsgraph.errors import DocumentError
from newsgraph.schema import Article
from newsgraph.sources import read_paths
from newsgraph.sources.fetch import Fetcher, FetchSettings
from newsgraph.sources.web import WebReader

FAST = FetchSettings(delay=0.0, timeout=2.0, retries=1, backoff=0.01)


def serve_site(site, feed_keys=("grain", "cables"), feed=rss, etag: str | None = None) -> str:
    """Robots (none), the three story pages, and a feed of ``feed_keys`` at /feed."""
    base = site.url_for("").rstrip("/")
    site.expect_request("/robots.txt").respond_with_data("", status=404)
    for key in ("grain", "cables", "talks"):
        site.expect_request(f"/news/{key}").respond_with_data(page(key), content_type="text/html")
    headers = {"ETag": etag} if etag else {}
    if etag:
        site.expect_request("/feed", headers={"If-None-Match": etag}).respond_with_data("", status=304)
    kind = {rss: "application/rss+xml", atom: "application/atom+xml", json_feed: "application/feed+json"}[feed]
    site.expect_request("/feed").respond_with_data(feed(base, feed_keys), content_type=kind, headers=headers)
    return base


def read(reader: WebReader, *urls: str) -> list[Article | DocumentError]:
    return list(read_paths(list(urls), web=reader))


def fetched(site, path: str) -> int:
    return sum(request.path == path for request, _ in site.log)


def test_read_paths_fetches_a_page_url(site) -> None:
    base = serve_site(site)
    (article,) = read_paths([f"{base}/news/talks"], fetch=FAST)
    assert isinstance(article, Article)
    assert article.title == "Talks on water rights resume in Cairo" and "Nile" in article.text
    assert article.url == article.final_url == f"{base}/news/talks" and article.fetched_at


@pytest.mark.parametrize("feed", [rss, atom, json_feed])
def test_feed_items_are_fetched_and_read_as_articles(site, feed) -> None:
    base = serve_site(site, feed=feed)
    with Fetcher(FAST) as fetcher:
        articles = read(WebReader(fetcher), f"{base}/feed")
    assert [a.url for a in articles] == [f"{base}/news/grain", f"{base}/news/cables"]
    assert all(isinstance(a, Article) and a.outlet and a.fetched_at for a in articles)
    assert "Hakan Fidan" in articles[0].text  # the page's text, not the feed's summary
    assert fetched(site, "/news/grain") == fetched(site, "/news/cables") == 1


def test_known_urls_are_not_fetched_again(site) -> None:
    base = serve_site(site)
    with Fetcher(FAST) as fetcher:
        reader = WebReader(fetcher, known={f"{base}/news/grain", f"{base}/news/talks"})
        articles = read(reader, f"{base}/feed", f"{base}/news/talks")
    assert [a.url for a in articles] == [f"{base}/news/cables"]
    assert fetched(site, "/news/grain") == fetched(site, "/news/talks") == 0
    assert reader.already_stored == 2


def test_a_feed_that_changes_between_polls(site) -> None:
    base = serve_site(site, feed_keys=("grain",), etag='"v1"')
    with Fetcher(FAST) as fetcher:
        reader = WebReader(fetcher)
        first = read(reader, f"{base}/feed")
        reader.known.update(a.url for a in first)
        unchanged = read(reader, f"{base}/feed")  # 304: nothing to read
        site.clear()
        serve_site(site, feed_keys=("grain", "talks"), etag='"v2"')
        changed = read(reader, f"{base}/feed")
    assert [a.url for a in first] == [f"{base}/news/grain"]
    assert unchanged == []
    assert [a.url for a in changed] == [f"{base}/news/talks"]  # only the new item is fetched
    assert fetched(site, "/news/grain") == 0
    assert reader.read_in_full[f"{base}/feed"].etag == '"v2"'


def test_a_failed_item_keeps_the_feed_unread(site) -> None:
    base = site.url_for("").rstrip("/")
    site.expect_request("/robots.txt").respond_with_data("", status=404)
    site.expect_request("/news/grain").respond_with_data("gone", status=404)
    site.expect_request("/news/cables").respond_with_data(page("cables"), content_type="text/html")
    site.expect_request("/feed").respond_with_data(rss(base, ("grain", "cables")), content_type="application/rss+xml",
                                                   headers={"ETag": '"v1"'})
    with Fetcher(FAST) as fetcher:
        reader = WebReader(fetcher)
        results = read(reader, f"{base}/feed")
    error, article = results
    assert isinstance(error, DocumentError) and error.status == 404 and error.source == f"{base}/news/grain"
    assert isinstance(article, Article)
    assert reader.read_in_full == {}  # the next poll asks for the whole feed again


def test_a_feed_that_lies_is_one_error(site) -> None:
    site.expect_request("/robots.txt").respond_with_data("", status=404)
    site.expect_request("/feed").respond_with_data("<rss><channel><title>Nothing</title></channel></rss>",
                                                   content_type="application/rss+xml")
    base = site.url_for("").rstrip("/")
    (error,) = read_paths([f"{base}/feed", ], fetch=FAST)
    assert isinstance(error, DocumentError) and error.code == "E109"


def test_files_and_urls_mix_in_order(site, tmp_path) -> None:
    base = serve_site(site)
    story = tmp_path / "local.txt"
    story.write_text("Local council votes on budget\n\nThe city council approved the budget on Monday.", encoding="utf-8")
    results = list(read_paths([f"{base}/news/grain", str(story), f"{base}/news/gone"], fetch=FAST))
    assert [type(r).__name__ for r in results] == ["Article", "Article", "DocumentError"]
    assert results[1].source == str(story) and results[2].status is not None
