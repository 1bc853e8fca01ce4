"""Invented documents and hand-built extractions that use every field of the format."""

from __future__ import annotations

from tolltrack.model import Actor, Casualty, Control, Document, Evidence, Extraction, Period, Place

TEXT = ("Monitors said on Friday that 40 people had been killed in the province since the start of the "
        "month. At least 12 villagers were killed in shelling on Qaryat al-Zaytun on Tuesday, and about "
        "30 fighters were wounded near the river crossing. The northern brigade took control of 6 villages.")

QARYA = Place(name="Qaryat al-Zaytun", admin1="Northern Province", country="XX", lat=35.25, lon=36.5,
              precision="exact", gazetteer_id="gn:999001", admin2="River District", canonical="Qaryat al-Zaytun")
RIVER = Place(name="the river crossing", admin1="Northern Province", country="XX", precision="near")
NOWHERE = Place(name="Wadi Nowhere")


def document(doc_id: str = "doc-1", text: str = TEXT, published: str | None = "2031-05-09",
             url: str | None = "https://news.example/a/1") -> Document:
    return Document(id=doc_id, text=text, published=published, title="Shelling on the river",
                    url=url, outlet="news.example")


def ev(text: str, phrase: str) -> Evidence:
    start = text.index(phrase)
    return Evidence(start, start + len(phrase), phrase)


def extraction(doc: Document | None = None, *, n_incidents: int = 2) -> Extraction:
    """A tally with ``n_incidents`` parts (the first two hand-made, the rest copies)."""
    doc = doc or document()
    text = doc.text
    total = Casualty(
        status="killed", count=40, qualifier="exact", vague=None, victim=Actor("CIV", "Civilians"),
        perpetrator=None, places=[NOWHERE], period=Period("2031-05-01", "2031-05-09"), aggregate=True,
        parent=None, reported_by="Monitors", evidence=ev(text, "40 people had been killed"),
        alt_counts=[38], country="XX", sentence=ev(text, text.split(". ")[0]))
    killed = Casualty(
        status="killed", count=12, qualifier="at_least", vague=None, victim=Actor("CIV", "Civilians", "civilians"),
        perpetrator=Actor("GOV", "Government forces"), places=[QARYA], period=Period("2031-05-06", "2031-05-06"),
        aggregate=False, parent=0, reported_by=None, evidence=ev(text, "At least 12 villagers were killed"),
        country="XX", sentence=None)
    wounded = Casualty(
        status="injured", count=30, qualifier="about", vague=None, victim=Actor("OPP", "Rebel fighters"),
        perpetrator=None, places=[RIVER, QARYA], period=Period(None, None), aggregate=False, parent=0,
        reported_by=None, evidence=ev(text, "about 30 fighters were wounded"), country=None)
    parts = [killed, wounded][:n_incidents]
    while len(parts) < n_incidents:
        parts.append(Casualty(**{**killed.__dict__, "count": len(parts)}))
    control = Control(actor=Actor("OPP", "Northern brigade"), change="gained", evidence=ev(text, "6 villages"),
                      villages=6, as_of="2031-05-09")
    return Extraction(id=doc.id, published=doc.published, casualties=[total, *parts], control=[control],
                      warnings=["a test warning"])
