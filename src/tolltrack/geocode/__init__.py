"""Offline gazetteer and geocoder for place names in conflict reports.

Typical use::

    from tolltrack.geocode import default_geocoder
    geo = default_geocoder()            # builds ~/.cache/tolltrack/gazetteer.sqlite once,
                                        # and reads the user's imports.sqlite beside it
    geo.resolve("east of Palmyra")      # Resolution(entry=Tadmur, precision="near", ...)

Importing this package reads no files; data is loaded by the explicit open/load calls.
"""

from .build import (
    build_default_gazetteer,
    default_gazetteer_path,
    default_imports_path,
    gazetteer_info,
    open_default_gazetteer,
)
from .curated import Admin1, Admin1Table, load_admin1, load_features
from .evaluate import PlaceScores, evaluate_places
from .gazetteer import ChainGazetteer, Gazetteer, MemoryGazetteer, SqliteGazetteer, write_sqlite_gazetteer
from .geonames_import import GeonamesFormatError, import_geonames
from .model import FEATURES, GazetteerEntry
from .normalize import normalize_name
from .resolve import PRECISIONS, Geocoder, Resolution, default_geocoder

__all__ = [
    "FEATURES",
    "PRECISIONS",
    "Admin1",
    "Admin1Table",
    "ChainGazetteer",
    "Gazetteer",
    "GazetteerEntry",
    "Geocoder",
    "GeonamesFormatError",
    "MemoryGazetteer",
    "PlaceScores",
    "Resolution",
    "SqliteGazetteer",
    "build_default_gazetteer",
    "default_gazetteer_path",
    "default_imports_path",
    "default_geocoder",
    "evaluate_places",
    "gazetteer_info",
    "import_geonames",
    "load_admin1",
    "load_features",
    "normalize_name",
    "open_default_gazetteer",
    "write_sqlite_gazetteer",
]
