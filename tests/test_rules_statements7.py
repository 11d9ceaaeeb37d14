"""Statement rules, seventh set: mechanisms learnt from the blind sets fresh14-16 (who a sentence of an
official's turn is by, ...); on short texts of our own about invented officials and conflicts."""

from __future__ import annotations

from dipgraph.graph.document import GraphDocument
from dipgraph.loaders.extract import Extractor


def stated(doc: GraphDocument, words: str) -> list[tuple[str, str]]:
    """(speaker, act) of every statement whose text holds the words."""
    nodes = {n.id: n for n in doc.nodes}
    return sorted((nodes[r.start].properties["name"], nodes[r.end].properties["act"]) for r in doc.relationships
                  if r.type == "STATED" and words in nodes[r.end].properties["text"])


def briefing(turn: str) -> str:
    """A short transcript: the spokesperson's turn, a question and a second turn."""
    return ("Press briefing by the Norland Ministry of Foreign Affairs\n\n" f"SPOKESPERSON ANDERSEN: {turn}\n\n"
            "QUESTION: Will the minister travel to Kestria?\n\n"
            "SPOKESPERSON ANDERSEN: We condemn the shelling of the border villages.\n")


# --- in an official's turn, a third party's deed told with a noun is the official's account ------------------


def test_a_deed_told_in_a_turn_is_the_officials_and_words_reported_are_the_others(extractor: Extractor) -> None:
    doc = extractor.extract(
        briefing("Foreign Minister Ilse Brandt met the Kestrian envoy on Monday. "
        "The envoy rejected our protest about the shelling. The Kestrian Foreign Minister, Paul Varga, has also "
        "promised funding for the repair of the bridge. Minister Brandt told him that Norland will not accept "
        "any change to the border."), date="2026-03-04")
    assert [who for who, _act in stated(doc, "rejected our protest")] == ["Andersen"]
    assert [who for who, _act in stated(doc, "promised funding")] == ["Andersen"]
    assert [who for who, _act in stated(doc, "will not accept")] == ["Ilse Brandt"]


# --- an agreement told in a turn: a promise of each person or named state, none of "both sides" ---------------


def test_an_agreement_in_a_turn_is_a_promise_of_persons_and_named_states(extractor: Extractor) -> None:
    doc = extractor.extract(
        briefing("Foreign Minister Ilse Brandt met her Kestrian counterpart, Paul Varga, in Vienna on Monday. The two "
                 "ministers agreed to hold the next round of talks in Oslo in May. Peru and Ecuador agreed last year "
                 "to reopen the crossing at Tarn. Our President raised the fishing dispute in Lima in March, and both "
                 "sides agreed that the quota would stay."), date="2026-03-04")
    assert [who for who, _act in stated(doc, "next round of talks")] == ["Andersen", "Ilse Brandt", "Paul Varga"]
    assert [who for who, _act in stated(doc, "reopen the crossing")] == ["Andersen", "Ecuadorian government",
                                                                       "Peruvian government"]
    assert [who for who, _act in stated(doc, "quota would stay")] == ["Andersen"]


# --- a reporting verb the parser left without a subject: the name right before it speaks ---------------------


def test_the_name_before_a_subjectless_reporting_verb_speaks(extractor: Extractor) -> None:
    doc = extractor.extract(
        "Norland rejects Kestrian claim over fishing grounds\n\nOSLO, March 4 (Wire) - Norland rejected the claim "
        "within hours. Foreign Ministry spokeswoman Ingrid Solberg, asked about the protest at a daily briefing, said "
        "the fishing grounds were Norland's sovereign waters and that patrols by the Norland Coast Guard were \"a "
        "lawful exercise of our rights in our own waters.\"\n", date="2026-03-04")
    assert [who for who, _act in stated(doc, "fishing grounds were Norland's")] == ["Ingrid Solberg"]


# --- 'she said' after a paragraph: a closing quote mark parsed as a sentence of its own is passed over --------


def test_a_pronoun_looks_past_a_lone_closing_quote_mark(extractor: Extractor) -> None:
    doc = extractor.extract(
        "Beijing rejects Manila protest over reef\n\nBEIJING, March 4 (Wire) - China rejected the protest within "
        "hours. Foreign Ministry spokeswoman Liu Mei, asked about the protest at a daily briefing, said Huangyan Yu "
        "and the reefs around it were Chinese territory and that patrols by the China Coast Guard were \"a lawful "
        "exercise of our rights.\"\n\n\"It is the Philippine vessel that entered our waters illegally. Manila has no "
        "right to lecture us,\" she said, adding that China had lodged a protest with Manila.\n", date="2026-03-04")
    assert [who for who, _act in stated(doc, "Philippine vessel")] == ["Liu Mei"]
    assert [who for who, _act in stated(doc, "lodged a protest")] == ["Liu Mei"]


# --- links: a rejected protest answers it; only a rejection's reasons answer with it ---------------------------


def links(doc: GraphDocument, kind: str) -> set[tuple[str, str]]:
    """(text, text) of every link of one kind between statements."""
    nodes = {n.id: n for n in doc.nodes}
    return {(nodes[r.start].properties["text"], nodes[r.end].properties["text"]) for r in doc.relationships
            if r.type == kind and nodes[r.end].label == "Statement"}


LINKED = ("Finland protests over border shooting\n\nHELSINKI, March 4 (Wire) - Finland's Foreign Ministry said it had "
          "conveyed a strong protest to Estonia over the shooting of two farmers. Estonian Foreign Minister Paul Varga "
          "rejected the protest as one-sided.\n\nFinland's Foreign Minister Ilse Brandt offered to send a delegation "
          "to Estonia next week. Estonian Foreign Minister Paul Varga welcomed the offer and urged both sides to keep "
          "the hotline open.\n")


def test_rejecting_a_protest_answers_the_protest(extractor: Extractor) -> None:
    found = links(extractor.extract(LINKED, date="2026-03-04"), "RESPONDS_TO")
    assert any(a.startswith("rejected the protest") and "conveyed a strong protest" in b for a, b in found)


def test_a_bid_after_a_welcome_answers_nothing(extractor: Extractor) -> None:
    answers = {a for a, _b in links(extractor.extract(LINKED, date="2026-03-04"), "RESPONDS_TO")}
    assert any(a.startswith("welcomed the offer") for a in answers)
    assert not any("hotline" in a for a in answers)


# --- a claim of sovereignty over a place is told as fact, whatever judgement follows it ------------------------


def test_a_place_said_to_be_a_countrys_territory_is_asserted(extractor: Extractor) -> None:
    doc = extractor.extract(
        "Islands dispute flares\n\nLIMA, March 4 (Wire) - \"San Lorenzo is Peruvian territory, and there is no room "
        "for doubt about that,\" Foreign Minister Rosa Quispe told reporters.\n\n\"The Hormiga Islets are an inherent "
        "part of Peru's territory,\" Quispe said.\n\nChilean Foreign Minister Ana Soto said the Hormiga Islets were "
        "an inherent part of Chile's territory.\n", date="2026-03-04")
    assert stated(doc, "San Lorenzo is") == [("Rosa Quispe", "assert")]
    assert stated(doc, "part of Peru's territory") == [("Rosa Quispe", "assert")]
    assert stated(doc, "part of Chile's territory") == [("Ana Soto", "assert")]



# --- what another did told in the past ('expressed his thanks', 'explained our position') is a fact told -------


def test_another_expressing_or_explaining_in_the_past_is_a_fact_told(extractor: Extractor) -> None:
    doc = extractor.extract(briefing(
        "Foreign Minister Ilse Brandt met the Kestrian envoy on Monday. Minister Brandt expressed her thanks for the "
        "release of the fishermen. She explained the position of the Government clearly and respectfully."),
        date="2026-03-04")
    assert stated(doc, "expressed her thanks") == [("Andersen", "assert")]
    assert stated(doc, "explained the position") == [("Andersen", "assert")]
