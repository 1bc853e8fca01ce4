"""The store's schema as ordered, versioned migrations, one SQL text each.

Each migration is plain SQL shared by SQLite and PostgreSQL; the only dialect-specific
piece is the ``{pk}`` placeholder for an auto-numbered primary key. Migrations are applied
in order, each in its own transaction, and recorded in ``schema_version``. Never edit a
released migration: append a new one.

Conventions: dates are ISO 8601 text (``YYYY-MM-DD``; times ``YYYY-MM-DDTHH:MM:SSZ``), so
they sort and compare the same way in both databases and ``substr(period_start, 1, 7)``
is the month; lists are JSON text.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    sql: str


INITIAL = """
CREATE TABLE documents (
    id {pk},
    doc_key TEXT NOT NULL UNIQUE,
    url TEXT,
    outlet TEXT,
    title TEXT,
    published TEXT,
    content_hash TEXT NOT NULL,
    source TEXT,
    ingested_at TEXT NOT NULL,
    warnings TEXT,
    text TEXT NOT NULL
);
CREATE INDEX documents_content_hash ON documents (content_hash);
CREATE INDEX documents_url ON documents (url);
CREATE INDEX documents_published ON documents (published);

CREATE TABLE actors (
    id {pk},
    side TEXT NOT NULL,
    name TEXT NOT NULL,
    category TEXT,
    UNIQUE (side, name)
);

CREATE TABLE places (
    id {pk},
    place_key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    canonical TEXT,
    admin1 TEXT,
    admin2 TEXT,
    country TEXT,
    lat DOUBLE PRECISION,
    lon DOUBLE PRECISION,
    precision TEXT NOT NULL,
    gazetteer_id TEXT
);
CREATE INDEX places_admin1 ON places (country, admin1);
CREATE INDEX places_gazetteer_id ON places (gazetteer_id);

CREATE TABLE claims (
    id {pk},
    document_id BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    status TEXT NOT NULL,
    count_value INTEGER,
    qualifier TEXT NOT NULL,
    vague TEXT,
    alt_counts TEXT NOT NULL DEFAULT '[]',
    low INTEGER,
    best INTEGER,
    high INTEGER,
    victim_side TEXT NOT NULL,
    victim_name TEXT NOT NULL,
    victim_actor_id BIGINT REFERENCES actors (id),
    perpetrator_side TEXT,
    perpetrator_name TEXT,
    perpetrator_actor_id BIGINT REFERENCES actors (id),
    admin1 TEXT,
    admin1_all TEXT NOT NULL DEFAULT '[]',
    country TEXT,
    period_start TEXT,
    period_end TEXT,
    is_aggregate BOOLEAN NOT NULL,
    parent_seq INTEGER,
    parent_id BIGINT REFERENCES claims (id) ON DELETE SET NULL,
    reported_by TEXT,
    evidence_start INTEGER NOT NULL,
    evidence_end INTEGER NOT NULL,
    evidence_text TEXT NOT NULL,
    sentence_start INTEGER,
    sentence_end INTEGER,
    sentence_text TEXT,
    UNIQUE (document_id, seq)
);
CREATE INDEX claims_status_period ON claims (status, period_start);
CREATE INDEX claims_status_admin1_period ON claims (status, admin1, period_start);
CREATE INDEX claims_status_side_period ON claims (status, victim_side, period_start);
CREATE INDEX claims_status_country_period ON claims (status, country, period_start);
CREATE INDEX claims_parent ON claims (parent_id);
CREATE INDEX claims_victim_actor ON claims (victim_actor_id);
CREATE INDEX claims_perpetrator_actor ON claims (perpetrator_actor_id);

CREATE TABLE claim_places (
    claim_id BIGINT NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    place_id BIGINT NOT NULL REFERENCES places (id),
    name TEXT NOT NULL,
    canonical TEXT,
    admin1 TEXT,
    admin2 TEXT,
    country TEXT,
    lat DOUBLE PRECISION,
    lon DOUBLE PRECISION,
    precision TEXT NOT NULL,
    gazetteer_id TEXT,
    PRIMARY KEY (claim_id, seq)
);
CREATE INDEX claim_places_place ON claim_places (place_id);

CREATE TABLE control_claims (
    id {pk},
    document_id BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    actor_side TEXT NOT NULL,
    actor_name TEXT NOT NULL,
    actor_id BIGINT REFERENCES actors (id),
    change TEXT NOT NULL,
    area_km2 DOUBLE PRECISION,
    share_pct DOUBLE PRECISION,
    villages INTEGER,
    as_of TEXT,
    evidence_start INTEGER NOT NULL,
    evidence_end INTEGER NOT NULL,
    evidence_text TEXT NOT NULL,
    UNIQUE (document_id, seq)
);
CREATE INDEX control_claims_actor_as_of ON control_claims (actor_side, as_of);

CREATE TABLE events (
    id {pk},
    event_type TEXT NOT NULL,
    sub_event_type TEXT,
    date_start TEXT,
    date_end TEXT,
    time_precision INTEGER,
    country TEXT,
    admin1 TEXT,
    admin2 TEXT,
    location TEXT,
    place_id BIGINT REFERENCES places (id),
    lat DOUBLE PRECISION,
    lon DOUBLE PRECISION,
    geo_precision TEXT,
    actor1_id BIGINT REFERENCES actors (id),
    actor2_id BIGINT REFERENCES actors (id),
    fatalities_low INTEGER,
    fatalities_best INTEGER,
    fatalities_high INTEGER,
    source_count INTEGER NOT NULL DEFAULT 0,
    notes TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX events_date ON events (date_start);
CREATE INDEX events_admin1_date ON events (country, admin1, date_start);
CREATE INDEX events_type_date ON events (event_type, date_start);

CREATE TABLE event_claims (
    event_id BIGINT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    claim_id BIGINT NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    role TEXT NOT NULL DEFAULT 'incident',
    PRIMARY KEY (event_id, claim_id)
);
CREATE INDEX event_claims_claim ON event_claims (claim_id);

CREATE TABLE errors (
    id {pk},
    source TEXT NOT NULL,
    line INTEGER,
    doc_key TEXT,
    url TEXT,
    message TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX errors_created_at ON errors (created_at);
CREATE INDEX errors_doc_key ON errors (doc_key)
"""

EVENT_FATALITIES = """
CREATE TABLE event_fatalities (
    event_id BIGINT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    side TEXT NOT NULL,
    low INTEGER,
    best INTEGER,
    high INTEGER,
    sources INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (event_id, status, side)
);
CREATE INDEX event_fatalities_status_side ON event_fatalities (status, side)
"""

DASHBOARD_INDEXES = """
CREATE INDEX events_actor1 ON events (actor1_id);
CREATE INDEX documents_outlet_lower ON documents (LOWER(outlet));
CREATE INDEX documents_doc_key_lower ON documents (LOWER(doc_key));
CREATE INDEX claims_reported_by_lower ON claims (LOWER(reported_by))
"""

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "documents, claims, places, actors, control claims, events, errors", INITIAL),
    Migration(2, "event_fatalities: reconciled low/best/high per event, status and side", EVENT_FATALITIES),
    Migration(3, "indexes for the dashboard's perpetrator-side and source filters", DASHBOARD_INDEXES),
)


def statements(sql: str, pk: str) -> list[str]:
    """Split a migration into statements, with the dialect's primary-key type filled in."""
    text = sql.replace("{pk}", pk)
    return [s.strip() for s in text.split(";") if s.strip()]
