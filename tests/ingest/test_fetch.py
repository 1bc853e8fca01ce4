"""The polite fetcher, over httpx.MockTransport: no network."""

from __future__ import annotations

import httpx
import pytest

from ingest.fakes import mock_fetcher
from tolltrack.ingest.fetch import USER_AGENT, FetchError, HttpFetcher


def test_fetch_names_tolltrack_and_returns_body_and_type() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, text="<html></html>", headers={"content-type": "text/html; charset=utf-8"})

    fetcher, _ = mock_fetcher(handler)
    got = fetcher.get("https://news.example/a")
    assert got.status == 200 and got.content == b"<html></html>" and got.content_type == "text/html"
    assert seen[0].headers["user-agent"] == USER_AGENT and "tolltrack" in USER_AGENT


def test_server_errors_are_retried_with_growing_pauses() -> None:
    answers = iter([httpx.Response(503), httpx.Response(502), httpx.Response(200, text="ok")])
    fetcher, sleeps = mock_fetcher(lambda request: next(answers), backoff=0.5, retries=2)
    assert fetcher.get("https://news.example/b").content == b"ok"
    assert sleeps == [0.5, 1.0]


def test_retry_after_is_honoured() -> None:
    answers = iter([httpx.Response(429, headers={"retry-after": "7"}), httpx.Response(200, text="ok")])
    fetcher, sleeps = mock_fetcher(lambda request: next(answers))
    fetcher.get("https://news.example/c")
    assert sleeps == [7.0]


def test_a_timeout_gives_up_after_the_retries() -> None:
    calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        raise httpx.ReadTimeout("too slow", request=request)

    fetcher, sleeps = mock_fetcher(handler, retries=2)
    with pytest.raises(FetchError, match=r"timed out \(after 3 attempts\)"):
        fetcher.get("https://slow.example/feed")
    assert len(calls) == 3 and sleeps == [0.5, 1.0]


def test_client_errors_are_not_retried() -> None:
    calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(404)

    fetcher, _ = mock_fetcher(handler)
    with pytest.raises(FetchError, match="HTTP 404 Not Found"):
        fetcher.get("https://news.example/gone")
    assert len(calls) == 1


def test_connection_errors_are_reported() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("name or service not known", request=request)

    fetcher, _ = mock_fetcher(handler, retries=0)
    with pytest.raises(FetchError, match="connection failed"):
        fetcher.get("https://nowhere.example/")


def test_requests_to_one_host_are_spaced_out() -> None:
    now = [100.0]
    sleeps: list[float] = []

    def sleep(seconds: float) -> None:
        sleeps.append(seconds)
        now[0] += seconds

    fetcher = HttpFetcher(transport=httpx.MockTransport(lambda r: httpx.Response(200, text="x")), delay=2.0,
                          sleep=sleep, clock=lambda: now[0])
    fetcher.get("https://a.example/1")
    now[0] += 0.5
    fetcher.get("https://a.example/2")  # 0.5 s later: waits 1.5 s
    fetcher.get("https://b.example/1")  # another host: no wait
    assert sleeps == [1.5]


def test_oversized_bodies_and_non_http_urls_are_refused() -> None:
    fetcher, _ = mock_fetcher(lambda r: httpx.Response(200, content=b"x" * 5000), max_bytes=1000)
    with pytest.raises(FetchError, match="larger than 1,000 bytes"):
        fetcher.get("https://news.example/huge")
    with pytest.raises(FetchError, match="not an http"):
        fetcher.get("ftp://news.example/file")
