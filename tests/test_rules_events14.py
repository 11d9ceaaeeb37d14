"""Event rules of the twenty-second session, on short texts of our own with invented people and places."""

from __future__ import annotations

from dipgraph.loaders.extract import Extractor
from tests.test_rules_events_context import S, events, pairs

HELD = "Zambian police detained eleven Malawian traders near the border post on Sunday.\n\n"
FREED = {(S("Zambian government"), S("Malawian government"))}
BETWEEN = ("Malawi protested on Monday.\n\n"
           "The two countries have quarrelled over the lake for decades.\n\n")


def test_people_freed_paragraphs_after_their_arrest_are_freed_by_the_jailers_state(extractor: Extractor) -> None:
    body = HELD + BETWEEN + "The traders were released on Wednesday."
    assert pairs(events(extractor, body), "release of prisoners") == FREED


def test_members_of_a_force_freed_are_freed_to_its_state(extractor: Extractor) -> None:
    body = ("Zambian soldiers detained two Malawian police officers near the border post on Sunday.\n\n"
            "The officers were released on Wednesday.")
    assert pairs(events(extractor, body), "release of prisoners") == FREED


def test_people_freed_counted_alone_are_those_held_before(extractor: Extractor) -> None:
    body = HELD + "Nine were freed on Wednesday and two remain in custody."
    assert pairs(events(extractor, body), "release of prisoners") == FREED


def test_a_count_freed_of_the_held_is_a_release_too(extractor: Extractor) -> None:
    body = HELD + "Two of the eleven were released on Wednesday."
    assert pairs(events(extractor, body), "release of prisoners") == FREED
