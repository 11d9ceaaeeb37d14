"""Counterpart rules of the thirty-fourth session, on short texts of our own with invented people."""

from __future__ import annotations

from test_rules_entities25 import roles_of

from dipgraph.loaders.extract import Extractor


def test_a_counterpart_is_of_the_titled_person_before_it(extractor: Extractor) -> None:
    """'Foreign Minister X raised Y's case with her Chinese counterpart, Z': Z is China's foreign minister, the
    counterpart of the titled X, not of Y (named last, with no title)."""
    roles = roles_of(extractor, "Detained manager\n\nTOKYO - Japan protested to China on Monday over the detention of "
                                "a Japanese trading company manager, Kenji Morita.\n\nForeign Minister Reiko Sato "
                                "raised Kenji Morita's case with her Chinese counterpart, Wang Lihua, when the two "
                                "met in Seoul in May.\n")
    assert ("Wang Lihua", "Foreign Minister", "Chinese Foreign Ministry") in roles, roles


def test_two_counterparts_named_in_the_order_of_their_countries(extractor: Extractor) -> None:
    """'his Latvian and Finnish counterparts, A and B': A is Latvia's foreign minister and B Finland's."""
    roles = roles_of(extractor, "Buoys row\n\nTALLINN - Estonia protested to Russia on Wednesday.\n\nEstonian Foreign "
                                "Minister Margus Tamm also spoke by telephone on Wednesday with his Latvian and "
                                "Finnish counterparts, Janis Ozols and Aino Virtanen, the Estonian Foreign Ministry "
                                "said.\n")
    assert ("Janis Ozols", "Foreign Minister", "Latvian Foreign Ministry") in roles, roles
    assert ("Aino Virtanen", "Foreign Minister", "Finnish Foreign Ministry") in roles, roles


def test_a_department_of_foreign_affairs_by_its_initials(extractor: Extractor) -> None:
    """'DFA spokesperson X' (the Department of Foreign Affairs, as the Philippines and others call their foreign
    ministry): the story's country's foreign ministry, not an unknown body 'DFA'."""
    roles = roles_of(extractor, "Shoal row\n\nMANILA - The Philippines protested to China on Monday.\n\nDFA "
                                "spokesperson Teresa Lim said Manila would act.\n")
    assert ("Teresa Lim", "spokesperson", "Philippine Department of Foreign Affairs") in roles, roles


def test_a_building_named_like_a_person_is_no_person(extractor: Extractor) -> None:
    """'OR Mandela Building, Pretoria' on a transcript's header: a building whose name opens like a person's, no
    person."""
    doc = extractor.extract("Media briefing by the Department of Home Affairs\nSpokesperson: Ms Lerato Nkosi\nOR "
                            "Mandela Building, Pretoria\nThursday, 4 June 2026, 10:00\n\nSPOKESPERSON NKOSI: Good "
                            "morning. South Africa has asked Lesotho to reopen the border.\n", date="2026-06-04")
    people = {n.properties["name"] for n in doc.nodes if n.label == "Person"}
    assert "Mandela Building" not in people, people
