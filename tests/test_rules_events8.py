"""Event rules learnt from the opened sets fresh32-43, on short texts of our own with invented people."""

from __future__ import annotations

import pytest

from dipgraph.loaders.extract import Extractor
from tests.test_rules_events_context import S, events, pairs


@pytest.mark.parametrize(("body", "first", "second"), [
    ("Peru protested to Ecuador on Monday over the shooting. On Tuesday Ecuador sent a note to Peru. The two sides "
     "agreed on Wednesday to set up a joint team to investigate the shooting.", "Peruvian government",
     "Ecuadorian government"),
    ("Peru's foreign minister Ana Quiroz wrote to her Ecuadorian counterpart Luis Mena on Monday. Mena answered "
     "Quiroz on Tuesday. The two ministers agreed on Wednesday to set up a joint team.", "Ana Quiroz", "Luis Mena"),
])
def test_what_the_two_sides_agree_is_the_first_named_sides(extractor: Extractor, body: str, first: str,
                                                            second: str) -> None:
    # the sentence before names the other side first; the article named this one first: the actor (ANNOTATION.md)
    assert pairs(events(extractor, body), "agreement") == {(S(first), S(second))}


@pytest.mark.parametrize(("body", "agreed"), [
    ("Iraq and Iran agreed on Monday on a timetable for the withdrawal.", True),
    ("Iraqi and Iranian customs officials agreed on a single inspection point on Monday.", True),
    ("Iraq and Iran agreed on Monday on the need for calm.", False),  # a shared view, no deal
    ("Iraq and Iran agreed on Monday to a ceasefire.", False),  # the ceasefire is the event
])
def test_what_two_sides_agree_on_is_an_agreement(extractor: Extractor, body: str, agreed: bool) -> None:
    found = pairs(events(extractor, body), "agreement")
    assert found == ({(S("Iraqi government"), S("Iranian government"))} if agreed else set())


def test_a_diplomatic_note_sent_is_a_protest(extractor: Extractor) -> None:
    found = events(extractor, "Cambodia's Foreign Ministry sent a diplomatic note to Vientiane on Monday.")
    assert pairs(found, "protest") == {(S("Cambodian Foreign Ministry"), S("Laotian government"))}
    assert events(extractor, "The minister struck a conciliatory note on Monday.") == []


@pytest.mark.parametrize("body", [
    "Brazil called in Argentina's ambassador on Monday.",  # 'in' parsed as a preposition
    "Brazil called Argentina's ambassador in on Monday.",  # 'in' parsed as a particle
])
def test_an_envoy_called_in_is_summoned(extractor: Extractor, body: str) -> None:
    assert pairs(events(extractor, body), "protest (ambassador summoned)") == {
        (S("Brazilian government"), S("Argentine government"))}


@pytest.mark.parametrize("body", [
    "Malaysian Prime Minister Anwar Ibrahim held a video call on Thursday with Singaporean Prime Minister Lee Wei.",
    "Malaysian Prime Minister Anwar Ibrahim held a telephone conversation with Singaporean Prime Minister Lee Wei "
    "on Thursday.",
])
def test_video_calls_and_telephone_conversations_are_calls(extractor: Extractor, body: str) -> None:
    assert pairs(events(extractor, body), "telephone call") == {(S("Anwar Ibrahim"), S("Lee Wei"))}


@pytest.mark.parametrize("body", [
    "On Monday the Lebanese Army deployed two additional regiments along the northern border with Syria.",
    "The Maltese navy dispatched an offshore patrol vessel to the area on Saturday afternoon.",
    "The Philippine Coast Guard sent two cutters to the shoal on Monday.",
])
def test_regiments_cutters_and_ships_dispatched_are_deployed(extractor: Extractor, body: str) -> None:
    assert {e[0] for e in events(extractor, body)} & {"military posture", "military deployment"}


def test_boats_intercepted_are_seized_and_drones_intercepted_are_not(extractor: Extractor) -> None:
    found = events(extractor, "The Mauritanian coast guard intercepted four Senegalese pirogues off Nouadhibou on "
                              "Monday.")
    assert pairs(found, "seizure") == {(S("Mauritanian Coast Guard"), S("Senegalese government"))}
    assert events(extractor, "Israeli air defences intercepted two drones on Monday.") == []


@pytest.mark.parametrize("body", [
    "Peru and Ecuador agreed on Monday to hold talks in Quito next month.",
    "Peru's foreign minister Ana Quiroz spoke by phone with Ecuador's foreign minister Luis Mena on Monday. The two "
    "ministers agreed to meet again in Quito in May.",
])
def test_talks_agreed_on_are_still_to_come_and_the_agreement_is_the_event(extractor: Extractor, body: str) -> None:
    found = events(extractor, body)
    assert {e[0] for e in found} - {"telephone call"} == {"agreement"}


def test_whom_an_issue_was_raised_with_in_a_call_is_the_call_s_target(extractor: Extractor) -> None:
    # 'with' hung on 'the issue', not on the verb
    found = events(extractor, "Prime Minister Matej Novak of Slovenia raised the issue with Austrian Chancellor Markus "
                              "Weber in a telephone call on Monday, the government said.")
    assert pairs(found, "telephone call") == {(S("Matej Novak"), S("Markus Weber"))}
