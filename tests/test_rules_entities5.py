"""People, institutions and roles: rules of the seventh session, each on short invented sentences (not from any
sample or dev article)."""

from __future__ import annotations

from test_rules_entities import institutions
from test_rules_entities2 import extract, roles

from dipgraph.loaders.extract import Extractor


def test_a_bare_ministry_after_a_country_speaking_is_that_countrys_not_the_last_named(extractor: Extractor) -> None:
    doc = extract(extractor, "Kenya protests seizure of boats\nMarch 3, 2026\nBy Staff Writer\n\nNAIROBI — Kenya "
                             "protested on Monday. The Kenyan Foreign Ministry called the seizure illegal.\n\n"
                             "Kampala was quick to push back. Foreign Ministry spokesman Tomas Okello said Uganda "
                             "had acted within its waters.")
    assert ("Tomas Okello", "spokesman", "Ugandan Foreign Ministry") in roles(doc)
    assert ("Tomas Okello", "spokesman", "Kenyan Foreign Ministry") not in roles(doc)


def test_a_country_in_a_reported_clause_does_not_own_the_ministry_reporting_it(extractor: Extractor) -> None:
    doc = extract(extractor, "Kenya summons Ugandan envoy over fishing row\nMarch 3, 2026\nBy Staff Writer\n\nNAIROBI "
                             "— Kenya summoned Uganda's ambassador on Monday to protest the seizure of two boats.\n\n"
                             "Principal Secretary Wanjiru Kamau handed the envoy a protest and demanded that Kampala "
                             "release the crews, the Foreign Ministry said in a statement.")
    assert "Kenyan Foreign Ministry" in institutions(doc)
    assert "Ugandan Foreign Ministry" not in institutions(doc)


def test_a_ministry_of_two_portfolios_is_its_first_portfolios_ministry(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nChile's Ministry of Foreign and Diaspora Affairs said the talks would go "
                             "on. Peru's Ministry of Defence and Veteran Affairs said the troops would stay.")
    found = institutions(doc)
    assert "Chilean Ministry of Foreign and Diaspora Affairs" in found["Chilean Foreign Ministry"]["aliases"]
    assert "Peruvian Ministry of Defence and Veteran Affairs" in found["Peruvian Defense Ministry"]["aliases"]
    assert not any("Diaspora" in name for name in found)


def test_a_body_named_after_a_country_of_two_words_keeps_the_whole_country(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nThe High Court of Trinidad and Tobago struck down the decree on Monday.")
    found = institutions(doc)
    assert found["High Court of Trinidad and Tobago"]["country"] == "Trinidad and Tobago"
    assert "High Court of Trinidad" not in found


def test_a_countrys_judiciary_is_an_institution_its_spokesman_serves(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nEgypt's judiciary rejected the criticism. Its spokesman, Karim Halaby, "
                             "said the trial had been fair.")
    assert institutions(doc)["Egyptian Judiciary"]["kind"] == "judiciary"
    assert ("Karim Halaby", "spokesman", "Egyptian Judiciary") in roles(doc)


def test_a_determiner_before_a_comma_opens_no_title_phrase(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nThe Kenya Wildlife Service said the park would close. In a short "
                             "statement, its spokesman, Peter Kiprono, said the closure would last a week.")
    assert ("Peter Kiprono", "spokesman", "Kenya Wildlife Service") in roles(doc)


def test_its_after_a_sentence_citing_a_body_is_that_bodys(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nNATO sent two frigates to the Gulf of Riga on Wednesday, according to "
                             "Allied Air Command. Its spokesman, Commander Piet Janssen, said the alliance stood firm.")
    assert ("Piet Janssen", "spokesman", "Allied Air Command") in roles(doc)


def test_a_de_facto_authoritys_bodies_keep_its_whole_adjective(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nTurkish Cypriot police detained two shepherds on Monday. The Turkish "
                             "Cypriot foreign minister, Kemal Arslan, said they had crossed the line.")
    found = institutions(doc)
    assert {"Turkish Cypriot Police", "Turkish Cypriot Foreign Ministry"} <= set(found)
    assert not {"Turkish Police", "Turkish Foreign Ministry"} & set(found)
    assert ("Kemal Arslan", "foreign minister", "Turkish Cypriot Foreign Ministry") in roles(doc)


def test_a_deputy_secretary_of_state_is_the_uss_wherever_the_story_is_datelined(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\nMarch 3, 2026\n\nMANILA — The Philippines protested on Tuesday. Deputy "
                             "Secretary of State Karen Mills also spoke by phone with Japan's vice minister.")
    assert ("Karen Mills", "Deputy Secretary of State", "US State Department") in roles(doc)


def test_an_envoy_handed_a_protest_note_is_the_other_countrys(extractor: Extractor) -> None:
    doc = extract(extractor, "Kenya protests seizure of boats\nMarch 3, 2026\nBy Staff Writer\n\nNAIROBI — Kenya "
                             "protested on Monday.\n\nPrincipal Secretary Wanjiru Kamau handed Ambassador Joseph "
                             "Okot a note of protest and demanded that Uganda release the crews.")
    assert ("Joseph Okot", "Ambassador", "Ugandan government") in roles(doc)
