"""Name and role rules of the thirty-sixth session, on short texts of our own with invented people."""

from __future__ import annotations

from test_rules_entities25 import roles_of
from test_rules_entities27 import people_of

from dipgraph.loaders.extract import Extractor


def test_a_word_inside_a_tagged_name_that_reads_as_a_verb_stays_in_it(extractor: Extractor) -> None:
    """'Mr. Bakari Said Kombo': the middle name the parser read as the verb 'said' is part of the tagged name; the
    person is one, not two people cut at the verb."""
    people = people_of(extractor, "Pipeline row\n\nKAMPALA - Uganda protested on Monday.\n\nUganda's Ministry of "
                                  "Foreign Affairs said it had handed the high commissioner, Mr. Bakari Said Kombo, "
                                  "a note asking for a full explanation.\n")
    assert "Bakari Said Kombo" in people and "Bakari" not in people, people


def test_a_minister_of_a_portfolio_no_list_has_serves_its_ministry(extractor: Extractor) -> None:
    """'Minister of Water Resources X': the sets give such ministers their ministry (131 of 143 'Minister of/for'
    roles), named by the portfolio, not the government; not a deputy prime minister's brief, nor a country after
    'of'."""
    roles = roles_of(extractor, "Fuel row\n\nDAKAR - Senegal suspended fuel trucks on Monday.\n\nMinister of Water "
                                "Resources Awa Diallo said the wells would be shared.\n\nDeputy Prime Minister for "
                                "Reintegration Ion Rusu said talks would resume.\n")
    assert ("Awa Diallo", "Minister of Water Resources", "Senegalese Water Resources Ministry") in roles, roles
    assert ("Ion Rusu", "Deputy Prime Minister for Reintegration", "Senegalese government") in roles, roles



def test_a_portfolio_of_two_parts_no_list_has_does_not_hide_the_name_after_it(extractor: Extractor) -> None:
    """'Minister of Interior and Migration Maria Lopez': the portfolio's words run up to a known first name, and
    the name after them is the minister's."""
    people = people_of(extractor, "Migrants row\n\nTUNIS - Talks stalled on Monday.\n\nMinister of Interior and "
                                  "Migration Maria Lopez said she would travel to Rome.\n")
    assert "Maria Lopez" in people, people
