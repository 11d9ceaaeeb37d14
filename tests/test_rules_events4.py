"""Event rules written in the seventh session, on short texts of our own with invented people."""

from __future__ import annotations

import pytest

from dipgraph.loaders.extract import Extractor
from tests.test_rules_events_context import S, events, pairs

# --- an envoy and the state he speaks for --------------------------------------------------------------------


def test_a_named_envoy_summoned_is_aimed_at_with_his_state_as_one_side(extractor: Extractor) -> None:
    found = events(extractor, "Chile's Foreign Ministry summoned Peru's ambassador, Carlos Ramos Vidal, on Monday to "
                              "protest the incursion.")
    assert pairs(found, "protest (ambassador summoned)") == {
        (S("Chilean Foreign Ministry"), S("Peruvian government", "Carlos Ramos Vidal"))}


def test_a_note_handed_to_an_envoy_or_a_country_is_aimed_at_it(extractor: Extractor) -> None:
    found = events(extractor, "Deputy Foreign Minister Ana Toledo had handed Peruvian Ambassador Carlos Ramos Vidal a "
                              "note of protest on Monday.")
    assert pairs(found, "protest") == {(S("Ana Toledo"), S("Peruvian government", "Carlos Ramos Vidal"))}
    found = events(extractor, "Chile on Wednesday handed Peru a diplomatic note protesting the opening of a new road.")
    assert [(t, a, g, d) for t, a, g, d in found] == [
        ("protest", S("Chilean government"), S("Peruvian government"), "2024-03-20")]


def test_a_diplomatic_note_is_a_protest_whatever_it_says(extractor: Extractor) -> None:
    # the gold sets code 50 of 54 notes handed or sent as protests (114), those asking for explanations too
    found = events(extractor, "Chile on Wednesday handed Peru a diplomatic note on the new road.")
    assert pairs(found, "protest") == {(S("Chilean government"), S("Peruvian government"))}


# --- agreements ----------------------------------------------------------------------------------------------


def test_agreeing_to_revive_a_committee_is_an_agreement(extractor: Extractor) -> None:
    found = events(extractor, "Chile and Peru agreed on Wednesday to revive their long-dormant joint committee on "
                              "the border.")
    assert pairs(found, "agreement") == {(S("Chilean government"), S("Peruvian government"))}


def test_agreeing_to_restore_ties_is_not_also_an_agreement(extractor: Extractor) -> None:
    found = events(extractor, "Chile and Peru agreed on Wednesday to restore diplomatic ties.")
    assert not pairs(found, "agreement")


def test_a_subject_that_reports_its_own_verb_does_not_loop(extractor: Extractor) -> None:
    # 'agree' is a reporting verb too: "the two governments" once sent the search for a reporter round and round
    found = events(extractor, "The two governments had agreed to set up a joint commission to oversee the park, "
                              "the minister said.")
    assert found == []


# --- forces --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("body", "kind"), [
    ("Qatar deployed several hundred peacekeepers to the disputed area in 2010.", "peacekeeping deployment"),
    ("Kenya sent 400 peacekeepers to Haiti in June.", "peacekeeping deployment"),
    ("Chad sent two battalions to the border on Monday.", "military deployment"),
])
def test_peacekeepers_sent_keep_the_peace(extractor: Extractor, body: str, kind: str) -> None:
    assert [t for t, _, _, _ in events(extractor, body)] == [kind]


def test_fighting_between_one_party_and_two_allies_is_the_first_named_against_each(extractor: Extractor) -> None:
    found = events(extractor, "Fighting between the M23 and Congolese and Burundian forces has intensified since "
                              "late August.")
    assert pairs(found, "military action") == {(S("M23"), S("Congolese Army")), (S("M23"), S("Burundian Army"))}


def test_guards_trading_fire_fire_at_each_other(extractor: Extractor) -> None:
    found = events(extractor, "Kyrgyz and Tajik border guards traded fire near the crossing on Sunday.")
    assert pairs(found, "military action") == {(S("Kyrgyz Border Guard"), S("Tajik Border Guard")),
                                               (S("Tajik Border Guard"), S("Kyrgyz Border Guard"))}


def test_fire_come_under_is_the_attackers_and_fire_returned_goes_back_at_them(extractor: Extractor) -> None:
    found = events(extractor, "Chadian troops came under fire from Sudanese soldiers on Monday and returned fire.")
    assert pairs(found, "military action") == {(S("Sudanese Armed Forces"), S("Chadian Army")),
                                               (S("Chadian Army"), S("Sudanese Armed Forces"))}
    assert events(extractor, "The fire spread to the port on Monday.") == []


def test_a_patrol_fired_upon_from_a_side_is_fired_on_by_that_side(extractor: Extractor) -> None:
    found = events(extractor, "A Kenyan army patrol was fired upon from the Somali side on Sunday.")
    assert pairs(found, "military action") == {(S("Somali government"), S("Kenyan Army"))}


# --- contacts and visits -------------------------------------------------------------------------------------


def test_a_matter_raised_in_a_telephone_call_is_a_call_with_whom_it_was_raised(extractor: Extractor) -> None:
    found = events(extractor, "President Tokayev raised the matter with President Vladimir Putin of Russia in a "
                              "telephone call on Wednesday.")
    assert [(t, a, g, d) for t, a, g, d in found] == [
        ("telephone call", S("Tokayev"), S("Vladimir Putin"), "2024-03-20")]


def test_calling_a_titled_name_is_a_call_and_calling_it_names_nothing(extractor: Extractor) -> None:
    found = events(extractor, "The Secretary General of the OAS called Foreign Minister Ana Larraín yesterday "
                              "evening.")
    assert pairs(found, "telephone call") == {(S("Organization of American States"), S("Ana Larraín"))}
    assert events(extractor, "The minister called the attack a provocation on Monday.") == []


def test_a_courtesy_call_paid_is_a_visit(extractor: Extractor) -> None:
    found = events(extractor, "Ana Marsh, the British envoy, paid a courtesy call on the prime minister of Mauritius "
                              "on Tuesday.")
    assert pairs(found, "visit") == {(S("Ana Marsh"), S("Mauritian government"))}


def test_a_trip_for_talks_with_a_named_counterpart_visits_him_and_his_state(extractor: Extractor) -> None:
    found = events(extractor, "Chile's defence minister, Ana Toledo, travelled to Lima on Saturday for talks with "
                              "her Peruvian counterpart, Carlos Vidal. The two ministers agreed to set up a joint "
                              "coordination cell in the town, the statement said.")
    assert [(t, a, g, d) for t, a, g, d in found] == [
        ("visit", S("Ana Toledo"), S("Peruvian government", "Carlos Vidal"), "2024-03-16"),
        ("agreement", S("Ana Toledo"), S("Carlos Vidal"), "2024-03-16")]  # the day of the trip


def test_an_event_told_with_its_own_relative_time_keeps_no_borrowed_date(extractor: Extractor) -> None:
    found = events(extractor, "Ana Toledo travelled to Lima on Saturday for talks with Peruvian Foreign Minister "
                              "Carlos Vidal. Toledo met Vidal again two days later.")
    # not Saturday's date: two days after it (the thirtieth session counts the days)
    assert [d for t, _, _, d in found if t == "meeting"] == ["2024-03-18"]


def test_a_side_that_attacks_in_the_next_sentence_keeps_its_own_date(extractor: Extractor) -> None:
    found = events(extractor, "Israeli airstrikes killed 20 people in Rafah on Sunday. Hezbollah fired rockets at "
                              "northern Israel.")
    assert [d for _, a, _, d in found if a == S("Hezbollah")] == [None]


# --- vetoes, and what is no event -------------------------------------------------------------------------------


@pytest.mark.parametrize("body", [
    "Bulgaria on Tuesday blocked a decision to open the first cluster of accession talks with North Macedonia.",
    "Bulgaria on Tuesday refused to approve the negotiating framework for North Macedonia.",
])
def test_blocking_a_decision_or_refusing_to_approve_it_vetoes(extractor: Extractor, body: str) -> None:
    found = events(extractor, body)
    assert [(t, a, d) for t, a, _, d in found] == [("veto", S("Bulgarian government"), "2024-03-19")]


@pytest.mark.parametrize("body", [
    "Iraq's highest court struck down the law on Monday.",
    "Djibouti, which hosts military bases of the United States and France, said on Monday it was neutral.",
    "Bulgaria refused to comment on Monday.",
])
def test_striking_down_a_law_or_hosting_bases_is_no_event(extractor: Extractor, body: str) -> None:
    assert events(extractor, body) == []


# --- the two sides of a story ------------------------------------------------------------------------------------


def test_the_two_countries_dated_agreement_is_theirs_first_named_first(extractor: Extractor) -> None:
    found = events(extractor, "Chad and Sudan traded accusations on Monday. Sudan accused Chad of arming rebels, in "
                              "breach of the two countries' 2010 border security agreement.")
    assert {(a, t, d) for k, a, t, d in found if k == "agreement"} == {
        (S("Chadian government"), S("Sudanese government"), "2010")}  # once, as the article first names them


def test_talks_that_began_with_no_parties_named_are_the_story_sides(extractor: Extractor) -> None:
    found = events(extractor, "Kenya said it would defend its waters. Somalia rejected the claim. Talks began on "
                              "Monday in Nairobi.")
    assert [(t, a, g, d) for t, a, g, d in found] == [
        ("negotiation", S("Kenyan government"), S("Somali government"), "2024-03-18")]


def test_the_two_governments_after_both_sides_are_the_same_two(extractor: Extractor) -> None:
    found = events(extractor, "Kenya said it would defend its waters. Somalia rejected the claim. Talks ended with "
                              "both sides claiming progress. The two governments had agreed to set up a joint "
                              "commission, an envoy said.")
    assert pairs(found, "agreement") == {(S("Kenyan government"), S("Somali government"))}


def test_the_two_countries_after_the_two_ministers_are_their_governments(extractor: Extractor) -> None:
    found = events(extractor, "Foreign Minister Ana Toledo of Chile and Foreign Minister Carlos Vidal of Peru spoke "
                              "on Monday. The two ministers praised the talks. The two countries signed a border "
                              "treaty in 2005.")
    assert pairs(found, "agreement") == {(S("Chilean government"), S("Peruvian government"))}


@pytest.mark.parametrize("body", [
    "China had lodged stern representations with Japan over the visit on Monday.",
    "China made representations to the Japanese government on Monday.",
])
def test_representations_lodged_or_made_protest(extractor: Extractor, body: str) -> None:
    assert pairs(events(extractor, body), "protest") == {(S("Chinese government"), S("Japanese government"))}


# --- who held them frees them --------------------------------------------------------------------------------


def test_people_released_with_no_agent_are_freed_by_the_state_that_detained_them(extractor: Extractor) -> None:
    # a force holds them; letting them go is its government's decision
    found = events(extractor, "Two Chilean police officers crossed the border and were detained by a Bolivian army "
                              "unit on Sunday. They were released yesterday afternoon at the crossing.")
    assert [(t, a, g, d) for t, a, g, d in found] == [
        ("arrest", S("Bolivian Army"), S("Chilean government"), "2024-03-17"),
        ("release of prisoners", S("Bolivian government"), S("Chilean government"), "2024-03-19")]
    found = events(extractor, "Ghanaian police arrested twelve Nigerian traders in Kumasi on Monday. They were "
                              "released on bail on Saturday.")
    assert pairs(found, "release of prisoners") == {(S("Ghanaian government"), S("Nigerian government"))}


def test_people_released_with_no_agent_by_a_government_stay_its_own(extractor: Extractor) -> None:
    found = events(extractor, "Vietnam detained 14 Cambodian farmers on Monday. They were released on Friday.")
    assert pairs(found, "release of prisoners") == {(S("Vietnamese government"), S("Cambodian government"))}


def test_people_released_with_no_arrest_told_are_freed_by_no_one_named(extractor: Extractor) -> None:
    assert events(extractor, "The men were released on Friday afternoon.") == []


def test_released_them_frees_whom_the_arrest_held_and_farmers_are_people(extractor: Extractor) -> None:
    found = events(extractor, "Turkish Cypriot police detained two Greek Cypriot farmers on Monday. The police "
                              "released them at the Ledra crossing on Tuesday.")
    assert pairs(found, "release of prisoners") == {(S("Turkish Cypriot Police"), S("Cypriot government"))}
    found = events(extractor, "Vietnam released 14 Cambodian farmers on Tuesday.")
    assert pairs(found, "release of prisoners") == {(S("Vietnamese government"), S("Cambodian government"))}
    assert events(extractor, "Vietnam released a statement on Tuesday.") == []


@pytest.mark.parametrize(("body", "target"), [
    ("Quito had declared the Mexican ambassador persona non grata on Monday.", "Mexican government"),
    ("Croatia this morning declared the first secretary of the Serbian embassy persona non grata.",
     "Serbian government"),
    ("Serbia declared two Croatian diplomats personae non gratae on Monday.", "Croatian government"),
])
def test_declaring_envoys_persona_non_grata_expels_them_however_parsed(extractor: Extractor, body: str,
                                                                      target: str) -> None:
    assert [(t, g) for t, _, g, _ in events(extractor, body)] == [("expulsion of diplomats", S(target))]


def test_an_envoy_not_declared_persona_non_grata_is_not_expelled(extractor: Extractor) -> None:
    assert events(extractor, "Croatia did not declare the Serbian envoy persona non grata.") == []


@pytest.mark.parametrize("body", [
    "Chile and Peru have clashed over the area before.",
    "Peruvian fishermen and Chilean coast guard vessels have clashed repeatedly in the bay.",
])
def test_what_happens_repeatedly_is_no_one_event(extractor: Extractor, body: str) -> None:
    assert events(extractor, body) == []


# --- the day a story tells of ------------------------------------------------------------------------------------


def statement_dates(extractor: Extractor, text: str) -> dict[str, str | None]:
    doc = extractor.extract(text, date="2024-03-20")
    return {n.properties["text"]: n.properties.get("date") for n in doc.nodes if n.label == "Statement"}


def test_words_told_after_the_lede_with_no_day_take_the_day_the_lede_tells_of(extractor: Extractor) -> None:
    found = statement_dates(extractor, (
        "Peru protests\n\nLIMA — Peru's foreign ministry summoned Chile's ambassador on Tuesday over a border "
        "incident.\n\nForeign Minister Ana Toledo said the incursion was unacceptable.\n\nLater, Toledo said the "
        "talks would go on.\n"))
    assert found == {"the incursion was unacceptable": "2024-03-19", "the talks would go on": None}


def test_a_lede_day_long_before_the_article_dates_nothing_else(extractor: Extractor) -> None:
    found = statement_dates(extractor, (
        "Peru protests\n\nLIMA — Peru's foreign ministry summoned Chile's ambassador on March 2 over a border "
        "incident.\n\nChile's foreign minister, Carlos Vidal, said the patrol had lost its way.\n"))
    assert found == {"the patrol had lost its way": None}


def test_a_subject_hung_on_a_fronted_place_still_does_the_verb(extractor: Extractor) -> None:
    found = events(extractor, "Chad's Minister of Humanitarian Action, Fatime Haroun Abakar, visited the camps. In "
                              "Adre, UNHCR's representative in Chad, Kouassi Mensah, met Abakar on Thursday to "
                              "discuss moving refugees away from the frontier.")
    assert pairs(found, "meeting") == {(S("Kouassi Mensah"), S("Fatime Haroun Abakar"))}


# --- allies, openings, delegations --------------------------------------------------------------------------------


def test_a_country_an_act_is_in_solidarity_with_is_no_target(extractor: Extractor) -> None:
    found = events(extractor, "Armenia and Turkey reopened a crossing on Wednesday. Ankara closed the border in 1993 "
                              "in solidarity with Baku during the first war.")
    assert pairs(found, "border closure") == {(S("Turkish government"), S("Armenian government"))}


def test_a_crossing_reopened_eases_restrictions_and_one_agreed_to_be_reopened_is_an_agreement(
        extractor: Extractor) -> None:
    found = events(extractor, "Poland reopened two of its own crossings with Belarus in September.")
    assert pairs(found, "ease restrictions") == {(S("Polish government"), S("Belarusian government"))}
    found = events(extractor, "Chile and Peru agreed on Wednesday to reopen the border crossing.")
    assert [t for t, _, _, _ in found] == ["agreement"]


def test_her_government_is_her_countrys(extractor: Extractor) -> None:
    found = events(extractor, "Venezuelan Foreign Minister Mariela Quintana said her government had sent a letter of "
                              "complaint to the United Nations Security Council over the American incursion.")
    assert pairs(found, "protest") == {(S("Venezuelan government"), S("US government"))}


def test_a_delegation_received_is_its_state_and_who_leads_it(extractor: Extractor) -> None:
    found = events(extractor, "The Iranian delegation, led by Deputy Foreign Minister Reza Tavakoli, was received at "
                              "the Foreign Ministry by Afghanistan's deputy foreign minister, Abdul Wahid Sharifi, on "
                              "Wednesday.")
    assert pairs(found, "host visit") == {(S("Abdul Wahid Sharifi"), S("Iranian government", "Reza Tavakoli"))}


def test_a_minister_named_after_a_comma_is_called_with_his_state_as_one_side(extractor: Extractor) -> None:
    found = events(extractor, "Yesterday Cabinet Secretary Joseph Naibei spoke by telephone with the Somali Minister "
                              "of Foreign Affairs, Mr. Abdirahman Warsame. It was a frank conversation.")
    assert pairs(found, "telephone call") == {(S("Joseph Naibei"), S("Somali government", "Abdirahman Warsame"))}


@pytest.mark.parametrize("body", [
    "Kenya's Foreign Ministry invited the Somali ambassador to the ministry on Monday.",
    "KENYA — Kenya protested on Monday. The Somali ambassador was invited to the Foreign Ministry on Monday.",
])
def test_an_envoy_invited_to_the_ministry_is_summoned_there_by_the_storys_side(extractor: Extractor,
                                                                             body: str) -> None:
    found = events(extractor, body)
    assert pairs(found, "protest (ambassador summoned)") == {(S("Kenyan Foreign Ministry"), S("Somali government"))}
    assert events(extractor, "Kenya invited the Somali ambassador to a dinner on Monday.") == []


# --- sanctions lists and rallies ----------------------------------------------------------------------------------


def test_adding_someone_to_a_sanctions_list_sanctions_them(extractor: Extractor) -> None:
    found = events(extractor, "The Treasury Department on Wednesday also added the commander of Venezuela's naval "
                              "operations, Vice Admiral Julio Paez, to its sanctions list.")
    assert pairs(found, "sanction") == {(S("US Treasury Department"), S("Julio Paez"))}
    assert events(extractor, "Kenya added two battalions to the force on Monday.") == []


@pytest.mark.parametrize(("body", "actor", "target"), [
    ("YEREVAN — Several hundred supporters of the opposition Armenian Revolutionary Federation rallied outside the "
     "government building on Wednesday.", "Armenian Revolutionary Federation", "Armenian government"),
    ("About two hundred members of the Chagos Refugees Group rallied outside the British High Commission on "
     "Tuesday.", "Chagos Refugees Group", "British High Commission"),
    ("Members of the opposition Liberal Party demonstrated in front of the Russian embassy on Monday.",
     "Liberal Party", "Russian government"),
])
def test_a_rally_is_aimed_at_whose_building_it_is_held_at_else_at_home(extractor: Extractor, actor: str,
                                                                       target: str, body: str) -> None:
    assert pairs(events(extractor, body), "protest (rally)") == {(S(actor), S(target))}


def test_rallying_behind_someone_is_no_protest(extractor: Extractor) -> None:
    assert events(extractor, "Supporters rallied behind the president on Monday.") == []


def test_peacekeepers_are_the_mission_the_story_names_and_fire_them_back(extractor: Extractor) -> None:
    found = events(extractor, "A patrol of the U.N. Interim Security Force for Abyei came under fire on Saturday "
                              "from Misseriya gunmen. Peacekeepers returned fire before pulling back to their base.")
    assert {(a, t, d) for _, a, t, d in found} == {
        (S("Misseriya gunmen"), S("U.N. Interim Security Force for Abyei"), "2024-03-16"),
        (S("U.N. Interim Security Force for Abyei"), S("Misseriya gunmen"), "2024-03-16")}


def test_troops_moved_with_no_agent_are_moved_by_their_own_army(extractor: Extractor) -> None:
    found = events(extractor, "Chadian troops were deployed to the border with Sudan on Monday.")
    assert pairs(found, "military posture") == {(S("Chadian Army"), S("Sudanese government"))}
    assert events(extractor, "Two more battalions were deployed to the border on Monday.") == []


def test_its_in_words_a_body_reports_is_that_body(extractor: Extractor) -> None:
    found = events(extractor, "Kabul's Energy Ministry denied the report. Iran's border guard command said its "
                              "forces had come under fire from Taliban fighters on Sunday.")
    assert [(t, a) for _, a, t, _ in found] == [(S("Iranian Border Guard"), S("Afghan government"))]


def test_the_two_men_are_the_last_two_people_of_two_countries(extractor: Extractor) -> None:
    found = events(extractor, "In Doha, Qatar's minister of state, Sultan al-Kuwari, hosted Djibouti's defence "
                              "minister, Moussa Farah, and Yohannes Tekle, an adviser to the Eritrean president, on "
                              "Sunday. The two men held a brief meeting afterwards.")
    assert pairs(found, "meeting") == {(S("Moussa Farah"), S("Yohannes Tekle"))}
