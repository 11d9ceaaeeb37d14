"""People, institutions, roles and speakers: rules learnt from the opened sets fresh32-43, each on short invented
sentences about other places and people (not from any sample or dev article)."""

from __future__ import annotations

import pytest

from dipgraph.loaders.extract import Extractor


def _speaker_of(extractor: Extractor, body: str, words: str) -> list[str]:
    doc = extractor.extract("Headline\n\n" + body, date="2026-10-21", path="speakers.txt")
    nodes = {n.id: n for n in doc.nodes}
    return [nodes[r.start].properties["name"] for r in doc.relationships
            if r.type == "STATED" and words in nodes[r.end].properties["text"]]


@pytest.mark.parametrize(("name", "surname", "pronoun"), [("Tane Marsters", "Marsters", "he"),
                                                          ("Ana Rivers", "Rivers", "she")])
def test_a_surname_the_tagger_took_for_a_noun_is_still_the_person(extractor: Extractor, name: str, surname: str,
                                                                   pronoun: str) -> None:
    body = (f"Foreign Minister Hemi Walker said the funding would be restored once Rarotonga shared the texts. He "
            f"said he had spoken by phone with Prime Minister {name} on Friday to convey his disappointment.\n\n"
            f"{surname} hit back within hours.\n\n"
            f"\"This agreement is about research, ports and jobs for our people,\" {pronoun} told reporters.")
    assert _speaker_of(extractor, body, "research, ports and jobs") == [name]


def test_a_turn_labelled_with_a_middle_name_is_the_person_the_header_names_in_full(extractor: Extractor) -> None:
    text = ("KENYA MEDIA CENTRE\nJOINT PRESS CONFERENCE ON OPERATION LINDA\nMinister of Defence Grace Wanjiru, and "
            "SNA Deputy Chief of Staff Lieutenant General Abdi Hassan Farah\nNairobi, April 8, 2026\n\n"
            "MINISTER WANJIRU: Good morning. I am pleased to have with us General Hassan.\n\n"
            "LT. GEN. HASSAN: Thank you. The militants are not an army.\n\n"
            "QUESTION: Is that true?\n\nLT. GEN. HASSAN: That is false.")
    doc = extractor.extract(text, date="2026-04-08", path="briefing.txt")
    nodes = {n.id: n for n in doc.nodes}
    said = {(nodes[r.start].properties["name"], nodes[r.end].properties["text"]) for r in doc.relationships
            if r.type == "STATED"}
    assert ("Abdi Hassan Farah", "That is false.") in said
    assert sorted(n.properties["name"] for n in doc.nodes if n.label == "Person") == ["Abdi Hassan Farah",
                                                                                       "Grace Wanjiru"]
