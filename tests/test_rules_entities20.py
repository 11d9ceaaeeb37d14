"""Names: rules of the twenty-seventh session, on short texts of our own."""

from __future__ import annotations

from test_rules_speech import by, statements

from dipgraph.loaders.extract import Extractor

FULL = "Ghana's foreign minister, Kwabena Asante-Mensah, said the border would stay closed.\n\n"


def test_a_hyphenated_surname_alone_is_the_person_named_in_full(extractor: Extractor) -> None:
    """'Asante-Mensah said', after 'Kwabena Asante-Mensah': the surname the tokenizer splits in three is his."""
    found = statements(extractor, FULL + "On Tuesday Asante-Mensah said talks would resume.")
    assert by(found, "talks would resume") == [("Kwabena Asante-Mensah", "assert")], found


def test_a_plain_surname_still_names_its_own_person(extractor: Extractor) -> None:
    """Guards a case next to the change: 'Mensah said' is Kofi Mensah, not the Asante-Mensah named after him."""
    found = statements(extractor, "Togo's foreign minister, Kofi Mensah, met Ghanaian officials on Monday.\n\n"
                                  + FULL + "On Wednesday Mensah said the talks had been useful.")
    assert by(found, "the talks had been useful") == [("Kofi Mensah", "assert")], found
