"""Institution rules of the thirty-third session, on short texts of our own with invented people."""

from __future__ import annotations

from dipgraph.loaders.extract import Extractor


def extracted(extractor: Extractor, text: str) -> tuple[dict[str, list[str]], set[tuple[str, str, str]]]:
    """The institutions of a text (name → aliases) and its roles (person, title, institution)."""
    doc = extractor.extract(text, date="2025-11-06")
    nodes = {n.id: n for n in doc.nodes}
    bodies = {n.properties["name"]: n.properties.get("aliases", []) for n in doc.nodes if n.label == "Institution"}
    return bodies, {(nodes[r.start].properties["name"], r.properties.get("title"), nodes[r.end].properties["name"])
                    for r in doc.relationships if r.type == "HOLDS_ROLE"}


def test_a_ministry_of_two_portfolios_and_its_minister_are_one_body(extractor: Extractor) -> None:
    """'the Ministry of Energy and Mines' and, later, 'Energy and Mines Minister X': one ministry (named after its
    first, known portfolio), not a second 'Energy and Mines Ministry' and a third 'Mines Ministry' for the
    minister's title."""
    bodies, roles = extracted(extractor, "Power deal\n\nVIENTIANE — Laos signed a power deal with Thailand on "
                                         "Monday. The accord, signed by Laos' Ministry of Energy and Mines, sets "
                                         "out prices.\n\nEnergy and Mines Minister Khamsing Vongsa said the first "
                                         "plant would open in May.\n")
    ministries = {name for name in bodies if name.startswith("Laotian") and "Ministry" in name}
    assert ministries == {"Laotian Energy Ministry"}, bodies
    assert "Laotian Ministry of Energy and Mines" in bodies["Laotian Energy Ministry"], bodies
    assert ("Khamsing Vongsa", "Energy and Mines Minister", "Laotian Energy Ministry") in roles, roles


def test_an_unknown_pair_of_portfolios_keeps_its_and(extractor: Extractor) -> None:
    """'Transport and Public Works Minister X', a pair no list knows: the ministry is named with both portfolios
    and their 'and', the one body his title and the ministry's own name find."""
    bodies, roles = extracted(extractor, "Bridge row\n\nLILONGWE — Malawi reopened the bridge to Mozambique on "
                                         "Monday.\n\nMalawi's Ministry of Transport and Public Works said lorries "
                                         "could cross again. Transport and Public Works Minister Chikondi Phiri "
                                         "said the repairs had cost more than planned.\n")
    ministries = {name for name in bodies if name.startswith("Malawian") and "Ministry" in name}
    assert ministries == {"Malawian Transport and Public Works Ministry"}, bodies
    assert ("Chikondi Phiri", "Transport and Public Works Minister",
            "Malawian Transport and Public Works Ministry") in roles, roles


def test_a_ministers_two_portfolios_name_his_ministry(extractor: Extractor) -> None:
    """'Energy and Natural Resources Minister X' with no ministry named: his ministry is the energy ministry, also
    known by the title's words ('Ministry of Energy and Natural Resources')."""
    bodies, roles = extracted(extractor, "Pipeline talks\n\nANKARA — Turkey and Bulgaria discussed a pipeline on "
                                         "Monday.\n\nTurkish Energy and Natural Resources Minister Kerem Aydemir "
                                         "said the talks would resume next week.\n")
    assert ("Kerem Aydemir", "Energy and Natural Resources Minister", "Turkish Energy Ministry") in roles, roles
    assert "Turkish Ministry of Energy and Natural Resources" in bodies["Turkish Energy Ministry"], bodies


def test_one_portfolio_minister_keeps_his_portfolio(extractor: Extractor) -> None:
    """Guards a case next to the change: 'Trade Minister X' stays at a trade ministry (the pair rule reads only
    titles of two portfolios)."""
    _, roles = extracted(extractor, "Tariff row\n\nNAIROBI — Kenya raised tariffs on Ugandan sugar.\n\n"
                                    "Kenyan Trade Minister Wanjiru Kamau said the tariffs would stay.\n")
    assert ("Wanjiru Kamau", "Trade Minister", "Kenyan Trade Ministry") in roles, roles


def test_a_leaders_office_is_also_named_as_offices_name_themselves(extractor: Extractor) -> None:
    """"the president's office said" in a Finnish story: the Finnish President's Office, which calls itself the
    'Office of the President of Finland'."""
    bodies, _ = extracted(extractor, "Cable talks\n\nHELSINKI — Finland asked Estonia for data on the damaged "
                                     "cable on Monday.\n\nThe president's office said the two leaders had spoken "
                                     "by telephone.\n")
    assert "Office of the President of Finland" in bodies.get("Finnish President's Office", []), bodies


def test_an_areas_office_keeps_its_areas_name(extractor: Extractor) -> None:
    """Guards a case next to the change: 'the provincial governor's office' after 'villages in Surin' is Surin's
    office, with no country-wide name."""
    bodies, _ = extracted(extractor, "Shelling\n\nBANGKOK — Thailand protested to Cambodia on Monday.\n\n"
                                     "Residents fled villages in Surin, the provincial governor's office said.\n")
    office = bodies.get("Surin Provincial Governor's Office")
    assert office is not None and not any(a.startswith("Office of the") for a in office), bodies


def test_a_portfolio_the_tagger_took_for_a_name_is_no_company(extractor: Extractor) -> None:
    """'Nigerien Petroleum Minister X': the tagger may read 'Nigerien Petroleum' as a name, and a name ending in
    'Petroleum' as a company; before 'Minister' it is her portfolio, so she serves in Niger's petroleum ministry."""
    bodies, roles = extracted(extractor, "Oil row\n\nNIAMEY — Niger asked Chad for help on Monday.\n\nNigerien "
                                         "Petroleum Minister Amina Saley Garba said last week that her government "
                                         "had asked Chad to let oil through.\n")
    assert "Nigerien Petroleum" not in bodies, bodies
    assert ("Amina Saley Garba", "Petroleum Minister", "Nigerien Petroleum Ministry") in roles, roles


def test_a_title_with_its_own_of_takes_the_portfolio_after_it(extractor: Extractor) -> None:
    """"Spain's secretary of state for foreign affairs, X": 'secretary of state' is the title (its 'of' is its own),
    and 'for foreign affairs' is the portfolio, so X serves in Spain's foreign ministry, not as a 'secretary' of its
    government."""
    _, roles = extracted(extractor, "Sea row\n\nMADRID — Spain protested to Morocco on Thursday.\n\nThe talks were "
                                    "led by Spain's secretary of state for foreign affairs, Ignacio Montero Ruiz, "
                                    "and Morocco's ambassador.\n")
    assert ("Ignacio Montero Ruiz", "secretary of state for foreign affairs", "Spanish Foreign Ministry") in roles, \
        roles


def test_a_title_with_its_own_of_and_nothing_after_it(extractor: Extractor) -> None:
    """Guards a case next to the change: "Ukraine's chief of staff, X" is still the chief of staff."""
    _, roles = extracted(extractor, "Talks\n\nKYIV — Ukraine sent envoys to Geneva on Monday.\n\nThe delegation was "
                                    "led by Ukraine's chief of staff, Oleh Marchenko.\n")
    assert any(person == "Oleh Marchenko" and title.lower() == "chief of staff" for person, title, _ in roles), roles


def test_a_press_secretary_in_a_transcripts_header_speaks_for_its_body(extractor: Extractor) -> None:
    """'Moderator: Press Secretary X' in the header of a foreign ministry's press conference: X speaks for that
    ministry, not for a government the story's context suggests ('press secretary' alone hints at a head of
    government's)."""
    _, roles = extracted(extractor, "Press conference on the attack on the Embassy of Norway in Baghdad\n"
                                    "Ministry of Foreign Affairs, Oslo\nMonday, 9 November 2026, 11:00\n\n"
                                    "Participants: Minister of Foreign Affairs Ingrid Solberg. Moderator: Press "
                                    "Secretary Lars Haugen.\n\nPRESS SECRETARY HAUGEN: Good morning.\n\n"
                                    "MINISTER SOLBERG: Thank you. Iraq failed in its duty to protect our embassy.\n")
    assert ("Lars Haugen", "Press Secretary", "Norwegian Foreign Ministry") in roles, roles


def test_a_portfolio_the_tagger_took_for_a_party_is_still_a_portfolio(extractor: Extractor) -> None:
    """"Samoa's Minister for Commerce, Industry and Labour, X": the tagger reads 'Labour' as a party, but nothing
    of the story is named there, so the words are her portfolio (not an area, as in 'Minister for Europe'): she
    serves in that ministry."""
    _, roles = extracted(extractor, "Workers row\n\nAPIA — Samoa protested to New Zealand on Monday.\n\nSamoa's "
                                    "Minister for Commerce, Industry and Labour, Leota Mele Tusi, said about 2,300 "
                                    "Samoans were working in New Zealand.\n")
    assert ("Leota Mele Tusi", "Minister for Commerce, Industry and Labour",
            "Samoan Commerce, Industry and Labour Ministry") in roles, roles


def test_a_minister_for_a_body_named_in_the_story_is_a_post_in_the_government(extractor: Extractor) -> None:
    """Guards a case next to the change: "Britain's Minister for European Union Affairs, X" names a body the story
    knows, so it is a post in the government, not a ministry of its own."""
    _, roles = extracted(extractor, "Row\n\nLONDON — Britain protested on Monday.\n\nBritain's Minister for European "
                                    "Union Affairs, Anna Reed, said it would respond.\n")
    assert any(person == "Anna Reed" and inst == "British government" for person, _, inst in roles), roles


def test_a_malaysian_states_menteri_besar_heads_its_government(extractor: Extractor) -> None:
    """'Johor Menteri Besar X': the Menteri Besar is a Malaysian state's chief minister, so X heads that state's
    government, as 'Tamil Nadu Chief Minister X' heads Tamil Nadu's."""
    _, roles = extracted(extractor, "Water row\n\nKUALA LUMPUR — Malaysia asked Singapore on Monday to open talks on "
                                    "the price of raw water drawn from the Johor River.\n\nThe price drew sharp "
                                    "criticism in Johor. Johor Menteri Besar Aziz Hamdan accused Singapore of hiding "
                                    "behind a treaty.\n")
    assert ("Aziz Hamdan", "Menteri Besar", "Johor government") in roles, roles
