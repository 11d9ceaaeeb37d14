"""Statement rules (attribution and speech acts) on short texts of our own, with invented officials."""

from __future__ import annotations

import pytest

from dipgraph.graph.document import GraphDocument
from dipgraph.loaders.extract import Extractor

DATE = "2024-03-20"  # a Wednesday


def statements(extractor: Extractor, body: str) -> list[tuple[str, str, str]]:
    """(speaker, act, text) of every statement extracted from a short article with a headline."""
    doc: GraphDocument = extractor.extract("Border talks\n\n" + body, date=DATE)
    nodes = {n.id: n for n in doc.nodes}
    return [(nodes[r.start].properties["name"], nodes[r.end].properties["act"], nodes[r.end].properties["text"])
            for r in doc.relationships if r.type == "STATED"]


def by(found: list[tuple[str, str, str]], words: str) -> list[tuple[str, str]]:
    """Speaker and act of the statements whose text has these words."""
    return [(who, act) for who, act, text in found if words in text]


# --- attribution -------------------------------------------------------------------------------------

@pytest.mark.parametrize("second", [
    "Urging restraint, the ministry said it had summoned the envoy.",
    "Demanding an apology, warning of consequences, the ministry said it would act.",
    "The envoy would return on Friday and urged calm, the ministry said.",
])
def test_the_body_that_spoke_just_before_is_found_without_coming_back_to_the_verb(
        extractor: Extractor, second: str) -> None:
    """'the ministry said' looks for the ministry that spoke just before, and the verb before it in the sentence
    looks for its speaker in 'said': the search came back to where it started, without end (a RecursionError)."""
    found = statements(extractor, "The Foreign Ministry said on Monday that talks would resume. " + second)
    assert found and {who for who, _, _ in found} == {"Foreign Ministry"}



def test_a_quote_never_takes_the_next_paragraphs_speaker(extractor: Extractor) -> None:
    found = statements(extractor, (
        "“The guns must fall silent,” the mediator, Anna Lindqvist, told reporters on Monday. "
        "“Both armies know what is at stake.”\n\n"
        "Defence Minister Pavel Orlov said the army would hold its positions in the valley.\n"))
    assert by(found, "Both armies know") == [("Anna Lindqvist", "assert")]


def test_a_quote_after_a_paragraph_ending_in_a_colon_takes_its_speaker(extractor: Extractor) -> None:
    found = statements(extractor, (
        "Foreign Minister Tomas Berg told parliament on Monday:\n\n"
        "“We will not accept a partition of the island.”\n\n"
        "Interior Minister Carlos Mendes said the border would stay closed.\n"))
    assert [who for who, _ in by(found, "partition of the island")] == ["Tomas Berg"]


def test_a_quote_after_a_reported_sentence_takes_its_speaker(extractor: Extractor) -> None:
    found = statements(extractor, (
        "Foreign Minister Tomas Berg said the delegations had narrowed their differences. "
        "“We are close to a text that both capitals can sign.”\n\n"
        "Interior Minister Carlos Mendes said the border would stay closed.\n"))
    assert [who for who, _ in by(found, "close to a text")] == ["Tomas Berg"]


def test_a_parenthetical_speaker_states_the_clause_around_it(extractor: Extractor) -> None:
    found = statements(extractor, (
        "Foreign Minister Tomas Berg met the envoy in Oslo. The blockade, he said, had cost the region "
        "two harvests.\n\n"
        "Any new checkpoint, the ministry said, would require the approval of parliament.\n"))
    assert ("Tomas Berg", "assert") in by(found, "The blockade")
    assert any("two harvests" in text and "blockade" in text for _, _, text in found)


def test_a_parenthetical_after_the_clause_ends_the_statement(extractor: Extractor) -> None:
    found = statements(extractor, (
        "Berg and Mendes spoke by phone on Tuesday evening, the Norwegian Foreign Ministry said, "
        "and agreed to meet in Geneva.\n"))
    texts = [text for who, _, text in found if who == "Norwegian Foreign Ministry"]
    assert texts == ["Berg and Mendes spoke by phone on Tuesday evening"]


def test_a_reported_clause_keeps_its_embedded_quote(extractor: Extractor) -> None:
    found = statements(extractor, (
        "Interior Minister Carlos Mendes said the rebels had “never respected a truce” in the northern "
        "provinces.\n"))
    assert by(found, "the rebels had") == [("Carlos Mendes", "deny")]
    assert not [text for _, _, text in found if text.startswith("never respected")]


def test_officials_on_both_sides_speak_for_each_side(extractor: Extractor) -> None:
    found = statements(extractor, (
        "Armenia and Azerbaijan reopened a mountain road on Monday, officials on both sides said.\n"))
    assert {who for who, _ in by(found, "reopened a mountain road")} == {"Armenian government",
                                                                          "Azerbaijani government"}


def test_a_participle_inherits_the_speaker_of_its_sentence(extractor: Extractor) -> None:
    found = statements(extractor, (
        "The Indian Navy went further, warning in a statement that it would board any vessel in its "
        "waters.\n"))
    assert by(found, "board any vessel") == [("Indian Navy", "threaten")]  # its own act: a threat


def test_he_is_the_last_person_subject_of_the_sentence_before(extractor: Extractor) -> None:
    found = statements(extractor, (
        "Defence Minister Pavel Orlov said the army would hold its positions.\n\n"
        "The rebels rejected the plan. Their chief negotiator, Carlos Ruiz, called the offer “a trap for our "
        "fighters.” He said the movement remained open to a ceasefire.\n"))
    assert [who for who, _ in by(found, "remained open")] == ["Carlos Ruiz"]


def test_he_after_a_paragraph_break_is_the_subject_of_the_paragraph_before(extractor: Extractor) -> None:
    found = statements(extractor, (
        "Foreign Minister Tomas Berg said the talks had been useful.\n\n"
        "The rebels' negotiator, Carlos Ruiz, told reporters the group would not disarm.\n\n"
        "“Our position has not changed,” he said.\n"))
    assert [who for who, _ in by(found, "Our position")] == ["Carlos Ruiz"]
    assert by(found, "would not disarm") == [("Carlos Ruiz", "reject")]  # a refusal, not a denial


def test_it_is_the_institution_that_is_subject_in_its_sentence(extractor: Extractor) -> None:
    found = statements(extractor, (
        "The Norwegian Foreign Ministry said a Swedish diplomat had met the rebels in a region "
        "which it called “a lawless zone.”\n"))
    assert [who for who, _ in by(found, "lawless zone")] == ["Norwegian Foreign Ministry"]


def test_a_finite_verb_parsed_as_a_modifier_keeps_its_subject(extractor: Extractor) -> None:
    found = statements(extractor, (
        "The United Nations welcomed the release. Its spokeswoman, Anna Lindqvist, called on both sides to give "
        "aid workers access to every detention centre.\n"))
    assert by(found, "called on both sides") == [("Anna Lindqvist", "appeal")]


def test_a_quote_that_opens_on_the_speakers_verb(extractor: Extractor) -> None:
    found = statements(extractor, (
        "Foreign Minister Tomas Berg met his Danish counterpart on Monday, the ministry said. Berg “stressed that "
        "the treaty covers every island in the archipelago,” according to a summary of the meeting.\n"))
    assert [who for who, _ in by(found, "the treaty covers")] == ["Tomas Berg"]


def test_a_stance_and_a_commitment_are_two_statements(extractor: Extractor) -> None:
    found = statements(extractor, (
        "The Norwegian Foreign Ministry said on Monday that it supported the mediation and would “sanction anyone "
        "who blocks the convoys.”\n"))
    assert by(found, "it supported the mediation") == [("Norwegian Foreign Ministry", "welcome")]
    assert by(found, "sanction anyone") == [("Norwegian Foreign Ministry", "threaten")]  # its own coercive plan


@pytest.mark.parametrize(("body", "words", "speaker"), [
    ("Cairo, accused by Ethiopia of arming the rebels, sent observers to the talks.\n", "arming the rebels",
     "Ethiopian government"),
    ("The talks broke down after a bombing that the Colombian government blamed on the rebels.\n", "blamed on",
     "Colombian government"),
])
def test_accusations_in_relative_and_passive_clauses(extractor: Extractor, body: str, words: str,
                                                     speaker: str) -> None:
    assert by(statements(extractor, body), words) == [(speaker, "criticize")]


def test_a_quote_opening_on_a_reported_verb_is_the_reporters(extractor: Extractor) -> None:
    found = statements(extractor, (
        "Foreign ministry spokesperson Leyla Aliyeva wrote on social media that Baku “expects concrete steps, "
        "not words.”\n"))
    assert [who for who, _ in by(found, "concrete steps")] == ["Leyla Aliyeva"]


# --- what is not a statement ---------------------------------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "The Norwegian Foreign Ministry did not say whether a new round was planned.",
    "President Joe Biden called on Tuesday to discuss the crisis with Chancellor Olaf Scholz.",
    "Delegations from Chile and Peru met in Lima but failed to agree on a fishing quota.",
])
def test_negated_or_failed_reporting_is_no_statement(extractor: Extractor, sentence: str) -> None:
    assert statements(extractor, sentence + "\n") == []


TRANSCRIPT = """Department Press Briefing

MR. HALVORSEN: Good afternoon. I have two things at the top. Joining us today is Anna Lindqvist, our envoy. \
We encourage both governments to return to the table without delay. If the shelling continues, the militia \
will pay the price for it.

QUESTION: The militia says the ship carried weapons. Is that right?

MR. HALVORSEN: It's false. I did not meet their envoy in Doha. Our navy did not fire on the ship. Let's go to \
other topics.

QUESTION: The rebels announced a blockade of the port. Will you respond?

MR. HALVORSEN: There is no blockade of the port. There is a ship in the harbour. What I can say is that the \
minister believes a deal is close, and that we are ready to host both delegations in Oslo.

QUESTION: Thank you.

MR. HALVORSEN: Thanks, everybody.

(The briefing was concluded at 2:10 p.m.)
"""


def test_transcript_turns_keep_acts_and_leave_out_procedure(extractor: Extractor) -> None:
    doc = extractor.extract(TRANSCRIPT, date=DATE)
    nodes = {n.id: n for n in doc.nodes}
    found = {nodes[r.end].properties["text"]: nodes[r.end].properties["act"]
             for r in doc.relationships if r.type == "STATED"}
    assert found.get("We encourage both governments to return to the table without delay.") == "appeal"
    assert found.get("If the shelling continues, the militia will pay the price for it.") == "warn"
    assert found.get("It's false.") == "deny"
    assert found.get("I did not meet their envoy in Doha.") == "deny"
    assert found.get("Our navy did not fire on the ship.") == "deny"
    assert found.get("There is no blockade of the port.") == "deny"  # the answer denies what was asked about
    assert found.get("There is a ship in the harbour.") == "assert"
    assert found.get("What I can say is that the minister believes a deal is close") == "comment"
    assert found.get("we are ready to host both delegations in Oslo.") == "promise"
    for procedural in ("I have two things at the top.", "Joining us today is Anna Lindqvist, our envoy.",
                       "Let's go to other topics.", "Thanks, everybody.",
                       "(The briefing was concluded at 2:10 p.m.)"):
        assert procedural not in found


# --- acts ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("body", "words", "act"), [
    ("Foreign Minister Tomas Berg thanked Qatar for its mediation.\n", "thanked Qatar", "welcome"),
    ("UN envoy Anna Lindqvist called on both armies to open a corridor for the wounded.\n", "called on", "appeal"),
    ("Defence Minister Pavel Orlov said the army would “hold accountable anyone who fires on civilians.”\n",
     "hold accountable", "threaten"),  # the speaker's own army will act: a threat
    ("Kenyan Foreign Minister Amos Wekesa said Nairobi was ready to host a new round of talks.\n", "ready to host",
     "promise"),
    ("The rebel commander, Ivo Salas, called the decision “irresponsible and illegal.”\n", "irresponsible",
     "criticize"),
    ("Defence Minister Pavel Orlov said the report was a distortion of the facts.\n", "distortion", "deny"),
    ("Norwegian Defence Minister Pavel Orlov said Norway would send two more mine hunters to the Baltic.\n",
     "send two more", "promise"),
    ("UN envoy Anna Lindqvist said she hoped to present a written plan to both delegations.\n", "present a written",
     "promise"),
    ("Foreign Minister Tomas Berg said: “Our negotiators will return to Geneva next week.”\n", "return to Geneva",
     "promise"),
    ("The Norwegian Foreign Ministry said its envoy had conveyed to the ambassador “the strongest protest” of "
     "the government.\n", "conveyed", "criticize"),
    ("Defence Minister Pavel Orlov accused the rebels of shelling the market. “They fire at the town every "
     "night,” he told reporters.\n", "fire at the town", "criticize"),
    ("UN envoy Anna Lindqvist told reporters: “Nobody should confuse this pause with peace.”\n", "Nobody should",
     "comment"),
    ("Foreign Minister Tomas Berg arrived in Oslo. \"The talks are over.\" he said.\n", "talks are over",
     "assert"),
    ("Foreign Minister Tomas Berg met the envoy. Berg “expressed full support for the agreement,” according to a "
     "statement.\n", "full support", "welcome"),
    ("The Organization of American States condemned what it called “threats against a sovereign state.”\n",
     "threats against", "criticize"),
    ("Guyana's President Daniel Persaud said his government would respect the ruling.\n", "respect the ruling",
     "promise"),
    ("Israeli Energy Minister Yossi Katz said Israel was prepared to be flexible.\n", "prepared to be", "promise"),
    ("Interior Minister Carlos Mendes of Colombia said the rebels were ready to talk.\n", "ready to talk", "assert"),
    ("Israeli Energy Minister Yossi Katz told reporters: “This is good news for both peoples.”\n", "good news",
     "welcome"),
    ("Foreign Minister Tomas Berg told parliament: “There will be no talks until the shelling stops.”\n",
     "no talks until", "reject"),
    ("Foreign Minister Tomas Berg told parliament: “There can be no military solution.”\n", "military solution",
     "assert"),
])
def test_act_cues_and_verbs(extractor: Extractor, body: str, words: str, act: str) -> None:
    assert [a for _, a in by(statements(extractor, body), words)] == [act]
