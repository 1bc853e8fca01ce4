"""Fetch URLs politely: timeouts, retries with backoff, a User-Agent naming tolltrack,
and a delay between requests to the same host.

The ingest loop sees only the narrow ``Fetcher`` interface (``get(url) -> Fetched``), so
tests pass an ``HttpFetcher`` over ``httpx.MockTransport`` (or any fake) and nothing
touches the network.
"""

from __future__ import annotations

import email.utils
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol
from urllib.parse import urlsplit

import httpx

from tolltrack import __version__

USER_AGENT = f"tolltrack/{__version__} (conflict-report reader; +https://pypi.org/project/tolltrack/)"
RETRY_STATUS = frozenset({408, 425, 429, 500, 502, 503, 504})
MAX_BYTES = 10_000_000


class FetchError(Exception):
    """A URL could not be fetched; the message says why, for the ``errors`` table."""

    def __init__(self, url: str, message: str) -> None:
        super().__init__(f"{url}: {message}")
        self.url = url
        self.reason = message


@dataclass(frozen=True)
class Fetched:
    url: str  # after redirects
    status: int
    content: bytes
    content_type: str  # media type without parameters, lower case ("" if none)
    encoding: str | None = None

    def text(self) -> str:
        return self.content.decode(self.encoding or "utf-8", errors="replace")


class Fetcher(Protocol):
    def get(self, url: str) -> Fetched:
        """The body of ``url``, or ``FetchError``."""
        ...


class HttpFetcher:
    """``Fetcher`` over httpx. ``delay`` is the least time between two requests to one
    host; a failed request (timeout, connection error, 429/5xx) is retried ``retries``
    times, waiting ``backoff * 2**attempt`` seconds (or the server's Retry-After, capped)."""

    def __init__(self, *, timeout: float = 20.0, retries: int = 3, backoff: float = 1.0, delay: float = 1.0,
                 user_agent: str = USER_AGENT, max_bytes: int = MAX_BYTES,
                 transport: httpx.BaseTransport | None = None,
                 sleep: Callable[[float], None] = time.sleep, clock: Callable[[], float] = time.monotonic) -> None:
        self.retries, self.backoff, self.delay, self.max_bytes = retries, backoff, delay, max_bytes
        self.sleep, self.clock = sleep, clock
        self._last: dict[str, float] = {}
        self.client = httpx.Client(timeout=httpx.Timeout(timeout), follow_redirects=True, transport=transport,
                                   headers={"User-Agent": user_agent,
                                            "Accept": "text/html, application/xhtml+xml, application/rss+xml, "
                                                      "application/atom+xml, application/xml;q=0.9, "
                                                      "text/plain;q=0.8, */*;q=0.5"})

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> HttpFetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _wait_turn(self, host: str) -> None:
        last = self._last.get(host)
        if last is not None:
            wait = last + self.delay - self.clock()
            if wait > 0:
                self.sleep(wait)
        self._last[host] = self.clock()

    def get(self, url: str) -> Fetched:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise FetchError(url, "not an http(s) URL")
        problem, pause = "no attempt made", 0.0
        for attempt in range(self.retries + 1):
            if attempt:
                self.sleep(pause)
            self._wait_turn(parts.netloc.lower())
            pause = self.backoff * 2 ** attempt
            try:
                with self.client.stream("GET", url) as resp:
                    if resp.status_code in RETRY_STATUS:
                        problem = f"HTTP {resp.status_code} {resp.reason_phrase}".rstrip()
                        pause = max(pause, _retry_after(resp, cap=60.0))
                        continue
                    if resp.status_code >= 400:
                        raise FetchError(url, f"HTTP {resp.status_code} {resp.reason_phrase}".rstrip())
                    body = bytearray()
                    for chunk in resp.iter_bytes():
                        body += chunk
                        if len(body) > self.max_bytes:
                            raise FetchError(url, f"larger than {self.max_bytes:,} bytes")
                    ctype = resp.headers.get("content-type", "").split(";")[0].strip().lower()
                    return Fetched(str(resp.url), resp.status_code, bytes(body), ctype, resp.charset_encoding)
            except httpx.TimeoutException:
                problem = "timed out"
            except httpx.TransportError as exc:
                problem = f"connection failed ({exc.__class__.__name__}: {exc})"
            except httpx.HTTPError as exc:
                raise FetchError(url, f"request failed: {exc}") from exc
        tries = self.retries + 1
        raise FetchError(url, f"{problem} (after {tries} attempt{'s' if tries > 1 else ''})")


def _retry_after(resp: httpx.Response, cap: float) -> float:
    value = resp.headers.get("retry-after")
    if not value:
        return 0.0
    try:
        return min(float(value), cap)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return 0.0
    return min(max(when.timestamp() - time.time(), 0.0), cap)
