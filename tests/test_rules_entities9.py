"""People, institutions and roles: rules learnt from the opened blind sets fresh20-31 (and title gaps found by
invented probes), each on short invented sentences about other conflicts (not from any sample or dev article)."""

from __future__ import annotations

from test_rules_entities2 import extract, roles

from dipgraph.loaders.extract import Extractor
from dipgraph.loaders.title_text import portfolio


def test_a_portfolio_in_lower_case_names_the_ministry(extractor: Extractor) -> None:
    found = roles(extract(extractor, "Headline\n\nHELSINKI — Estonia's fisheries minister, Mari Tamm, said the quota "
                                     "would hold. Chile's deputy mining minister, Jorge Reyes, led a delegation."))
    assert ("Mari Tamm", "fisheries minister", "Estonian Fisheries Ministry") in found
    assert ("Jorge Reyes", "deputy mining minister", "Chilean Mining Ministry") in found
    found = roles(extract(extractor, "Headline\n\nBASRA — Iraq's oil minister, Hayan Saleh, said exports would "
                                     "resume."))
    assert ("Hayan Saleh", "oil minister", "Iraqi Oil Ministry") in found  # (a portfolio of three letters)


def test_a_lower_case_word_that_is_no_noun_or_portfolio_is_no_portfolio(extractor: Extractor) -> None:
    assert portfolio("the outgoing minister", "minister", 13) == ("minister", 13)
    assert portfolio("a government minister", "minister", 13) == ("minister", 13)
    assert portfolio("a cabinet minister", "minister", 10) == ("minister", 10)
    found = roles(extract(extractor, "Headline\n\nLONDON — The new minister, Peter Hall, said he was proud."))
    assert not any(t != "minister" for _, t, _ in found)


def test_portfolios_joined_by_and_are_one_ministry(extractor: Extractor) -> None:
    found = roles(extract(extractor, "Headline\n\nLIMA — Peru's Energy and Mines Minister Rosa Quispe said the "
                                     "plant would reopen. Agriculture, Fisheries and Forestry Minister Luis Soto "
                                     "agreed. Water and Energy Minister Ana Paz did not."))
    # (a pair whose first portfolio is known is that ministry, also named 'Energy and Mines Ministry': entities24)
    assert ("Rosa Quispe", "Energy and Mines Minister", "Peruvian Energy Ministry") in found
    assert ("Luis Soto", "Agriculture, Fisheries and Forestry Minister",
            "Peruvian Agriculture, Fisheries and Forestry Ministry") in found
    assert ("Ana Paz", "Water and Energy Minister", "Peruvian Water and Energy Ministry") in found


def test_a_name_and_a_title_are_no_joined_portfolio(extractor: Extractor) -> None:
    found = roles(extract(extractor, "Headline\n\nNAIROBI — President Daniel Mwangi and Foreign Minister Grace Otieno "
                                     "met the envoy on Monday."))
    assert ("Grace Otieno", "Foreign Minister", "Kenyan Foreign Ministry") in found
    # the text alone widens over a nationality; a role does not
    assert portfolio("Ugandan Trade Minister", "Minister", 14) == ("Ugandan Trade Minister", 0)
    found = roles(extract(extractor, "Headline\n\nKAMPALA — Ugandan Trade Minister Jane Okello said the ban would "
                                     "end."))
    assert ("Jane Okello", "Trade Minister", "Ugandan Trade Ministry") in found


def test_whom_one_side_met_or_called_is_of_the_other_side(extractor: Extractor) -> None:
    found = roles(extract(extractor, "Headline\n\nHANOI — Vietnam's ambassador in Vientiane, Nguyen Van Lam, met "
                                     "Deputy Foreign Minister Somsak Vong on Saturday and asked for access to the "
                                     "Vietnamese men held by Laos."))
    assert ("Somsak Vong", "Deputy Foreign Minister", "Laotian Foreign Ministry") in found
    found = roles(extract(extractor, "Headline\n\nLIMA — The Chilean Foreign Ministry said Chile spoke with Foreign "
                                     "Minister Ana Torres about the dispute with Peru."))
    assert ("Ana Torres", "Foreign Minister", "Peruvian Foreign Ministry") in found


def test_a_title_only_one_country_has_is_that_country_s(extractor: Extractor) -> None:
    found = roles(extract(extractor, "Headline\n\nLONDON — Taoiseach Ciarán Walsh spoke by telephone with the Prime "
                                     "Minister on Thursday, Downing Street said. The Tánaiste, Nora Kelly, was in "
                                     "Brussels."))
    assert ("Ciarán Walsh", "Taoiseach", "Irish government") in found
    assert ("Nora Kelly", "Tánaiste", "Irish government") in found
