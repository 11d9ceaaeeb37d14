"""Event rules of the twenty-fourth session, on short texts of our own with invented people and places."""

from __future__ import annotations

from dipgraph.loaders.extract import Extractor
from tests.test_rules_events_context import S, events, pairs


def test_police_joined_to_an_armys_act_are_that_states_police(extractor: Extractor) -> None:
    body = ("Gunmen attacked a village in the north on Sunday. The Zambia Army sent 600 more soldiers to the area the "
            "next day, and police have since arrested seven people on suspicion of helping the attackers.")
    assert {a for a, _ in pairs(events(extractor, body), "arrest")} == {S("Zambian Police")}


def test_soldiers_joined_to_an_armys_act_are_still_that_army(extractor: Extractor) -> None:
    """Guards a case next to the change: soldiers after an army's act were its men before it."""
    body = ("The Zambia Army sealed the border crossing on Sunday, and soldiers have since arrested seven smugglers "
            "near the river.")
    assert {a for a, _ in pairs(events(extractor, body), "arrest")} == {S("Zambia Army")}
