"""Statement rules, third set: transcript labels of every shape, readouts, accusations and denials told in
passing, speech acts and links; on short texts of our own about invented officials."""

from __future__ import annotations

import pytest
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
