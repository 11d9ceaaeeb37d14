"""People, institutions, roles and speakers: rules learnt from the opened sets fresh44-55, each on short invented
sentences about other places and people (not from any sample or dev article)."""

from __future__ import annotations

import pytest

from dipgraph.loaders.extract import Extractor
from tests.test_rules_entities10 import _speaker_of


@pytest.mark.parametrize(("body", "name"), [
    ("Minister of Reconciliation Park Min-soo said on Monday that the talks would resume.", "Park Min-soo"),
    ("Opposition MP Kofi Boateng-Asare accused the army of crossing the border.", "Kofi Boateng-Asare"),
])
def test_a_portfolio_or_a_short_title_before_a_name_is_no_part_of_it(extractor: Extractor, body: str,
                                                                      name: str) -> None:
    words = "talks would resume" if "talks" in body else "crossing the border"
    assert _speaker_of(extractor, body, words) == [name]


def test_a_transcript_label_with_a_hyphened_office_and_an_accented_capital_opens_a_turn(
        extractor: Extractor) -> None:
    text = ("MINISTRY OF FOREIGN AFFAIRS\nREGULAR PRESS BRIEFING\nTuesday, 10 February 2026\n\n"
            "Briefers: Ana Kovač, Spokesperson; Željko Đurić, Director-General for Neighbourhood Policy\n\n"
            "SPOKESPERSON KOVAČ: Good afternoon. We consider the expulsion unjustified.\n\n"
            "DIRECTOR-GENERAL ĐURIĆ: Thank you. We propose that our foreign ministers meet without conditions.\n")
    doc = extractor.extract(text, path="briefing.txt")
    nodes = {n.id: n for n in doc.nodes}
    said = {nodes[r.end].properties["text"]: nodes[r.start].properties["name"] for r in doc.relationships
            if r.type == "STATED"}
    assert [who for text, who in said.items() if "foreign ministers meet" in text] == ["Željko Đurić"]
    assert [who for text, who in said.items() if "unjustified" in text] == ["Ana Kovač"]
