"""Event rules of the twenty-second session, on short texts of our own with invented people and places."""

from __future__ import annotations

from dipgraph.loaders.extract import Extractor
from tests.test_rules_events_context import S, events, pairs

HELD = "Zambian police detained eleven Malawian traders near the border post on Sunday.\n\n"
BRIEFING = ("Republic of Zambia - Ministry of Foreign Affairs\nLusaka, 3 March 2026\n\n"
            "SPOKESPERSON BANDA: Good morning.\n\n")
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


def test_a_bare_prime_minister_calling_acts_for_the_storys_state(extractor: Extractor) -> None:
    body = ("KAMPALA, March 3, 2026 — Uganda protested on Monday.\n\n"
            "The Prime Minister spoke by telephone on Tuesday with the Kenyan President.")
    assert pairs(events(extractor, body), "telephone call") == {(S("Ugandan government"), S("Kenyan government"))}


def test_a_bare_prime_minister_is_not_of_a_state_with_no_such_post(extractor: Extractor) -> None:
    """Guards a case next to the change: Zambia has a president only, and Malawi is named as the other side."""
    body = ("LUSAKA, March 3, 2026 — Zambia protested on Monday.\n\n"
            "The Prime Minister spoke by telephone on Tuesday with the Malawian President.")
    assert pairs(events(extractor, body), "telephone call") == set()


def test_a_bare_president_in_an_officials_turn_is_his_states(extractor: Extractor) -> None:
    body = BRIEFING + ("QUESTION: Has there been contact with Malawi?\n\nSPOKESPERSON BANDA: Yes. "
                       "The President spoke with the Malawian President by telephone last night.")
    assert pairs(events(extractor, body), "telephone call") == {(S("Zambian government"), S("Malawian government"))}


def test_a_leader_of_the_country_named_is_not_bare(extractor: Extractor) -> None:
    """Guards a case next to the change: a leader whose country is named is never the story's own."""
    body = ("LUSAKA, March 3, 2026 — Zambia protested on Monday.\n\n"
            "The President of Malawi spoke by telephone on Tuesday with Zambian Foreign Minister Mwila Banda.")
    assert {a for a, _t in pairs(events(extractor, body), "telephone call")} == {S("Malawian government")}


def test_a_fact_a_reporter_tells_in_a_question_turn_is_an_event(extractor: Extractor) -> None:
    body = BRIEFING + ("QUESTION: Malawi recalled its ambassador on Monday. Is this the worst crisis in years?\n\n"
                       "SPOKESPERSON BANDA: No.")
    assert pairs(events(extractor, body), "recall of ambassador") == {
        (S("Malawian government"), S("Zambian government"))}


def test_a_claim_a_reporter_relays_or_asks_about_is_no_event(extractor: Extractor) -> None:
    """Guards a case next to the change: questions and claims relayed in a question turn stay out."""
    body = BRIEFING + ("QUESTION: Malawi says it recalled its ambassador on Monday. Has Zambia recalled its "
                       "ambassador?\n\nSPOKESPERSON BANDA: No.")
    assert pairs(events(extractor, body), "recall of ambassador") == set()


def test_an_agreement_after_a_dated_call_is_of_its_day_whatever_day_it_agrees_on(extractor: Extractor) -> None:
    body = ("Zambian Foreign Minister Mwila Banda spoke by telephone with his Malawian counterpart, Chikondi Phiri, "
            "on Tuesday. The two ministers agreed that both embassies will reopen on the first of February.")
    assert {(kind, date) for kind, *_, date in events(extractor, body)} == {
        ("telephone call", "2024-03-19"), ("agreement", "2024-03-19")}  # the article is of Wednesday 20 March


def test_an_agreement_later_in_the_paragraph_of_a_dated_call_between_the_same_two_is_of_its_day(
        extractor: Extractor) -> None:
    body = ("Zambian Foreign Minister Mwila Banda spoke by telephone with his Malawian counterpart, Chikondi Phiri, "
            "on Tuesday. The two ministers discussed the lake. Banda explained the survey. The two ministers agreed "
            "to meet again.")
    assert {(kind, date) for kind, *_, date in events(extractor, body)} == {
        ("telephone call", "2024-03-19"), ("agreement", "2024-03-19")}


def test_how_long_a_meeting_lasted_is_no_day_of_its_own(extractor: Extractor) -> None:
    body = ("Zambian Foreign Minister Mwila Banda travelled to Lilongwe on Tuesday for talks with Malawian Foreign "
            "Minister Chikondi Phiri. Banda and Phiri met for nearly four hours at the ministry.")
    assert ("meeting", "2024-03-19") in {(kind, date) for kind, *_, date in events(extractor, body)}


def test_an_event_after_a_sentence_that_only_sets_the_day_is_of_that_day(extractor: Extractor) -> None:
    body = ("The mood changed on Sunday. Zambian Foreign Minister Mwila Banda and his Malawian counterpart, "
            "Chikondi Phiri, spoke by telephone for about forty minutes.")
    assert {(kind, date) for kind, *_, date in events(extractor, body)} == {("telephone call", "2024-03-17")}


def test_the_day_of_what_is_agreed_is_not_the_day_of_the_agreement(extractor: Extractor) -> None:
    body = ("Zambian Foreign Minister Mwila Banda spoke by telephone with his Malawian counterpart, Chikondi Phiri, "
            "on Tuesday. The two ministers agreed to convene the joint commission in Lusaka in May.")
    assert {(kind, date) for kind, *_, date in events(extractor, body)} == {
        ("telephone call", "2024-03-19"), ("agreement", "2024-03-19")}


def test_a_day_before_a_trailing_reporting_clause_dates_the_event(extractor: Extractor) -> None:
    body = ("President Tomas Arriaga of Chile telephoned his Peruvian counterpart, Rosa Villar Quispe, on Wednesday "
            "morning, the Peruvian presidency said, without giving details of the conversation.")
    assert {(kind, date) for kind, *_, date in events(extractor, body)} == {("telephone call", "2024-03-20")}


def test_your_ambassador_in_a_reporters_question_is_the_answering_officials_states(extractor: Extractor) -> None:
    body = BRIEFING + ("QUESTION: Malawi also summoned your ambassador on Monday. How will you respond?\n\n"
                       "SPOKESPERSON BANDA: Calmly.")
    assert pairs(events(extractor, body), "protest (ambassador summoned)") == {
        (S("Malawian government"), S("Zambian government"))}


def test_a_dateline_naming_a_town_with_its_river_is_no_part_of_the_story(extractor: Extractor) -> None:
    body = ("FRANKFURT (ODER), Germany — Poland summoned Germany's ambassador on Tuesday to protest what it called "
            "the dumping of asylum seekers.")
    assert pairs(events(extractor, body), "protest (ambassador summoned)") == {
        (S("Polish government"), S("German government"))}


def test_a_dateline_in_accented_capitals_is_no_part_of_the_story(extractor: Extractor) -> None:
    doc = extractor.extract("Regional news\n\nASUNCIÓN — Paraguay summoned Argentina's ambassador on Tuesday.",
                            date="2024-03-20")
    assert [n.properties["text"] for n in doc.nodes if n.label == "Event"] == [
        "Paraguay summoned Argentina's ambassador on Tuesday."]
