"""People, institutions and roles: rules learnt from the opened blind sets fresh17-19 and checked on fresh5-16 (fixed
by kind: whose country a title is when the words next to it do not say), each on short invented sentences about
other conflicts (not from any sample or dev article)."""

from __future__ import annotations

from test_rules_entities import institutions, people
from test_rules_entities2 import extract, roles

from dipgraph.loaders.extract import Extractor


def _of(found: set[tuple[str, str, str]], person: str) -> set[str]:
    return {inst for p, _t, inst in found if p == person}


def test_a_title_after_a_counterpart_is_the_counterparts_countrys(extractor: Extractor) -> None:
    found = roles(extract(extractor, "Headline\n\nForeign Minister Levan Gelashvili telephoned his Armenian "
                                     "counterpart, Foreign Minister Aram Petrosyan, and asked for help, the Georgian "
                                     "Foreign Ministry said."))
    assert _of(found, "Aram Petrosyan") == {"Armenian Foreign Ministry"}
    assert _of(found, "Levan Gelashvili") == {"Georgian Foreign Ministry"}
    found = roles(extract(extractor, "Headline\n\nOTTAWA — The minister said he had briefed his Danish counterpart, "
                                     "Defence Minister Mette Holm, by telephone. Canada would send a frigate."))
    assert _of(found, "Mette Holm") and all(i.startswith("Danish") for i in _of(found, "Mette Holm"))


def test_a_possessive_title_does_not_run_across_another_name(extractor: Extractor) -> None:
    found = roles(extract(extractor, "Headline\n\nThe talks were led by Peru's Foreign Minister, Ana Quispe, and "
                                     "Ecuador's Deputy Foreign Minister, Jorge Salinas. They met for three hours."))
    assert _of(found, "Jorge Salinas") == {"Ecuadorian Foreign Ministry"}
    assert _of(found, "Ana Quispe") == {"Peruvian Foreign Ministry"}


def test_a_relative_clause_after_a_title_says_nothing_of_its_country(extractor: Extractor) -> None:
    found = roles(extract(extractor, "Headline\n\nThe court heard the case of Carlos Mendez, a former energy "
                                     "minister to whom Bolivia granted asylum last year."))
    assert not any(i.startswith("Bolivian") for i in _of(found, "Carlos Mendez"))


def test_an_ambassador_met_by_one_side_is_the_other_sides(extractor: Extractor) -> None:
    text = ("Headline\n\nWARSAW — Poland and Lithuania quarrelled on Monday over a rail tariff. Polish Foreign "
            "Minister Adam Nowicki said Vilnius had broken its word. \"We will not accept this,\" he told reporters in "
            "Warsaw after meeting Ambassador Rasa Kazlauskiene for half an hour.")
    found = roles(extract(extractor, text))
    assert _of(found, "Rasa Kazlauskiene") == {"Lithuanian government"}
    text = ("Headline\n\nNAIROBI — Kenya and Somalia traded accusations over a maritime patrol. The Kenyan Foreign "
            "Ministry said it had received Ambassador Abdi Warsame on Tuesday. Somalia said the patrol was illegal.")
    found = roles(extract(extractor, text))
    assert _of(found, "Abdi Warsame") == {"Somali government"}


def test_an_ambassador_a_country_recalls_stays_its_own(extractor: Extractor) -> None:
    text = ("Headline\n\nNAIROBI — Kenya and Somalia traded accusations over a maritime patrol. The Kenyan Foreign "
            "Ministry said it had recalled Ambassador Jane Wambui for consultations. Somalia said the patrol was "
            "illegal.")
    found = roles(extract(extractor, text))
    assert not any(i.startswith("Somali") for i in _of(found, "Jane Wambui"))


def test_a_ministry_named_by_portfolio_also_has_its_formal_name(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nThe Zambian Defence Ministry said on Monday that two soldiers had been "
                             "detained. Malawi's Justice Ministry said it would not comment.")
    names = {a for e in institutions(doc).values() for a in [e["name"], *(e.get("aliases") or [])]}
    assert {"Zambian Ministry of Defense", "Malawian Ministry of Justice"} <= names
    assert "Zambian Ministry of Foreign" not in names


def test_a_minister_speaking_in_one_sides_capital_is_that_sides(extractor: Extractor) -> None:
    text = ("Headline\n\nASUNCION — Paraguay and Bolivia traded accusations on Monday over the Chaco border. The "
            "Paraguayan Foreign Ministry said the patrol had strayed.\n\nForeign Minister Hugo Benitez told reporters "
            "in La Paz that the patrol had never left Bolivian soil.")
    assert _of(roles(extract(extractor, text)), "Hugo Benitez") == {"Bolivian Foreign Ministry"}
    text = ("Headline\n\nACCRA — Ghana and Togo argued over fishing rights on Friday. Togo's Foreign Ministry "
            "protested.\n\nDefence Minister Kofi Mensah said in Lome that the boats had no licence.")
    assert _of(roles(extract(extractor, text)), "Kofi Mensah") == {"Togolese Defense Ministry"}


def test_a_visitor_speaking_in_the_hosts_capital_is_not_the_hosts(extractor: Extractor) -> None:
    text = ("Headline\n\nACCRA — Ghana and Togo argued over fishing rights on Friday. Togo's Foreign Ministry "
            "protested.\n\nDefence Minister Kofi Mensah said in Lome after talks with Togolese officials that the "
            "boats had no licence.")
    assert not any(i.startswith("Togolese") for i in _of(roles(extract(extractor, text)), "Kofi Mensah"))


def test_a_seat_city_acting_is_the_body_seated_there_the_story_names(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nThe European Commission asked Serbia and Kosovo to resume talks. A "
                             "spokesman said Brussels would assess the new border rules next month.")
    names = {e["name"] for e in institutions(doc).values()}
    assert "European Commission" in names and "Belgian government" not in names
    doc = extract(extractor, "Headline\n\nBrussels said on Monday that it would expel two diplomats, and Belgium's "
                             "neighbours backed it.")
    assert "Belgian government" in {e["name"] for e in institutions(doc).values()}


def test_a_minister_of_state_for_a_portfolio_serves_in_its_ministry(extractor: Extractor) -> None:
    found = roles(extract(extractor, "Headline\n\nKenya's Minister of State for Foreign Affairs, Ruth Wanjiru, arrived "
                                     "in Kampala on Monday."))
    assert _of(found, "Ruth Wanjiru") == {"Kenyan Foreign Ministry"}
    found = roles(extract(extractor, "Headline\n\nMinister of State Ruth Wanjiru said Kenya would help."))
    assert _of(found, "Ruth Wanjiru") == {"Kenyan government"}


def test_a_secretary_of_a_portfolio_serves_in_its_ministry(extractor: Extractor) -> None:
    found = roles(extract(extractor, "Headline\n\nColombia's Secretary of Foreign Affairs, Andres Villa, said the "
                                     "troops would stay."))
    assert ("Andres Villa", "Secretary of Foreign Affairs", "Colombian Foreign Ministry") in found


def test_a_commissioner_of_the_eu_sits_on_the_european_commission(extractor: Extractor) -> None:
    found = roles(extract(extractor, "Headline\n\nThe European Commission met on Monday. The EU said the ban was a "
                                     "clear breach of the trade agreement. Commissioner Anna Kowalczyk spoke by "
                                     "telephone with Poland's trade minister."))
    assert _of(found, "Anna Kowalczyk") == {"European Commission"}


def test_a_countrys_armed_forces_spokesman_speaks_for_its_armed_forces(extractor: Extractor) -> None:
    found = roles(extract(extractor, "Headline\n\nMali's armed forces spokesman, Colonel Souleymane Dembele, said two "
                                     "soldiers were hurt."))
    assert _of(found, "Souleymane Dembele") == {"Malian Army"}


def test_a_country_on_a_route_does_not_own_a_title(extractor: Extractor) -> None:
    text = ("Headline\n\nNigerian troops clashed with smugglers on Monday. The patrol stopped a convoy coming from "
            "Niger at dawn, according to the army spokesman, Colonel Musa Bello.")
    assert _of(roles(extract(extractor, text)), "Musa Bello") == {"Nigerian Army"}


def test_a_portfolio_of_several_is_the_ministry_of_the_first(extractor: Extractor) -> None:
    found = roles(extract(extractor, "Headline\n\nPeru's Minister of Interior and Police, Carla Rojas, said the border "
                                     "would stay open."))
    assert _of(found, "Carla Rojas") == {"Peruvian Interior Ministry"}
    doc = extract(extractor, "Headline\n\nChile's Minister of Economy, Trade and Tourism, Pablo Reyes, said the "
                             "tariff was illegal.")
    assert ("Pablo Reyes", "Minister of Economy, Trade and Tourism", "Chilean Economy Ministry") in roles(doc)
    assert "Chilean Ministry of Economy, Trade and Tourism" in {
        a for e in institutions(doc).values() for a in [e["name"], *(e.get("aliases") or [])]}


def test_a_title_before_the_next_name_in_a_list_is_not_the_names_before(extractor: Extractor) -> None:
    found = roles(extract(extractor, "Headline\n\nWINDHOEK — The accord was signed by Namibia's Minister of Home "
                                     "Affairs, Ana Lopes, Minister of Home Affairs of the Republic of Angola Joao Neto "
                                     "and a UN envoy."))
    assert _of(found, "Ana Lopes") == {"Namibian Home Affairs Ministry"}


_DEPARTMENT_BRIEFING = ("Department Press Briefing – March 3, 2026\nJohn Carver, Principal Deputy Spokesperson\n"
                        "Washington, DC\n\nMR. CARVER: Good afternoon. The State Department today renewed its travel "
                        "advice for Ecuador. Joining me is Ann Lee, our Deputy Assistant Secretary for Andean "
                        "Affairs.\n\nMS. LEE: Thanks, John. I will say this for my counterpart. Vice Minister Jorge "
                        "Salinas told me in Quito that Ecuador wants the consulate open.\n\nQUESTION: Will it "
                        "reopen?\n\nMR. CARVER: Our chargé d'affaires, Mary Poole, remains in Quito.\n")


def test_a_bare_department_briefing_is_the_departments_and_a_vice_minister_met_is_a_counterpart(
        extractor: Extractor) -> None:
    found = roles(extract(extractor, _DEPARTMENT_BRIEFING))
    assert ("John Carver", "Principal Deputy Spokesperson", "US State Department") in found
    assert _of(found, "Ann Lee") == {"US State Department"}
    assert _of(found, "Jorge Salinas") == {"Ecuadorian Foreign Ministry"}
    assert _of(found, "Mary Poole") == {"US government"}  # (an envoy serves the government)


_HEADER_LIST = ("JOINT PRESS CONFERENCE\n\nMinister for Foreign Affairs and Trade of Fiji, Sitiveni Rabuka Jr, and "
                "New Zealand Minister for Foreign Affairs, Helen Marsh\n\nSuva, Monday 4 May 2026\n\n"
                "MODERATOR: Minister Marsh, please.\n\nMINISTER MARSH: Thank you. Fiji and New Zealand signed a "
                "fisheries arrangement today.\n")


def test_a_headers_bare_titles_are_the_posts_of_the_names_after_them(extractor: Extractor) -> None:
    found = roles(extract(extractor, _HEADER_LIST))
    assert ("Helen Marsh", "Minister for Foreign Affairs", "New Zealand Foreign Ministry") in found
    assert not any(p == "Helen Marsh" and t == "Minister" for p, t, _i in found)  # (the form of address)
    found = roles(extract(extractor, "Headline\n\nThe Minister of Foreign Affairs of the Republic of Somalia, Ahmed "
                                     "Ali, said so."))
    assert ("Ahmed Ali", "Minister of Foreign Affairs", "Somali Foreign Ministry") in found


def test_a_bodys_name_runs_on_over_and_and_a_plural_possessive(extractor: Extractor) -> None:
    names = {e["name"] for e in institutions(extract(extractor, "Headline\n\nThe National Council for Veterans' "
                                                                "Affairs said on Monday that 40 men were missing."))
             .values()}
    assert "National Council for Veterans' Affairs" in names
    names = {e["name"] for e in institutions(extract(extractor, "Headline\n\nA researcher at the Nairobi Centre for "
                                                                "Peace and Conflict Studies said the talks would "
                                                                "fail.")).values()}
    assert names == {"Nairobi Centre for Peace and Conflict Studies"}
    names = {e["name"] for e in institutions(extract(extractor, "Headline\n\nThe Customs and Border Control Board said "
                                                                "two trucks were seized.")).values()}
    assert "Customs and Border Control Board" in names


def test_a_parliament_named_by_its_own_name_is_the_countrys_parliament(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nOSLO — The Storting voted on Tuesday to extend the fishing zone. Russia "
                             "protested, and the Norwegian parliament said it would not back down.")
    found = [e for e in institutions(doc).values() if e.get("kind") == "legislature"]
    assert len(found) == 1 and "Storting" in found[0].get("aliases", [])
    doc = extract(extractor, "Headline\n\nThe Marshal of the Sejm said on Monday that Poland would hold firm.")
    assert not any("Sejm" in e.get("aliases", []) for e in institutions(doc).values())


def test_a_portfolio_or_a_demonyms_noun_is_no_persons_name(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nTajikistan's Minister of Water Resources, Rustam Nazarov, said the dam was "
                             "safe. Voters chose to remain a British Overseas Territory in a 2013 referendum.")
    assert people(doc) == {"Rustam Nazarov"}
    doc = extract(extractor, "Headline\n\nSerbia's Deputy Prime Minister for European Integration, Milica Jovic, "
                             "spoke by phone with Croatia's minister.")
    assert people(doc) == {"Milica Jovic"}
    doc = extract(extractor, "Headline\n\nThe Deputy Prime Minister for Reintegration Ion Cojocaru met the envoy.")
    assert people(doc) == {"Ion Cojocaru"}


def test_a_minister_saying_what_his_side_will_do_is_that_sides(extractor: Extractor) -> None:
    text = ("Headline\n\nKYIV — Ukraine and Russia traded blame on Monday. Russian forces shelled the port.\n\nDefence "
            "Minister Sergei Orlov said Moscow would send more troops to the border.")
    assert _of(roles(extract(extractor, text)), "Sergei Orlov") == {"Russian Defense Ministry"}
    text = ("Headline\n\nACCRA — Ghana and Togo argued over fishing rights.\n\nInterior Minister Yawa Kouma warned "
            "that Lome was prepared to close the border crossings.")
    assert _of(roles(extract(extractor, text)), "Yawa Kouma") == {"Togolese Interior Ministry"}


def test_a_minister_saying_what_the_other_side_must_do_or_will_suffer_is_the_datelines(extractor: Extractor) -> None:
    for clause in ("Moscow would pay for the strike", "Moscow must withdraw its troops"):
        text = (f"Headline\n\nKYIV — Ukraine and Russia traded blame on Monday.\n\nDefence Minister Petro Kovalenko "
                f"said {clause}.")
        assert _of(roles(extract(extractor, text)), "Petro Kovalenko") == {"Ukrainian Defense Ministry"}


def test_a_transcript_that_opens_on_its_first_turn_has_no_header_to_read(extractor: Extractor) -> None:
    """No headline, no date line: the text starts with a speaker label (it crashed the header reader)."""
    text = ("SPOKESPERSON KIM: Good afternoon. Minister Park met her counterpart in Tokyo yesterday.\n\n"
            "Q: Any comment on the strike?\n\nSPOKESPERSON KIM: We condemn it.\n")
    doc = extractor.extract(text, date="2026-11-03")
    assert any(n.label == "Statement" for n in doc.nodes)


def test_people_from_both_sides_with_others_in_one_subject_are_the_two_parties(extractor: Extractor) -> None:
    """'Officials from both sides, and observers, met': the two sides are looked for before the subject, not in it
    (the subject that holds them sent the search for the two sides back to itself, without end)."""
    doc = extract(extractor, "Chad and Niger signed a security pact on Monday. Officials from both sides, and "
                             "observers, met in Niamey on Tuesday.")
    nodes = {n.id: n for n in doc.nodes}
    meetings = [n.id for n in doc.nodes if n.label == "Event" and n.properties["cameo"].startswith("04")]
    parties = {(r.type, nodes[r.end].properties["name"]) for r in doc.relationships
               if r.start in meetings and r.type in ("ACTOR", "TARGET")}
    assert parties == {("ACTOR", "Chadian government"), ("TARGET", "Nigerien government")}
