"""Event rules written in the eighth session, on short texts of our own with invented people."""

from __future__ import annotations

from dipgraph.loaders.extract import Extractor
from tests.test_rules_events_context import S, events, pairs

# --- who acts ------------------------------------------------------------------------------------------------


def test_the_ministry_a_minister_reports_is_his_own(extractor: Extractor) -> None:
    found = events(extractor, "Latvian Foreign Minister Aivars Ozols said the ministry had summoned Belarus's charge "
                              "d'affaires on Tuesday afternoon.")
    assert pairs(found, "protest (ambassador summoned)") == {
        (S("Latvian Foreign Ministry"), S("Belarusian government"))}


def test_the_two_countries_are_two_states_even_after_two_people(extractor: Extractor) -> None:
    found = events(extractor, "Latvian Foreign Minister Aivars Ozols met Belarus's charge d'affaires, Pavel Drozd, on "
                              "Tuesday. Belarus has had no ambassador in Riga since the two countries downgraded "
                              "relations.")
    assert pairs(found, "break diplomatic relations") == {
        (S("Latvian government"), S("Belarusian government")), (S("Belarusian government"), S("Latvian government"))}


# --- the same act told twice ---------------------------------------------------------------------------------


def test_a_summons_in_the_lede_told_again_in_detail_is_one_summons_on_the_detail_day(extractor: Extractor) -> None:
    found = events(extractor, "Latvia summoned Belarus's top diplomat in Riga after migrants were pushed across the "
                              "border.\n\nForeign Minister Aivars Ozols said the ministry had summoned Belarus's "
                              "charge d'affaires, Pavel Drozd, on Tuesday afternoon.")
    summons = [(a, d) for t, a, _, d in found if t == "protest (ambassador summoned)"]
    assert summons == [(S("Latvian government"), "2024-03-19")]


def test_two_summonses_on_two_days_stay_two(extractor: Extractor) -> None:
    found = events(extractor, "Latvia summoned Belarus's charge d'affaires on Monday.\n\nThe Latvian foreign ministry "
                              "summoned Belarus's charge d'affaires again on Wednesday.")
    assert sorted(d for t, _, _, d in found if t == "protest (ambassador summoned)") == ["2024-03-18", "2024-03-20"]


# --- agreements ----------------------------------------------------------------------------------------------


def test_an_agreement_stepping_back_from_strikes_is_still_an_agreement(extractor: Extractor) -> None:
    found = events(extractor, "Peru and Bolivia agreed on Thursday to send their ambassadors back, stepping back from "
                              "the worst crisis in years after a week of tit-for-tat strikes.")
    assert pairs(found, "agreement") == {(S("Peruvian government"), S("Bolivian government"))}


# --- diplomatic contacts and protests ------------------------------------------------------------------------


def test_a_protest_in_scare_quotes_is_lodged_all_the_same(extractor: Extractor) -> None:
    found = events(extractor, "Peru had lodged \"solemn representations\" with Chile over the incident on Monday.")
    assert pairs(found, "protest") == {(S("Peruvian government"), S("Chilean government"))}


def test_an_accusers_quoted_words_are_not_an_event(extractor: Extractor) -> None:
    found = events(extractor, "Peru accused Chile of imposing \"an economic blockade\" on its northern ports.")
    assert not [t for t, _, _, _ in found if t in ("siege", "blockade")]


def test_a_protest_conveyed_is_a_protest(extractor: Extractor) -> None:
    found = events(extractor, "The Peruvian Foreign Ministry said it had conveyed a strong protest to the Chilean "
                              "authorities on Monday.")
    assert pairs(found, "protest") == {(S("Peruvian Foreign Ministry"), S("Chilean government"))}


def test_hours_of_talks_are_talks(extractor: Extractor) -> None:
    found = events(extractor, "Peruvian Foreign Minister Ana Torres held five hours of talks with her Chilean "
                              "counterpart, Jorge Vidal, on Monday.")
    assert pairs(found, "negotiation") == {(S("Ana Torres"), S("Jorge Vidal"))}


def test_arrangements_discussed_by_phone_are_a_call(extractor: Extractor) -> None:
    found = events(extractor, "Foreign Minister Ana Torres had discussed the arrangements by phone with Chile's "
                              "acting foreign minister, Jorge Vidal, on Monday.")
    assert pairs(found, "telephone call") == {(S("Ana Torres"), S("Jorge Vidal"))}
    assert events(extractor, "The cabinet discussed the budget on Monday.") == []
    assert events(extractor, "Our Prime Minister discussed it with the Chilean leadership last year.") == []


def test_an_envoy_shuttling_between_the_delegations_mediates(extractor: Extractor) -> None:
    found = events(extractor, "Ambrose Kiprono shuttled between the delegations on Tuesday.")
    assert [(t, a) for t, a, _, _ in found] == [("mediation", S("Ambrose Kiprono"))]
    assert events(extractor, "A Red Cross aircraft shuttled between Sanaa and Aden.") == []


def test_a_crossing_closed_by_the_name_the_story_gives_it_is_closed(extractor: Extractor) -> None:
    found = events(extractor, "Peru closed Santa Rosa to Chile on March 6 after clashes. Traffic resumed through "
                              "the Santa Rosa border crossing on Monday.")
    assert [(t, a, d) for t, a, _, d in found] == [("border closure", S("Peruvian government"), "2024-03-06")]


# --- forces --------------------------------------------------------------------------------------------------


def test_boats_deployed_and_fighters_scrambled_are_military_posture(extractor: Extractor) -> None:
    found = events(extractor, "The Peruvian Navy deployed two additional patrol boats to the estuary on Monday.")
    assert [(t, a) for t, a, _, _ in found] == [("military posture", S("Peruvian Navy"))]
    found = events(extractor, "The Chilean Air Force scrambled two fighter jets on Sunday.")
    assert [(t, a) for t, a, _, _ in found] == [("military posture", S("Chilean Air Force"))]


def test_boats_deployed_with_no_agent_are_the_reporting_bodys(extractor: Extractor) -> None:
    found = events(extractor, "The Peruvian Navy said two additional patrol boats had been deployed to the river.")
    assert [(t, a) for t, a, _, _ in found] == [("military posture", S("Peruvian Navy"))]


def test_people_no_list_names_are_released_when_counted(extractor: Extractor) -> None:
    found = events(extractor, "Peru on Wednesday released 14 Bolivian gold prospectors.")
    assert pairs(found, "release of prisoners") == {(S("Peruvian government"), S("Bolivian government"))}
    assert events(extractor, "The ministry released two papers on Monday.") == []


def test_a_minister_on_a_visit_visits(extractor: Extractor) -> None:
    found = events(extractor, "Foreign Minister Ana Torres held talks in Lima with the Foreign Minister of Chile, Mr. "
                              "Jorge Vidal, who is on his first visit to Peru.")
    assert pairs(found, "visit") == {(S("Jorge Vidal"), S("Peruvian government"))}


def test_units_put_on_alert_with_no_agent_are_the_reporting_bodys(extractor: Extractor) -> None:
    found = events(extractor, "The Peruvian Defence Ministry said units along the river had been placed on a higher "
                              "state of readiness.")
    assert [(t, a) for t, a, _, _ in found] == [("military alert", S("Peruvian Defense Ministry"))]
    assert events(extractor, "The ministry put the plan on hold.") == []


def test_a_treaty_the_two_countries_signed_is_their_agreement_once(extractor: Extractor) -> None:
    found = events(extractor, "Peru summoned Chile's ambassador on Monday. Chile recalled its envoy from Lima. Lima "
                              "relies on a readmission agreement the two countries signed in 1992.")
    signed = [(a | g, d) for t, a, g, d in found if t == "agreement"]
    assert signed == [(S("Peruvian government", "Chilean government"), "1992")]


# --- dates ---------------------------------------------------------------------------------------------------


def test_a_mediation_told_with_a_dated_truce_is_of_its_day(extractor: Extractor) -> None:
    found = events(extractor, "Chile and Peru agreed on Monday to a 48-hour ceasefire brokered by Qatar.")
    assert [(a, d) for t, a, _, d in found if t == "mediation"] == [(S("Qatari government"), "2024-03-18")]
