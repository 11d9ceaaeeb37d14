"""Role and institution rules of the thirty-fourth session, on short texts of our own with invented people."""

from __future__ import annotations

from dipgraph.loaders.extract import Extractor


def roles_of(extractor: Extractor, text: str) -> set[tuple[str, str, str]]:
    """The roles of a text: (person, title, institution)."""
    doc = extractor.extract(text, date="2025-11-06")
    nodes = {n.id: n for n in doc.nodes}
    return {(nodes[r.start].properties["name"], r.properties.get("title"), nodes[r.end].properties["name"])
            for r in doc.relationships if r.type == "HOLDS_ROLE"}


_BRIEFING = ("REPUBLIC OF PALAU\nMINISTRY OF FOREIGN AFFAIRS\n\nPress Conference by the Minister of Foreign "
             "Affairs\nKoror, March 3, 2026\n\nParticipants: Foreign Minister Ilana Remengesau; Dr. Tobias "
             "Ngiraked, Chair, National Fisheries Commission\n\nMINISTER REMENGESAU: Good morning. Dr. Ngiraked "
             "will speak about the fishing licences.\n\nDR. NGIRAKED: Thank you. The licences of the foreign "
             "fleet will not be renewed this year, and Palau will not change its mind.\n\nQUESTION: Has the "
             "National Fisheries Commission told the fleet?\n\nDR. NGIRAKED: That is for them to decide.\n")


def test_a_header_list_names_the_body_after_a_title(extractor: Extractor) -> None:
    """'Participants: ...; Dr. X Y, Chair, National Fisheries Commission': the chair of that commission, not a
    bare chair of whatever body the context suggests."""
    roles = roles_of(extractor, _BRIEFING)
    assert ("Tobias Ngiraked", "Chair", "National Fisheries Commission") in roles, roles


def test_a_header_item_of_several_parts_names_its_body_last(extractor: Extractor) -> None:
    """Guards the rule: 'X, Director General, Communications, Global Affairs Canada': the body is the last part
    (the department, a foreign ministry), not the division between."""
    text = ("GLOBAL AFFAIRS CANADA\nMEDIA AVAILABILITY ON ARCTIC FISHERIES\nOttawa, March 3, 2026\n\nParticipants: "
            "Jean Tremblay, Director General, Communications, Global Affairs Canada\n\nMR. TREMBLAY: Good "
            "afternoon. Canada will not renew the licences of the foreign fleet.\n\nQUESTION: Will the fleet "
            "appeal?\n\nMR. TREMBLAY: That is for them to decide.\n")
    roles = roles_of(extractor, text)
    assert ("Jean Tremblay", "Director General", "Canadian Foreign Ministry") in roles, roles


_TROOPS = ("Troop deal\n\nDAKAR - Senegal will send troops to Mali.\n\nSenegal's armed forces minister, General "
           "Ousmane Faye, travelled to Ziguinchor on Wednesday.\n\nFrench Armed Forces Minister Claire Dubois said "
           "the troops would arrive in May.\n\nSenegal's armed forces spokesman, Colonel Abdou Sarr, said the army "
           "was ready.\n")


def test_an_armed_forces_minister_serves_in_a_ministry(extractor: Extractor) -> None:
    """'Senegal's armed forces minister, X' and 'French Armed Forces Minister Y': the whole title, at the country's
    ministry of the armed forces (not a 'forces minister' at the forces themselves)."""
    roles = roles_of(extractor, _TROOPS)
    assert ("Ousmane Faye", "armed forces minister", "Senegalese Armed Forces Ministry") in roles, roles
    assert ("Claire Dubois", "Armed Forces Minister", "French Armed Forces Ministry") in roles, roles


def test_an_armed_forces_spokesman_speaks_for_the_forces(extractor: Extractor) -> None:
    """Guards the rule: the spokesman of a country's armed forces stays at the forces."""
    roles = roles_of(extractor, _TROOPS)
    assert any(person == "Abdou Sarr" and body.startswith("Senegalese ") and "Ministry" not in body
               for person, _t, body in roles), roles  # (the army, by whichever name the gazetteer gives it)


def test_a_given_name_that_is_also_a_title_inside_a_name(extractor: Extractor) -> None:
    """'Hamad Sultan al-X': 'Sultan' between a given name and the rest of the name is a name, not a title, and the
    person is found."""
    doc = extractor.extract("Cash row\n\nMOGADISHU - Somalia protested on Monday.\n\nA Somali official said Hamad "
                            "Sultan al-Rumaithi telephoned Somali Defence Minister Yusuf Gelle on Sunday.\n",
                            date="2025-11-06")
    people = {n.properties["name"] for n in doc.nodes if n.label == "Person"}
    assert "Hamad Sultan al-Rumaithi" in people, people


def test_a_sultan_before_a_name_is_still_a_title(extractor: Extractor) -> None:
    """Guards the rule: 'Sultan X Y' (a ruler's title first) is still a title before a name."""
    roles = roles_of(extractor, "Port deal\n\nMUSCAT - Oman signed a port deal with India on Monday.\n\nSultan "
                                "Haitham Khalifa said the port would open in May.\n")
    assert any(person == "Haitham Khalifa" for person, _t, _b in roles), roles


def test_a_minister_of_state_for_a_portfolios_affairs_serves_in_its_ministry(extractor: Extractor) -> None:
    """"the UAE's minister of state for defence affairs, X": the whole title, at the Emirati defence ministry (not
    a bare 'minister of state' at the government)."""
    roles = roles_of(extractor, "Cash row\n\nMOGADISHU - Somalia protested on Monday.\n\nA Somali official said "
                                "the UAE's minister of state for defence affairs, Hamad Sultan al-Rumaithi, "
                                "telephoned Somali Defence Minister Yusuf Gelle on Sunday.\n")
    assert ("Hamad Sultan al-Rumaithi", "minister of state for defence affairs", "Emirati Defense Ministry") in roles, \
        roles


def test_a_header_label_is_the_post_of_an_ambassador_named_after_it(extractor: Extractor) -> None:
    """'Spokesperson: Ambassador X' in a transcript's header: X is the ministry's spokesperson ('Ambassador' a
    career diplomat's form of address here), not an ambassador of whatever country the context suggests."""
    text = ("REPUBLIC OF GHANA\nMINISTRY OF FOREIGN AFFAIRS\n\nWeekly Press Briefing\nAccra, Thursday, 4 December "
            "2025\n\nSpokesperson: Ambassador Kwame Mensah\n\nSPOKESPERSON MENSAH: Good morning. On Sunday, "
            "Togolese soldiers crossed into Ghana near Aflao. Togo's army said its soldiers were chasing "
            "smugglers. Togo must respect our border, and Ghana has asked Togo for an explanation.\n\nQUESTION: "
            "Will Ghana recall its ambassador to Togo?\n\nSPOKESPERSON MENSAH: No such step is planned.\n")
    roles = roles_of(extractor, text)
    assert ("Kwame Mensah", "Spokesperson", "Ghanaian Foreign Ministry") in roles, roles


def test_his_excellency_opening_a_sentence_keeps_the_briefings_own_leader(extractor: Extractor) -> None:
    """'His Excellency Prime Minister X spoke ... with the Chairman of Y's council' in a briefing of the home side:
    the home country's prime minister, as when the title opens the sentence, not the other side's."""
    text = ("REPUBLIC OF SENEGAL\nMINISTRY OF FOREIGN AFFAIRS\n\nWeekly Press Briefing\nDakar, Thursday, 4 December "
            "2025\n\nSpokesperson: Moussa Diallo\n\nSPOKESPERSON DIALLO: Good morning. Mali's soldiers crossed "
            "into our territory near Kidira, and Mali's army said they were chasing smugglers. Senegal asks Mali "
            "to respect its border.\n\nQUESTION: What has the government done since?\n\nSPOKESPERSON DIALLO: His "
            "Excellency Prime Minister Amadou Sall spoke by telephone on Tuesday with Mali's leaders, and Mali "
            "promised an inquiry.\n")
    roles = roles_of(extractor, text)
    assert ("Amadou Sall", "Prime Minister", "Senegalese government") in roles, roles


def test_a_header_names_a_family_name_first(extractor: Extractor) -> None:
    """'Briefer: Koo Min-seo, Spokesperson' with turns 'SPOKESPERSON KOO:': the person is Koo Min-seo (the family
    name first, the given name after it), not a lone 'Koo'."""
    text = ("MINISTRY OF FOREIGN AFFAIRS\nRegular Press Briefing\nSeoul, Monday, June 8, 2026\n\nBriefer: Park Ji-won, "
            "Spokesperson\n\nSPOKESPERSON PARK: Good morning. South Korea protests the launch by North Korea on "
            "Sunday, and South Korea has asked China to help.\n\nQ: Will South Korea call in the Chinese "
            "ambassador?\n\nSPOKESPERSON PARK: No such step is planned.\n")
    doc = extractor.extract(text, date="2026-06-08")
    people = {n.properties["name"] for n in doc.nodes if n.label == "Person"}
    assert "Park Ji-won" in people and "Park" not in people, people


def test_a_state_minister_for_a_portfolio_serves_in_its_ministry(extractor: Extractor) -> None:
    """'Guest: Ms. X, State Minister for Foreign Affairs' in a transcript's header (the Ethiopian style of 'Minister
    of State for ...'): a title, held in the foreign ministry."""
    text = ("MINISTRY OF FOREIGN AFFAIRS\n\nWeekly Press Briefing\nAddis Ababa, Thursday, 4 December 2025\n\n"
            "Spokesperson: Abebe Kebede\nGuest: Ms. Hiwot Tadesse, State Minister for Foreign Affairs\n\n"
            "SPOKESPERSON ABEBE: Good morning. The State Minister will speak first.\n\nSTATE MINISTER HIWOT: Thank "
            "you. Ethiopia protests the attack on its farmers by Sudan's army, and Ethiopia asks Sudan to return "
            "them.\n\nQUESTION: Will Ethiopia go to the African Union?\n\nSTATE MINISTER HIWOT: Not yet.\n")
    roles = roles_of(extractor, text)
    assert ("Hiwot Tadesse", "State Minister for Foreign Affairs", "Ethiopian Foreign Ministry") in roles, roles


def test_a_ministry_found_from_context_is_also_named_as_its_ministers_title(extractor: Extractor) -> None:
    """"Ghana's Trade Minister said ...", then 'I met the Minister of Trade and Industry, Madam X': the ministry
    found before is also named 'Ghanaian Ministry of Trade and Industry', as when the title names its country."""
    doc = extractor.extract("Traders row\n\nABUJA - Nigeria protested to Ghana on Monday over shops closed in "
                            "Accra.\n\nGhana's Trade Minister said on Monday that the shops were operating "
                            "illegally.\n\nNigeria's High Commissioner, Musa Bello, said: \"I met the Minister of "
                            "Trade and Industry, Madam Akosua Mensah, in Accra on Friday.\"\n", date="2026-02-03")
    aliases = {a for n in doc.nodes if n.label == "Institution" and n.properties["name"].startswith("Ghanaian")
               for a in [n.properties["name"], *n.properties.get("aliases", [])]}
    assert "Ghanaian Ministry of Trade and Industry" in aliases, aliases


def test_a_header_title_with_its_portfolio_before_a_name(extractor: Extractor) -> None:
    """'Participants: ...; Minister for Justice Anders Holm' over a turn 'JUSTICE MINISTER HOLM:': the person is
    Anders Holm (the portfolio is no part of his name), minister at the justice ministry; the next line's place
    ('Stockholm, ...') is no part of a name either."""
    text = ("Press conference on the embassy attack\nGovernment Offices of Sweden\nParticipants: Minister for Foreign "
            "Affairs Karin Sjoberg; Minister for Justice Anders Holm\nStockholm, 8 April 2026\n\nFOREIGN MINISTER "
            "SJOBERG: Good morning. Sweden condemns the attack on the Turkish embassy.\n\nJUSTICE MINISTER HOLM: "
            "The police are investigating, and Sweden will act.\n")
    roles = roles_of(extractor, text)
    assert ("Anders Holm", "Minister for Justice", "Swedish Justice Ministry") in roles, roles


def test_the_place_after_a_header_name_is_no_part_of_it(extractor: Extractor) -> None:
    """'With Deputy Minister of Defence Gevorg Mkrtchyan' over 'Yerevan, Thursday, ...' (the two lines read as one):
    the deputy minister is Gevorg Mkrtchyan, at the defence ministry, not 'Gevorg Mkrtchyan Yerevan'."""
    text = ("MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF ARMENIA\nPress briefing by Spokesperson Lusine Sargsyan\n"
            "With Deputy Minister of Defence Gevorg Mkrtchyan\nYerevan, Thursday, August 27, 2026\n\nSPOKESPERSON "
            "SARGSYAN: Good afternoon. Armenia has asked Russia to explain the convoy.\n\nQUESTION: Will Armenia "
            "leave the alliance?\n\nDEPUTY MINISTER MKRTCHYAN: Armenia will decide for itself.\n")
    roles = roles_of(extractor, text)
    assert ("Gevorg Mkrtchyan", "Deputy Minister of Defence", "Armenian Defense Ministry") in roles, roles


def test_a_name_followed_by_of_and_a_country_is_a_person(extractor: Extractor) -> None:
    """'the defence ministers, Charles Okello of Uganda and Michael Deng Malual of South Sudan': each name is whole
    (a name followed by 'of' and a country is a person and his country, not the start of a longer name like
    'Plan of Action'), each his own country's defence minister."""
    roles = roles_of(extractor, "Border clash\n\nKAMPALA - Uganda and South Sudan agreed on Monday to investigate a "
                                "clash.\n\nThe defence ministers, Charles Okello of Uganda and Michael Deng Malual of "
                                "South Sudan, spoke by telephone on Sunday.\n")
    assert ("Michael Deng Malual", "defence minister", "South Sudanese Defense Ministry") in roles, roles


def test_a_header_label_and_an_honorific_before_a_speakers_name(extractor: Extractor) -> None:
    """'Spokesperson: Ms Ama Owusu' over turns 'SPOKESPERSON OWUSU:': the speaker is Ama Owusu, the spokesperson of
    the ministry holding the briefing (the label's title, the honorific between)."""
    text = ("REPUBLIC OF GHANA\nMINISTRY OF FOREIGN AFFAIRS\n\nWeekly Press Briefing\nSpokesperson: Ms Ama Owusu\n"
            "Accra, Thursday, 4 June 2026\n\nSPOKESPERSON OWUSU: Good morning. Ghana has asked Togo to explain the "
            "closure of the border at Aflao, and Ghana expects an answer this week.\n\nQUESTION: Will Ghana close "
            "its side?\n\nSPOKESPERSON OWUSU: No such step is planned.\n")
    roles = roles_of(extractor, text)
    assert ("Ama Owusu", "Spokesperson", "Ghanaian Foreign Ministry") in roles, roles


def test_a_headline_title_and_comma_before_a_ministers_name(extractor: Extractor) -> None:
    """'Press conference by the Minister of Foreign Affairs, X Y' over turns 'MINISTER Y:' in a foreign ministry's
    transcript: X Y is named in full, the minister of the ministry holding the press conference."""
    text = ("Ministry of Foreign Affairs of Ghana\nPress conference by the Minister of Foreign Affairs, Kofi Asante\n"
            "Accra, 29 October 2026\n\nMINISTER ASANTE: Good afternoon. Yesterday Togo recalled its ambassador in "
            "Accra, and Ghana regrets that decision.\n\nQUESTION: Will Ghana recall its own ambassador?\n\nMINISTER "
            "ASANTE: Not at this stage.\n")
    roles = roles_of(extractor, text)
    assert ("Kofi Asante", "Minister of Foreign Affairs", "Ghanaian Foreign Ministry") in roles, roles


def test_a_ministers_briefing_body_is_known_by_its_name(extractor: Extractor) -> None:
    """'Briefers: Hon. X Y, Minister of Foreign Affairs and International Cooperation; Mr. Z, Ministry Spokesperson'
    under a foreign ministry's header: the minister serves in that ministry, whose kind its name tells. (A guard:
    this text finds it by the apposition as well; the set where only the briefing's body gave it is a tuned one.)"""
    text = ("MINISTRY OF FOREIGN AFFAIRS AND INTERNATIONAL COOPERATION\nMedia Briefing on the Border\nLusaka, Friday, "
            "6 November 2026, 10:05 hrs\n\nBriefers: Hon. Chanda Banda, Minister of Foreign Affairs and International "
            "Cooperation; Mr. Kelvin Zulu, Ministry Spokesperson\n\nSPOKESPERSON ZULU: Good morning. The Minister "
            "will make a statement.\n\nMINISTER BANDA: Thank you. Congo's soldiers entered the Mokambo area on "
            "Sunday, and Congo's Foreign Minister, Marie Lukusa, said they were chasing rebels.\n\nQUESTION: Will "
            "Zambia close the border?\n\n"
            "MINISTER BANDA: Not at this stage.\n")
    roles = roles_of(extractor, text)
    assert any(p == "Chanda Banda" and b == "Zambian Foreign Ministry" for p, _t, b in roles), roles


def test_a_shortened_given_name_is_no_sentence_end(extractor: Extractor) -> None:
    """'Foreign Secretary Ma. Teresa Reyes' (Ma. for María, as Philippine names write it): one name after the title,
    not a sentence ending at 'Ma.'."""
    roles = roles_of(extractor, "Shoal row\n\nMANILA - The Philippines protested to China on Monday.\n\nForeign "
                                "Secretary Ma. Teresa Reyes said Manila would not back down.\n")
    assert any(p == "Ma. Teresa Reyes" and t == "Foreign Secretary" for p, t, _b in roles), roles
