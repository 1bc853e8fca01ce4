"""Where documents come from: files (plain text, JSON Lines, HTML, RSS/Atom), directories,
standard input, and URLs of pages or feeds.

``iter_documents`` turns a list of paths and URLs into ``(source, Document | InputProblem)``
pairs, lazily and in order. A broken feed, a page with no article text, a URL that does not
answer, a binary or empty body, or a document that is not in English is an
``InputProblem`` with a clear message; the next input is read all the same.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from tolltrack.ingest import readers
from tolltrack.ingest.fetch import Fetcher, FetchError
from tolltrack.ingest.readers import InputProblem
from tolltrack.model import Document

Item = tuple[str, Document | InputProblem]
Kind = Literal["html", "feed", "reader"]

MAX_FILE_BYTES = 10_000_000
MIN_ARTICLE_WORDS = 12  # less than this from a page is navigation, not an article
FEED_CONTENT_WORDS = 40  # an entry with this much content is used as it is; less, its link is fetched
SUFFIXES = {".html": "html", ".htm": "html", ".xhtml": "html", ".rss": "feed", ".atom": "feed", ".xml": "feed",
            ".txt": "reader", ".jsonl": "reader", ".json": "reader", ".ndjson": "reader"}
_BLOCKS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section", "article",
           "header", "footer", "ul", "ol", "table", "pre")


def is_url(item: str) -> bool:
    return item.startswith(("http://", "https://"))


def iter_documents(inputs: Iterable[str], *, fetcher: Fetcher | None = None,
                   published: str | None = None) -> Iterator[Item]:
    """Documents (or problems) from each input in turn: a URL, a file, a directory or "-"."""
    for item in inputs:
        if is_url(item):
            yield from _from_url(item, fetcher, published)
        elif item != "-" and Path(item).is_dir():
            files = sorted(p for p in Path(item).rglob("*")
                           if p.is_file() and p.suffix.lower() in SUFFIXES and not p.name.startswith("."))
            if not files:
                yield item, InputProblem(item, None, None, "directory holds no .txt, .jsonl, .html or feed files")
            for f in files:
                yield from _from_path(str(f), fetcher, published)
        else:
            yield from _from_path(item, fetcher, published)


def _sniff(name: str, head: bytes) -> Kind:
    kind = SUFFIXES.get(Path(urlsplit(name).path).suffix.lower())
    if kind:
        return kind  # type: ignore[return-value]
    start = head.removeprefix(b"\xef\xbb\xbf").lstrip()[:512].lower()
    if start.startswith(b"<?xml") and re.search(rb"<(rss|feed|rdf:rdf)\b", start):
        return "feed"
    if start.startswith((b"<rss", b"<feed")):
        return "feed"
    if start.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<html" in start:
        return "html"
    return "reader"


def _from_path(path: str, fetcher: Fetcher | None, published: str | None) -> Iterator[Item]:
    if path == "-" or not Path(path).is_file():
        for got in readers.read_inputs([path], published):
            yield path, got
        return
    try:
        with open(path, "rb") as fh:
            head = fh.read(1024)
            kind = _sniff(path, head)
            data = b"" if kind == "reader" else head + fh.read(MAX_FILE_BYTES + 1 - len(head))
    except OSError as exc:
        yield path, InputProblem(path, None, None, f"cannot read: {exc.strerror or exc}")
        return
    if kind == "reader":
        for got in readers.read_inputs([path], published):
            yield path, got
    elif len(data) > MAX_FILE_BYTES:
        yield path, InputProblem(path, None, None, f"file too large (over {MAX_FILE_BYTES:,} bytes)")
    elif kind == "html":
        yield path, html_document(data, source=path, doc_id=Path(path).stem, published=published)
    else:
        yield from feed_documents(data, source=path, fetcher=fetcher, published=published)


def _from_url(url: str, fetcher: Fetcher | None, published: str | None) -> Iterator[Item]:
    if fetcher is None:
        yield url, InputProblem(url, None, url, "URLs need a fetcher (none given)")
        return
    try:
        got = fetcher.get(url)
    except FetchError as exc:
        yield url, InputProblem(url, None, url, f"cannot fetch: {exc.reason}")
        return
    ctype, data = got.content_type, got.content
    if any(t in ctype for t in ("rss", "atom")):
        kind: Kind = "feed"
    elif ctype in ("text/html", "application/xhtml+xml"):
        kind = "html"
    elif ctype.startswith(("image/", "audio/", "video/", "font/")) or ctype in ("application/pdf", "application/zip"):
        yield url, InputProblem(url, None, url, f"binary content ({ctype}), not a report")
        return
    elif b"\x00" in data[:8192]:
        yield url, InputProblem(url, None, url, f"binary content ({ctype or 'no type'}), not a report")
        return
    else:
        kind = _sniff(url, data[:1024])
    if kind == "html":
        yield url, html_document(data, source=url, doc_id=url, url=got.url, published=published)
    elif kind == "feed":
        yield from feed_documents(data, source=url, fetcher=fetcher, published=published)
    else:  # plain text or JSON Lines, read like a file
        for item in readers._read_stream(io.BytesIO(data), _stream_name(url), published):
            if isinstance(item, Document) and item.id == Path(_stream_name(url)).stem:
                item = Document(id=url, text=item.text, published=item.published, url=got.url,
                                outlet=urlsplit(got.url).netloc)
            yield url, item


def _stream_name(url: str) -> str:
    return urlsplit(url).path or url


def html_document(data: bytes | str, *, source: str, doc_id: str, url: str | None = None,
                  published: str | None = None, title: str | None = None,
                  outlet: str | None = None) -> Document | InputProblem:
    """A web page's main text, title and publication date (trafilatura); no article, a problem."""
    import trafilatura

    if isinstance(data, bytes) and b"\x00" in data[:8192]:
        return InputProblem(source, None, doc_id, "binary data (NUL bytes), not an HTML page")
    try:
        found = trafilatura.bare_extraction(data, url=url, with_metadata=True, include_comments=False,
                                            include_tables=True, include_images=False)
    except Exception as exc:  # trafilatura raises a variety of parser errors on broken pages
        return InputProblem(source, None, doc_id, f"cannot parse HTML: {exc}")
    text = (_attr(found, "text") or "").strip()
    if len(text.split()) < MIN_ARTICLE_WORDS:
        return InputProblem(source, None, doc_id, "HTML page with no article text")
    date = published or _iso_date(_attr(found, "date"))
    host = urlsplit(url).netloc if url else None
    return Document(id=doc_id, text=text, published=date, title=title or _attr(found, "title"), url=url,
                    outlet=outlet or _attr(found, "sitename") or host)


def _attr(found: Any, name: str) -> Any:
    if found is None:
        return None
    return found.get(name) if isinstance(found, dict) else getattr(found, name, None)


def _iso_date(value: Any) -> str | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10]).isoformat()
    except ValueError:
        return None


def feed_documents(data: bytes, *, source: str, fetcher: Fetcher | None,
                   published: str | None = None) -> Iterator[Item]:
    """Each entry of an RSS/Atom feed: its content when it has enough, else its page fetched."""
    import feedparser

    parsed = feedparser.parse(bytes(data))  # bytes: a str could be taken for a URL or file name
    entries = parsed.get("entries") or []
    if not entries:
        why = parsed.get("bozo_exception")
        msg = f"broken feed: {why}" if parsed.get("bozo") and why else "feed has no entries"
        yield source, InputProblem(source, None, None, msg)
        return
    feed = parsed.get("feed") or {}
    outlet = feed.get("title") or (urlsplit(source).netloc if is_url(source) else None)
    for n, entry in enumerate(entries, start=1):
        yield source, _entry_document(entry, n, source, outlet, fetcher, published)


def _entry_document(entry: Any, n: int, source: str, outlet: str | None, fetcher: Fetcher | None,
                    published: str | None) -> Document | InputProblem:
    link = entry.get("link")
    key = str(entry.get("id") or link or f"{source}#{n}")
    date = _entry_date(entry) or published
    title = entry.get("title")
    content = entry.get("content") or []
    text = fragment_text(content[0].get("value", "")) if content else ""
    if len(text.split()) < FEED_CONTENT_WORDS and link and fetcher is not None:
        try:
            got = fetcher.get(link)
        except FetchError as exc:
            return InputProblem(source, n, key, f"feed entry {link}: cannot fetch: {exc.reason}")
        page = html_document(got.content, source=link, doc_id=key, url=got.url, published=date, title=title,
                             outlet=outlet)
        if isinstance(page, InputProblem):
            return InputProblem(source, n, key, f"feed entry {link}: {page.message}")
        return page
    if not text.strip():
        text = fragment_text(entry.get("summary") or "")
    if not text.strip():
        return InputProblem(source, n, key, "feed entry has no content and no link to fetch")
    return Document(id=key, text=text, published=date, title=title, url=link, outlet=outlet)


def _entry_date(entry: Any) -> str | None:
    for name in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(name)
        if value:
            try:
                return dt.date(value.tm_year, value.tm_mon, value.tm_mday).isoformat()
            except (ValueError, AttributeError):
                continue
    return None


def fragment_text(html: str) -> str:
    """Plain text of an HTML fragment (a feed entry's content), one paragraph per block."""
    if "<" not in html:
        return _tidy(html)
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except Exception:  # lxml raises ParserError on fragments it cannot read
        return _tidy(re.sub(r"<[^>]+>", " ", html))
    for bad in list(root.iter("script", "style")):
        bad.drop_tree()
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for block in root.iter(*_BLOCKS):
        block.tail = "\n\n" + (block.tail or "")
    return _tidy(root.text_content())


def _tidy(text: str) -> str:
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


_WORD = re.compile(r"[^\W\d_]+")
ENGLISH_STOPWORDS = frozenset({
    "the", "of", "and", "to", "in", "was", "were", "is", "are", "that", "said", "by", "with", "for", "from",
    "have", "has", "had", "been", "its", "this", "which", "who", "their", "they", "after", "as", "be", "not",
    "at", "an",
})


def language_problem(text: str, *, min_words: int = 8) -> str | None:
    """A cheap check that a text is English: mostly Latin letters and enough English function
    words. ``None`` when it looks English (or is too short to tell), else the reason."""
    words = _WORD.findall(text[:20_000])
    if len(words) < min_words:
        return None
    letters = sum(map(len, words))  # (map and filter: this runs on every document ingested)
    latin = sum(map(len, filter(str.isascii, words)))
    if latin < 0.6 * letters:
        return f"not in English (only {latin / letters:.0%} of letters are Latin)"
    share = sum(map(ENGLISH_STOPWORDS.__contains__, map(str.lower, words))) / len(words)
    if share < 0.08:
        return f"not in English (English function words are {share:.0%} of words; expected at least 8%)"
    return None
