"""Statement rules, sixth set: kinds of act learnt from blind sets (another side bid to act through an
expectation, a stand taken with someone, ...); on short texts of our own about invented officials."""

from __future__ import annotations

import pytest
from test_rules_speech import by, statements  # the same helpers as the first set of statement rules

from dipgraph.loaders.extract import Extractor

# --- an expectation that another side act is an appeal to it ---------------------------------------------


@pytest.mark.parametrize(("text", "words", "act"), [
    ("Foreign Minister Ilse Brandt said Austria expected Moldova to withdraw its troops from the border.\n",
     "withdraw its troops", "appeal"),
    ("Foreign Minister Ilse Brandt said Austria expected the ceasefire to be fully respected.\n",
     "fully respected", "appeal"),
    ("Foreign Minister Ilse Brandt said it wanted Chisinau to explain the closure of the crossing.\n",
     "explain the closure", "appeal"),
    # the speaker's own plan is no appeal
    ("Foreign Minister Ilse Brandt said she expected to meet her counterpart next week.\n",
     "meet her counterpart", "promise"),
])
def test_expecting_another_side_to_act_appeals(extractor: Extractor, text: str, words: str, act: str) -> None:
    assert [a for _who, a in by(statements(extractor, text), words)] == [act]


# --- a stand taken with someone, told in the past of reported speech ---------------------------------------


@pytest.mark.parametrize(("text", "words"), [
    ("Gulf Cooperation Council Secretary-General Ana Vidal said the six-nation bloc stood firmly with Kuwait.\n",
     "stood firmly"),
    ('NATO spokesman Jens Holm said the alliance stood "shoulder to shoulder with Estonia".\n', "shoulder"),
])
def test_standing_with_a_side_welcomes_it(extractor: Extractor, text: str, words: str) -> None:
    assert [a for _who, a in by(statements(extractor, text), words)] == ["welcome"]


# --- a meeting of both parties, or one the speaker's body arranges, announced: a promise -------------------


@pytest.mark.parametrize(("text", "words", "act"), [
    ("Foreign Minister Ilse Brandt said delegations from both countries would meet in Vienna in the coming days.\n",
     "would meet in Vienna", "promise"),
    ("Spokeswoman Ana Vidal said the bloc's envoy for the dispute would travel to Bern.\n", "travel to Bern",
     "promise"),
    ("Foreign Minister Ilse Brandt said a summit of heads of state would be convened in the coming weeks.\n",
     "be convened", "promise"),
    # a body that merely sits, a rally of others: told as facts
    ("Foreign Minister Ilse Brandt said the committee would meet in Vienna next week.\n", "committee would meet",
     "assert"),
    ("Foreign Minister Ilse Brandt said former rebels would hold a rally in the capital.\n", "hold a rally",
     "assert"),
])
def test_an_announced_meeting_of_the_parties_promises(extractor: Extractor, text: str, words: str, act: str) -> None:
    assert [a for _who, a in by(statements(extractor, text), words)] == [act]


# --- what the words call something: a threat, an attack, a victory ---------------------------------------


@pytest.mark.parametrize(("text", "words", "act"), [
    ("Defence Minister Tomas Varga said the presence of foreign troops near the border was a threat to regional "
     "stability.\n", "a threat to regional", "criticize"),
    ("Defence Minister Tomas Varga said the drills showed a pattern of intimidation by its neighbour.\n",
     "pattern of intimidation", "criticize"),
    ('"This decree is a direct attack on the constitutional order, and it cannot stand," High Representative Ana '
     "Vidal said.\n", "direct attack", "criticize"),
    ('Foreign Minister Ilse Brandt described the vote as "a victory for international law."\n', "victory",
     "welcome"),
    ('Foreign Minister Ilse Brandt called the accord "a meaningful step toward open borders."\n', "meaningful step",
     "welcome"),
    # counting attacks judges nothing; a threat denied is no charge
    ('"This is the fourth such attack since March," High Representative Ana Vidal said.\n', "fourth such attack",
     "assert"),
    ('"The port is a source of trade for the whole region, not a threat to anyone," Foreign Minister Ilse Brandt '
     "said.\n", "not a threat", "comment"),
])
def test_what_the_words_call_something_says_the_act(extractor: Extractor, text: str, words: str, act: str) -> None:
    assert [a for _who, a in by(statements(extractor, text), words)] == [act]


def test_saying_there_is_no_attack_labels_nothing(extractor: Extractor) -> None:
    found = statements(extractor, '"There is no blockade of the port," Foreign Minister Ilse Brandt said.\n')
    assert [a for _who, a in by(found, "no blockade")] != ["criticize"]


# --- refusing to accept; saying a claim is not correct -------------------------------------------------------


@pytest.mark.parametrize(("text", "words", "act"), [
    ('"We do not accept that account," Foreign Minister Ilse Brandt of Austria said.\n', "accept that account",
     "reject"),
    ('Foreign Minister Ilse Brandt said Austria would "not accept the Danube being turned into a foreign lake."\n',
     "foreign lake", "reject"),
    ('"That is not correct," Foreign Minister Ilse Brandt said of the report.\n', "not correct", "deny"),
    # a refusal to let another side act warns
    ('"We will not allow anyone to redraw the border by force," Foreign Minister Ilse Brandt said.\n',
     "redraw the border", "warn"),
])
def test_refusing_to_accept_rejects_and_not_correct_denies(extractor: Extractor, text: str, words: str,
                                                          act: str) -> None:
    assert [a for _who, a in by(statements(extractor, text), words)] == [act]


# --- the body the speaker serves, named by its head noun, is the speaker's own side -------------------------


@pytest.mark.parametrize("text", [
    'European Commission spokesman Marco Ferri said the Commission "stands ready" to help both sides.\n',
    "OAS Secretary-General Luis Ferran said the organisation was ready to help the two countries set up a joint "
    "commission.\n",
])
def test_the_speakers_own_body_ready_to_help_promises(extractor: Extractor, text: str) -> None:
    assert [a for _who, a in by(statements(extractor, text), "to help")] == ["promise"]


# --- the verb that takes a quoted phrase says what is done with it ------------------------------------------


@pytest.mark.parametrize(("text", "words", "act"), [
    ('The Austrian Foreign Ministry rejected "any interference in the rulings of the Austrian judiciary."\n',
     "any interference", "reject"),
    ('Foreign Minister Ilse Brandt welcomed "the end of a long and painful siege."\n', "painful siege", "welcome"),
    ("Foreign Minister Ilse Brandt voiced frustration with the outcome of the summit.\n", "frustration",
     "criticize"),
])
def test_the_verb_on_a_quoted_phrase_says_the_act(extractor: Extractor, text: str, words: str, act: str) -> None:
    assert [a for _who, a in by(statements(extractor, text), words)] == [act]


# --- a speaker the parser hangs on a fronted place, and the pronoun that then refers to that speaker --------


def test_the_named_official_next_to_the_verb_speaks_and_is_he(extractor: Extractor) -> None:
    found = statements(extractor, (
        "UN envoy Anders Lindqvist urged both sides to keep talking.\n\n"
        "At a ceremony in Marib, the head of the government's negotiating delegation, Deputy Human Rights "
        "Minister Nabil al-Aghbari, welcomed the release but accused the rebels of withholding the names of dozens "
        "of journalists.\n\n"
        '"They have kept the people whose only crime was a pen," he said.\n'))
    assert by(found, "welcomed the release") == [("Nabil al-Aghbari", "welcome")]
    assert [who for who, _act in by(found, "only crime")] == ["Nabil al-Aghbari"]
    assert [who for who, _act in by(found, "keep talking")] == ["Anders Lindqvist"]


# --- a reporting verb set off by commas inside the clause it reports ----------------------------------------


def test_a_parenthetical_reporter_speaks_the_clause_around_it(extractor: Extractor) -> None:
    found = statements(extractor, (
        "Foreign Ministry spokeswoman Tatiana Orlova told reporters that the ship was not Russian. Russia, she "
        'warned, would "take all necessary measures" to protect its shipping.\n\n'
        "The United States, deputy spokesman Daniel Whitby said, remained committed to "
        '"peace and stability across the strait."\n'))
    assert by(found, "necessary measures") == [("Tatiana Orlova", "threaten")]  # her own side's act
    assert [who for who, _act in by(found, "remained committed")] == ["Daniel Whitby"]


def test_he_is_not_someone_told_of_deep_in_what_was_said(extractor: Extractor) -> None:
    found = statements(extractor, (
        "Foreign Ministers Ana Reyes and Pablo Mena spoke by telephone on Tuesday.\n\n"
        "The OAS Secretary General, Luis Ferrer, welcomed the call and said the organisation was ready to help the "
        'two countries set up a joint commission. "The hardest part of a judgment is living with it," he said.\n'))
    assert [who for who, _act in by(found, "hardest part")] == ["Luis Ferrer"]


def test_a_participle_after_an_officials_deed_told_by_a_ministry_is_the_officials(extractor: Extractor) -> None:
    found = statements(extractor, (
        "Austria's Foreign Ministry said Deputy Foreign Minister Karl Huber had handed Hungarian Ambassador Laszlo "
        'Kiss a note of protest, describing the ruling as "an internal matter that cannot alter treaties."\n'))
    assert [who for who, _act in by(found, "internal matter")] == ["Karl Huber"]


def test_she_after_a_fronted_place_and_official_is_that_official(extractor: Extractor) -> None:
    found = statements(extractor, (
        "Foreign Minister Agnes Lado said her country would defend its border.\n\n"
        "In Vienna, Minister of State for Foreign Affairs Edith Berger struck a more conciliatory note, telling "
        "parliament that Austria remained committed to peace. She called on both armies to pull back from the "
        "border.\n"))
    assert [who for who, _act in by(found, "pull back")] == ["Edith Berger"]


def test_a_call_after_a_pluperfect_clause_goes_with_said(extractor: Extractor) -> None:
    found = statements(extractor, (
        "UN spokesman Tomas Berg said the Secretary-General's office had noted with concern the attack on the "
        "patrol, and called on both governments to guarantee the freedom of movement of peacekeepers.\n"))
    assert by(found, "called on both governments") == [("Tomas Berg", "appeal")]


# --- an official left unnamed speaks for the body named with the post -----------------------------------------


def test_an_unnamed_official_at_a_ministry_speaks_for_it(extractor: Extractor) -> None:
    found = statements(extractor, (
        "A senior official at the Austrian Foreign Ministry, speaking on condition of anonymity, said the "
        'government had prepared for a closure of up to a month. "Beyond that," he said, "we start talking about '
        'cuts."\n'))
    assert by(found, "prepared for a closure") == [("Austrian Foreign Ministry", "assert")]
    assert [who for who, _act in by(found, "we start talking")] == ["Austrian Foreign Ministry"]


def test_a_diplomat_in_a_capital_speaks_for_no_government(extractor: Extractor) -> None:
    found = statements(extractor, "A diplomat in Vienna said the talks could last until the end of the week.\n")
    assert not by(found, "could last")


# --- a readout whose 'said' the parser makes an aside of the clause it tells --------------------------------


def test_her_ministry_after_a_call_is_the_callers_and_so_is_the_offer(extractor: Extractor) -> None:
    found = statements(extractor, (
        "Austria's Foreign Minister, Ilse Brandt, spoke by telephone on Wednesday with Hungarian Foreign Minister "
        "Laszlo Kiss and, separately, with Slovak Foreign Minister Jan Novak, her ministry said, and offered to host "
        "a meeting of the two ministers in Vienna.\n"))
    assert [who for who, _act in by(found, "spoke by telephone")] == ["Austrian Foreign Ministry"]
    assert by(found, "offered to host") == [("Ilse Brandt", "promise")]


def test_the_ministry_in_a_capital_is_that_countrys(extractor: Extractor) -> None:
    found = statements(extractor, (
        "Hungarian Foreign Minister Laszlo Kiss said Budapest was concerned. Austrian Foreign Minister Ilse Brandt "
        "spoke by telephone late on Wednesday with her Slovak counterpart, Jan Novak, the ministry in Vienna said.\n"))
    assert [who for who, _act in by(found, "spoke by telephone")] == ["Austrian Foreign Ministry"]


# --- restraint pledged; readiness to fight of the speaker's own command ----------------------------------------


@pytest.mark.parametrize(("text", "words", "act"), [
    ("Foreign Minister Ilse Brandt of Austria said Austria would not retaliate by closing its own side of the "
     "frontier.\n", "not retaliate", "promise"),
    ('Colonel Li Wei, spokesman for the Eastern Theater Command, said the command\'s troops were "ready to fight at '
     'any moment."\n', "ready to fight", "warn"),
])
def test_restraint_promises_and_readiness_to_fight_warns(extractor: Extractor, text: str, words: str,
                                                         act: str) -> None:
    assert [a for _who, a in by(statements(extractor, text), words)] == [act]


@pytest.mark.parametrize(("text", "words"), [
    ('"We have told our Kestrian counterparts that it will not be tolerated," Foreign Minister Ilse Brandt said.\n',
     "not be tolerated"),
    ('Defence Ministry spokesman Tomas Varga called the drills "a stern warning to separatist forces."\n',
     "stern warning"),
])
def test_what_will_not_be_tolerated_warns(extractor: Extractor, text: str, words: str) -> None:
    assert [a for _who, a in by(statements(extractor, text), words)] == ["warn"]


def test_who_was_quoted_as_telling_speaks(extractor: Extractor) -> None:
    found = statements(extractor, (
        "Foreign Minister Ilse Brandt and her Hungarian counterpart, Laszlo Kiss, spoke by telephone on Monday. "
        'Ms. Brandt was quoted as telling her counterpart that Austria "does not seek confrontation with its '
        'neighbours."\n'))
    assert [who for who, _act in by(found, "does not seek")] == ["Ilse Brandt"]


def test_it_in_a_chairs_turn_is_the_body_the_chair_speaks_for(extractor: Extractor) -> None:
    doc = extractor.extract(
        "Press briefing on the Council's decisions\n\n"
        "SPOKESPERSON DIALLO: Good morning. The Chair will present the decisions.\n\n"
        "AMBASSADOR RASHID: Thank you. The Council strongly condemns the resumption of fighting between the army "
        "and the Northern Liberation Front. It demands that all parties immediately cease hostilities.\n",
        date="2026-03-04")
    nodes = {n.id: n for n in doc.nodes}
    found = [(nodes[r.start].properties["name"], nodes[r.end].properties["act"])
             for r in doc.relationships if r.type == "STATED" and "It demands" in nodes[r.end].properties["text"]]
    assert found == [("Rashid", "appeal")]


def test_courtesies_opening_a_turn_are_no_statements(extractor: Extractor) -> None:
    doc = extractor.extract(
        "Joint press conference\n\n"
        "PRIME MINISTER SALO: Thank you, and welcome again to Vaiaku, Margaret. We discussed policing.\n\n"
        "MINISTER HALE: Thank you, Peni, and thank you to the Prime Minister for this morning's meeting. "
        "We condemn the attack on the police post.\n", date="2026-03-04")
    texts = [n.properties["text"] for n in doc.nodes if n.label == "Statement"]
    assert not [t for t in texts if t.startswith("Thank you")]
    assert any("condemn the attack" in t for t in texts)


def test_sending_the_question_elsewhere_is_no_statement(extractor: Extractor) -> None:
    doc = extractor.extract(
        "Press conference by Foreign Minister Ilse Brandt of Norland\n\n"
        "MINISTER BRANDT: Norland has recalled its ambassador from Kestria.\n\n"
        "QUESTION: How many diplomats were expelled?\n\n"
        "MINISTER BRANDT: You would have to ask the Kestrian authorities. We condemn the expulsions.\n",
        date="2026-03-04")
    texts = [n.properties["text"] for n in doc.nodes if n.label == "Statement"]
    assert not [t for t in texts if "have to ask" in t]
    assert any("condemn the expulsions" in t for t in texts)


def test_a_sentence_announcing_what_follows_is_no_statement(extractor: Extractor) -> None:
    doc = extractor.extract(
        "Press conference by Foreign Minister Ilse Brandt of Norland\n\n"
        "MINISTER BRANDT: Kestrian troops crossed the border on Monday. The Government has therefore taken the "
        "following decisions. First, our ambassador in Kestria has been recalled for consultations.\n\n"
        "QUESTION: Will the border stay open?\n\n"
        "MINISTER BRANDT: The border stays open.\n", date="2026-03-04")
    texts = [n.properties["text"] for n in doc.nodes if n.label == "Statement"]
    assert not [t for t in texts if "following decisions" in t]
    assert any("has been recalled" in t for t in texts)


# --- verbs of diplomatic speech: disputing, brushing off, reaffirming support ---------------------------------


@pytest.mark.parametrize(("text", "words", "act"), [
    ("Kestria's Defence Ministry said its patrol had been fired on. Vienna disputed that account.\n",
     "disputed that account", "deny"),
    ("Deputy Defence Secretary Tom Hale brushed off the criticism.\n", "brushed off", "reject"),
    ("The Arab League reaffirmed its support for the water security of Egypt and Sudan.\n", "reaffirmed its support",
     "welcome"),
])
def test_verbs_of_disputing_and_reaffirming_report(extractor: Extractor, text: str, words: str, act: str) -> None:
    assert [a for _who, a in by(statements(extractor, text), words)] == [act]


def test_its_army_after_a_countrys_deed_is_that_countrys_army(extractor: Extractor) -> None:
    found = statements(extractor, (
        "Austria has moved an additional battalion to its border with Hungary, its army said on Tuesday, two days "
        "after Austrian and Hungarian soldiers exchanged fire.\n"))
    assert [who for who, _act in by(found, "additional battalion")] == ["Austrian Army"]


def test_a_ministrys_unnamed_spokesperson_speaks_for_the_ministry(extractor: Extractor) -> None:
    found = statements(extractor, (
        "A British Ministry of Defence spokesperson said the base would continue to operate normally. A State "
        "Department spokeswoman, Karen Whitby, said Washington was following the situation closely.\n"))
    assert [who for who, _act in by(found, "operate normally")] == ["British Ministry of Defence"]
    assert [who for who, _act in by(found, "following the situation")] == ["Karen Whitby"]


# --- 'according to an X statement'; conceding ---------------------------------------------------------------


def test_according_to_a_bodys_statement_is_that_bodys(extractor: Extractor) -> None:
    found = statements(extractor, (
        "One peacekeeper was wounded and two armoured vehicles were damaged, according to a NATO statement released "
        "on Sunday.\n"))
    assert by(found, "peacekeeper was wounded") == [("NATO", "assert")]


def test_a_person_speaking_inside_a_readout_is_not_the_readouts(extractor: Extractor) -> None:
    found = statements(extractor, (
        "Deputy Secretary Tom Hale stressed the role of the base and said the United States valued its partnership "
        "with Denmark, according to a State Department readout.\n"))
    assert not [who for who, _act, text in found if who != "Tom Hale"]


def test_conceding_reports(extractor: Extractor) -> None:
    found = statements(extractor, "Austrian officials privately conceded that the border posts now sit in territory "
                                  "held by the rebels.\n")
    assert [who for who, _act in by(found, "border posts")] == ["Austrian government"]


def test_a_parenthetical_clause_keeps_its_infinitive_after_but(extractor: Extractor) -> None:
    found = statements(extractor, (
        "Government spokeswoman Ana Vidal said the decision was measured. Austria's army, she said, had reinforced "
        'its positions around Graz since Tuesday, but only "to protect our population and the refugees."\n'))
    assert [who for who, _act in by(found, "reinforced its positions")] == ["Ana Vidal"]
    assert [text for _who, _act, text in found if text.startswith("to protect")] == []


def test_a_wish_denied_bids_nobody(extractor: Extractor) -> None:
    found = statements(extractor, "Foreign Minister Ilse Brandt said Austria did not want the talks to fail.\n")
    assert [a for _who, a in by(found, "talks to fail")] != ["appeal"]


def test_a_welcome_step_in_a_reported_clause_welcomes(extractor: Extractor) -> None:
    found = statements(extractor, "Foreign Minister Ilse Brandt said the release was a welcome step but far from the "
                                  "end of the matter.\n")
    assert [a for _who, a in by(found, "welcome step")] == ["welcome"]


def test_expecting_an_arrangement_to_do_something_in_a_quote_appeals(extractor: Extractor) -> None:
    found = statements(extractor, 'Ambassador Tom Hale said Washington expected any arrangement to "preserve the '
                                  'base\'s full operational capability, without exception."\n')
    assert [a for _who, a in by(found, "operational capability")] == ["appeal"]


def test_describing_something_as_a_quoted_phrase_comments(extractor: Extractor) -> None:
    found = statements(extractor, 'Austrian envoy Karl Huber described the opening as "a concrete result that people '
                                  'can touch."\n')
    assert [a for _who, a in by(found, "concrete result")] == ["comment"]


def test_no_talks_until_a_condition_in_a_reported_clause_rejects(extractor: Extractor) -> None:
    found = statements(extractor, "Foreign Minister Ilse Brandt told reporters there would be no talk of restoring "
                                  "ties with Kestria until the detained consul was free.\n")
    assert [a for _who, a in by(found, "no talk of restoring")] == ["reject"]


@pytest.mark.parametrize("text", [
    '"This is not a punishment of citizens," High Representative Ana Vidal said.\n',
    '"That is not bloc confrontation," Foreign Minister Ilse Brandt said.\n',
])
def test_refusing_a_charges_name_denies(extractor: Extractor, text: str) -> None:
    assert [a for _who, a, _text in statements(extractor, text)] == ["deny"]


def test_the_speakers_own_forces_will_continue_promises(extractor: Extractor) -> None:
    doc = extractor.extract(
        "Press conference by Defence Minister Tomas Varga of Austria\n\n"
        "MINISTER VARGA: The Austrian Armed Forces will continue their operations against terrorist groups "
        "everywhere on the national territory.\n\nQUESTION: Will you close the border?\n\n"
        "MINISTER VARGA: The border stays open.\n", date="2026-03-04")
    nodes = {n.id: n for n in doc.nodes}
    acts = [nodes[r.end].properties["act"] for r in doc.relationships
            if r.type == "STATED" and "will continue" in nodes[r.end].properties["text"]]
    assert acts == ["promise"]


def test_the_official_again_is_the_unnamed_official_before(extractor: Extractor) -> None:
    found = statements(extractor, (
        "A NATO official, who was not authorised to speak publicly, said the mission had reinforced its patrols. "
        "Commander Henrik Vollan was expected to brief the Estonian president later on Thursday, the official "
        "said.\n"))
    assert [who for who, _act in by(found, "expected to brief")] == ["NATO"]


def test_the_few_words_opening_a_split_quote_are_no_statement(extractor: Extractor) -> None:
    found = statements(extractor, (
        'Energy Minister Karl Huber said the government had prepared for a stoppage. "Beyond that," he said, "we '
        'start talking about cuts to output."\n'))
    assert not by(found, "Beyond that")
    assert [who for who, _act in by(found, "cuts to output")] == ["Karl Huber"]


def test_it_as_a_thing_in_a_ministers_words_is_not_his_side(extractor: Extractor) -> None:
    found = statements(extractor, (
        "The new mountain road was opened on Saturday by Austria's Minister of Transport, Karl Huber. Speaking at "
        "the ceremony, Huber said it would cut the journey for pilgrims from a week to two days.\n"))
    assert [a for _who, a in by(found, "cut the journey")] == ["assert"]
