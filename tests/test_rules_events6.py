"""Event rules written in the ninth session, on short texts of our own with invented people."""

from __future__ import annotations

from dipgraph.loaders.extract import Extractor
from tests.test_rules_events_context import S, events, pairs

# --- protests and complaints ---------------------------------------------------------------------------------


def test_a_deed_protested_after_the_fact_is_a_protest_at_its_doer(extractor: Extractor) -> None:
    found = events(extractor, "Eritrean soldiers crossed into Djibouti on Monday, an incursion that the Djiboutian "
                              "government protested in a diplomatic note.")
    assert pairs(found, "protest") == {(S("Djiboutian government"), S("Eritrean government"))}


def test_protested_at_the_time_takes_the_date_of_what_was_protested(extractor: Extractor) -> None:
    found = events(extractor, "Ugandan police seized two Kenyan fishing boats on the lake in May 2023, a move Nairobi "
                              "protested at the time.")
    assert [(a, d) for t, a, _, d in found if t == "protest"] == [(S("Kenyan government"), "2023-05")]


def test_a_protest_in_a_note_counts_however_the_note_is_attached(extractor: Extractor) -> None:
    found = events(extractor, "The spokesman said Quito had already protested twice this year about the Colombian "
                              "president's remarks, most recently in a note delivered on Friday.")
    assert pairs(found, "protest") == {(S("Ecuadorian government"), S("Colombian government"))}


def test_protesting_in_words_is_a_statement_not_an_event(extractor: Extractor) -> None:
    found = events(extractor, "The Haitian foreign ministry protested against the closure of the border on Monday. "
                              "Students protested in the streets of Nairobi.")
    assert not pairs(found, "protest")


def test_a_case_brought_or_filed_at_a_court_is_a_lawsuit(extractor: Extractor) -> None:
    found = events(extractor, "Mali brought a case against Algeria before the International Court of Justice in 2022. "
                              "Khartoum filed its case against Abu Dhabi in November.")
    assert pairs(found, "lawsuit") == {(S("Malian government"), S("Algerian government")),
                                       (S("Sudanese government"), S("Emirati government"))}


def test_in_any_case_is_no_lawsuit(extractor: Extractor) -> None:
    found = events(extractor, "In any case, the ministers of Mali and Niger met in Niamey on Monday.")
    assert not pairs(found, "lawsuit")


# --- cutting ties --------------------------------------------------------------------------------------------


def test_a_decision_to_suspend_a_treaty_and_freeze_trade_is_the_deciders(extractor: Extractor) -> None:
    found = events(extractor, "Brussels is concerned by the Moroccan government's decision to suspend the fisheries "
                              "treaty with Mauritania and to freeze trade with Mauritania.")
    assert {t for t, *_ in found} >= {"reduce relations (treaty suspended)", "embargo"}
    assert pairs(found, "embargo") == {(S("Moroccan government"), S("Mauritanian government"))}


def test_a_decision_dated_yesterday_dates_what_was_decided(extractor: Extractor) -> None:
    found = events(extractor, "Brussels is concerned by the Moroccan government's decision yesterday to freeze trade "
                              "with Mauritania.")
    assert [(t, d) for t, _, _, d in found] == [("embargo", "2024-03-19")]


# --- agreements ----------------------------------------------------------------------------------------------


def test_an_agreement_told_after_what_prompted_it_is_still_an_agreement(extractor: Extractor) -> None:
    found = events(extractor, "Niger and Benin agreed on Tuesday to launch joint patrols along their border, after a "
                              "string of raids by armed groups that have killed dozens of civilians since March.")
    assert pairs(found, "agreement") == {(S("Nigerien government"), S("Beninese government"))}


def test_minister_x_and_i_is_the_official_speakings_act(extractor: Extractor) -> None:
    found = events(extractor, "MODERATOR: Good afternoon. Minister Tanoh, please.\n\nMINISTER TANOH: Thank you. A few "
                              "minutes ago Minister Abdou Garba and I signed a memorandum of understanding between our "
                              "two governments on fisheries patrols.")
    assert pairs(found, "agreement") == {(S("Tanoh"), S("Abdou Garba"))}


def test_the_envoys_just_named_agree_as_a_pair(extractor: Extractor) -> None:
    found = events(extractor, "Armenian envoy Vahe Sargsyan met Georgian envoy Levan Beridze in Batumi on Monday. The "
                              "envoys agreed to set up a joint technical group on the railway.")
    assert pairs(found, "agreement") == {(S("Vahe Sargsyan"), S("Levan Beridze"))}


def test_agreeing_to_resume_trade_or_talks_is_an_agreement(extractor: Extractor) -> None:
    found = events(extractor, "Nepal and China agreed to resume border trade through the pass. Nepal and India "
                              "agreed to resume talks on the border.")  # the talks still to come
    assert pairs(found, "agreement") == {(S("Nepali government"), S("Chinese government")),
                                         (S("Nepali government"), S("Indian government"))}
    assert pairs(found, "negotiation") == set()


def test_his_ministry_is_the_ministry_he_holds_a_post_in(extractor: Extractor) -> None:
    found = events(extractor, "Kenyan Foreign Minister Amina Yusuf said on Monday that the border had moved again. Her "
                              "ministry handed a protest note to the Somali embassy on Tuesday.")
    assert pairs(found, "protest") == {(S("Kenyan Foreign Ministry"), S("Somali government"))}


def test_talks_something_came_after_have_happened(extractor: Extractor) -> None:
    found = events(extractor, "The deal came after five hours of talks in Bamako between Mali's Foreign Minister Awa "
                              "Traore and her Nigerien counterpart Issa Garba. Niger hopes for talks between the two "
                              "armies.")
    assert pairs(found, "negotiation") == {(S("Awa Traore"), S("Issa Garba"))}


def test_money_transferred_or_disbursed_to_a_state_is_aid(extractor: Extractor) -> None:
    found = events(extractor, "The EU disbursed 250 million euros to Lebanon last month. Kenya transferred the "
                              "prisoners to Somalia on Monday.")
    assert pairs(found, "humanitarian aid") == {(S("European Union"), S("Lebanese government"))}


# --- forces --------------------------------------------------------------------------------------------------


def test_a_craft_of_a_named_force_flown_into_airspace_is_that_forces_show_of_force(extractor: Extractor) -> None:
    found = events(extractor, "A transport helicopter of the Russian armed forces flew two kilometres into Estonian "
                              "airspace on Tuesday.")
    assert pairs(found, "military posture") == {(S("Russian Army"), S("Estonian government"))}


# --- talks ---------------------------------------------------------------------------------------------------


def test_the_previous_round_is_earlier_talks_of_the_same_two_sides(extractor: Extractor) -> None:
    found = events(extractor, "Sudan and South Sudan resumed talks on the oil fees on Tuesday. The previous round, in "
                              "Juba last December, ended without agreement. A new round of shelling hit Abyei.")
    assert [(a, t, d) for typ, a, t, d in found if typ == "negotiation"] == [
        (S("Sudanese government"), S("South Sudanese government"), "2024-03-19"),
        (S("Sudanese government"), S("South Sudanese government"), "2023-12")]


def test_he_in_what_a_man_reports_is_that_man_not_the_last_subject(extractor: Extractor) -> None:
    found = events(extractor, "Qatari minister Nasser Al-Marri met his Bahraini counterpart on Tuesday. \"We raised "
                              "our concerns,\" Al-Marri told reporters. Its foreign minister, Salem Al-Sabah, said he "
                              "had spoken by telephone with Iranian Foreign Minister Ali Rezaei on Wednesday.")
    assert pairs(found, "telephone call") == {(S("Salem Al-Sabah"), S("Ali Rezaei"))}


def test_a_trip_told_in_the_present_for_next_week_is_only_planned(extractor: Extractor) -> None:
    found = events(extractor, "EU Commissioner Anna Berg travels to Algiers next week for a visit planned long ago. "
                              "Berg met Algerian Foreign Minister Karim Haddad on Monday.")
    assert {(t, d) for t, _, _, d in found} == {("meeting", "2024-03-18")}


def test_it_after_a_state_is_named_is_that_state_not_the_last_force(extractor: Extractor) -> None:
    found = events(extractor, "Eritrean troops shelled a Djiboutian outpost on Monday. Djibouti's response was swift. "
                              "On Tuesday it recalled its ambassador from Asmara.")
    assert pairs(found, "recall of ambassador") == {(S("Djiboutian government"), S("Eritrean government"))}


def test_complaining_to_the_security_council_is_a_protest_at_the_accused(extractor: Extractor) -> None:
    found = events(extractor, "Djibouti has complained to the United Nations Security Council that Eritrean troops "
                              "crossed its border. Kenya complained that the weather was bad.")
    assert pairs(found, "protest (complaint)") == {(S("Djiboutian government"), S("Eritrean government"))}


def test_the_government_acting_in_a_story_is_the_main_countrys(extractor: Extractor) -> None:
    found = events(extractor, "Sudan accused the UAE of arming the paramilitary force. The army-backed government cut "
                              "diplomatic ties with the UAE in May last year.")
    assert pairs(found, "break diplomatic relations") == {(S("Sudanese government"), S("Emirati government"))}


def test_the_government_and_a_rebel_group_signing_is_one_agreement_of_the_storys_government(
        extractor: Extractor) -> None:
    found = events(extractor, "Yemen's war has lasted a decade. The government and the Houthis signed the agreement in "
                              "Muscat on Monday.")
    assert pairs(found, "agreement") == {(S("Yemeni government"), S("Houthis"))}


def test_a_past_act_in_what_was_said_on_a_day_is_dated_then(extractor: Extractor) -> None:
    found = events(extractor, "The Kenyan presidency said in a statement on Tuesday evening that President Ruto Kamau "
                              "had spoken by phone with his Somali counterpart Abdi Farah.")
    assert [(t, d) for t, _, _, d in found] == [("telephone call", "2024-03-19")]
