"""Event rules learnt from the opened sets fresh44-55, on short texts of our own with invented people."""

from __future__ import annotations

import pytest

from dipgraph.loaders.extract import Extractor
from tests.test_rules_events_context import S, events, pairs


@pytest.mark.parametrize("body", [
    "Uganda and Kenya agreed on Tuesday that a joint technical committee will meet in Nairobi in June.",
    "Uganda and Kenya agreed on Tuesday that the dispute must be settled through dialogue.",
])
def test_what_two_sides_agree_will_be_done_is_an_agreement(extractor: Extractor, body: str) -> None:
    # 'agreed that ...' is a deal about what is to be done, not words said (ANNOTATION.md: 057)
    assert pairs(events(extractor, body), "agreement") == {(S("Ugandan government"), S("Kenyan government"))}


def test_a_view_one_side_says_it_shares_is_no_agreement(extractor: Extractor) -> None:
    assert events(extractor, "The Ugandan government said it agreed that the situation was serious.") == []


@pytest.mark.parametrize("body", [
    "Senegal's army sent two more companies of paratroopers to the Bignona area on Monday.",
    "Senegal's army moved a platoon of soldiers to the border on Monday.",
])
def test_companies_and_platoons_sent_or_moved_are_deployed(extractor: Extractor, body: str) -> None:
    assert [(kind, actors) for kind, actors, *_ in events(extractor, body)] == [
        ("military deployment" if "sent" in body else "military posture", S("Senegalese Army"))]


@pytest.mark.parametrize(("body", "actor"), [
    ("The Chadian army said on Monday that reinforcements had been sent to the border posts at Zouar.", "Chadian Army"),
    ("Two frigates of the Hellenic Navy were sent to the area south of Crete on Sunday.", "Hellenic Navy"),
])
def test_forces_sent_in_a_passive_are_the_reporting_or_owning_forces(extractor: Extractor, body: str,
                                                                     actor: str) -> None:
    assert [(kind, actors) for kind, actors, *_ in events(extractor, body)] == [("military deployment", S(actor))]
    assert events(extractor, "A delegation was sent to the area on Monday, the Chadian army said.") == []


@pytest.mark.parametrize("body", [
    "Madagascar's navy had stepped up its patrols in the zone last week.",
    "Madagascar's navy intensified its patrols near the islands last week.",
])
def test_patrols_stepped_up_are_a_show_of_force(extractor: Extractor, body: str) -> None:
    assert [(kind, actors) for kind, actors, *_ in events(extractor, body)] == [
        ("military posture", S("Malagasy Navy"))]
    assert events(extractor, "The minister stepped up his criticism of France last week.") == []


def test_the_two_who_agree_after_a_call_in_the_same_sentence_are_its_parties(extractor: Extractor) -> None:
    found = events(extractor, "Ukrainian Foreign Minister Andrii Valko spoke by phone with his Polish counterpart "
                              "Tomasz Brzek on Tuesday, and the two agreed to share radar data on drone flights.")
    assert pairs(found, "agreement") == {(S("Andrii Valko"), S("Tomasz Brzek"))}
    assert pairs(found, "telephone call") == {(S("Andrii Valko"), S("Tomasz Brzek"))}
