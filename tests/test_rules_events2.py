"""Event rules written in the fifth session: what is no event, what kind of event, and who acts, on short texts of
our own with invented people."""

from __future__ import annotations

import pytest

from dipgraph.loaders.extract import Extractor
from tests.test_rules_events_context import events, pairs


@pytest.mark.parametrize("body", [
    "Parliament demanded that the government suspend the talks with Armenia.",
    "Baku insisted that Yerevan withdraw its troops from the villages.",
])
def test_what_a_demand_asks_for_has_not_happened(extractor: Extractor, body: str) -> None:
    assert events(extractor, body) == []


def test_a_that_clause_told_as_fact_is_still_an_event(extractor: Extractor) -> None:
    found = events(extractor, "Baku said that Armenia withdrew its troops from the villages.")
    assert pairs(found, "military withdrawal") == {(frozenset({"Armenian government"}),
                                                    frozenset({"Azerbaijani government"}))}


@pytest.mark.parametrize(("body", "kind", "cameo"), [
    ("Armenia closed its border crossings at Margara on Tuesday.", "border closure", "191"),
    ("Armenia closed its airspace to Azerbaijani military aircraft on Tuesday.", "airspace closure", "163"),
])
def test_a_border_closed_restricts_movement_and_airspace_closed_to_a_state_bans_it(
        extractor: Extractor, body: str, kind: str, cameo: str) -> None:
    doc = extractor.extract("Regional news\n\nAzerbaijan protested. " + body, date="2024-03-20")
    found = [(n.properties["type"], n.properties["cameo"]) for n in doc.nodes if n.label == "Event"]
    assert (kind, cameo) in found
    assert pairs(events(extractor, "Azerbaijan protested. " + body), kind) == {
        (frozenset({"Armenian government"}), frozenset({"Azerbaijani government"}))}  # the neighbour, not the town


@pytest.mark.parametrize(("body", "kind", "actor", "target"), [
    ("UNICEF has sent water purification supplies.", "humanitarian aid", "UNICEF", None),
    ("The World Food Programme yesterday delivered rations for 9,000 people.", "humanitarian aid",
     "World Food Programme", None),
    ("The Central Emergency Response Fund has released $4 million to scale up assistance.", "humanitarian aid",
     "Central Emergency Response Fund", None),
    ("The EU has funded a programme to rebuild irrigation canals in Kyrgyzstan.", "economic aid", "European Union",
     None),
    ("Chad sent 900 troops on Monday.", "military deployment", "Chadian government", None),
    ("Kinshasa accused Rwanda of sending troops and heavy weapons.", "military deployment", "Rwandan government",
     None),  # sent nowhere named: aimed at no one
    ("Kyrgyzstan and Tajikistan initialled maps for 90 percent of the line.", "agreement", "Kyrgyz government",
     "Tajik government"),
    ("The Kurdish rebels of the PKK laid down their arms in July.", "demobilization", "Kurdistan Workers' Party",
     None),
    ("Togolese Foreign Minister Robert Dussey has made three trips to Ouagadougou since December.", "visit",
     "Robert Dussey", "Burkinabe government"),
])
def test_aid_without_a_destination_funding_initialling_disarming_and_trips(
        extractor: Extractor, body: str, kind: str, actor: str, target: str | None) -> None:
    assert pairs(events(extractor, body), kind) == {
        (frozenset({actor}), frozenset({target} if target else set()))}


@pytest.mark.parametrize("body", [
    "The minister went home.",
    "The Central Bank released its annual report on Monday.",
    "The army laid mines along the road.",
])
def test_no_event_without_its_object(extractor: Extractor, body: str) -> None:
    assert events(extractor, body) == []


def test_a_call_with_each_of_two_named_apart_when_the_second_with_hangs_elsewhere(extractor: Extractor) -> None:
    found = events(extractor, "Spanish Foreign Minister Elena Ruiz spoke by phone with Moroccan minister Youssef "
                              "Alami on Tuesday and with Algerian minister Rachid Bouzid on Wednesday, her ministry "
                              "said.")
    assert pairs(found, "telephone call") == {(frozenset({"Elena Ruiz"}), frozenset({"Youssef Alami"})),
                                              (frozenset({"Elena Ruiz"}), frozenset({"Rachid Bouzid"}))}
    assert sorted(d for kind, _, _, d in found if kind == "telephone call") == ["2024-03-19", "2024-03-20"]


def test_the_two_ministers_and_both_countries_named_paragraphs_before(extractor: Extractor) -> None:
    found = events(extractor, "Kyrgyz Foreign Minister Nurlan Asanov accused Tajikistan of provocation. He said so "
                              "in Bishkek. Kyrgyz villagers fled.\n\nTajik Foreign Minister Farrukh Rahimov rejected "
                              "the accusation. \"Tajikistan never started it,\" he said.\n\nThe two ministers spoke "
                              "by telephone late on Wednesday. Delegations from both countries have held twelve "
                              "rounds of talks on demarcation.")
    assert pairs(found, "telephone call") == {(frozenset({"Nurlan Asanov"}), frozenset({"Farrukh Rahimov"}))}
    assert pairs(found, "negotiation") == {(frozenset({"Kyrgyz government"}), frozenset({"Tajik government"}))}


def test_border_guards_of_two_countries_are_each_ones_border_service(extractor: Extractor) -> None:
    found = events(extractor, "Kyrgyz and Tajik border guards exchanged fire for several hours on Wednesday.")
    assert pairs(found, "military action") == {
        (frozenset({"Kyrgyz Border Guard"}), frozenset({"Tajik Border Guard"})),
        (frozenset({"Tajik Border Guard"}), frozenset({"Kyrgyz Border Guard"}))}


def test_a_border_service_the_story_names_is_the_one_its_guards_serve(extractor: Extractor) -> None:
    found = events(extractor, "Uzbekistan's State Border Service said Kyrgyz border guards had fired on "
                              "Uzbek border guards near the post on Tuesday.")
    actors = {a for kind, a, _, _ in found if kind == "military action"}
    assert actors == {frozenset({"Kyrgyz Border Guard"})}
    targets = {t for kind, _, t, _ in found if kind == "military action"}
    assert len(targets) == 1 and "Border" in next(iter(next(iter(targets))))


def test_an_attack_with_a_weapon_on_a_national_post_is_aimed_at_that_country_s_army(extractor: Extractor) -> None:
    found = events(extractor, "Tajik troops had opened fire with mortars on a Kyrgyz outpost shortly after dawn.")
    assert pairs(found, "military action") == {(frozenset({"Tajik Army"}), frozenset({"Kyrgyz Army"}))}


def test_a_group_in_apposition_is_the_one_its_relative_clause_tells_of(extractor: Extractor) -> None:
    found = events(extractor, "Fighters of Ansar al-Sunna, the Islamic State affiliate that has besieged the town of "
                              "Mocimboa since 2023, ambushed an army convoy on Monday.")
    assert {a for kind, a, _, _ in found if kind == "siege"} == {frozenset({"Ansar al-Sunna"})}


def test_a_move_in_apposition_is_no_group(extractor: Extractor) -> None:
    found = events(extractor, "The United States withdrew in 2018 under President Tom Hale, a move that included "
                              "imposing sanctions against Iran.")
    assert {a for kind, a, _, _ in found if kind == "sanction"} == {frozenset({"US government"})}


def test_a_countrys_forces_are_its_armed_forces(extractor: Extractor) -> None:
    found = events(extractor, "Ethiopian forces retook the village of Dolo from al-Shabaab on Monday.")
    assert {a for _, a, _, _ in found} == {frozenset({"Ethiopian Army"})}


@pytest.mark.parametrize(("body", "army"), [
    ("KINSHASA — M23 rebel fighters overran army positions near Rubaya in North Kivu on Friday.", "Congolese Army"),
    ("The Malian army said its units had held the town. Gunmen of Ansar Dine ambushed an army supply convoy "
     "near Gao in Mali on Monday.", "Malian Army"),
])
def test_army_positions_or_convoys_hit_are_the_armys_the_story_is_about(
        extractor: Extractor, body: str, army: str) -> None:
    targets = {t for kind, _, t, _ in events(extractor, body) if kind == "military action"}
    assert frozenset({army}) in targets


def test_what_is_dated_after_the_article_has_not_happened_yet(extractor: Extractor) -> None:
    found = events(extractor, "UN relief chief Henrik Dahl met Defence Minister Ana Tembe on Wednesday. "
                              "Tomorrow, he travels to Lusaka. He flew to Maputo on Monday.")
    assert {kind for kind, _, _, _ in found} == {"meeting", "visit"}
    assert [d for kind, _, _, d in found if kind == "visit"] == ["2024-03-18"]


@pytest.mark.parametrize(("body", "kind", "actor", "target"), [
    ("Cameroon suspended the operations of Doctors Without Borders in the North-West earlier this month.",
     "administrative sanctions", "Cameroonian government", "Doctors Without Borders"),
    ("The Central Emergency Response Fund has allocated $5 million for Sudan.", "humanitarian aid",
     "Central Emergency Response Fund", "Sudanese government"),
    ("Brussels approved 60 million euros in budget support for Moldova, the EU said.", "economic aid",
     "European Union", "Moldovan government"),
    ("Mali left the Economic Community of West African States in January.", "reduce relations",
     "Malian government", "ECOWAS"),
    ("Moldova expelled a Russian diplomat. Russian Ambassador Oleg Vasnetsov was summoned. Later the Russian "
     "embassy said Vasnetsov had been recalled to Moscow for consultations.", "recall of ambassador",
     "Russian government", "Moldovan government"),
])
def test_suspensions_allocations_approvals_leaving_a_bloc_and_recalls(
        extractor: Extractor, body: str, kind: str, actor: str, target: str) -> None:
    found = pairs(events(extractor, body), kind)
    assert len(found) == 1
    (actors, targets), = found
    assert actor in actors and any(target in t or t in target for t in targets), found


@pytest.mark.parametrize("body", [
    "The minister left Moscow on Monday.",
    "The council approved the agenda.",
])
def test_leaving_a_city_or_approving_an_agenda_is_no_event(extractor: Extractor, body: str) -> None:
    assert events(extractor, body) == []


def test_our_positions_in_an_officials_turn_are_his_states(extractor: Extractor) -> None:
    text = ("Weekly Press Briefing\n\nPakistani Foreign Office spokesperson Ayesha Khan briefed the press in "
            "Islamabad on Wednesday.\n\nSPOKESPERSON KHAN: Good afternoon. On Sunday, Afghan border forces fired "
            "on our positions near the crossing.\n\nQUESTION: Will you respond?\n\nSPOKESPERSON KHAN: We have "
            "lodged a protest.\n")
    doc = extractor.extract(text, date="2024-03-20")
    nodes = {n.id: n for n in doc.nodes}
    hits = [{nodes[r.end].properties["name"] for r in doc.relationships if r.start == n.id and r.type == "TARGET"}
            for n in doc.nodes if n.label == "Event" and n.properties["type"] == "military action"]
    assert hits == [{"Pakistani government"}]


@pytest.mark.parametrize(("body", "actor"), [
    ("Separatist fighters abducted 14 teachers near Bamenda on Sunday.", "Separatist fighters"),
    ("Armed gangs have stormed the town of Mirebalais.", "Armed gangs"),
    ("Tuesday's attack by non-State armed groups on the town of Macomia killed 12.", "Non-State armed groups"),
    ("Iranian-backed militias attacked a US base in Syria with drones on Monday.", "Iranian-backed militias"),
    ("Malian rebels attacked the town of Kidal.", "Malian rebels"),
])
def test_an_armed_group_the_story_does_not_name_is_known_by_what_it_calls_it(
        extractor: Extractor, body: str, actor: str) -> None:
    assert {a for _, a, _, _ in events(extractor, body)} == {frozenset({actor})}


def test_a_group_the_story_names_is_the_one_its_fighters_belong_to(extractor: Extractor) -> None:
    found = events(extractor, "Al-Shabaab claimed the raid. The militants stormed the town of Dolo on Monday.")
    assert {a for kind, a, _, _ in found if kind == "military action"} == {frozenset({"al-Shabaab"})}


@pytest.mark.parametrize(("body", "kind", "actor", "target"), [
    ("Japan provided 2 million dollars in humanitarian aid to Sudan on Monday.", "humanitarian aid",
     "Japanese government", "Sudanese government"),
    ("Germany supplied tanks to Ukraine last year.", "military aid", "German government", "Ukrainian government"),
    ("Russia annexed Crimea in 2014.", "occupation of territory", "Russian government", "Crimea"),
    ("Malaysia deported 300 Myanmar nationals on Friday.", "deportation", "Malaysian government",
     "Burmese government"),
    ("Turkey handed over two detainees to Greece on Monday.", "release of prisoners", "Turkish government",
     "Greek government"),
])
def test_aid_and_arms_provided_annexation_deportation_and_handovers(
        extractor: Extractor, body: str, kind: str, actor: str, target: str) -> None:
    assert pairs(events(extractor, body), kind) == {(frozenset({actor}), frozenset({target}))}


@pytest.mark.parametrize("body", [
    "The minister handed over a letter to the ambassador.",
    "Kenya gave assurances to Somalia on Monday.",
    "The ministry provided details of the plan.",
])
def test_things_handed_or_given_that_are_no_aid_nor_people(extractor: Extractor, body: str) -> None:
    assert events(extractor, body) == []


def test_a_military_drone_no_country_owns_is_the_armys_the_story_names(extractor: Extractor) -> None:
    found = events(extractor, "The Sudanese army said it repelled the attack. A military drone had struck a market "
                              "near the camp on Monday, killing 12.")
    assert {a for kind, a, _, _ in found if kind == "military action"} == {frozenset({"Sudanese Armed Forces"})}


def test_ships_coordinated_with_national_aircraft_are_that_countrys(extractor: Extractor) -> None:
    found = events(extractor, "Japan's Defense Ministry said it had detected 12 Chinese military aircraft and four "
                              "navy ships operating near the Senkaku Islands on Tuesday.")
    assert {a for kind, a, _, _ in found if kind == "military posture"} == {frozenset({"Chinese government"})}


def test_chairing_talks_between_two_parties_mediates_between_them(extractor: Extractor) -> None:
    found = events(extractor, "Qatar chaired the talks between Kinshasa and the M23 in Doha on Monday. The "
                              "Philippines, which chairs ASEAN this year, pressed both governments.")
    assert pairs(found, "mediation") == {(frozenset({"Qatari government"}), frozenset({"Congolese government"})),
                                         (frozenset({"Qatari government"}), frozenset({"M23"}))}


@pytest.mark.parametrize(("body", "expected"), [
    ("Israeli jets targeted a Hezbollah commander in southern Lebanon on Monday.",
     {(frozenset({"Israeli government"}), frozenset({"Hezbollah"}))}),
    ("The EU targeted six Russian banks with sanctions.", set()),  # targeted by measures, not by arms
])
def test_what_jets_or_missiles_target_they_attack(extractor: Extractor, body: str, expected: set) -> None:
    assert pairs(events(extractor, body), "military action") == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Somalia suspended all cooperation with Ethiopia on Monday.",
     {(frozenset({"Somali government"}), frozenset({"Ethiopian government"}))}),
    ("The ministry suspended the spokesman for a week.", set()),
])
def test_cooperation_suspended_reduces_relations(extractor: Extractor, body: str, expected: set) -> None:
    assert pairs(events(extractor, body), "break diplomatic relations") == expected


def test_a_plural_event_noun_opening_a_sentence_is_still_one(extractor: Extractor) -> None:
    found = events(extractor, "Sanctions were imposed on Iran by the United States in 2018.")
    assert pairs(found, "sanction") == {(frozenset({"US government"}), frozenset({"Iranian government"}))}


@pytest.mark.parametrize("body", [
    "Russia left the door open to a new agreement with Ukraine.",
    "Kenyan President William Ruto left the African Union summit early on Monday.",
    "The UN released a report on Monday saying 3 million Sudanese need food.",
    "The EU handed 50 million euros to Moldova on Monday.",
    "Ukraine provided footage of Russian drones to investigators.",
    "Russia laid out conditions for arms control talks.",
    "Aid groups said the strikes hit a hospital.",
    "Civil society groups met the UN envoy on Monday.",
    "The Russian army suspended military operations around Kyiv for three days.",
    "Kenya suspended its activities at the embassy in Mogadishu.",
    "Pro-Russian forces shelled Avdiivka.",
    "Kenya sent a report saying 3 million people need food to the UN.",
])
def test_phrases_that_only_look_like_events_or_actors(extractor: Extractor, body: str) -> None:
    found = events(extractor, body)
    assert not [e for e in found if e[0] not in ("military action",)] and all(
        "Russian" not in " ".join(a) for kind, a, _, _ in found if kind == "military action"), found


@pytest.mark.parametrize(("body", "kind"), [
    ("Kyiv said Russia and Belarus hold joint military exercises near the border.", "military cooperation"),
    ("Kyrgyzstan closed its border with Tajikistan until April 10, 2024.", "border closure"),
])
def test_a_plain_present_or_a_closure_until_a_later_day_still_happened(
        extractor: Extractor, body: str, kind: str) -> None:
    assert kind in {k for k, _, _, _ in events(extractor, body)}


def test_naval_forces_are_the_navy(extractor: Extractor) -> None:
    found = events(extractor, "Russian naval forces seized three Ukrainian ships in the Kerch Strait.")
    assert {a for _, a, _, _ in found} == {frozenset({"Russian Navy"})}


def test_a_mediator_thanked_is_not_one_of_the_two_sides(extractor: Extractor) -> None:
    found = events(extractor, "Pakistani and Afghan officials met in Riyadh last week. We thank Saudi Arabia for "
                              "facilitating the meeting. The two sides agreed to set up a joint mechanism.")
    assert pairs(found, "agreement") == {(frozenset({"Pakistani government"}), frozenset({"Afghan government"}))}


def test_a_meeting_in_a_where_clause_after_a_day_is_on_that_day(extractor: Extractor) -> None:
    found = events(extractor, "UN envoy Naledi Khoza said she was in Bangkok on Sunday, where she met Thai Foreign "
                              "Minister Chanin Wongsakul, and in Jakarta on Monday.")
    assert [d for kind, _, _, d in found if kind == "meeting"] == ["2024-03-17"]


def test_a_call_by_phone_with_two_parties_the_parser_hangs_on_the_phone(extractor: Extractor) -> None:
    found = events(extractor, "The Organization of American States called for restraint. Its secretary general, "
                              "Marco Ruiz, spoke by phone with Ana Salas and with Ecuadorean Foreign Minister Jorge "
                              "Vela on Sunday.")
    assert pairs(found, "telephone call") == {(frozenset({"Marco Ruiz"}), frozenset({"Ana Salas"})),
                                              (frozenset({"Marco Ruiz"}), frozenset({"Jorge Vela"}))}


def test_a_capitals_name_ending_a_town_name_is_the_town(extractor: Extractor) -> None:
    found = events(extractor, "Islamist insurgents attacked the port town of Mocimboa da Praia in Mozambique on "
                              "Saturday.")
    assert {t for kind, _, t, _ in found if kind == "military action"} == {frozenset({"Mocimboa da Praia"})}


@pytest.mark.parametrize(("body", "kind", "expected"), [
    ("Kosovo police arrested four Serbs on Sunday, prompting Serbia to put its army on alert.", "military alert",
     {(frozenset({"Serbian government"}), frozenset({"Kosovar government"}))}),
    ("The attack forced Kenya to close its border with Somalia.", "border closure",
     {(frozenset({"Kenyan government"}), frozenset({"Somali government"}))}),
    ("Washington urged Kenya to close its border with Somalia.", "border closure", set()),
    ("NATO bolstered its presence in Estonia on Monday.", "military posture",
     {(frozenset({"NATO"}), frozenset())}),  # where it is, not whom it is aimed at
])
def test_what_a_country_is_made_to_do_it_does_and_its_own_forces_are_no_target(
        extractor: Extractor, body: str, kind: str, expected: set) -> None:
    assert pairs(events(extractor, body), kind) == expected


def test_a_named_groups_forces_are_the_group_not_the_country_they_fight_in(extractor: Extractor) -> None:
    found = events(extractor, "In Yemen, Houthi forces shelled government positions near Marib overnight.")
    assert {a for kind, a, _, _ in found if kind == "military action"} == {frozenset({"Houthis"})}


def test_a_day_named_before_the_purpose_dates_the_summons(extractor: Extractor) -> None:
    found = events(extractor, "Philippine Foreign Secretary Enrique Manalo summoned China's ambassador, Huang Xilian, "
                              "on Tuesday to protest.")
    assert [d for kind, _, _, d in found] == ["2024-03-19"]


@pytest.mark.parametrize("body", [
    "The Houthis said no ship would be safe between Suez and Bab al-Mandab.",
    "The group's spokesman told Al-Masirah television the attacks would go on.",
    "The vessel is operated by Thalassa Bulk Management, the company said.",
    "ASEAN leaders backed the Five-Point Consensus on Monday.",
    "The minister spoke to the Asahi Shimbun on Monday.",
])
def test_straits_outlets_companies_and_documents_are_no_people(extractor: Extractor, body: str) -> None:
    doc = extractor.extract("Regional news\n\n" + body, date="2024-03-20")
    assert [n.properties["name"] for n in doc.nodes if n.label == "Person"] == []


def test_a_family_name_written_first_in_capitals_is_put_last(extractor: Extractor) -> None:
    doc = extractor.extract("Regional news\n\nDirector-General MIURA Kenta lodged a strong protest by telephone on "
                            "Friday. Miura said the incursion was unacceptable.", date="2024-03-20")
    assert [n.properties["name"] for n in doc.nodes if n.label == "Person"] == ["Kenta Miura"]


@pytest.mark.parametrize(("body", "kinds"), [
    ("The KIA struck a more guarded tone.", set()),
    ("Israel and Hamas struck a deal on Wednesday.", {"agreement"}),
])
def test_striking_a_tone_or_a_deal_is_no_attack(extractor: Extractor, body: str, kinds: set) -> None:
    assert {kind for kind, _, _, _ in events(extractor, body)} == kinds
