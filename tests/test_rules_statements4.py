"""Statement rules, fourth set: speech acts and attribution learnt on unseen text (warnings of restraint,
concern, refusals to bargain, accusations told in reported clauses, briefing turns) and links; on short texts
of our own about invented officials."""

from __future__ import annotations

import pytest
from test_rules_roles_links import extract, links  # and of the link rules
from test_rules_speech import by, statements  # the same helpers as the first set of statement rules

from dipgraph.loaders.extract import Extractor

# --- acts from cue phrases ------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "words", "act"), [
    ('"We have kept the peace for ten years," Defence Minister Tomas Varga said. "But nobody should mistake our '
     'restraint for weakness."\n', "mistake our restraint", "warn"),
    ("Foreign Minister Ilse Brandt said Norland reserved the right to respond to any further incursion.\n",
     "reserved the right", "threaten"),  # her own side's right to act: a threat (tests/ANNOTATION.md)
    ('The ministry spokesman, Pavel Orlov, said Kestria and Norland bore "full responsibility" for what '
     "followed.\n", "full responsibility", "warn"),
    ('Defence Minister Tomas Varga said the navy had been given "a free hand" to answer any provocation.\n',
     "free hand", "warn"),
    ('Foreign Minister Ilse Brandt said Norland was "deeply concerned" by the arrests in the border town.\n',
     "deeply concerned", "comment"),
    ('"We will not be provoked into leaving the talks," Foreign Minister Ilse Brandt said.\n',
     "will not be provoked", "promise"),
    ('Foreign Minister Ilse Brandt said the status of the islands was "not a subject for bargaining."\n',
     "not a subject for bargaining", "reject"),
    ('Interior Minister Jonas Petrov said the future of the port was "not on any agenda."\n',
     "not on any agenda", "reject"),
    ('"We have no intention of attacking anyone," Defence Minister Tomas Varga said.\n',
     "no intention of attacking", "deny"),
    ('The defence ministry said the report of a massacre was "pure fiction."\n', "pure fiction", "deny"),
    ('Interior Minister Jonas Petrov said the two smugglers had been held for "crossing the border at night," '
     "a charge the Kestrian government rejects.\n", "held for", "assert"),
    ("Interior Minister Jonas Petrov said the patrol boat had illegally entered Norland's waters at dawn.\n",
     "illegally entered", "criticize"),
    ('"I cannot confirm the report, because it did not happen," Defence Minister Tomas Varga said.\n',
     "did not happen", "deny"),
    ('"The minister conveyed our deep concern at the fighting in the valley," spokesman Pavel Orlov said.\n',
     "deep concern", "comment"),
    ("Foreign Minister Ilse Brandt said Norland remained open to a lasting settlement through the joint "
     "commission.\n", "remained open to", "promise"),
    ('Foreign Minister Ilse Brandt said Norland would answer "at a time and place of its choosing."\n',
     "time and place", "warn"),
    ('The mission chief, Ana Vidal, reminded both armies that the safety of the observers was "their duty, not '
     'a favour."\n', "safety of the observers", "appeal"),
    ("The mission chief, Ana Vidal, reminded reporters that the observers had arrived in 2019.\n",
     "observers had arrived", "assert"),
    ("The OSCE said it was not in a position to establish which side had opened fire.\n",
     "not in a position", "comment"),
    ('"The council has not taken a position on the embargo as such," its chair, Ana Vidal, said.\n',
     "not taken a position", "comment"),
    ('Rebel commander Ivo Duric called the air strike "a treacherous act that will not go unanswered" on '
     "Monday.\n", "treacherous act", "threaten"),
])
def test_a_cue_phrase_gives_the_act(extractor: Extractor, text: str, words: str, act: str) -> None:
    assert [a for _who, a in by(statements(extractor, text), words)] == [act]


# --- quoted phrases --------------------------------------------------------------------------------------


def test_a_quoted_phrase_without_a_verb_does_what_its_clause_does(extractor: Extractor) -> None:
    found = statements(extractor, 'The Kestrian foreign ministry said the two fishermen had been arrested "inside '
                                  'Kestrian waters, two miles off the cape."\n')
    assert [act for _who, act in by(found, "Kestrian waters")] == ["assert"]
    found = statements(extractor, 'Defence Minister Tomas Varga said the navy had accepted the truce "out of '
                                  'respect for the fishermen of the coast."\n')
    assert [act for _who, act in by(found, "out of respect")] == ["assert"]


# --- acts from the form of what is said ------------------------------------------------------------------


@pytest.mark.parametrize(("text", "words", "act"), [
    ('Interior Minister Jonas Petrov said the bridge would stay closed "until Kestria hands over the '
     'smugglers."\n', "stay closed", "threaten"),
    ("Rebel spokesman Ivo Duric insisted that attacks on the pipeline would continue until the siege of the "
     "valley was lifted.\n", "attacks on the pipeline", "threaten"),
    ('Interior Minister Jonas Petrov said the bridge would stay closed "until further notice."\n', "stay closed",
     "assert"),
    ('"I will not characterise the shooting in those terms," Foreign Minister Ilse Brandt told reporters.\n',
     "characterise", "comment"),
    ('"We do not want a war with our neighbours, but we will defend every village of the valley," Defence '
     "Minister Tomas Varga said.\n", "defend every village", "threaten"),  # his own side's act
    ('"Any attempt to move the boundary stones is unacceptable to Norland," Foreign Minister Ilse Brandt '
     "said.\n", "boundary stones", "warn"),
    ("Foreign Minister Ilse Brandt insisted that Kestria first withdraw its troops from the valley.\n",
     "withdraw its troops", "appeal"),
    ("Chile's foreign ministry said it had lodged a protest with Peru's ambassador on Monday.\n",
     "lodged a protest", "assert"),
    ('"Chile is not a party to this war. Chile is its victim," Foreign Minister Ilse Brandt said.\n',
     "not a party", "assert"),
    ('"The valley will not again become a battlefield for other people\'s wars," Governor Ivo Duric said.\n',
     "battlefield", "comment"),
    ('Peruvian forces had fired first on Chilean positions, Chile\'s Defence Ministry said in a statement, and its '
     'units had taken "adequate measures."\n', "adequate measures", "assert"),
    ('Foreign Minister Ilse Brandt said Bolivia would seek access to the sea "through peaceful means," but that it '
     'could not remain "a prisoner of geography" forever.\n', "prisoner of geography", "comment"),
    ("Japan's defence ministry said no damage to ships had been reported after the launch.\n", "no damage",
     "assert"),
    ('Foreign Ministry spokesperson Ana Vidal said Peruvian troops had "responded firmly" to what she called a '
     '"transgression" by Chilean forces.\n', "responded firmly", "criticize"),
    ('"We also remember that in May the Peruvian coast guard detained three Chilean boats," Foreign Ministry '
     "spokesperson Ana Vidal said.\n", "coast guard detained", "assert"),
])
def test_the_form_of_what_is_said_gives_the_act(extractor: Extractor, text: str, words: str, act: str) -> None:
    assert [a for _who, a in by(statements(extractor, text), words)] == [act]


# --- the speaker's own side in its spokesperson's words ---------------------------------------------------


def test_a_spokespersons_own_government_decides_asks_and_denies(extractor: Extractor) -> None:
    found = statements(extractor, (
        "Press conference by Press Secretary Kenji Mori of the Ministry of Foreign Affairs of Japan\n\n"
        "MR. MORI: Second, the Government of Japan has decided to extend emergency aid of 2 million US dollars "
        "to Laos after the storm.\n\n"
        "QUESTION: What about the sailors?\n\n"
        "MR. MORI: We also continue to ask the authorities in the region to release the sailors. "
        "The Japan Coast Guard did not board any vessel.\n"))
    assert by(found, "decided to extend") == [("Kenji Mori", "promise")]
    assert by(found, "continue to ask") == [("Kenji Mori", "appeal")]
    assert by(found, "did not board") == [("Kenji Mori", "deny")]


def test_an_unnamed_body_in_its_spokespersons_turn_is_the_speakers_own(extractor: Extractor) -> None:
    found = statements(extractor, (
        "Transcript of the press briefing by the spokesperson of the Regional Commission, Lucia Ortega\n\n"
        "SPOKESPERSON ORTEGA: Good afternoon. The Commission calls for the release of the three observers held "
        "near the lake. The Commission has also decided to send a fact-finding team to the lake region next "
        "week.\n\nQUESTION: Will the team go to the border?\n\nSPOKESPERSON ORTEGA: It will go wherever it is "
        "needed.\n"))
    assert by(found, "calls for the release") == [("Lucia Ortega", "appeal")]
    assert by(found, "decided to send") == [("Lucia Ortega", "promise")]


def test_cannot_with_its_not_on_another_word_still_judges(extractor: Extractor) -> None:
    found = statements(extractor, 'Foreign Minister Ilse Brandt met the mediators on Monday. "Kestria cannot once '
                                  'again be the battlefield of others," she told reporters after the meeting.\n')
    assert by(found, "battlefield of others") == [("Ilse Brandt", "comment")]


# --- links -------------------------------------------------------------------------------------------------


def test_who_started_the_fighting_contradicts_the_account_of_an_unprovoked_attack(extractor: Extractor) -> None:
    doc = extract(extractor, "Chile's army said Peruvian troops had opened fire \"without provocation\" on a "
                             "Chilean post near the river. Peru's defence ministry said Chilean troops had started "
                             "the fighting by moving a fence onto Peruvian soil.")
    assert links(doc, "CONTRADICTS") == {(
        "Chilean troops had started the fighting by moving a fence onto Peruvian soil",
        'Peruvian troops had opened fire "without provocation" on a Chilean post near the river')}


def test_a_refusal_to_be_provoked_is_no_account_of_who_fired_first(extractor: Extractor) -> None:
    doc = extract(extractor, "Chile's army said Peruvian troops had opened fire on a Chilean post near the river. "
                             '"We will not be provoked," Peru\'s defence minister, Tomas Varga, said.')
    assert not links(doc, "CONTRADICTS")


def test_rejecting_the_resolution_answers_the_call_it_made(extractor: Extractor) -> None:
    doc = extract(extractor, "The Organization of American States called on Bolivia to withdraw its troops from the "
                             "valley. Bolivia's foreign ministry rejected the resolution as interference in its "
                             "affairs.")
    assert links(doc, "RESPONDS_TO") == {("rejected the resolution as interference in its affairs",
                                          "called on Bolivia to withdraw its troops from the valley")}


# --- briefing turns ----------------------------------------------------------------------------------------


def test_a_moderators_hand_overs_and_headings_are_no_statements(extractor: Extractor) -> None:
    found = statements(extractor, (
        "Transcript of the press briefing by the spokesperson of the Regional Commission, Lucia Ortega\n\n"
        "SPOKESPERSON ORTEGA: I have two items today. First, on the flooded villages. The Commission condemns the "
        "looting of the aid convoy near the lake. The full report is available on the Commission's website. "
        "We will take your questions.\n\n"
        "QUESTION: Will the team go to the border?\n\n"
        "SPOKESPERSON ORTEGA: Thank you, Mr. Reyes. The team will travel to the border on Friday. I will leave it "
        "there. See you next week.\n"))
    assert [text for _who, _act, text in found] == [
        "The Commission condemns the looting of the aid convoy near the lake.",
        "The team will travel to the border on Friday."]


# --- attribution -------------------------------------------------------------------------------------------


def test_a_quote_before_a_spokesman_with_an_abbreviated_rank_is_his(extractor: Extractor) -> None:
    found = statements(extractor, (
        'Chile\'s army said the depots held rockets. "We will not wait for the threat to grow," its spokesman, '
        'Brig. Gen. Ivo Duric, told reporters. "Anyone who rebuilds the arsenal is a target."\n'))
    assert by(found, "wait for the threat") == [("Ivo Duric", "warn")]
    assert by(found, "rebuilds the arsenal") == [("Ivo Duric", "warn")]


def test_he_after_a_quote_of_two_sentences_is_the_envoy_named_before_it(extractor: Extractor) -> None:
    found = statements(extractor, (
        "Tomas Varga had welcomed the release of the fishermen on Sunday.\n\n"
        "Chile's ambassador to the OAS, Luis Paredes, told the council that his country had no wish to escalate. "
        '"We are a small country. Our only weapons are the law and the solidarity of our neighbours," he said.\n'))
    assert [who for who, _act in by(found, "Our only weapons")] == ["Luis Paredes"]


def test_a_quote_in_a_clause_around_she_added_is_hers_and_a_refusal(extractor: Extractor) -> None:
    found = statements(extractor, (
        "Foreign Ministry spokeswoman Ana Vidal spoke on Monday. Lima, she added, would never accept \"any "
        'arrangement rooted in colonial-era treaties that gave Peru nothing."\n'))
    assert by(found, "colonial-era treaties") == [("Ana Vidal", "reject")]


def test_a_boundary_agreed_long_ago_is_no_promise_of_the_parties(extractor: Extractor) -> None:
    found = statements(extractor, (
        "Transcript of the press briefing by the spokesperson of the Regional Commission, Lucia Ortega\n\n"
        "SPOKESPERSON ORTEGA: Good afternoon.\n\nQUESTION: Where was the patrol?\n\n"
        "SPOKESPERSON ORTEGA: The boundary in that part of the lake was agreed by Chile and Peru in 1969, and our "
        "patrol acted on our side of it.\n"))
    assert [(who, act) for who, act, _text in found] == [("Lucia Ortega", "assert")]


def test_a_transcripts_official_denies_for_the_countrys_navy_and_answers_no_colleague(
        extractor: Extractor) -> None:
    doc = extract(extractor, (
        "WEEKLY PRESS BRIEFING\nMinistry of Foreign Affairs of Chile\n\n"
        "SPOKESPERSON ROJAS: Good morning. Director Silva has an update.\n\n"
        "DIRECTOR SILVA: On Friday the Peruvian authorities handed over to our consulate in Tacna twelve Chilean "
        "citizens who had been rescued from a mine.\n\n"
        "QUESTION: Fishermen say a navy ship pushed a boat back out to sea. Can you confirm that?\n\n"
        "SPOKESPERSON ROJAS: The Chilean Navy did not push back any boat. Chile respects its obligations.\n"))
    nodes = {n.id: n for n in doc.nodes}
    acts = {nodes[r.end].properties["text"]: nodes[r.end].properties["act"] for r in doc.relationships
            if r.type == "STATED"}
    assert acts["The Chilean Navy did not push back any boat."] == "deny"
    assert not links(doc, "CONTRADICTS")


def test_a_readout_that_quoted_someone_as_saying_gives_their_words(extractor: Extractor) -> None:
    found = statements(extractor, (
        "Foreign Minister Ana Ruiz spoke with her counterpart. A Chilean readout of the call quoted Ruiz as saying "
        'that the two neighbours should properly handle their differences and not let the border question "define '
        'the relationship".\n'))
    assert by(found, "properly handle their differences") == [("Ana Ruiz", "appeal")]


def test_a_spokesman_after_a_fronted_statement_phrase_speaks(extractor: Extractor) -> None:
    found = statements(extractor, (
        "Chile reinforced the border. In a separate statement posted on Weibo, a spokesman for the Western "
        "Command, Senior Colonel Ivo Duric, said its forces would \"firmly safeguard national sovereignty\", and "
        'warned that Peru would "bear all consequences" of any further incursion.\n'))
    assert by(found, "safeguard national sovereignty") == [("Ivo Duric", "promise")]
    assert by(found, "bear all consequences") == [("Ivo Duric", "warn")]


def test_an_accusation_before_a_charge_denied_is_the_accusers_own(extractor: Extractor) -> None:
    found = statements(extractor, "Lima has since accused Santiago of arming a breakaway faction in the north, "
                                  "a charge Chile denies.\n")
    assert by(found, "accused Santiago") == [("Peruvian government", "criticize")]
    assert by(found, "a charge Chile denies") == [("Chilean government", "deny")]


def test_hoped_to_act_coordinated_with_said_promises(extractor: Extractor) -> None:
    found = statements(extractor, (
        "Ana Ruiz said she planned to travel to Lima next week and hoped to put a draft protocol before the "
        "ministers by early May. Last month Chile freed 20 fishermen, a gesture that officials on both sides had "
        "hoped would ease tensions.\n"))
    assert by(found, "hoped to put a draft protocol") == [("Ana Ruiz", "promise")]
    assert not by(found, "ease tensions")


def test_a_charge_rejected_hours_later_is_a_statement_answering_the_charge(extractor: Extractor) -> None:
    doc = extract(extractor, "Peruvian Foreign Minister Luis Paredes accused Chile of arming the rebels in the "
                             "north. Chile's Foreign Ministry rejected the charge hours later.")
    assert links(doc, "RESPONDS_TO") == {("rejected the charge hours later",
                                          "accused Chile of arming the rebels in the north")}


def test_words_that_follow_the_same_speakers_dated_words_share_their_day(extractor: Extractor) -> None:
    doc = extract(extractor, (
        '"Any attempt to move the line is unacceptable," ministry spokesperson Ana Vidal told reporters in Lima '
        "on Thursday.\n\nVidal said Peruvian troops had responded firmly to the incursion.\n"))
    nodes = {n.id: n for n in doc.nodes}
    dates = {nodes[r.end].properties["text"]: nodes[r.end].properties.get("date") for r in doc.relationships
             if r.type == "STATED"}
    assert dates["Peruvian troops had responded firmly to the incursion"] == "2024-03-14"


def test_it_after_a_report_is_the_reporter_not_who_acts_in_the_report(extractor: Extractor) -> None:
    found = statements(extractor, (
        "The concern was underlined by the UN human rights office, which said Chilean aircraft had killed 22 "
        "civilians in two villages last week. It called for an independent investigation.\n"))
    assert by(found, "independent investigation") == [("OHCHR", "appeal")]  # the office, not the aircraft


def test_the_command_is_the_command_that_spoke_just_before(extractor: Extractor) -> None:
    found = statements(extractor, (
        "US Southern Command said its ships had intercepted two boats. \"The interceptions were lawful,\" the "
        'command said, adding that it had "no indication" of casualties.\n'))
    assert by(found, "no indication") == [("Southern Command", "assert")]


def test_i_welcome_that_answers_what_was_just_told(extractor: Extractor) -> None:
    doc = extract(extractor, "Chile's foreign ministry said it intends to send its own envoy to Lima in July. "
                             '"We will coordinate closely, and I welcome that," the UN special envoy, Ana Vidal, '
                             "said.")
    assert links(doc, "RESPONDS_TO") == {("We will coordinate closely, and I welcome that,",
                                          "it intends to send its own envoy to Lima in July")}


def test_let_me_say_that_in_a_turn_is_a_statement(extractor: Extractor) -> None:
    found = statements(extractor, (
        "Press briefing\n\nCOMMISSIONER ORTEGA: Thank you. Let me also say that we take note of the government's "
        "announcement on Monday of a unilateral cessation of hostilities.\n\nQUESTION: And the talks?\n\n"
        "COMMISSIONER ORTEGA: They go on.\n"))
    assert [who for who, _act in by(found, "we take note")] == ["Ortega"]


def test_a_quote_under_a_verb_the_spokesman_reports_is_the_spokesmans(extractor: Extractor) -> None:
    found = statements(extractor, (
        "A spokesman for the Peruvian Foreign Ministry, Luis Paredes, said Lima welcomed \"the sincere efforts of "
        "brotherly Brazil\" and would respect the truce.\n"))
    assert [who for who, _act in by(found, "brotherly Brazil")] == ["Luis Paredes"]


def test_a_parenthetical_clause_and_a_second_clause_with_its_own_subject(extractor: Extractor) -> None:
    found = statements(extractor, (
        'Water Minister Luis Paredes spoke in Lima. The dam, he told reporters, was "a source of light for the whole '
        'region," and his government was prepared to share data on releases.\n\nEnvoy Ivo Duric spoke in Geneva. '
        'Russia, he said, had "put a fair proposal on the table" and the Ukrainian delegation had walked away from '
        'it.\n'))
    assert by(found, "source of light") == [("Luis Paredes", "comment")]
    assert by(found, "prepared to share data") == [("Luis Paredes", "promise")]
    assert [act for _who, act in by(found, "fair proposal")] == ["assert"]
    assert by(found, "fair proposal") == by(found, "walked away")  # one account


def test_a_visit_announced_with_he_will_hold_talks_promises(extractor: Extractor) -> None:
    found = statements(extractor, (
        "Press conference by the Press Secretary of the Ministry of Foreign Affairs of Japan, Kenji Mori\n\n"
        "MR. MORI: First, Foreign Minister Taro Ishida will visit Chile from June 14 to 16. In Santiago he will hold "
        "talks with Foreign Minister Ana Ruiz, and the two ministers will sign an agreement on fisheries.\n\n"
        "QUESTION: And Peru?\n\nMR. MORI: No plans.\n"))
    assert by(found, "he will hold talks") == [("Kenji Mori", "promise")]


def test_a_bodys_words_relayed_in_a_turn_are_its_own_statement(extractor: Extractor) -> None:
    found = statements(extractor, (
        "WEEKLY PRESS BRIEFING\nMinistry of Foreign Affairs of Chile\n\n"
        "SPOKESPERSON ROJAS: Good morning.\n\nQUESTION: What about the fishing boats?\n\n"
        "SPOKESPERSON ROJAS: The Peruvian Foreign Ministry sent us a protest note on Monday, in which it said the "
        "boats had been fishing in Peruvian waters.\n"))
    assert by(found, "boats had been fishing") == [("Rojas", "assert"), ("Peruvian Foreign Ministry", "assert")]


def test_a_denial_sharing_one_word_with_a_far_claim_answers_nothing(extractor: Extractor) -> None:
    far = " ".join(f"The talks on the {n} chapter went on." for n in ("first", "second", "third", "fourth",
                                                                      "fifth", "sixth", "seventh", "eighth",
                                                                      "ninth", "tenth", "eleventh", "twelfth",
                                                                      "thirteenth"))
    doc = extract(extractor, "Chile's foreign ministry said the boats had been fishing in Chilean waters. " + far
                  + " Peru's defence ministry denied that its navy had pushed back any boat.")
    assert not links(doc, "CONTRADICTS")
