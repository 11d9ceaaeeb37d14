"""Event rules learnt from the opened sets fresh68-79, on short texts of our own with invented people."""

from __future__ import annotations

import pytest

from dipgraph.loaders.extract import Extractor
from tests.test_rules_events_context import S, events, pairs

STRANDED = ("Lorries bound for Malawi were stranded on a Mozambican highway on Tuesday.\n\n"
            "Mozambique closed the border on Monday, and Mozambican police arrested 14 Malawian drivers.\n\n")


@pytest.mark.parametrize("call", [
    "The presidents of the two countries spoke by telephone on Sunday.",
    "The two presidents spoke by telephone on Sunday.",
])
def test_a_call_between_the_two_is_the_first_named_partys(extractor: Extractor, call: str) -> None:
    # Mozambique acts more often before the call, but the article names Malawi first
    assert pairs(events(extractor, STRANDED + call), "telephone call") == {
        (S("Malawian government"), S("Mozambican government"))}


def test_a_call_between_two_named_keeps_their_order(extractor: Extractor) -> None:
    body = STRANDED + "Mozambique and Malawi spoke by telephone on Sunday."
    assert pairs(events(extractor, body), "telephone call") == {(S("Mozambican government"), S("Malawian government"))}


MET = ("Kenya's Foreign Minister, Amina Wekesa, met Uganda's Foreign Minister, Ruth Nankya, in Kampala on Tuesday.\n\n"
       "After the meeting, Wekesa said Nairobi respected Uganda's decision.\n\n")


def test_the_two_ministers_a_speaker_says_agreed_are_the_speaker_and_the_other_minister(extractor: Extractor) -> None:
    body = MET + "Nankya, for her part, said the two ministers had agreed to set up a joint working group."
    assert pairs(events(extractor, body), "agreement") == {(S("Amina Wekesa"), S("Ruth Nankya"))}


def test_the_two_ministers_a_mediator_says_agreed_are_not_the_mediator(extractor: Extractor) -> None:
    body = MET + "Kenyan mediator Peter Otieno said the two ministers had agreed to set up a joint working group."
    assert "Peter Otieno" not in {n for a, _ in pairs(events(extractor, body), "agreement") for n in a}


def test_the_two_foreign_ministers_are_the_two_so_titled_not_the_governments_named_near(extractor: Extractor) -> None:
    body = ("Foreign Minister Tomás Villalba of Paraguay handed the Argentine ambassador a note on Monday.\n\n"
            "Argentina's Foreign Minister Lucía Ferreyra rejected the accusation on Tuesday.\n\n"
            "Brazil, which shares a dam with Paraguay, called on both sides to settle the dispute.\n\n"
            "The two foreign ministers spoke by telephone on Thursday.")
    assert pairs(events(extractor, body), "telephone call") == {(S("Tomás Villalba"), S("Lucía Ferreyra"))}


def test_his_excellency_is_a_form_of_address_not_a_person(extractor: Extractor) -> None:
    body = ("His Excellency the Minister of Foreign Affairs, Dr. Khalid Al Mahmood, spoke by phone yesterday with the "
            "Iranian Foreign Minister, Mr. Hossein Rahmani.")
    doc = extractor.extract(body, date="2026-01-19")
    assert "Excellency" not in {n.properties["name"] for n in doc.nodes if n.label == "Person"}
    assert pairs(events(extractor, body), "telephone call") == {(S("Khalid Al Mahmood"), S("Hossein Rahmani"))}


def test_a_telephone_talk_is_a_call(extractor: Extractor) -> None:
    body = "Foreign Minister Kenta Sato held a telephone talk with South Korean Foreign Minister Park Min-ji on Monday."
    assert pairs(events(extractor, body), "telephone call") == {(S("Kenta Sato"), S("Park Min-ji"))}
