"""Event rules learnt from the opened sets fresh56-67, on short texts of our own with invented people."""

from __future__ import annotations

import pytest

from dipgraph.loaders.extract import Extractor
from tests.test_rules_events_context import S, events, pairs


@pytest.mark.parametrize(("body", "actor"), [
    ("Gendarmes arrested 14 people in the town of Bol on Monday, the Chadian Interior Ministry said.",
     "Chadian Gendarmerie"),
    ("Police arrested nine people on Monday, the Chadian Interior Ministry said.", "Chadian Police"),
    ("The Tanzanian police said officers had arrested 23 suspects in raids in Mtwara.", "Tanzanian Police"),
])
def test_men_named_by_what_they_are_serve_the_reporting_state(extractor: Extractor, body: str, actor: str) -> None:
    assert [(kind, actors) for kind, actors, *_ in events(extractor, body)] == [("arrest", S(actor))]


def test_men_named_by_what_they_are_serve_the_state_of_the_clause_they_are_joined_to(extractor: Extractor) -> None:
    body = ("Gabon's Interior Ministry ordered the crossing closed on Monday, and gendarmes detained 23 Cameroonian "
            "traders over the following two days.")
    assert ("arrest", S("Gabonese Gendarmerie")) in [(kind, actors) for kind, actors, *_ in events(extractor, body)]


def test_officers_reported_by_a_ministry_are_nobody_known(extractor: Extractor) -> None:
    # customs, border or police officers: the ministry's words do not say which
    assert events(extractor, "Officers arrested nine people on Monday, the Chadian Interior Ministry said.") == []


def test_they_who_agree_are_the_two_as_their_sentence_names_them(extractor: Extractor) -> None:
    # the article names the Algerian first; the sentence that 'they' points back to names the French first
    body = ("Algerian Interior Minister Rachid Benyoucef recalled his envoy on Monday.\n\n"
            "French Interior Minister Hélène Marchetti said France did not choose this escalation.\n\n"
            "Marchetti and Benyoucef last spoke by telephone on March 2, when they agreed to set up a working group.")
    assert pairs(events(extractor, body), "agreement") == {(S("Hélène Marchetti"), S("Rachid Benyoucef"))}


@pytest.mark.parametrize("body", [
    "Kenya and Uganda agreed on Tuesday to ask their fisheries officials to meet before the end of the month.",
    "Kenya and Uganda agreed on Tuesday to revive a joint technical commission, which has not met since 2022.",
])
def test_what_two_sides_agree_to_ask_or_revive_is_an_agreement(extractor: Extractor, body: str) -> None:
    # the meeting asked for is still to come, and a commission's past is no part of what was agreed
    assert pairs(events(extractor, body), "agreement") == {(S("Kenyan government"), S("Ugandan government"))}
    assert all(kind == "agreement" for kind, *_ in events(extractor, body))


def test_a_person_joined_to_another_persons_country_is_named_with_him(extractor: Extractor) -> None:
    # parsed as 'President A of [Botswana and President B]'
    body = "President Kgosi Ramotswa of Botswana and South African President Themba Ngcobo spoke by phone on Monday."
    assert pairs(events(extractor, body), "telephone call") == {(S("Kgosi Ramotswa"), S("Themba Ngcobo"))}


@pytest.mark.parametrize(("body", "kind", "actor"), [
    ("Bratislava responded the next day by summoning Austria's ambassador.", "protest (ambassador summoned)",
     "Slovak government"),
    ("Egypt responded by deploying two mechanised battalions to the border.", "military posture",
     "Egyptian government"),
])
def test_what_a_side_responds_by_doing_is_its_own_act(extractor: Extractor, body: str, kind: str,
                                                      actor: str) -> None:
    assert [(k, actors) for k, actors, *_ in events(extractor, body)] == [(kind, S(actor))]


def test_what_a_side_would_not_respond_by_doing_is_not_done(extractor: Extractor) -> None:
    assert events(extractor, "Rwanda would not retaliate by closing its own side of the frontier, she said.") == []


@pytest.mark.parametrize("body", [
    "Australia handed over the fourth patrol boat to the Fijian government in Suva on Monday.",
    "China handed over a cheque for 4.5 billion rupees to Sri Lanka on Monday.",
])
def test_equipment_or_money_handed_over_is_aid(extractor: Extractor, body: str) -> None:
    assert [kind for kind, *_ in events(extractor, body)] == ["humanitarian aid"]


def test_captives_handed_over_are_still_released(extractor: Extractor) -> None:
    body = "Cameroon handed over nine Nigerian fishermen to Nigerian officials on Monday."
    assert [kind for kind, *_ in events(extractor, body)] == ["release of prisoners"]
