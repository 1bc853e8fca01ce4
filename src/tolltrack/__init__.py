"""tolltrack: conflict reports in, a structured, geocoded, source-linked record out.

    >>> import tolltrack
    >>> result = tolltrack.extract_text("At least 12 civilians were killed ...", published="2024-03-02")
    >>> result.casualties[0].count
    12
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from tolltrack.model import Casualty, Control, Document, Extraction

if TYPE_CHECKING:
    from tolltrack.extract import Pipeline

__all__ = ["Casualty", "Control", "Document", "Extraction", "extract_document", "extract_text"]
__version__ = "0.1.0"


@cache
def _pipeline() -> Pipeline:
    from tolltrack.extract import Pipeline

    return Pipeline()


def extract_document(doc: Document) -> Extraction:
    """Run the default pipeline over one document."""
    return _pipeline()(doc)


def extract_text(text: str, *, published: str | None = None, id: str = "doc",
                 title: str | None = None) -> Extraction:
    """Extract claims from a report's text; ``published`` is YYYY-MM-DD if known.

    (Not ``tolltrack.extract``: that name is the pipeline's subpackage.)
    """
    return extract_document(Document(id=id, text=text, published=published, title=title))
