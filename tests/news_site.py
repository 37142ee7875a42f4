"""A small news site for the web tests, served on 127.0.0.1 by pytest-httpserver: article
pages, feeds (RSS, Atom, JSON Feed) that link to them, and the ways real sites misbehave.
Every text here was written for these tests."""

from __future__ import annotations

import json
from collections.abc import Iterable

STORIES = {
    "grain": ("Ministers agree to extend grain corridor",
              "ANKARA — Foreign ministers from Turkey and Ukraine agreed on Monday to extend a shipping corridor "
              "for grain through the Black Sea for another six months, officials said after talks in the Turkish "
              "capital.",
              "\"The corridor has fed millions of people, and we will keep it open,\" Turkish Foreign Minister "
              "Hakan Fidan told reporters after the meeting. Ukraine's foreign minister said his country would "
              "send more ships before winter."),
    "cables": ("Navies to patrol Baltic cables",
               "HELSINKI — Finland and Estonia will send warships to guard undersea cables in the Gulf of Finland "
               "after two data lines were cut last month, the Finnish defence ministry said on Tuesday.",
               "\"Every cable on that seabed carries the daily life of millions of people,\" Defence Minister "
               "Antti Hakkanen said. Estonia's government said it would add two patrol boats in January."),
    "talks": ("Talks on water rights resume in Cairo",
              "CAIRO — Egypt, Sudan and Ethiopia resumed talks on Wednesday over the waters of the Nile, the "
              "Egyptian foreign ministry said, after a pause of almost a year.",
              "\"We came to listen and to reach an agreement,\" Ethiopia's chief negotiator told reporters. "
              "Sudan's delegation said it wanted a binding deal before the rainy season."),
}


def page(key: str) -> str:
    """An article page as news sites serve it: navigation, the story, a footer."""
    title, *paragraphs = STORIES[key]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>{title}</title>"
            f"<meta property='article:published_time' content='2026-11-30'></head><body>"
            f"<nav><a href='/'>Home</a> | <a href='/world'>World</a></nav>"
            f"<article><h1>{title}</h1>{body}</article><footer>All rights reserved.</footer></body></html>")


def rss(base: str, keys: Iterable[str], title: str = "Example World News") -> str:
    items = "".join(f"<item><title>{STORIES[k][0]}</title><link>{base}/news/{k}</link>"
                    f"<guid>{base}/news/{k}</guid><pubDate>Mon, 30 Nov 2026 08:00:00 GMT</pubDate>"
                    f"<description>{STORIES[k][1][:80]}</description></item>" for k in keys)
    return (f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>{title}</title>"
            f"<link>{base}/</link><description>World news</description>{items}</channel></rss>")


def atom(base: str, keys: Iterable[str]) -> str:
    entries = "".join(f"<entry><title>{STORIES[k][0]}</title><link href='{base}/news/{k}'/>"
                      f"<id>{base}/news/{k}</id><updated>2026-11-30T08:00:00Z</updated></entry>" for k in keys)
    return ("<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
            f"<title>Example Atom News</title><id>{base}/atom</id><updated>2026-11-30T08:00:00Z</updated>"
            f"{entries}</feed>")


def json_feed(base: str, keys: Iterable[str]) -> str:
    return json.dumps({"version": "https://jsonfeed.org/version/1.1", "title": "Example JSON News",
                       "items": [{"id": k, "url": f"{base}/news/{k}", "title": STORIES[k][0],
                                  "date_published": "2026-11-30T08:00:00Z"} for k in keys]})
