"""Event rules of the twentieth session, on short texts of our own with invented people and places."""

from __future__ import annotations

import pytest

from dipgraph.loaders.extract import Extractor
from tests.test_rules_events_context import S, events, pairs

QUARRY = "Villagers blocked the road to a quarry near the border on Saturday.\n\n"


@pytest.mark.parametrize("arrest", [
    "The Zambian police moved in on Sunday, and six people were arrested.",
    "The Zambian police cleared the road on Sunday. Six people were arrested.",
])
def test_people_arrested_with_no_agent_named_are_held_by_the_force_at_work(extractor: Extractor, arrest: str) -> None:
    assert pairs(events(extractor, QUARRY + arrest), "arrest") == {(S("Zambian Police"), S())}


def test_members_of_a_force_arrested_are_not_their_own_jailers(extractor: Extractor) -> None:
    body = QUARRY + "Two officers of the Zambian police were detained on Sunday."
    assert pairs(events(extractor, body), "arrest") == set()


def test_people_arrested_by_an_unnamed_agent_are_not_the_nearby_forces(extractor: Extractor) -> None:
    body = QUARRY + "The Zambian police moved in on Sunday. Six people were detained by a patrol."
    assert pairs(events(extractor, body), "arrest") == set()


def test_states_that_cut_ties_with_a_third_each_cut_them_with_it(extractor: Extractor) -> None:
    body = "In 2018 Kenya and Uganda cut trade links with Somalia."
    assert pairs(events(extractor, body), "embargo") == {
        (S("Kenyan government"), S("Somali government")), (S("Ugandan government"), S("Somali government"))}


def test_states_that_exchange_prisoners_each_give_them_to_the_other(extractor: Extractor) -> None:
    found = pairs(events(extractor, "Kenya and Uganda exchanged prisoners on Monday."), "prisoner exchange")
    assert found == {(S("Kenyan government"), S("Ugandan government")),
                     (S("Ugandan government"), S("Kenyan government"))}


@pytest.mark.parametrize("background", [
    "Kenya says the 1890 treaty between Britain and Germany still sets the border.",
    "Uganda wants to revise a treaty signed in 1926.",
])
def test_a_treaty_named_is_no_agreement_made(extractor: Extractor, background: str) -> None:
    assert pairs(events(extractor, QUARRY + background), "agreement") == set()


def test_a_treaty_signed_is_still_an_agreement(extractor: Extractor) -> None:
    body = QUARRY + "Kenya and Uganda signed a border treaty in Kampala on Monday."
    assert pairs(events(extractor, body), "agreement") == {(S("Kenyan government"), S("Ugandan government"))}


TORKHAM = ("Pakistan and Afghanistan agreed on Monday to reopen the Torkham crossing. Pakistan closed the crossing "
           "last week after Afghanistan accused it of shelling.\n\n")


@pytest.mark.parametrize("freed", [
    "Twenty-three Pakistani citizens were released on Wednesday, the Pakistani foreign ministry said.",
    "Nine of them, all Pakistani nationals, were handed over at the bridge on Sunday.",
])
def test_nationals_freed_by_no_one_named_are_freed_by_the_other_side(extractor: Extractor, freed: str) -> None:
    assert pairs(events(extractor, TORKHAM + freed), "release of prisoners") == {
        (S("Afghan government"), S("Pakistani government"))}


def test_people_of_no_nationality_freed_by_no_one_named_are_no_event(extractor: Extractor) -> None:
    assert pairs(events(extractor, TORKHAM + "Nine men were released on Wednesday."), "release of prisoners") == set()
