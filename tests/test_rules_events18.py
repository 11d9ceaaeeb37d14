"""Event rules of the twenty-seventh session, on short texts of our own with invented people."""

from __future__ import annotations

from dipgraph.loaders.extract import Extractor
from tests.test_rules_events_context import S, events, pairs


def test_a_note_received_from_an_embassy_is_no_visit(extractor: Extractor) -> None:
    """What a state receives ('a diplomatic note', 'Ghana's letter', 'Turkmen gas') is no visit it hosts."""
    for text in ("On Monday, the Foreign Ministry of Benin received a diplomatic note from the Nigerian Embassy.",
                 "The Beninese government said it had received Ghana's letter on Monday.",
                 "Under the swap, Benin receives Nigerian gas in the south."):
        assert not pairs(events(extractor, text), "host visit"), text


def test_a_delegation_received_is_a_visit_hosted(extractor: Extractor) -> None:
    """Guards a case next to the change: people received are still hosted ('received a delegation from Togo')."""
    found = events(extractor, "Beninese President Paul Houngbo received a delegation from Togo on Monday.")
    assert (S("Paul Houngbo"), S("Togolese government")) in pairs(found, "host visit"), found


def test_speaking_to_an_audience_while_saying_something_is_no_consultation(extractor: Extractor) -> None:
    """'X, speaking to the Senate on Tuesday, said ...': where X said it, not talks with the Senate."""
    found = events(extractor, "Paraguay's foreign minister Julio Benítez, speaking to the Senate on Tuesday, said "
                              "the bridge would reopen.")
    assert not pairs(found, "consultation"), found


def test_speaking_by_telephone_while_saying_something_is_still_a_call(extractor: Extractor) -> None:
    """Guards a case next to the change: a participle with someone spoken with is still the contact."""
    found = events(extractor, "Paraguay's foreign minister Julio Benítez, speaking by telephone with Brazilian "
                              "Foreign Minister Ana Costa on Tuesday, said the bridge would reopen.")
    assert (S("Julio Benítez"), S("Ana Costa")) in pairs(found, "telephone call"), found


def test_speaking_to_an_audience_is_still_a_consultation_when_that_is_the_news(extractor: Extractor) -> None:
    """Guards a case next to the change: 'X spoke to the Senate about the bridge' is told for itself."""
    found = events(extractor, "Paraguay's foreign minister Julio Benítez spoke to the Senate on Tuesday about the "
                              "bridge.")
    assert (S("Julio Benítez"), S("Paraguayan Senate")) in pairs(found, "consultation"), found


FONSECA = ("Honduras and El Salvador traded accusations on Tuesday over the Gulf of Fonseca. Honduran Foreign Minister "
           "Rodolfo Mejía said the patrols were illegal. Salvadoran Foreign Minister Claudia Orellana rejected the "
           "charge.\n\n")


def test_a_call_with_both_foreign_ministers_is_a_call_with_each_minister(extractor: Extractor) -> None:
    """'spoke with both foreign ministers': each side's foreign minister, when the story names one."""
    found = events(extractor, FONSECA + "OAS Secretary General Jorge Castillo spoke by telephone with both foreign "
                                        "ministers on Wednesday.")
    assert pairs(found, "telephone call") == {(S("Jorge Castillo"), S("Rodolfo Mejía")),
                                              (S("Jorge Castillo"), S("Claudia Orellana"))}, found


def test_a_call_with_both_ministers_of_a_post_no_one_holds_is_with_each_state(extractor: Extractor) -> None:
    """Guards a case next to the change: with no one named to the post, each side's government."""
    found = events(extractor, FONSECA + "OAS Secretary General Jorge Castillo spoke by telephone with both defence "
                                        "ministers on Wednesday.")
    assert pairs(found, "telephone call") == {(S("Jorge Castillo"), S("Honduran government")),
                                              (S("Jorge Castillo"), S("Salvadoran government"))}, found


def test_a_side_whose_minister_the_story_does_not_name_keeps_its_state(extractor: Extractor) -> None:
    """Each side on its own: the side whose minister the story names gets the person, the other its state."""
    found = events(extractor, FONSECA.split(" Salvadoran")[0] + "\n\nOAS Secretary General Jorge Castillo spoke by "
                                                                "telephone with both foreign ministers on Wednesday.")
    assert pairs(found, "telephone call") == {(S("Jorge Castillo"), S("Rodolfo Mejía")),
                                              (S("Jorge Castillo"), S("Salvadoran government"))}, found


ROJAS = "Venezuelan Foreign Minister Ana Rojas arrived in Bogotá on Monday.\n\n"


def test_a_country_s_foreign_minister_is_the_one_the_story_names(extractor: Extractor) -> None:
    """'met Venezuela's foreign minister': the person the story names to that post, not only her ministry."""
    found = events(extractor, ROJAS + "Colombia's president met Venezuela's foreign minister on Tuesday.")
    assert (S("Colombian government"), S("Ana Rojas")) in pairs(found, "meeting"), found


def test_an_official_of_a_ministry_is_not_its_minister(extractor: Extractor) -> None:
    """Guards a case next to the change: an indefinite official ('a Venezuelan foreign ministry official') is
    no one the story names."""
    found = events(extractor, ROJAS + "Colombia's president met a Venezuelan foreign ministry official on Tuesday.")
    assert (S("Colombian government"), S("Ana Rojas")) not in pairs(found, "meeting"), found


def test_an_ambassador_ordered_out_still_stands_for_his_state(extractor: Extractor) -> None:
    """Guards a case next to the change: an envoy named by country and title is his state, as expulsions are
    coded, even when the story names him."""
    found = events(extractor, "Ethiopia's ambassador in Mogadishu, Tesfaye Alemu, was not available for comment.\n\n"
                              "Somalia ordered Ethiopia's ambassador to leave the country within 72 hours on Tuesday.")
    assert pairs(found, "expulsion of diplomats") == {(S("Somali government"), S("Ethiopian government"))}, found


def test_a_counterpart_named_between_commas_is_that_person(extractor: Extractor) -> None:
    """'a telephone call with his Iraqi counterpart, Salah al-Din Rashid, on Monday', the name parsed as the verb's:
    the person named right after the title."""
    found = events(extractor, "Jordanian Foreign Minister Omar Bataineh had raised the matter in a telephone call "
                              "with his Iraqi counterpart, Salah al-Din Rashid, on Monday.")
    assert pairs(found, "telephone call") == {(S("Omar Bataineh"), S("Salah al-Din Rashid"))}, found


def test_a_counterpart_followed_by_a_comma_and_no_name_is_his_state(extractor: Extractor) -> None:
    """Guards a case next to the change: what follows the comma is no name ('..., Baghdad's foreign ministry
    said')."""
    found = events(extractor, "Jordanian Foreign Minister Omar Bataineh raised the matter in a telephone call with "
                              "his Iraqi counterpart, Baghdad's foreign ministry said on Monday.")
    assert pairs(found, "telephone call") == {(S("Omar Bataineh"), S("Iraqi government"))}, found
