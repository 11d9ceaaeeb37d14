"""Statement rules of the thirtieth session, on short texts of our own with invented people."""

from __future__ import annotations

import pytest

from dipgraph.loaders.extract import Extractor


def statements(extractor: Extractor, text: str) -> list[tuple[str, str, str]]:
    """(speaker names, act, text) of every statement extracted from a text."""
    doc = extractor.extract(text, date="2026-03-12")
    nodes = {n.id: n for n in doc.nodes}
    return [(", ".join(sorted(nodes[r.start].properties["name"] for r in doc.relationships
                              if r.type == "STATED" and r.end == n.id)), n.properties["act"], n.properties["text"])
            for n in doc.nodes if n.label == "Statement"]


@pytest.mark.parametrize("body, first, then", [
    ("Amnesty International urged Cameroon to guarantee a fair public trial before a civilian court and called on "
     "Nigeria to halt any further extraditions of asylum seekers.",
     "urged Cameroon to guarantee a fair public trial before a civilian court",
     "called on Nigeria to halt any further extraditions of asylum seekers"),
    ("The UN refugee agency UNHCR said it was deeply concerned by reports of children being returned and called on "
     "both countries to give them access to asylum procedures.",
     "it was deeply concerned by reports of children being returned",
     "called on both countries to give them access to asylum procedures"),
])
def test_a_second_act_hung_inside_the_first_is_told_apart(extractor: Extractor, body: str, first: str,
                                                         then: str) -> None:
    """'urged X to guarantee a trial and called on Y to ...', 'said it was concerned by reports of children being
    returned and called on ...': the parser joins the second reporting verb to a participle or an infinitive inside
    the first one's words, but it is the speaker's next act, a statement of its own."""
    found = statements(extractor, "Asylum row\n\nYAOUNDÉ — Rights groups protested over deportations.\n\n" + body)
    texts = {t for _, _, t in found}
    assert first in texts and then in texts, found
    assert [a for _, a, t in found if t == then] == ["appeal"], found


def test_two_clauses_of_one_verb_stay_one_account(extractor: Extractor) -> None:
    """Guards a case next to the change: 'said the boats had left and that the crews were safe' joins two
    clauses of one 'said', not a second act."""
    found = statements(extractor, "Boats row\n\nYAOUNDÉ — Cameroon spoke on the boats.\n\n"
                                  "The Cameroonian Navy said the boats had left and that the crews were safe.")
    assert len([t for s, _, t in found if s == "Cameroonian Navy"]) == 1, found


def test_a_turn_label_may_hold_a_bracketed_part_of_an_office(extractor: Extractor) -> None:
    """'SECRETARY (EAST) ANJALI MEHRA:' opens a turn of her own: a ministry that names its offices by region writes
    the region in brackets inside the label, and her words are not the spokesperson's before her."""
    text = ("Ministry of External Affairs\nTranscript of Weekly Media Briefing by the Official Spokesperson\n"
            "New Delhi, March 12, 2026\n\n"
            "OFFICIAL SPOKESPERSON VIKRAM SETHI: Good afternoon. We are joined by Secretary (East), Ms. Anjali "
            "Mehra.\n\n"
            "SECRETARY (EAST) ANJALI MEHRA: Thank you. We received a note verbale from the Nepali Embassy last "
            "week. No decision has been taken on the request.\n\n"
            "QUESTION: Will India reply?\n\n"
            "JOINT SECRETARY (AMERICAS) ROHIT DAS: We will reply in due course.\n")
    found = statements(extractor, text)
    # (a step still to come said not taken asserts, since the thirty-sixth session: tests/test_rules_statements14.py)
    assert ("Anjali Mehra", "assert", "No decision has been taken on the request.") in found, found
    assert any(s.endswith("Das") and t == "We will reply in due course." for s, _, t in found), found
    assert not any(s == "Vikram Sethi" and "note verbale" in t for s, _, t in found), found
