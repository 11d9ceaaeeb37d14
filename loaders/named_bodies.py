"""Institutions a story names: ministries, organisations and their acronyms, governments by their ruling nouns,
embassies with their post, regions' own ministries, news outlets and companies (not bodies).

A mixin of ``Mentions`` (mentions.py), with the parse, the gazetteer's matches and the registry it holds.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from dipgraph.graph.model import normalise
from dipgraph.loaders.bodies import UNIT_POST
from dipgraph.loaders.entities import Entity, Registry
from dipgraph.loaders.gazetteer import Country, Gazetteer, portfolio_name
from dipgraph.loaders.names import (
    AGREEMENT_WORDS,
    AREA_NOUNS,
    DIRECTIONS,
    EQUIPMENT_NOUNS,
    OFFICIALS,
    PLACE_WORDS,
)
from dipgraph.loaders.title_text import title_before

POSSESSIVE_MARKS = ("’s", "'s", "’", "'")
_MOVEMENT = ("Red Cross", "Red Crescent")  # named after a country, a national society of the movement
_CLOCK = re.compile(r"(?i)^(?:\d{1,2}[:.]\d{2}|\d{3,4}|[ap]\.?m\.?|hrs|h)$")  # a time a time zone follows
# the last word of a place's or a structure's name, never a body's: 'the Grand Renaissance Dam', 'the Kerch Strait'
_STRUCTURES = {"dam", "strait", "straits", "bridge", "airport", "canal", "valley", "river", "sea", "island", "islands",
               "shoal", "reef", "gulf", "bay", "peninsula", "cape", "lake", "desert", "corridor", "mountains", "pass"}
_OUTLET_NOUNS = {"television", "tv", "radio", "newspaper", "channel", "broadcaster"}  # after an outlet's name
_COMPANY_ENDS = {"management", "shipping", "holdings", "corporation", "corp", "ltd", "inc", "airlines", "airways",
                 "logistics", "petroleum"}  # the last word of a company's name
BUILDING_NOUNS = {"building", "house", "palace", "tower", "towers", "hall", "complex", "compound", "square"}
_PARTICLES = {"al", "el", "ad", "as", "ash", "an", "abu", "bin", "ibn", "ansar", "jaysh", "harakat"}
_PEOPLE_NOUNS = {"civilian", "refugee", "community", "villager", "resident", "family", "minority", "population",
                 "herder", "farmer", "fisherman", "migrant", "pilgrim", "student", "worker", "trader"}
_STAGE_WORDS = {"end", "ends", "more", "applause", "laughter", "crosstalk", "inaudible", "pause", "break"}
_RULING_NOUNS = {"government", "administration", "authorities", "regime", "leadership"}
_STYLE_WORDS = {"federal", "royal", "national", "imperial", "central", "state"}  # between a country and its ministry


class NamedBodies:
    """Institutions named in the text (mixed into ``Mentions``)."""

    doc: Doc
    text: str
    gaz: Gazetteer
    registry: Registry
    body_start: int
    by_token: dict[int, Entity]
    country_at: dict[int, tuple[Country, str]]
    country_span: dict[int, tuple[int, int]]
    ministry_kind: dict[str, str]
    title_words: set[str]
    dominant: list[Country]
    home: Country | None
    publishers: set[str]
    labels: list[tuple[int, int]]
    vessels: set[str]

    def _opens_paragraph(self, i: int) -> bool:
        """Whether token i (after 'the') opens a paragraph of the body."""
        j = i - (i > 0 and self.doc[i - 1].lower_ == "the")
        return j > 0 and self.doc[j].idx > self.body_start and (self.doc[j - 1].is_space or "\n" in
                                                                self.doc[j - 1].text_with_ws)

    def _institutions(self, spans: list[Span]) -> None:
        taken: set[int] = set()
        for span in spans:
            kind, _, value = span.label_.partition("|")
            surface = span.text
            if span.end < len(self.doc) and self.doc[span.end].lower_ in BUILDING_NOUNS and self.doc[span.end].is_title:
                continue  # a building named after a body: 'the Old Treasury Building'
            if kind == "MIN" and span.text.islower() and any(t.lemma_ == "bench"
                                                             for t in self.doc[span.end:span.end + 3]):
                continue  # 'treasury and opposition benches': the seats of a parliament, no ministry
            if kind == "MIN":
                before = span.start - 1
                while before > 0 and self.doc[before].lower_ in _STYLE_WORDS:
                    before -= 1  # 'the German Federal Foreign Office'
                owner = self.by_token.get(before - (before > 0 and self.doc[before].text in POSSESSIVE_MARKS))
                if self.registry.own_government(owner):  # "the GNU's Interior Ministry": that government's
                    entity = self.registry.body_ministry(owner, value, surface)
                    self.ministry_kind[entity.key] = value
                    self._add(span.start, span.end, entity)
                    taken.update(range(span.start, span.end))
                    continue
                if (region := self.region_before(span.start - 1)) is not None:  # "Gaza's Health Ministry"
                    entity = self.region_ministry(region[1], value, surface)
                    self._add(region[0], span.end, entity)
                    taken.update(range(region[0], span.end))
                    continue
                country = self._qualifier(before)
                of = self._country_after_of(span.end, heading=span.start == 0) if country is None else None
                if of is not None:  # 'the Ministry of Defence of Ukraine', 'the Foreign Ministry of Armenia'
                    country, span = of[0], self.doc[span.start:of[1]]
                elif country is None:
                    country = self._capital_after_in(span.end)  # 'the Foreign Ministry in Brussels'
                bound = self.gaz.country_by_code(self.gaz.country_bound.get(normalise(surface)))
                users = self.gaz.country_bound_shared.get(normalise(surface))
                if users and self.dominant and bound not in self.dominant:
                    # 'the Foreign Office' in a story that never names Britain: Pakistan's if it names Pakistan
                    bound = next((c for c in self.dominant if c.code in users), None)
                # the country its sentence opens on ('In Lima,'); the subject of its paragraph's sentences where
                # 'its'/'their' stand for it or no party is datelined ('Iran condemned it. The Foreign Ministry')
                loose = self.home_party is None or before >= 0 and self.doc[before].lower_ in ("its", "their")
                # as for a bare ministerial title, a title of the ministry's takes the side a sentence just before
                # tells ('Lima hit back. Foreign Ministry spokesman X said'), not a reported clause's
                titled = span.end < len(self.doc) and self.doc[span.end].lower_ in self.title_words
                # else the capital its spokesperson speaks in ('Foreign Ministry spokeswoman X told a briefing in
                # Beijing')
                country = country or bound or self.frame_country(span.start, subjects=loose or titled, clauses=loose) \
                    or (self.speaks_in(span.end) if titled else None)
                if country is None and self.home_party is not None and self._opens_paragraph(span.start):
                    country = self.home_party  # 'SEOUL — ... \n\nThe Foreign Ministry called in ...': the dateline's
                entity = None
                if country is None:  # the same kind named before, else the dateline's or the main country's
                    entity = self.last_ministry(span.start, value)
                    country = None if entity else self.home_or_main
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
                end = span.end
                nxt = self.doc[end + 1] if end + 1 < len(self.doc) else None
                if nxt is not None and self.doc[end].lower_ == "and" and span[0].text in ("Ministry", "Department") \
                        and nxt.is_title and nxt.pos_ in ("PROPN", "NOUN") and nxt.i not in self.country_at \
                        and nxt.ent_type_ not in ("PERSON", "GPE", "NORP") and self.gaz.organisation(nxt.text) is None:
                    end += 1  # 'Ministry of Foreign Affairs and Expatriates': the rest of the ministry's name
                    while end < len(self.doc) and self.doc[end].is_title and self.doc[end].pos_ in ("PROPN", "NOUN"):
                        end += 1
                    entity.alias(self.doc[span.start:end].text)
                    if country is not None:  # 'Ugandan Ministry of Defence and Veteran Affairs'
                        self.registry.ministry_named(entity, country, self.doc[span.start:end].text)
                self._add(start, end, entity)
                taken.update(range(start, end))
            elif kind == "ORG":
                if any(self.doc[max(0, span.start - k):span.end].text in self.gaz.bodies for k in (1, 2)):
                    continue  # "Iran's National Security Council" is no UN Security Council: see _bodies
                nxt = self.doc[span.end] if span.end < len(self.doc) else None
                if span[0].lower_ == "the" and nxt is not None and nxt.pos_ == "PROPN" and nxt.text[:1].isupper() \
                        and nxt.i not in self.country_at and not self._title_follows(span.end):
                    continue  # the start of a longer name: 'the Alliance Fleuve Congo' is no NATO, but 'the UN
                    # Personal Envoy' is the UN's
                org = self.gaz.organisation(value) or {}
                if nxt is not None and nxt.is_lower and nxt.lower_ in self.gaz.head_nouns \
                        and (own := self._own_body(org, value, nxt.text)) is not None:
                    own.alias(self.doc[span.start:span.end + 1].text)  # 'the EU mission' after 'the European Union
                    own.mentions += 1  # Monitoring Mission in Georgia': that mission
                    self._add(span.start, span.end + 1, own)
                    taken.update(range(span.start, span.end + 1))
                    continue
                country = self.gaz.country_by_code(org.get("country"))
                start, name = span.start, value
                ruled = self.gaz.country_by_code(org.get("governs"))
                if ruled is not None and self._qualifier(span.start - 1) in (None, ruled):
                    # a country's de facto rulers ('the Taliban administration in Kabul'): its government
                    end = span.end + (nxt is not None and nxt.lower_ in _RULING_NOUNS)
                    self._add(start, end, self.registry.government(ruled, surface=self.doc[start:end].text))
                    taken.update(range(start, end))
                    continue
                society = self._qualifier(span.start - 1) if surface in _MOVEMENT else None
                if society is not None:  # 'the Thai Red Cross': the country's own society, not the ICRC
                    start = span.start - (2 if self.doc[span.start - 1].text in POSSESSIVE_MARKS else 1)
                    country, name, org = society, f"{society.prefix} {surface}", {"kind": "ngo"}
                entity = self.registry.add("Institution", name, kind=org.get("kind"),
                                           country=country.name if country else None, surface=surface)
                self._add(start, span.end, entity)
                taken.update(range(start, span.end))
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
        taken.update(self._governments_of())
        taken.update(self._outlets(taken))
        for ent in self.doc.ents:  # 'Thalassa Bulk Management' tagged a person: a company
            if ent.label_ == "PERSON" and ent[-1].lower_ in _COMPANY_ENDS and ent[-1].text[:1].isupper() \
                    and len(ent) > 1 and ent.start_char >= self.body_start \
                    and not (ent.end < len(self.doc) and self.doc[ent.end].lower_ in ("minister", "ministry")) \
                    and not any(i in taken or i in self.by_token for i in range(ent.start, ent.end)):
                # ('Nigerien Petroleum Minister X': a portfolio, no company)
                self._add(ent.start, ent.end, self.registry.add("Institution", ent.text, kind="company",
                                                                country=self._country_before(ent.start - 1)))
                taken.update(range(ent.start, ent.end))
        places = {e.text.removeprefix("the ") for e in self.doc.ents if e.label_ in ("GPE", "LOC", "FAC")}
        people = [e.text.lower() for e in self.doc.ents if e.label_ == "PERSON" and len(e) > 1]
        for ent in self.doc.ents:
            if ent.label_ != "ORG" or ent.start_char < self.body_start or \
                    any(i in taken or i in self.by_token for i in range(ent.start, ent.end)) or \
                    any(a <= ent.start_char < b for a, b in self.labels):
                continue  # nor a transcript's label: 'China Daily:' asks
            if ent.start and _CLOCK.match(self.doc[ent.start - 1].text) and len(ent) == 1:
                continue  # a time zone after a time: '11:05 a.m. EAT', '14:00 GMT'
            if UNIT_POST.search(self.text, max(0, ent.start_char - 40), ent.start_char):
                continue  # 'Director for the Protection of Citizens': a ministry's unit, part of the post
            if self._portfolio_tail(ent.start):
                continue  # 'Minister of Foreign Affairs and [International Cooperation of X]': a post's portfolio
            if ent.text.removeprefix("the ") in self.publishers:
                continue  # the outlet that published the story ('he told the Baltic Courier'): no party to it
            if len(ent) > 1 and any(p == ent.text.lower() or p.endswith(" " + ent.text.lower()) for p in people):
                continue  # a name tagged a person elsewhere ('Spokesperson Karin Holt' ... 'Karin Holt:')
            before = self.doc[ent.start - 1] if ent.start else None
            if before is not None and before.text == "," and ent.start >= 2:
                before = self.doc[ent.start - 2]  # 'her Rwandan counterpart, Jean-Paul Nkurunziza,'
            if before is not None and (before.lower_ in self.gaz.titles or before.lemma_ in OFFICIALS) \
                    and 2 <= len(ent) <= 4 and all(t.pos_ == "PROPN" or t.text == "-" for t in ent):
                continue  # a name after a title is a person's, whatever the tagger thought: 'Chancellor Olaf Scholz'
            if 2 <= len(ent) <= 5 and ent[0].text[:1].isupper() and normalise(ent[0].text) in self.gaz.honorifics \
                    and all(t.pos_ == "PROPN" for t in ent[1:]) and not any(
                    t.lower_ in self.gaz.kind_words or t.lower_ in self.gaz.head_nouns for t in ent):
                continue  # an honorific opens a person's name: 'Ibu Ana Sari', 'Honourable Ama Boateng'
            if 3 <= len(ent) <= 4 and all(t.pos_ == "PROPN" for t in ent[1:]) and title_before(
                    self.doc[self.sent(ent.start).start:ent.start + 1].text, self.gaz.titles)[0]:
                continue  # 'Secretary of [State Antony Blake]': a title's last word and a name
            if ent.start >= 2 and self.doc[ent.start - 1].text == "," \
                    and self.doc[ent.start - 2].lower_ in self.gaz.titles:
                continue  # a name in apposition to a title is a person's: 'the committee's chairman, X Y,'
            if ent[-1].lower_ in BUILDING_NOUNS and ent[-1].text[:1].isupper():
                continue  # a building, even one named after a body: 'Government House', 'the Treasury Building'
            if ent[-1].lower_ in AGREEMENT_WORDS or ent[0].text == "Operation":
                continue  # 'the Camp David Accords', 'Operation Iron Sword': agreements and operations
            if self.appositive_name(ent) or self.given_named(ent):
                continue  # a person's name in apposition to a title ('its commissioner for trade, X Y,'), or one
                # that opens on a given name: 'a spokesman who uses the name Lionel Dutoit'
            if ent[-1].is_stop or ent[-1].is_punct:
                continue  # a phrase cut short: 'Delegations of the'
            after = self.doc[ent.end] if ent.end < len(self.doc) else None
            headless = not any(t.lower_ in self.gaz.kind_words or t.lower_ in self.gaz.head_nouns for t in ent)
            if headless and any(t.lower_ == "and" for t in ent):
                continue  # two names the tagger joined: 'crossings at Dajabon and Elias Pina'
            if headless and self._noun_follows(ent.end, EQUIPMENT_NOUNS):
                continue  # a model of aircraft or ship: 'Mirage and F-16 aircraft'
            names = [t for t in ent if t.lower_ != "the"]
            if headless and len(names) == 3 and names[1].text == "-" and not names[1].whitespace_ \
                    and all(t.is_title and t.is_alpha and t.lower_ not in _PARTICLES for t in names[::2]):
                continue  # two capitalised words joined by a hyphen, no body's noun: a place ('Nagorno-Karabakh')
            lead = ent[1] if ent[0].lower_ == "the" and len(ent) > 1 else ent[0]
            if headless and lead.lower_ in DIRECTIONS and lead.text[:1].isupper():
                continue  # a region: 'the Western Balkans', 'Southern Africa'
            if all(t.i in self.country_at or t.lower_ == "the" for t in ent):
                continue  # a country or a capital ('Abu Dhabi'): a place, or its government when it acts
            if ent.text.removeprefix("the ") in places or after is not None and after.is_lower \
                    and after.lower_ in PLACE_WORDS or headless and (
                    ent[-1].lower_ in _STRUCTURES and ent[-1].text[:1].isupper()  # 'the Grand Renaissance Dam'
                    or self._place_noun_before(ent.start) or self._noun_follows(ent.end, AREA_NOUNS)
                    or self._place_position(ent.end - 1) is not None):
                # tagged a place elsewhere, 'the Kerem Shalom crossing', 'the village of X', 'X province', 'in X'
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
            words = [t for t in ent if t.lower_ not in ("the",) and (t.text not in ("’s", "'s")
                                                                  or ent.start < t.i < ent.end - 1)]
            # (a possessive inside the name stays: "Fishermen's Association")
            name = "".join(t.text_with_ws for t in words).strip()  # as written: 'Al-Masirah TV'
            national = words and words[0].i in self.country_at and len(words) > 2 and words[-1].is_title \
                and (words[-1].lower_ in self.gaz.head_nouns or words[-1].lower_ in self.gaz.kind_words)
            if not words or not words[0].text[:1].isupper() or "\n" in name or words[0].pos_ == "PRON" \
                    or any(w.lower_ in self.title_words for w in words) and not national:
                continue  # (but 'the Tunisian General Labour Union': a country's body, a title's word inside)
            if len(words) == 1 and not (words[0].text.isupper() and len(words[0].text.rstrip(".")) > 1) \
                    or name in self.vessels:
                continue  # (not 'X.': one letter is no acronym of a body)
            if after is not None and after.is_lower and after.lemma_ in _PEOPLE_NOUNS and headless:
                continue  # 'Congolese Tutsi civilians': a people, no body
            if len(words) == 1 and words[0].lower_ in _STAGE_WORDS:
                continue  # a transcript's stage direction: '(END)', '(APPLAUSE)'

            kind = "company" if words[-1].lower_ in _COMPANY_ENDS else next(
                (k for w in reversed(words) if (k := self.gaz.kind_words.get(w.lower_))), "organisation")
            country = next((self.country_at[t.i][0] for t in words if t.i in self.country_at), None) \
                or self._qualifier(words[0].i - 1)  # "Pakistan's Inter-Services Public Relations"
            entity = self.registry.add("Institution", name, kind=kind, country=country.name if country else None,
                                       surface=ent.text)
            self._add(words[0].i, words[-1].i + 1, entity)
            taken.update(range(ent.start, ent.end))
            taken.update(self._acronym_of(entity, ent.end))

    def _outlets(self, taken: set[int]) -> set[int]:
        """A name before a media noun ('the group's Al-Masirah television', 'the Novy Region channel'): a news
        outlet, named without the noun (the tokens taken); not a transcript's label, nor the story's publisher."""
        doc, out = self.doc, set()
        for t in doc:
            if t.lower_ not in _OUTLET_NOUNS or t.i < 1 or not (t.is_lower or t.text == "TV") \
                    or t.idx < self.body_start:
                continue
            j = t.i
            while j > 0 and t.i - j < 4 and j - 1 not in taken and j - 1 not in self.by_token \
                    and j - 1 not in self.country_at and (
                    doc[j - 1].pos_ == "PROPN" and doc[j - 1].text[:1].isupper()
                    or doc[j - 1].text == "-" and not doc[j - 1].whitespace_ and j > 1 and not doc[j - 2].whitespace_):
                j -= 1  # 'Al-Masirah', 'Nova Strana'
            while j < t.i and not doc[j].text[:1].isupper():
                j += 1
            if j == t.i or any(a <= doc[j].idx < b for a, b in self.labels) or doc[j:t.i].text in self.publishers:
                continue
            entity = self.registry.add("Institution", doc[j:t.i].text, kind="media", surface=doc[j:t.i + 1].text)
            self._add(j, t.i + 1, entity)
            out.update(range(j, t.i + 1))
        return out

    def _own_body(self, org: dict, name: str, noun: str) -> Entity | None:
        """The one body named before whose name is an organisation's and has this head noun ('European Union
        Monitoring Mission in Georgia' for 'the EU mission')."""
        forms = [f for f in (name, *org.get("aliases", ())) if f[:1].isupper()]
        found = [e for e in self.registry.of_label("Institution") if e.mentions and noun.capitalize() in e.name.split()
                 and any(e.name.startswith(f + " ") for f in forms)]
        return found[0] if len(found) == 1 else None

    def _portfolio_tail(self, i: int) -> bool:
        """Whether token i goes on a portfolio after 'and' ('Minister of Foreign Affairs and International ...')."""
        doc, j = self.doc, i - 1
        if j < 0 or doc[j].lower_ != "and":
            return False
        k = j - 1
        while k >= 0 and doc[k].text[:1].isupper() and j - k <= 4:
            k -= 1
        return k >= 1 and k < j - 1 and doc[k].lower_ in ("of", "for") \
            and doc[k - 1].lower_ in ("minister", "ministry", "secretary", "department")

    def _acronym_of(self, entity: Entity, end: int) -> set[int]:
        """'Inter-Services Public Relations (ISPR)': the acronym after a name names it there and later (the tokens
        taken)."""
        doc = self.doc
        if not (end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")"
                and re.fullmatch(r"[A-Z][A-Z0-9&-]{1,9}", doc[end + 1].text)):
            return set()
        acronym = doc[end + 1].text
        entity.alias(acronym)
        taken = set()
        for t in doc[end + 1:]:
            if t.text == acronym and t.i not in self.by_token:
                self._add(t.i, t.i + 1, entity)
                taken.add(t.i)
        return taken

    def _country_after_of(self, i: int, heading: bool = False) -> tuple[Country, int] | None:
        """The country named by 'of (the) X' at token i, or, in a letterhead (``heading``), by ', X' ('Ministry of
        Foreign Affairs, Republic of Korea'), and where its name ends."""
        doc = self.doc
        j = i + 1 + (i + 1 < len(doc) and doc[i + 1].lower_ == "the")
        if i >= len(doc) or doc[i].lower_ not in ("of", ",") or doc[i].text == "," and not heading \
                or j not in self.country_at or self.country_at[j][1] != "name":
            return None
        return self.country_at[j][0], self.country_span.get(j, (j, j + 1))[1]

    def _capital_after_in(self, i: int) -> Country | None:
        """The country whose capital 'in X' at token i names ('the Foreign Ministry in Brussels' is Belgium's)."""
        hit = self.country_at.get(i + 1) if i < len(self.doc) and self.doc[i].lower_ == "in" else None
        return hit[0] if hit is not None and hit[1] == "capital" else None

    def region_before(self, i: int) -> tuple[int, str] | None:
        """The name of a region or territory no list knows whose possessive ends at token i ("Puntland's",
        "the Kurdistan Region's"): capitalised words that are no country, person, title or known body."""
        doc = self.doc
        if i < 1 or doc[i].text not in POSSESSIVE_MARKS:
            return None
        j = i
        while j > 0 and doc[j - 1].pos_ == "PROPN" and doc[j - 1].text[:1].isupper() and doc[j - 1].is_alpha \
                and j - 1 not in self.country_at and j - 1 not in self.by_token and doc[j - 1].ent_type_ != "PERSON" \
                and doc[j - 1].lower_ not in self.title_words and i - j < 3:
            j -= 1
        return (j, doc[j:i].text) if j < i else None

    def region_ministry(self, region: str, kind: str, surface: str) -> Entity:
        """A ministry of a region's own government ("Puntland's Interior Ministry"), named after the region."""
        portfolio = portfolio_name(kind)
        country = self.home_or_main
        entity = self.registry.add("Institution", f"{region} {portfolio} Ministry", kind="ministry",
                                   country=country.name if country else None, surface=surface)
        self.ministry_kind[entity.key] = kind
        return entity

    def _title_follows(self, i: int) -> bool:
        """Whether the capitalised words from token i on end in a job title's word ('Personal Envoy')."""
        j = i
        while j < len(self.doc) and j - i < 4 and self.doc[j].text[:1].isupper() and self.doc[j].pos_ == "PROPN":
            j += 1
        return j > i and self.doc[j - 1].lower_ in self.title_words

    def _governments_of(self) -> set[int]:
        """'the Government of Chad', 'the Governments of Chad and Niger', 'the Chadian Government': each country's
        government (the tokens taken)."""
        doc, taken = self.doc, set()
        for t in doc:
            if t.text == "Government" and t.i and (t.i - 1) in self.country_at and t.i not in self.by_token \
                    and self.country_at[t.i - 1][1] in ("demonym", "name") and t.idx >= self.body_start:
                lo = self.country_span.get(t.i - 1, (t.i - 1,))[0]  # 'the Kenyan Government'
                self._add(lo, t.i + 1, self.registry.government(self.country_at[t.i - 1][0],
                                                                surface=doc[lo:t.i + 1].text))
                taken.update(range(lo, t.i + 1))
                continue
            if t.lower_ not in ("government", "governments") or t.i + 2 >= len(doc) or doc[t.i + 1].lower_ != "of" \
                    or t.i in self.by_token or t.idx < self.body_start:
                continue
            k, start = t.i + 2, t.i
            while k < len(doc) and (k in self.country_at or doc[k].lower_ in ("and", ",", "the")):
                if k in self.country_at and self.country_at[k][1] == "name":
                    lo, hi = self.country_span.get(k, (k, k + 1))
                    start = start if start == t.i else lo  # 'Government of Chad', then 'Niger'
                    gov = self.registry.government(self.country_at[k][0], surface=doc[start:hi].text)
                    self._add(start, hi, gov)
                    taken.update(range(start, hi))
                    start, k = lo, hi
                    continue
                k += 1
        return taken
