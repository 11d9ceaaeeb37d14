"""Name and role rules of the thirty-sixth session, on short texts of our own with invented people."""

from __future__ import annotations

from test_rules_entities27 import people_of

from dipgraph.loaders.extract import Extractor


def test_a_word_inside_a_tagged_name_that_reads_as_a_verb_stays_in_it(extractor: Extractor) -> None:
    """'Mr. Bakari Said Kombo': the middle name the parser read as the verb 'said' is part of the tagged name; the
    person is one, not two people cut at the verb."""
    people = people_of(extractor, "Pipeline row\n\nKAMPALA - Uganda protested on Monday.\n\nUganda's Ministry of "
                                  "Foreign Affairs said it had handed the high commissioner, Mr. Bakari Said Kombo, "
                                  "a note asking for a full explanation.\n")
    assert "Bakari Said Kombo" in people and "Bakari" not in people, people
