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


def test_speaking_to_an_audience_while_saying_something_is_no_consultation(extractor: Extractor) -> None:
    """'X, speaking to the Senate on Tuesday, said ...': where X said it, not talks with the Senate."""
    found = events(extractor, "Paraguay's foreign minister Julio Benítez, speaking to the Senate on Tuesday, said "
                              "the bridge would reopen.")
    assert not pairs(found, "consultation"), found


def test_speaking_by_telephone_while_saying_something_is_still_a_call(extractor: Extractor) -> None:
    """Guards a case next to the change: a participle with someone spoken with is still the contact."""
    found = events(extractor, "Paraguay's foreign minister Julio Benítez, speaking by telephone with Brazilian "
                              "Foreign Minister Ana Costa on Tuesday, said the bridge would reopen.")
    assert (S("Julio Benítez"), S("Ana Costa")) in pairs(found, "telephone call"), found


def test_speaking_to_an_audience_is_still_a_consultation_when_that_is_the_news(extractor: Extractor) -> None:
    """Guards a case next to the change: 'X spoke to the Senate about the bridge' is told for itself."""
    found = events(extractor, "Paraguay's foreign minister Julio Benítez spoke to the Senate on Tuesday about the "
                              "bridge.")
    assert (S("Julio Benítez"), S("Paraguayan Senate")) in pairs(found, "consultation"), found
