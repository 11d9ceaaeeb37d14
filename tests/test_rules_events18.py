"""Event rules of the twenty-seventh session, on short texts of our own with invented people."""

from __future__ import annotations

from dipgraph.loaders.extract import Extractor
from tests.test_rules_events_context import S, events, pairs


def test_a_note_received_from_an_embassy_is_no_visit(extractor: Extractor) -> None:
    """What a state receives ('a diplomatic note', 'Ghana's letter', 'Turkmen gas') is no visit it hosts."""
    for text in ("On Monday, the Foreign Ministry of Benin received a diplomatic note from the Nigerian Embassy.",
                 "The Beninese government said it had received Ghana's letter on Monday.",
                 "Under the swap, Benin receives Nigerian gas in the south."):
        assert not pairs(events(extractor, text), "host visit"), text


def test_a_delegation_received_is_a_visit_hosted(extractor: Extractor) -> None:
    """Guards a case next to the change: people received are still hosted ('received a delegation from Togo')."""
    found = events(extractor, "Beninese President Paul Houngbo received a delegation from Togo on Monday.")
    assert (S("Paul Houngbo"), S("Togolese government")) in pairs(found, "host visit"), found
