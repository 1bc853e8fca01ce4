"""Invented texts, a fast stand-in extractor, and a fetcher over httpx.MockTransport."""

from __future__ import annotations

import os
from collections.abc import Callable

import httpx

from tolltrack.ingest.fetch import HttpFetcher
from tolltrack.model import Actor, Casualty, Document, Evidence, Extraction, Period

ENGLISH = ("At least 14 farmers were killed when shells hit the market in Kafr Tala on Monday, the local "
           "council said. Nine others were wounded and taken to the hospital in the district town.")
FRENCH = ("Au moins quatorze agriculteurs ont été tués lundi lorsque des obus ont frappé le marché de la "
          "ville, a indiqué le conseil local. Neuf autres personnes ont été blessées dans le district.")
ARABIC = "قتل أربعة عشر مزارعا عندما سقطت قذائف على السوق يوم الاثنين وقال المجلس المحلي إن تسعة آخرين أصيبوا بجروح"


def fake_extract(doc: Document) -> Extraction:
    """One claim per document: the first word, as evidence (fast, deterministic, picklable)."""
    if "EXPLODE" in doc.text:
        raise ValueError("the extractor tripped")
    if "DIE-NOW" in doc.text:
        os._exit(9)  # a worker process that dies outright
    word = doc.text.split()[0]
    claim = Casualty(status="killed", count=len(word), qualifier="exact", vague=None,
                     victim=Actor("CIV", "Civilians"), perpetrator=None, places=[], period=Period(),
                     aggregate=False, parent=None, reported_by=None,
                     evidence=Evidence(0, len(word), word))
    return Extraction(id=doc.id, published=doc.published, casualties=[claim])


def article_html(body: str = ENGLISH, date: str = "2024-04-02", title: str = "Shells hit market") -> str:
    return (f"<!DOCTYPE html><html><head><title>{title} | Example News</title>"
            f'<meta property="article:published_time" content="{date}T08:00:00Z">'
            '<meta property="og:site_name" content="Example News"></head><body>'
            "<nav><a href='/'>Home</a> | <a href='/world'>World</a></nav>"
            f"<article><h1>{title}</h1><p>{body}</p><p>Residents said the market had reopened only a week "
            "earlier after months of closure, and that traders were afraid to return.</p></article>"
            "<footer>Copyright Example News</footer></body></html>")


def rss(items: list[tuple[str, str, str | None]], title: str = "Example News") -> str:
    """An RSS 2.0 feed; each item is (link, pubDate, content or None)."""
    parts = []
    for n, (link, date, content) in enumerate(items, 1):
        body = f"<content:encoded><![CDATA[{content}]]></content:encoded>" if content else ""
        parts.append(f"<item><title>Item {n}</title><link>{link}</link><guid>{link}</guid>"
                     f"<pubDate>{date}</pubDate><description>Short summary {n}.</description>{body}</item>")
    return ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
            f"<title>{title}</title><link>https://news.example/</link><description>d</description>"
            + "".join(parts) + "</channel></rss>")


def mock_fetcher(handler: Callable[[httpx.Request], httpx.Response], **kwargs: object
                 ) -> tuple[HttpFetcher, list[float]]:
    """A fetcher that never touches the network and never really sleeps (sleeps are recorded)."""
    sleeps: list[float] = []
    options: dict[str, object] = {"delay": 0.0, "backoff": 0.5, "retries": 2}
    options.update(kwargs)
    fetcher = HttpFetcher(transport=httpx.MockTransport(handler), sleep=sleeps.append, **options)  # type: ignore[arg-type]
    return fetcher, sleeps


def pages(routes: dict[str, httpx.Response | Callable[[], httpx.Response]]
          ) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        got = routes.get(str(request.url))
        if got is None:
            return httpx.Response(404, text="not found")
        return got() if callable(got) else got
    return handler


def html_response(body: str) -> httpx.Response:
    return httpx.Response(200, text=body, headers={"content-type": "text/html; charset=utf-8"})
