"""Statement rules, second set: reporting frames, speakers the parser misplaces, speech acts; one test a rule,
on short texts of our own about invented officials."""

from __future__ import annotations

from test_rules_speech import DATE, by, statements  # the same helpers as the first set of statement rules

from dipgraph.graph.document import GraphDocument
from dipgraph.loaders.extract import Extractor

# --- reporting frames and speakers ---------------------------------------------------------------------


def test_a_fronted_clause_of_two_verbs_is_told_by_the_speaker_after_it(extractor: Extractor) -> None:
    found = statements(extractor, (
        "Three Chilean sailors were killed and four wounded, navy spokesman Captain Rodrigo Salas told a "
        "news conference in Valparaiso.\n"))
    assert by(found, "sailors were killed") == [("Rodrigo Salas", "assert")]


def test_the_speaker_after_the_last_comma_says_the_clause_not_the_name_before_it(extractor: Extractor) -> None:
    found = statements(extractor, (
        "Peruvian Foreign Secretary Carmen Rosa Huaman spoke by telephone on Thursday with Castillo and with "
        "Bolivian Foreign Minister Kusi Mamani, the Peruvian Department of Foreign Affairs said. She urged an "
        "immediate truce.\n"))
    assert "Kusi Mamani" not in [who for who, _ in by(found, "spoke by telephone")]
    assert by(found, "immediate truce") == [("Carmen Rosa Huaman", "appeal")]


def test_a_verb_hung_on_the_speakers_appositive_name_keeps_its_speaker(extractor: Extractor) -> None:
    found = statements(extractor, (
        "The European Union's foreign policy chief, Eva-Maria Lindqvist, called on Russia to halt "
        "\"unilateral actions\" in the Baltic.\n"))
    assert by(found, "halt") == [("Eva-Maria Lindqvist", "appeal")]


def test_a_speaker_hung_on_a_fronted_place_speaks(extractor: Extractor) -> None:
    found = statements(extractor, (
        "In Sukhumi, Abkhazia's foreign minister, Inal Ardzinba Lakoba, welcomed the agreement.\n"))
    assert by(found, "welcomed the agreement") == [("Inal Ardzinba Lakoba", "welcome")]


def test_each_side_that_accuses_the_other_is_both_sides(extractor: Extractor) -> None:
    found = statements(extractor, (
        "Chile and Peru signed a truce in March, but each side accused the other last week of breaking it.\n"))
    assert sorted(by(found, "accused the other")) == [("Chilean government", "criticize"),
                                                      ("Peruvian government", "criticize")]


def test_a_surname_the_parser_took_for_a_noun_still_speaks(extractor: Extractor) -> None:
    found = statements(extractor, (
        "Chilean Foreign Minister Marta Olmedo Waters met her Peruvian counterpart on Monday.\n\n"
        "“Mercosur cannot watch two of its members fire on each other and call it a bilateral matter,” Waters "
        "said in a statement.\n"))
    assert [who for who, _ in by(found, "bilateral matter")] == ["Marta Olmedo Waters"]


def test_pressing_someone_to_act_is_an_appeal(extractor: Extractor) -> None:
    found = statements(extractor, (
        "Chilean and Peruvian troops clashed overnight, as Brazil, which chairs Mercosur this year, pressed both "
        "governments to return to talks.\n"))
    assert by(found, "return to talks") == [("Brazilian government", "appeal")]


def test_a_claim_to_have_done_something_is_a_statement(extractor: Extractor) -> None:
    found = statements(extractor, (
        "The militant group Boko Haram claimed to have killed \"dozens\" of Nigerian soldiers near Maiduguri.\n"))
    assert by(found, "claimed to have killed") == [("Boko Haram", "assert")]


def test_a_protest_against_a_decision_criticizes_it(extractor: Extractor) -> None:
    found = statements(extractor, (
        "The Bolivian foreign ministry protested against the closure of the border crossings by Chile.\n"))
    assert by(found, "protested against the closure") == [("Bolivian Foreign Ministry", "criticize")]


def test_a_second_that_clause_joined_by_and_is_the_same_account(extractor: Extractor) -> None:
    found = statements(extractor, (
        "The Chilean navy said its frigates had been shadowing the Peruvian ships since Tuesday, and that the two "
        "fleets were at times less than two miles apart.\n"))
    assert [text for _, _, text in found if "shadowing" in text or "fleets" in text] == [
        "its frigates had been shadowing the Peruvian ships since Tuesday, and that the two fleets were at times "
        "less than two miles apart"]



def test_his_or_its_ministry_after_a_fronted_clause_is_the_clause_subjects(extractor: Extractor) -> None:
    found = statements(extractor, (
        "Kenyan Foreign Minister Peter Kamau telephoned Ruto and his Ugandan counterpart, Sam Okello, late on "
        "Tuesday, and invited both to Nairobi for an \"urgent\" meeting, his ministry said.\n\n"
        "Norway offered to host the talks. Chile accepted the offer within hours, a spokesman for its foreign "
        "ministry said.\n"))
    assert [who for who, _ in by(found, "telephoned Ruto")] == ["Kenyan Foreign Ministry"]
    assert [who for who, _ in by(found, "accepted the offer")] == ["Chilean Foreign Ministry"]


def test_an_invitation_in_a_fronted_clause_is_its_subjects_appeal(extractor: Extractor) -> None:
    found = statements(extractor, (
        "Kenyan Foreign Minister Peter Kamau telephoned Ruto and his Ugandan counterpart, Sam Okello, late on "
        "Tuesday, and invited both to Nairobi for an \"urgent\" meeting, his ministry said.\n"))
    assert by(found, "invited both") == [("Peter Kamau", "appeal")]



def test_the_ministry_that_adds_is_the_ministry_that_spoke_before(extractor: Extractor) -> None:
    found = statements(extractor, (
        "Chile and Peru quarrelled.\n\n"
        "Kenyan Foreign Minister Peter Kamau telephoned Ruto and his Ugandan counterpart, Sam Okello, late on "
        "Tuesday, his ministry said. A Kenyan delegation would travel to Kampala on Thursday, the ministry "
        "added.\n"))
    assert [who for who, _ in by(found, "delegation would travel")] == ["Kenyan Foreign Ministry"]


def test_a_verb_the_parser_left_unattached_keeps_the_sentences_subject(extractor: Extractor) -> None:
    found = statements(extractor, (
        "The Southern African Development Community (SADC), which co-chairs the talks with the AU, called for "
        "the immediate reopening of the Beitbridge border crossing to aid convoys.\n"))
    assert [act for _, act in by(found, "immediate reopening")] == ["appeal"]


def test_a_quote_under_an_unknown_speaker_is_nobody_elses(extractor: Extractor) -> None:
    found = statements(extractor, (
        "Islamabad denied that account. A senior Pakistani security official said Indian artillery had opened "
        "fire first near Kotli and that the army's response had been \"measured and proportionate.\"\n"))
    assert "Indian Army" not in [who for who, _ in by(found, "measured and proportionate")]



def test_a_participle_after_a_second_speakers_verb_is_that_speakers(extractor: Extractor) -> None:
    found = statements(extractor, (
        "Malian Foreign Minister Abdoulaye Diop met reporters in Bamako.\n\n"
        "Bamako has long accused Niamey of sheltering rebels, and Diop repeated that charge on Wednesday, saying "
        "\"training camps for our enemies\" existed near the border.\n"))
    assert "Malian government" not in [who for who, _ in by(found, "existed near the border")]
    assert [who for who, _ in by(found, "existed near the border")] == ["Abdoulaye Diop"]


# --- speech acts -----------------------------------------------------------------------------------------


def test_the_speakers_own_verb_says_the_act_before_a_judging_word(extractor: Extractor) -> None:
    found = statements(extractor, (
        "“We have asked the government in Naypyidaw once again to take action against terrorist groups,” "
        "Thai Foreign Minister Somchai Wongsa said.\n"))
    assert by(found, "We have asked") == [("Somchai Wongsa", "appeal")]


def test_a_denial_of_the_speakers_own_deed_comes_before_a_refusal(extractor: Extractor) -> None:
    found = statements(extractor, (
        "“We did not start this, and we will not give up a single village,” Armenian army spokesman "
        "Colonel Aram Petrosyan said.\n"))
    assert by(found, "We did not start") == [("Aram Petrosyan", "deny")]


def test_what_cannot_be_is_a_judgement(extractor: Extractor) -> None:
    found = statements(extractor, (
        "“Water cannot be used as a weapon,” UN envoy Ingrid Solberg said on Monday.\n"))
    assert by(found, "Water cannot") == [("Ingrid Solberg", "comment")]


def test_a_quote_of_readiness_to_act_is_a_promise(extractor: Extractor) -> None:
    found = statements(extractor, (
        "The Arab League called for calm and said its secretary-general was \"ready to engage with both "
        "brothers at the highest level\".\n"))
    assert by(found, "ready to engage") == [("Arab League", "promise")]


def test_readiness_with_a_quoted_role_is_a_promise_not_a_judgement(extractor: Extractor) -> None:
    found = statements(extractor, (
        "Brazil's foreign ministry said it was ready to play \"a constructive role\" between the two "
        "neighbours.\n"))
    assert by(found, "ready to play") == [("Brazilian Foreign Ministry", "promise")]


def test_the_noun_a_thing_is_called_says_the_act_first(extractor: Extractor) -> None:
    found = statements(extractor, (
        "Eritrean Information Minister Yemane Tesfay called the Ethiopian account 'a fabrication meant to hide "
        "an act of aggression'.\n"))
    assert by(found, "fabrication") == [("Yemane Tesfay", "deny")]


def test_what_follows_but_says_what_the_statement_does(extractor: Extractor) -> None:
    found = statements(extractor, (
        "Serbian Foreign Minister Milan Petrovic said Belgrade remained open to dialogue but would not "
        "negotiate \"under pressure\".\n"))
    assert by(found, "open to dialogue") == [("Milan Petrovic", "reject")]


def test_a_hope_that_others_will_act_is_an_appeal(extractor: Extractor) -> None:
    found = statements(extractor, (
        "Indian Foreign Ministry spokesman Rakesh Menon told reporters that India hoped \"the two friendly "
        "neighbours will settle their dispute through dialogue.\"\n"))
    assert [act for _, act in by(found, "settle their dispute")] == ["appeal"]


def test_a_word_after_counter_or_anti_is_no_judgement(extractor: Extractor) -> None:
    found = statements(extractor, (
        "“Kenya and Uganda held a joint counter-terrorism exercise near the border,” Kenyan army spokesman "
        "Colonel David Otieno said.\n"))
    assert by(found, "counter-terrorism") == [("David Otieno", "assert")]


def test_a_deed_in_the_perfect_with_we_is_an_assertion(extractor: Extractor) -> None:
    found = statements(extractor, (
        "“We have allowed aid convoys to cross at the northern post,” Jordanian government spokesman "
        "Faisal Haddad said.\n"))
    assert by(found, "We have allowed") == [("Faisal Haddad", "assert")]


def test_defending_by_every_means_is_a_threat(extractor: Extractor) -> None:
    """What the speaker's own side will do: a threat, as tests/ANNOTATION.md has it."""
    found = statements(extractor, (
        "Cypriot Foreign Minister Andreas Kyprianou said Cyprus would defend its waters \"by every "
        "legitimate means\".\n"))
    assert by(found, "defend its waters") == [("Andreas Kyprianou", "threaten")]


def test_thanks_after_a_fact_in_one_sentence_welcome(extractor: Extractor) -> None:
    found = statements(extractor, (
        "“Armenian and Azerbaijani officials met in Doha last week, and we thank Qatar for hosting them,” "
        "Armenian Foreign Ministry spokeswoman Ani Badalyan said.\n"))
    assert by(found, "we thank Qatar") == [("Ani Badalyan", "welcome")]



def test_the_longest_cue_phrase_says_the_act(extractor: Extractor) -> None:
    found = statements(extractor, (
        "“Armenia will not be the first to break the truce,” Foreign Minister Aram Mirzoyan told parliament on "
        "Monday.\n"))
    assert by(found, "first to break") == [("Aram Mirzoyan", "promise")]


def test_a_cue_the_words_negate_says_nothing(extractor: Extractor) -> None:
    found = statements(extractor, (
        "“The patrol in our waters was not a provocation,” Moldovan Foreign Minister Ion Rusu said.\n"))
    assert [who for who, _ in by(found, "not a provocation")] == ["Ion Rusu"]
    assert "criticize" not in [act for _, act in by(found, "not a provocation")]


def test_standing_with_a_country_welcomes_it(extractor: Extractor) -> None:
    found = statements(extractor, (
        "The French foreign ministry said France \"stands firmly with Lebanon\" in the crisis.\n"))
    assert by(found, "stands firmly with") == [("French Foreign Ministry", "welcome")]


def test_a_quote_ending_a_reported_clause_takes_the_clauses_commitment(extractor: Extractor) -> None:
    found = statements(extractor, (
        "Deputy Foreign Minister Hanna Berg said Sweden was prepared to impose further sanctions on \"anyone, on "
        "either side of the line, who blocks the aid convoys.\"\n"))
    assert [act for _, act in by(found, "either side")] == ["warn"]


def test_a_statement_issued_by_a_body_speaks_for_it(extractor: Extractor) -> None:
    found = statements(extractor, (
        "The truce was agreed in a call between the two commanders, according to a joint statement issued by "
        "the Chilean Navy.\n\n"
        "\"Both navies will hold their fire from midnight,\" the statement said.\n"))
    assert [who for who, _ in by(found, "hold their fire")] == ["Chilean Navy"]


def test_residents_on_both_sides_speak_for_neither_government(extractor: Extractor) -> None:
    found = statements(extractor, (
        "Chile and Peru agreed to a truce on Monday. Residents on both sides of the border said the guns had "
        "fallen silent shortly after midnight.\n"))
    assert by(found, "guns had fallen silent") == []



def test_accepting_an_offer_is_a_promise(extractor: Extractor) -> None:
    found = statements(extractor, (
        "Norway offered to host the talks. Peru accepted the offer within hours, the Peruvian foreign ministry "
        "said.\n"))
    assert by(found, "accepted the offer") == [("Peruvian Foreign Ministry", "promise")]


def test_what_something_is_not_is_a_judgement(extractor: Extractor) -> None:
    found = statements(extractor, (
        "“Water is not a bargaining chip,” Jordanian Water Minister Rami Khoury said.\n"))
    assert by(found, "bargaining chip") == [("Rami Khoury", "comment")]


# --- transcripts ----------------------------------------------------------------------------------------

BRIEFING = """Weekly Press Briefing by Spokesperson Leila Haddad, Ministry of Foreign Affairs

SPOKESPERSON HADDAD: Good afternoon. Foreign Minister Karim Nassar visited Rome on Monday at the invitation of \
Italian Foreign Minister Paolo Ferri. Jordan and Italy held talks on Tuesday and agreed to open a joint trade \
office in Amman. Jordan strongly condemns the attack on the border post at Ruwaished. Jordan and Egypt will \
hold a joint exercise in Aqaba later this year. It will reopen when the security situation allows. She has \
offered to host a meeting of both delegations once the conditions are there.

QUESTION: Did Jordan close the crossing?

SPOKESPERSON HADDAD: That is for the Interior Ministry. Closing the border to trucks is not a solution. \
Thank you very much.
"""


def briefing(extractor: Extractor) -> list[tuple[str, str, str, str | None]]:
    """(speaker, act, text, date) of every statement of the briefing above."""
    doc = extractor.extract(BRIEFING, date="2024-03-21")
    nodes = {n.id: n for n in doc.nodes}
    return [(nodes[r.start].properties["name"], nodes[r.end].properties["act"], nodes[r.end].properties["text"],
             nodes[r.end].properties["date"]) for r in doc.relationships if r.type == "STATED"]


def test_an_agreement_told_in_a_turn_is_also_each_partys_promise_when_they_agreed(extractor: Extractor) -> None:
    found = briefing(extractor)
    told = [(who, act) for who, act, text, _ in found if "joint trade office" in text]
    assert ("Leila Haddad", "assert") in told
    assert {(who, act, date) for who, act, text, date in found if text.startswith("agreed to open")} == {
        ("Jordanian government", "promise", "2024-03-19"), ("Italian government", "promise", "2024-03-19")}


def test_a_governments_stand_in_the_present_in_a_turn_is_the_officials(extractor: Extractor) -> None:
    found = briefing(extractor)
    assert [(who, act) for who, act, text, _ in found if "strongly condemns" in text] == [
        ("Leila Haddad", "criticize")]


def test_a_referral_or_thanks_in_a_turn_is_no_statement(extractor: Extractor) -> None:
    texts = [text for _, _, text, _ in briefing(extractor)]
    assert not any("Interior Ministry" in t or "Thank you" in t for t in texts)


def test_a_plan_a_turn_announces_for_a_named_party_is_a_promise(extractor: Extractor) -> None:
    found = {text: act for _, act, text, _ in briefing(extractor)}
    assert found.get("Jordan and Egypt will hold a joint exercise in Aqaba later this year.") == "promise"
    assert found.get("It will reopen when the security situation allows.") == "assert"


def test_an_act_a_turn_relays_with_a_pronoun_keeps_its_act(extractor: Extractor) -> None:
    found = [act for _, act, text, _ in briefing(extractor) if "offered to host" in text]
    assert found == ["promise"]


def test_a_sentence_opening_on_a_gerund_in_a_turn_is_a_statement(extractor: Extractor) -> None:
    texts = [text for _, _, text, _ in briefing(extractor)]
    assert "Closing the border to trucks is not a solution." in texts


# --- when words were said -------------------------------------------------------------------------------


def dated(extractor: Extractor, body: str) -> dict[str, str | None]:
    """Each statement's text and date."""
    doc: GraphDocument = extractor.extract("Border talks\n\n" + body, date=DATE)
    return {n.properties["text"]: n.properties["date"] for n in doc.nodes if n.label == "Statement"}


def test_an_accusation_in_a_participle_is_made_when_its_act_was(extractor: Extractor) -> None:
    found = dated(extractor, (
        "The European Union on Monday sanctioned two Serbian officials, accusing them of arming militias in the "
        "north.\n"))
    assert [d for t, d in found.items() if t.startswith("accusing them")] == ["2024-03-18"]


def test_an_appeal_coordinated_inside_a_dated_report_is_made_that_day(extractor: Extractor) -> None:
    found = dated(extractor, (
        "The head of the UN office in Mali, Anna Lindqvist, said on Tuesday that the World Food Programme had "
        "begun flying food into Gao by helicopter and urged all armed groups to let aid workers reach "
        "civilians.\n"))
    assert [d for t, d in found.items() if t.startswith("urged all armed groups")] == ["2024-03-19"]


def test_a_deadline_or_a_date_of_what_is_spoken_about_does_not_date_the_words(extractor: Extractor) -> None:
    found = dated(extractor, (
        "Kenya's interior minister, Daniel Mwangi, has promised 300 more officers by July. Ugandan Foreign "
        "Minister Sam Okello welcomed Kenya's release on Monday of four Ugandan fishermen.\n"))
    assert [d for t, d in found.items() if "300 more officers" in t] == [None]
    assert [d for t, d in found.items() if "release on Monday" in t] == [None]


def test_unnamed_officials_after_a_two_sided_clause_speak_for_both_governments(extractor: Extractor) -> None:
    found = statements(extractor, (
        "Chilean and Peruvian troops exchanged fire overnight along the border, killing two soldiers, officials "
        "said on Thursday. Bolivian forces crossed the river, officials said.\n"))
    assert sorted(who for who, _ in by(found, "exchanged fire")) == ["Chilean government", "Peruvian government"]
    assert by(found, "crossed the river") == []


def test_words_said_hours_later_are_said_that_day(extractor: Extractor) -> None:
    found = dated(extractor, (
        "Yerevan announced on Monday afternoon that it was recalling its ambassador from Baku. Hours later, "
        "Azerbaijan's Foreign Ministry summoned Armenia's charge d'affaires to protest against what it called a "
        "grave violation of Azerbaijani sovereignty.\n"))
    assert [d for t, d in found.items() if "grave violation" in t] == ["2024-03-18"]


def test_a_quote_after_its_sides_rejection_denies(extractor: Extractor) -> None:
    found = statements(extractor, (
        "Greek Foreign Minister Nikos Pappas called the survey a provocation.\n\n"
        "Ankara rejected the charge. “The ship is operating on the Turkish continental shelf, as registered "
        "with the United Nations,” Turkish Foreign Ministry spokeswoman Ayla Demir said.\n"))
    assert by(found, "operating on the Turkish") == [("Ayla Demir", "deny")]


def test_the_government_in_a_ministers_words_is_the_ministers_own(extractor: Extractor) -> None:
    found = statements(extractor, (
        "Guyanese Foreign Minister Desmond Hall said the government would rely on the International Court of "
        "Justice to settle the border.\n"))
    assert by(found, "would rely on") == [("Desmond Hall", "promise")]


def test_will_not_be_describes_a_stance_and_refuses_nothing(extractor: Extractor) -> None:
    found = statements(extractor, (
        "“Central Asia must remain a zone of peace, and Kazakhstan will not be indifferent to a crisis on its "
        "border,” Kazakh Foreign Minister Murat Nurtleu said.\n"))
    assert by(found, "zone of peace") == [("Murat Nurtleu", "appeal")]


def test_what_a_speaker_called_something_is_said_when_its_act_was(extractor: Extractor) -> None:
    found = dated(extractor, (
        "BELIZE CITY — Belize summoned Guatemala's charge d'affaires on Monday to protest what it called a "
        "“hostile incursion” by a Guatemalan army patrol.\n"))
    assert [d for t, d in found.items() if "hostile incursion" in t] == ["2024-03-18"]


def test_a_plan_to_study_or_judge_is_a_view_not_a_promise(extractor: Extractor) -> None:
    found = statements(extractor, (
        "Serbia has long insisted that the dispute be settled bilaterally, and Serbian Foreign Minister Milan "
        "Petrovic said only that he would \"study the invitation carefully.\" Croatian Foreign Minister Ivo Horvat "
        "said the government would \"judge Belgrade by its actions, not its words.\"\n"))
    assert [act for _, act in by(found, "study the invitation")] == ["comment"]
    assert [act for _, act in by(found, "by its actions")] == ["comment"]
