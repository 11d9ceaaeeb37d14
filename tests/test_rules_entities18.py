"""Names, institutions and roles: rules of the twenty-fifth session, on short texts of our own."""

from __future__ import annotations

import pytest
from test_rules_entities import institutions, people
from test_rules_entities2 import extract, roles

from dipgraph.loaders.extract import Extractor
from dipgraph.loaders.gazetteer import gazetteer


@pytest.mark.parametrize(("name", "code"), [
    ("Republic of Korea", "KR"),
    ("Korea", "KR"),
    ("Republic of China", "TW"),
    ("State of Libya", "LY"),
    ("Republic of the Niger", "NE"),
    ("Republic of Ireland", "IE"),
])
def test_a_state_s_long_form_names_it(name: str, code: str) -> None:
    hit = gazetteer().country(name)
    assert hit is not None and hit.country.code == code


def test_a_letterhead_names_its_ministry_s_country_after_a_comma(extractor: Extractor) -> None:
    doc = extract(extractor, "Ministry of Foreign Affairs, Republic of Korea\nRegular Press Briefing\n\n"
                             "Yesterday, First Vice Foreign Minister Park Ji-hoon summoned the Japanese ambassador "
                             "to protest the new export controls.")
    assert "South Korean Foreign Ministry" in institutions(doc)
    assert ("Park Ji-hoon", "Vice Foreign Minister", "South Korean Foreign Ministry") in roles(doc)


def test_a_country_after_a_ministry_and_a_comma_in_running_text_is_not_its_country(extractor: Extractor) -> None:
    """Guards a case next to the change: outside a letterhead, ', Peru' after a ministry starts a list."""
    doc = extract(extractor, "Border row\n\nChile's Ministry of Foreign Affairs, Peru and Bolivia met in Lima on "
                             "Monday to discuss the border.")
    assert "Peruvian Foreign Ministry" not in institutions(doc)


def test_a_day_before_a_title_leaves_it_bare(extractor: Extractor) -> None:
    """'On Monday Foreign Minister X': the day is no qualifier, so the title takes the side its frame tells."""
    doc = extract(extractor, "Border row\n\nLIMA — Peruvian officials met on Friday.\n\nBolivia protested on Sunday. "
                             "On Monday Foreign Minister Ana Rojas said the patrol had crossed the line.")
    assert ("Ana Rojas", "Foreign Minister", "Bolivian Foreign Ministry") in roles(doc)


BRIEFING = ("Regular Press Briefing\n\nBriefers: Spokesperson Chen Yu-ting; Deputy Director-General Huang Chih-wei, "
            "Coast Guard Administration\n\nSPOKESPERSON CHEN: Good afternoon. I will now ask Deputy Director-General "
            "Huang to describe what happened.\n\nDEPUTY DIRECTOR-GENERAL HUANG: Thank you. The boat was 41 miles "
            "south of the island when it was fired on.\n")


def test_a_briefer_named_family_name_first_is_the_one_a_label_names(extractor: Extractor) -> None:
    """A hyphenated title ('Director-General') is no part of a name, and 'HUANG:' names 'Huang Chih-wei'."""
    doc = extract(extractor, BRIEFING)
    nodes = {n.id: n for n in doc.nodes}
    said = {nodes[r.start].properties["name"] for r in doc.relationships if r.type == "STATED"}
    assert people(doc) == {"Chen Yu-ting", "Huang Chih-wei"} and "Huang Chih-wei" in said


def test_a_name_the_parser_reads_as_a_verb_at_a_line_s_start_is_still_a_name(extractor: Extractor) -> None:
    doc = extract(extractor, "MINISTRY OF FOREIGN AFFAIRS OF VIET NAM\nREGULAR PRESS BRIEFING\n"
                             "Hanoi, Thursday, 18 June 2026\n\nSpokesperson: Trần Minh Hạnh\n"
                             "Guest speaker: Nguyễn Văn Toàn, Director of the Consular Department\n\n"
                             "SPOKESPERSON TRẦN MINH HẠNH: Good afternoon. Chinese coast guard vessels detained a "
                             "Vietnamese fishing boat on Monday.\n")
    assert "Nguyễn Văn Toàn" in people(doc) and "Văn Toàn" not in people(doc)


def test_russia_s_border_service_is_one_body_by_its_full_name(extractor: Extractor) -> None:
    doc = extract(extractor, "Buoy row\n\nThe Border Service of Russia's Federal Security Service (FSB), which guards "
                             "the frontier, accused Estonian border guards of trying to redraw the line.")
    assert "FSB Border Service" in institutions(doc) and "Border Service of Russia" not in institutions(doc)


def test_a_question_s_verb_before_a_title_is_no_portfolio(extractor: Extractor) -> None:
    doc = extract(extractor, "Border row\n\nSouth Africa protested on Monday.\n\nQUESTION: One last one. Will Minister "
                             "Naledi Khumalo travel to Windhoek?")
    assert not any(title.startswith("Will") for _, title, _ in roles(doc))
    assert not any("Will" in name for name in institutions(doc))


def test_an_eu_commissioner_sits_on_the_commission_the_story_never_names(extractor: Extractor) -> None:
    doc = extract(extractor, "Border row\n\nEU Energy Commissioner Kristina Vaitkute warned Vilnius on Monday that the "
                             "grid link must stay open.")
    assert any(name == "Kristina Vaitkute" and body == "European Commission" for name, _, body in roles(doc))


def test_a_high_commissioner_is_no_member_of_a_commission(extractor: Extractor) -> None:
    """Guards a case next to the change: a Commonwealth state's envoy, or the UN's, is titled 'High Commissioner'."""
    doc = extract(extractor, "Refugee row\n\nUN High Commissioner for Refugees Anna Berg said the camp was full.")
    assert not any(body.endswith("Commission") for _, _, body in roles(doc))


@pytest.mark.parametrize(("text", "ministry"), [
    ("PRETORIA — South Africa's Department of International Relations and Cooperation said on Monday that the boats "
     "were seized.", "South African Department of International Relations and Cooperation"),
    ("WINDHOEK — The Ministry of International Relations and Trade summoned Botswana's high commissioner on Monday.",
     "Namibian Foreign Ministry"),
])
def test_a_ministry_of_international_relations_is_the_foreign_ministry(extractor: Extractor, text: str,
                                                                        ministry: str) -> None:
    doc = extract(extractor, "Border row\n\n" + text)
    assert ministry in institutions(doc)


def test_the_person_titled_at_the_end_of_a_body_s_name_speaks(extractor: Extractor) -> None:
    """'The Council of Europe's Secretary General, X, urged ...': parsed as the Council urging."""
    doc = extract(extractor, "Court row\n\nDUBLIN — Ireland filed a case against Britain on Monday.\n\nThe Council of "
                             "Europe's Secretary General, Ioana Margineanu, urged them to keep talking.")
    nodes = {n.id: n for n in doc.nodes}
    said = {nodes[r.start].properties["name"] for r in doc.relationships if r.type == "STATED"}
    assert said == {"Ioana Margineanu"}
