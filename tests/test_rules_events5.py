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
