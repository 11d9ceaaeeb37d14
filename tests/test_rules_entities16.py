"""Names, institutions and roles: rules of the twenty-third session, on short texts of our own."""

from __future__ import annotations

import pytest
from test_rules_entities import people
from test_rules_entities2 import extract, roles

from dipgraph.loaders.extract import Extractor


def test_a_counterpart_named_at_a_later_mention_says_whose_minister_is_not(extractor: Extractor) -> None:
    text = ("Court blocks transfer\n\nA Lusaka court on Thursday barred the transfer of a convicted Malawian "
            "diplomat to Lilongwe. Malawi protested. Malawi's envoy was recalled.\n\n"
            "Foreign Minister Ilse Brandt said the ruling would be studied.\n\n"
            "Ilse Brandt spoke by telephone on Wednesday with her Malawian counterpart, Peter Banda.\n")
    held = {(title, inst) for person, title, inst in roles(extract(extractor, text)) if person == "Ilse Brandt"}
    assert held and not any("Malawi" in inst for _title, inst in held)


def test_a_country_that_hosts_talks_is_still_a_side_when_the_story_names_it(extractor: Extractor) -> None:
    text = ("Spill row\n\nAustria protested on Monday after a chemical spill from a Slovak plant reached the river. "
            "Austrian farmers have lost their crops, and Austrian officials want the plant closed. Austria has asked "
            "for compensation.\n\n"
            "Environment Minister Sabine Gruber said the spill was the worst in a decade.\n")
    assert ("Sabine Gruber", "Environment Minister", "Austrian Environment Ministry") in roles(extract(extractor, text))


def test_a_venue_dateline_is_home_to_a_story_of_its_own_country(extractor: Extractor) -> None:
    text = ("Prisoner row\n\nBRUSSELS, March 3 (Reuters) - Belgium summoned Iran's ambassador on Monday after Iran "
            "sentenced a Belgian aid worker to ten years in prison. Iran says she is a spy.\n\n"
            "Justice Minister Koen Wouters said the sentence was unacceptable.\n")
    assert ("Koen Wouters", "Justice Minister", "Belgian Justice Ministry") in roles(extract(extractor, text))


def test_a_name_after_an_envoys_posting_is_a_person_with_that_post(extractor: Extractor) -> None:
    text = ("Border shooting\n\nATHENS (Reuters) - Greece protested on Monday.\n\nGreece's ambassador in Tirana, "
            "Marta Kovacs, visited the wounded man's family on Wednesday.\n")
    assert ("Marta Kovacs", "ambassador", "Greek government") in roles(extract(extractor, text))


@pytest.mark.parametrize("title", ["Congressman", "Congresswoman", "Federal Councillor"])
def test_a_member_of_congress_or_council_is_titled_not_named_so(extractor: Extractor, title: str) -> None:
    text = (f"Border row\n\nLUSAKA (Reuters) - Zambia protested on Monday.\n\n{title} Peter Mwale Banda accused "
            "Malawi of stalling.\n")
    doc = extract(extractor, text)
    assert "Peter Mwale Banda" in people(doc)
    assert not any(p.startswith(title) for p in people(doc))


def test_a_name_with_a_kin_particle_is_one_person(extractor: Extractor) -> None:
    text = ("Herders killed\n\nNOUAKCHOTT (Reuters) - Mauritania protested on Monday.\n\n"
            "Fatimetou Mint Sidi Brahim led the delegation to Bamako on Tuesday.\n")
    assert "Fatimetou Mint Sidi Brahim" in people(extract(extractor, text))


def test_a_capitalised_van_inside_a_name_is_a_name(extractor: Extractor) -> None:
    """Guards the change: only kin particles and lowercase ones are left out of a name's count, so a portfolio
    word before a Vietnamese name with 'Van' is not taken in."""
    text = ("Dam row\n\nHANOI (Reuters) - Vietnam protested on Monday.\n\nIn Vietnam, the worry is water. Deputy "
            "Minister of Agriculture and Environment Pham Van Long warned at a hearing last week that any cut in "
            "flow could harm farms.\n")
    assert not any(p.startswith("Environment") for p in people(extract(extractor, text)))
