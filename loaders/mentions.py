"""Finding people, institutions and places in a parsed article (who a word refers to: resolve.py).

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
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from dipgraph.graph.model import normalise
from dipgraph.loaders.bodies import BodyFinder
from dipgraph.loaders.entities import Entity, Registry
from dipgraph.loaders.gazetteer import Country, Gazetteer
from dipgraph.loaders.gender import first_name_gender
from dipgraph.loaders.named_bodies import POSSESSIVE_MARKS, NamedBodies
from dipgraph.loaders.names import (
    PLACE_WORDS,
    SUBJECT_DEPS,
    NameFinder,
)
from dipgraph.loaders.national import NationalBodies
from dipgraph.loaders.places import PlaceFinder
from dipgraph.loaders.resolve import Resolver
from dipgraph.loaders.text import find_turns
from dipgraph.loaders.title_text import TITLE_PREFIXES, title_after

# verbs a person speaks by, and words that tell of a visit (a visitor speaks in the host's capital)
SPEAKING_VERBS = {"say", "tell", "speak", "add", "announce", "declare", "insist", "warn", "stress"}
VISIT_WORDS = {"visit", "talk", "trip", "tour", "arrive", "summit", "host", "meeting", "negotiation"}
NAME_PARTICLES = ("da", "de", "do", "dos", "das", "del", "di", "du", "des")  # inside place names: 'Mocimboa da Praia'
# first words of places' and groups' names that read as given names to a name list ('El Fasher', 'Abu Sayyaf')
_PLACE_OPENERS = {"el", "al", "san", "santa", "saint", "st", "port", "fort", "mount", "lake", "los", "las", "la", "le",
                  "new", "north", "south", "east", "west", "upper", "lower", "great", "little", "abu", "ansar", "amal",
                  "badr", "marine", "sky", "star"}
_OUTLET = re.compile(r"(?:[A-Z][a-z]+ ){1,4}[A-Z][a-z]+")  # 'Horn Observer', 'Eastern Europe Courier'
# a paragraph opening on a place in capitals and a dash or a date: 'MANILA — ', 'MANILA, May 3 (Agency) - '
_DATELINE_PLACE = re.compile(r"(?m)^([^\W\d_][^\n,—–]{1,30}?)(?:,[^\n—–]{1,40}?)?\s+[—–-]+\s")
# a question opening on who asks it: '[Thank you.] Ana Ruiz, Andes Radio[, Lima].' (group 1: name and outlet)
_REPORTER = re.compile(r"\s*(?:(?:Thank you|Thanks|Hi|Hello|Yes|Good (?:morning|afternoon|evening))\b"
                       r"[^.!?\n]{0,40}[.!]\s+)?"
                       r"((?:(?:[A-Z]|[a-z]{1,3}-[A-Z])[\w'’.-]*\s){0,3}(?:[A-Z]|[a-z]{1,3}-[A-Z])[\w'’.-]*,"
                       r"(?:\s[A-Z0-9][\w'’&.-]*){1,5}"  # (a particle: 'Jassem al-Hamadi')
                       r"(?:,(?:\s[A-Z][\w'’-]*){1,3})?)[.:]\s")
_MINISTRY_WORD = re.compile(r"\b(?:Ministry|Department|MINISTRY|DEPARTMENT)\b")  # a government's, in a header
_OWNER_BEFORE = re.compile(r"^(?:the |a |an )?(?:[\w.-]+ ){0,2}[\w.-]+(?:'s|’s) ")  # "the ministry's", "Chile's"


def build_matcher(vocab, gaz: Gazetteer) -> PhraseMatcher:
    """A phrase matcher for ministries, organisations and country forms (exact case, plus lower-case ministries)."""
    from spacy.lang.en import English

    tokenizer = English().tokenizer
    matcher = PhraseMatcher(vocab, attr="ORTH")

    def add(key: str, forms: list[str]) -> None:
        """Match every surface form under one key, and a form that starts lower-case ('al-Shabaab') also as it is
        written opening a sentence ('Al-Shabaab')."""
        forms = [*forms, *(f[0].upper() + f[1:] for f in forms if f and f[0].islower())]
        docs = [tokenizer(f) for f in dict.fromkeys(forms) if f]
        matcher.add(key, docs)

    for form, kind in gaz.ministry_forms.items():
        title = " ".join(w.capitalize() if w not in ("of", "the", "and", "for") else w for w in form.split())
        add(f"MIN|{kind}", [title, form, f"{title}".replace(" Of ", " of ")])
    for name, kind in gaz.ministry_names.items():  # as written: 'Foreign, Commonwealth and Development Office'
        add(f"MIN|{kind}", [name])
    seen: set[str] = set()
    for org in gaz.organisations.values():
        if org["name"] in seen:
            continue
        seen.add(org["name"])
        add(f"ORG|{org['name']}", [org["name"], *[a for a in org["aliases"] if len(a) > 2 or a.isupper()]])
    for code, country in gaz.countries.items():
        add(f"CTY|{code}", [*country.names, *country.demonyms, *country.capitals, *country.seats])
    return matcher


# a patronymic's ending ('Ravshanovna', 'Abdullayevich', 'Ivanovich'): a given name before it names the person
_PATRONYMIC = re.compile(r"(?:ovna|evna|ivna|ovich|evich|ovych)$")


@dataclass
class Mention:
    """One mention of an entity: token range and what it refers to."""

    start: int
    end: int
    entity: Entity
    subject: bool = False


class Mentions(NameFinder, PlaceFinder, BodyFinder, NamedBodies, NationalBodies, Resolver):
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
        self.area_names: list[tuple[int, int]] = []  # names before an area noun: 'Kampot province' (names.py)
        self.vessels = self.vessel_names()
        spans = filter_spans([Span(doc, s, e, label=matcher.vocab.strings[m]) for m, s, e in matcher(doc)])
        self._countries(spans)
        self.governs_at: dict[int, Country] = {}  # token → the country a de facto ruler named there governs
        for span in spans:
            org = self.gaz.organisation(span.text) if span.label_.startswith("ORG|") else None
            if org and (ruled := gaz.country_by_code(org.get("governs"))) is not None:
                self.governs_at.update((t.i, ruled) for t in span)
        self._country_positions = sorted(self.country_at)
        counts = Counter(c.code for i, (c, how) in self.country_at.items()  # once per name: 'Port-au-Prince'
                         if (not c.venue or how in ("name", "demonym")) and self.country_span.get(i, (i,))[0] == i)
        # (a venue country's cities host others' talks; its own name or people make it a side)
        self.dominant = [gaz.countries[c] for c, _ in counts.most_common()]
        self.publishers = self._publishers()
        self.dateline: str | None = None  # the place of the dateline, as written ('MANILA')
        self.turns = find_turns(self.text)
        self.home = self._dateline_country() or self._issuer_country()
        # the story's own countries, first where it is datelined: whose a title or body named alone is
        # (a dateline in a venue of talks the story hardly names, 'AMMAN' for Yemen's talks, comes after them)
        first = [self.home] if self.home and (self.home in self.dominant[:3] or len(self.dominant) < 3) else []
        if not first and (headline := self._headline_subject()) is not None and headline in self.dominant[:2]:
            first = [headline]  # 'Jakarta summons Australian envoy': the story takes its subject's side
        self.main = [*first, *(c for c in self.dominant if c not in first)]
        self.labels = [(self.text.rfind("\n", 0, t.start) + 1, t.start) for t in self.turns]  # 'Paolo Conti: '
        self._body_ranges: list[tuple[int, int]] = []
        self._embassies()
        self._legislatures()
        self._institutions(self._named_bodies(spans))
        self._issuer_ministry()
        self._bodies()
        self._militaries()
        self._country_groups()
        self._de_facto()
        self._military_governments()
        self._ministers_of_countries()
        self._title_offices()
        self._people()
        self._ends_of_full_names()
        self._places()
        self._drop_reporters()
        self.mentions.sort(key=lambda m: m.start)
        self._starts = [m.start for m in self.mentions]

    def is_title_word(self, word: str) -> bool:
        """Whether a word of a text (not a token) is part of a title, hyphenated ones too ('Director-General')."""
        return all(part in self.title_words for part in word.lower().split("-"))

    def _drop_reporters(self) -> None:
        """A reporter introducing themself in a question ('Q: Ana Ruiz, Andes Radio, Lima. Will ...') and their
        outlet are no people or institutions of the story: their mentions there are dropped, and an entity named
        nowhere else is dropped with them."""
        spans = [m.span(1) for t in self.turns if t.label is None
                 and (m := _REPORTER.match(self.text, t.start, t.end))]
        if not spans:
            return
        inside = [m for m in self.mentions if any(a <= self.doc[m.start].idx < b for a, b in spans)]
        for m in inside:
            self.mentions.remove(m)
            for i in range(m.start, m.end):
                self.by_token.pop(i, None)
        self.person_spans = [p for p in self.person_spans if not any(a <= self.doc[p[1]].idx < b for a, b in spans)]
        kept = {m.entity.key for m in self.mentions}
        for m in inside:
            if m.entity.key not in kept:
                m.entity.mentions = 0

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

    def _headline_subject(self) -> Country | None:
        """The country a headline has acting, its subject named by name or capital ('Jakarta summons Australian
        envoy', 'Georgia's Foreign Ministry protests'), when the story has a headline."""
        head = self._sents[0] if self._sents else None
        if head is None or head.end >= len(self.doc) or self.doc[head.end].idx > self.body_start:
            return None
        for subject in (t for t in head if t.dep_ in ("nsubj", "nsubjpass") and t.head.i == head.root.i):
            for t in subject.subtree:
                if t.i in self.country_at and self.country_at[t.i][1] in ("name", "capital"):
                    return self.country_at[t.i][0]
        return None

    def _publishers(self) -> set[str]:
        """The outlet a story's header names ('By Ana Lima, Andes Courier', a line 'Horn Observer', 'Asia Desk |
        18 June')."""
        found = set()
        for line in self.text[:self.body_start].split("\n")[1:]:
            line = line.split("|")[0].strip()
            if line.startswith("By ") and "," in line:
                line = line.rsplit(",", 1)[1].strip()
            if _OUTLET.fullmatch(line):
                found.add(line)
        return found

    def _dateline_country(self) -> Country | None:
        """The country of the story's dateline ('MANILA' kept by text.prepare, or 'MANILA —' opening one of the
        first paragraphs of a saved page, after its menus), unless it is only a venue: a venue's country is home
        only when the story names it, or its people, among its two countries named most."""
        lines = [line.strip() for line in self.text[:self.body_start].split("\n") if line.strip()]
        place = lines[-1] if lines and lines[-1].isupper() and len(lines[-1]) <= 40 else None
        if place is None:
            place = next((m.group(1) for m in _DATELINE_PLACE.finditer(self.text, self.body_start,
                                                                      self.body_start + 2000)
                          if m.group(1).isupper()), None)
        self.dateline = place
        hit = self.gaz.country(place.title()) if place else None
        if hit is None or hit.country.venue and hit.country not in self.dominant[:2]:
            return None  # 'GENEVA' over others' talks; not 'BRUSSELS' over a story of Belgium's own
        return hit.country

    def _issuer_country(self) -> Country | None:
        """The country whose ministry holds a briefing transcript, as its header names it ('MINISTRY OF FOREIGN
        AFFAIRS OF CHILE', 'Republic of Mali', 'Minister for Foreign Affairs of Solomon Islands, X'), if the
        transcript names it in its body too."""
        if not self.turns:
            return None
        lines = self.text[:self.turns[0].start].split("\n")[:8]
        for line in lines:
            for chunk in line.split(","):
                words = chunk.strip()
                if " of " not in f" {words.lower()} ":
                    continue
                place = re.split(r"(?i)\bof (?:the )?(?:Republic of )?", words)[-1].strip()
                hit = self.gaz.country(place.title() if place.isupper() else place)
                if hit is not None and hit.how == "name" and hit.country in self.dominant[:3]:
                    return hit.country
        # a ministry's briefing is held in its own capital: 'Ministry of External Affairs, New Delhi', 'Tehran,
        # Monday, July 13' under a header naming a ministry (not an organisation's seat: 'AU Headquarters, Addis Ababa')
        if not any(_MINISTRY_WORD.search(line) for line in lines):
            return None
        for line in lines:
            for chunk in line.split(","):
                hit = self.gaz.country(chunk.strip())
                if hit is not None and hit.how == "capital" and hit.country in self.dominant:
                    return hit.country
        return None

    def _issuer_ministry(self) -> None:
        """The ministry a transcript's header names ('MINISTRY OF FOREIGN AND DIASPORA AFFAIRS' over 'REPUBLIC OF
        KENYA', 'Ministry of Foreign and European Affairs of the Republic of Croatia'): the ministry of its first
        portfolio, of the country it names, else of the home country, whose spokesperson speaks."""
        if not self.turns:
            return
        at = 0
        for line in self.text[:self.turns[0].start].split("\n")[:8]:
            start, at = at, at + len(line) + 1
            words = line.strip().split(",")[0]  # not the place after it: 'Ministry of External Affairs, New Delhi'
            caps = words.split()
            if caps and caps[0].isupper():  # in capitals, up to a headline run on after it
                words = " ".join(caps[:next((k for k, w in enumerate(caps) if not w.isupper()), len(caps))])
            if not words.upper().startswith(("MINISTRY OF ", "DEPARTMENT OF ", "MINISTRY FOR ", "DEPARTMENT FOR ",
                                             "SECRETARIAT OF ", "SECRETARIAT FOR ")):
                continue
            head, _, tail = words.upper().rpartition(" OF ")
            named = self.gaz.country(tail.title()) if len(head) > 12 else None  # '... AFFAIRS OF CHILE'
            own = named is not None
            country = named.country if named is not None else self.home
            if country is None:
                continue
            name = words[:len(re.sub(r" OF THE (?:[A-Z]+ )*REPUBLIC$", "", head))] if own else words  # ('ISLAMIC')
            if name.isupper():
                name = " ".join(w.lower() if w in ("OF", "AND", "THE", "FOR") else w.capitalize() for w in name.split())
            if len(parts := re.split(r" (?:of|for) ", name, maxsplit=1)) < 2:
                continue
            portfolio = parts[1]
            kind = self.gaz.ministry_kind(name) or self.gaz.ministry_kind(f"Ministry of {portfolio}")
            if kind is None and " and " in portfolio:  # 'Foreign and Diaspora Affairs': the first portfolio
                first, rest = portfolio.split(" and ", 1)
                kind = self.gaz.ministry_kind(f"Ministry of {first} {rest.split()[-1]}")
            lead = start + len(line) - len(line.lstrip())
            span = self.doc.char_span(lead, lead + len(name), alignment_mode="expand")  # the ministry's words only
            if kind is None or span is None or any(i in self.by_token for i in range(span.start, span.end)):
                continue
            self._add(span.start, span.end, self.registry.ministry(country, kind, surface=name))
            return

    def _inside_name(self, span: Span) -> bool:
        """A country or capital word that is part of a person's or a place's name ('Ana Lima', 'Israel
        Katz', 'Mocimboa da Praia'): inside a tagged person name, right after a given name the tagger put in a
        person name, or after a name and a particle."""
        doc = self.doc
        first, last = doc[span.start], doc[span.end - 1]
        before = doc[span.start - 1] if span.start else None
        if before is not None and normalise(before.text) in self.gaz.honorifics and before.text[:1].isupper() \
                and before.lower_ not in ("king", "queen", "emir", "sultan", "prince", "princess", "crown prince"):
            return True  # 'Mr. Santiago', 'Captain Jordan'
        if before is not None and before.lower_ in NAME_PARTICLES and span.start >= 2 \
                and doc[span.start - 2].text[:1].isupper():
            return True  # a capital's name ending a longer place name: 'Mocimboa da Praia', 'Ponta do Sol'
        if first.ent_type_ != "PERSON" or last.ent_type_ != "PERSON":
            return False
        after = doc[span.end] if span.end < len(doc) else None
        return (first.ent_iob_ == "I" and before is not None and before.pos_ == "PROPN") or (
            after is not None and after.ent_iob_ == "I" and after.pos_ == "PROPN" and after.text[:1].isupper())

    @property
    def home_party(self) -> Country | None:
        """The country whose side the story takes: its dateline's, if one of its three main countries (not only a
        venue of talks), or in a briefing transcript the country it names most."""
        if self.home is not None and self.home in self.dominant[:3]:
            return self.home
        return self.dominant[0] if self.turns and self.dominant else None

    @property
    def home_or_main(self) -> Country | None:
        """The dateline's country, else the one the story names most: whose a body no country qualifies is."""
        return self.home or (self.dominant[0] if self.dominant else None)

    def speaks_in(self, at: int) -> Country | None:
        """The country, one of the story's two, whose capital a person titled at token at speaks in ('Foreign
        Minister X told reporters in Lima', '... said at a news conference in Lima'), unless the sentence tells of
        a visit or talks there (a visitor speaks in the host's capital)."""
        doc, sent = self.doc, self.sent(at)
        name = doc[at]
        while name.dep_ in ("compound", "flat") and name.head.i != name.i and name.head.i < sent.end:
            name = name.head
        if name.dep_ != "nsubj" or name.head.lemma_ not in SPEAKING_VERBS or len(self.main) < 2:
            return None
        if any(t.lemma_ in VISIT_WORDS for t in sent):
            return None
        verb = name.head
        places = [p for c in verb.children if c.dep_ in ("prep", "dobj", "dative")
                  for p in (c, *(g for g in c.children if g.dep_ == "prep"))
                  if p.dep_ == "prep" and p.lower_ == "in"]
        for prep in places:
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                hit = self.country_at.get(obj.i)
                if hit is not None and hit[1] == "capital" and hit[0] in self.main[:2]:
                    return hit[0]
        return None

    def frame_country(self, i: int, people: dict[str, Country] | None = None, subjects: bool = True,
                      clauses: bool = True) -> Country | None:
        """The country whose side the words before token i tell, for a bare ministry or ministerial title there
        ('Iran condemned it. Foreign Ministry spokesman X said', 'In Lima, Foreign Minister X said'): a capital or
        country opening its sentence ('In Lima,'), else the subject of its sentence before i or of one of the two
        sentences before it in its paragraph (a country, a body of one, or a person of one given in people), unless
        subjects is false; in its own sentence only its main verb's unless clauses is true (not the subject of a
        clause reported there: 'X demanded that Moscow act, the Foreign Ministry said')."""
        doc, sent = self.doc, self.sent(i)
        k = sent.start + 1
        if doc[sent.start].lower_ in ("in", "from") and k in self.country_at and self.country_at[k][1] != "demonym":
            end = self.country_span.get(k, (k, k + 1))[1]
            if end < i and (doc[end].text == "," or doc[sent.start].head.i == sent.root.i):
                return self.country_at[k][0]  # 'In Lima, ...', 'In Lima he met ...'
        comma = next((t.i for t in doc[sent.start:min(i, sent.start + 12)] if t.text == ","), None)
        first = self.country_span.get(comma - 1, (comma - 1,))[0] if comma is not None else 0
        if comma is not None and comma - 1 in self.country_at and first > sent.start and doc[first - 1].lower_ == "in" \
                and self.country_at[comma - 1][1] in ("capital", "name") and doc[sent.start].pos_ == "ADP":
            return self.country_at[comma - 1][0]  # 'At a briefing in Lima, ...', 'After talks in Lima, ...'
        if not subjects:
            return None
        frames = [(sent, i)]
        for _ in range(2):
            prev = frames[-1][0]
            gap = doc[prev.start - 1] if prev.start else None
            if gap is None or gap.idx < self.body_start or "\n" in gap.text_with_ws or gap.is_space:
                break  # within its paragraph: a paragraph before may tell the other side
            before = self.sent(prev.start - 1)
            frames.append((before, before.end))
        for n, (frame, end) in enumerate(frames):
            # in its own sentence any subject before it ('The Philippines welcomed it, its Department of Foreign
            # Affairs said'), in those before the main verb's
            heads = frame if n == 0 and clauses else frame.root.children
            for subject in (t for t in heads if t.dep_ in ("nsubj", "nsubjpass") and t.i < end):
                for t in subject.subtree:
                    if t.i in self.country_at and self.country_at[t.i][1] != "demonym" or t.i in self.country_at \
                            and t.head.i == subject.i and subject.lemma_ in self.gaz.government_nouns:
                        return self.country_at[t.i][0]  # 'Iran', 'the Taliban administration in Kabul', 'Iranian
                        # officials'
                    e = self.by_token.get(t.i)
                    if e is not None and e.label == "Institution" and e.country:
                        hit = self.gaz.country(e.country)
                        return hit.country if hit else None
                    if e is not None and e.label == "Person" and people and e.key in people:
                        return people[e.key]
        return None

    def _add(self, start: int, end: int, entity: Entity) -> None:
        for i in range(start, end):
            self.by_token[i] = entity
        if entity.key in self.ministry_kind:
            insort(self._ministries, (start, entity), key=lambda m: m[0])
        subject = any(self.doc[i].dep_ in SUBJECT_DEPS for i in range(start, end))
        self.mentions.append(Mention(start, end, entity, subject))

    def _ends_of_full_names(self) -> None:
        """A body of no known kind, or a person, whose name is the end of another person's full name ('Esono Nsue
        said', of Pedro Esono Nsue, tagged as an organisation or taken for a second person): that person."""
        people = [(p, p.name.split()) for p in self.registry.of_label("Person")]
        for named in [e for e in self.registry.entities.values()
                      if e.label == "Person" or e.label == "Institution" and e.kind in (None, "organisation")]:
            words = named.name.split()
            owner = [p for p, full in people if len(words) >= 2 and len(full) > len(words)
                     and full[-len(words):] == words]
            if not owner and named.label == "Person" and len(words) == 2 and _PATRONYMIC.search(words[1]):
                # 'Dilnoza Ravshanovna', given name and patronymic, as Russian and Central Asian usage addresses
                # Dilnoza Karimova: the one other person of that given name
                owner = [p for p, full in people if p is not named and full[0] == words[0] and len(full) > 1]
            if len(owner) == 1:
                self.merge_into(named, owner[0])

    def merge_into(self, old: Entity, new: Entity) -> None:
        """Make every mention of one entity a mention of another ('Traoré' of 'Moussa Traoré', found later in a
        header), and drop the first."""
        for m in self.mentions:
            if m.entity is old:
                m.entity = new
        for i, e in list(self.by_token.items()):
            if e is old:
                self.by_token[i] = new
        self.person_spans = [(new if e is old else e, s, t) for e, s, t in self.person_spans]
        new.mentions += old.mentions
        for alias in (old.name, *old.aliases):
            new.alias(alias)
        self.registry.entities.pop(old.key, None)

    def _qualifier(self, i: int) -> Country | None:
        """The country named just before token i (``Russian``, ``Iran's``, ``U.S.``)."""
        possessive = i >= 0 and self.doc[i].text in POSSESSIVE_MARKS  # "Iran's", "the Emirates' "
        i -= possessive
        hit = self.country_at.get(i)
        if hit is None and possessive and i in self.governs_at:
            return self.governs_at[i]  # "the Taliban's Ministry of Energy": the country they govern
        # a capital or seat only as a possessive: "Seoul's Foreign Ministry", not 'the Kabul police'
        return hit[0] if hit and (hit[1] in ("demonym", "name") or possessive and hit[1] in ("capital", "seat")) \
            else None

    def appositive_name(self, ent: Span) -> bool:
        """Whether a tagged span is a name of two to four words in apposition to a title ('the bloc's commissioner
        for trade, Ama Owusu-Boateng,'): a person's, whatever the tagger thought."""
        words = [t for t in ent if t.lower_ != "the"]
        if 2 <= len(words) <= 4 and all(t.pos_ == "PROPN" or t.text == "-" for t in words) \
                and ent.root.dep_ == "appos" and ent.root.head.lower_ in self.gaz.titles \
                and ent.start > 0 and self.doc[ent.start - 1].text == ",":
            return True
        # or with a title in apposition after it: 'by Ama Sowah, the Resident Coordinator for Niger'
        return len(words) == len(ent) and 2 <= len(words) <= 3 \
            and all(t.pos_ == "PROPN" and t.is_alpha and t.is_title for t in words) \
            and ent.end + 1 < len(self.doc) and self.doc[ent.end].text == "," and not any(
                t.lower_ in self.gaz.head_nouns or t.lower_ in self.gaz.kind_words or t.lower_ in PLACE_WORDS
                or t.i in self.country_at or t.lower_ in self.title_words for t in words) \
            and title_after(_OWNER_BEFORE.sub("", self.text[self.doc[ent.end + 1].idx:self.doc[ent.end + 1].idx + 80],
                                              count=1), self.gaz.titles)[0] is not None  # "the ministry's envoy"

    def given_named(self, ent: Span) -> bool:
        """Whether a span the tagger took for a body reads as a person's name: two or three capitalised words, no
        'the' before, no body, place or country word, the first a known given name ('Lionel Dutoit')."""
        words = [t for t in ent if not (t.text == "-" and not t.whitespace_ and not self.doc[t.i - 1].whitespace_)]
        return 2 <= len(words) <= 4 and all(t.pos_ == "PROPN" and t.is_title and t.is_alpha for t in words) \
            and not (ent.start and self.doc[ent.start - 1].lower_ == "the") and words[0].lower_ not in _PLACE_OPENERS \
            and self._place_position(ent.end - 1) is None \
            and not any(t.lower_ in self.gaz.head_nouns or t.lower_ in self.gaz.kind_words or t.lower_ in PLACE_WORDS
                        or t.i in self.country_at or t.lower_ in self.title_words for t in words) \
            and first_name_gender(ent.text.replace("-", " ")) is not None  # 'Pierre-Alain Girard': Pierre

    def _bodies(self) -> None:
        """Government bodies named without their country ('a Cabinet meeting'): the country comes from the
        word before it or the latest country named in the sentence."""
        longer: dict[str, list[str]] = {}  # 'National Assembly', 'National Security Council', by first word
        for b in sorted(self.gaz.bodies, key=len, reverse=True):
            if " " in b:
                longer.setdefault(b.split()[0], []).append(b)
        for t in self.doc:
            word = t.text.capitalize() if t.is_lower else t.text  # 'the Turkish senate' when a country qualifies it
            size = 1
            for body in longer.get(word, ()):
                n = len(body.split())
                if self.doc[t.i:t.i + n].text == body:
                    word, size = body, n
                    break
            if word not in self.gaz.bodies or any(k in self.by_token for k in range(t.i, t.i + size)) \
                    or t.idx < self.body_start:
                continue
            if t.i + size < len(self.doc) and self.doc[t.i + size].lower_ in self.title_words:
                continue  # part of a title: 'Cabinet Secretary', 'Parliament Speaker'
            country = self._qualifier(t.i - 1)
            if country is None and t.is_lower:
                continue
            if country is None:
                near = self.countries_between(self.sent(t.i).start, t.i)
                country = near[-1] if near else self.home_or_main
            if country is None:
                continue
            self._add(t.i, t.i + size, self.body_of(country, word, surface=self.doc[t.i:t.i + size].text))

    def body_of(self, country: Country, word: str, surface: str | None = None, count: bool = True) -> Entity:
        """A country's own body named by a word of data/institutions.json 'bodies' ('Senate' → 'Haitian Senate')."""
        gov = self.registry.government(country, count=False)
        kind = self.gaz.bodies.get(word, "government")
        entity = self.registry.add("Institution", f"{country.prefix} {word}", kind=kind, country=country.name,
                                   surface=surface, parent=gov.key, count=count)
        entity.alias(f"{word} of {country.name}")  # 'National Assembly of Pakistan'
        if word == "Parliament":
            for name in country.legislatures:  # its own name: the 'Ukrainian parliament' is the Verkhovna Rada
                self.registry.also_named(entity, name)
        return entity

    def called(self, noun: str, before: int) -> Entity | None:
        """The organisation a common noun stands for ('the bloc', 'the alliance'): the latest one named before token
        ``before`` that the gazetteer says is so called, or whose own name has that word ('Alliance of X States')."""
        for m in reversed(self.mentions_between(max(0, before - 3000), before)):
            e = m.entity
            if e.label != "Institution":
                continue
            org = self.gaz.organisation(e.name) or {}
            if noun in org.get("called", ()) or noun in normalise(e.name).split():
                return e
        return None

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
