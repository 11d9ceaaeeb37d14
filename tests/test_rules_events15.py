"""Event rules of the twenty-third session, on short texts of our own with invented people and places."""

from __future__ import annotations

import pytest

from dipgraph.loaders.extract import Extractor
from tests.test_rules_events_context import S, events, pairs


def test_taking_part_in_a_joint_exercise_is_doing_it(extractor: Extractor) -> None:
    body = "Zambia and Malawi took part in a joint exercise near the lake on Friday."
    assert pairs(events(extractor, body), "military cooperation") == {
        (S("Zambian government"), S("Malawian government"))}


def test_participating_in_talks_is_holding_them(extractor: Extractor) -> None:
    """Guards a case next to the change: 'talks with X' was an event before it."""
    body = "Zambia participated in talks with Malawi in Lilongwe on Friday."
    assert pairs(events(extractor, body), "negotiation") == {(S("Zambian government"), S("Malawian government"))}



@pytest.mark.parametrize(("body", "kind"), [
    ("Zambia suspended the recruitment of Malawian workers on Tuesday.", "cooperation suspended"),
    ("Zambia suspended the annual consultations with Malawi on Tuesday.", "cooperation suspended"),
    ("Zambia suspended the payment of 12 million dollars to Malawi on Tuesday.", "reduce aid"),
    ("Zambia paused its aid to Malawi on Tuesday.", "reduce aid"),
])
def test_suspending_cooperation_or_aid_reduces_relations(extractor: Extractor, body: str, kind: str) -> None:
    assert pairs(events(extractor, body), kind) == {(S("Zambian government"), S("Malawian government"))}


SIDES = "Zambia protested to Malawi on Monday. Malawi rejected the protest on Tuesday. Zambia recalled its envoy.\n\n"


def test_a_treaty_dated_by_its_year_alone_is_the_storys_two_sides(extractor: Extractor) -> None:
    body = SIDES + "The two countries are bound by the 1994 border accord, which officials say still holds."
    assert pairs(events(extractor, body), "agreement") == {(S("Zambian government"), S("Malawian government"))}


def test_an_agreement_of_a_named_day_is_no_background_treaty(extractor: Extractor) -> None:
    """Guards the change: 'Tuesday's agreement' is the one told that day, not a new one."""
    body = SIDES + "Officials said Tuesday's agreement would be hard to keep."
    assert pairs(events(extractor, body), "agreement") == set()


def test_calling_on_a_leader_is_a_visit(extractor: Extractor) -> None:
    body = ("Zambia protested to Malawi on Monday.\n\nZambian envoy Peter Banda called on Malawian President Ilse "
            "Mwale at State House on Wednesday.")
    assert pairs(events(extractor, body), "visit") == {(S("Peter Banda"), S("Ilse Mwale"))}


@pytest.mark.parametrize("body", [
    "Zambia called on Malawi to release the men on Wednesday.",
    "The minister called on the Malawian President, Ilse Mwale, to release the men on Wednesday.",
])
def test_calling_on_someone_to_act_is_no_visit(extractor: Extractor, body: str) -> None:
    assert pairs(events(extractor, body), "visit") == set()


def test_a_boat_stopped_by_a_force_is_held(extractor: Extractor) -> None:
    body = "Zambian police stopped a Malawian fishing boat on the lake on Sunday."
    assert [actors for kind, actors, _t, _d in events(extractor, body) if kind == "arrest"] == [S("Zambian Police")]


def test_trade_stopped_is_still_cut(extractor: Extractor) -> None:
    """Guards a case next to the change: 'stop' keeps what 'halt' does."""
    body = "Zambia stopped fuel deliveries to Malawi on Sunday."
    assert pairs(events(extractor, body), "embargo") == {(S("Zambian government"), S("Malawian government"))}
