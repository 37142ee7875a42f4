"""What a polite crawler owes each web host: a pause between requests, a cap on requests in
flight, and obedience to its robots.txt (RFC 9309, parsed by Protego).

One ``Host`` per scheme + host name is shared by every thread of a ``Fetcher``; the pause
grows to the host's own ``Crawl-delay`` when its robots.txt asks for more.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from protego import Protego

#: The product token robots.txt rules name us by ("User-agent: newsgraph").
ROBOTS_TOKEN = "newsgraph"
_MAX_CRAWL_DELAY = 60.0  # seconds: a robots.txt asking more is capped, not obeyed to the letter


@dataclass
class Robots:
    """A host's robots.txt verdict: parsed rules, or allow / disallow everything (RFC 9309:
    no file (4xx) allows all; a server error or no answer disallows all, for now)."""

    rules: Protego | None = None
    allow_all: bool = True

    @classmethod
    def parse(cls, text: str) -> Robots:
        return cls(rules=Protego.parse(text))

    def allows(self, url: str) -> bool:
        return self.rules.can_fetch(url, ROBOTS_TOKEN) if self.rules is not None else self.allow_all

    def crawl_delay(self) -> float:
        delay = self.rules.crawl_delay(ROBOTS_TOKEN) if self.rules is not None else None
        return min(float(delay), _MAX_CRAWL_DELAY) if delay else 0.0


@dataclass
class Host:
    """Per-host state: the next moment a request may start, the requests in flight, robots."""

    delay: float
    slots: threading.Semaphore
    lock: threading.Lock = field(default_factory=threading.Lock)
    next_start: float = 0.0
    robots: Robots | None = None
    robots_lock: threading.Lock = field(default_factory=threading.Lock)

    @contextmanager
    def turn(self) -> Iterator[None]:
        """Hold one of the host's slots, starting no sooner than its delay after the last start."""
        with self.slots:
            with self.lock:
                wait = self.next_start - time.monotonic()
                self.next_start = max(self.next_start, time.monotonic()) + self.delay
            if wait > 0:
                time.sleep(wait)
            yield

    def robots_verdict(self, load: Callable[[], Robots]) -> Robots:
        """The host's robots.txt, loaded once (by whichever thread asks first)."""
        with self.robots_lock:
            if self.robots is None:
                self.robots = load()
                self.delay = max(self.delay, self.robots.crawl_delay())
            return self.robots


class Hosts:
    """The ``Host`` of each origin, made on first use."""

    def __init__(self, delay: float, per_host: int) -> None:
        self._delay, self._per_host = delay, per_host
        self._hosts: dict[str, Host] = {}
        self._lock = threading.Lock()

    def of(self, url: str) -> Host:
        key = origin(url)
        with self._lock:
            if key not in self._hosts:
                self._hosts[key] = Host(self._delay, threading.Semaphore(self._per_host))
            return self._hosts[key]


def origin(url: str) -> str:
    """``https://example.org`` of ``https://example.org/a/b?c``: robots.txt and limits are per origin."""
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"
