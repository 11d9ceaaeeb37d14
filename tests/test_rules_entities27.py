"""Role rules of the thirty-fifth session, on short texts of our own with invented people."""

from __future__ import annotations

from test_rules_entities25 import roles_of

from dipgraph.loaders.extract import Extractor


def test_an_ambassador_summoned_by_one_side_is_the_other_sides(extractor: Extractor) -> None:
    """'The Togolese Foreign Ministry said it had summoned Ambassador X', datelined in Ghana's capital: the envoy is
    Ghana's, the side that did not summon him, not the side other than the dateline's."""
    roles = roles_of(extractor, "Border row\n\nACCRA - Togo summoned Ghana's ambassador on Thursday over the "
                                "closure of a border post.\n\nGhanaian Foreign Minister Ama Owusu said the closure was "
                                "temporary.\n\nThe Togolese Foreign Ministry said it had summoned Ambassador Kofi "
                                "Asante to convey its deep disappointment.\n")
    assert ("Kofi Asante", "Ambassador", "Ghanaian government") in roles, roles


def people_of(extractor: Extractor, text: str) -> set[str]:
    """The names of the people of a text."""
    return {n.properties["name"] for n in extractor.extract(text, date="2025-11-06").nodes if n.label == "Person"}


def test_a_first_name_that_reads_as_a_common_word_opens_a_name_after_a_title(extractor: Extractor) -> None:
    """'Defence Minister Line X', 'Lieutenant Commander Even X', 'our ambassador in Y, Per X': first names that
    are also a place word, an adverb and a preposition, kept in the name."""
    people = people_of(extractor, "Frigate row\n\nOSLO - Norway protested on Thursday.\n\nDefence Minister Line "
                                  "Haugen said the navy was sending a frigate.\n\nThe trawler was released, a coast "
                                  "guard spokesman, Lieutenant Commander Even Solberg, said.\n\n\"We recalled our "
                                  "ambassador in Moscow, Per Lindahl, for consultations,\" the minister said.\n")
    assert {"Line Haugen", "Even Solberg", "Per Lindahl"} <= people, people


def test_a_family_name_that_reads_as_a_verb_opens_a_name_after_a_title(extractor: Extractor) -> None:
    """'spokeswoman Do Thi X' (a Vietnamese family name the parser read as a verb), before a name the tagger
    found: the full name, not the two words after it."""
    people = people_of(extractor, "Dam row\n\nHANOI - Vietnam protested on Tuesday.\n\nIn Hanoi, Foreign Ministry "
                                  "spokeswoman Do Thi Huong told a regular news briefing on Tuesday that the team had "
                                  "followed the maps.\n")
    assert "Do Thi Huong" in people, people



def test_a_turns_surname_with_a_particle_is_found_in_the_header(extractor: Extractor) -> None:
    """'MINISTER AL-SHAMI:' labels the turns of 'Jordanian Interior Minister Omar al-Shami' named in the header: the
    full name as written there, with the title and country before it."""
    roles = roles_of(extractor, "Joint press conference of Iraqi Interior Minister Hadi Karim and Jordanian Interior "
                                "Minister Omar al-Shami\nMinistry of Interior, Baghdad\nNovember 5, 2026\n\n"
                                "MODERATOR: Minister al-Shami.\n\nMINISTER AL-SHAMI: Thank you. Smuggling runs in "
                                "both directions.\n")
    assert ("Omar al-Shami", "Interior Minister", "Jordanian Interior Ministry") in roles, roles


def test_a_function_word_in_a_tagged_name_stays_in_it(extractor: Extractor) -> None:
    """'High Commissioner, Azlan Mohd Nor,': the tagger's person ends on a word the parser read as 'nor'; the name
    keeps it."""
    people = people_of(extractor, "Waters row\n\nSINGAPORE - Singapore summoned Malaysia's High Commissioner, Azlan "
                                  "Mohd Nor, to protest on Monday.\n")
    assert "Azlan Mohd Nor" in people, people
