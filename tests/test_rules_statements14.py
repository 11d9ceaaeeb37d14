"""Statement rules of the thirty-sixth session, on short texts of our own with invented people."""

from __future__ import annotations

from test_rules_statements13 import acts

from dipgraph.loaders.extract import Extractor


def test_a_party_said_to_be_ready_to_act_promises_unless_it_is_known_to_be_another_side(
        extractor: Extractor) -> None:
    """'said the Forum was ready to help', 'said Russia was ready to mediate': readiness told by a speaker whose own
    side the text does not tie to the party is an offer (promise), as the sets code 'ready to' (76 of 93); a speaker
    of a known side telling another side's readiness asserts it."""
    found = acts(extractor, "Sea row\n\nSUVA - Talks stalled on Monday.\n\nMere Tuilagi, who chairs the talks, "
                            "said the Forum was ready to help both countries find a peaceful settlement.\n\nJapanese "
                            "Foreign Minister Taro Sato said China was ready to resume talks.\n")
    assert found.get("the Forum was ready to help both countries find a peaceful settlement") == "promise", found
    assert found.get("China was ready to resume talks") == "assert", found
