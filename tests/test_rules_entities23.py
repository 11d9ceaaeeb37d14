"""People, roles and institutions rules of the thirtieth session, on short texts of our own with invented people."""

from __future__ import annotations

from dipgraph.loaders.extract import Extractor


def roles(extractor: Extractor, text: str) -> set[tuple[str, str, str]]:
    """(person, title, institution) of every role extracted from a text."""
    doc = extractor.extract(text, date="2025-11-06")
    nodes = {n.id: n for n in doc.nodes}
    return {(nodes[r.start].properties["name"], r.properties.get("title"), nodes[r.end].properties["name"])
            for r in doc.relationships if r.type == "HOLDS_ROLE"}


def test_a_rank_is_no_part_of_a_two_word_portfolio(extractor: Extractor) -> None:
    """'Kazakhstan's Deputy Trade Minister, X': 'Trade' can end a two-word portfolio ('Foreign Trade'), but
    'Deputy' is his rank, so he serves in the trade ministry, not a 'Deputy Trade Ministry'."""
    found = roles(extractor, "Checks row\n\nASTANA — Kazakhstan tightened border checks.\n\n"
                             "Kazakhstan's Deputy Trade Minister, Nurlan Esenov, said the checks would continue.\n")
    assert ("Nurlan Esenov", "Deputy Trade Minister", "Kazakh Trade Ministry") in found, found


def test_a_two_word_portfolio_keeps_both_words(extractor: Extractor) -> None:
    """Guards a case next to the change: 'Egypt's Foreign Trade Minister, X' is the minister of foreign trade."""
    found = roles(extractor, "Trade row\n\nCAIRO — Egypt raised tariffs.\n\n"
                             "Egypt's Foreign Trade Minister, Karim Fahmy, said the tariffs would stay.\n")
    assert ("Karim Fahmy", "Foreign Trade Minister", "Egyptian Foreign Trade Ministry") in found, found


def institutions(extractor: Extractor, text: str) -> set[str]:
    """The names of the institutions extracted from a text."""
    return {n.properties["name"] for n in extractor.extract(text, date="2025-11-06").nodes
            if n.label == "Institution"}


def test_its_ministry_is_the_side_its_stands_for(extractor: Extractor) -> None:
    """'China will keep its duties on Canadian canola, its Commerce Ministry said' in a story datelined in Ottawa:
    'its' stands for the subject before it, so the ministry is China's, not the dateline's country's."""
    found = institutions(extractor, "OTTAWA, Nov 6, 2025 (Northwire) - China will keep its duties on Canadian "
                                    "canola oil for another year, its Commerce Ministry said on Thursday.\n")
    assert "Chinese Commerce Ministry" in found and "Canadian Commerce Ministry" not in found, found


def test_a_bare_portfolio_ministry_is_still_the_datelines(extractor: Extractor) -> None:
    """Guards a case next to the change: 'The Commerce Ministry said ...' with no 'its' in a story datelined in
    Ottawa is Canada's."""
    found = institutions(extractor, "OTTAWA, Nov 6, 2025 (Northwire) - China will keep its duties on Canadian "
                                    "canola oil for another year.\n\nThe Commerce Ministry said it would appeal.\n")
    assert "Canadian Commerce Ministry" in found, found


def test_what_a_protocol_is_about_is_no_body(extractor: Extractor) -> None:
    """'as the ECOWAS Protocol on Free Movement requires': 'Free Movement' is what the protocol is about, not an
    armed group or any other body."""
    found = institutions(extractor, "ACCRA, Nov 6, 2025 (AP) - Nigeria protested.\n\nNigeria asked Ghana to reopen "
                                    "the shops, as the ECOWAS Protocol on Free Movement requires.\n")
    assert "Free Movement" not in found and "ECOWAS" in found, found


def test_a_listed_body_after_a_treaty_is_still_a_body(extractor: Extractor) -> None:
    """Guards a case next to the change: 'under the Treaty on European Union' still names the European Union."""
    found = institutions(extractor, "ACCRA, Nov 6, 2025 (AP) - Ghana protested.\n\nGhana said the rules under the "
                                    "Treaty on European Union did not apply to it.\n")
    assert "European Union" in found, found


def test_a_weapon_opening_a_sentence_is_no_body(extractor: Extractor) -> None:
    """'Drones struck the pumping station on Tuesday, the ministry said': the tagger may take a capitalised plural
    opening a paragraph for a name, but a word the event lexicon knows as a noun ('drones') is what acts, not who."""
    found = institutions(extractor, "KHARTOUM, Feb 5, 2026 (AP) - Sudan protested.\n\n"
                                    "Drones struck the pumping station on Tuesday, the ministry said.\n")
    assert "Drones" not in found, found


def test_a_lone_name_that_acts_is_still_a_body(extractor: Extractor) -> None:
    """Guards a case next to the change: 'Statnett said ...', a one-word name that speaks, is still a body."""
    found = institutions(extractor, "OSLO, Feb 5, 2026 (AP) - Norway cut exports.\n\n"
                                    "Statnett said the cable would stay shut until March.\n")
    assert "Statnett" in found, found
