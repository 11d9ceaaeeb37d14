"""People, institutions, roles and places: rules of the fifth session, each on short invented sentences (not from any
sample or dev article)."""

from __future__ import annotations

from test_rules_entities import institutions, people  # the same helpers as the first sets of entity rules
from test_rules_entities2 import extract, roles

from dipgraph.graph.document import GraphDocument
from dipgraph.loaders.extract import Extractor


def places(doc: GraphDocument) -> dict[str, dict]:
    return {n.properties["name"]: n.properties for n in doc.nodes if n.label == "Place"}


def test_a_country_is_a_place_only_where_something_happens_in_it(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nRelations between Chile and Peru have soured. Floods in Bolivia killed "
                             "nine people on Monday.")
    assert "Bolivia" in places(doc)
    assert not {"Chile", "Peru"} & set(places(doc))


def test_a_demonym_tagged_as_a_body_is_no_place(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nFighting near the Uzbek border killed one Uzbek soldier on Monday, "
                             "officials in Uzbekistan said.")
    assert "Uzbek" not in places(doc)


def test_a_hyphenated_place_name_stays_whole(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nThe two commanders will meet at the Kara-Tepe checkpoint on Friday.")
    assert "Kara-Tepe" in places(doc)
    assert not {"Kara", "Tepe"} & set(places(doc))


def test_places_listed_before_a_plural_place_noun(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nThe closure of the Varenka and Dorozhny checkpoints would last a week, "
                             "the ministry said.")
    assert {"Varenka", "Dorozhny"} <= set(places(doc))
    assert not {"Varenka", "Dorozhny"} & people(doc)


def test_a_town_named_once_as_a_town_is_a_place_everywhere(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nGunmen attacked the town of Mbalavu on Sunday. Hundreds of families "
                             "have fled Mbalavu since then.")
    assert "Mbalavu" in places(doc)
    assert "Mbalavu" not in people(doc)


def test_a_minister_named_by_portfolio_alone_is_the_dateline_country_s(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nQUITO — Ecuador closed a crossing with Peru. Peru protested, and Peruvian "
                             "officials said Peru would act. Peru's embassy said Peru was ready to talk.\n\n"
                             "Interior Minister Ana Vera told lawmakers the crossing would stay shut.")
    assert ("Ana Vera", "Interior Minister", "Ecuadorian Interior Ministry") in roles(doc)


def test_a_dateline_after_a_saved_page_s_menus_names_the_home_country(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nSign in\n\nWorld\n\nQUITO — Peru's ambassador was summoned after Peru "
                             "shut a road, and Peru said Peru would not yield. Peru sent troops to the area. "
                             "A government spokesman, Luis Mora, said Ecuador would reply.")
    assert ("Luis Mora", "spokesman", "Ecuadorian government") in roles(doc)


def test_the_government_of_a_country_is_its_government(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nIt is for the Governments of Chad and Niger to decide. The UN urged the "
                             "Government of Mali to talk.")
    assert {"Chadian government", "Nigerien government", "Malian government"} <= set(institutions(doc))
    assert not any(name.startswith("Government") for name in institutions(doc))


def test_an_alliance_of_states_is_no_other_alliance(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nThe three juntas left ECOWAS to form the Alliance of Andean States (AAS). "
                             "The AAS said on Monday it would act.")
    assert "Alliance of Andean States" in institutions(doc)
    assert "NATO" not in institutions(doc)


def test_the_alliance_and_the_bloc_are_the_organisation_named_before(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nNATO said on Monday that jets had been scrambled. The alliance's "
                             "spokeswoman, Greta Holm, said NATO was watching. ASEAN met in Manila. The bloc's "
                             "spokesman, Ramon Cruz, said talks would go on.")
    assert ("Greta Holm", "spokeswoman", "NATO") in roles(doc)
    assert ("Ramon Cruz", "spokesman", "ASEAN") in roles(doc)


def test_a_country_s_army_is_also_its_military_and_armed_forces(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nThe Bolivian army said it had closed the road.")
    army = institutions(doc)["Bolivian Army"]
    assert {"Bolivian military", "Bolivian Armed Forces"} <= set(army["aliases"])


def test_united_nations_posts_belong_to_the_united_nations(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nAlso on Chad, the Under-Secretary-General for Humanitarian Affairs, Ola "
                             "Berg, is in Ndjamena today. UNICEF sent supplies. We will be joined by video by Ama "
                             "Diallo, the Resident Coordinator for Chad.")
    assert ("Ola Berg", "Under-Secretary-General", "United Nations") in roles(doc)
    assert ("Ama Diallo", "Resident Coordinator", "United Nations") in roles(doc)


def test_a_post_of_the_secretary_general_is_a_united_nations_post(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nWith us now is Hana Sato, the Special Envoy of the Secretary-General on "
                             "Laos. \"It works,\" Lena Vogt, the UN Secretary-General's Special Representative for "
                             "Chad, told reporters.")
    assert ("Hana Sato", "Special Envoy", "United Nations") in roles(doc)
    assert ("Lena Vogt", "Special Representative", "United Nations") in roles(doc)


def test_the_un_before_a_title_is_the_un(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nThe UN Personal Envoy, Pia Lund, met Chad's foreign minister on Monday.")
    assert ("Pia Lund", "Personal Envoy", "United Nations") in roles(doc)


def test_an_envoy_named_in_an_organisation_s_briefing_is_its_envoy(extractor: Extractor) -> None:
    text = ("Daily Press Briefing by the Office of the Spokesperson for the Secretary-General\n\n"
            "SPOKESPERSON ORTIZ: Good afternoon. The Personal Envoy, Lars Moe, will host the two leaders in Malabo "
            "on Friday.\n\nQUESTION: Will Chad attend?\n\nSPOKESPERSON ORTIZ: I expect so.")
    assert ("Lars Moe", "Personal Envoy", "United Nations") in roles(extract(extractor, text))


def test_a_body_named_by_office_after_its_country_is_that_country_s(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nMoldova's State Border Committee said on Monday it had closed the road. "
                             "The State Border Committee gave no reason.")
    committee = institutions(doc)["Moldovan State Border Committee"]
    assert "State Border Committee" in committee["aliases"]
    assert "State Border Committee" not in institutions(doc)


def test_a_country_s_border_troops_are_its_border_service(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nArmenia's border troops said on Thursday that they had detained two men. "
                             "Georgia's Border Police said it was checking.")
    assert "Armenian Border Troops" in institutions(doc)
    assert "Georgian Border Police" in institutions(doc)


def test_security_forces_that_act_are_their_country_s(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nThe road north of Tete has been closed by the security forces since "
                             "Monday, Malawi said. Malawi's president ordered the police to help.")
    assert "Malawian Security Forces" in institutions(doc)
    doc = extract(extractor, "Headline\n\nThe president of Malawi ordered the security forces to guard the dams.")
    assert "Malawian Security Forces" not in institutions(doc)


def test_a_country_s_lawmakers_are_its_parliament_and_its_state_television_a_body(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nChadian lawmakers on Thursday demanded that the government resign. "
                             "Niger's state television reported the vote.")
    assert {"Chadian Parliament", "Nigerien state television"} <= set(institutions(doc))


def test_ministers_of_several_countries_are_each_country_s_ministry(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nThe envoy held separate talks with the Armenian and Georgian defence "
                             "ministers on Thursday. Foreign ministers of Chad, Mali and Niger met in Niamey.")
    assert {"Armenian Defense Ministry", "Georgian Defense Ministry", "Chadian Foreign Ministry",
            "Malian Foreign Ministry", "Nigerien Foreign Ministry"} <= set(institutions(doc))


def test_ministries_of_a_government_no_country_owns_are_its_own(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nADEN — The talks between the Presidential Leadership Council and the "
                             "Government of National Salvation (GNS) stalled. The GNS's Interior Ministry said it had "
                             "arrested two men. GNS Defence Minister Nabil Saleh denied the report.")
    found = institutions(doc)
    assert "GNS Interior Ministry" in found and "Yemeni Interior Ministry" not in found
    assert found["Government of National Salvation"]["kind"] == "government"
    assert ("Nabil Saleh", "Defence Minister", "GNS Defense Ministry") in roles(doc)


def test_a_country_s_own_government_capitalised_is_no_new_body(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nThe Federal Government of Somalia said on Monday that the Kenyan "
                             "Government had been told.")
    found = institutions(doc)
    assert {"Somali government", "Kenyan government"} <= set(found)
    assert not any(name.startswith(("Federal", "Government")) for name in found)


def test_a_capital_s_possessive_names_its_country_s_ministry(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nChina's Foreign Ministry protested. Hanoi's Foreign Ministry rejected the "
                             "protest hours later.")
    assert "Vietnamese Foreign Ministry" in institutions(doc)


def test_embassy_secretaries_and_a_chief_cabinet_secretary_serve_their_government(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nThe ministry expelled Ivan Petrov, a second secretary at the Russian "
                             "embassy. Laos's Defence Ministry said the drills had ended. Chief Cabinet Secretary "
                             "Somsak Vong told reporters the government had protested.")
    assert ("Ivan Petrov", "second secretary", "Russian government") in roles(doc)
    assert ("Somsak Vong", "Chief Cabinet Secretary", "Laotian government") in roles(doc)


def test_a_name_the_tagger_took_for_a_body_is_a_person_whatever_its_case(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nThe rebels' spokesman, Colonel Salem al-Harbi, denied it. Al-Harbi "
                             "insisted the units were going back to base.")
    assert "Al-Harbi" not in institutions(doc)


def test_the_army_of_the_country_just_named(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nChad said aid was arriving. Chad sent food.\n\nOn Gabon. Rebels abducted "
                             "nine teachers on Sunday, and the army says it has launched an operation to free them.")
    assert "Gabonese Army" in institutions(doc)
    assert "Chadian Army" not in institutions(doc)


def test_an_army_named_after_its_country_s_possessive_is_that_country_s_army(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nRockets fell overnight, Tunisia's Royal Armed Forces said. The Tunisian "
                             "army said no one was hurt.")
    found = institutions(doc)
    assert found["Royal Armed Forces"]["kind"] == "military"
    assert "Tunisian Army" not in found


def test_an_area_named_once_is_no_person_later_nor_a_people_s_name(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nA strike hit a market in Hpakant township, in the Kachin Region. Aid must "
                             "reach Kachin. Nobody in Hpakant was spared. The bloc sent food for Karenni refugees. "
                             "No drone crossed the Military Demarcation Line.")
    assert not {"Hpakant", "Kachin", "Karenni", "Demarcation Line"} & people(doc)


def test_a_country_whose_verb_follows_a_relative_clause_acts(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nFighting broke out on Monday. China, which has bases in both countries, "
                             "called on Hanoi and Manila to show restraint.")
    assert "Chinese government" in institutions(doc)
    assert "China" not in places(doc)


def test_two_communities_of_one_island_and_a_breakaway_region_s_authorities(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nThe envoy will host the two leaders in Nicosia. The Greek Cypriot leader, "
                             "Andreas Pavlou, and the Turkish Cypriot leader, Kemal Aydin, agreed to open two "
                             "crossings. Transnistrian representative Ion Rusu said the talks would go on.")
    found = roles(doc)
    assert ("Andreas Pavlou", "leader", "Cypriot government") in found
    assert ("Kemal Aydin", "leader", "Turkish Cypriot authorities") in found
    assert ("Ion Rusu", "representative", "Transnistrian authorities") in found


def test_a_dateline_with_letters_beyond_latin_1_names_the_home_country(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nMonday, 3 March 2025\n\nCHIȘINĂU — Russia protested. Russia said Russia "
                             "would act.\n\nThe talks were cancelled. Foreign Minister Ana Rusu said the decision "
                             "stood.")
    assert ("Ana Rusu", "Foreign Minister", "Moldovan Foreign Ministry") in roles(doc)


def test_a_group_of_forces_and_a_mission_to_a_country_keep_their_whole_names(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nThe Operational Group of Russian Forces held drills. The OSCE Mission to "
                             "Georgia said on Monday it was watching.")
    found = institutions(doc)
    assert {"Operational Group of Russian Forces", "OSCE Mission to Georgia"} <= set(found)
    assert "Operational Group" not in found


def test_an_acronym_in_brackets_after_a_tagged_name_is_that_body_everywhere(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nNepal's Inter-Services Public Relations (ISPR) said militants were "
                             "killed. The ISPR added that two soldiers died. Ukraine's Defence Intelligence said a "
                             "depot was hit.")
    found = institutions(doc)
    assert "ISPR" not in found
    assert found["Inter-Services Public Relations"]["country"] == "Nepal"
    assert "ISPR" in found["Inter-Services Public Relations"]["aliases"]
    assert "Ukrainian Defence Intelligence" in found


def test_aircraft_models_and_a_name_addressed_are_no_places(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nThe United States is negotiating the sale of F-16s to Chile.\n\n"
                             "MS. ROJAS: Thank you, Matteo.")
    assert not {"F-16s", "Matteo"} & set(places(doc))


def test_the_dateline_city_a_seat_as_a_location_and_a_second_capital_are_places(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nBOGOTÁ — The army-backed government based in Port Sudan said Khartoum was "
                             "quiet. Talks in Abidjan resumed.")
    found = places(doc)
    assert {"Bogota", "Port Sudan", "Abidjan"} <= set(found)
    assert "Yamoussoukro" not in found


def test_a_lone_name_gone_into_through_or_moved_to_is_a_place(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nThe army cut off all roads into Hakha. Trucks crossed through Kandor. "
                             "Peacekeepers evacuated 40 aid workers from Nyala to Kadugli. Villagers in the Zalingei "
                             "district fled. They want to return to the Dialogue.")
    assert {"Hakha", "Kandor", "Nyala", "Kadugli", "Zalingei"} <= set(places(doc))
    assert "Dialogue" not in places(doc)


def test_our_envoy_in_a_briefing_turn_is_the_organisation_s(extractor: Extractor) -> None:
    text = ("African Union Commission – Midday Briefing\n\nSpokespersons: Ama Owusu\n\nAma Owusu: Good afternoon. "
            "The AU welcomed the truce. Our Special Representative for the Great Lakes, Jean Habimana, met both "
            "delegations in Kigali on Monday.\n\nQuestion: Will he go to Goma?\n\nAma Owusu: He will.")
    assert ("Jean Habimana", "Special Representative", "African Union") in roles(extract(extractor, text))


def test_an_acronym_spelling_a_body_named_before_is_that_body(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nOur colleagues at the UN Mission in Chad, UNMIC, say fighting between "
                             "the Chadian People's Defence Forces and rebels displaced 9,000 people. The CPDF "
                             "carried out air strikes on Monday.")
    found = institutions(doc)
    assert not {"UNMIC", "CPDF"} & (set(found) | set(places(doc)))
    assert "UNMIC" in found["UN Mission in Chad"]["aliases"]


def test_the_outlet_in_the_byline_is_no_party_to_the_story(extractor: Extractor) -> None:
    doc = extract(extractor, "Talks stall\nThursday, November 6, 2025\n\nBy Ana Lima, Andes Courier\n\nLIMA — "
                             "\"We will not yield,\" he told the Andes Courier. Peru's Foreign Ministry said talks "
                             "would go on.")
    assert "Andes Courier" not in institutions(doc)
    assert "Peruvian Foreign Ministry" in institutions(doc)


def test_a_ministry_of_a_region_no_list_knows_is_named_after_the_region(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nHARGEISA — Puntland's Interior Ministry denied it. A delegation of the "
                             "Jubaland Region's Department of Foreign Relations arrived on Monday.")
    found = institutions(doc)
    assert {"Puntland Interior Ministry", "Jubaland Region Foreign Relations Ministry"} <= set(found)
    assert not {"Puntland", "Jubaland Region"} & set(places(doc))


def test_a_capital_or_country_dealt_with_is_its_government(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nThe junta, which expelled the French ambassador, has courted Moscow since "
                             "2023. She warned Bamako against it.")
    assert {"Russian government", "Malian government"} <= set(institutions(doc))
    assert not {"Moscow", "Bamako"} & set(places(doc))


def test_a_country_that_is_also_a_given_name_stays_the_country(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nChad's Defence Minister Chad Okoro said the army would respond.")
    assert ("Chad Okoro", "Defence Minister", "Chadian Defense Ministry") in roles(doc)


def test_a_plural_title_before_a_list_of_names_and_a_post_for_a_portfolio(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nForeign ministers Ahmed Saleh of Egypt and Ayman Haddad of Jordan met in "
                             "Cairo. Kenya's Cabinet Secretary for Foreign Affairs, Musa Otieno, spoke.")
    found = roles(doc)
    assert ("Ahmed Saleh", "Foreign minister", "Egyptian Foreign Ministry") in found
    assert ("Ayman Haddad", "Foreign minister", "Jordanian Foreign Ministry") in found
    assert ("Musa Otieno", "Cabinet Secretary for Foreign Affairs", "Kenyan Foreign Ministry") in found


def test_a_direction_before_a_country_names_a_region_and_a_gerund_no_person(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nShelling hit the city. The rebels control much of eastern Congo. Mining "
                             "resumed in northern Benin.")
    assert {"eastern Congo", "northern Benin"} <= set(places(doc))
    assert "Shelling" not in people(doc)


def test_a_body_after_another_s_possessive_and_rebels_after_a_country_s(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nThe Treasury's Office of Foreign Assets Control sanctioned three firms. "
                             "Laos's People's Defence Force denied it.")
    found = institutions(doc)
    assert "Office of Foreign Assets Control" in found
    assert found["People's Defence Force"]["kind"] == "armed_group"


def test_a_government_spokesman_speaks_for_the_government_his_sentence_is_about(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nTurkey said it hit only militants. Turkey's army said so. Turkey warned "
                             "Iraq. Baghdad also recalled its own ambassador from Ankara, a government spokesman, Ali "
                             "Hassan, said.")
    assert ("Ali Hassan", "spokesman", "Iraqi government") in roles(doc)


def test_a_ministry_of_a_country_named_after_it(extractor: Extractor) -> None:
    doc = extract(extractor, "Headline\n\nThe Ministry of Foreign Affairs of Azerbaijan said talks would go on. The "
                             "Foreign Ministry of Armenia disagreed. The Ministry of Defence of Ukraine said drones "
                             "were downed.")
    assert {"Azerbaijani Foreign Ministry", "Armenian Foreign Ministry", "Ukrainian Defense Ministry"} \
        <= set(institutions(doc))
