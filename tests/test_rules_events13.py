"""Event rules of the twenty-first session, on short texts of our own with invented people and places."""

from __future__ import annotations

import pytest

from dipgraph.loaders.extract import Extractor
from tests.test_rules_events_context import S, events, pairs


def test_a_call_with_counterparts_of_two_countries_is_a_call_with_each(extractor: Extractor) -> None:
    body = ("Estonian Foreign Minister Kadri Lepp spoke by telephone with her Finnish and Swedish counterparts "
            "on Monday.")
    assert pairs(events(extractor, body), "telephone call") == {
        (S("Kadri Lepp"), S("Finnish government")), (S("Kadri Lepp"), S("Swedish government"))}


def test_counterparts_of_two_countries_named_earlier_are_those_people(extractor: Extractor) -> None:
    body = ("Finnish Foreign Minister Aino Virta and Swedish Foreign Minister Nils Berg met in Oslo last week.\n\n"
            "On Monday Estonian Foreign Minister Kadri Lepp spoke by telephone with her Finnish and Swedish "
            "counterparts.")
    found = pairs(events(extractor, body), "telephone call")
    assert {t for _a, t in found} == {S("Finnish government", "Aino Virta"), S("Swedish government", "Nils Berg")}


def test_their_ministers_after_two_states_are_those_two_states(extractor: Extractor) -> None:
    body = ("Zambia and Malawi traded accusations over the lake on Monday. Their foreign ministers spoke by "
            "telephone on Tuesday evening.")
    assert pairs(events(extractor, body), "telephone call") == {(S("Zambian government"), S("Malawian government"))}


def test_lorries_seized_by_a_force_are_a_seizure(extractor: Extractor) -> None:
    body = "Zambian police seized 14 lorries of maize near the border on Saturday."
    assert pairs(events(extractor, body), "seizure") == {(S("Zambian Police"), S())}


def test_equipment_confiscated_by_a_force_is_a_seizure(extractor: Extractor) -> None:
    body = "Zambian police confiscated their fishing nets on Saturday."
    assert pairs(events(extractor, body), "seizure") == {(S("Zambian Police"), S())}


def test_a_commission_session_called_off_halts_the_talks(extractor: Extractor) -> None:
    body = "Zambia called off a session of the joint permanent commission with Malawi on Monday."
    assert pairs(events(extractor, body), "halt negotiations") == {(S("Zambian government"), S("Malawian government"))}


def test_a_body_holding_a_session_meets(extractor: Extractor) -> None:
    body = "The Security Council held a closed-door session on the dispute on Monday."
    assert pairs(events(extractor, body), "meeting") == {(S("UN Security Council"), S())}


def test_a_visit_called_off_by_the_host_is_aimed_at_the_visitors(extractor: Extractor) -> None:
    body = "Zambia on Tuesday called off a visit by a delegation of the Malawian government."
    assert pairs(events(extractor, body), "visit cancelled") == {(S("Zambian government"), S("Malawian government"))}


def test_a_visit_cancelled_by_the_visitor_is_aimed_at_the_host(extractor: Extractor) -> None:
    body = "Zambia cancelled a planned visit to Malawi by its foreign minister on Thursday."
    assert pairs(events(extractor, body), "visit cancelled") == {(S("Zambian government"), S("Malawian government"))}


def test_we_agreed_after_i_met_b_is_an_agreement_with_b(extractor: Extractor) -> None:
    found = events(extractor, "MODERATOR: Good afternoon. Minister Tanoh, please.\n\nMINISTER TANOH: Thank you. "
                              "Yesterday I met Minister Abdou Garba in Niamey. We agreed to set up a joint survey "
                              "team.")
    assert pairs(found, "agreement") == {(S("Tanoh"), S("Abdou Garba"))}


def test_we_agreed_with_no_contact_told_is_no_agreement_with_anyone_in_particular(extractor: Extractor) -> None:
    found = events(extractor, "MODERATOR: Good afternoon. Minister Tanoh, please.\n\nMINISTER TANOH: Thank you. "
                              "We agreed to set up a joint survey team.")
    assert pairs(found, "agreement") == set()



def test_the_two_sides_act_in_the_order_the_story_first_names_them(extractor: Extractor) -> None:
    body = ("Honduras protested on Friday over the arrest of six fishermen.\n\n"
            "El Salvador said the men had been detained lawfully, and Honduras rejected that.\n\n"
            "The two countries fought a brief war in 1969.")
    assert pairs(events(extractor, body), "military action") == {(S("Honduran government"), S("Salvadoran government"))}


def test_two_men_arrested_are_not_the_two_people_named_before(extractor: Extractor) -> None:
    body = ("Malawian Foreign Minister Grace Banda met Zambian Foreign Minister Peter Mwale in Lusaka on Friday.\n\n"
            "Zambian police detained two men near the border on Sunday.")
    assert pairs(events(extractor, body), "arrest") == {(S("Zambian Police"), S())}


@pytest.mark.parametrize("sent", ["two empty buses", "an equal volume of gas"])
def test_things_sent_somewhere_are_no_visit(extractor: Extractor, sent: str) -> None:
    assert pairs(events(extractor, f"Zambia sent {sent} to Malawi on Monday."), "visit") == set()


@pytest.mark.parametrize("sent", ["a delegation", "its foreign minister", "a team of experts"])
def test_people_sent_somewhere_visit(extractor: Extractor, sent: str) -> None:
    found = pairs(events(extractor, f"Zambia sent {sent} to Malawi on Monday."), "visit")
    assert found == {(S("Zambian government"), S("Malawian government"))}


def test_a_meeting_agreed_after_another_agreed_step_is_still_to_come(extractor: Extractor) -> None:
    body = "Zambia and Malawi agreed on Tuesday to open a joint border office and to meet again in June."
    found = events(extractor, body)
    assert pairs(found, "meeting") == set()
    assert pairs(found, "agreement") == {(S("Zambian government"), S("Malawian government"))}


def test_a_meeting_in_a_when_clause_in_the_present_is_still_to_come(extractor: Extractor) -> None:
    body = ("Zambian Foreign Minister Peter Mwale will raise the matter with Malawian Foreign Minister Grace Banda "
            "when the two ministers meet in Lilongwe later this month.")
    assert pairs(events(extractor, body), "meeting") == set()


@pytest.mark.parametrize("drill", ["a joint air-defence drill with Malawi", "a joint exercise with Malawi"])
def test_a_joint_exercise_with_another_state_is_cooperation(extractor: Extractor, drill: str) -> None:
    found = events(extractor, f"Zambian Air Force fighters held {drill} on Monday.")
    assert {(t, c) for t, _a, c, _d in found} >= {("military cooperation", S("Malawian government"))}
