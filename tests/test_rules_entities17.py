"""Names, institutions and roles: rules of the twenty-fourth session, on short texts of our own."""

from __future__ import annotations

import pytest
from test_rules_entities import institutions, people
from test_rules_entities2 import extract, roles

from dipgraph.loaders.extract import Extractor


@pytest.mark.parametrize(("seat", "ministry"), [
    ("Wisma Putra", "Malaysian Foreign Ministry"),
    ("Torre Tagle", "Peruvian Foreign Ministry"),
    ("Itamaraty", "Brazilian Foreign Ministry"),
    ("Farnesina", "Italian Foreign Ministry"),
])
def test_a_foreign_ministry_named_by_its_building_is_that_ministry(extractor: Extractor, seat: str,
                                                                    ministry: str) -> None:
    doc = extract(extractor, f"Fishing row\n\nThe boats were seized on Monday. {seat} said the seizure was illegal "
                             "and summoned the ambassador.")
    assert ministry in institutions(doc) and seat not in people(doc)


def test_an_administrative_capital_stands_for_its_government(extractor: Extractor) -> None:
    doc = extract(extractor, "Drill row\n\nThe navy began an exercise on Monday. Putrajaya said the drill had been "
                             "planned for months.")
    assert "Malaysian government" in institutions(doc) and "Putrajaya" not in people(doc)


def test_one_word_that_speaks_with_no_name_or_title_is_a_body(extractor: Extractor) -> None:
    doc = extract(extractor, "Grid row\n\nNorway cut exports to Sweden on Monday. Norvolt said the cut had forced "
                             "rolling outages in two towns.")
    assert "Norvolt" in institutions(doc) and "Norvolt" not in people(doc)


def test_a_surname_alone_is_a_person_when_a_given_name_goes_before_it_somewhere(extractor: Extractor) -> None:
    """Guards a case next to the change: the name finder misses this full name, the surname alone still counts."""
    doc = extract(extractor, "Press row\n\nMoscow reacted within hours.\n\nNatalia Gromova, the Russian Foreign "
                             "Ministry's spokeswoman, spoke in the evening. Gromova condemned the closure as absurd.")
    assert any("Gromova" in p for p in people(doc))


@pytest.mark.parametrize(("post", "name"), [
    ("Minister of Interior and Migration", "Helga Strandvik"),
    ("Minister for Regional Cooperation", "Dragan Vukotić"),
])
def test_a_portfolio_of_several_words_is_no_part_of_the_name_after_it(extractor: Extractor, post: str,
                                                                       name: str) -> None:
    doc = extract(extractor, f"Border row\n\nThe {post} {name} said the plan was ready.")
    assert people(doc) == {name}


def test_a_given_name_after_a_whole_portfolio_stays_in_the_name(extractor: Extractor) -> None:
    """Guards a case next to the change: the words before the name make a portfolio already."""
    doc = extract(extractor, "Border row\n\nThe Deputy Minister of Agriculture and Environment Hoang Van Minh said "
                             "the canal was safe.")
    assert people(doc) == {"Hoang Van Minh"}


def test_a_given_name_cut_short_is_part_of_the_name_after_it(extractor: Extractor) -> None:
    doc = extract(extractor, "Shoal row\n\nMANILA - Foreign Minister Tran Van Loc spoke by telephone on Monday with "
                             "Philippine Foreign Secretary Ma. Lourdes Bautista.")
    assert people(doc) == {"Tran Van Loc", "Ma. Lourdes Bautista"}  # ('Ma.' kept, as the name is written)


def test_a_presidential_spokesman_speaks_for_the_government(extractor: Extractor) -> None:
    doc = extract(extractor, "Gas row\n\nThe Argentine government defended the decision. Presidential spokesman "
                             "Ramiro Etchegaray said on Tuesday that the agency was independent.")
    assert ("Ramiro Etchegaray", "Presidential spokesman", "Argentine government") in roles(doc)


@pytest.mark.parametrize(("text", "role"), [
    ("Marit Solberg, chief executive of the Nordic Grid Authority, said the line would reopen.", "chief executive"),
    ("Coast Guard Commandant Elvin Castillo said two boats had been sent.", "Commandant"),
])
def test_a_post_named_by_these_titles_is_a_role(extractor: Extractor, text: str, role: str) -> None:
    doc = extract(extractor, f"Grid row\n\nNorway cut exports to Sweden on Monday. {text}")
    assert any(title == role for _person, title, _inst in roles(doc))


def test_a_ministry_named_by_portfolio_takes_the_country_its_sentence_opens_on(extractor: Extractor) -> None:
    doc = extract(extractor, "Power deal\n\nTHIMPHU, Oct 14 (Wire) - Bhutan and India signed a power deal on Tuesday."
                             "\n\nIn New Delhi, External Affairs Ministry spokesman Arvind Mehra said the visit had "
                             "reaffirmed the partnership.\n")
    held = {inst for person, _title, inst in roles(doc) if person == "Arvind Mehra"}
    assert held and all("India" in inst for inst in held)
    assert any("Indian External Affairs Ministry" in props.get("aliases", []) for props in institutions(doc).values())


def test_a_ministry_named_by_portfolio_keeps_its_own_words_as_a_name(extractor: Extractor) -> None:
    """Guards a case next to the change: with its country just before it, the name was kept before too."""
    doc = extract(extractor, "Dam row\n\nLUSAKA - Zambia closed the border with Malawi on Monday. Zambia's Water "
                             "Resources Ministry said repairs would take a week.\n")
    found = institutions(doc)
    assert any("Zambian Water Resources Ministry" in (name, *props.get("aliases", []))
               for name, props in found.items())


def test_a_ministry_spokesperson_speaking_in_a_capital_is_of_its_country(extractor: Extractor) -> None:
    doc = extract(extractor, "Oil halt\n\nJUBA, Oct 9 (Wire) - South Sudan's oil exports halted on Tuesday. China "
                             "urged restraint.\n\nForeign Ministry spokeswoman Lin Weiqing told a regular briefing in "
                             "Beijing that all parties should protect the pipeline.\n")
    assert ("Lin Weiqing", "spokeswoman", "Chinese Foreign Ministry") in roles(doc)
