"""Reading files, pages and feeds into documents; every problem a message, never a stop."""

from __future__ import annotations

import json
from pathlib import Path

import httpx

from ingest.fakes import ARABIC, ENGLISH, FRENCH, article_html, html_response, mock_fetcher, pages, rss
from tolltrack.ingest.readers import InputProblem
from tolltrack.ingest.sources import fragment_text, html_document, iter_documents, language_problem
from tolltrack.model import Document


def docs_and_problems(items):
    got = [g for _, g in items]
    return [g for g in got if isinstance(g, Document)], [g for g in got if isinstance(g, InputProblem)]


def test_html_page_gives_main_text_title_and_date() -> None:
    doc = html_document(article_html(), source="page.html", doc_id="page", url="https://news.example/a")
    assert isinstance(doc, Document)
    assert ENGLISH in doc.text and "Home" not in doc.text and "Copyright" not in doc.text
    assert doc.published == "2024-04-02"
    assert doc.title and "Shells hit market" in doc.title
    assert doc.outlet == "Example News" and doc.url == "https://news.example/a"


def test_html_without_an_article_is_a_problem() -> None:
    page = "<html><body><nav><a href='/'>Home</a> | <a href='/x'>Login</a></nav></body></html>"
    got = html_document(page, source="empty.html", doc_id="empty")
    assert isinstance(got, InputProblem) and got.message == "HTML page with no article text"


def test_files_of_each_kind_and_a_directory(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ENGLISH)
    (tmp_path / "b.jsonl").write_text(json.dumps({"id": "j1", "text": ENGLISH, "published": "2031-01-02"})
                                      + "\n{broken\n")
    (tmp_path / "c.html").write_text(article_html())
    (tmp_path / "d.xml").write_text(rss([("https://news.example/1", "Tue, 01 Apr 2031 10:00:00 GMT",
                                          "<p>" + ENGLISH + " " + ENGLISH + "</p>")]))
    (tmp_path / "notes.md").write_text("ignored")
    docs, problems = docs_and_problems(iter_documents([str(tmp_path)], published="2031-05-05"))
    assert [d.id for d in docs] == ["a", "j1", "c", "https://news.example/1"]
    assert docs[0].published == "2031-05-05" and docs[1].published == "2031-01-02"
    assert docs[3].published == "2031-04-01" and docs[3].outlet == "Example News"
    assert len(problems) == 1 and problems[0].line == 2 and "malformed JSON" in problems[0].message


def test_html_and_feeds_are_recognised_without_a_suffix(tmp_path: Path) -> None:
    (tmp_path / "page").write_text(article_html())
    (tmp_path / "feed").write_text(rss([("https://news.example/9", "Tue, 01 Apr 2031 10:00:00 GMT",
                                         ENGLISH * 3)]))
    docs, problems = docs_and_problems(iter_documents([str(tmp_path / "page"), str(tmp_path / "feed")]))
    assert not problems and [d.id for d in docs] == ["page", "https://news.example/9"]


def test_feed_entries_without_content_are_fetched() -> None:
    feed = rss([("https://news.example/a1", "Wed, 02 Apr 2031 09:00:00 GMT", None),
                ("https://news.example/a2", "Thu, 03 Apr 2031 09:00:00 GMT", None),
                ("https://news.example/a3", "Thu, 03 Apr 2031 09:00:00 GMT", None)])
    fetcher, _ = mock_fetcher(pages({
        "https://news.example/feed": httpx.Response(200, text=feed, headers={"content-type": "application/rss+xml"}),
        "https://news.example/a1": html_response(article_html(date="2024-03-30")),
        "https://news.example/a2": html_response("<html><body><nav>Home</nav></body></html>"),
    }))
    docs, problems = docs_and_problems(iter_documents(["https://news.example/feed"], fetcher=fetcher))
    assert [d.url for d in docs] == ["https://news.example/a1"]
    assert docs[0].published == "2031-04-02"  # the feed's date wins over the page's guess
    assert [p.line for p in problems] == [2, 3]
    assert "no article text" in problems[0].message and "HTTP 404" in problems[1].message


def test_broken_feed_timeouts_and_binary_bodies_are_problems() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        url = str(request.url)
        if url.endswith("/slow"):
            raise httpx.ReadTimeout("slow", request=request)
        if url.endswith("/broken.xml"):
            return httpx.Response(200, text="this is not a feed <<< >>>",
                                  headers={"content-type": "application/rss+xml"})
        if url.endswith("/photo"):
            return httpx.Response(200, content=b"\x89PNG\r\n\x1a\n\x00\x00", headers={"content-type": "image/png"})
        return html_response(article_html())

    fetcher, _ = mock_fetcher(handler, retries=1)
    urls = ["https://x.example/slow", "https://x.example/broken.xml", "https://x.example/photo",
            "https://x.example/ok"]
    items = list(iter_documents(urls, fetcher=fetcher))
    assert [s for s, _ in items] == urls
    docs, problems = docs_and_problems(items)
    assert [d.id for d in docs] == ["https://x.example/ok"]
    messages = [p.message for p in problems]
    assert messages[0] == "cannot fetch: timed out (after 2 attempts)"
    assert messages[1].startswith("broken feed: ")
    assert messages[2] == "binary content (image/png), not a report"


def test_plain_text_urls_are_documents() -> None:
    fetcher, _ = mock_fetcher(lambda r: httpx.Response(200, text=ENGLISH, headers={"content-type": "text/plain"}))
    docs, _ = docs_and_problems(iter_documents(["https://x.example/report.txt"], fetcher=fetcher))
    assert docs[0].id == "https://x.example/report.txt" and docs[0].text == ENGLISH


def test_urls_without_a_fetcher_are_a_problem() -> None:
    _, problems = docs_and_problems(iter_documents(["https://x.example/a"]))
    assert "fetcher" in problems[0].message


def test_language_check() -> None:
    assert language_problem(ENGLISH) is None
    assert language_problem("- 12 civilians in Idlib, killed by the army.\n- 3 soldiers in Hama, killed.") is None
    assert language_problem("Kafr Tala.") is None  # too short to tell
    french = language_problem(FRENCH)
    assert french and french.startswith("not in English")
    arabic = language_problem(ARABIC)
    assert arabic and "Latin" in arabic


def test_fragment_text_keeps_paragraphs() -> None:
    html = "<p>First <b>para</b>.</p><script>x()</script><p>Second<br>line.</p><ul><li>a</li><li>b</li></ul>"
    assert fragment_text(html) == "First para.\n\nSecond\nline.\n\na\n\nb"
    assert fragment_text("plain   text") == "plain text"
