"""The read-only API and the dashboard, through FastAPI's TestClient."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from tolltrack.report.cli import serve_command
from tolltrack.report.data import PAGE_MAX
from tolltrack.report.server import create_app
from tolltrack.store import open_store

from .conftest import SCRIPT


@pytest.fixture(scope="module")
def client(db_path: Path):  # type: ignore[no-untyped-def]
    with TestClient(create_app(str(db_path))) as c:
        yield c


def test_events_list_filters_and_pages(client: TestClient) -> None:
    body = client.get("/api/events").json()
    assert body["total"] >= 7 and body["limit"] == 50 and body["offset"] == 0
    page = client.get("/api/events", params={"limit": 2, "offset": 1}).json()
    assert len(page["items"]) == 2 and page["items"][0]["id"] == body["items"][1]["id"]
    assert client.get("/api/events", params={"limit": 10**9}).json()["limit"] == PAGE_MAX
    ua = client.get("/api/events", params={"country": "ua", "status": "injured"}).json()
    assert ua["items"] and {e["country"] for e in ua["items"]} == {"UA"}
    big = client.get("/api/events", params={"order": "fatalities"}).json()["items"]
    assert big[0]["fatalities_best"] == max(e["fatalities_best"] or 0 for e in body["items"])


@pytest.mark.parametrize(("path", "params", "message"), [
    ("/api/events", {"since": "2024-02-30"}, "not a date"),
    ("/api/events", {"country": "SYR"}, "two-letter"),
    ("/api/events", {"status": "dead"}, "status 'dead'"),
    ("/api/events", {"limit": 0}, "limit"),
    ("/api/events", {"offset": -1}, "offset"),
    ("/api/events", {"order": "random"}, "order"),
    ("/api/claims", {"document": "abc"}, "document"),
    ("/api/tally", {"by": "colour"}, "by 'colour'"),
    ("/api/tally", {"status": "dead"}, "status 'dead'"),
    ("/api/timeline", {"status": "dead"}, "status 'dead'"),
    ("/api/control", {"since": "2024-05-01", "until": "2024-01-01"}, "after until"),
    ("/api/documents", {"until": "soon"}, "not a date"),
    ("/api/places", {"country": "12"}, "two-letter"),
])
def test_invalid_filters_are_422_with_a_message(client: TestClient, path: str, params: dict[str, object],
                                                message: str) -> None:
    response = client.get(path, params=params)
    assert response.status_code == 422
    assert message in response.json()["detail"]


def test_unknown_ids_are_404(client: TestClient) -> None:
    assert client.get("/api/events/999999").status_code == 404
    assert client.get("/api/documents/999999").json() == {"detail": "no document 999999"}
    assert client.get("/api/events/abc").status_code == 422
    assert client.get("/static/../server.py").status_code == 404
    assert client.get("/static/evil.js").status_code == 404


def test_event_panel_data(client: TestClient) -> None:
    events = client.get("/api/events", params={"admin1": "Kharkiv Oblast"}).json()["items"]
    e = client.get(f"/api/events/{events[0]['id']}").json()
    assert (e["fatalities_low"], e["fatalities_best"], e["fatalities_high"]) == (7, 7, 7)
    claim = next(c for c in e["claims"] if c["status"] == "killed")
    assert {"text": "seven", "mark": "number"} in claim["highlight"]
    assert e["sources"] == ["ukraine-bulletin.example"]


def test_tally_claims_control_documents_places(client: TestClient) -> None:
    t = client.get("/api/tally", params={"by": "admin1", "admin1": "Borno"}).json()
    assert [(r["key"], r["best"]) for r in t["rows"]] == [("Borno", 11)] and t["contributions"]
    t = client.get("/api/tally").json()
    assert t["total"] == sum(r["best"] for r in t["rows"]) and t["excluded"]
    claims = client.get("/api/claims", params={"status": "killed", "limit": 3}).json()
    assert claims["total"] > 3 and len(claims["items"]) == 3 and claims["items"][0]["highlight"]
    control = client.get("/api/control", params={"actor": "SDF"}).json()
    assert control["total"] == 2 and all(p["actor_side"] == "SDF" for p in control["items"])
    docs = client.get("/api/documents").json()
    assert docs["total"] == 9
    doc = client.get(f"/api/documents/{docs['items'][0]['id']}").json()
    assert doc["text"] and doc["claims"]
    assert client.get("/api/claims", params={"document": doc["id"]}).json()["total"] == len(doc["claims"])
    places = client.get("/api/places", params={"country": "NG"}).json()
    assert places["items"] and {p["country"] for p in places["items"]} == {"NG"}
    assert client.get("/api/map").json()["items"][0]["color"].startswith("#")
    assert client.get("/api/timeline").json()["items"]
    facets = client.get("/api/facets").json()
    assert "Borno" in facets["admin1"] and facets["colors"]["GOV"]


def test_openapi_schema(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    for path in ("/api/events", "/api/events/{event_id}", "/api/claims", "/api/tally", "/api/control",
                 "/api/documents", "/api/places"):
        assert path in schema["paths"]
    assert "/" not in schema["paths"]
    assert client.get("/docs").status_code == 404  # Swagger UI would load from a CDN


def test_dashboard_page_and_script(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert '<script src="/static/dashboard.js"' in page.text and "http" not in page.text.replace("http-equiv", "")
    assert "script-src 'self'" in page.headers["content-security-policy"]
    js = client.get("/static/dashboard.js")
    assert js.status_code == 200 and "javascript" in js.headers["content-type"]
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
        assert sink not in js.text  # report text only ever goes in as textContent
    assert "textContent" in js.text
    assert client.get("/static/dashboard.css").status_code == 200


def test_hostile_report_is_shown_as_text(client: TestClient) -> None:
    docs = client.get("/api/documents", params={"source": f"evil{SCRIPT}.example"}).json()["items"]
    assert len(docs) == 1 and docs[0]["title"].startswith(f"Strike {SCRIPT}")
    response = client.get("/api/claims", params={"document": docs[0]["id"]})
    assert response.headers["content-type"] == "application/json"
    assert response.headers["x-content-type-options"] == "nosniff"
    claim = response.json()["items"][0]
    assert SCRIPT in claim["sentence"] and {"text": "9", "mark": "number"} in claim["highlight"]
    assert "<script" not in client.get("/").text.replace('<script src="/static/dashboard.js" defer></script>', "")


def test_the_app_cannot_write(db_path: Path) -> None:
    with open_store(db_path) as store:
        app = create_app(store=store)
        assert app.state.store is store
        with pytest.raises(Exception, match="readonly|read-only|query_only|attempt to write"):
            store.fetchall("DELETE FROM events")


def test_serve_command_binds_localhost_by_default(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, object] = {}
    import uvicorn

    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: seen.update(kw, app=app))
    result = CliRunner().invoke(serve_command, ["--db", str(db_path), "--port", "8123"])
    assert result.exit_code == 0, result.output
    assert seen["host"] == "127.0.0.1" and seen["port"] == 8123 and "http://127.0.0.1:8123/" in result.output
    result = CliRunner().invoke(serve_command, ["--db", str(db_path), "--host", "0.0.0.0"])
    assert "reachable from other machines" in result.output
    assert CliRunner().invoke(serve_command, ["--db", str(db_path), "--port", "0"]).exit_code == 2
