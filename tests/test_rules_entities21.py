"""Roles: rules of the twenty-eighth session, on short texts of our own."""

from __future__ import annotations

import pytest
from test_rules_roles_links import roles, roles_of

from dipgraph.graph.document import GraphDocument
from dipgraph.loaders.extract import Extractor

DATE = "2024-03-20"
# Paraguay is named more often than Uruguay, and no dateline says whose side the story takes.
BODY = ("Uruguay summoned Paraguay's ambassador on Monday over dredging on the river. Paraguay says the works "
        "are legal, and Paraguay's engineers will continue, Paraguayan officials said.\n\n"
        "Foreign Minister Laura Benítez said the works broke the 1973 treaty.")


def test_a_bare_title_is_of_the_country_the_headline_has_acting(extractor: Extractor) -> None:
    """'Uruguay summons Paraguayan envoy': with no dateline, a minister named by title alone is of the headline's
    subject, though the story names the other country more."""
    doc = extractor.extract("Uruguay summons Paraguayan envoy over river dredging\n\n" + BODY, date=DATE)
    assert roles_of(doc, "Laura Benítez") == {("Foreign Minister", "Uruguayan Foreign Ministry")}, roles_of(
        doc, "Laura Benítez")


def test_a_headline_with_no_country_acting_leaves_the_country_named_most(extractor: Extractor) -> None:
    """Guards a case next to the change: 'Dredging row deepens' has no country acting, so the bare title is of the
    country the story names most, as before."""
    doc = extractor.extract("Dredging row deepens on the river\n\n" + BODY, date=DATE)
    assert roles_of(doc, "Laura Benítez") == {("Foreign Minister", "Paraguayan Foreign Ministry")}, roles_of(
        doc, "Laura Benítez")


def test_a_dateline_still_says_whose_side_the_story_takes(extractor: Extractor) -> None:
    """Guards a case next to the change: 'ASUNCIÓN —' makes the story Paraguay's, whatever its headline has."""
    doc = extractor.extract("Uruguay summons Paraguayan envoy over river dredging\n\nASUNCIÓN — " + BODY, date=DATE)
    assert roles_of(doc, "Laura Benítez") == {("Foreign Minister", "Paraguayan Foreign Ministry")}, roles_of(
        doc, "Laura Benítez")


ZAMBIA = ("Zambia accused Malawi on Monday of letting smugglers cross the Luangwa bridge, and Zambian police "
          "closed two border posts. Zambia says the trade costs it millions.\n\n")


def test_a_government_spokesman_is_of_the_side_the_sentence_before_tells(extractor: Extractor) -> None:
    """'Lilongwe rejected the charge. Government spokesman X said': with no country named before him in his own
    sentence, he speaks for the side the sentence before has acting, not for the country named most."""
    doc = extractor.extract("Border row\n\n" + ZAMBIA + "Lilongwe rejected the charge. Government spokesman "
                            "Chisomo Banda said the claims were false.", date=DATE)
    assert roles_of(doc, "Chisomo Banda") == {("spokesman", "Malawian government")}, roles_of(doc, "Chisomo Banda")


def test_a_government_spokesman_after_a_country_in_his_sentence_is_still_its(extractor: Extractor) -> None:
    """Guards a case next to the change: 'In Lilongwe, government spokesman X said' names his country before him."""
    doc = extractor.extract("Border row\n\n" + ZAMBIA + "The charge was rejected. In Lilongwe, government "
                            "spokesman Chisomo Banda said the claims were false.", date=DATE)
    assert roles_of(doc, "Chisomo Banda") == {("spokesman", "Malawian government")}, roles_of(doc, "Chisomo Banda")


def test_our_ambassador_in_a_briefing_is_of_its_own_country(extractor: Extractor) -> None:
    """'our ambassador, Ambassador X,' in a briefing turn whose speaker the header does not name: the briefing's own
    country's envoy, not the other side's, though the other side is named more."""
    text = ("Ministry of Foreign Affairs of Ghana\nPress briefing\nAccra, 3 May 2024\n\n"
            "MINISTER OWUSU: Thank you. Togo closed the Aflao crossing on Monday. Togo says the closure is "
            "temporary, Togo's police have sealed the road, and Togo's traders are stranded. Togo will review it "
            "next week. Ghana regrets it.\n\n"
            "QUESTION: Was Ghana's envoy called in?\n\n"
            "MINISTER OWUSU: I can confirm that our ambassador, Ambassador Ama Boateng, was received on Tuesday "
            "at the ministry in Lomé and was handed a note.\n")
    doc = extractor.extract(text, date=DATE)
    assert roles_of(doc, "Ama Boateng") == {("ambassador", "Ghanaian government")}, roles_of(doc, "Ama Boateng")


def test_an_ambassador_called_in_is_the_other_sides(extractor: Extractor) -> None:
    """'called in Ambassador X' is a summons, though the parser reads 'in' as a preposition: the envoy is of the
    story's other country, not of the dateline's."""
    doc = extractor.extract("Oslo protests boat seizure\n\nOSLO — Norway protested on Monday after Russia seized a "
                            "Norwegian fishing boat. State Secretary Eirik Dahl called in Ambassador Pavel Orlov and "
                            "demanded the release of the boat, the Norwegian Foreign Ministry said.", date=DATE)
    assert roles_of(doc, "Pavel Orlov") == {("Ambassador", "Russian government")}, roles_of(doc, "Pavel Orlov")


def test_a_summoned_envoy_is_not_of_a_country_only_qualifying_a_noun(extractor: Extractor) -> None:
    """'Ambassador X was called in, where he was told of a breach of Chilean sovereignty': a country after the
    summons that is no clause's subject does not say whose envoy he is."""
    doc = extractor.extract("Survey ship row\n\nSANTIAGO — Chile protested on Thursday after an Argentine survey ship "
                            "entered its waters. Ambassador Tomás Ibarra was called in to the Foreign Ministry, where "
                            "he was told the incursion was a breach of Chilean sovereignty.", date=DATE)
    assert roles_of(doc, "Tomás Ibarra") == {("Ambassador", "Argentine government")}, roles_of(doc, "Tomás Ibarra")


def test_a_bare_ambassador_in_a_datelined_story_is_the_other_sides(extractor: Extractor) -> None:
    """'Ambassador X met officials' in a story datelined in one of its two countries: an envoy there is the other
    country's, though the dateline's country is the one the story names most."""
    doc = extractor.extract("Tanker row\n\nCOPENHAGEN — Denmark detained a Russian-flagged tanker on Monday. Denmark "
                            "says the ship broke Danish law, and Denmark will fine its owner. Ambassador Yuri Belov "
                            "met officials at the ministry on Tuesday.", date=DATE)
    assert roles_of(doc, "Yuri Belov") == {("Ambassador", "Russian government")}, roles_of(doc, "Yuri Belov")


def test_a_member_of_a_named_body_holds_that_role(extractor: Extractor) -> None:
    """'X, a member of the Shura Council, said': a member is a post like any other, of the body named after it."""
    doc = extractor.extract("Border talks\n\nOman and Yemen agreed on Monday to reopen the crossing. Salim al-Harthi, "
                            "a member of the Shura Council, said the deal came too late.", date=DATE)
    assert roles_of(doc, "Salim al-Harthi") == {("member", "Shura Council")}, roles_of(doc, "Salim al-Harthi")


def institutions(doc: GraphDocument) -> set[str]:
    return {n.properties["name"] for n in doc.nodes if n.label == "Institution"}


def test_a_body_named_after_a_country_with_and_in_its_name_keeps_the_whole_country(extractor: Extractor) -> None:
    """'the Trinidad and Tobago Coast Guard' is one body, not a 'Tobago Coast Guard' of its own; 'a Republic of Fiji
    Navy patrol boat' is the Republic of Fiji Navy."""
    doc = extractor.extract("Boat seized\n\nThe Trinidad and Tobago Coast Guard detained a Venezuelan boat on Monday. "
                            "A Republic of Fiji Navy patrol boat was sent to the reef.", date=DATE)
    found = institutions(doc)
    assert {"Trinidad and Tobago Coast Guard", "Republic of Fiji Navy"} <= found, found
    assert "Tobago Coast Guard" not in found, found


def test_a_body_named_again_by_the_end_of_its_name_is_the_same_body(extractor: Extractor) -> None:
    """'Coast Guard spokesman X' after 'the Philippine Coast Guard': the body named before, not a new 'Coast Guard'."""
    doc = extractor.extract("Shoal row\n\nThe Philippine Coast Guard shadowed the survey ship on Monday. Coast Guard "
                            "spokesman Ramon Dizon said it left on Tuesday.", date=DATE)
    assert roles_of(doc, "Ramon Dizon") == {("spokesman", "Philippine Coast Guard")}, roles_of(doc, "Ramon Dizon")
    assert "Coast Guard" not in institutions(doc), institutions(doc)


def test_a_title_before_a_two_word_or_hyphenated_rank_is_the_persons(extractor: Extractor) -> None:
    """'navy spokesman First Admiral X', 'Army spokesman Colonel-Major X', 'air force spokesman Group Captain X':
    the rank between the title and the name is no part of either."""
    doc = extractor.extract("Border incident\n\nNigerien troops repelled an attack on Sunday, Nigerien Army spokesman "
                            "Colonel-Major Issa Garba said. Indonesian ships withdrew, Indonesian navy spokesman "
                            "First Admiral Budi Santoso said. Thai jets were scrambled, Thai air force spokesman "
                            "Group Captain Somchai Rattana said.", date=DATE)
    found = roles(doc)
    assert {("Issa Garba", "Army spokesman", "Nigerien Army"), ("Budi Santoso", "spokesman", "Indonesian Navy"),
            ("Somchai Rattana", "spokesman", "Thai Air Force")} <= found, found


def test_a_person_who_is_the_bodys_spokesman_by_a_common_noun_is_its(extractor: Extractor) -> None:
    """'X, the agency's spokesman, said': the agency is the body last named that is called so."""
    doc = extractor.extract("Money seized\n\nKenya's National Intelligence Service detained two couriers on Monday. "
                            "Daniel Mwangi, the service's spokesman, said the money had been seized.", date=DATE)
    assert roles_of(doc, "Daniel Mwangi") == {("spokesman", "Kenyan National Intelligence Service")}, roles_of(
        doc, "Daniel Mwangi")


@pytest.mark.parametrize(("issuer", "ministry"), [
    ("MINISTRY OF FOREIGN AFFAIRS OF THE ISLAMIC REPUBLIC OF IRAN", "Iranian Foreign Ministry"),
    ("SECRETARIAT OF FOREIGN AFFAIRS OF MEXICO", "Mexican Foreign Ministry"),
])
def test_a_briefings_spokesperson_is_of_the_ministry_its_header_names(extractor: Extractor, issuer: str,
                                                                      ministry: str) -> None:
    """A header 'MINISTRY OF FOREIGN AFFAIRS OF THE ISLAMIC REPUBLIC OF X' or 'SECRETARIAT OF FOREIGN AFFAIRS OF X'
    names the ministry whose 'Spokesperson X' holds the briefing."""
    text = (f"{issuer}\nWeekly Press Briefing by Spokesperson Leila Navarro\nMonday, 18 March 2024\n\n"
            "SPOKESPERSON NAVARRO: Good morning. Our ambassador met the deputy minister on Sunday.\n\n"
            "QUESTION: Will talks resume?\n\nSPOKESPERSON NAVARRO: Yes, next week.\n")
    doc = extractor.extract(text, date=DATE)
    assert roles_of(doc, "Leila Navarro") == {("Spokesperson", ministry)}, roles_of(doc, "Leila Navarro")


def people(doc: GraphDocument) -> set[str]:
    return {n.properties["name"] for n in doc.nodes if n.label == "Person"}


def test_a_given_name_the_tagger_took_for_a_place_is_the_persons(extractor: Extractor) -> None:
    """', Salem Abu Ajila,' tagged 'Salem' (a place) and 'Abu Ajila' (a person): a known given name that is no
    country or capital, just before a person's name, is part of it."""
    doc = extractor.extract("Border post\n\nNiger summoned Libya's chargé d'affaires in Niamey, Salem Abu Ajila, on "
                            "Tuesday and handed him a note.", date=DATE)
    assert "Salem Abu Ajila" in people(doc), people(doc)


def test_a_title_with_a_curly_apostrophe_is_the_lexicons(extractor: Extractor) -> None:
    """'chargé d’affaires' (a typographic apostrophe) is the lexicon's 'chargé d'affaires'."""
    doc = extractor.extract("Border post\n\nNiger summoned Libya’s chargé d’affaires, Karim Belhadj, on Tuesday and "
                            "handed him a note.", date=DATE)
    assert roles_of(doc, "Karim Belhadj") == {("chargé d'affaires", "Libyan government")}, roles_of(
        doc, "Karim Belhadj")


def test_a_title_before_another_noun_phrase_is_not_the_names(extractor: Extractor) -> None:
    """Guards a case next to the apostrophe change, which alone broke it: 'summoned Lithuania’s chargé d’affaires on
    Wednesday, and its spokesman, X,': X is the spokesman; the chargé's title belongs to the noun phrase before."""
    doc = extractor.extract("Reactor row\n\nThe Belarusian Foreign Ministry summoned Lithuania’s chargé d’affaires on "
                            "Wednesday, and its spokesman, Pavel Sidorenko, called the law sabotage.", date=DATE)
    assert roles_of(doc, "Pavel Sidorenko") == {("spokesman", "Belarusian Foreign Ministry")}, roles_of(
        doc, "Pavel Sidorenko")


def test_a_body_only_the_tagger_names_owns_the_title_it_gives(extractor: Extractor) -> None:
    """"Renamo's secretary-general, X, said": a body the lexicon does not know, named as the owner of a named
    person's title, is that person's institution."""
    doc = extractor.extract("Election row\n\nProtesters marched in Beira. Renamo's secretary-general, Armindo Sitoe, "
                            "accused the government of fraud.", date=DATE)
    assert roles_of(doc, "Armindo Sitoe") == {("secretary-general", "Renamo")}, roles_of(doc, "Armindo Sitoe")


def test_a_country_naming_another_body_in_the_sentence_is_not_the_titles(extractor: Extractor) -> None:
    """'..., announced by the Saudi Foreign Ministry, were a response to comments by Information Minister X': the
    country that names another body before the title says nothing of whose the minister is."""
    doc = extractor.extract("Import ban\n\nBEIRUT — Saudi Arabia banned Lebanese imports on Monday. Lebanon says the "
                            "ban is unfair, and Lebanon will appeal.\n\nThe measures, announced by the Saudi Foreign "
                            "Ministry late on Monday, were a response to comments by Information Minister Karim "
                            "Haddad.", date=DATE)
    assert roles_of(doc, "Karim Haddad") == {("Information Minister", "Lebanese Information Ministry")}, roles_of(
        doc, "Karim Haddad")



def test_a_bare_minister_who_is_a_foreign_ministers_counterpart_is_of_that_ministry(extractor: Extractor) -> None:
    """'her Togolese counterpart, Minister X' in a foreign ministry's briefing: X is Togo's foreign minister, as a
    vice minister named so is already of the speaker's kind of ministry."""
    text = ("MINISTRY OF FOREIGN AFFAIRS\nREPUBLIC OF GHANA\n\nWEEKLY PRESS BRIEFING\nThursday, 21 March 2024\n\n"
            "Briefer: Mr. Kofi Mensah, Spokesperson, Ministry of Foreign Affairs\n\n"
            "MR. MENSAH: Good morning. Togo closed the Aflao crossing on Sunday, and Togo says it will stay closed. "
            "Ghana regrets the closure, and Ghana has asked for talks. "
            "The Minister spoke by telephone on Tuesday with her Togolese counterpart, Minister Ama Dzifa. Both "
            "ministers agreed that the matter must be resolved through dialogue.\n\n"
            "QUESTION: Will the crossing reopen this week?\n\nMR. MENSAH: We hope so.\n")
    doc = extractor.extract(text, date=DATE)
    assert roles_of(doc, "Ama Dzifa") == {("Minister", "Togolese Foreign Ministry")}, roles_of(doc, "Ama Dzifa")
