"""Entity rules of the twentieth session, on short texts of our own."""

from __future__ import annotations

from test_rules_entities2 import extract, roles

from dipgraph.loaders.extract import Extractor
from dipgraph.loaders.text import dateline_end


def test_a_dateline_of_two_cities_is_a_dateline() -> None:
    text = "KAMPALA/NAIROBI — Uganda's parliament ratified the treaty."
    assert text[dateline_end(text, 0):] == "Uganda's parliament ratified the treaty."


def test_a_dateline_of_two_cities_names_no_institution(extractor: Extractor) -> None:
    doc = extract(extractor, "Uganda ratifies border treaty\n\nBy Staff\n\nKAMPALA/NAIROBI CITY — Uganda's parliament "
                             "on Tuesday ratified a border treaty with Kenya, the speaker said.\n")
    names = {n.properties["name"] for n in doc.nodes if n.label == "Institution"}
    assert "CITY" not in names and "Ugandan Parliament" in names


def test_a_defense_ministry_answers_to_either_spelling(extractor: Extractor) -> None:
    doc = extract(extractor, "Kenya sends troops\n\nNAIROBI, March 9 (Reuters) - The Kenyan Defense Ministry said on "
                             "Monday it had sent troops to the border.\n")
    ministry = next(n for n in doc.nodes if n.label == "Institution" and n.properties["kind"] == "ministry")
    assert {"Kenyan Defence Ministry", "Kenyan Ministry of Defence"} <= set(ministry.properties["aliases"])


def _ministry_names(extractor: Extractor, body: str) -> set[str]:
    doc = extract(extractor, body)
    ministry = next(n for n in doc.nodes if n.label == "Institution" and n.properties["kind"] == "ministry")
    return {ministry.properties["name"], *ministry.properties["aliases"]}


def test_a_foreign_ministry_answers_to_its_formal_name(extractor: Extractor) -> None:
    names = _ministry_names(extractor, "Botswana protests\n\nGABORONE, March 9 (Reuters) - Botswana's foreign "
                                       "ministry said on Monday it had summoned the envoy.\n")
    assert {"Botswanan Ministry of Foreign Affairs", "Botswana Ministry of Foreign Affairs"} <= names


def test_a_ministry_answers_to_its_countrys_other_demonym_in_every_form(extractor: Extractor) -> None:
    names = _ministry_names(extractor, "Laos replies\n\nVIENTIANE, March 9 (Reuters) - The Laotian Ministry of "
                                       "Energy and Mines said on Monday it would reply.\n")
    assert {"Lao Ministry of Energy and Mines", "Laos Ministry of Energy and Mines"} <= names


def _police(extractor: Extractor, body: str) -> list:
    doc = extract(extractor, body)
    return [n for n in doc.nodes if n.label == "Institution" and "Police" in n.properties["name"]]


def test_a_countrys_police_answers_to_its_force_s_own_name(extractor: Extractor) -> None:
    police = _police(extractor, "Zambia arrests traders\n\nLUSAKA, March 9 (Reuters) - Zambian police arrested "
                                "two Malawian traders on Monday.\n")
    assert len(police) == 1 and "Zambia Police Service" in police[0].properties["aliases"]


def test_a_police_named_plainly_and_by_its_own_name_is_one_node(extractor: Extractor) -> None:
    police = _police(extractor, "Zambia arrests traders\n\nLUSAKA, March 9 (Reuters) - Zambian police arrested "
                                "two Malawian traders on Monday. The Zambia Police Service said they would be "
                                "charged.\n")
    assert [p.properties["name"] for p in police] == ["Zambia Police Service"]
    assert "Zambian Police" in police[0].properties["aliases"]



def test_the_end_of_a_persons_name_tagged_a_body_is_the_person() -> None:
    from spacy.tokens import Span

    from dipgraph.loaders.extract import language
    from dipgraph.loaders.gazetteer import gazetteer
    from dipgraph.loaders.mentions import Mentions, build_matcher

    nlp = language()
    doc = nlp("Headline\n\nGhana's foreign minister received his Togolese counterpart, Jean Kossi Adjovi, in Accra."
              "\n\nKossi Adjovi struck a more guarded tone.")
    at = [i for i in range(len(doc)) if doc[i].text == "Kossi"]
    doc.ents = [Span(doc, at[1], at[1] + 2, label="ORG")]  # as the tagger sometimes has it
    mentions = Mentions(doc, gazetteer(), build_matcher(nlp.vocab, gazetteer()), doc[2].idx)
    assert "Kossi Adjovi" not in {e.name for e in mentions.registry.of_label("Institution")}
    assert mentions.by_token[at[1]].name == "Jean Kossi Adjovi"


def _people(extractor: Extractor, body: str) -> set[str]:
    return {n.properties["name"] for n in extract(extractor, body).nodes if n.label == "Person"}


def test_madame_and_the_like_are_forms_of_address(extractor: Extractor) -> None:
    assert _people(extractor, "Congo talks\n\nKINSHASA, March 9 (Reuters) - Madame Therese Kabamba Mutombo, the "
                              "minister of foreign affairs, said on Monday that talks would resume.\n") == {
        "Therese Kabamba Mutombo"}


def test_a_two_word_surname_alone_is_the_person_named_in_full(extractor: Extractor) -> None:
    assert _people(extractor, "Panama talks\n\nPANAMA CITY, March 9 (Reuters) - Panama's foreign minister, Rubén "
                              "Espinosa Guardia, met his Colombian counterpart on Monday.\n\nEspinosa Guardia said "
                              "the talks had been frank.\n") == {"Rubén Espinosa Guardia"}


def _roles(extractor: Extractor, sentence: str) -> set[tuple[str, str, str]]:
    return roles(extract(extractor, f"Pacific news\n\nSUVA, March 9 (Reuters) - {sentence}\n"))


def test_a_minister_for_a_portfolio_no_list_has_is_of_that_ministry(extractor: Extractor) -> None:
    assert _roles(extractor, "Tonga's Minister for Fisheries, Semisi Fonua, said on Monday the patrols would "
                             "continue.") == {("Semisi Fonua", "Minister for Fisheries", "Tongan Fisheries Ministry")}


def test_a_minister_for_a_region_or_a_deputy_prime_minister_is_of_the_government(extractor: Extractor) -> None:
    for sentence, person, government in [
            ("Britain's Minister for the Pacific, Helen Marsh, said on Monday the talks would resume.", "Helen Marsh",
             "British government"),
            ("Fiji's Deputy Prime Minister for Reconstruction, Ana Tora, said on Monday the talks would resume.",
             "Ana Tora", "Fijian government")]:
        assert {(p, inst) for p, _title, inst in _roles(extractor, sentence)} == {(person, government)}


def test_a_counterpart_of_a_minister_is_of_the_same_ministry_of_his_country(extractor: Extractor) -> None:
    doc = extract(extractor, "France and Chad talk\n\nPARIS, March 9 (Reuters) - The French defence ministry said its "
                             "minister, Laurent Vasseur, had spoken with his Chadian counterpart, Issakha Torbo, by "
                             "telephone on Monday.\n")
    assert ("Issakha Torbo", "minister", "Chadian Defense Ministry") in roles(doc)



def test_a_ministry_named_in_a_ministers_title_has_every_country_form_of_that_name(extractor: Extractor) -> None:
    names = _ministry_names(extractor, "Botswana replies\n\nGABORONE, March 9 (Reuters) - Botswana's Minister of "
                                       "Defence and Security, Kagiso Mmolai, said on Monday the patrols would go on.\n")
    assert {"Botswanan Ministry of Defence and Security", "Botswana Ministry of Defence and Security"} <= names


def test_a_security_minister_is_of_the_security_ministry(extractor: Extractor) -> None:
    assert _roles(extractor, "Fiji's Security Minister, Ana Tora, said on Monday the talks would resume.") == {
        ("Ana Tora", "Security Minister", "Fijian Security Ministry")}


def test_a_rank_before_a_portfolio_in_an_apposition_is_part_of_the_title(extractor: Extractor) -> None:
    assert _roles(extractor, "Ana Tora, Fiji's deputy fisheries minister, said on Monday the talks would resume.") == {
        ("Ana Tora", "deputy fisheries minister", "Fijian Fisheries Ministry")}


def test_a_given_name_and_patronymic_is_the_person_of_that_given_name(extractor: Extractor) -> None:
    assert _people(extractor, "Gas talks\n\nTASHKENT, March 9 (Reuters) - Deputy Minister Dilnoza Karimova said on "
                              "Monday the supplies would resume.\n\nDilnoza Ravshanovna said the network was stable.\n"
                   ) == {"Dilnoza Karimova"}


def test_madam_is_a_form_of_address(extractor: Extractor) -> None:
    assert _people(extractor, "Ghana talks\n\nACCRA, March 9 (Reuters) - Madam Efua Mensah, the minister of "
                              "foreign affairs, said on Monday that talks would resume.\n") == {"Efua Mensah"}
