"""``tolltrack serve``: a read-only HTTP API over the store and the analyst's dashboard.

    >>> from tolltrack.report.server import create_app
    >>> app = create_app("tolltrack.db")          # then: uvicorn.run(app, host="127.0.0.1", port=8000)

JSON endpoints (OpenAPI schema at ``/openapi.json``, interactive docs off — they need a CDN):
``/api/events``, ``/api/events/{id}``, ``/api/claims``, ``/api/tally``, ``/api/control``,
``/api/documents``, ``/api/documents/{id}``, ``/api/places``, plus ``/api/map``, ``/api/timeline``
and ``/api/facets`` for the dashboard. Filters are checked (``Filters``): a bad value gives 422
with a message, an unknown id 404; page sizes are capped at ``PAGE_MAX``. The store is opened
read-only (``PRAGMA query_only`` on SQLite, read-only transactions on PostgreSQL) on two connections,
each used by one request at a time: tallies on the first (it holds their index), other queries on the
second.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, TypeVar

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response

from tolltrack import __version__
from tolltrack.model import STATUSES
from tolltrack.query.tally import BY
from tolltrack.report import data, tallies
from tolltrack.report.data import PAGE_DEFAULT, PAGE_MAX, FilterError, Filters
from tolltrack.report.incidents import incident_index
from tolltrack.store.store import Store, open_store

T = TypeVar("T")

Since = Annotated[str | None, Query(description="Events (and claims' periods) from this day, YYYY-MM-DD.")]
Until = Annotated[str | None, Query(description="Up to this day, YYYY-MM-DD.")]
Country = Annotated[str | None, Query(description="Two-letter ISO country code, e.g. SY.")]
Admin1 = Annotated[str | None, Query(description="First-level division (governorate), exact name.")]
Actor = Annotated[str | None, Query(description="Perpetrator: a side code (ISIS) or part of a name.")]
Side = Annotated[str | None, Query(description="The event's perpetrator side code (actor1), e.g. GOV.")]
Status = Annotated[str | None, Query(description=f"One of {', '.join(STATUSES)}.")]
Source = Annotated[str | None, Query(description="An outlet, document key or reporter (exact, any case).")]
Limit = Annotated[int, Query(ge=1, description=f"Page size; at most {PAGE_MAX} are returned.")]
Offset = Annotated[int, Query(ge=0, le=10_000_000)]

_STATIC = {"dashboard.js": "text/javascript; charset=utf-8", "dashboard.css": "text/css; charset=utf-8"}
_CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; "
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'")


def _read_only(store: Store) -> None:
    if store.dialect == "sqlite":
        store.db.execute("PRAGMA query_only = ON")
    else:  # pragma: no cover - exercised with TOLLTRACK_TEST_PG only
        store.db.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")


def _static(name: str) -> str:
    return resources.files("tolltrack.report").joinpath("static", name).read_text(encoding="utf-8")


def _same_store(store: Store, db_url: str, opened: bool) -> bool:
    """Whether ``db_url`` names ``store``'s database and can be opened a second time."""
    if store.dialect == "sqlite":
        path = getattr(store.db, "path", None)
        if not path or path == ":memory:" or db_url == ":memory:":
            return False
        return opened or Path(path).resolve() == Path(db_url).resolve()
    return opened or getattr(store.db, "url", None) == db_url


def create_app(db_url: str = "tolltrack.db", *, store: Store | None = None) -> FastAPI:
    """The app over the store at ``db_url`` (or an open ``store``, for tests), read-only."""
    opened = store is None
    if store is None:
        store = open_store(db_url)
    _read_only(store)
    incident_index(store, "killed")  # what tallies count, read once now rather than on the first request
    lock = threading.Lock()
    # A second connection for the plain queries (map, timeline, events, ...) when the store can be opened
    # again: tallies keep the first, which holds their index, and a dashboard refresh's tally and its other
    # three calls are answered side by side (on 50,000 events a refresh took 15-25 % less).
    queries, query_lock = store, lock
    if _same_store(store, db_url, opened):
        queries, query_lock = open_store(db_url), threading.Lock()
        _read_only(queries)
    app = FastAPI(title="tolltrack", version=__version__, docs_url=None, redoc_url=None,
                  description="Read-only access to casualty and control claims, events and tallies, every figure "
                              "with the sentences it rests on.")
    app.state.store = store

    @contextmanager
    def reading(tally: bool) -> Iterator[Store]:
        with lock if tally else query_lock:
            yield store if tally else queries

    def run(fn: Callable[[Store], T], *, tally: bool = False) -> T:
        with reading(tally) as s:
            try:
                return fn(s)
            except FilterError as exc:
                raise HTTPException(422, detail=str(exc)) from None

    def filters(**kw: Any) -> Filters:
        try:
            return Filters(**kw)
        except FilterError as exc:
            raise HTTPException(422, detail=str(exc)) from None

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        messages = [f"{'.'.join(str(x) for x in e.get('loc', ())[1:]) or 'request'}: {e.get('msg')}"
                    for e in exc.errors()]
        return JSONResponse({"detail": "; ".join(messages), "errors": [
            {"loc": list(e.get("loc", ())), "msg": e.get("msg"), "type": e.get("type")} for e in exc.errors()]},
            status_code=422)

    @app.middleware("http")
    async def headers(request: Request, call_next: Callable[[Request], Any]) -> Response:
        response: Response = await call_next(request)
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers.setdefault("Content-Security-Policy", _CSP)
        return response

    def paged(total: int, items: list[dict[str, Any]], limit: int, offset: int) -> dict[str, Any]:
        lim, off = data.page(limit, offset)
        return {"total": total, "limit": lim, "offset": off, "items": items}

    @app.get("/api/events", summary="Events matching the filters, newest first (or largest first).")
    def events(since: Since = None, until: Until = None, country: Country = None, admin1: Admin1 = None,
               actor: Actor = None, side: Side = None, status: Status = None, source: Source = None,
               order: Annotated[str, Query(pattern="^(date|fatalities)$")] = "date",
               limit: Limit = PAGE_DEFAULT, offset: Offset = 0) -> dict[str, Any]:
        f = filters(since=since, until=until, country=country, admin1=admin1, actor=actor, side=side, status=status,
                    source=source)
        total, items = run(lambda s: data.list_events(s, f, limit=limit, offset=offset, order=order))
        return paged(total, items, limit, offset)

    @app.get("/api/events/{event_id}", summary="One event: reconciled low/best/high per status and side, and "
             "every source's sentence with the figure marked.")
    def event(event_id: int) -> dict[str, Any]:
        found = run(lambda s: data.event_detail(s, event_id))
        if found is None:
            raise HTTPException(404, detail=f"no event {event_id}")
        return found

    @app.get("/api/claims", summary="Claims matching the filters, with evidence and sentence.")
    def claims(since: Since = None, until: Until = None, country: Country = None, admin1: Admin1 = None,
               actor: Actor = None, side: Side = None, status: Status = None, source: Source = None,
               document: Annotated[int | None, Query(description="A document's numeric id.")] = None,
               limit: Limit = PAGE_DEFAULT, offset: Offset = 0) -> dict[str, Any]:
        f = filters(since=since, until=until, country=country, admin1=admin1, actor=actor, side=side, status=status,
                    source=source)
        total, items = run(lambda s: data.list_claims(s, f, document_id=document, limit=limit, offset=offset))
        return paged(total, items, limit, offset)

    @app.get("/api/tally", summary="People killed (injured, captured, missing) grouped by side, admin1, month or "
             "perpetrator, each counted once, with contributions and what was not counted.")
    def tally(status: Annotated[str, Query(description=f"One of {', '.join(STATUSES)}.")] = "killed",
              by: Annotated[str, Query(description=f"One of {', '.join(BY)}.")] = "side",
              since: Since = None, until: Until = None, country: Country = None, admin1: Admin1 = None,
              actor: Actor = None, side: Side = None, source: Source = None,
              detail: Annotated[str, Query(pattern="^(full|rows)$", description=(
                  "full: rows with their event and claim ids, every contribution with its evidence, excluded "
                  "claims, covered events; rows: the figures per row (event_count, claim_count), excluded "
                  "claims and covered_event_count only (what the dashboard's headline needs)."))] = "full",
              ) -> dict[str, Any]:
        f = filters(since=since, until=until, country=country, admin1=admin1, actor=actor, side=side, source=source)
        result = run(lambda s: tallies.filtered_tally(s, f, status, by, contributions=detail == "full"), tally=True)
        body = result.to_dict() if detail == "full" else result.summary()
        return {**body, "detail": detail, "filters": f.to_dict()}

    @app.get("/api/control", summary="Territorial control claims per actor over time.")
    def control(actor: Actor = None, since: Since = None, until: Until = None) -> dict[str, Any]:
        f = filters(actor=actor, since=since, until=until)
        points = run(lambda s: data.control_points(s, f))
        return {"total": len(points), "items": [p.to_dict() for p in points]}

    @app.get("/api/documents", summary="Stored documents (reports), newest first.")
    def documents(since: Since = None, until: Until = None, source: Source = None, limit: Limit = PAGE_DEFAULT,
                  offset: Offset = 0) -> dict[str, Any]:
        f = filters(since=since, until=until, source=source)
        total, items = run(lambda s: data.list_documents(s, f, limit=limit, offset=offset))
        return paged(total, items, limit, offset)

    @app.get("/api/documents/{document_id}", summary="One document with its text and claims.")
    def document(document_id: int) -> dict[str, Any]:
        found = run(lambda s: data.document_detail(s, document_id))
        if found is None:
            raise HTTPException(404, detail=f"no document {document_id}")
        return found

    @app.get("/api/places", summary="Places named by claims, with how many claims and events use them.")
    def places(country: Country = None, admin1: Admin1 = None, limit: Limit = PAGE_DEFAULT,
               offset: Offset = 0) -> dict[str, Any]:
        f = filters(country=country, admin1=admin1)
        total, items = run(lambda s: data.list_places(s, f, limit=limit, offset=offset))
        return paged(total, items, limit, offset)

    @app.get("/api/map", summary="Compact event points for the map, largest first (at most 5,000).")
    def map_points(since: Since = None, until: Until = None, country: Country = None, admin1: Admin1 = None,
                   actor: Actor = None, side: Side = None, status: Status = None,
                   source: Source = None) -> dict[str, Any]:
        f = filters(since=since, until=until, country=country, admin1=admin1, actor=actor, side=side, status=status,
                    source=source)
        items = run(lambda s: data.map_points(s, f))
        return {"total": len(items), "items": items}

    @app.get("/api/timeline", summary="Reconciled figures per month and perpetrator side.")
    def timeline(status: Annotated[str, Query(description=f"One of {', '.join(STATUSES)}.")] = "killed",
                 since: Since = None, until: Until = None, country: Country = None, admin1: Admin1 = None,
                 actor: Actor = None, side: Side = None, source: Source = None) -> dict[str, Any]:
        f = filters(since=since, until=until, country=country, admin1=admin1, actor=actor, side=side, source=source,
                    status=status)
        assert f.status is not None
        items = run(lambda s: data.timeline(s, f, f.status or "killed"))
        return {"status": f.status, "items": items}

    @app.get("/api/facets", summary="Values for the dashboard's filters and the date range of events.")
    def facets() -> dict[str, Any]:
        result: dict[str, Any] = dict(run(data.facets))
        result["colors"] = {s: data.side_color(s) for s in [*data.SIDE_COLORS, *result["sides"]]}
        return result

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def dashboard() -> HTMLResponse:
        return HTMLResponse(_static("dashboard.html"))

    @app.get("/static/{name}", include_in_schema=False)
    def static(name: str) -> Response:
        if name not in _STATIC:
            raise HTTPException(404, detail="no such file")
        return Response(_static(name), media_type=_STATIC[name])

    return app
