"""Event rules in ordinary news prose (who acts and who is hit), on short texts of our own with invented people."""

from __future__ import annotations

import pytest

from dipgraph.graph.document import GraphDocument
from dipgraph.loaders.extract import Extractor

DATE = "2024-03-20"  # a Wednesday

Event = tuple[str, frozenset[str], frozenset[str], str | None]


def events(extractor: Extractor, body: str) -> list[Event]:
    """(type, actor names, target names, date) of every event extracted from a short article."""
    doc: GraphDocument = extractor.extract("Regional news\n\n" + body, date=DATE)
    nodes = {n.id: n for n in doc.nodes}

    def names(event_id: str, rel: str) -> frozenset[str]:
        return frozenset(nodes[r.end].properties["name"] for r in doc.relationships
                         if r.start == event_id and r.type == rel)

    return [(n.properties["type"], names(n.id, "ACTOR"), names(n.id, "TARGET"), n.properties.get("date"))
            for n in doc.nodes if n.label == "Event"]


def pairs(found: list[Event], kind: str) -> set[tuple[frozenset[str], frozenset[str]]]:
    """Actors and targets of the events of one type."""
    return {(a, t) for typ, a, t, _ in found if typ == kind}


def S(*names: str) -> frozenset[str]:
    return frozenset(names)


# --- parties named through 'of' ----------------------------------------------------------------------


def test_ministers_of_two_countries_meet_as_their_ministries(extractor: Extractor) -> None:
    found = events(extractor, "The foreign ministers of Chile and Peru met in Lima on Tuesday.")
    assert pairs(found, "meeting") == {(S("Chilean Foreign Ministry"), S("Peruvian Foreign Ministry"))}
    assert found[0][3] == "2024-03-19"


@pytest.mark.parametrize("subject", ["The leaders of Kenya and Ethiopia", "The heads of state of Kenya and Ethiopia"])
def test_leaders_of_two_countries_sign_as_their_governments(extractor: Extractor, subject: str) -> None:
    found = events(extractor, f"{subject} signed a border agreement on Monday.")
    assert pairs(found, "agreement") == {(S("Kenyan government"), S("Ethiopian government"))}  # the first named's


def test_a_country_hosting_the_talks_is_still_a_party_when_its_chiefs_hold_them(extractor: Extractor) -> None:
    found = events(extractor, "The defence chiefs of Norway and Finland held talks in Oslo on Friday.")
    assert pairs(found, "negotiation") == {(S("Norwegian government"), S("Finnish government"))}


# --- the agent of an event noun, and the side that fends it off ---------------------------------------


def test_an_attack_repelled_by_troops_is_by_its_agent_against_the_troops(extractor: Extractor) -> None:
    found = events(extractor, "Malian troops repelled an attack by al-Shabaab fighters near Gao on Monday.")
    assert pairs(found, "military action") == {(S("al-Shabaab"), S("Malian Army"))}  # troops: the army; Gao is where


def test_a_place_that_came_under_attack_takes_the_verbs_date(extractor: Extractor) -> None:
    found = events(extractor, "The town came under attack from Russian forces on Monday.")
    assert [(a, d) for _, a, _, d in found] == [(S("Russian Army"), "2024-03-18")]


def test_an_attack_blamed_on_a_group_is_the_groups(extractor: Extractor) -> None:
    found = events(extractor, "Kenya blamed the attack on al-Shabaab.")
    assert pairs(found, "military action") == {(S("al-Shabaab"), S())}


# --- events judged or talked about are not done by the speaker ----------------------------------------


@pytest.mark.parametrize("body", [
    "The United Nations Security Council condemned the attack.",
    "Kenya condemned the attack on the embassy in Nairobi.",
    "The rebels denied the attack on the convoy.",
    "Brazil welcomed the ceasefire agreed on Monday.",
    "France demanded a ceasefire.",
    "Brazil called for talks.",
    "Uruguay discussed the sanctions on Tuesday.",
])
def test_a_judged_event_has_no_actor_from_the_judge(extractor: Extractor, body: str) -> None:
    assert events(extractor, body) == []


def test_a_judged_event_keeps_the_actor_its_noun_names(extractor: Extractor) -> None:
    found = events(extractor, "Kenya condemned Ethiopian airstrikes on Mekelle.")
    assert pairs(found, "military action") == {(S("Ethiopian government"), S("Mekelle"))}
    found = events(extractor, "Chad praised the deal signed by Sudan and Eritrea on Monday.")
    assert pairs(found, "agreement") == {(S("Sudanese government"), S("Eritrean government"))}  # not the praiser


# --- whom an offer or a mediation is aimed at --------------------------------------------------------


@pytest.mark.parametrize("body", [
    "Egyptian mediators proposed a new truce to the Arakan Army.",
    "Egyptian mediators offered the Arakan Army a new truce.",
])
def test_mediators_proposing_a_truce_mediate_towards_whom_they_offer_it(extractor: Extractor, body: str) -> None:
    found = events(extractor, body)
    assert pairs(found, "mediation") == {(S("Egyptian government"), S("Arakan Army"))}


def test_a_draft_handed_to_two_parties_is_aimed_at_both(extractor: Extractor) -> None:
    found = events(extractor, "Qatari mediators presented a draft deal to Armenia and Azerbaijan on Monday.")
    assert pairs(found, "mediation") == {(S("Qatari government"), S("Armenian government")),
                                         (S("Qatari government"), S("Azerbaijani government"))}  # one per party


@pytest.mark.parametrize("body", ["Qatar mediated between Kyrgyzstan and Tajikistan.",
                                  "Qatar has mediated talks between Kyrgyzstan and Tajikistan."])
def test_mediating_between_two_parties_is_aimed_at_each(extractor: Extractor, body: str) -> None:
    found = events(extractor, body)
    assert pairs(found, "mediation") == {(S("Qatari government"), S("Kyrgyz government")),
                                         (S("Qatari government"), S("Tajik government"))}


def test_hosting_talks_between_two_parties_has_no_target_of_its_own(extractor: Extractor) -> None:
    found = events(extractor, "Kenya hosted talks between Sudan and Chad on Monday.")
    assert pairs(found, "host visit") == {(S("Kenyan government"), S())}
    assert pairs(found, "negotiation") == {(S("Sudanese government"), S("Chadian government"))}


# --- breaking and restoring relations ----------------------------------------------------------------


@pytest.mark.parametrize("body", ["Bolivia severed diplomatic relations with Paraguay on Tuesday.",
                                  "Bolivia cut ties with Paraguay on Tuesday.",
                                  "Bolivia broke off relations with Paraguay on Tuesday."])
def test_breaking_relations_with_a_country_is_aimed_at_it(extractor: Extractor, body: str) -> None:
    found = events(extractor, body)
    assert [(t, a, g, d) for t, a, g, d in found] == [
        ("break diplomatic relations", S("Bolivian government"), S("Paraguayan government"), "2024-03-19")]


def test_two_countries_restoring_ties_restore_them_with_each_other(extractor: Extractor) -> None:
    found = events(extractor, "Morocco and Algeria restored full diplomatic ties on Monday.")
    assert pairs(found, "restore diplomatic relations") == {(S("Moroccan government"), S("Algerian government"))}


@pytest.mark.parametrize("body", ["Bolivia will restore ties with Paraguay.", "Bolivia cut its budget on Monday."])
def test_relations_only_broken_or_restored_when_it_happened(extractor: Extractor, body: str) -> None:
    assert events(extractor, body) == []


# --- 'the two leaders', 'both delegations', 'they' ---------------------------------------------------

RECEIVED = "Bolivian President Rosa Quispe received her Paraguayan counterpart Tomas Benitez in La Paz on Monday. "


@pytest.mark.parametrize("subject", ["The two leaders", "They", "Both presidents"])
def test_a_pair_after_a_sentence_naming_two_people_is_those_two(extractor: Extractor, subject: str) -> None:
    found = events(extractor, RECEIVED + f"{subject} signed a trade agreement.")
    assert pairs(found, "agreement") == {(S("Rosa Quispe"), S("Tomas Benitez"))}  # in the order they were named


def test_the_two_sides_after_two_countries_are_their_governments(extractor: Extractor) -> None:
    found = events(extractor, "Bolivian and Paraguayan negotiators gathered in Geneva on Monday. "
                              "The two delegations held talks on Friday.")
    assert pairs(found, "negotiation") == {(S("Bolivian government"), S("Paraguayan government"))}


def test_they_attacking_is_no_pair(extractor: Extractor) -> None:
    found = events(extractor, RECEIVED + "They attacked a rebel base on Tuesday.")
    assert pairs(found, "military action") == set()


def test_two_countries_urging_both_parties_are_not_the_two_delegations(extractor: Extractor) -> None:
    found = events(extractor, "Bolivia and Chile called on both parties in a joint statement to return to the "
                              "table. The two delegations last met in Geneva in late August.")
    assert pairs(found, "meeting") == set()


# --- 'between' wherever the parser hangs it ---------------------------------------------------------


@pytest.mark.parametrize("body", [
    "The talks in the Kenyan capital Nairobi between Uganda and Burundi resumed on Monday.",
    "Peace talks were held in Nairobi between Uganda and Burundi on Monday.",
    "A new round of talks in Nairobi between Uganda and Burundi began on Monday.",
])
def test_talks_in_a_city_between_two_parties_are_theirs(extractor: Extractor, body: str) -> None:
    found = events(extractor, body)
    assert [(t, a, g, d) for t, a, g, d in found] == [
        ("negotiation", S("Ugandan government"), S("Burundian government"), "2024-03-18")]


# --- the government a sentence names besides the actors ----------------------------------------------


def test_an_armys_own_country_is_not_what_it_attacks(extractor: Extractor) -> None:
    found = events(extractor, "Niger's army attacked a rebel base on Monday.")
    assert [(a, g) for _, a, g, _ in found] == [(S("Nigerien Army"), S())]


def test_the_city_where_a_pact_is_signed_names_no_party(extractor: Extractor) -> None:
    found = events(extractor, "Kenya signed a security pact in Addis Ababa on Friday.")
    assert pairs(found, "agreement") == {(S("Kenyan government"), S())}
    found = events(extractor, "Israeli jets struck targets in Lebanon on Monday.")
    assert pairs(found, "military action") == {(S("Israeli government"), S("Lebanese government"))}


# --- hosts, gatherings and delegations ----------------------------------------------------------------


def test_whose_government_hosted_the_talks_is_the_host_not_a_party(extractor: Extractor) -> None:
    found = events(extractor, "Kenyan Foreign Minister Amina Odhiambo, whose government hosted the talks, said "
                              "progress had been made.")
    assert [(t, a, g) for t, a, g, _ in found] == [("host visit", S("Kenyan government"), S())]


@pytest.mark.parametrize("body", [
    "Delegations of Myanmar's army and the rebel Arakan Army sat down on Monday for a new round of indirect "
    "talks in Kunming, China.",
    "Delegations of Myanmar's army and the Arakan Army sat down on Monday in Kunming for a new round of "
    "indirect talks hosted by China.",
])
def test_delegations_sitting_down_for_talks_hold_them(extractor: Extractor, body: str) -> None:
    found = events(extractor, body)
    assert pairs(found, "negotiation") == {(S("Burmese Army"), S("Arakan Army"))}
    assert {d for t, _, _, d in found if t == "negotiation"} == {"2024-03-18"}  # (and China hosts the second)


# --- opening fire, fighting breaking out, accused of an offensive ------------------------------------


def test_opening_fire_is_an_attack_and_a_fire_spreading_is_not(extractor: Extractor) -> None:
    found = events(extractor, "Georgia accused Russia of opening fire on its positions on Tuesday.")
    assert [(t, a, d) for t, a, _, d in found] == [("military action", S("Russian government"), "2024-03-19")]
    assert events(extractor, "The fire spread to a warehouse on Monday.") == []


def test_accused_of_launching_an_offensive_names_its_actor(extractor: Extractor) -> None:
    found = events(extractor, "Kenya accused Somalia of launching an offensive in Gedo on Monday.")
    assert pairs(found, "military action") == {(S("Somali government"), S("Gedo"))}


@pytest.mark.parametrize("verb", ["broke out between Thai and Cambodian troops",
                                  "erupted between Thai and Cambodian troops"])
def test_fighting_breaking_out_between_two_armies_is_theirs(extractor: Extractor, verb: str) -> None:
    found = events(extractor, f"Fighting {verb} on Thursday.")
    assert {(a, g, d) for _, a, g, d in found} == {(S("Thai Army"), S("Cambodian Army"), "2024-03-14")}  # once


def test_breaking_a_truce_declares_none(extractor: Extractor) -> None:
    assert events(extractor, "Russia broke the truce on Monday.") == []


def test_meeting_a_counterpart_named_after_the_title_is_one_meeting_with_that_person(extractor: Extractor) -> None:
    found = events(extractor, "Kenyan Foreign Minister Peter Kamau met his Somali counterpart Abdi Warsame in "
                              "Nairobi on Monday evening.")
    assert pairs(found, "meeting") == {(S("Peter Kamau"), S("Abdi Warsame"))}


def test_mediating_between_the_two_sides_just_named(extractor: Extractor) -> None:
    found = events(extractor, "Laos and Vietnam signed a border treaty on Monday. Norway, which has mediated "
                              "between the two countries since 2021, welcomed it.")
    assert pairs(found, "mediation") == {(S("Norwegian government"), S("Laotian government")),
                                         (S("Norwegian government"), S("Vietnamese government"))}


def test_two_named_leaders_parsed_as_two_subjects_hold_talks_together(extractor: Extractor) -> None:
    found = events(extractor, "Moldova's President Maia Rusu and Romanian Prime Minister Ion Popescu held talks in "
                              "Vienna on Thursday.")
    assert pairs(found, "negotiation") == {(S("Maia Rusu"), S("Ion Popescu"))}


def test_coming_under_attack_makes_the_clauses_subject_the_target(extractor: Extractor) -> None:
    found = events(extractor, "Baku said its troops had returned fire after coming under attack from Armenian "
                              "positions.")
    assert (S("Armenian government"), S("Azerbaijani government")) in pairs(found, "military action")


def test_the_mediator_is_not_one_of_the_two_countries_it_mediates_between(extractor: Extractor) -> None:
    found = events(extractor, "Laos signed a border treaty with Vietnam on Monday. Norway has mediated between "
                              "the two countries since 2021.")
    assert pairs(found, "mediation") == {(S("Norwegian government"), S("Laotian government")),
                                         (S("Norwegian government"), S("Vietnamese government"))}


# --- co-mediators, and the people an action is aimed at ------------------------------------------------


def test_two_countries_which_have_mediated_each_mediate(extractor: Extractor) -> None:
    found = events(extractor, "Kuwait and Qatar, which have mediated between the warring parties, called for "
                              "an immediate ceasefire.")
    assert pairs(found, "mediation") == {(S("Kuwaiti government"), S()), (S("Qatari government"), S())}


def test_sanctions_on_a_groups_commanders_are_aimed_at_the_group(extractor: Extractor) -> None:
    found = events(extractor, "The European Union imposed sanctions on three Houthi commanders in March.")
    assert pairs(found, "sanction") == {(S("European Union"), S("Houthis"))}


def test_talks_on_a_countrys_programme_are_not_aimed_at_it(extractor: Extractor) -> None:
    found = events(extractor, "Oman and Bahrain signed an agreement on Iran's nuclear programme on Monday.")
    assert pairs(found, "agreement") == {(S("Omani government"), S("Bahraini government"))}


# --- denied happenings, talks called off --------------------------------------------------------------


@pytest.mark.parametrize("body", ["Georgia denied attacking the Russian border region.",
                                  "Russia denied that its forces had shelled the town."])
def test_a_denied_attack_is_no_event(extractor: Extractor, body: str) -> None:
    assert events(extractor, body) == []


def test_talks_called_off_are_halted(extractor: Extractor) -> None:
    found = events(extractor, "Ghana called off the talks with Togo on Monday.")
    assert pairs(found, "halt negotiations") == {(S("Ghanaian government"), S("Togolese government"))}
    assert pairs(found, "negotiation") == set()


# --- visits ------------------------------------------------------------------------------------------


def test_a_visit_is_never_to_the_visitors_own_country(extractor: Extractor) -> None:
    found = events(extractor, "Indian Prime Minister Raj Mehta arrived in Dhaka on Monday for a two-day visit.")
    assert pairs(found, "visit") == {(S("Raj Mehta"), S("Bangladeshi government"))}


def test_a_state_visit_paid_to_a_country(extractor: Extractor) -> None:
    found = events(extractor, "Brazil's president paid a state visit to Angola on Tuesday.")
    assert [(t, a, g, d) for t, a, g, d in found] == [
        ("visit", S("Brazilian government"), S("Angolan government"), "2024-03-19")]


def test_a_visit_is_not_to_whoever_a_clause_about_its_date_names(extractor: Extractor) -> None:
    found = events(extractor, "The Turkish foreign minister visited Baghdad on Sunday, where he met Iraqi Prime "
                              "Minister Omar Saleh.")
    assert pairs(found, "visit") == {(S("Turkish Foreign Ministry"), S("Iraqi government"))}


# --- passives and hits --------------------------------------------------------------------------------


@pytest.mark.parametrize("body, kind, actor, target", [
    ("The Kenyan ambassador was summoned by Ethiopia's foreign ministry on Monday.",
     "protest (ambassador summoned)", "Ethiopian Foreign Ministry", "Kenyan government"),
    ("Two Somali diplomats were expelled by Kenya on Monday.", "expulsion of diplomats", "Kenyan government",
     "Somali government"),
    ("Eritrea was sanctioned by the United States on Monday.", "sanction", "US government", "Eritrean government"),
])
def test_a_passive_subject_is_what_the_verb_is_done_to(extractor: Extractor, body: str, kind: str, actor: str,
                                                       target: str) -> None:
    assert pairs(events(extractor, body), kind) == {(S(actor), S(target))}


def test_missiles_hitting_a_place_attack_it_and_hitting_back_at_critics_does_not(extractor: Extractor) -> None:
    found = events(extractor, "Israeli missiles hit a building in Tyre on Monday.")
    assert pairs(found, "military action") == {(S("Israeli government"), S("Tyre"))}
    assert events(extractor, "Kenya hit back at its critics on Monday.") == []


@pytest.mark.parametrize("body, kind, actor, target", [
    ("Kenya thanked Qatar for hosting the talks.", "host visit", "Qatari government", None),
    ("France condemned Russia for shelling the town of Izium.", "military action", "Russian government", "Izium"),
])
def test_thanked_or_condemned_for_doing_it_names_the_doer(extractor: Extractor, body: str, kind: str, actor: str,
                                                          target: str | None) -> None:
    found = events(extractor, body)
    assert pairs(found, kind) == {(S(actor), S(target) if target else S())}
    assert all(actor in a for _, a, _, _ in found)  # the one who thanks or condemns does nothing here


def test_each_country_sending_observers_to_talks_in_a_city_visits_it(extractor: Extractor) -> None:
    found = events(extractor, "Egypt and Qatar have both sent observers to the talks in Nairobi.")
    assert pairs(found, "visit") == {(S("Egyptian government"), S("Kenyan government")),
                                     (S("Qatari government"), S("Kenyan government"))}
    found = events(extractor, "Egypt sent a delegation to Nairobi on Monday.")
    assert [(t, a, g, d) for t, a, g, d in found] == [
        ("visit", S("Egyptian government"), S("Kenyan government"), "2024-03-18")]
    assert events(extractor, "Egypt did not send a delegation to Nairobi.") == []


def test_they_who_met_agree_a_truce_together(extractor: Extractor) -> None:
    found = events(extractor, "Bolivia and Peru met in Lima in late August, where they agreed to extend a local "
                              "ceasefire.")
    assert pairs(found, "ceasefire") == {(S("Bolivian government"), S("Peruvian government"))}


@pytest.mark.parametrize("body", ["Norway said that talks had been held in Havana since last November.",
                                  "Kenya said a ceasefire had been declared on Monday."])
def test_a_speaker_telling_of_a_passive_happening_is_not_its_actor(extractor: Extractor, body: str) -> None:
    assert events(extractor, body) == []


def test_a_speaker_telling_of_its_own_act_is_its_actor(extractor: Extractor) -> None:
    found = events(extractor, "Kenya said it had declared a ceasefire on Monday.")
    assert [(t, a) for t, a, _, _ in found] == [("ceasefire", S("Kenyan government"))]


# --- more kinds of attack, withdrawals, claims ----------------------------------------------------------


def test_an_invasion_of_a_country_is_aimed_at_it(extractor: Extractor) -> None:
    found = events(extractor, "The war began with Iraq's invasion of Kuwait in 1990.")
    assert pairs(found, "military action") == {(S("Iraqi government"), S("Kuwaiti government"))}


def test_a_counteroffensive_launched(extractor: Extractor) -> None:
    found = events(extractor, "Armenia launched a counteroffensive in the south on Monday.")
    assert [(t, a, d) for t, a, _, d in found] == [("military action", S("Armenian government"), "2024-03-18")]


def test_withdrawing_troops_is_a_military_withdrawal_not_leaving_a_deal(extractor: Extractor) -> None:
    found = events(extractor, "Ethiopia withdrew its troops from Somalia on Monday.")
    assert pairs(found, "military withdrawal") == {(S("Ethiopian government"), S("Somali government"))}


def test_claiming_responsibility_for_an_attack_names_its_actor(extractor: Extractor) -> None:
    found = events(extractor, "The Houthis claimed responsibility for the attack on the tanker.")
    assert [(t, a) for t, a, _, _ in found] == [("military action", S("Houthis"))]


def test_a_truce_brokered_between_two_parties_is_theirs_not_the_brokers(extractor: Extractor) -> None:
    found = events(extractor, "Mediators from Qatar and Egypt brokered a truce between Eritrea and Djibouti in "
                              "November.")
    assert pairs(found, "ceasefire") == {(S("Eritrean government"), S("Djiboutian government"))}
    brokers, parties = ("Qatari government", "Egyptian government"), ("Eritrean government", "Djiboutian government")
    assert pairs(found, "mediation") == {(S(broker), S(party)) for broker in brokers for party in parties}
    found = events(extractor, "Qatar brokered a truce on Monday.")
    assert [t for t, _, _, _ in found] == ["mediation"]


# --- fighting, vows, and what 'they' and a reporting envoy say -------------------------------------------


def test_two_sides_fighting_fight_each_other_once_and_fighting_corruption_is_no_attack(extractor: Extractor) -> None:
    found = events(extractor, "Thai and Cambodian troops fought along the border on Thursday.")
    assert pairs(found, "military action") == {(S("Thai Army"), S("Cambodian Army"))}  # troops: their armies,
    # coded once, as a joint act
    assert events(extractor, "Kenya is fighting corruption.") == []


def test_a_vow_to_fight_is_no_fight_but_agreeing_to_sign_is_signing(extractor: Extractor) -> None:
    assert events(extractor, "Chad vowed to fight Boko Haram.") == []
    found = events(extractor, "Kenya and Somalia agreed to sign the treaty on Monday.")
    assert pairs(found, "agreement") == {(S("Kenyan government"), S("Somali government"))}


def test_an_envoy_telling_of_talks_held_does_not_make_her_country_a_party(extractor: Extractor) -> None:
    assert events(extractor, "Norway's special envoy Kari Berg said that talks had been held in Havana since "
                             "last November.") == []


def test_they_after_the_two_delegations_are_the_same_two_or_nobody(extractor: Extractor) -> None:
    assert events(extractor, "Bolivia and Chile called on both parties to return to the table. The two "
                             "delegations last met in Geneva in late August, where they agreed to extend a local "
                             "ceasefire.") == []


@pytest.mark.parametrize(("body", "expected"), [
    ("Chile and Peru agreed on Wednesday to reopen the border crossing.",
     {("agreement", ("Chilean government",), ("Peruvian government",))}),  # done together: the first named's
    ("Chile and Peru agreed on Monday to restore a ceasefire along the border.",
     {("ceasefire", ("Chilean government",), ("Peruvian government",))}),  # the ceasefire is the event
    ("Peru released four Chilean fishermen on Tuesday.",
     {("release of prisoners", ("Peruvian government",), ("Chilean government",))}),
    ("Chilean police arrested a Peruvian national at the crossing.",
     {("arrest", ("Chilean Police",), ("Peruvian government",))}),
    ("Lima ordered a Chilean embassy official to leave the country within 24 hours.",
     {("expulsion of diplomats", ("Peruvian government",), ("Chilean government",))}),  # CAMEO 161, not 174
    ("The army ordered residents to leave the town.", set()),
    ("Niger halted crude exports through the pipeline to Benin on the 12th.",
     {("embargo", ("Nigerien government",), ("Beninese government",))}),
    ("Chile cut gas exports to Argentina.", {("embargo", ("Chilean government",), ("Argentine government",))}),
    ("A Venezuelan navy patrol boat sailed near the oil platform on Sunday.",
     {("military posture", ("Venezuelan Navy",), ())}),
    ("Russian jets violated Estonian airspace on Friday.",
     {("military posture", ("Russian government",), ("Estonian government",))}),
    ("The Guyanese army raised its alert level.", {("military alert", ("Guyanese Army",), ())}),
    ("The Philippine supply boat had intruded into Chinese waters.", set()),  # no military craft
    ("The Chilean minister flew to Lima on Monday.",  # a visit, not a show of force
     {("visit", ("Chilean government",), ("Peruvian government",))}),
])
def test_agreements_to_act_releases_and_arrests(extractor: Extractor, body: str, expected: set) -> None:
    assert {(e[0], tuple(sorted(e[1])), tuple(sorted(e[2]))) for e in events(extractor, body)} == expected
