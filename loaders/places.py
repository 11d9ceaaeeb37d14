"""Finding places among the tokens of a parsed article (part of Mentions): countries and capitals named as
locations (one that acts or speaks becomes its government instead), the tagger's places, districts ('east
Aleppo'), lone words in a place's position ('near Tamsa') and the country a place is said to be in.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from dipgraph.graph.model import normalise
from dipgraph.loaders.entities import Entity, Registry
from dipgraph.loaders.gazetteer import Country
from dipgraph.loaders.names import (
    AGREEMENT_WORDS,
    AREA_NOUNS,
    BEARINGS,
    CALENDAR,
    DIRECTIONS,
    PLACE_NOUNS,
    PLACE_WORDS,
    SUBJECT_DEPS,
    THROUGH,
    glued_hyphen,
    is_name,
)

_PLACE_HEADS = {"crossing": "border crossing", "border": "border crossing", "checkpoint": "border crossing",
                "camp": "camp"}
_COMPASS = {"east", "west", "north", "south"}  # 'east Aleppo' is a district; 'eastern Congo' a region
_TAKEN_PLACES = {"seize", "capture", "overrun", "retake", "recapture", "liberate", "besiege", "encircle", "shell",
                 "bomb", "storm", "occupy", "annex", "evacuate", "control"}
_RULERS = {"government", "authorities"}  # after a country's name: its government

# verbs whose object is a government dealt with, never a place: 'courted Moscow', 'accused Bishkek of'
_ADDRESSED = {"court", "accuse", "urge", "warn", "criticise", "criticize", "condemn", "blame", "thank", "praise",
              "pressure", "press", "reassure", "support", "back", "recognise", "recognize", "sanction", "threaten",
              "ask", "invite", "persuade", "lobby", "reward", "punish", "summon", "congratulate", "rebuke", "defy"}
# moving people or goods to or from a lone name makes it a place: 'flown to Erbil', 'evacuated from Nasir'
_MOVED = {"fly", "evacuate", "move", "travel", "relocate", "transfer", "deport", "flee", "return", "drive", "ship",
          "airlift", "deliver", "truck", "bus", "march", "head", "retreat", "withdraw", "displace"}
_MODEL = re.compile(r"^[A-Z][A-Za-z]{0,2}-\d")  # a model of aircraft or missile: 'F-16s', 'Su-35', 'MiG-29'
_INSIDE = {"in", "inside", "into", "across", "throughout", "within"}  # before a country that is a location


def _located(t: Token) -> bool:
    """Whether a country's name is where something is or happens ('fighting in Sudan', 'across Mali and Niger'),
    not a country spoken of ('relations with Sudan', 'Sudan's neighbours')."""
    while t.dep_ == "conj" and t.head.i < t.i:
        t = t.head
    return t.dep_ == "pobj" and t.head.lower_ in _INSIDE


class PlaceFinder:
    """Places: mixed into Mentions, whose state (doc, gazetteer, registry, tokens) it uses."""

    doc: Doc
    registry: Registry
    body_start: int
    by_token: dict[int, Entity]
    country_at: dict[int, tuple[Country, str]]
    country_span: dict[int, tuple[int, int]]
    country_surface: dict[int, str]
    lone_places: list[tuple[int, str]]

    def _places(self) -> None:
        for i, (country, how) in self.country_at.items():
            start, end = self.country_span.get(i, (i, i + 1))
            if i != start or any(k in self.by_token for k in range(start, end)) or self.doc[i].idx < self.body_start:
                continue
            # a form of several words ('Abu Dhabi') is one mention; its root says what it does
            t = next((x for x in self.doc[start:end] if not start <= x.head.i < end or x.head.i == x.i), self.doc[i])
            if how in ("name", "demonym") and end < len(self.doc) and self.doc[end].lower_ in _RULERS \
                    and end not in self.by_token:  # 'the Myanmar authorities', 'the Omani government'
                self._add(start, end + 1, self.registry.government(country, surface=self.doc[start:end + 1].text))
                continue
            if how == "name" and t.dep_ in ("compound", "amod", "nmod") and t.head.pos_ in ("PROPN", "NOUN"):
                continue  # a qualifier ("US Secretary of State"), not a place
            if how == "seat" and _located(t):  # 'the government based in Port Sudan': there, a place
                seat = self.country_surface.get(i, t.text)
                entity = self.registry.add("Place", seat.removeprefix("the "), kind=None if seat.startswith("the ")
                                           else "city", country=country.name, surface=seat)
            elif how == "capital" and self._acts(t) \
                    and (seated := self._seated_body(self.country_surface.get(i, t.text))) is not None:
                entity = self.registry.add("Institution", seated.name, surface=self._surface(i))  # 'Brussels said':
                # the body seated there that the story names (the European Commission), not Belgium
            elif how == "seat" or (how in ("name", "capital") and self._acts(t)):
                entity = self.registry.government(country, surface=self._surface(i))
            elif how == "name" and t.dep_ == "poss" and t.head.lower_ in self.gaz.bodies:
                continue
            elif how == "name" and start > 0 and self.doc[start - 1].lower_ in DIRECTIONS - _COMPASS \
                    and self.doc[start - 1].is_lower:  # 'fighting in eastern Congo': a region of the country
                start -= 1
                surface = self.doc[start:end].text
                entity = self.registry.add("Place", surface, kind="region", country=country.name, surface=surface)
            elif how == "name":  # a node of its own only where something happens in it ('fighting in Sudan')
                entity = self.registry.add("Place", country.name, kind="country", country=country.name,
                                           surface=self.country_surface.get(i, t.text), count=_located(t))
            elif how == "capital":
                entity = self.registry.add("Place", country.capital_named(self.country_surface.get(i, t.text)),
                                           kind="city", country=country.name,
                                           surface=self.country_surface.get(i, t.text))
            else:
                continue
            self._add(start, end, entity)
        if self.dateline and (hit := self.gaz.country(self.dateline.title())) and hit.how == "capital":
            self.registry.add("Place", hit.country.capital_named(self.dateline.title()), kind="city",
                              country=hit.country.name)  # the city the story is filed from ('BOGOTÁ —')
        for s, e in self.area_names:  # 'in Kampot and Takeo provinces'
            if not any(k in self.by_token for k in range(s, e)):
                self._add(s, e, self.registry.add("Place", self.doc[s:e].text, kind="region",
                                                  country=self.home.name if self.home else None))
        for ent in self.doc.ents:
            placelike = ent[-1].lower_ in PLACE_WORDS - {"state", "bank"}  # "Aleppo Province" tagged a person
            if (ent.label_ not in ("GPE", "LOC", "FAC") and not placelike) or ent.start_char < self.body_start \
                    or ent[-1].lower_ in AGREEMENT_WORDS or normalise(ent.text) in self.gaz.honorifics \
                    or any(_MODEL.match(t.text) for t in ent) or len(ent) == 1 and self._vocative(ent.start):
                continue  # (a transcript label's 'MR' is no place, nor 'F-16s', nor 'Thank you, Tom.')
            if any(self.by_token.get(i) is not None and self.by_token[i].label == "Person"
                   for i in range(ent.start, ent.end)):
                continue
            if any(i in self.by_token or i in self.country_at for i in range(ent.start, ent.end)):
                continue
            words = [t for t in ent if t.text != "#" and t.lower_ != "the"]
            if not words or not words[0].text[:1].isupper():
                continue
            name = self.doc[words[0].i:words[-1].i + 1].text if "#" not in ent.text else " ".join(t.text for t in words)
            kind = "region" if words[-1].lower_ in PLACE_WORDS - {"city"} else "city"
            first = words[0].i
            if first > 0 and self.doc[first - 1].lower_ in DIRECTIONS:  # "east Aleppo", "northern Gaza"
                first -= 1
                name = f"{self.doc[first].lower_} {name}"
                kind = "district" if self.doc[first].lower_ in ("east", "west", "north", "south") else "region"
            country = self._country_of_place(words[-1])
            self._add(first, words[-1].i + 1, self.registry.add(
                "Place", name, kind=kind, country=country.name if country else None, surface=ent.text))
        for t in self.doc:  # "the largest city Aleppo", "the port of Izmail"
            noun = self._place_noun_before(t.i)
            if noun is None or t.i in self.by_token or t.i in self.country_at or t.pos_ != "PROPN" \
                    or t.idx < self.body_start:
                continue
            end = t.i + 1
            while end < len(self.doc) and self.doc[end].pos_ == "PROPN" and end not in self.by_token:
                end += 1
            country = self._country_of_place(t)
            self._add(t.i, end, self.registry.add("Place", self.doc[t.i:end].text, kind=PLACE_NOUNS[noun],
                                                  country=country.name if country else None))
        lone = dict(self.lone_places)
        named = {p.name for p in self.registry.of_label("Place")}
        for t in self.doc:  # words nobody tagged, in a place's position
            if t.pos_ == "PROPN" and t.text not in named and t.i not in self.by_token and t.i not in self.country_at \
                    and is_name(t) and t.idx >= self.body_start and t.lower_ not in CALENDAR \
                    and t.ent_type_ in ("", "PERSON", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT", "FAC", "LOC") \
                    and (kind := self._place_position(t.i)) is not None \
                    and not (t.i + 1 < len(self.doc) and self.doc[t.i + 1].pos_ == "PROPN") \
                    and not (t.i and self.doc[t.i - 1].pos_ == "PROPN"):
                lone.setdefault(t.i, kind)
        for i, kind in sorted(lone.items()):  # 'the Karo border crossing', 'near Tamsa'
            s, e = self._hyphenated(i)  # the whole name: 'the Kara-Tepe checkpoint'
            if not any(k in self.by_token for k in range(s, e)):
                country = self._country_of_place(self.doc[i])
                self._add(s, e, self.registry.add("Place", self.doc[s:e].text, kind=None if kind == "place" else kind,
                                                  country=country.name if country else None))
        known = {p.name: p for p in self.registry.of_label("Place") if " " not in p.name}
        for t in self.doc:  # the same place where the tagger missed it ("shortages in east Aleppo")
            if t.text not in known or t.i in self.by_token or t.i in self.country_at or t.idx < self.body_start \
                    or t.pos_ != "PROPN" or (t.i + 1 < len(self.doc) and self.doc[t.i + 1].pos_ == "PROPN"):
                continue
            place, first = known[t.text], t.i
            if first > 0 and self.doc[first - 1].lower_ in DIRECTIONS:
                first -= 1
                kind = "district" if self.doc[first].lower_ in ("east", "west", "north", "south") else "region"
                place = self.registry.add("Place", f"{self.doc[first].lower_} {t.text}", kind=kind,
                                          country=place.country, count=False)
            country = self._country_of_place(t)
            place.country = place.country or (country.name if country else None)
            place.mentions += 1
            self._add(first, t.i + 1, place)

    def _hyphenated(self, i: int) -> tuple[int, int]:
        """The tokens of the hyphenated name token i is part of ('Kara - Tepe' written 'Kara-Tepe'), else i alone."""
        doc, s, e = self.doc, i, i + 1
        while s >= 2 and glued_hyphen(doc, s - 1) and is_name(doc[s - 2]):
            s -= 2
        while e + 1 < len(doc) and glued_hyphen(doc, e) and is_name(doc[e + 1]):
            e += 2
        return s, e

    def _place_noun_before(self, i: int) -> str | None:
        """The place noun just before a name ('city Aleppo', 'port of Izmail'), if any."""
        j = i - 1
        if j >= 0 and self.doc[j].lower_ == "of":
            j -= 1
        return self.doc[j].lower_ if j >= 0 and self.doc[j].text in PLACE_NOUNS else None  # 'Camp David' is a name

    def _country_of_place(self, t: Token) -> Country | None:
        """The country a place is said to be in: 'Izmail, Ukraine' or 'Syria's largest city Aleppo'."""
        nxt = t.i + 2
        if nxt < len(self.doc) and self.doc[t.i + 1].text == "," and nxt in self.country_at \
                and self.country_at[nxt][1] == "name":
            return self.country_at[nxt][0]
        for c in (*t.children, *(t.head.children if t.dep_ in ("appos", "pobj", "compound") else ())):
            if c.dep_ == "poss" and c.i in self.country_at:
                return self.country_at[c.i][0]
        return None

    def _surface(self, i: int) -> str:
        t = self.doc[i]
        text = self.country_surface.get(i, t.text)
        return f"the {text}" if i and self.doc[i - 1].lower_ == "the" and " " not in text else text

    def _acts(self, t: Token) -> bool:
        """A country or capital used as an actor: subject, agent, or coordinated with one."""
        while t.dep_ == "conj":
            t = t.head
        if t.dep_ == "pobj" and t.head.lower_ == "with" and (t.head.head.lower_ in ("along", "together") or any(
                c.lower_ in ("along", "together") for c in t.head.children)):
            return True  # 'which Niger left along with Mali', 'Togo, together with Ghana, signed'
        if t.dep_ == "ROOT" and any(c.dep_ == "acl" and c.tag_ in ("VBD", "VBZ", "VBN") and c.i > t.i
                                    and not any(a.dep_ == "agent" for a in c.children)
                                    and any(r.dep_ == "relcl" and r.i < c.i for r in t.children) for c in t.children):
            return True  # 'Russia, which has bases there, called on both sides': a finite verb parsed as a modifier
        if t.dep_ == "dobj" and t.head.lemma_ in _ADDRESSED:
            return True  # 'has courted Moscow since', 'warned Abidjan against ...': a government dealt with
        return t.dep_ in SUBJECT_DEPS or (t.dep_ == "pobj" and t.head.lower_ == "by")

    def _place_position(self, i: int) -> str | None:
        """The kind of place a lone capitalised word is by its position: a modifier of 'crossing' or 'camp'
        ('the Karo border crossing'), or the object of 'in' or 'near' ('fighting near Tamsa'); else None."""
        t = self.doc[i]
        while t.dep_ == "conj" and t.head.i < t.i and t.head.pos_ == "PROPN":
            t = t.head  # 'the Karo and Tamsa crossings', 'in Karo and Tamsa': as the first of the list
        if t.i != i and self._place_noun_before(t.i):
            return "place"  # 'the province of Sistan and Baluchestan'
        head = t
        while head.dep_ in ("compound", "nmod") and head.head.i != head.i:
            head = head.head
            noun = head.lemma_.lower() if head.is_lower else head.lower_  # 'the Karo and Tamsa checkpoints'
            if noun in _PLACE_HEADS:
                return _PLACE_HEADS[noun]
            if head.is_lower and noun in PLACE_WORDS:  # 'the Zarva power plant', 'the Tarn river'
                return "place"
        prep = t.head.lower_ if t.dep_ == "pobj" else ""
        if prep in THROUGH or prep == "at" and t.ent_type_ != "ORG" or prep in ("to", "from") \
                and t.head.head.lemma_ in _MOVED and not any(c.dep_ == "det" for c in t.children):
            # 'into Mindat', 'at Chaman', 'evacuated from Nasir to Malakal' (but 'return to the Dialogue')
            return "place" if not any(c.dep_ == "case" for c in t.children) else None
        if t.dep_ == "dobj" and t.head.lemma_ in _TAKEN_PLACES:  # 'the rebels seized Rubaya'
            return "place"
        if prep == "of" and t.head.head.lower_ in BEARINGS:  # 'north of Tessalit', 'the outskirts of Goma'
            return "place"
        return None

    def _names_area(self, t: Token) -> bool:
        """Whether a word names an area: 'the town of X' is read apart; here 'X township', 'the X Region'."""
        nxt = self.doc[t.i + 1] if t.i + 1 < len(self.doc) else None
        return nxt is not None and (nxt.is_lower and nxt.lower_ in AREA_NOUNS
                                    or nxt.text[:1].isupper() and nxt.lower_ in PLACE_WORDS - {"state"})
