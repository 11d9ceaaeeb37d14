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
