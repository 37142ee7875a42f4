"""Fetching pages and feeds over HTTP, politely, with httpx.

Polite by default: a User-Agent that names newsgraph (and a contact, when given), robots.txt
obeyed on every hop of a redirect chain, a pause between requests to one host and a cap on
requests in flight to it (``politeness``), timeouts, a bounded number of redirects, retries
with exponential backoff on 429 and 5xx answers (a ``Retry-After`` is honoured), conditional
GET (``If-None-Match`` / ``If-Modified-Since``) when the caller keeps validators, and a size
limit checked while the body streams in. Every failure is a ``DocumentError`` naming the URL
(and the HTTP status, when there was one), so a batch reports it and goes on.
"""

from __future__ import annotations

import os
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

import httpx

from newsgraph._version import __version__
from newsgraph.errors import DocumentError, Errors
from newsgraph.sources.formats import DEFAULT_MAX_MB
from newsgraph.sources.politeness import Hosts, Robots, origin

CONTACT_ENV = "NEWSGRAPH_CONTACT"
_RETRIED = {429, 500, 502, 503, 504}
_TEXTUAL = ("text/", "application/xhtml", "application/xml", "application/rss", "application/atom",
            "application/rdf", "application/json", "application/feed+json", "application/ld+json")


@dataclass(frozen=True)
class Validators:
    """What a conditional GET sends back to the server: the last answer's ETag and Last-Modified."""

    etag: str | None = None
    last_modified: str | None = None

    def headers(self) -> dict[str, str]:
        sent = {"If-None-Match": self.etag, "If-Modified-Since": self.last_modified}
        return {name: value for name, value in sent.items() if value}


@dataclass(frozen=True)
class FetchSettings:
    """How politely and how patiently to fetch. ``contact`` (an e-mail or URL) goes into the
    User-Agent so that a site's operator can reach whoever runs the crawl."""

    contact: str | None = None
    timeout: float = 20.0  # seconds to connect, and between bytes of the answer
    retries: int = 2  # further tries after a 429, a 5xx or a network failure
    backoff: float = 1.0  # seconds before the first retry, doubled each time
    max_retry_after: float = 120.0  # the longest Retry-After obeyed
    delay: float = 1.0  # seconds between the starts of two requests to one host
    per_host: int = 2  # requests in flight to one host
    concurrency: int = 8  # requests in flight in all
    max_mb: float = DEFAULT_MAX_MB
    max_redirects: int = 5

    @property
    def user_agent(self) -> str:
        contact = self.contact or os.environ.get(CONTACT_ENV)
        return f"newsgraph/{__version__} (news analysis{'; ' + contact if contact else ''})"


@dataclass(frozen=True)
class Page:
    """A fetched answer: its body, or ``not_modified`` when a conditional GET found nothing new."""

    url: str  # as asked for
    final_url: str  # after redirects
    status: int
    content: bytes
    content_type: str
    fetched_at: str  # ISO 8601, UTC
    validators: Validators
    not_modified: bool = False


class Fetcher:
    """One polite HTTP client for a run: shared hosts, robots.txt read once per host."""

    def __init__(self, settings: FetchSettings | None = None, client: httpx.Client | None = None) -> None:
        self.settings = settings or FetchSettings()
        self._client = client or httpx.Client(
            timeout=self.settings.timeout, follow_redirects=False,
            headers={"User-Agent": self.settings.user_agent, "Accept-Encoding": "gzip, deflate"})
        self._hosts = Hosts(self.settings.delay, self.settings.per_host)

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def fetch_many(self, urls: Iterable[str], validators: dict[str, Validators] | None = None
                   ) -> Iterator[Page | DocumentError]:
        """Each URL's page or error, in order, with up to ``concurrency`` requests in flight."""
        validators = validators or {}
        window = self.settings.concurrency * 2
        with ThreadPoolExecutor(self.settings.concurrency, thread_name_prefix="fetch") as pool:
            pending: deque[Future[Page | DocumentError]] = deque()
            for url in urls:
                pending.append(pool.submit(self._fetch_or_error, url, validators.get(url)))
                while len(pending) >= window:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()

    def _fetch_or_error(self, url: str, validators: Validators | None) -> Page | DocumentError:
        try:
            return self.fetch(url, validators)
        except DocumentError as error:
            return error

    def fetch(self, url: str, validators: Validators | None = None) -> Page:
        """The page at ``url``, redirects followed; raises the ``DocumentError`` of a failure."""
        current = url
        for _ in range(self.settings.max_redirects + 1):
            if not self._robots(current).allows(current):
                raise DocumentError(url, Errors.E113, host=urlsplit(current).netloc)
            headers = validators.headers() if validators and current == url else {}
            response, content = self._get(url, current, headers)
            if response.is_redirect and "location" in response.headers:
                current = urljoin(current, response.headers["location"])
                continue
            return self._page(url, current, response, content)
        raise DocumentError(url, Errors.E112, detail=f"more than {self.settings.max_redirects} redirects")

    def _page(self, url: str, final_url: str, response: httpx.Response, content: bytes) -> Page:
        status = response.status_code
        if status >= 400:
            raise DocumentError(url, Errors.E111, status=status, reason=response.reason_phrase)
        kind = _content_type(response)
        fetched = datetime.now(timezone.utc).isoformat(timespec="seconds")
        found = Validators(response.headers.get("etag"), response.headers.get("last-modified"))
        return Page(url, final_url, status, content, kind, fetched, found, not_modified=status == 304)

    def _get(self, url: str, current: str, headers: dict[str, str]) -> tuple[httpx.Response, bytes]:
        """One GET of ``current`` (asked for as ``url``), retried on 429, 5xx and network
        failures, inside the host's turn; the body is read only for a final answer."""
        host = self._hosts.of(current)
        for attempt in range(self.settings.retries + 1):
            last = attempt == self.settings.retries
            try:
                with host.turn():
                    response = self._client.send(self._client.build_request("GET", current, headers=headers),
                                                 stream=True)
                    try:
                        retry = response.status_code in _RETRIED and not last
                        keep = not (retry or response.is_redirect or response.status_code >= 400)
                        content = self._body(url, response) if keep else b""
                    finally:
                        response.close()
            except httpx.TimeoutException:
                if last:
                    raise DocumentError(url, Errors.E112, detail=f"no answer within {self.settings.timeout:g} s") from None
                retry, response = True, None
            except httpx.HTTPError as exc:
                if last:
                    raise DocumentError(url, Errors.E112, detail=f"{type(exc).__name__}: {exc}") from None
                retry, response = True, None
            if not retry:
                return response, content
            time.sleep(self._pause(attempt, response))
        raise AssertionError("unreachable: the last attempt returns or raises")

    def _pause(self, attempt: int, response: httpx.Response | None) -> float:
        """Retry-After when the server gives one (capped), else exponential backoff."""
        wait = self.settings.backoff * 2**attempt
        if response is not None and (after := _retry_after(response.headers.get("retry-after"))) is not None:
            wait = after
        return min(wait, self.settings.max_retry_after)

    def _body(self, url: str, response: httpx.Response) -> bytes:
        """The body of a page or feed, refused before it is read when its type says it is
        neither, and stopped while it streams in past the size limit."""
        kind = _content_type(response)
        if kind and not kind.startswith(_TEXTUAL):
            raise DocumentError(url, Errors.E115, status=response.status_code, content_type=kind)
        limit = int(self.settings.max_mb * 1024 * 1024)
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise DocumentError(url, Errors.E114, status=response.status_code, limit=self.settings.max_mb)
        chunks, size = [], 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > limit:
                raise DocumentError(url, Errors.E114, status=response.status_code, limit=self.settings.max_mb)
            chunks.append(chunk)
        return b"".join(chunks)

    def _robots(self, url: str) -> Robots:
        host = self._hosts.of(url)
        return host.robots_verdict(lambda: self._load_robots(origin(url) + "/robots.txt"))

    def _load_robots(self, robots_url: str) -> Robots:
        """RFC 9309: a 4xx (no file) allows everything; a 5xx or no answer disallows everything."""
        try:
            with self._hosts.of(robots_url).turn():
                response = self._client.get(robots_url, follow_redirects=True)
        except httpx.HTTPError:
            return Robots(allow_all=False)
        if response.status_code >= 500:
            return Robots(allow_all=False)
        if response.status_code >= 400:
            return Robots(allow_all=True)
        return Robots.parse(response.text[: 500 * 1024])


def _content_type(response: httpx.Response) -> str:
    return response.headers.get("content-type", "").split(";")[0].strip().lower()


def _retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header: a number, or an HTTP date."""
    if not value:
        return None
    if value.strip().isdigit():
        return float(value)
    try:
        return max(0.0, (parsedate_to_datetime(value) - datetime.now(timezone.utc)).total_seconds())
    except (TypeError, ValueError):
        return None
