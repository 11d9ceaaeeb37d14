"""People, institutions and roles: rules learnt from the opened blind sets fresh14-16 (fixed by kind), each on
short invented sentences about other conflicts (not from any sample or dev article)."""

from __future__ import annotations

from test_rules_entities import institutions, people
from test_rules_entities2 import extract, roles

from dipgraph.loaders.extract import Extractor

_CAPITAL_BRIEFING = ("Weekly Press Briefing of the Spokesperson of the Ministry of Foreign Affairs\n"
                     "Kigali, Tuesday, 5 May 2026\n"
                     "Aline Uwase, Spokesperson of the Ministry of Foreign Affairs\n\n"
                     "SPOKESPERSON UWASE: Good morning. Foreign Minister Eric Mugenzi spoke with Burundi on Monday. "
                     "Burundi closed the border. Burundi says our traders broke its rules. Burundi is wrong, and "
                     "Rwanda will say so.\n\n"
                     "QUESTION: Will Burundi reopen it?\n\n"
                     "SPOKESPERSON UWASE: We hope so.\n")


def test_a_ministrys_briefing_held_in_a_capital_is_that_countrys(extractor: Extractor) -> None:
    doc = extract(extractor, _CAPITAL_BRIEFING)
    found = roles(doc)
    assert ("Eric Mugenzi", "Foreign Minister", "Rwandan Foreign Ministry") in found
    assert not any(inst.startswith("Burundian") for _p, _t, inst in found)


def statements(extractor: Extractor, body: str) -> list[tuple[str, str]]:
    """(speaker, text) of every statement extracted from a short article with a headline."""
    doc = extract(extractor, "Headline\n\n" + body)
    nodes = {n.id: n for n in doc.nodes}
    return [(nodes[r.start].properties["name"], nodes[r.end].properties["text"])
            for r in doc.relationships if r.type == "STATED"]


def test_the_coast_guard_is_the_one_named_last_even_in_full(extractor: Extractor) -> None:
    found = statements(extractor, "MANILA — Three Vietnamese coast guard ships entered the shoal on Sunday.\n\n"
                                  "According to the Philippine Coast Guard, the ships stayed for ten hours. A patrol "
                                  "vessel shadowed them until they left, the coast guard said.")
    assert [who for who, text in found if "shadowed" in text] == ["Philippine Coast Guard"]


def test_a_ministers_portfolio_after_of_names_the_ministry(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nGhana's Minister of Fisheries, Kwame Boateng Asante, said the boats would "
                             "be returned.")
    found = roles(doc)
    assert any(p == "Kwame Boateng Asante" and t == "Minister of Fisheries" and "Ghanaian" in inst
               and "Fisheries" in inst for p, t, inst in found)
    assert "Ghanaian Ministry of Fisheries" in {a for e in institutions(doc).values() for a in
                                               [e["name"], *(e.get("aliases") or [])]}


def test_names_listed_with_islands_are_places(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nMALE — The Maldives rejected claims to the atolls of Kanda Huvaru, Beru "
                             "Madu and Olhu Giri on Monday. A coast guard cutter sailed between Fali Dhoo and Raa "
                             "island. Minister Aminath Shareef said Mira Falhu and its affiliated islets were "
                             "Maldivian.")
    assert people(doc) == {"Aminath Shareef"}


def test_a_reporter_whose_name_has_a_particle_is_no_person(extractor: Extractor) -> None:
    doc = extract(extractor, "Press Briefing of the Ministry of Foreign Affairs\nAmman, 2 March 2026\n\n"
                             "SPOKESPERSON HADDAD: Good morning. Jordan rejects the statement.\n\n"
                             "Q: Khaled al-Rifai, Petra Radio. Will Jordan recall its ambassador?\n\n"
                             "SPOKESPERSON HADDAD: Not now.\n")
    assert not any("Rifai" in name for name in people(doc))
    assert "Petra Radio" not in institutions(doc)


def test_a_verb_after_a_name_is_no_field_of_a_title(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nQUITO — Yesterday the Director for Andean Affairs, Mr. Pablo Cevallos "
                             "Ruiz, summoned the chargé d'affaires of Peru and handed him a note.")
    assert not any("summoned" in title for _p, title, _i in roles(doc))


def test_a_bare_ministry_opening_a_paragraph_is_the_datelines(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nHANOI — Vietnam protested on Monday after Chinese ships entered the "
                             "reef.\n\nOn Sunday, Wang Lei, director-general of the Chinese Foreign Ministry's "
                             "Boundary Department, called the Vietnamese ambassador, the ministry said.\n\n"
                             "The Foreign Ministry called in the Chinese ambassador on Monday. Nguyen Thi Lan, the "
                             "ministry's director-general for China affairs, told him the ships must leave.")
    assert ("Nguyen Thi Lan", "director-general", "Vietnamese Foreign Ministry") in roles(doc)


def test_a_countrys_body_may_hold_a_titles_word(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nDAKAR — The border stayed shut on Monday. In Rosso, the local branch of "
                             "the Senegalese General Workers Union said traders had lost millions. Its secretary "
                             "general in the town, Moussa Ndiaye Fall, demanded compensation.")
    assert "Senegalese General Workers Union" in institutions(doc)
    assert not any("Workers Union" in name for name in people(doc))
    assert ("Moussa Ndiaye Fall", "secretary general", "Senegalese General Workers Union") in roles(doc)


def test_two_posts_joined_before_a_name_are_both_held(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nDOHA — Kuwait called for calm on Monday. Its envoy met the Prime Minister "
                             "and Foreign Minister of Bahrain, Sheikh Khalid bin Ahmed Al Khalifa, in Manama.")
    found = roles(doc)
    assert ("Khalid bin Ahmed Al Khalifa", "Foreign Minister", "Bahraini Foreign Ministry") in found
    assert ("Khalid bin Ahmed Al Khalifa", "Prime Minister", "Bahraini government") in found


_FOR_BRIEFING = ("Ministry for Foreign Affairs of Latvia\n"
                 "Press conference on the eastern border\n"
                 "Riga, 4 March 2026\n\n"
                 "Speakers: Foreign Minister Ilze Kalnina; Colonel Janis Ozols, Chief of the Latvian State Border "
                 "Guard\n"
                 "Moderator: Liene Berzina, Director of Communications\n\n"
                 "MODERATOR BERZINA: Good afternoon. Minister, please.\n\n"
                 "MINISTER KALNINA: Thank you. Latvia will keep the crossing closed. Latvia asks Belarus to stop.\n\n"
                 "QUESTION: Will it reopen?\n\n"
                 "MINISTER KALNINA: Not this month.\n")


def test_a_header_ministry_for_a_portfolio_holds_the_briefing(extractor: Extractor) -> None:
    found = roles(extract(extractor, _FOR_BRIEFING))
    assert any(p == "Liene Berzina" and inst == "Latvian Foreign Ministry" for p, _t, inst in found)
    assert not any(p == "Liene Berzina" and "Border" in inst for p, _t, inst in found)


def test_the_eu_border_agency_is_an_organisation(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nATHENS — Greece asked for help on Monday. Frontex Executive Director "
                             "Anna Lindgren Moller met the minister in Athens.")
    assert any(p == "Anna Lindgren Moller" and inst == "Frontex" for p, _t, inst in roles(doc))


def test_a_foreign_affairs_adviser_sits_at_the_foreign_ministry(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nTUNIS — Late on Thursday, Tunisia's foreign affairs adviser, Hedi Ben "
                             "Salah Mabrouk, spoke by phone with his Algerian counterpart. National Security Adviser "
                             "Karim Zouari did not comment.")
    found = roles(doc)
    assert ("Hedi Ben Salah Mabrouk", "foreign affairs adviser", "Tunisian Foreign Ministry") in found
    assert not any(p == "Karim Zouari" and "Ministry" in inst for p, _t, inst in found)


def test_a_high_commissioner_among_diplomats_expelled_is_theirs(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nNAIROBI — Kenya and Tanzania traded expulsions this week. On Monday, Kenya "
                             "decided to expel four Tanzanian diplomats, including the Deputy High Commissioner, "
                             "Ms. Neema Joseph Mushi.")
    assert any(p == "Neema Joseph Mushi" and inst == "Tanzanian government" for p, _t, inst in roles(doc))


def test_a_turns_label_gives_its_speaker_a_title(extractor: Extractor) -> None:
    doc = extract(extractor, "Transcript of the Weekly Media Briefing by the Official Spokesperson\n"
                             "Ministry of External Affairs, New Delhi\n\n"
                             "OFFICIAL SPOKESPERSON SHRI ARJUN DESHPANDE: Good afternoon. India rejects the claims "
                             "made by Nepal. India will talk to Nepal.\n\n"
                             "QUESTION: Will the minister visit Nepal?\n\n"
                             "OFFICIAL SPOKESPERSON SHRI ARJUN DESHPANDE: Not this month.\n")
    assert any(p == "Arjun Deshpande" and t.lower().endswith("spokesperson") and inst.startswith("Indian")
               for p, t, inst in roles(doc))


def test_a_name_called_in_is_a_person_summoned(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nBUCHAREST — The Foreign Ministry called in Dmitri Orlov Petrescu, the "
                             "deputy chief of mission at the Russian Embassy, on Tuesday.")
    assert "Dmitri Orlov Petrescu" in people(doc)
