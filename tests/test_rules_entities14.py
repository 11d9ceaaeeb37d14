"""Names, institutions and roles: rules of the twenty-first session, on short texts of our own."""

from __future__ import annotations

import pytest
from test_rules_entities2 import extract, roles

from dipgraph.loaders.extract import Extractor


@pytest.mark.parametrize("address", ["the Honourable", "the Right Honourable", "His Excellency"])
def test_a_title_before_an_addressed_name_is_the_persons(extractor: Extractor, address: str) -> None:
    text = (f"Pacific news\n\nSUVA, March 9 (Reuters) - Fiji's Minister of Foreign Affairs, {address} Semisi "
            "Fonua, said on Monday the patrols would continue.\n")
    assert ("Semisi Fonua", "Minister of Foreign Affairs", "Fijian Foreign Ministry") in roles(extract(extractor, text))


@pytest.mark.parametrize(("dateline", "title", "holder"), [("CANBERRA", "President", "Kiribati government"),
                                                           ("TARAWA", "Prime Minister", "Australian government")])
def test_a_bare_head_title_is_of_the_country_that_has_the_post(extractor: Extractor, dateline: str, title: str,
                                                               holder: str) -> None:
    # (the President case is read right without the lists too: it guards the rule's other direction)
    text = (f"Pacific news\n\n{dateline} (Reuters) - Australia and Kiribati signed a policing pact on Wednesday. "
            "Australian officers will work inside Kiribati's police headquarters, and Kiribati will keep its "
            f"Chinese advisers.\n\nBut {title} Teuea Karaiti said on Thursday that the advisers would stay.\n")
    found = {(t, i) for n, t, i in roles(extract(extractor, text)) if n == "Teuea Karaiti"}
    assert found and {i for _t, i in found} <= {holder, holder.replace("Kiribati", "I-Kiribati")}


def test_a_spokesperson_speaks_for_the_ministry_a_header_names_in_capitals(extractor: Extractor) -> None:
    text = ("MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF MOLDOVA Press briefing by Spokesperson Ana Rusu\n"
            "With Deputy Minister of Defence Ion Ceban\nChisinau, Thursday, August 27, 2026\n\n"
            "SPOKESPERSON RUSU: Good afternoon. Moldova condemns the attack. Russia must explain it.\n\n"
            "QUESTION: Who fired?\n\nSPOKESPERSON RUSU: Our radar shows the drone came from Russia.\n")
    assert ("Ana Rusu", "Spokesperson", "Moldovan Foreign Ministry") in roles(extract(extractor, text))


def test_menteri_besar_is_a_title_not_a_name(extractor: Extractor) -> None:
    text = ("Regional news\n\nJOHOR BAHRU (Reuters) - Johor Menteri Besar Aziz Rahmat accused Singapore of hiding "
            "behind an old treaty. \"We want a fair price,\" Menteri Besar Aziz Rahmat said on Monday.\n")
    doc = extract(extractor, text)
    assert {n.properties["name"] for n in doc.nodes if n.label == "Person"} == {"Aziz Rahmat"}


def test_plain_militants_are_no_institution_but_armed_gangs_are_one(extractor: Extractor) -> None:
    text = ("Regional news\n\nLUSAKA (Reuters) - On Sunday militants attacked a police post near the border. "
            "Armed gangs have blocked the main road since March.\n")
    doc = extract(extractor, text)
    names = {n.properties["name"].lower() for n in doc.nodes if n.label == "Institution"}
    assert "militants" not in names and "armed gangs" in names


@pytest.mark.parametrize(("sentence", "body"), [
    ("The bill was passed by Parliament last week after a long debate.", "Parliament"),
    ("The prime minister's office said the law would stand.", "Prime Minister's Office"),
])
def test_a_body_no_country_qualifies_is_the_datelines(extractor: Extractor, sentence: str, body: str) -> None:
    # a bare parliament (mentions._bodies) or leader's office (national.py, resolve._office)
    text = ("Regional news\n\nPODGORICA (Reuters) - Serbia protested on Monday against the new law, and Serbia "
            f"recalled its ambassador.\n\n{sentence}\n")
    doc = extract(extractor, text)
    names = {n.properties["name"] for n in doc.nodes if n.label == "Institution"}
    assert f"Montenegrin {body}" in names and f"Serbian {body}" not in names


def test_two_countries_joint_body_keeps_both_names(extractor: Extractor) -> None:
    text = ("Regional news\n\nMONROVIA (Reuters) - The Liberia–Sierra Leone Joint Border Commission met in "
            "Monrovia on Tuesday.\n")
    doc = extract(extractor, text)
    names = {n.properties["name"] for n in doc.nodes if n.label == "Institution"}
    assert "Liberia–Sierra Leone Joint Border Commission" in names


def test_a_force_answers_to_its_countrys_other_demonym(extractor: Extractor) -> None:
    text = ("Regional news\n\nVIENTIANE (Reuters) - Laotian security forces detained seven surveyors on Monday.\n")
    doc = extract(extractor, text)
    forces = [n for n in doc.nodes if n.label == "Institution" and "Security Forces" in n.properties["name"]]
    assert forces and "Lao Security Forces" in {forces[0].properties["name"], *forces[0].properties["aliases"]}
