"""The polite fetcher against a local web server: what it fetches, what it refuses, how it
retries, waits and stops. No test reaches outside 127.0.0.1."""

from __future__ import annotations

import threading
import time

import pytest
from news_site import page
from werkzeug import Request, Response

from newsgraph.errors import DocumentError
from newsgraph.sources.fetch import Fetcher, FetchSettings, Validators

FAST = FetchSettings(delay=0.0, timeout=1.0, retries=2, backoff=0.01, max_mb=1.0)


def no_robots(site) -> None:
    site.expect_request("/robots.txt").respond_with_data("not found", status=404)


def fetch(site, path: str, settings: FetchSettings = FAST, **kwargs):
    with Fetcher(settings) as fetcher:
        return fetcher.fetch(site.url_for(path), **kwargs)


def failure(site, path: str, settings: FetchSettings = FAST) -> DocumentError:
    with pytest.raises(DocumentError) as caught:
        fetch(site, path, settings)
    return caught.value


def requests_for(site, path: str) -> list[Request]:
    return [request for request, _ in site.log if request.path == path]


def test_fetch_good_page_names_us_and_the_contact(site) -> None:
    no_robots(site)
    site.expect_request("/news/grain").respond_with_data(page("grain"), content_type="text/html; charset=utf-8")
    got = fetch(site, "/news/grain", FetchSettings(delay=0, contact="desk@example.org"))
    assert got.status == 200 and b"grain corridor" in got.content
    assert got.final_url == got.url == site.url_for("/news/grain")
    assert got.content_type == "text/html" and got.fetched_at.endswith("+00:00")
    agent = requests_for(site, "/news/grain")[0].headers["User-Agent"]
    assert agent.startswith("newsgraph/") and "desk@example.org" in agent


def test_fetch_404_is_an_error_with_its_status(site) -> None:
    no_robots(site)
    site.expect_request("/gone").respond_with_data("gone", status=404)
    error = failure(site, "/gone")
    assert error.code == "E111" and error.status == 404 and "404" in error.reason
    assert len(requests_for(site, "/gone")) == 1  # a 404 is not retried


def test_fetch_500_then_200_is_retried(site) -> None:
    no_robots(site)
    site.expect_oneshot_request("/flaky").respond_with_data("busy", status=500)
    site.expect_request("/flaky").respond_with_data(page("talks"), content_type="text/html")
    assert b"Nile" in fetch(site, "/flaky").content
    assert len(requests_for(site, "/flaky")) == 2


def test_fetch_429_honours_retry_after(site) -> None:
    no_robots(site)
    site.expect_oneshot_request("/busy").respond_with_data("slow down", status=429, headers={"Retry-After": "1"})
    site.expect_request("/busy").respond_with_data(page("talks"), content_type="text/html")
    started = time.monotonic()
    fetch(site, "/busy")
    assert len(requests_for(site, "/busy")) == 2
    assert time.monotonic() - started >= 0.9  # waited the second the server asked for


def test_fetch_gives_up_after_the_retries(site) -> None:
    no_robots(site)
    site.expect_request("/down").respond_with_data("down", status=503)
    error = failure(site, "/down")
    assert error.code == "E111" and error.status == 503
    assert len(requests_for(site, "/down")) == FAST.retries + 1


def test_fetch_slow_page_times_out(site) -> None:
    no_robots(site)

    def slow(request: Request) -> Response:
        time.sleep(1.5)
        return Response(page("grain"), content_type="text/html")

    site.expect_request("/slow").respond_with_handler(slow)
    error = failure(site, "/slow", FetchSettings(delay=0, timeout=0.3, retries=0))
    assert error.code == "E112" and "0.3 s" in error.reason and error.status is None


def test_fetch_follows_a_redirect_chain(site) -> None:
    no_robots(site)
    for hop in range(3):
        site.expect_request(f"/r{hop}").respond_with_data("", status=301, headers={"Location": f"/r{hop + 1}"})
    site.expect_request("/r3").respond_with_data(page("cables"), content_type="text/html")
    got = fetch(site, "/r0")
    assert got.url == site.url_for("/r0") and got.final_url == site.url_for("/r3")
    assert b"Baltic" in got.content


def test_fetch_stops_an_endless_redirect(site) -> None:
    no_robots(site)
    site.expect_request("/loop").respond_with_data("", status=302, headers={"Location": "/loop"})
    error = failure(site, "/loop")
    assert error.code == "E112" and "redirects" in error.reason
    assert len(requests_for(site, "/loop")) == FAST.max_redirects + 1


def test_fetch_obeys_robots_disallow(site) -> None:
    site.expect_request("/robots.txt").respond_with_data("User-agent: *\nDisallow: /private/\n")
    site.expect_request("/private/memo").respond_with_data(page("grain"), content_type="text/html")
    error = failure(site, "/private/memo")
    assert error.code == "E113" and "127.0.0.1" in error.reason
    assert requests_for(site, "/private/memo") == []


def test_fetch_obeys_robots_on_a_redirect_target(site) -> None:
    site.expect_request("/robots.txt").respond_with_data("User-agent: newsgraph\nDisallow: /private/\n")
    site.expect_request("/open").respond_with_data("", status=302, headers={"Location": "/private/memo"})
    assert failure(site, "/open").code == "E113"
    assert requests_for(site, "/private/memo") == []


def test_fetch_robots_server_error_disallows_everything(site) -> None:
    site.expect_request("/robots.txt").respond_with_data("oops", status=503)
    site.expect_request("/news/grain").respond_with_data(page("grain"), content_type="text/html")
    assert failure(site, "/news/grain").code == "E113"


def test_fetch_reads_robots_once_per_host(site) -> None:
    no_robots(site)
    site.expect_request("/news/grain").respond_with_data(page("grain"), content_type="text/html")
    with Fetcher(FAST) as fetcher:
        for _ in range(3):
            fetcher.fetch(site.url_for("/news/grain"))
    assert len(requests_for(site, "/robots.txt")) == 1


@pytest.mark.parametrize("declared", [True, False])
def test_fetch_refuses_a_huge_body(site, declared: bool) -> None:
    no_robots(site)
    huge = b"<p>" + b"a" * (2 * 1024 * 1024) + b"</p>"

    def chunked(request: Request) -> Response:  # no Content-Length: the limit is met while streaming
        return Response((huge[i:i + 65536] for i in range(0, len(huge), 65536)), content_type="text/html")

    if declared:
        site.expect_request("/huge").respond_with_data(huge, content_type="text/html")
    else:
        site.expect_request("/huge").respond_with_handler(chunked)
    error = failure(site, "/huge")
    assert error.code == "E114" and "1.0 MB" in error.reason


def test_fetch_refuses_a_binary_body(site) -> None:
    no_robots(site)
    site.expect_request("/photo").respond_with_data(bytes(range(256)) * 8, content_type="image/jpeg")
    error = failure(site, "/photo")
    assert error.code == "E115" and "image/jpeg" in error.reason


def test_fetch_conditional_get_gets_304(site) -> None:
    no_robots(site)
    site.expect_request("/feed", headers={"If-None-Match": '"v1"'}).respond_with_data("", status=304)
    site.expect_request("/feed").respond_with_data("<rss/>", content_type="application/rss+xml",
                                                   headers={"ETag": '"v1"', "Last-Modified": "Mon, 30 Nov 2026 08:00:00 GMT"})
    first = fetch(site, "/feed")
    assert not first.not_modified and first.validators == Validators('"v1"', "Mon, 30 Nov 2026 08:00:00 GMT")
    again = fetch(site, "/feed", validators=first.validators)
    assert again.not_modified and again.content == b""
    assert requests_for(site, "/feed")[1].headers["If-Modified-Since"] == "Mon, 30 Nov 2026 08:00:00 GMT"


def test_fetch_many_keeps_order_and_reports_each_failure(site) -> None:
    no_robots(site)
    site.expect_request("/a").respond_with_data(page("grain"), content_type="text/html")
    site.expect_request("/b").respond_with_data("no", status=404)
    site.expect_request("/c").respond_with_data(page("talks"), content_type="text/html")
    with Fetcher(FAST) as fetcher:
        results = list(fetcher.fetch_many(site.url_for(p) for p in ("/a", "/b", "/c")))
    assert [getattr(r, "status", None) for r in results] == [200, 404, 200]
    assert isinstance(results[1], DocumentError)


def test_fetch_waits_between_requests_to_one_host(site) -> None:
    no_robots(site)
    started: list[float] = []

    def stamp(request: Request) -> Response:
        started.append(time.monotonic())
        return Response(page("grain"), content_type="text/html")

    site.expect_request("/stamp").respond_with_handler(stamp)
    with Fetcher(FetchSettings(delay=0.3, per_host=4)) as fetcher:
        list(fetcher.fetch_many([site.url_for("/stamp")] * 4))
    gaps = [b - a for a, b in zip(started, started[1:])]
    assert len(gaps) == 3 and min(gaps) >= 0.25


def test_fetch_honours_robots_crawl_delay(site) -> None:
    site.expect_request("/robots.txt").respond_with_data("User-agent: *\nCrawl-delay: 0.4\n")
    started: list[float] = []

    def stamp(request: Request) -> Response:
        started.append(time.monotonic())
        return Response(page("grain"), content_type="text/html")

    site.expect_request("/stamp").respond_with_handler(stamp)
    with Fetcher(FetchSettings(delay=0.0)) as fetcher:
        list(fetcher.fetch_many([site.url_for("/stamp")] * 3))
    assert min(b - a for a, b in zip(started, started[1:])) >= 0.35


def test_fetch_caps_requests_in_flight_per_host(site) -> None:
    no_robots(site)
    lock, state = threading.Lock(), {"now": 0, "most": 0}

    def busy(request: Request) -> Response:
        with lock:
            state["now"] += 1
            state["most"] = max(state["most"], state["now"])
        time.sleep(0.2)
        with lock:
            state["now"] -= 1
        return Response(page("grain"), content_type="text/html")

    site.expect_request("/busy").respond_with_handler(busy)
    with Fetcher(FetchSettings(delay=0.0, per_host=2, concurrency=8)) as fetcher:
        results = list(fetcher.fetch_many([site.url_for("/busy")] * 6))
    assert all(not isinstance(r, DocumentError) for r in results)
    assert state["most"] == 2
