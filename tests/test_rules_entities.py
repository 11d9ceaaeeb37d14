"""Rules that find people and institutions, each on short invented sentences (not from any sample or dev article)."""

from __future__ import annotations

from dipgraph.graph.document import GraphDocument
from dipgraph.loaders.extract import Extractor
from dipgraph.loaders.text import title_and_body

DATE = "2024-03-20"


def extract(extractor: Extractor, text: str) -> GraphDocument:
    return extractor.extract(text, date=DATE)


def people(doc: GraphDocument) -> set[str]:
    return {n.properties["name"] for n in doc.nodes if n.label == "Person"}


def institutions(doc: GraphDocument) -> dict[str, dict]:
    return {n.properties["name"]: n.properties for n in doc.nodes if n.label == "Institution"}


# --- A1: page furniture ----------------------------------------------------------------------------

def test_source_date_and_byline_lines_are_furniture() -> None:
    text = ("Envoys meet in Geneva over border dispute\n\nAlpine Desk | 4 March 2024\n\nBy Petra Lindqvist\n"
            "Monday, March 4, 2024\n\nGENEVA — Envoys met on Monday.")
    title, body = title_and_body(text)
    assert title == "Envoys meet in Geneva over border dispute"
    assert text[body:].startswith("GENEVA")


def test_a_kicker_and_a_repeated_title_come_before_the_byline() -> None:
    text = ("Ruritania halts talks\n\nRuritania\n\nRuritania halts talks\n\nBy Oskar Brandt\n\n"
            "A photo caption ends with a full stop.\n\nThe government halted talks.")
    _, body = title_and_body(text)
    assert text[body:].startswith("A photo caption")


def test_no_people_from_source_lines(extractor: Extractor) -> None:
    doc = extract(extractor, "Talks stall in Vienna\n\nDanube Wire | 2 May 2024\nBy Marta Kowal\n\n"
                             "Foreign Minister Anders Holm said the talks had stalled.")
    assert people(doc) == {"Anders Holm"}


def test_a_transcript_header_keeps_its_speaker(extractor: Extractor) -> None:
    doc = extract(extractor, "Press Briefing – March 4, 2024\nPeter Lanford, Spokesperson\n\n"
                             "MR. LANFORD: Good afternoon. We welcome the truce.\n\nQUESTION: Any talks?\n\n"
                             "MR. LANFORD: None are planned.")
    assert "Peter Lanford" in people(doc)
