"""Event rules written in the sixth session, on short texts of our own with invented people."""

from __future__ import annotations

import pytest

from dipgraph.loaders.extract import Extractor
from dipgraph.loaders.text import dateline_end, title_and_body
from tests.test_rules_events_context import S, events, pairs

PERU_PROTESTS = {(S("Peruvian Foreign Ministry"), S("Ecuadorian government"))}


@pytest.mark.parametrize("body", [
    "The Peruvian Foreign Ministry handed a protest note on Thursday to the Ecuadorian embassy.",
    "The Peruvian Foreign Ministry said it had delivered a note of protest to Ecuador's charge d'affaires.",
    "The Peruvian Foreign Ministry sent a letter of protest to the Ecuadorian government on Friday.",
    "The Peruvian Foreign Ministry said it had filed a complaint with the UN Security Council over Ecuadorian "
    "incursions near Tumbes.",
])
def test_a_note_letter_or_complaint_of_protest_handed_over_is_a_protest(extractor: Extractor, body: str) -> None:
    found = events(extractor, body)
    assert pairs(found, "protest") == PERU_PROTESTS  # the Council is where a complaint is filed, not its target


def test_a_note_handed_over_with_a_summons_is_the_same_protest(extractor: Extractor) -> None:
    found = events(extractor, "The Peruvian Foreign Ministry summoned Ecuador's ambassador on Monday. The ministry "
                              "handed Ambassador Rolando Quispe a protest note describing the raid as unacceptable.")
    assert [(kind, a, t) for kind, a, t, _ in found] == [
        ("protest (ambassador summoned)", S("Peruvian Foreign Ministry"), S("Ecuadorian government"))]


def test_protests_on_two_days_are_two_protests(extractor: Extractor) -> None:
    found = events(extractor, "The Peruvian Foreign Ministry summoned Ecuador's ambassador on Monday. On Tuesday "
                              "the ministry handed a protest note to the Ecuadorian embassy over a second raid.")
    assert [d for kind, _, _, d in found if kind.startswith("protest")] == ["2024-03-18", "2024-03-19"]


@pytest.mark.parametrize("body", [
    "Ecuador said it had sent nothing to Peru except humanitarian aid.",
    "Ecuador said it had sent no troops to the border.",
])
def test_nothing_sent_is_no_event(extractor: Extractor, body: str) -> None:
    assert events(extractor, body) == []


def test_talks_an_envoy_arrives_for_are_the_visit_s_purpose(extractor: Extractor) -> None:
    found = events(extractor, "Ecuador's foreign minister arrived in Lima on Sunday for talks aimed at easing "
                              "tension.")
    assert [kind for kind, *_ in found] == ["visit"]


def test_a_mechanism_named_after_complaints_leaves_the_agreement_to_set_it_up(extractor: Extractor) -> None:
    found = events(extractor, "Peru and Ecuador agreed on Monday to set up a joint complaint-verification "
                              "mechanism on the border.")
    assert pairs(found, "agreement") == {(S("Peruvian government"), S("Ecuadorian government"))}


@pytest.mark.parametrize("opening", [
    "Chad's military government and the FACT rebels agreed on Wednesday to a ceasefire",
    "Chad's army and the FACT rebels agreed on Wednesday to a ceasefire",
])
def test_the_military_of_a_story_datelined_with_its_mediator_is_the_warring_country_s(
        extractor: Extractor, opening: str) -> None:
    found = events(extractor, f"DOHA, Qatar — {opening} after talks in this Qatari city under Qatar's "
                              "mediation, Qatari officials said. Qatar's foreign ministry said Qatari observers "
                              "would monitor the truce. The military said its aircraft had struck rebel camps "
                              "near Faya on Tuesday.")
    assert pairs(found, "military action") == {(S("Chadian Army"), S("FACT"))}


def test_a_country_s_army_is_also_its_armed_forces_by_the_country_s_name(extractor: Extractor) -> None:
    doc = extractor.extract("Regional news\n\nMyanmar troops shelled two villages in Sagaing on Monday.",
                            date="2024-03-20")
    army = next(n for n in doc.nodes if n.label == "Institution" and n.properties.get("kind") == "military")
    assert "Myanmar Armed Forces" in army.properties["aliases"]


def test_army_positions_in_a_story_datelined_elsewhere_are_the_story_s_country_s(extractor: Extractor) -> None:
    found = events(extractor, "DOHA, Qatar — Sudan and Chad traded accusations on Tuesday. Sudan said Chadian "
                              "officials had armed the rebels, and Chad denied it. Sudanese officials said RSF "
                              "fighters overran army positions near El Fasher on Monday.")
    assert pairs(found, "military action") == {(S("Rapid Support Forces"), S("Sudanese Armed Forces"))}


def test_a_long_standfirst_under_the_headline_leaves_the_dateline_to_open_the_story(extractor: Extractor) -> None:
    text = ("Peru and Ecuador mass troops as a row over the river deepens\n"
            "Regional and U.S. envoys shuttle between Lima and Quito amid fears of a new war on the border, the "
            "first in three decades\n\nTuesday, September 15, 2026\nBy Ana Ruiz\n\n"
            "SAN JOSE DE LOURDES — Peru and Ecuador have moved thousands of troops toward their shared border.")
    doc = extractor.extract(text, path="standfirst.txt")
    assert not [n for n in doc.nodes if n.label == "Institution" and "LOURDES" in n.properties["name"]]
    assert dateline_end(text, title_and_body(text, None)[1]) == text.index("Peru and Ecuador have")


@pytest.mark.parametrize("body", [
    "Israeli warplanes struck what the Israeli military described as Hezbollah weapons depots near Nabatieh on "
    "Sunday.",
    "Israeli jets bombed what officials said were Hezbollah camps on Sunday.",
    "Israeli warplanes struck Hezbollah weapons depots near Nabatieh on Sunday.",
])
def test_what_an_attack_hits_may_be_what_its_side_calls_it_and_whose_is_a_modifier_s_modifier(
        extractor: Extractor, body: str) -> None:
    found = events(extractor, body)
    assert [(a, t, d) for _, a, t, d in found] == [(S("Israeli government"), S("Hezbollah"), "2024-03-17")]


def test_what_a_speaker_calls_something_is_no_attack_of_the_speaker_s(extractor: Extractor) -> None:
    assert events(extractor, "Peru said on Monday that what Ecuador did was an insult to its sovereignty.") == []


def test_a_place_is_where_an_attack_on_a_party_happened_not_a_second_target(extractor: Extractor) -> None:
    doc = extractor.extract("Regional news\n\nSudan's government said on Wednesday it would not negotiate. The "
                            "Council condemned Tuesday's attack by RSF forces on the army barracks at Kutum.",
                            date="2024-03-20")
    nodes = {n.id: n for n in doc.nodes}
    attack = next(n for n in doc.nodes if n.label == "Event")
    linked = {(r.type, nodes[r.end].properties.get("name")) for r in doc.relationships if r.start == attack.id}
    assert {("TARGET", "Sudanese Armed Forces"), ("LOCATED_IN", "Kutum")} <= linked
    assert ("TARGET", "Kutum") not in linked


@pytest.mark.parametrize(("body", "kind"), [
    ("Costa Rica recalled its ambassador from Managua on Monday. The recall of the ambassador, announced by the "
     "presidency, drew an angry response from Nicaragua.", "recall of ambassador"),
    ("Israeli warplanes struck Hezbollah depots near Nabatieh on Sunday. Lebanon condemned the Israeli strikes, "
     "and Hezbollah said its attacks would go on.", "military action"),
])
def test_an_event_named_again_with_the_or_its_is_the_same_event(extractor: Extractor, body: str, kind: str) -> None:
    assert [k for k, *_ in events(extractor, body)] == [kind]


def test_a_definite_event_told_first_is_an_event_of_its_own(extractor: Extractor) -> None:
    first = events(extractor, "The fighting between Sudanese troops and the RSF killed 40 people, Sudan said.")
    assert pairs(first, "military action") == {(S("Sudanese Armed Forces"), S("Rapid Support Forces"))}


def test_an_agreement_signed_with_a_capital_is_with_its_government(extractor: Extractor) -> None:
    found = events(extractor, "India recognised the islet as Sri Lankan under an agreement signed with Colombo in "
                              "June 1974.")
    assert [(a, t, d) for _, a, t, d in found] == [(S("Indian government"), S("Sri Lankan government"), "1974-06")]


def test_military_commanders_of_two_countries_are_their_armies_and_customs_officers_their_states(
        extractor: Extractor) -> None:
    found = events(extractor, "Indian and Chinese military commanders met for eleven hours at the border on "
                              "Tuesday.")
    assert [(a, t) for _, a, t, _ in found] == [(S("Indian Army"), S("People's Liberation Army"))]
    freed = events(extractor, "Niger freed four Beninese customs officers on Tuesday.")
    assert [(a, t) for _, a, t, _ in freed] == [(S("Nigerien government"), S("Beninese government"))]


@pytest.mark.parametrize("body", [
    "Peru and Ecuador agreed on Monday to step up intelligence sharing along the border.",
    "Peru and Ecuador agreed on Monday to convene the joint border commission next month.",
    "Peru and Ecuador agreed on Monday to maintain the momentum of dialogue.",
])
def test_agreeing_to_do_something_is_an_agreement(extractor: Extractor, body: str) -> None:
    # agreeing to meet again is an agreement too (ANNOTATION.md: 057 for the agreement, whatever it is to do)
    assert pairs(events(extractor, body), "agreement") == {(S("Peruvian government"), S("Ecuadorian government"))}


def _statement_dates(extractor: Extractor, body: str) -> list[tuple[str | None, str]]:
    doc = extractor.extract("Regional news\n\n" + body, date="2026-10-02", path="dates.txt")
    return [(n.properties.get("date"), n.properties["text"]) for n in doc.nodes if n.label == "Statement"]


def test_words_after_a_participle_the_parser_made_a_clause_keep_their_day(extractor: Extractor) -> None:
    found = _statement_dates(extractor, "Sudan's army accused neighbouring Chad on Thursday of letting weapons "
                                        "flow to the RSF.")
    assert [d for d, _ in found] == ["2026-10-01"]


def test_words_after_a_dated_act_of_the_speaker_s_body_are_dated_with_it(extractor: Extractor) -> None:
    found = _statement_dates(extractor, "The Kenyan Foreign Ministry summoned Somalia's ambassador on Tuesday. "
                                        "The ministry called the incursion a grave violation of Kenyan "
                                        "sovereignty.")
    assert [d for d, _ in found] == ["2026-09-29"]


def test_a_when_clause_on_a_named_person_is_dated_by_the_clause_it_hangs_on(extractor: Extractor) -> None:
    found = events(extractor, "Foreign Minister Arif Santoso raised this yesterday with the regional envoy, "
                              "Ambassador Teresita Manalo, when they met here in Jakarta.")
    assert [(a, t, d) for _, a, t, d in found] == [(S("Arif Santoso"), S("Teresita Manalo"), "2024-03-19")]


def test_arresting_crews_and_seizing_their_boats_is_one_act_dated_by_either_verb(extractor: Extractor) -> None:
    found = events(extractor, "The Sri Lanka Navy arrested 14 Indian fishermen and seized two trawlers north of "
                              "the islet on Sunday.")
    assert [(k, a, d) for k, a, _, d in found] == [("arrest", S("Sri Lanka Navy"), "2024-03-17")]


def test_an_official_who_was_in_another_country_s_capital_on_a_day_visited_it(extractor: Extractor) -> None:
    text = ("African Union press conference on Mali\n\nAddis Ababa, 18 June 2024\n\n"
            "SPOKESPERSON AMARA DIALLO: Good afternoon. The Commissioner will brief you.\n\n"
            "COMMISSIONER KWAME OSEI: Thank you. I was in Bamako on Friday and Saturday of last week. We remain "
            "concerned.\n\nQUESTION: Commissioner, will the Council act?\n\n"
            "COMMISSIONER KWAME OSEI: It will decide next week.\n")
    doc = extractor.extract(text, path="briefing.txt")
    nodes = {n.id: n for n in doc.nodes}
    visits = [n for n in doc.nodes if n.label == "Event" and n.properties["type"] == "visit"]
    assert [(v.properties["date"], {nodes[r.end].properties.get("name") for r in doc.relationships
                                    if r.start == v.id and r.type == "TARGET"}) for v in visits] == [
        ("2024-06-14", {"Malian government"})]


@pytest.mark.parametrize("body", [
    "Malian Foreign Minister Abdoulaye Traore was in Bamako on Friday.",  # at home
    "The envoy was in talks with Mali on Friday.",
    "The envoy was not in Bamako on Friday.",
])
def test_being_at_home_or_in_talks_is_no_visit(extractor: Extractor, body: str) -> None:
    assert "visit" not in {kind for kind, *_ in events(extractor, body)}


def test_the_president_met_on_a_trip_is_the_host_country_s(extractor: Extractor) -> None:
    found = events(extractor, "The AU commissioner, Kwame Osei, flew to Bamako on Friday. There he met the "
                              "President, he said.")
    assert pairs(found, "meeting") == {(S("Kwame Osei"), S("Malian government"))}
    unnamed = events(extractor, "The AU commissioner, Kwame Osei, met the President on Friday, he said.")
    assert pairs(unnamed, "meeting") == set()  # no country named: whose president is unknown


@pytest.mark.parametrize("body", [
    "Pakistan shut Torkham, its busiest trade route with Afghanistan, on Sunday.",
    "Pakistan closed the highway to Kabul on Sunday.",
])
def test_a_route_or_road_closed_is_closed_to_the_neighbour_not_aimed_at_the_place(
        extractor: Extractor, body: str) -> None:
    assert pairs(events(extractor, body), "border closure") == {(S("Pakistani government"), S("Afghan government"))}


def test_what_two_governments_agreed_before_which_something_happened_happened(extractor: Extractor) -> None:
    found = events(extractor, "Pakistani troops and Afghan forces fought at the Torkham crossing for much of "
                              "Sunday night, leaving 11 soldiers dead, before the two governments agreed on "
                              "Monday to a 48-hour ceasefire, officials on both sides said.")
    assert [(a, t, d) for k, a, t, d in found if k == "ceasefire"] == [
        (S("Pakistani government"), S("Afghan government"), "2024-03-18")]  # once, between the governments


def test_what_is_to_happen_before_or_until_something_has_not_happened(extractor: Extractor) -> None:
    assert events(extractor, "Kenya said it would not sign a truce until Somalia withdraws its troops.") == []


def test_a_meeting_of_one_government_with_no_one_is_no_event_but_dates_what_is_said_there(
        extractor: Extractor) -> None:
    doc = extractor.extract("Regional news\n\nArmenian Prime Minister Davit Karapetyan, opening a cabinet meeting "
                            "in Yerevan on Wednesday, said the government would not be provoked.", date="2024-03-20")
    assert not [n for n in doc.nodes if n.label == "Event"]
    assert [n.properties.get("date") for n in doc.nodes if n.label == "Statement"] == ["2024-03-20"]
    bloc = events(extractor, "CARICOM foreign ministers held an emergency videoconference on Tuesday.")
    assert [a for _, a, _, _ in bloc] == [S("Caribbean Community")]  # an organisation's members meet


@pytest.mark.parametrize(("body", "target"), [
    ("Armenian forces fired on Azerbaijani positions in the Kalbajar district on Tuesday.", "Azerbaijani Army"),
    ("Afghan forces opened fire on a Pakistani post overlooking the crossing on Sunday.", "Pakistani Army"),
])
def test_a_country_s_positions_posts_and_convoys_attacked_are_its_army_s(
        extractor: Extractor, body: str, target: str) -> None:
    assert {t for k, _, t, _ in events(extractor, body) if k == "military action"} == {S(target)}


def test_unnamed_positions_an_army_fires_on_are_the_other_army_s(extractor: Extractor) -> None:
    found = events(extractor, "Armenia said Azerbaijani troops opened fire on positions near the village of Sotk "
                              "late on Tuesday.")
    assert pairs(found, "military action") == {(S("Azerbaijani Army"), S("Armenian Army"))}


def test_one_of_its_convoys_struck_is_its_owner_s(extractor: Extractor) -> None:
    found = events(extractor, "Libya's Government of National Unity (GNU) and the Libyan National Army (LNA) traded "
                              "blame. The LNA said a GNU drone had struck one of its convoys south of Abu Grein late "
                              "on Monday, killing five soldiers.")
    assert pairs(found, "military action") == {(S("Government of National Unity"), S("Libyan National Army"))}


def test_the_missiles_of_a_launch_told_again_are_that_launch(extractor: Extractor) -> None:
    found = events(extractor, "North Korea fired two ballistic missiles on Tuesday. South Korea's military said the "
                              "missiles were launched from near Sunan, north of Pyongyang, at about 7 a.m.")
    assert [(k, a, t) for k, a, t, _ in found] == [("missile launch", S("North Korean government"), S())]


@pytest.mark.parametrize("body", [
    "Indian and Chinese troops fought a deadly battle in the Galwan Valley in June 2020.",
    "Indian and Chinese troops clashed in the Galwan Valley in June 2020.",
])
def test_two_armies_that_fought_are_coded_once_first_named_first(extractor: Extractor, body: str) -> None:
    assert pairs(events(extractor, body), "military action") == {(S("Indian Army"), S("People's Liberation Army"))}


def test_an_exchange_of_fire_is_still_one_event_per_side(extractor: Extractor) -> None:
    found = events(extractor, "Kyrgyz and Tajik border guards exchanged fire for several hours on Tuesday.")
    assert len(pairs(found, "military action")) == 2


def test_two_states_massing_troops_each_aim_at_the_other(extractor: Extractor) -> None:
    found = events(extractor, "Ethiopia and Eritrea have moved thousands of troops and heavy weapons toward their "
                              "shared border in recent weeks, diplomats say.")
    assert pairs(found, "military posture") == {(S("Ethiopian government"), S("Eritrean government")),
                                                (S("Eritrean government"), S("Ethiopian government"))}


def test_an_event_named_again_on_its_own_day_is_the_same_event(extractor: Extractor) -> None:
    found = events(extractor, "Costa Rica recalled its ambassador from Managua on Monday. The recall of the "
                              "ambassador, announced by the presidency on Monday, angered Nicaragua.")
    assert [k for k, *_ in found] == ["recall of ambassador"]


@pytest.mark.parametrize("body", [
    "Japan extended 3 million dollars in emergency aid to Bangladesh on Monday.",
    "The Government of Japan on Monday decided to extend Emergency Grant Aid of 3 million US dollars to Bangladesh.",
])
def test_aid_extended_to_a_country_is_aimed_at_its_government(extractor: Extractor, body: str) -> None:
    assert pairs(events(extractor, body), "humanitarian aid") == {(S("Japanese government"),
                                                                   S("Bangladeshi government"))}


def test_speaking_to_a_television_channel_is_an_interview_not_a_consultation(extractor: Extractor) -> None:
    found = events(extractor, "Speaking to the region's Novy Region channel on Tuesday, Transnistria's leader Sergei "
                              "Lozan said the drills were routine.")
    assert [k for k, *_ in found if k == "consultation"] == []


def test_an_official_who_is_in_another_country_s_capital_today_is_visiting(extractor: Extractor) -> None:
    assert pairs(events(extractor, "The UN envoy, Henrik Bakke, is in Maputo today."), "visit") == {
        (S("Henrik Bakke"), S("Mozambican government"))}
    assert events(extractor, "The UN envoy, Henrik Bakke, is in Maputo.") == []  # no day: where he works, maybe


def test_a_verb_the_parser_joins_to_the_sentence_s_without_and_does_not_borrow_its_subject(
        extractor: Extractor) -> None:
    found = events(extractor, "Bangladesh summoned Myanmar's ambassador on Monday to protest after mortar shells "
                              "fired from across the border struck a village in Teknaf, wounding three people.")
    assert [k for k, *_ in found] == ["protest (ambassador summoned)"]  # the shells struck, not Bangladesh
    both = events(extractor, "Kenya summoned Somalia's ambassador on Monday and expelled two diplomats.")
    assert {a for _, a, _, _ in both} == {S("Kenyan government")}


def test_traffic_a_participle_describes_is_no_trip(extractor: Extractor) -> None:
    found = events(extractor, "Mali closed its airspace on Thursday. Malian airspace is closed to all aircraft "
                              "coming from or going to Algeria, civil or military.")
    assert [k for k, *_ in found] == ["airspace closure"]


def test_a_vessel_seized_is_no_state_s_the_text_does_not_name(extractor: Extractor) -> None:
    found = events(extractor, "Finnish authorities have seized an oil tanker suspected of severing an undersea "
                              "cable linking Finland and Estonia.")
    assert [(k, a, t) for k, a, t, _ in found] == [("seizure", S("Finnish government"), S())]


def test_the_x_rebel_group_is_the_group_it_names_not_the_last_one_named(extractor: Extractor) -> None:
    found = events(extractor, "The RED-Tabara rebels are based in Congo. According to the National Defence Force, "
                              "fighters of the RED-Tabara rebel group attacked a village in Mabayi commune on "
                              "Saturday night.")
    assert {a for k, a, _, _ in found if k == "military action"} == {S("RED-Tabara")}


def test_a_document_sent_is_no_trip_and_an_event_named_is_not_done(extractor: Extractor) -> None:
    found = events(extractor, "Croatia's foreign ministry has today sent a protest note to Belgrade over the "
                              "incident.")
    assert [k for k, *_ in found] == ["protest"]
    assert events(extractor, "Denmark called Tuesday's visit a provocation.") == []


@pytest.mark.parametrize(("body", "kind", "actor"), [
    ("Earlier today the Department of the Treasury designated four officials of the Syrian government.", "sanction",
     "US Treasury Department"),
    ("Azerbaijan evacuated its embassy in Tehran on Friday.", "reduce relations", "Azerbaijani government"),
    ("Kenya placed its troops on high alert on Friday.", "military alert", "Kenyan government"),
])
def test_designations_evacuated_embassies_and_forces_placed_on_alert(
        extractor: Extractor, body: str, kind: str, actor: str) -> None:
    assert {a for k, a, _, _ in events(extractor, body) if k == kind} == {S(actor)}


def test_a_protest_lodged_with_the_un_is_addressed_to_it(extractor: Extractor) -> None:
    found = events(extractor, "Nicosia had lodged a formal protest with the U.N. Secretary-General, the minister "
                              "said.")
    assert pairs(found, "protest") == {(S("Cypriot government"), S("United Nations"))}


def test_a_call_with_a_counterpart_named_after_a_comma_is_with_that_person(extractor: Extractor) -> None:
    found = events(extractor, "Cypriot Foreign Minister Eleni Savvidou spoke by telephone late on Wednesday with "
                              "her Greek counterpart, Giorgos Alexandrou, the ministry said.")
    assert pairs(found, "telephone call") == {(S("Eleni Savvidou"), S("Giorgos Alexandrou"))}
