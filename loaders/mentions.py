"""Finding people, institutions and places in a parsed article, and resolving who a word refers to.

Countries, ministries and organisations come from the gazetteer through a phrase matcher;
people from the parser's named entities and from names that follow a job title. A country
or capital that acts or speaks becomes its government (metonymy); one that is only a
location stays a place.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections import Counter
from dataclasses import dataclass

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from dipgraph.graph.model import normalise
from dipgraph.loaders.bodies import BodyFinder
from dipgraph.loaders.entities import Entity, Registry
from dipgraph.loaders.gazetteer import Country, Gazetteer
from dipgraph.loaders.gender import PRONOUNS, first_name_gender, word_gender
from dipgraph.loaders.names import AGREEMENT_WORDS, OFFICIALS, PLACE_WORDS, SUBJECT_DEPS, NameFinder
from dipgraph.loaders.text import find_turns
from dipgraph.loaders.title_text import TITLE_PREFIXES, title_before

_PERSON_PRONOUNS = {"he", "she", "him", "her", "his"}
_THING_PRONOUNS = {"it", "its", "they", "them", "their"}
_RELATIVE = {"which", "who", "that"}
# Nouns for an unnamed official, who speaks for the state a country word gives ("a senior Qatari diplomat").
_POSTED = {"diplomat", "envoy", "ambassador", "delegate", "negotiator", "journalist", "correspondent", "observer"}
POSSESSIVE_MARKS = ("’s", "'s", "’", "'")
_STYLE_WORDS = {"federal", "royal", "national", "imperial", "central", "state"}  # between a country and its ministry


def build_matcher(vocab, gaz: Gazetteer) -> PhraseMatcher:
    """A phrase matcher for ministries, organisations and country forms (exact case, plus lower-case ministries)."""
    from spacy.lang.en import English

    tokenizer = English().tokenizer
    matcher = PhraseMatcher(vocab, attr="ORTH")

    def add(key: str, forms: list[str]) -> None:
        """Match every surface form under one key."""
        docs = [tokenizer(f) for f in dict.fromkeys(forms) if f]
        matcher.add(key, docs)

    for form, kind in gaz.ministry_forms.items():
        title = " ".join(w.capitalize() if w not in ("of", "the") else w for w in form.split())
        add(f"MIN|{kind}", [title, form, f"{title}".replace(" Of ", " of ")])
    seen: set[str] = set()
    for org in gaz.organisations.values():
        if org["name"] in seen:
            continue
        seen.add(org["name"])
        add(f"ORG|{org['name']}", [org["name"], *[a for a in org["aliases"] if len(a) > 2 or a.isupper()]])
    for code, country in gaz.countries.items():
        add(f"CTY|{code}", [*country.names, *country.demonyms, *country.capitals, *country.seats])
    return matcher


@dataclass
class Mention:
    """One mention of an entity: token range and what it refers to."""

    start: int
    end: int
    entity: Entity
    subject: bool = False


class Mentions(NameFinder, BodyFinder):
    """Entity mentions of one parsed article and the resolution of subjects, pronouns and metonyms."""

    def __init__(self, doc: Doc, gaz: Gazetteer, matcher: PhraseMatcher, body_start: int) -> None:
        self.doc, self.gaz, self.body_start = doc, gaz, body_start
        self.text = doc.text  # Doc.text rebuilds the string on every access
        self._sents = list(doc.sents)
        self._sent_of = [0] * len(doc)
        for k, s in enumerate(self._sents):
            self._sent_of[s.start:s.end] = [k] * (s.end - s.start)
        self.registry = Registry()
        self.by_token: dict[int, Entity] = {}
        self.country_at: dict[int, tuple[Country, str]] = {}  # token → (country, how)
        self.country_surface: dict[int, str] = {}
        self.country_span: dict[int, tuple[int, int]] = {}  # token → its whole country form ('Abu Dhabi')
        self.mentions: list[Mention] = []
        self._genders: dict[str, str | None] = {}
        self.ministry_kind: dict[str, str] = {}
        self._ministries: list[tuple[int, Entity]] = []  # ministry mentions by position
        self.person_spans: list[tuple[Entity, int, int]] = []  # every person mention, for the role finder
        self.title_words = {w for title in gaz.titles for w in re.split(r"[\s-]+", title)} - {"of", "the"}
        self.lone_places: list[tuple[int, str]] = []  # single words placed by their position (names.py)
        self.vessels = self.vessel_names()
        spans = filter_spans([Span(doc, s, e, label=matcher.vocab.strings[m]) for m, s, e in matcher(doc)])
        self._countries(spans)
        self._country_positions = sorted(self.country_at)
        counts = Counter(c.code for c, how in self.country_at.values() if not c.venue)
        self.dominant = [gaz.countries[c] for c, _ in counts.most_common()]
        self.home = self._dateline_country()
        self.turns = find_turns(self.text)
        self.labels = [(self.text.rfind("\n", 0, t.start) + 1, t.start) for t in self.turns]  # 'Paolo Conti: '
        self._body_ranges: list[tuple[int, int]] = []
        self._institutions(self._named_bodies(spans))
        self._bodies()
        self._militaries()
        self._title_offices()
        self._people()
        self._places()
        self.mentions.sort(key=lambda m: m.start)
        self._starts = [m.start for m in self.mentions]

    # --- detection ---------------------------------------------------------------------------

    def _countries(self, spans: list[Span]) -> None:
        for span in spans:
            kind, _, value = span.label_.partition("|")
            if kind != "CTY":
                continue
            country = self.gaz.countries[value]
            hit = self.gaz.country(span.text)
            if (hit is None or hit.how in ("name", "capital")) and self._inside_name(span):
                continue
            for t in span:
                self.country_at[t.i] = (country, hit.how if hit else "name")
                self.country_surface[t.i] = span.text
                self.country_span[t.i] = (span.start, span.end)

    def _dateline_country(self) -> Country | None:
        """The country of the story's dateline ('MANILA' kept by text.prepare), unless it is only a venue."""
        lines = [line.strip() for line in self.text[:self.body_start].split("\n") if line.strip()]
        if not lines or not lines[-1].isupper() or len(lines[-1]) > 40:
            return None
        hit = self.gaz.country(lines[-1].title())
        return hit.country if hit and not hit.country.venue else None

    def _inside_name(self, span: Span) -> bool:
        """A country or capital word that is part of a person's name ('Jerome Santiago', 'Israel Katz'):
        inside a tagged person name, or right after a given name the tagger put in a person name."""
        doc = self.doc
        first, last = doc[span.start], doc[span.end - 1]
        before = doc[span.start - 1] if span.start else None
        if before is not None and normalise(before.text) in self.gaz.honorifics and before.text[:1].isupper() \
                and before.lower_ not in ("king", "queen", "emir", "sultan", "prince", "princess", "crown prince"):
            return True  # 'Mr. Santiago', 'Captain Jordan'
        if first.ent_type_ != "PERSON" or last.ent_type_ != "PERSON":
            return False
        after = doc[span.end] if span.end < len(doc) else None
        return (first.ent_iob_ == "I" and before is not None and before.pos_ == "PROPN") or (
            after is not None and after.ent_iob_ == "I" and after.pos_ == "PROPN" and after.text[:1].isupper())

    def _add(self, start: int, end: int, entity: Entity) -> None:
        for i in range(start, end):
            self.by_token[i] = entity
        if entity.key in self.ministry_kind:
            insort(self._ministries, (start, entity), key=lambda m: m[0])
        subject = any(self.doc[i].dep_ in SUBJECT_DEPS for i in range(start, end))
        self.mentions.append(Mention(start, end, entity, subject))

    def _qualifier(self, i: int) -> Country | None:
        """The country named just before token i (``Russian``, ``Iran's``, ``U.S.``)."""
        if i >= 0 and self.doc[i].text in POSSESSIVE_MARKS:  # "Iran's", "the Emirates' "
            i -= 1
        hit = self.country_at.get(i)
        return hit[0] if hit and hit[1] in ("demonym", "name") else None

    def _institutions(self, spans: list[Span]) -> None:
        taken: set[int] = set()
        for span in spans:
            kind, _, value = span.label_.partition("|")
            surface = span.text
            if kind == "MIN":
                before = span.start - 1
                while before > 0 and self.doc[before].lower_ in _STYLE_WORDS:
                    before -= 1  # 'the German Federal Foreign Office'
                country = self._qualifier(before)
                bound = self.gaz.country_by_code(self.gaz.country_bound.get(normalise(surface)))
                if normalise(surface) in self.gaz.country_bound_shared and self.dominant and bound not in self.dominant:
                    bound = None  # 'the Foreign Office' in a story that never names Britain is the story's own
                country = country or bound
                entity = None
                if country is None:  # the same kind named before, else the dateline's or the main country's
                    entity = self.last_ministry(span.start, value)
                    country = None if entity else (self.home or (self.dominant[0] if self.dominant else None))
                if entity is None:
                    entity = (self.registry.ministry(country, value, surface) if country
                              else self.registry.add("Institution", surface, kind="ministry"))
                else:
                    entity.alias(surface)
                    entity.mentions += 1
                self.ministry_kind[entity.key] = value
                start = span.start - (2 if self.doc[span.start - 1].text in POSSESSIVE_MARKS else 1)
                start = start if start >= 0 and start in self.country_at else span.start
                while start > 0 and start - 1 in self.country_at and start in self.country_at \
                        and self.country_at[start - 1][0] is self.country_at[start][0]:
                    start -= 1  # the whole country name: 'the United Arab Emirates' Foreign Ministry'
                self._add(start, span.end, entity)
                taken.update(range(start, span.end))
            elif kind == "ORG":
                org = self.gaz.organisation(value) or {}
                country = self.gaz.country_by_code(org.get("country"))
                entity = self.registry.add("Institution", value, kind=org.get("kind"),
                                           country=country.name if country else None, surface=surface)
                self._add(span.start, span.end, entity)
                taken.update(range(span.start, span.end))
        for t in self.doc:
            if t.i in taken or t.lower_ not in self.gaz.ministry_anaphora or t.pos_ == "VERB":
                continue
            nxt = self.doc[t.i + 1] if t.i + 1 < len(self.doc) else None
            if nxt is not None and nxt.lower_ == "of":
                continue
            entity = self.last_ministry(t.i, None)
            if entity:
                entity.alias(t.text)
                self._add(t.i, t.i + 1, entity)
                taken.add(t.i)
        places = {e.text.removeprefix("the ") for e in self.doc.ents if e.label_ in ("GPE", "LOC", "FAC")}
        people = [e.text for e in self.doc.ents if e.label_ == "PERSON" and len(e) > 1]
        for ent in self.doc.ents:
            if ent.label_ != "ORG" or ent.start_char < self.body_start or \
                    any(i in taken or i in self.by_token for i in range(ent.start, ent.end)) or \
                    any(a <= ent.start_char < b for a, b in self.labels):
                continue  # nor a transcript's label: 'China Daily:' asks
            if len(ent) > 1 and any(p == ent.text or p.endswith(" " + ent.text) for p in people):
                continue  # a name tagged a person elsewhere ('Spokesperson Karin Holt' ... 'Karin Holt:')
            before = self.doc[ent.start - 1] if ent.start else None
            if before is not None and before.text == "," and ent.start >= 2:
                before = self.doc[ent.start - 2]  # 'her Rwandan counterpart, Jean-Pierre Habimana,'
            if before is not None and (before.lower_ in self.gaz.titles or before.lemma_ in OFFICIALS) \
                    and 2 <= len(ent) <= 4 and all(t.pos_ == "PROPN" or t.text == "-" for t in ent):
                continue  # a name after a title is a person's, whatever the tagger thought: 'Chancellor Olaf Scholz'
            if 3 <= len(ent) <= 4 and all(t.pos_ == "PROPN" for t in ent[1:]) and title_before(
                    self.doc[self.sent(ent.start).start:ent.start + 1].text, self.gaz.titles)[0]:
                continue  # 'Secretary of [State Antony Blake]': a title's last word and a name
            if ent.start >= 2 and self.doc[ent.start - 1].text == "," \
                    and self.doc[ent.start - 2].lower_ in self.gaz.titles:
                continue  # a name in apposition to a title is a person's: 'the committee's chairman, X Y,'
            if ent[-1].lower_ in AGREEMENT_WORDS or ent[0].text == "Operation":
                continue  # 'the Camp David Accords', 'Operation Iron Sword': agreements and operations
            after = self.doc[ent.end] if ent.end < len(self.doc) else None
            if ent.text.removeprefix("the ") in places or after is not None and after.is_lower \
                    and after.lower_ in PLACE_WORDS:  # tagged a place elsewhere, or 'the Kerem Shalom crossing'
                words = [t for t in ent if t.lower_ != "the"]
                kind = {"crossing": "border crossing", "border": "border crossing"}.get(after.lower_) \
                    if after is not None and after.is_lower else None
                self._add(words[0].i, words[-1].i + 1, self.registry.add(
                    "Place", self.doc[words[0].i:words[-1].i + 1].text, kind=kind))
                continue
            first = ent[0]
            if first.i == self.sent(first.i).start and first.tag_ in ("NNS", "NNPS") and len(ent) > 2 \
                    and ent[1].lower_ == "of" and all(t.i in self.country_at or t.text in POSSESSIVE_MARKS
                                                      for t in ent[2:]):
                continue  # a common noun capitalised at a sentence's start: 'Delegations of Chad'
            if all(t.i in self.country_at or t.lower_ == "the" for t in ent):
                continue  # a country or a capital ('Abu Dhabi'): a place, or its government when it acts
            words = [t for t in ent if t.lower_ not in ("the",) and t.text not in ("’s", "'s")]
            name = "".join(t.text_with_ws for t in words).strip()  # as written: 'Al-Masirah TV'
            if not words or not words[0].text[:1].isupper() or "\n" in name or words[0].pos_ == "PRON" \
                    or any(w.lower_ in self.title_words for w in words):
                continue
            if len(words) == 1 and not (words[0].text.isupper() and len(words[0].text) > 1) or name in self.vessels:
                continue
            kind = next((k for w in reversed(words) if (k := self.gaz.kind_words.get(w.lower_))), "organisation")
            country = next((self.country_at[t.i][0] for t in words if t.i in self.country_at), None)
            entity = self.registry.add("Institution", name, kind=kind, country=country.name if country else None,
                                       surface=ent.text)
            self._add(words[0].i, words[-1].i + 1, entity)
            taken.update(range(ent.start, ent.end))

    def _bodies(self) -> None:
        """Government bodies named without their country ('a Cabinet meeting'): the country comes from the
        word before it or the latest country named in the sentence."""
        for t in self.doc:
            if t.text not in self.gaz.bodies or t.i in self.by_token or t.idx < self.body_start:
                continue
            if t.i + 1 < len(self.doc) and self.doc[t.i + 1].lower_ in self.title_words:
                continue  # part of a title: 'Cabinet Secretary', 'Parliament Speaker'
            country = self._qualifier(t.i - 1)
            if country is None:
                near = self.countries_between(self.sent(t.i).start, t.i)
                country = near[-1] if near else (self.dominant[0] if self.dominant else None)
            if country is None:
                continue
            gov = self.registry.government(country, count=False)
            kind = self.gaz.bodies[t.text]
            entity = self.registry.add("Institution", f"{country.prefix} {t.text}", kind=kind, country=country.name,
                                       surface=t.text, parent=gov.key)
            self._add(t.i, t.i + 1, entity)

    def last_ministry(self, before: int, kind: str | None) -> Entity | None:
        """The latest ministry (of a kind) named before a token."""
        for _, entity in reversed(self._ministries[:bisect_left(self._ministries, before, key=lambda m: m[0])]):
            if kind is None or self.ministry_kind[entity.key] == kind:
                return entity
        return None

    def mentions_between(self, lo: int, hi: int) -> list[Mention]:
        """Mentions starting from token lo up to (not including) token hi."""
        return self.mentions[bisect_left(self._starts, lo):bisect_left(self._starts, hi)]

    def countries_between(self, lo: int, hi: int) -> list[Country]:
        """Countries named from token lo up to (not including) token hi, in order."""
        positions = self._country_positions
        return [self.country_at[i][0] for i in positions[bisect_left(positions, lo):bisect_left(positions, hi)]]

    def sent(self, i: int) -> Span:
        """The sentence of a token (cached: spaCy rebuilds Token.sent on every access)."""
        return self._sents[self._sent_of[i]]

    def title_hint(self, title: str) -> str | None:
        """What a job title implies about its institution (see data/titles.json)."""
        key = title.lower()
        for prefix in TITLE_PREFIXES:
            key = key.removeprefix(prefix)
        return self.gaz.titles.get(key)

    def entity_at(self, i: int) -> Entity | None:
        """The entity a token belongs to, if any."""
        return self.by_token.get(i)

    def resolve(self, t: Token, conj: bool = True) -> list[Entity]:
        """Who a subject, object or possessor token refers to: entities, pronouns, metonyms, 'X officials'."""
        found = self._resolve_one(t)
        if conj:
            for c in t.children:
                if c.dep_ == "conj":
                    found += [e for e in self.resolve(c) if e not in found]
        return found

    def _resolve_one(self, t: Token) -> list[Entity]:
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
        if t.i in self.country_at:
            country, how = self.country_at[t.i]
            return [self.registry.government(country, surface=self.country_surface.get(t.i, t.text))]
        if low in self.title_words and low not in self.gaz.government_nouns:
            for c in t.subtree:  # "A spokesperson for the Kremlin, Dmitry Peskov, said"
                if c.i in self.by_token and self.by_token[c.i].label == "Person":
                    return [self.by_token[c.i]]
            if (unnamed := self._unnamed_official(t)) is not None:
                return [unnamed]
            if any(c.lower_ == "the" for c in t.children) and t.pos_ == "NOUN" and (last := self._last(t.i, "Person")):
                return last  # "the minister said": the person last named
        if t.lemma_ in OFFICIALS and t.pos_ == "NOUN" and (unnamed := self._unnamed_official(t)) is not None:
            return [unnamed]  # "her Chilean counterpart", "a senior Egyptian official"
        if t.lemma_ in ("side", "country", "party", "nation", "government", "leader", "delegation", "minister",
                        "president", "team", "army", "military", "force") and any(
                c.lower_ in ("two", "both") for c in t.children):
            pair = self._pair(t)
            if t.lemma_ in ("army", "military", "force"):  # "the two armies said": each side's armed forces
                countries = [hit.country for e in pair if e.kind == "government" and e.country
                             and (hit := self.gaz.country(e.country)) is not None]
                return [self.armed_force(c, "Army") for c in countries] if len(countries) == len(pair) else pair
            return pair
        if low in _PERSON_PRONOUNS:
            return self._last(t.i, "Person", PRONOUNS.get(low))
        if low in _THING_PRONOUNS:
            return self._last(t.i, "Institution")
        if low in _RELATIVE and t.head.dep_ == "relcl":
            return self.resolve(t.head.head, conj=False)
        if t.lemma_ in self.gaz.government_nouns or low in self.gaz.government_nouns or \
                t.lemma_ in self.gaz.regime_words:
            return self.governments_of(t)
        if low in self.gaz.group_anaphora or t.lemma_ in self.gaz.group_anaphora:
            groups = [m.entity for m in self.mentions if m.start < t.i and m.entity.kind == "armed_group"]
            return groups[-1:] if groups else []
        if low == "office":  # "the prime minister's office"
            return self._office(t)
        if low in ("statement", "communique", "communiqué"):
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ == "from":
                    return [e for p in c.children for e in self.resolve(p)]
        return []

    def _unnamed_official(self, t: Token) -> Entity | None:
        """An official named only by country and title ("Venezuela's foreign minister", "a senior Qatari
        diplomat", "his Guyanese counterpart"): the institution the title implies in that country."""
        if t.dep_ in ("compound", "amod", "nmod", "appos") or any(
                (e := self.by_token.get(i)) is not None and e.label == "Person"
                for i in range(t.left_edge.i, min(t.i + 5, len(self.doc)))):
            return None  # a title naming someone ("army chief Abdel Fattah al-Burhan")
        mods = [c for c in t.children if c.dep_ in ("poss", "amod", "compound", "nmod")]
        named = [x for c in mods for x in (c, *(d for d in c.children if d.dep_ == "conj"  # "NATO's secretary-general"
                                                or d.dep_ == "poss" and c.dep_ == "compound"))]
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
        j = t.i - 1  # "U.S. and Iranian officials", even when the parse splits the phrase
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

    def _office(self, t: Token) -> list[Entity]:
        for c in t.children:
            if c.dep_ == "poss":
                title = self.doc[c.left_edge.i:c.i + 1].text
                title = re.sub(r"^(the|a)\s+", "", title, flags=re.I)
                if self.title_hint(title) == "government" and self.dominant:
                    country = self.dominant[0]
                    gov = self.registry.government(country, count=False)
                    name = f"{country.demonym} {title.title()}'s Office"
                    return [self.registry.add("Institution", name, kind="government", country=country.name,
                                              surface=f"the {title}'s office", parent=gov.key)]
        return []

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

    def _pair(self, t: Token) -> list[Entity]:
        """'the two sides', 'both countries': the last two parties named together as the subject of an
        action ('X and Y agreed'), else the last two governments named before."""
        reporting = {v for v, info in self.gaz.reporting["verbs"].items() if info["act"] in ("assert", "comment")}
        start = self.sent(t.i).start
        for k in range(t.i - 1, max(-1, start - 400), -1):
            s = self.doc[k]
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
