"""Statement rules, third set: transcript labels of every shape, readouts, accusations and denials told in
passing, speech acts and links; on short texts of our own about invented officials."""

from __future__ import annotations

import pytest
from test_rules_roles_links import extract, links  # and of the link rules
from test_rules_speech import by, statements  # the same helpers as the first set of statement rules

from dipgraph.loaders.extract import Extractor
from dipgraph.loaders.text import find_turns

# --- transcript labels ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "labels"), [
    ("SPOKESPERSON VALDEZ: Good afternoon.\n\nMS. ARANA: Thank you.\n\nQUESTION: Will they meet?\n\n"
     "SPOKESPERSON VALDEZ: They will.\n",
     ["SPOKESPERSON VALDEZ", "MS. ARANA", None, "SPOKESPERSON VALDEZ"]),
    ("DEPUTY SPOKESPERSON INES MOLINA: We have no update.\n\nQ: And the envoy?\n\n"
     "DEPUTY SPOKESPERSON INES MOLINA: She travels on Friday.\n",
     ["DEPUTY SPOKESPERSON INES MOLINA", None, "DEPUTY SPOKESPERSON INES MOLINA"]),
    ("Spokesperson Lin Qiao: The talks went well.\n\nQuestion (Radio Andes): Will they resume?\n\n"
     "Spokesperson Lin Qiao: Yes.\n",
     ["Spokesperson Lin Qiao", None, "Spokesperson Lin Qiao"]),
    ("MR. OKAFOR: Good morning.\n\nQ. Is the border open?\n\nMR. OKAFOR: It is.\n",
     ["MR. OKAFOR", None, "MR. OKAFOR"]),
])
def test_every_shape_of_label_opens_a_turn(text: str, labels: list[str | None]) -> None:
    assert [t.label for t in find_turns(text)] == labels


def test_a_dateline_in_capitals_is_no_label() -> None:
    assert find_turns("QUITO: The ministers met on Monday.\n\nLIMA: The talks resumed.\n") == []


def test_an_office_label_with_a_surname_speaks_for_its_official(extractor: Extractor) -> None:
    found = statements(extractor, (
        "SPOKESPERSON VALDEZ: The Secretary-General condemns the attack on the convoy near Tumbes.\n\n"
        "MS. ARANA: Thank you. Our teams count 4,000 displaced people in the valley.\n\n"
        "QUESTION: Will the mission stay?\n\n"
        "SPOKESPERSON VALDEZ: We call for the immediate release of the drivers.\n"))
    assert by(found, "condemns the attack") == [("Valdez", "criticize")]
    assert by(found, "immediate release") == [("Valdez", "appeal")]
    assert by(found, "4,000 displaced") == [("Arana", "assert")]
    assert not by(found, "mission stay")


# --- readouts: who spoke with whom, and what the parties agreed ----------------------------------------


def test_a_readout_is_the_ministry_of_the_minister_it_tells_of(extractor: Extractor) -> None:
    found = statements(extractor, (
        "Chilean Foreign Minister Ana Ruiz spoke by phone on Tuesday with her Peruvian counterpart, Luis Paredes, "
        "and the two agreed to reopen the border crossing at Tacna, the ministry said.\n"))
    assert by(found, "spoke by phone") == [("Chilean Foreign Ministry", "assert")]
    assert sorted(who for who, act in by(found, "agreed to reopen") if act == "promise") == ["Ana Ruiz",
                                                                                          "Luis Paredes"]


def test_the_three_who_spoke_condemn_and_agree_each(extractor: Extractor) -> None:
    found = statements(extractor, (
        "Chilean Foreign Minister Ana Ruiz spoke by phone on Thursday morning with Luis Paredes, and then with "
        "Bolivian Foreign Minister Marco Quispe, her ministry said. The three condemned the attack and agreed to "
        "share intelligence, according to a readout.\n"))
    people = [("Ana Ruiz",), ("Luis Paredes",), ("Marco Quispe",)]
    assert sorted((who,) for who, act in by(found, "condemned the attack") if act == "criticize") == people
    assert sorted((who,) for who, act in by(found, "share intelligence") if act == "promise") == people
    assert not any("according" in text for _, _, text in found)


def test_what_both_ministries_tell_after_the_clause_is_theirs(extractor: Extractor) -> None:
    found = statements(extractor, (
        "Chilean Foreign Minister Ana Ruiz and her Bolivian counterpart, Marco Quispe, spoke by telephone on "
        "Monday afternoon, according to both ministries. La Paz's readout said Quispe had demanded compensation; "
        "Santiago's said the two had agreed to convene the joint commission in La Paz.\n"))
    assert sorted(by(found, "spoke by telephone")) == [("Bolivian Foreign Ministry", "assert"),
                                                       ("Chilean Foreign Ministry", "assert")]
    assert sorted(who for who, act in by(found, "convene the joint commission") if act == "promise") == [
        "Ana Ruiz", "Marco Quispe"]


def test_a_readout_from_a_ministry_is_the_ministrys(extractor: Extractor) -> None:
    found = statements(extractor, (
        "Ruiz met Paredes in Arica on Monday. The talks ended without agreement, according to a readout from the "
        "Chilean Foreign Ministry.\n"))
    assert by(found, "ended without agreement") == [("Chilean Foreign Ministry", "assert")]


def test_they_in_a_clause_hung_on_a_meeting_are_the_parties_who_met(extractor: Extractor) -> None:
    found = statements(extractor, (
        "Chile and Peru held talks in Lima in March. The two delegations met again in Quito in late August, "
        "where they agreed to extend a local ceasefire in Tacna.\n"))
    assert sorted(by(found, "extend a local ceasefire")) == [("Chilean government", "promise"),
                                                             ("Peruvian government", "promise")]


# --- accusations and answers told in passing --------------------------------------------------------------


def test_a_passive_accusation_is_the_accusers_and_the_charge_its_answer(extractor: Extractor) -> None:
    found = statements(extractor, (
        "Venezuela has also been accused by Colombia and Brazil of pushing migrants toward their borders since "
        "2021, a charge Caracas denies.\n"))
    assert sorted(by(found, "accused by Colombia and Brazil")) == [("Brazilian government", "criticize"),
                                                                    ("Colombian government", "criticize")]
    assert by(found, "a charge Caracas denies") == [("Venezuelan government", "deny")]
    assert not by(found, "Venezuela has also been")


def test_a_charge_dismissed_in_a_relative_clause_is_rejected(extractor: Extractor) -> None:
    found = statements(extractor, (
        "Chilean Foreign Minister Ana Ruiz warned La Paz against 'sheltering those who plot against Chile', a "
        "charge Bolivian officials have repeatedly dismissed.\n"))
    assert by(found, "a charge Bolivian officials") == [("Bolivian government", "reject")]


def test_a_relative_clause_of_the_speakers_own_is_a_statement_apart(extractor: Extractor) -> None:
    found = statements(extractor, (
        "Bolivian Interior Minister Rafael Soto denied that his government had any role in the launches, which he "
        "blamed on criminal groups operating on both sides of the border.\n"))
    assert by(found, "any role in the launches") == [("Rafael Soto", "deny")]
    assert by(found, "criminal groups") == [("Rafael Soto", "criticize")]


def test_a_step_condemned_by_a_named_side_keeps_its_subject(extractor: Extractor) -> None:
    found = statements(extractor, (
        "Chile cut electricity to Bolivian border towns earlier this month, a step La Paz condemned as collective "
        "punishment.\n"))
    assert [who for who, act, _ in found if act == "criticize"] == ["Bolivian government"]


# --- speech acts -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("body", "words", "act"), [
    ('Quito remained "fully committed" to a negotiated settlement, Foreign Minister Rosa Vega said.\n',
     "negotiated settlement", "promise"),
    ('"Our patience is not endless," Peruvian Defence Minister Luis Paredes said.\n', "patience", "warn"),
    ('"We will not allow anyone to move the border markers," Peruvian Defence Minister Luis Paredes said.\n',
     "border markers", "warn"),
    ("The Chilean embassy said Santiago was following the reports closely.\n", "following the reports", "comment"),
    ("Andean Pact envoy Marta Sosa said the pact's door remains open to the two countries.\n", "door remains",
     "promise"),
    ('Chilean army spokesman Carlos Rojas said the army would "carry the fight to the smugglers".\n',
     "carry the fight", "threaten"),
    ("Colonel Rodrigo Salas said Quito would respond to the expulsion in kind.\n", "in kind", "threaten"),
    ("A rebel commander, Tito Ramos, said the strikes were an attempt to sabotage the talks.\n", "sabotage",
     "criticize"),
    ('Peruvian Foreign Minister Luis Paredes said Quito was "looking for someone to blame".\n', "someone to blame",
     "criticize"),
])
def test_act_cue_phrases(extractor: Extractor, body: str, words: str, act: str) -> None:
    assert [a for _, a in by(statements(extractor, body), words)] == [act]


@pytest.mark.parametrize(("body", "words", "act"), [
    ('Chilean Foreign Minister Ana Ruiz called the closure "a hybrid attack on ordinary people".\n',
     "hybrid attack", "criticize"),
    ("The Bolivian Defence Ministry said the drills were \"a rehearsal for invasion\".\n", "rehearsal",
     "criticize"),
    ('Colonel Rodrigo Salas, the Peruvian army spokesman, told reporters that "not a single civilian" had been '
     "harmed.\n", "civilian", "deny"),
    ('"No patrol of ours has crossed the line," Colonel Rodrigo Salas, the Peruvian army spokesman, said.\n',
     "No patrol", "deny"),
    ('"Our operations will continue until the last smuggler has surrendered," Colonel Rodrigo Salas, the '
     "Peruvian army spokesman, said.\n", "operations will continue", "threaten"),  # its own side's act
    ("The Peruvian Defence Ministry said its aircraft had struck \"depots of the terrorist organisation\" near "
     "the border.\n", "aircraft had struck", "assert"),
    ('"We asked for this in October. The government waited for months," opposition leader Rosa Vega said.\n',
     "asked for this", "assert"),
    ("SPOKESPERSON VALDEZ: Good afternoon.\n\nQ: Is there more aid?\n\nSPOKESPERSON VALDEZ: Yes. I want to "
     "flag that the relief fund has released $2 million for the valley.\n", "relief fund", "assert"),
    ('"We have asked the authorities to open the road, and I am hopeful we will have an answer soon," Ana '
     "Arana, the relief coordinator, said.\n", "open the road", "appeal"),
    ('"The road has been closed since Monday, so our trucks cannot reach the valley," relief coordinator Ana '
     "Arana said.\n", "trucks cannot", "assert"),
    ('"The pact cannot watch two of its members fire on each other," Chilean Foreign Minister Ana Ruiz said.\n',
     "cannot watch", "comment"),
    ("Chilean Foreign Minister Ana Ruiz said Chile's interior minister, Pablo Soto, would travel to Lima on "
     "Friday.\n", "would travel", "promise"),
])
def test_act_of_the_form_of_words(extractor: Extractor, body: str, words: str, act: str) -> None:
    assert [a for _, a in by(statements(extractor, body), words)] == [act]


def test_a_second_that_clause_doing_something_else_is_a_statement_apart(extractor: Extractor) -> None:
    found = statements(extractor, (
        "Polish Foreign Minister Jan Nowak said in Warsaw that Poland \"stands fully with Chile\" and that Warsaw "
        "would not rule out closing its crossings again.\n"))
    assert by(found, "stands fully with Chile") == [("Jan Nowak", "welcome")]
    assert by(found, "would not rule out") == [("Jan Nowak", "threaten")]


# --- links between statements ------------------------------------------------------------------------------


def test_a_charge_denied_in_passing_contradicts_the_charge_of_its_sentence(extractor: Extractor) -> None:
    doc = extract(extractor, "Bolivian Foreign Minister Marco Quispe said the talks would resume in June. Venezuela "
                             "has also been accused by Colombia and Brazil of pushing migrants toward their borders "
                             "since 2021, a charge Caracas denies.")
    assert links(doc, "CONTRADICTS") == {("a charge Caracas denies",
                                          "accused by Colombia and Brazil of pushing migrants toward their borders "
                                          "since 2021")}
    assert not links(doc, "RESPONDS_TO")


def test_rejecting_an_account_answers_what_it_said_happened(extractor: Extractor) -> None:
    doc = extract(extractor, "Bolivian Interior Minister Rafael Soto called the closure \"a hybrid attack\" and "
                             "denied that his government had any role in the launches, which he blamed on smugglers. "
                             "Chilean Foreign Minister Ana Ruiz rejected Soto's account.")
    assert links(doc, "RESPONDS_TO") == {("rejected Soto's account", "his government had any role in the launches")}


def test_a_finite_verb_parsed_as_a_modifier_of_its_subject_still_speaks(extractor: Extractor) -> None:
    found = statements(extractor, (
        "Brazil, which has observers in both countries, called on Lima and Quito to show restraint.\n"))
    assert by(found, "show restraint") == [("Brazilian government", "appeal")]


def test_his_office_is_the_official_when_no_office_of_his_is_named(extractor: Extractor) -> None:
    found = statements(extractor, (
        "The head of the Andean Pact, Secretary General Tomas Vidal, held talks with the Peruvian and Ecuadorian "
        "defence ministers on Thursday, his office said, and urged them to keep the dispute \"within the framework "
        "of dialogue.\"\n"))
    assert by(found, "keep the dispute") == [("Tomas Vidal", "appeal")]


def test_the_government_is_the_datelines_government(extractor: Extractor) -> None:
    found = statements(extractor, (
        "LIMA — Peru closed two border crossings on Tuesday.\n\nThe government said the closure would last \"at "
        "least a month.\"\n"))
    assert [who for who, _ in by(found, "closure would last")] == ["Peruvian government"]


def test_a_readout_after_two_verbs_covers_both(extractor: Extractor) -> None:
    found = statements(extractor, (
        "Ruiz met Paredes in Arica on Monday. The two spoke again by telephone late on Wednesday and agreed that "
        "their border chiefs would meet on Friday, according to a readout from the Chilean Foreign Ministry.\n"))
    assert any(who == "Chilean Foreign Ministry" and text.startswith("The two spoke") for who, _, text in found)


def test_the_people_a_plural_subject_names_agree_each(extractor: Extractor) -> None:
    found = statements(extractor, (
        "The OSCE said on Monday that the chief negotiators, Chile's deputy foreign minister Pablo Soto and the "
        "Bolivian envoy Marco Quispe, had agreed to meet in Vienna on May 5.\n"))
    assert sorted(who for who, act in by(found, "agreed to meet") if act == "promise") == ["Marco Quispe",
                                                                                           "Pablo Soto"]


def test_a_clause_parted_by_a_semicolon_is_no_content_of_the_verb_after(extractor: Extractor) -> None:
    found = statements(extractor, (
        "Peru has repeatedly demanded their withdrawal; Santiago says the troops guard an old depot.\n"))
    assert by(found, "demanded their withdrawal") == [("Peruvian government", "appeal")]


# --- statement dates -------------------------------------------------------------------------------------


def test_a_date_right_after_said_dates_the_saying_not_the_clause(extractor: Extractor) -> None:
    doc = extract(extractor, "Colombia's Foreign Ministry said on Monday it was ready to host talks in Bogota.")
    found = [n.properties for n in doc.nodes if n.label == "Statement"]
    assert [(s["text"], s["date"]) for s in found] == [("it was ready to host talks in Bogota", "2024-03-18")]


def test_a_reaction_pointing_back_is_made_the_day_of_what_it_answers(extractor: Extractor) -> None:
    doc = extract(extractor, "Chilean lawmakers on Thursday demanded that the government suspend the talks. "
                             "Foreign Minister Ana Ruiz rejected the call, saying the talks were the only road.")
    dates = {n.properties["text"]: n.properties["date"] for n in doc.nodes if n.label == "Statement"}
    assert dates["rejected the call"] == dates["the talks were the only road"] == "2024-03-14"


def test_both_in_a_turn_are_the_two_people_the_official_met(extractor: Extractor) -> None:
    found = statements(extractor, (
        "SPECIAL ENVOY SOTO: Thank you. I was in Lima on Sunday, where I met Peruvian Foreign Minister Luis "
        "Paredes, and in Quito on Monday, where I met the Andean Pact Secretary-General, Rosa Vega. Both told me "
        "that the Cartagena accord remains the basis for any solution.\n\nQ: Thank you.\n\n"
        "SPECIAL ENVOY SOTO: Thank you all.\n"))
    assert sorted(who for who, _ in by(found, "Cartagena accord")) == ["Luis Paredes", "Rosa Vega"]


def test_handing_over_and_signing_off_in_a_turn_are_no_statements(extractor: Extractor) -> None:
    found = statements(extractor, (
        "SPOKESPERSON VALDEZ: Good afternoon. I will start with Peru, and then we will be joined by video from "
        "Lima by Ana Arana, the relief coordinator.\n\nQ: Is the road open?\n\nSPOKESPERSON VALDEZ: It is not. "
        "The convoys have waited for a week. That's it from me.\n"))
    assert not by(found, "joined by video") and not by(found, "it from me")
    assert by(found, "convoys have waited") == [("Valdez", "assert")]


def test_an_official_who_asked_not_to_be_named_asked_for_nothing(extractor: Extractor) -> None:
    found = statements(extractor, (
        "A senior Chilean security official, who asked not to be named, said Peruvian artillery had opened fire "
        "first.\n"))
    assert [text for _, _, text in found] == ["Peruvian artillery had opened fire first"]


def test_the_cabinet_is_the_datelines_government(extractor: Extractor) -> None:
    found = statements(extractor, (
        "QUITO — Ecuador expelled the Peruvian ambassador on Tuesday.\n\nThe cabinet also closed the airspace to "
        "Peruvian military aircraft and asked the Andean Pact to send observers.\n"))
    assert by(found, "send observers") == [("Ecuadorian government", "appeal")]


def test_a_figure_set_right_contradicts_the_statement_that_gave_it(extractor: Extractor) -> None:
    doc = extract(extractor, "SPOKESPERSON VALDEZ: Our colleagues tell us that some 12,000 people have fled the "
                             "valley since Sunday.\n\nMS. ARANA: Thank you. Our teams now count closer to 20,000 "
                             "displaced, not 12,000.\n\nQUESTION: Will the road open?\n\nSPOKESPERSON VALDEZ: We "
                             "hope so.")
    assert links(doc, "CONTRADICTS") == {("Our teams now count closer to 20,000 displaced, not 12,000.",
                                          "Our colleagues tell us that some 12,000 people have fled the valley "
                                          "since Sunday.")}


def test_a_groups_refusal_on_a_condition_threatens_and_is_the_threat_dismissed(extractor: Extractor) -> None:
    doc = extract(extractor, "A rebel commander, Tito Ramos, said the group would not surrender further weapons "
                             "while Peruvian jets bomb its villages. Peruvian Foreign Minister Luis Paredes "
                             "dismissed that threat.")
    acts = {n.properties["text"]: n.properties["act"] for n in doc.nodes if n.label == "Statement"}
    assert acts["the group would not surrender further weapons while Peruvian jets bomb its villages"] == "threaten"
    assert links(doc, "RESPONDS_TO") == {("dismissed that threat", "the group would not surrender further weapons "
                                                                  "while Peruvian jets bomb its villages")}


def test_a_verb_after_a_relative_clause_of_speech_is_its_speakers(extractor: Extractor) -> None:
    found = statements(extractor, (
        "A Chilean drone struck a truck near Arica on Monday, killing three fighters, according to the Peruvian "
        "Defence Ministry, which called the strike \"a cowardly assassination\" and vowed to retaliate.\n"))
    assert [who for who, _ in by(found, "vowed to retaliate")] == ["Peruvian Defense Ministry"]
    assert [act for _, act in by(found, "vowed to retaliate")] == ["threaten"]


def test_a_label_with_a_form_of_address_names_the_person_without_it(extractor: Extractor) -> None:
    found = statements(extractor, (
        "Mr. Valdez: Good afternoon. The talks will resume on Monday.\n\nQuestion: Will the envoy attend?\n\n"
        "Ms. Arana: She will attend the talks in Lima.\n\nMr. Valdez: We condemn the attack on the convoy.\n"))
    assert by(found, "condemn the attack") == [("Valdez", "criticize")]
    assert [who for who, _ in by(found, "attend the talks")] == ["Arana"]


def test_a_passive_accusation_whose_charge_hangs_on_its_agent(extractor: Extractor) -> None:
    found = statements(extractor, (
        "Diplomats say Lima, which is close to the Chilean army, and Quito, accused by the Chilean army of arming "
        "the rebels, have both sent observers.\n"))
    assert by(found, "accused by the Chilean army") == [("Chilean Army", "criticize")]


@pytest.mark.parametrize(("body", "words", "act"), [
    ("Lima has long accused Quito of sheltering rebels, and Peruvian Interior Minister Luis Paredes repeated that "
     "charge on Wednesday, saying \"training camps for our enemies\" existed in northern Ecuador.\n",
     "training camps", "criticize"),
    ('"The best way to avoid tension is for the Ecuadorian authorities to act," Peruvian Interior Minister Luis '
     "Paredes said.\n", "best way", "appeal"),
])
def test_act_of_a_renewed_charge_and_of_the_best_way(extractor: Extractor, body: str, words: str, act: str) -> None:
    assert [a for _, a in by(statements(extractor, body), words)] == [act]


def test_an_attack_named_as_the_subject_of_a_judgement_is_no_label(extractor: Extractor) -> None:
    found = statements(extractor, '"The attack on the convoy was unexpected," Colonel Rodrigo Salas said.\n')
    assert [a for _, a in by(found, "unexpected")] == ["comment"]


def test_two_titled_lines_once_each_in_a_story_are_no_transcript() -> None:
    text = ("Leaders react\n\nPresident Ruiz: We will respond.\n\nThe talks resumed on Monday in Lima.\n\n"
            "Prime Minister Soto: We want peace.\n\nThe ministers met again on Tuesday.\n")
    assert find_turns(text) == []


def test_the_title_alone_as_a_label_is_the_person_given_that_title(extractor: Extractor) -> None:
    found = statements(extractor, (
        "Remarks by President Maria Ortiz of Chile in Arica.\n\nTHE PRESIDENT: Good afternoon. We will reopen the "
        "border on Monday.\n\nQ: Will you meet the Peruvian president?\n\nTHE PRESIDENT: I will meet him in Lima "
        "next week.\n"))
    assert by(found, "reopen the border") == [("Maria Ortiz", "promise")]


def test_what_a_side_avoids_saying_is_not_said(extractor: Extractor) -> None:
    found = statements(extractor, "The Chilean government, which has generally avoided criticising Lima, said the "
                                  "dead were farmers.\n")
    assert [text for _, _, text in found] == ["the dead were farmers"]


def test_seeing_that_and_taking_note_in_a_turn_tell_something(extractor: Extractor) -> None:
    found = statements(extractor, (
        "SPOKESPERSON VALDEZ: Good afternoon.\n\nQ: And the prisoners?\n\nSPOKESPERSON VALDEZ: We have also seen "
        "that the authorities released some 300 prisoners yesterday. We take note of that, but hundreds remain "
        "detained.\n"))
    assert [who for who, _ in by(found, "released some 300")] == ["Valdez"]
    assert [who for who, _ in by(found, "take note")] == ["Valdez"]


def test_accepting_an_offer_answers_the_offer(extractor: Extractor) -> None:
    doc = extract(extractor, "Chilean Foreign Minister Ana Ruiz urged an immediate ceasefire and offered to host the "
                             "two ministers in Santiago next week. \"The region cannot watch,\" Ruiz said. Bolivia "
                             "accepted the offer within hours, a spokesman for its foreign ministry said.")
    assert links(doc, "RESPONDS_TO") == {("Bolivia accepted the offer within hours",
                                          "offered to host the two ministers in Santiago next week")}


def test_a_relative_clause_of_someone_else_inside_a_statement_is_theirs(extractor: Extractor) -> None:
    found = statements(extractor, (
        "Chilean Foreign Minister Ana Ruiz said the accord, which Peru described as historic, would be signed on "
        "Monday.\n"))
    assert by(found, "would be signed on Monday") == [("Ana Ruiz", "assert")]
    assert ("Peruvian government", "comment") in by(found, "described as historic")


def test_a_bloc_preparing_sanctions_threatens(extractor: Extractor) -> None:
    found = statements(extractor, (
        "The EU foreign policy spokeswoman, Marta Silva, said the bloc was preparing a new package of sanctions "
        "against Venezuelan officials.\n"))
    assert by(found, "package of sanctions") == [("Marta Silva", "threaten")]


@pytest.mark.parametrize(("body", "act"), [
    ("Peruvian Foreign Minister Luis Paredes said the process does not depend on the moods of one commander.\n",
     "comment"),
    ("Peruvian Foreign Minister Luis Paredes said Peru had not fired on the convoy.\n", "deny"),
])
def test_a_negated_view_is_no_denial_of_a_deed(extractor: Extractor, body: str, act: str) -> None:
    assert [a for _, a, _ in statements(extractor, body)] == [act]


def test_a_third_partys_plan_told_in_a_turn_is_its_promise(extractor: Extractor) -> None:
    found = statements(extractor, (
        "SPOKESPERSON VALDEZ: Good afternoon.\n\nQ: Is the pact doing enough?\n\nSPOKESPERSON VALDEZ: Chile, as "
        "this year's chair, has told us it intends to send its own envoy to Lima in July.\n"))
    assert by(found, "intends to send") == [("Chilean government", "promise")]


def test_a_verb_coordinated_with_a_readouts_said_is_the_readouts_subjects(extractor: Extractor) -> None:
    found = statements(extractor, (
        "Chilean Prime Minister Ana Ruiz spoke by telephone with the Peruvian president late on Tuesday, the "
        "Chilean Foreign Ministry said, and told him that the survey mission was incompatible with good "
        "neighbourliness.\n"))
    assert by(found, "survey mission") == [("Ana Ruiz", "criticize")]


def test_a_counterfactual_blames(extractor: Extractor) -> None:
    found = statements(extractor, (
        '"If La Paz wanted to stop this, it would have stopped weeks ago," Chilean Foreign Minister Ana Ruiz '
        "said.\n"))
    assert [a for _, a in by(found, "would have stopped")] == ["criticize"]


def test_the_mission_is_the_mission_named_last(extractor: Extractor) -> None:
    found = statements(extractor, (
        "The exchange took place at the airbase under the supervision of the UN Support Mission in Ruritania "
        "(UNSMIR), the mission said. The envoy met both commanders earlier this month, according to the "
        "mission.\n"))
    assert [who for who, _ in by(found, "met both commanders")] == ["UN Support Mission"]
    assert [who for who, _ in by(found, "exchange took place")] == ["UN Support Mission"]


def test_urging_during_the_call_a_readout_tells_is_the_callers(extractor: Extractor) -> None:
    found = statements(extractor, (
        "Chilean Foreign Minister Ana Ruiz spoke by phone with Paredes on Tuesday and with Quispe on Wednesday, "
        "her ministry said, urging both to lower the temperature. The ministry said on Monday that talks would "
        "resume, adding that the envoy would travel.\n"))
    assert by(found, "lower the temperature") == [("Ana Ruiz", "appeal")]
    assert [who for who, _ in by(found, "envoy would travel")] == ["Chilean Foreign Ministry"]


def test_a_statement_named_by_its_issuer_speaks_for_it(extractor: Extractor) -> None:
    found = statements(extractor, "A Kenyan army statement said the attack on the border post was repelled.\n")
    assert [who for who, _ in by(found, "was repelled")] == ["Kenyan Army"]


def test_the_regional_government_is_the_regional_government_named_last(extractor: Extractor) -> None:
    found = statements(extractor, (
        "The Aceh Regional Government, which controls Banda, said the dead were farmers. They were handed over to "
        "a delegation at the crossing on Monday, the regional government said.\n"))
    assert [who for who, _ in by(found, "handed over")] == ["Aceh Regional Government"]


def test_each_sides_account_of_who_fired_first_contradicts_the_others(extractor: Extractor) -> None:
    doc = extract(extractor, "Chile's border service said Peruvian troops had opened fire with mortars on a Chilean "
                             "outpost shortly after dawn. Peru's defence ministry said the Chilean side had fired "
                             "first.")
    assert links(doc, "CONTRADICTS") == {("the Chilean side had fired first", "Peruvian troops had opened fire with "
                                          "mortars on a Chilean outpost shortly after dawn")}


def test_a_quote_before_a_named_speaker_with_a_long_title_is_theirs_and_a_reading_comments(
        extractor: Extractor) -> None:
    found = statements(extractor, (
        "\"Today's exchange shows that the joint commission still works when the politicians let it,\" Ana Vega, "
        "the UN Secretary-General's Special Representative for Ruritania, told reporters at the airbase.\n"))
    assert by(found, "joint commission still works") == [("Ana Vega", "comment")]


def test_nothing_up_for_negotiation_rejects(extractor: Extractor) -> None:
    found = statements(extractor, (
        '"Not one square mile of the Atacama is up for negotiation," Chilean Foreign Minister Ana Ruiz said.\n'))
    assert [a for _, a in by(found, "square mile")] == ["reject"]
