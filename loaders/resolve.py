"""Who a word refers to: names, pronouns, metonyms, unnamed officials, 'the two sides' (part of Mentions).

A mixin of Mentions: it uses the mentions found, the registry, the countries by token and the gazetteer.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from dipgraph.graph.model import normalise
from dipgraph.loaders.entities import Entity, Registry
from dipgraph.loaders.gazetteer import Country, Gazetteer
from dipgraph.loaders.gender import PRONOUNS, first_name_gender, word_gender
from dipgraph.loaders.names import OFFICIALS

if TYPE_CHECKING:
    from dipgraph.loaders.mentions import Mention

_PERSON_PRONOUNS = {"he", "she", "him", "her", "his"}
_THING_PRONOUNS = {"it", "its", "they", "them", "their"}
_RELATIVE = {"which", "who", "that"}
# People posted abroad: 'diplomats in Brussels' are not Belgium's.
_POSTED = {"diplomat", "envoy", "ambassador", "delegate", "negotiator", "journalist", "correspondent", "observer"}


# a force's men and guns, named with their country ('Chadian troops', 'Malian artillery', 'Turkish gendarmes'):
# that country's army or gendarmerie
ARMY_MEN = {"troops": "Army", "troop": "Army", "soldier": "Army", "artillery": "Army", "infantry": "Army",
            "gunner": "Army", "force": "Army", "forces": "Army", "gendarme": "Gendarmerie",
            "gendarmerie": "Gendarmerie"}


# what an armed group or movement is called in apposition to its name ("JNIM, the al Qaeda affiliate that ...")
GROUP_NOUNS = ("affiliate", "group", "faction", "militia", "wing", "branch", "offshoot", "ally", "coalition",
               "movement", "organisation", "organization", "alliance", "proxy", "arm", "outfit", "network")


# what a border service is called: 'Border Service', 'Border Troops', 'State Border Committee', not 'Border Commission'
BORDER_BODIES = ("guard", "guards", "service", "troops", "police", "force", "forces", "committee", "agency")


# men of an armed group the story does not name ("separatist fighters", "armed gangs", "suspected jihadists")
UNNAMED_FIGHTERS = ("gang", "gunman", "gunmen", "separatist", "insurgent", "militant", "jihadist", "rebel", "bandit",
                    "militia", "militiaman", "fighter", "group")
# what makes 'fighters' or 'groups' armed ones ("non-State armed groups", "Islamist fighters"; not "aid groups")
ARMED_WORDS = ("armed", "rebel", "jihadist", "separatist", "militant", "islamist", "insurgent", "extremist",
               "terrorist", "paramilitary", "backed")


# heads of state or government, whose unnamed acts are their state's
LEADERS = ("president", "prime minister", "premier", "chancellor", "king", "queen", "emir", "sultan")
# the branch a modifier names: "Russian naval forces" are the Russian Navy
BRANCHES = {"naval": "Navy", "navy": "Navy", "air": "Air Force"}


# who guard a border: 'border guards', 'border troops', 'border police' are the country's border service
BORDER_MEN = ("guard", "guards", "troops", "troop", "police", "force", "forces", "service", "patrol", "patrols")


# men who command or serve in an army: 'commanders from both sides' are the two armies
MILITARY_MEN = ("commander", "officer", "general", "soldier", "colonel")
PEACEKEEPERS = ("peacekeeper", "peacekeeping", "blue helmet", "helmet")
MISSION_NAME = re.compile(r"\b(Force|Mission|Operation|Observers?)\b")  # "UN Interim Security Force for Abyei"


class Resolver:
    """Resolution of subjects, objects and possessors to entities: mixed into Mentions."""

    doc: Doc
    gaz: Gazetteer
    registry: Registry
    mentions: list[Mention]
    by_token: dict[int, Entity]
    country_at: dict[int, tuple[Country, str]]
    title_words: set[str]
    dominant: list[Country]
    _starts: list[int]
    _country_positions: list[int]

    def resolve(self, t: Token, conj: bool = True) -> list[Entity]:
        """Who a subject, object or possessor token refers to: entities, pronouns, metonyms, 'X officials'."""
        shared = next((c for c in t.children if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i > t.i), None) \
            if self.country_at.get(t.i, (None, ""))[1] == "demonym" else None
        if shared is not None and (both := self._resolve_one(shared)):
            return both  # "Kyrgyz and Tajik border guards", parsed as "Kyrgyz" and "Tajik border guards"
        found = self._resolve_one(t)
        if conj:
            for c in t.children:
                if c.dep_ == "conj":
                    found += [e for e in self.resolve(c) if e not in found]
            found += [e for e in self._joined_to_country(t) if e not in found]
        return found

    def _joined_to_country(self, t: Token) -> list[Entity]:
        """People the parser joined to a person's country ("President A of Botswana and South African President
        B", parsed as 'of [Botswana and B]'): they are named with the person, not with the country."""
        if (me := self.by_token.get(t.i)) is None or me.label != "Person":
            return []
        return [e for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                if o.dep_ == "pobj" and o.i in self.country_at for c in o.children
                if c.dep_ == "conj" and (e := self.by_token.get(c.i)) is not None and e.label == "Person"]

    def _resolve_one(self, t: Token) -> list[Entity]:
        if self.country_at.get(t.i, (None, ""))[1] == "capital" and (seated := self._seated_body(t.text)) is not None:
            return [seated]  # "Brussels approved the aid" in a story naming the EU: the EU
        entity = self.by_token.get(t.i)
        if entity is not None:
            if entity.label == "Place" and t.i in self.country_at:
                country, how = self.country_at[t.i]
                if how in ("name", "capital", "seat") and not country.venue:
                    return [self.registry.government(country, surface=self.country_surface.get(t.i, t.text))]
            return [entity]
        low = t.lower_
        for c in t.children:  # "Foreign Secretary David Cameron": the title heads the phrase
            if c.dep_ == "appos" and (found := self.resolve(c)):  # with the names coordinated with it
                return found
        if t.pos_ == "NOUN" and (low in self.title_words or t.lemma_ in OFFICIALS) \
                and (named := self._named_after(t)) is not None:
            return [named]
        if t.i in self.country_at:
            country, how = self.country_at[t.i]
            return [self.registry.government(country, surface=self.country_surface.get(t.i, t.text))]
        if (sides := self._from_both_sides(t)) is not None:
            return sides
        if low in self.title_words and low not in self.gaz.government_nouns:
            for c in t.subtree:  # "A spokesperson for the Kremlin, Dmitry Peskov, said"
                if c.i in self.by_token and self.by_token[c.i].label == "Person":
                    return [self.by_token[c.i]]
            if (unnamed := self._unnamed_official(t)) is not None:
                definite = any(c.lower_ == "the" or c.dep_ == "poss" for c in t.children) \
                    and low not in self.gaz.events["lists"]["envoys"]  # an envoy stands for his state
                return [definite and unnamed.label == "Institution" and self._holder(unnamed, t) or unnamed]
                # "Venezuela's foreign minister": the one the story names, if it does
            if any(c.lower_ == "the" for c in t.children) and t.pos_ == "NOUN" and (last := self._last(t.i, "Person")):
                return last  # "the minister said": the person last named
        bare = any(c.lower_ == "the" for c in t.children) and not any(c.dep_ in ("amod", "compound")
                                                                      for c in t.children)
        if (t.lemma_ in PEACEKEEPERS or t.lemma_ in ("mission", "force") and bare) \
                and (mission := self._peace_mission(t.i)) is not None:
            return [mission]  # "peacekeepers returned fire", "the mission said": the UN mission the story names
        if t.lemma_ in MILITARY_MEN and t.pos_ == "NOUN" and (t.lemma_ != "officer" or any(
                c.lower_ in ("military", "army") for c in t.children)) \
                and (forces := self.forces_of(self.governments_of(t), "Army")):
            return forces  # "Indian and Chinese military commanders met": the two armies (not customs officers)
        if t.lemma_ in OFFICIALS and t.pos_ == "NOUN" and (unnamed := self._unnamed_official(t)) is not None:
            return [unnamed]  # "her Chilean counterpart", "a senior Egyptian official"
        if t.lemma_ in ("side", "country", "party", "nation", "government", "leader", "delegation", "minister",
                        "president", "team", "army", "military", "force") and any(
                c.lower_ in ("two", "both") for c in t.children):
            pair = self._pair(t)
            if t.lemma_ in ("army", "military", "force"):  # "the two armies said": each side's armed forces
                return self.forces_of(pair, "Army") or pair
            if t.lemma_ in ("country", "nation", "government"):  # "the two governments": the sides' states
                return self._governments_of_pair(pair)
            if t.lemma_ in ("leader", "minister", "president") and t.dep_ in ("pobj", "dobj"):
                return [self._holder(e, t) or e for e in pair]  # "spoke with both foreign ministers": the two
            return pair
        if low in _PERSON_PRONOUNS:
            reporter = self._reporter_of(t, "Person")  # "X, the minister, said he had spoken with Y": X
            if reporter is not None and self.gender(reporter) in (None, PRONOUNS.get(low)):
                return [reporter]
            return self._last(t.i, "Person", PRONOUNS.get(low))
        if low in _THING_PRONOUNS:
            reporter = self._reporter_of(t)
            if reporter is not None:
                return [reporter]
            return self._last_state(t.i) if low in ("it", "its") else self._last(t.i, "Institution")
        if low in _RELATIVE and t.head.dep_ == "relcl":
            return self.resolve(self.antecedent(t.head), conj=False)
        if t.lemma_ in BORDER_MEN and any(c.lower_ == "border" for c in t.children if c.dep_ in ("compound", "amod")) \
                and (guards := [self.border_body(g) for g in self.governments_of(t) if g.country]):
            return guards  # "Kyrgyz and Tajik border guards": each country's border service
        if t.lemma_ in self.gaz.government_nouns or low in self.gaz.government_nouns or \
                t.lemma_ in self.gaz.regime_words:
            forces = [e for c in t.children if c.dep_ in ("compound", "amod") and (e := self.by_token.get(c.i))
                      is not None and e.kind in ("military", "armed_group")]
            if forces:
                return forces  # "Chadian army drones" are the army's, "Houthi forces" the Houthis'
            if any(w.lower_ == "pro" or w.lower_.startswith("pro-") for w in t.subtree if w.i < t.i):
                return []  # "pro-Russian forces" are not Russia's (nor do they own it: targets._backers)
            govs = self.governments_of(t)
            branch = next((BRANCHES[c.lower_] for c in t.children if c.lower_ in BRANCHES), ARMY_MEN.get(t.lemma_))
            if branch and (forces := self.forces_of(govs, branch)):
                return forces  # "Thai and Cambodian troops", "Russian naval forces"
            military = any(c.lower_ in ("military", "army") for c in t.children if c.dep_ in ("amod", "compound"))
            if not govs and military and (army := self.story_army(named_only=True)) is not None:
                return [army]  # "a military drone struck the market": the army the story names
            return govs
        anaphora = self.gaz.group_anaphora
        named = [e for c in t.children if c.dep_ == "compound" and (e := self.by_token.get(c.i)) is not None
                 and e.label == "Institution"]
        if named and (low in anaphora or t.lemma_ in anaphora):
            return named[:1]  # "the RED-Tabara rebel group": the group it names, not the last one named
        if low in anaphora or t.lemma_ in anaphora or t.lemma_ in UNNAMED_FIGHTERS and any(
                c.lemma_ in anaphora for c in t.children if c.dep_ in ("amod", "compound")):
            # "the rebels", "rebel fighters": the group last named
            groups = [m.entity for m in self.mentions if m.start < t.i and m.entity.kind == "armed_group"]
            return groups[-1:] if groups else [unnamed] if (unnamed := self._unnamed_group(t)) is not None else []
        if t.lemma_ in UNNAMED_FIGHTERS and (unnamed := self._unnamed_group(t)) is not None:
            return [unnamed]  # "armed gangs", "separatist fighters": whoever they are, not a group named before
        if low == "office":  # "the prime minister's office"
            return self._office(t)
        if low in ("statement", "communique", "communiqué"):
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ == "from":
                    return [e for p in c.children for e in self.resolve(p)]
        return []

    def _peace_mission(self, before: int) -> Entity | None:
        """The last peacekeeping mission named before a token (an international body called a mission or force)."""
        missions = [m.entity for m in self.mentions if m.start < before and m.entity.kind == "international_org"
                    and MISSION_NAME.search(m.entity.name)]
        return missions[-1] if missions else None

    def _unnamed_official(self, t: Token) -> Entity | None:
        """An official named only by country and title ("Venezuela's foreign minister", "a senior Qatari
        diplomat", "his Guyanese counterpart"): the institution the title implies in that country."""
        if t.dep_ in ("compound", "amod", "nmod", "appos") or any(
                (e := self.by_token.get(i)) is not None and e.label == "Person"
                for i in range(t.left_edge.i, min(t.i + 5, len(self.doc)))):
            return None  # a title naming someone ("army chief Abdel Fattah al-Burhan")
        for_body = [e for p in t.children if p.dep_ == "prep" and p.lower_ in ("for", "of") for o in p.children
                    if o.dep_ == "pobj" for e in self._resolve_one(o) if e.label == "Institution"]
        if len(for_body) == 1:
            return for_body[0]  # "a spokesperson for the Kenyan foreign ministry"
        mods = [c for c in t.children if c.dep_ in ("poss", "amod", "compound", "nmod")]
        named = [x for c in mods for x in (c, *(d for d in c.children if d.dep_ == "conj"  # "NATO's secretary-general"
                                                or d.dep_ == "poss" and c.dep_ == "compound"
                                                or d.dep_ == "amod" and c.dep_ == "compound"))]  # "Pakistani security
        # official", parsed with 'Pakistani' on 'security'
        countries = list(dict.fromkeys(self.country_at[c.i][0] for c in named if c.i in self.country_at))
        bodies = [e for c in named if (e := self.by_token.get(c.i)) is not None and e.label == "Institution"]
        if not countries and len(bodies) == 1:
            return bodies[0]  # "the EU's foreign policy chief", "a UN official": the body they speak for
        if len(countries) != 1 or countries[0].venue:  # "Egyptian and Ethiopian negotiators": both governments
            return None
        words = [c.lower_ for c in mods if c.i not in self.country_at and c.pos_ != "DET"] + [t.lower_]
        hint = self.title_hint(" ".join(w for w in words if w not in ("senior", "top", "his", "her", "their")))
        if hint and hint.startswith("ministry:") and t.lower_ in ("minister", "ministry", "spokesman",
                                                                   "spokeswoman", "spokesperson"):
            return self.registry.ministry(countries[0], hint.split(":", 1)[1])
        return self.registry.government(countries[0])  # diplomats and officials speak for their state

    def governments_of(self, t: Token) -> list[Entity]:
        """The governments behind a noun like 'Israeli officials', 'mediators from Egypt', 'the regime'."""
        countries: list[Country] = []
        located: list[Country] = []  # "officials in Kyiv": the place they are in names them only if nothing else does
        for c in t.subtree:
            if c.i in self.country_at and (c.i < t.i + 6 or c.dep_ == "conj"):
                hit = self.country_at[c.i]
                where = located if c.i > t.i and c.dep_ == "pobj" and c.head.lower_ in ("in", "at") else countries
                if hit[0] not in where:
                    where.append(hit[0])
        j = t.left_edge.i - 1  # "U.S. and Iranian officials", even when the parse splits the phrase
        while j >= 0 and (j in self.country_at or self.doc[j].lower_ in ("and", ",")):
            if j in self.country_at and self.country_at[j][0] not in countries:
                countries.insert(0, self.country_at[j][0])
            j -= 1
        regime = t.lemma_ in self.gaz.regime_words
        if regime:
            hyphen = t.i >= 2 and self.doc[t.i - 1].text == "-" and (t.i - 2) in self.country_at
            named = [self.country_at[t.i - 2][0]] if hyphen else []
            if countries and not hyphen:
                return [self.registry.government(c, surface=self.doc[t.left_edge.i:t.i + 1].text) for c in countries]
            excluded = set(named) | {self.country_at[c.i][0] for s in _coordinated(t) for c in s.subtree
                                     if c.i in self.country_at}
            other = [c for c in self.dominant if c not in excluded]
            govs = [self.registry.government(c) for c in named]
            if other:
                govs.append(self.registry.government(other[0], surface="the regime"))
            return govs
        if t.lemma_ in _POSTED:
            located = []  # "diplomats in Brussels" serve there; they are not Belgium's
        return [self.registry.government(c) for c in countries or located]

    def story_government(self, t: Token) -> list[Entity]:
        """The government a bare 'the government' (or 'the army-backed government') acting in a story means: of
        the story's main country (its dateline's, else the one it names most) that its clause does not name as
        someone else. So for a bare leader ('The Prime Minister spoke with the Turkish President'), of a main
        country that has the post. None for any other word."""
        post = self.bare_leader(t)
        if t.lemma_ != "government" and post is None \
                or [c.lower_ for c in t.children if c.dep_ in ("det", "poss")] != ["the"]:
            return []
        clause = t.head
        named = {self.country_at[c.i][0] for c in clause.subtree if c.i in self.country_at}
        main = next((c for c in self.main if not c.venue and c not in named
                     and post not in self.gaz.lacks.get(c.code, set())), None)
        return [self.registry.government(main)] if main is not None else []

    def bare_leader(self, t: Token) -> str | None:
        """The post of a head of state or government named by title alone ('the Prime Minister', not 'the
        Turkish President', 'the President of Peru' or 'President Ruto'), else None."""
        post = " ".join([*(c.lower_ for c in t.children if c.dep_ == "compound"), t.lower_])
        if post not in LEADERS or t.i in self.by_token \
                or any(c.dep_ not in ("det", "compound", "cc", "conj") for c in t.children):
            return None
        return post

    def _office(self, t: Token) -> list[Entity]:
        for c in t.children:
            if c.dep_ == "poss":
                title = self.doc[c.left_edge.i:c.i + 1].text
                title = re.sub(r"^(the|a)\s+", "", title, flags=re.I)
                if self.title_hint(title) == "government" and (country := self.home_or_main) is not None:
                    return [self.registry.title_office(country, title, f"the {title}'s office")]
                if c.lower_ in ("his", "her"):  # "his office said": the office of the leader just named
                    return self._leader_office(c)
        return []

    def _leader_office(self, pronoun: Token) -> list[Entity]:
        """The office of the person a possessive pronoun stands for, when they hold a government title
        ('Prime Minister X ..., his office said': the Greek Prime Minister's Office)."""
        for person in self._last(pronoun.i, "Person", PRONOUNS.get(pronoun.lower_)):
            for title, key in person.roles:
                gov = self.registry.get(key)
                if not title or gov is None or gov.kind != "government" or not gov.country \
                        or self.title_hint(title) != "government" or gov.name.endswith("Office"):
                    continue
                country = next((c for c in self.gaz.countries.values() if c.name == gov.country), None)
                if country is None:
                    continue
                return [self.registry.title_office(country, title, f"{pronoun.text} office")]
        return []

    def _reporter_of(self, t: Token, label: str = "Institution") -> Entity | None:
        """The body (or person) that reports the clause a pronoun opens, as its subject or its subject's owner
        ("the border command said its forces had come under fire", "the ministry said it would respond"): that
        body."""
        clause = t.head if t.dep_ in ("nsubj", "nsubjpass") else t.head.head \
            if t.dep_ == "poss" and t.head.dep_ in ("nsubj", "nsubjpass") else None
        if clause is None or clause.dep_ != "ccomp" or clause.head.lemma_ not in self.gaz.reporting["verbs"]:
            return None
        subjects = [s for s in clause.head.children if s.dep_ == "nsubj"]
        found = [e for s in subjects for e in self.resolve(s, conj=False)] or [
            e for s in subjects for c in s.children if c.dep_ == "poss" for e in self.resolve(c, conj=False)]
        return found[0] if len(found) == 1 and found[0].label == label else None  # "Iran's command": Iran

    def _last_state(self, before: int) -> list[Entity]:
        """What 'it' refers to: the latest body named, or, when that is a force, the state named after it
        ("Iranian guards fired ... Islamabad's response was swift. On Tuesday it recalled ...": Pakistan's
        government, not the last force named)."""
        body = self._last(before, "Institution")
        if body and body[0].kind not in ("military", "armed_group", "police"):
            return body
        at = bisect_left(self._starts, before)
        body_at = next((m.start for m in reversed(self.mentions[:at]) if body and m.entity is body[0]), -1)
        state_at = next((i for i in reversed(self._country_positions[:bisect_left(self._country_positions, before)])
                         if self.country_at[i][1] != "demonym" and not self.country_at[i][0].venue), -1)
        if state_at > body_at:
            return [self.registry.government(self.country_at[state_at][0], count=False)]
        return body

    def _last(self, before: int, label: str, gender: str | None = None) -> list[Entity]:
        """What a pronoun refers to: the latest subject with this label (and a gender that does not
        contradict the pronoun's), else the latest such mention, else the latest of any gender."""
        latest = anyone = None
        for m in reversed(self.mentions[:bisect_left(self._starts, before)]):
            if m.entity.label != label:
                continue
            anyone = anyone or m.entity
            if gender is not None and self.gender(m.entity) not in (None, gender):
                continue
            if m.subject:
                return [m.entity]
            latest = latest or m.entity
        found = latest or anyone
        return [found] if found else []

    def gender(self, person: Entity) -> str | None:
        """'m', 'f' or None: from a word next to any mention ('Ms.', 'spokeswoman'), a title, the first name."""
        if person.key not in self._genders:
            said = [word_gender(self.doc[m.start - 1].text, self.gaz.gendered) for m in self.mentions
                    if m.entity is person and m.start > 0]
            said += [word_gender(w, self.gaz.gendered) for title, _ in person.roles if title for w in title.split()]
            found = {g for g in said if g}
            self._genders[person.key] = found.pop() if len(found) == 1 else \
                None if found else first_name_gender(person.name)
        return self._genders[person.key]

    def _seated_body(self, city: str) -> Entity | None:
        """The organisation seated in a city that the story names elsewhere (the EU for 'Brussels'), if any."""
        for name in self.gaz.seated.get(normalise(city), []):
            entity = self.registry.get(Entity("Institution", name).key)
            if entity is not None and entity.mentions > 0:
                return entity
        return None

    def _from_both_sides(self, t: Token) -> list[Entity] | None:
        """People 'from both sides' (or 'of the two sides'): the two parties, each side's army for military
        men ("military commanders from both sides met"). None when the phrase says no such thing."""
        sides = next((o for p in t.children if p.dep_ == "prep" and p.lower_ in ("from", "of") for o in p.children
                      if o.dep_ == "pobj" and o.lemma_ in ("side", "party", "camp", "country", "nation", "government")
                      and any(c.lower_ in ("two", "both") for c in o.children)), None)
        if sides is None or t.pos_ != "NOUN":
            return None
        pair = self._pair(sides)
        if sides.lemma_ in ("country", "nation", "government"):  # the two countries' governments
            pair = self._governments_of_pair(pair)
        military = t.lemma_ in MILITARY_MEN or any(c.lower_ in ("military", "army") for c in t.children)
        return (self.forces_of(pair, "Army") if military else None) or pair

    def _governments_of_pair(self, pair: list[Entity]) -> list[Entity]:
        """The governments of two parties' countries ('the two countries' after 'X and Y troops clashed'), when
        both have one; else the parties themselves."""
        countries = [hit.country for e in pair if e.country and (hit := self.gaz.country(e.country))]
        return [self.registry.government(c, count=False) for c in countries] if len(countries) == len(pair) \
            else pair

    def _unnamed_group(self, t: Token) -> Entity | None:
        """An armed group known only by what the story calls it, when it names none: 'separatist fighters',
        'armed gangs', 'non-State armed groups' (a plain 'the group' or 'fighters' names nobody)."""
        first = next((c.i for c in t.subtree if c.i <= t.i and c.dep_ not in (
            "det", "nummod", "poss", "predet", "case", "punct", "quantmod", "advmod", "cc", "conj")), t.i)
        words = list(self.doc[first:t.i + 1])  # "Iranian-backed militias", "non-State armed groups"
        if any(w.is_punct and w.text != "-" for w in words):
            return None
        if any(w.i in self.by_token and self.by_token[w.i].label != "Place"
               or w.pos_ == "PROPN" and w.i in self.country_at for w in t.children):
            return None  # "Hamas fighters": whose they are names them; not "Iranian-backed militias"
        modified = len(words) > 1
        armed = any(w.lemma_.lower() in ARMED_WORDS or w.lower_.endswith("-backed") for w in words[:-1])
        if t.pos_ != "NOUN" or t.lemma_ in ("group", "fighter") and not armed or not modified:
            return None  # (plain 'gunmen', 'militants' name no one: whoever they were, the story does not say)
        name = self.doc[first:t.i + 1].text
        return self.registry.add("Institution", name[0].upper() + name[1:], kind="armed_group")

    def antecedent(self, clause: Token) -> Token:
        """What a relative clause tells of: the noun it hangs on, or the name that noun describes when it is a
        group's description in apposition ("JNIM, the al Qaeda affiliate that besieged the town": JNIM)."""
        noun = clause.head
        return noun.head if noun.dep_ == "appos" and noun.lemma_ in GROUP_NOUNS else noun

    def story_army(self, named_only: bool = False) -> Entity | None:
        """The army a story means when it names none ('army positions', 'a military drone'): of the armed forces
        it names, its home country's or else the one it names most; naming none, (unless ``named_only``) its home
        country's army."""
        home = self.home if self.home in self.dominant[:2] else (self.dominant[0] if self.dominant else self.home)
        # a dateline in a third country (talks held in Kunming) is not whose army the story is about
        armies = Counter(m.entity.key for m in self.mentions if m.entity.kind == "military")
        named = [e for key, _ in armies.most_common() if (e := self.registry.get(key)) is not None]
        if named:  # the home country's, if named, else the one named most
            return next((e for e in named if home is not None and e.country == home.name), named[0])
        return self.armed_force(home, "Army") if home is not None and not named_only else None

    def named_border_body(self, country: str | None) -> Entity | None:
        """The border service the story names for a country ('Kyrgyzstan's Border Service', 'the State Border
        Committee'; not a 'Border Commission')."""
        return next((e for e in self.registry.of_label("Institution") if e.country == country
                     and e.kind in ("agency", "military") and "border" in (words := normalise(e.name).split())
                     and words[-1] in BORDER_BODIES), None)

    def border_body(self, government: Entity) -> Entity:
        """A country's border service: the one the article names ("Kyrgyzstan's Border Service", "the Tajik
        Border Troops"), else its border guard."""
        if (named := self.named_border_body(government.country)) is not None:
            return named
        hit = self.gaz.country(government.country or "")
        prefix = hit.country.demonym if hit is not None else government.country
        return self.registry.add("Institution", f"{prefix} Border Guard", kind="military", country=government.country)

    def forces_of(self, parties: list[Entity], branch: str, count: bool = True) -> list[Entity] | None:
        """Each party's army (or other branch), when every party is the government of a known country (``count``:
        as a mention of the force)."""
        countries = [hit.country for e in parties if e.kind == "government" and e.country
                     and (hit := self.gaz.country(e.country)) is not None]
        return [self.armed_force(c, branch, count=count) for c in countries] \
            if countries and len(countries) == len(parties) else None

    def _named_after(self, t: Token) -> Entity | None:
        """The person named between commas right after a title, however parsed ("with his Iraqi counterpart,
        A B, on Monday", the name taken for the verb's)."""
        j = t.right_edge.i + 1
        if j + 1 >= len(self.doc) or self.doc[j].text != ",":
            return None
        person = self.by_token.get(j + 1)  # the comma is no one's, so a name on the next token starts there
        return person if person is not None and person.label == "Person" and self.by_token.get(j) is None else None

    def _holder(self, side: Entity, t: Token) -> Entity | None:
        """The one person of a side's country whose role has this title ('both foreign ministers': each
        country's foreign minister, when the story names one), else None."""
        words = [t.lemma_] + [c.lower_ for c in t.children if c.dep_ in ("amod", "compound")
                              and c.i not in self.country_at and c.lower_ not in ("two", "both")]
        held = {e.key: e for e in self.registry.entities.values() if e.label == "Person" and side.country and any(
            inst is not None and inst.country == side.country and all(w in (title or "").lower() for w in words)
            for title, key in e.roles for inst in (self.registry.get(key),))}
        return next(iter(held.values())) if len(held) == 1 else None

    def _pair(self, t: Token) -> list[Entity]:
        """'the two sides', 'both countries': the last two parties named together as the subject of an
        action ('X and Y agreed'), else the last two governments named before."""
        reporting = {v for v, info in self.gaz.reporting["verbs"].items() if info["act"] in ("assert", "comment")}
        start = self.sent(t.i).start
        for k in range(t.i - 1, max(-1, start - 400), -1):
            s = self.doc[k]
            if s.left_edge.i <= t.i <= s.right_edge.i:
                continue  # "officials from both sides, and observers": the sides are not the subject they are in
            if s.dep_ == "nsubj" and s.head.lemma_ not in reporting and any(c.dep_ == "conj" for c in s.children):
                named = [e for x in s.subtree if x.i in self.by_token or x.i in self.country_at
                         for e in self._resolve_one(x)]
                parties = [e for e in dict.fromkeys(self.resolve(s) + named) if e.label != "Place"]
                if len(parties) >= 2:
                    return parties[:2]
        govs: list[Entity] = []
        for m in reversed(self.mentions[:bisect_left(self._starts, t.i)]):
            if m.entity.kind == "government" and m.entity not in govs:
                govs.append(m.entity)
            if len(govs) == 2:
                return govs[::-1]
        named: list[Country] = []  # "Chilean and Peruvian troops clashed. The two armies ...": countries by demonym
        for i in reversed(self._country_positions[:bisect_left(self._country_positions, t.i)]):
            country = self.country_at[i][0]
            if not country.venue and country not in named:
                named.append(country)
            if len(named) == 2:
                return [self.registry.government(c) for c in named[::-1]]
        return []

    def countries_in(self, tokens) -> list[Country]:
        """Countries named among some tokens, in order."""
        out: list[Country] = []
        for t in tokens:
            if t.i in self.country_at and self.country_at[t.i][0] not in out:
                out.append(self.country_at[t.i][0])
        return out


def _coordinated(t: Token) -> list[Token]:
    """A token with the tokens it is coordinated with ('Russia and the regime')."""
    out = [t]
    head = t
    while head.dep_ == "conj":
        head = head.head
        out.append(head)
    out += [c for c in head.children if c.dep_ == "conj"]
    return out
