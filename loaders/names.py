"""Finding people among the tokens of a parsed article (part of Mentions; places: places.py).

People come from the tagger's names, from names that follow a job title or a possessive, from
runs of capitalised proper nouns it left unlabelled, and from lone surnames that speak or act;
surface forms are merged into one canonical full name. A name that stands where a place does
('in X province', 'north of X') is no person.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from dipgraph.graph.model import normalise
from dipgraph.loaders.gender import known_first_name
from dipgraph.loaders.title_text import is_rank, title_after

POSTED = {"ambassador", "envoy", "consul", "chargé", "commissioner", "representative"}  # titles posted somewhere

SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "agent"}
PLACE_WORDS = {"province", "city", "region", "district", "governorate", "street", "square", "county", "strip",
               "airport", "bridge", "mosque", "church", "hospital", "plant", "port", "palace", "base", "camp",
               "crossing", "dam", "station", "university", "school", "hotel",
               "bank", "valley", "mountains", "river", "sea", "island", "islands", "state",
               "shoal", "shoals", "reef", "reefs", "atoll", "strait", "straits", "gulf", "bay", "peninsula", "cape",
               "lake", "canal", "channel", "archipelago", "desert", "border", "checkpoint", "corridor", "line"}
# the last word of an agreement's or plan's name: never an organisation, place or person
AGREEMENT_WORDS = {"accord", "accords", "agreement", "treaty", "protocol", "initiative", "deal", "plan", "declaration",
                   "memorandum", "resolution", "convention", "charter", "pact", "framework", "roadmap", "format"}
# the last word of a company's, outlet's, document's or room's name, never of a person's
NOT_PERSON_ENDS = AGREEMENT_WORDS | {
    "management", "shipping", "holdings", "company", "corporation", "corp", "ltd", "inc", "airlines", "airways",
    "news", "television", "tv", "radio", "times", "herald", "shimbun", "daily", "consensus", "remarks", "room",
    "centre", "center", "forum", "summit", "programme", "program", "conference",
    # places and things named like people ('the OR Tambo Building', 'the Halaib Triangle', 'Government Complex')
    "building", "complex", "dome", "triangle", "basin", "zone", "regions", "pipeline", "index", "rescue"}
# (not 'Hall', 'Post', 'Press', 'Hill', 'Wing': surnames too; not 'Trading', 'Fleet': bodies that speak)
# what an outlet's name comes before: 'Al-Masirah television', 'the Asahi newspaper'
MEDIA_NOUNS = {"television", "tv", "channel", "radio", "newspaper", "daily", "broadcaster", "network", "agency"}
# the first word of an Arabic place name: 'Bab al-Mandab', 'Ras Lanuf', 'Wadi Halfa', 'Deir ez-Zor'
PLACE_OPENERS = {"bab", "ras", "wadi", "jabal", "jebel", "deir", "kafr", "beit", "ain", "tell", "bir", "khor", "marsa",
                 "isla", "islas", "ilha", "cerro", "puerto", "punta", "laguna", "bahía", "bahia", "cabo"}
# (and Spanish and Portuguese ones: 'Isla Calero', 'Puerto Cabezas', 'Punta Arenas')
# nouns a ship's name follows: 'the tanker Sea Breeze', 'MV Horizon'
VESSEL_NOUNS = {"vessel", "ship", "tanker", "freighter", "frigate", "destroyer", "carrier", "boat", "yacht",
                "cutter", "trawler", "warship", "submarine", "corvette", "cruiser", "ferry", "mv", "m/v", "uss",
                "hms", "ss", "ms", "brp", "ins", "hmas", "hmcs", "rfs", "tcg", "jds", "jmsdf", "roks", "fs"}
# a single word modifying one of these, or after 'in'/'near', is a place: 'the Karo border crossing'
_CREDIT_LINE = re.compile(
    r"(?im)^[ \t]*\(?(?:(?:additional )?reporting|writing|editing|compiled|photos?|photograph|image|credit|"
    r"read more|related|see also)\b(?:[^\n]*\bby\b|\s*:)[^\n]*")
_NAME_TOKEN = re.compile(r"^[^\W\d_][\w'’.-]*$")  # a capital first (checked apart): 'Ángel', 'Özil' too
CALENDAR = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
             "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
PLACE_NOUNS = {"city": "city", "town": "city", "village": "village", "port": "city", "capital": "city",
               "state": "region", "province": "region", "region": "region", "district": "district",
               "governorate": "region", "neighborhood": "district", "neighbourhood": "district", "camp": "camp"}
# Lower-case nouns after a name that make it an area's: 'in Kampot province', 'Kaduna and Kano states'
AREA_NOUNS = {"province", "provinces", "district", "districts", "region", "regions", "village", "villages", "town",
              "towns", "county", "counties", "governorate", "governorates", "municipality", "municipalities",
              "prefecture", "prefectures", "oblast", "states", "department", "departments", "commune", "communes",
              "township", "townships", "camp", "camps", "area", "areas", "port", "ports", "harbour", "harbor",
              "terminal", "airport", "base", "dam", "island", "islands", "islet", "islets"}
# Lower-case nouns after a name that make it a model of weapon or craft ('Mirage and F-16 aircraft') or the name of
# an operation or exercise ('the Freedom Shield exercise')
EQUIPMENT_NOUNS = {"aircraft", "jet", "jets", "helicopter", "helicopters", "drone", "drones",
                   "missile", "missiles", "tank", "tanks", "rocket", "rockets", "warplanes", "bombers", "frigates",
                   "launchers", "system", "systems", "exercise", "exercises", "drill", "drills", "operation"}
_PATRONYMICS = {"bin", "ibn", "bint"}  # 'Sultan bin Khalid': a title word before one is a given name
_KIN_PARTICLES = {"bin", "ibn", "bint", "mint", "ould"}  # son or daughter of, in any case ('Mint', 'Ould')
_INNER_PARTICLES = _KIN_PARTICLES | {"al", "abu", "de", "da", "van", "von", "der", "del", "la", "le", "el"}
DIRECTIONS = {"east", "west", "north", "south", "eastern", "western", "northern", "southern", "central"}
_PARTICLES = {"al", "el", "ad", "as", "ash", "bin", "ibn", "abu", "abd"}
# 'east Aleppo' is a district; 'eastern Congo' a region
# Nouns for an official named by role alone ('her Chilean counterpart', 'a senior Qatari diplomat').
OFFICIALS = {"counterpart", "official", "diplomat", "negotiator", "delegate", "representative", "envoy", "source"}
# What is done to a town, never to a person: 'seized Rubaya', 'shelled Tamsa', 'besieged El Fasher'.
BEARINGS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "outskirts"}
_PARTICLE = re.compile(r"^(?:al|el|ad|as|ash|bin|ibn|abu)-[A-Z][\w'’-]*$")


class NameFinder:
    """People and places: mixed into Mentions, whose state (doc, gazetteer, registry, tokens) it uses."""

    _openers: set[int] | frozenset[int] = frozenset()  # words that open a name after a title (_opens_name)

    def _given_name_before(self, i: int) -> bool:
        """Whether the word before a person's name the tagger found at token i is the person's given name, tagged
        a place or body of one word ('Salem' of 'Salem Abu Ajila'): a known given name that names no country or
        capital, not after a preposition ('in Salem')."""
        if i < 1:
            return False
        g = self.doc[i - 1]
        before = self.doc[i - 2] if i >= 2 else None
        return g.ent_type_ in ("GPE", "LOC", "NORP", "ORG") and g.ent_iob_ == "B" and g.text[:1].isupper() \
            and g.i not in self.country_at and known_first_name(g.text) and "\n" not in g.whitespace_ \
            and (before is None or before.pos_ != "ADP" and before.lower_ != "the")

    def _opens_name(self, i: int) -> bool:
        """Whether the word at token i, right after a title, opens a name though it reads as a common word: a
        known first name ('Defence Minister Line X', 'Lieutenant Commander Even X', 'ambassador, Per X') or a
        family name before a name the tagger found ('spokeswoman Do Thanh X'), with a name after it."""
        doc = self.doc
        if i + 1 >= len(doc) or i in self.by_token or i in self.country_at or not is_name(doc[i + 1]):
            return False
        t = doc[i]
        if not (t.text[:1].isupper() and t.text[1:].islower() and t.text.isalpha() and len(t.text) > 1) \
                or t.lower_ in self.gaz.titles or normalise(t.text) in self.gaz.honorifics:
            return False
        if is_name(t) and t.lower_ not in PLACE_WORDS or self._noun_follows(i + 1, AREA_NOUNS):
            return False  # an ordinary name word, or a place's name ('Prince X Y airport')
        return known_first_name(t.text) or doc[i + 1].ent_iob_ == "B" and doc[i + 1].ent_type_ == "PERSON"

    def _people(self) -> None:
        candidates: list[tuple[int, int]] = []
        self._openers = set()
        turns = self.turns
        speakers = {t.label.split()[-1].lower() for t in turns if t.label}
        self._turn_starts = {t.start for t in turns}
        for ent in self.doc.ents:
            if ent.start and self.doc[ent.start - 1].lower_ == "the" and not self._titled_at(ent.start):
                continue  # 'the Kemal Reis', 'an attack by the Fitna al-Khawarij': a ship's or a group's name
            if ent.label_ == "ORG" and ent.start_char >= self.body_start and (
                    self.appositive_name(ent) or self.given_named(ent)):
                candidates.append((ent.start, ent.end))  # 'its commissioner for trade, Ama Owusu-Boateng,'
            if ent.label_ == "PERSON" and (ent.start_char >= self.body_start or ent[-1].lower_ in speakers):
                cut = glued_hyphen(self.doc, ent.end) or ent[-1].lower_ in _INNER_PARTICLES  # 'Ursula von der'
                end = self._name_end(ent.start) if cut else ent.end
                start = ent.start - 1 if self._given_name_before(ent.start) else ent.start  # '[Salem] Abu Ajila'
                candidates.append((start, max(end, ent.end)))  # 'Grace Okoro[-Bello]' tagged in part
        for t in self.doc:  # names after a job title or a possessive: "spokesman Igor Konashenkov"
            if t.idx < self.body_start or t.i in self.by_token and t.text not in ("’s", "'s"):
                continue
            rank = t.text[:1].isupper() and normalise(t.text) in self.gaz.honorifics  # 'Maj. Gen. Ana Costa'
            titled = t.lower_ in self.gaz.titles or (t.lemma_ in OFFICIALS or t.tag_ == "NNS" and t.lemma_ in
                                                      self.gaz.titles) and t.pos_ == "NOUN"  # 'defence ministers, X'
            if t.i in self.country_at and t.i >= 2 and self.doc[t.i - 1].lower_ == "of" \
                    and self.doc[t.i - 2].lower_ in self.gaz.titles and t.i + 2 < len(self.doc) \
                    and self.doc[t.i + 1].text == ",":  # 'the Foreign Minister of Serbia, Vesna X,'
                j = self._name_end(t.i + 2)
                if j - (t.i + 2) >= 2 and j < len(self.doc) and self.doc[j].text in (",", ".", ";"):
                    candidates.append((t.i + 2, j))
            if titled or t.text in ("’s", "'s") or rank:
                first = self._after_title(t.i)
                if titled or rank:
                    self._openers |= {first} if self._opens_name(first) else set()
                j = self._name_end(first)
                if j - first >= 2:
                    candidates.append((first, j))
                elif titled and (comma := self._comma_after_title(t.i)) is not None:
                    # a name in apposition to a title, whatever the tagger thought: 'its chief negotiator, X Y,',
                    # 'Greece's ambassador in Tirana, X Y,'
                    self._openers |= {comma + 1} if self._opens_name(comma + 1) else set()
                    j = self._name_end(comma + 1)
                    if j - (comma + 1) >= 2 and j < len(self.doc) and self.doc[j].text in (",", ".", ";"):
                        candidates.append((comma + 1, j))
        lone = self._lone_speakers()  # one word that says or acts
        candidates += self._unlabelled_names() + lone
        credits = [(m.start(), m.end()) for m in _CREDIT_LINE.finditer(self.text)]
        credits += self.labels  # 'Paolo Conti:' labels a turn
        if credits:  # '(Reporting by Jane Roe; Editing by John Doe)', 'Photo: Ann Lee/AFP': no people of the story
            candidates = [(s, e) for s, e in candidates
                          if not any(a <= self.doc[s].idx < b for a, b in credits)]
        names: list[tuple[int, int, list[str]]] = []
        self._place_names: set[str] = set()  # names read as places where they stand (_clean_name)
        for start, end in candidates:
            words = self._clean_name(start, end)
            if words:
                names.append(words)
        names = _dedupe(names)
        areas = {self._propn_run(t.i) for t in self.doc  # 'the state of Tamil Nadu'
                 if t.pos_ == "PROPN" and t.text[:1].isupper() and self._place_noun_before(t.i)}
        areas |= {name for name in self._place_names if " " in name}  # 'in Svay Rieng province' ... "Svay Rieng's"
        names = [n for n in names if len(n[2]) < 2 or " ".join(n[2]) not in areas
                 or n[0] and self._titled_at(n[0] - 1)]  # a place wherever it is, unless titled there
        full = {}
        first: dict[str, set[str]] = {}
        for _s, _e, words in sorted(names):
            if len(words) >= 2:
                known = full.get(words[-1])
                if known and known != " ".join(words) and self._same_given(words[0], known.split()[0]):
                    continue  # 'Tom Farrell' after 'Thomas Farrell': one person, named first in full
                full.setdefault(words[-1], " ".join(words))
                full.setdefault(_PARTICLE.sub("", words[-1]), " ".join(words))  # 'al-Burhan' alone as 'Burhan'
                full.setdefault(words[-1][:1].upper() + words[-1][1:], " ".join(words))  # 'Al-Burhan' opening one
                first.setdefault(words[0], set()).add(" ".join(words))
        for _s, _e, words in sorted(names):  # after every surname: 'Ana Ruiz Vega' alone as 'Ruiz'
            for middle in words[1:-1]:
                if middle[:1].isupper():
                    full.setdefault(middle, " ".join(words))
        for given, fulls in first.items():  # "Thanks, Ned": a first name alone, when only one person has it
            if len(fulls) == 1 and given not in full:
                full[given] = next(iter(fulls))
        placed = {t.text: kind for t in self.doc  # a word once in a place's position is that place everywhere
                  if t.pos_ == "PROPN" and t.text not in full and (kind := self._place_position(t.i) or (
                      "place" if self._place_noun_before(t.i) or self._names_area(t) else None)) is not None}
        abbreviated: list[tuple[int, int]] = []
        for s, e, words in sorted(names):
            name = " ".join(words)
            if len(words) == 1 and words[0] not in full:
                if (kind := self._place_position(s) or placed.get(words[0])) is not None:
                    self.lone_places.append((s, kind))
                    continue
                if self._qualifies_noun(self.doc[s]):  # 'Sahrawi refugees': a people's name
                    continue
                if self._vocative(s):  # 'Thanks, Tom.': someone addressed, not a new person of the story
                    continue
                # 'Ma. Cristina X': a given name cut short (the tokenizer splits off its full stop) is part of the
                # name after it
                if len(words[0]) <= 2 and e + 1 < len(self.doc) and self.doc[e].text == "." \
                        and self.doc[e].whitespace_ and is_name(self.doc[e + 1]):
                    abbreviated.append((s, e))
                    continue
                body = self.by_token.get(s - 2) if s >= 2 and self.doc[s - 1].text == "," else None
                if body is not None and body.label == "Institution" and e < len(self.doc) \
                        and self.doc[e].text == ",":  # "the Kazakh president's office, Akorda, said": its name
                    body.alias(words[0])
                    self._add(s, e, body)
                    continue
                if not self._introduced(s) and not self._spelt_otherwise(words[0], full) \
                        and not self._given_before(words[0]) \
                        and not any(words[0].startswith(k) and len(words[0]) - len(k) <= 2 for k in full if len(k) > 3):
                    # one word that no title, full name or given name makes a person's is a place or a body
                    # ('a flight to Oran'); one that speaks or acts is a body ('Statnett said'); a woman's form of
                    # a surname known ('Petrova' after 'Ivan Petrov') is a person
                    if (s, e) in lone:
                        self._add(s, e, self.registry.add("Institution", words[0], surface=words[0]))
                    continue
            if len(words) == 1 and words[0] not in full and (spelt := self._spelt_otherwise(words[0], full)):
                words = [spelt]  # 'Zelensky' after 'Volodymyr Zelenskyy'
            known = full.get(words[-1])
            if len(words) == 1 or known and (self._same_given(words[0], known.split()[0])
                                             or words[0].lower() in _INNER_PARTICLES):  # 'Von der Leyen' alone
                canonical = known or name
            else:
                canonical = name
            entity = self.registry.add("Person", canonical, surface=name)
            written = self.doc[s:e].text.split()
            if len(written) == 2 and written[0].isupper() and written[0].isalpha() and len(written[0]) > 1:
                entity.alias(f"{written[0].title()} {written[1]}")  # 'LIU Jianguo' is also Liu Jianguo
            self._add(s, e, entity)
            self.person_spans.append((entity, s, e))
        for s, e in abbreviated:
            if (person := self.by_token.get(e + 1)) is not None and person.label == "Person":
                self._add(s, e, person)
        for t in self.doc:  # a surname alone that the parser did not tag: "Kuleba called ...", 'Marsters' as a noun
            end = t.i + 3 if glued_hyphen(self.doc, t.i + 1) else t.i + 1  # 'Asante-Mensah', three tokens
            word = self.doc[t.i:end].text
            if word in full and not any(i in self.by_token for i in range(t.i, end)) and t.idx >= self.body_start \
                    and t.pos_ in ("PROPN", "NOUN") and t.i not in self.country_at \
                    and not (t.i > 0 and glued_hyphen(self.doc, t.i - 1)) \
                    and not (end < len(self.doc) and is_name(self.doc[end])):
                entity = self.registry.add("Person", full[word], surface=word)
                self._add(t.i, end, entity)

    def _propn_run(self, i: int) -> str:
        """The capitalised proper nouns from token i on, as written ('Tamil Nadu')."""
        j = i
        while j < len(self.doc) and self.doc[j].pos_ == "PROPN" and self.doc[j].text[:1].isupper():
            j += 1
        return self.doc[i:j].text

    @staticmethod
    def _qualifies_noun(t: Token) -> bool:
        """Whether a lone capitalised word only qualifies a common noun ('Sahrawi refugees', 'Kanbalu township'):
        a people's or a place's name, no person's."""
        return t.dep_ in ("compound", "amod") and t.head.i == t.i + 1 and t.head.pos_ == "NOUN" and t.head.is_lower \
            and t.head.tag_ in ("NNS", "NN") and t.head.lower_ not in {"spokesman", "spokeswoman", "aide", "ally"}

    def _in_portfolio(self, i: int) -> bool:
        """Whether token i may end a post's portfolio: capitalised words (and 'and') back to 'of' or 'for' after
        a title ('Minister of Interior and Migration', 'Minister for Regional Cooperation'), not after a portfolio
        already whole ('Minister for Foreign Affairs')."""
        j = i - 1
        while j >= max(1, i - 5) and (self.doc[j].lower_ == "and" or self.doc[j].is_alpha
                                      and self.doc[j].text[:1].isupper()):
            j -= 1
        before = normalise(self.doc[j + 1:i].text)  # a known portfolio ends before it: 'for Foreign Affairs X'
        return j >= 1 and self.doc[j].lower_ in ("for", "of") and self.doc[j - 1].lower_ in self.title_words \
            and f"ministry of {before}" not in self.gaz.ministry_forms

    def _introduced(self, s: int) -> bool:
        """Whether the name at token s follows a title, or a title and a comma ('the rebel envoy, X')."""
        return s > 0 and self._titled_at(s - 1) or s > 1 and self.doc[s - 1].text == "," \
            and self.doc[s - 2].lower_ in self.title_words

    def _given_before(self, word: str) -> bool:
        """Whether a lone word follows a capitalised word somewhere in the text that is no title, honorific,
        country or stop word ('Natalia Gromova, the ministry's spokeswoman, ...'): a surname whose full name
        the finder missed."""
        return any(t.text == word and t.i > 0 and (g := self.doc[t.i - 1]).is_alpha and g.text[:1].isupper()
                   and not g.is_stop and g.lower_ not in self.title_words
                   and normalise(g.text) not in self.gaz.honorifics and g.i not in self.country_at
                   for t in self.doc)

    def _titled_at(self, i: int) -> bool:
        """Whether the name at token i opens on a title or rank ('the Prime Minister', 'the General')."""
        t = self.doc[i]
        return t.lower_ in self.gaz.titles or normalise(t.text) in self.gaz.honorifics

    def _after_title(self, i: int) -> int:
        """Where a name may start after the title word at i: after the longest title phrase it opens
        ('Secretary of State Antony Blake', title_text.title_after), else right after the word."""
        doc, stop = self.doc, min(i + 6, len(self.doc))
        start = doc[i].idx
        title, end = title_after(self.text[start:doc[stop - 1].idx + len(doc[stop - 1].text)], self.gaz.titles)
        j = i + 1
        while title and j < stop and doc[j].idx < start + end:
            j += 1
        if j < len(doc) and (doc[j].lower_ in ("of", "for") or title and doc[j].lower_ == "and"):
            k = j + 1  # a portfolio no title phrase knows ('Minister of Interior and Migration', 'Commissioner for
            while k < stop + 4 and k < len(doc) and (doc[k].lower_ == "and" or doc[k].text[:1].isupper()
                                                     and not known_first_name(doc[k].text)):
                k += 1  # Internal Affairs and Migration'), up to a known first name after it
            if k > j + 1 and k < len(doc) and known_first_name(doc[k].text) and doc[k - 1].lower_ != "and":
                return k
        return j

    def _same_given(self, one: str, other: str) -> bool:
        """Two forms of one given name: the same, or a usual short form ('Tom', 'Thomas')."""
        return one == other or other in self.gaz.given_forms.get(one, ())

    @staticmethod
    def _spelt_otherwise(surname: str, full: dict[str, str]) -> str | None:
        """The one known surname this lone one is a spelling of (one letter more, less or changed:
        'Zelensky'/'Zelenskyy', 'Erdogan'/'Erdoğan'), for names of six letters or more."""
        if len(surname) < 6:
            return None
        near = {full[k] for k in full if len(k) >= 6 and k[:3] == surname[:3] and _one_edit(k, surname)}
        return next(k for k in full if full[k] in near) if len(near) == 1 else None

    def _comma_after_title(self, i: int) -> int | None:
        """The comma right after the title at token i, or after a diplomat's posting there ('ambassador in
        Tirana,'), before a name in apposition."""
        doc = self.doc
        k = i + 1
        if doc[i].lemma_ in POSTED and k < len(doc) and doc[k].lower_ in ("in", "to", "at"):
            k += 1
            while k < len(doc) and k - i <= 6 and (doc[k].pos_ == "PROPN" or doc[k].lower_ == "the"):
                k += 1
            k = k if k > i + 2 else i + 1
        return k if k + 1 < len(doc) and doc[k].text == "," else None

    def _unlabelled_names(self) -> list[tuple[int, int]]:
        """Runs of two or three capitalised proper nouns the tagger left unlabelled ('Dmytro Kuleba')."""
        out, run = [], []
        hyphens = 0  # 'Jean-Paul Nkurunziza', 'Grace Okoro-Bello': a glued hyphen joins two words of the run
        for t in self.doc:
            ok = (t.pos_ == "PROPN" and t.ent_type_ in ("", "PERSON", "FAC") and is_name(t)
                  and t.idx >= self.body_start and t.lower_ not in PLACE_WORDS
                  and t.i not in self.by_token and t.i not in self.country_at and t.lower_ not in self.title_words
                  and t.lower_ not in self.gaz.kind_words and t.lower_ not in CALENDAR)
            if run and run[-1] == t.i - 1 and glued_hyphen(self.doc, t.i) and is_name(self.doc[t.i + 1]):
                run.append(t.i)
                hyphens += 1
                continue
            if ok and (not run or run[-1] == t.i - 1):
                run.append(t.i)
                continue
            words = self._run_words(run, hyphens)
            if (2 <= words <= 3 or words == 1 and self._particle_follows(run[0])) and self._person_like(run):
                out.append((run[0], run[-1] + 1))
            run, hyphens = ([t.i] if ok else []), 0
        if 2 <= self._run_words(run, hyphens) <= 3 and self._person_like(run):
            out.append((run[0], run[-1] + 1))
        return out

    def _run_words(self, run: list[int], hyphens: int) -> int:
        """How many names a run of proper nouns holds: not its glued hyphens' halves, nor the particles inside it
        ('Mariem Mint Ahmed Salem': three names)."""
        return len(run) - 2 * hyphens - sum(self.doc[k].lower_ in _KIN_PARTICLES or self.doc[k].text in _INNER_PARTICLES
                                            for k in run[1:-1])  # (a capitalised 'Van' is a Vietnamese name)

    def _lone_speakers(self) -> list[tuple[int, int]]:
        """A lone surname that says, meets, calls or travels ('Grossi said', 'Blinken arrived'): places and
        organisations do not, so the tagger's guess is overruled unless the gazetteer knows the word."""
        doers = set(self.gaz.reporting["verbs"]) | set(self.gaz.events["verbs"]) | set(self.gaz.events["motion"])
        out = []
        for t in self.doc:
            if (t.dep_ == "nsubj" and t.pos_ == "PROPN" and t.head.lemma_ in doers and is_name(t)
                    and t.ent_type_ in ("", "PERSON", "GPE") and t.idx >= self.body_start
                    and t.i not in self.by_token and t.i not in self.country_at
                    and t.lower_ not in self.title_words and t.lower_ not in self.gaz.kind_words
                    and t.lower_ not in CALENDAR and not any(c.dep_ == "compound" for c in t.children)
                    and t.lower_ not in self.gaz.events["nouns"]  # 'Drones struck ...': what acts, not who
                    and t.ent_type_ != "NORP" and not (t.tag_ == "NNPS" and t.text.endswith("s"))  # 'Turkish Cypriots'
                    and not (t.i > 0 and self.doc[t.i - 1].pos_ == "PROPN")):
                first = t.i == self.sent(t.i).start or self.doc[t.i - 1].is_punct or self.doc[t.i - 1].is_space
                if first and t.ent_type_ != "PERSON" and (t.tag_ == "NNPS" or t.text.endswith(("s", "ing"))):
                    continue  # a capitalised common noun opening a clause ("Warplanes have not flown", "Shelling
                    # hit the city")
                out.append((t.i, t.i + 1))
        return out

    def vessel_names(self) -> set[str]:
        """Names that follow a vessel noun ('the tanker Sea Breeze') or are flagged or registered somewhere ('the
        Panama-flagged Sea Breeze'): ships, never people or institutions."""
        found = set()
        for t in self.doc:
            if t.lower_ in ("flagged", "registered") and t.dep_ == "amod" and t.head.pos_ == "PROPN" \
                    and t.i > 0 and self.doc[t.i - 1].text == "-":
                found.add(" ".join(_join_hyphens(_own_name(t.head))))  # 'the Panama-flagged Sea Breeze'
            if t.lower_ in VESSEL_NOUNS and t.i + 1 < len(self.doc):
                end = self._name_end(t.i + 1)
                if end > t.i + 1:
                    found.add(" ".join(_join_hyphens(list(self.doc[t.i + 1:end]))))
                for c in t.children:  # 'the vessel, the Sea Breeze,': a name in apposition to a vessel noun
                    if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > t.i:
                        name = _own_name(c)
                        if name:
                            found.add(" ".join(_join_hyphens(name)))
                # 'the Sea Star, a grounded navy vessel': a name in apposition to a vessel noun
                if t.dep_ == "appos" and t.head.pos_ == "PROPN" and t.head.i < t.i:
                    name = _own_name(t.head)
                    if name:
                        found.add(" ".join(_join_hyphens(name)))
        return found

    def _vocative(self, i: int) -> bool:
        """A word that addresses someone: ', Tom.' ending a sentence or 'Tom, ...' opening one."""
        doc = self.doc
        before = doc[i - 1].text if i else ""
        after = doc[i + 1].text if i + 1 < len(doc) else "."
        if doc[i].idx in self._turn_starts and after == ",":  # 'QUESTION: Farhan, has the envoy ...'
            return True
        sent = self.sent(i)
        if len(sent) > 7:  # 'the treaty was signed by its envoy, Rask.' names a person; 'Thanks, Tom.' addresses one
            return False
        return (before == "," and after in (".", "!", "?")) or (i == sent.start and after == ",")

    def _name_end(self, i: int) -> int:
        """The end of the name starting at token i: name words, with inner particles ('Faisal bin Nasser')
        and hyphenated parts ('Abdel-Karim', 'al-Amri') taken in."""
        doc, j = self.doc, i
        while j < len(doc) and j not in self.by_token:
            t = doc[j]
            k = j  # particles, one or more, then a name: 'van der Linden', 'de la Cruz'
            while k < len(doc) and doc[k].lower_ in _INNER_PARTICLES and k - j < 3:
                k += 1
            particle = k > j and k < len(doc) and (is_name(doc[k]) or glued_hyphen(doc, k))
            if not (is_name(t) or j == i and i in self._openers or j > i and (glued_hyphen(doc, j) or particle)):
                break
            j += 1
        while j > i and not is_name(doc[j - 1]) and j - 1 not in self._openers:  # never end on a particle or a hyphen
            j -= 1
        return j

    def _particle_follows(self, i: int) -> bool:
        """'Mohamed al-Mukhtar': a given name followed by a particle the tokenizer split off."""
        doc = self.doc
        return i + 3 < len(doc) and doc[i + 1].lower_ in _PARTICLES and doc[i + 2].text == "-" \
            and doc[i + 3].text[:1].isupper()

    def _person_like(self, run: list[int]) -> bool:
        """Not 'the Joint Comprehensive Plan (of Action)': no article before, no 'of' + name after."""
        doc = self.doc
        if run[0] > 0 and doc[run[0] - 1].lower_ in ("the", "a", "an"):
            return False
        if len(run) == 2 and run[0] > 1 and doc[run[0] - 1].lower_ in ("of", "for") and doc[run[0] - 2].is_title \
                and doc[run[0] - 2].pos_ in ("PROPN", "NOUN"):
            return False  # a portfolio or a body's subject: 'Minister of Water Resources', 'Minister for European
            # Integration' (not 'Minister for Europe Jonas Berger': a word and the name after it)
        if run[0] > 0 and self.country_at.get(run[0] - 1, (None, ""))[1] == "demonym":
            return False  # 'a British Overseas Territory', 'the force's South Bengal Frontier'
        nxt = run[-1] + 1
        return not (nxt + 1 < len(doc) and doc[nxt].lower_ == "of" and doc[nxt + 1].text[:1].isupper()
                    and not (nxt + 1 in self.country_at and known_first_name(doc[run[0]].text)))
        # (but 'X Y Z of Brazil': a person, then the country he is of)

    def _clean_name(self, start: int, end: int) -> tuple[int, int, list[str]] | None:
        toks = list(self.doc[start:end])
        while toks and (is_rank(toks[0].text, self.gaz.honorifics,
                                len(toks) > 1 and is_rank(toks[1].text, self.gaz.honorifics))
                        or toks[0].lower_ in self.gaz.titles
                        or toks[0].i in self.by_token or toks[0].lower_ in ("the", "then")) \
                and not (len(toks) > 2 and toks[1].lower_ in _PATRONYMICS and toks[0].i not in self.by_token):
            toks.pop(0)  # honorifics and ranks, one word at a time: 'Brigadier General', 'Rear Admiral'
        if len(toks) >= 3 and toks[0].i >= 2 and self.doc[toks[0].i - 1].lower_ in ("for", "of") \
                and self.doc[toks[0].i - 2].lower_ in self.title_words:
            toks.pop(0)  # 'Minister for Reintegration Ion X', 'Minister of Unification X Y': the portfolio
        elif len(toks) >= 3 and self._in_portfolio(toks[0].i) and not known_first_name(toks[0].text):
            toks.pop(0)  # 'Minister of Interior and Migration X Y', 'Minister for Regional Cooperation X Y'
        if toks and toks[0].i >= 2 and self.doc[toks[0].i - 1].lower_ in ("for", "of") \
                and self.doc[toks[0].i - 2].lower_ in self.title_words and toks[-1].i + 1 < len(self.doc) \
                and self.doc[toks[-1].i + 1].lower_ == "and":
            return None  # 'Minister of State for Road Transport and Highways': a portfolio
        while toks and (toks[-1].text in ("’s", "'s", "’", "'") or toks[-1].i in self.by_token):
            toks.pop()
        while len(toks) >= 3 and toks[-2].text == "-" and toks[-1].is_lower and glued_hyphen(self.doc, toks[-2].i,
                                                                                            lower=True):
            toks = toks[:-2]  # 'Jin-woo': the lower-case part is joined again below
        inner = toks[1:-1]
        ends = (toks[0], toks[-1]) if toks else ()
        if not toks or any(not is_name(t) and not _tagged_name(t) and t.i not in self._openers for t in ends) \
                or len(toks) > 7 or any(
                not is_name(t) and not _tagged_name(t) and t.lower_ not in _INNER_PARTICLES
                and not glued_hyphen(self.doc, t.i) for t in inner):
            return None
        if all(t.text.isupper() and len(t.text) > 1 for t in toks):  # labels and headlines: "MR. MILLER"
            return None
        if " ".join(_join_hyphens(toks)) in self.vessels:
            return None
        if toks[0].i and self.doc[toks[0].i - 1].text == "-" and not self.doc[toks[0].i - 1].whitespace_:
            return None  # the end of a hyphened word: 'Five-Point Consensus'
        nxt = toks[-1].i + 1
        if nxt < len(self.doc) and self.doc[nxt].lower_ in PLACE_WORDS and self.doc[nxt].text[:1].isupper():
            return None  # the start of a place's name: 'Second Thomas Shoal', 'Kerch Strait'
        if self._noun_follows(nxt, AREA_NOUNS):
            self.area_names.append((toks[0].i, toks[-1].i + 1))
            self._place_names.add(" ".join(_join_hyphens(toks)))
            return None  # 'in Kampot province', 'in Kampot and Takeo provinces': areas
        if self._noun_follows(nxt, EQUIPMENT_NOUNS | MEDIA_NOUNS):
            return None  # 'Rafale and Mirage jets', 'Al-Masirah television'
        if self._place_noun_before(toks[0].i):  # "the largest city Aleppo", "the port of Izmail"
            return None
        if self._listed_with_places(toks[0].i, toks[-1].i + 1):
            self._place_names.add(" ".join(_join_hyphens(toks)))
            return None  # 'the islands of A, B and C', 'A and its affiliated islands': places
        before = self.doc[toks[0].i - 1].lower_ if toks[0].i else ""
        if before == "of" and toks[0].i >= 2 and self.doc[toks[0].i - 2].lower_ in PLACE_WORDS \
                and self.doc[toks[0].i - 2].text[:1].isupper():
            return None  # the end of a place's name: 'the Line of Actual Control', 'the Gulf of Mannar'
        after = self.doc[toks[-1].i + 1].text if toks[-1].i + 1 < len(self.doc) else ""
        if before == "of" and toks[0].i >= 2 and self.doc[toks[0].i - 2].lower_ in BEARINGS:
            self._place_names.add(" ".join(_join_hyphens(toks)))
            return None  # 'north of Port Kessa'
        summoned = before == "in" and toks[0].i >= 2 and self.doc[toks[0].i - 2].lemma_ in ("call", "haul")
        if before in _WHERE_WORDS and after not in ("’s", "'s") and not summoned:  # (not 'called in X Y': summoned)
            self._place_names.add(" ".join(_join_hyphens(toks)))
            return None  # "a market in Kanbalu", "near Bir Lahlou": a place, not a person
        patronymic = len(toks) > 2 and toks[1].lower_ in _PATRONYMICS  # 'Sultan bin Khalid': a given name
        # a title's word that is a given name too, between a given name and the rest: 'Hamad Sultan al-X'
        named = len(toks) > 2 and toks[0].lower_ not in self.title_words and known_first_name(toks[0].text)
        if any(t.lower_ in PLACE_WORDS and t.i not in self._openers or t.i in self.country_at or t.i in self.by_token
               or t.lower_ in self.title_words and not (patronymic and t is toks[0])
               and not (named and t is toks[1] and known_first_name(t.text)) for t in toks):
            return None
        if "\n" in self.doc[toks[0].i:toks[-1].i + 1].text:
            return None
        start, end, words = self._particles(toks[0].i, toks[-1].i + 1, _join_hyphens(toks))
        if words[-1].lower() in NOT_PERSON_ENDS or len(words) > 1 and words[0].lower() in PLACE_OPENERS:
            return None  # 'Thalassa Bulk Management', 'Opening Remarks', 'Bab al-Mandab'
        if len(words) == 2 and words[0].isupper() and words[0].isalpha() and len(words[0]) > 1 \
                and words[1][:1].isupper() \
                and not words[1].isupper():
            words = [words[1], words[0].title()]  # 'SATO Kenji', family name first in capitals: Kenji Sato
        return start, end, words

    def _listed_with_places(self, start: int, end: int) -> bool:
        """Whether the name from token start to end is listed with places: coordinated with a place's common noun
        ('A and its affiliated islands') or in a list after one and 'of' ('the islands of A, B and C')."""
        doc = self.doc
        root = next((t for t in doc[start:end] if not start <= t.head.i < end or t.head.i == t.i), None)
        if root is None:
            return False
        first = root
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head
        listed = [first, *(t for t in first.subtree if t.dep_ == "conj" and t.head.i in (first.i, *[
            c.i for c in first.subtree if c.dep_ == "conj"]))]
        places = AREA_NOUNS | PLACE_WORDS
        if any(t.is_lower and t.pos_ == "NOUN" and (t.lower_ in places or t.lemma_ in places) for t in listed):
            return True
        j = min(t.i for t in first.subtree if t.i <= first.i)
        return j >= 2 and doc[j - 1].lower_ == "of" and doc[j - 2].is_lower and doc[j - 2].tag_ == "NNS" \
            and (doc[j - 2].lower_ in places or doc[j - 2].lemma_ in places)

    def _noun_follows(self, i: int, nouns: set[str]) -> bool:
        """Whether the names from token i on end in one of these lower-case nouns ('province', 'aircraft'), maybe
        after more names in a list: the words before it name areas or models, not people or bodies."""
        doc = self.doc
        for j in range(i, min(i + 10, len(doc))):
            t = doc[j]
            if t.is_lower and t.lower_ in nouns:
                return True
            if not (t.text in (",", "and", "or") or t.text[:1].isupper() or t.like_num or glued_hyphen(doc, j)):
                return False
        return False

    def _particles(self, s: int, e: int, words: list[str]) -> tuple[int, int, list[str]]:
        """Take in Arabic name particles the tokenizer splits off: 'al - Burhan' → 'al-Burhan'."""
        doc = self.doc
        while e + 1 < len(doc) and glued_hyphen(doc, e, lower=True) and doc[e + 1].is_lower and doc[e + 1].is_alpha:
            words = words[:-1] + [words[-1] + "-" + doc[e + 1].text]  # Korean given names: 'Park Jin-woo'
            e += 2
        if e + 2 < len(doc) + 0 and doc[e].lower_ in _PARTICLES and doc[e + 1].text == "-" \
                and not doc[e].whitespace_ and not doc[e + 1].whitespace_ and doc[e + 2].text[:1].isupper():
            words = words + [doc[e].text + "-" + doc[e + 2].text]
            e += 3
        if s >= 2 and doc[s - 2].lower_ in _PARTICLES and doc[s - 1].text == "-" and not doc[s - 2].whitespace_ \
                and not doc[s - 1].whitespace_:
            words = [doc[s - 2].text + "-" + words[0]] + words[1:]
            s -= 2
        return s, e, words



_PARTICLE = re.compile(r"^(?:al|el|Al|El|ad|as|ash|at|az)-")


# before a lone name, these make it a place: 'fighting near Tamsa', 'roads into Mindat', 'convoys through Chaman'
THROUGH = {"in", "near", "into", "inside", "outside", "around", "through", "across", "toward", "towards", "within",
            "off"}
_WHERE_WORDS = THROUGH | {"at"}  # before a name, a place: "a market in Kanbalu", "near Bir Lahlou"



def _one_edit(a: str, b: str) -> bool:
    """Whether two words are one letter inserted, deleted or changed apart (a woman's surname in -a is
    another person's: 'Lavrova' is not 'Lavrov')."""
    a, b = normalise(a), normalise(b)
    if a == b or abs(len(a) - len(b)) > 1:
        return a == b
    if len(a) > len(b):
        a, b = b, a
    if b == a + "a":
        return False
    i = next((k for k in range(len(a)) if a[k] != b[k]), len(a))
    return a[i + (len(a) == len(b)):] == b[i + 1:]


def is_name(t: Token) -> bool:
    if _PARTICLE.match(t.text):
        return True
    return bool(_NAME_TOKEN.match(t.text)) and t.text[0].isupper() and t.pos_ in ("PROPN", "NOUN", "ADJ") \
        and not t.is_stop \
        and t.text not in ("’s", "'s")


_NOT_NAME_POS = {"VERB", "CCONJ", "SCONJ", "ADP", "ADV"}  # how the parser may read a name's word ('Nor', 'Said')


def _tagged_name(t: Token) -> bool:
    """A capitalised word of a tagged person's name that the parser read as a verb or a function word ('LIU
    Jianming', '-ing'; 'Zulkifli Mohd Nor'; 'Juma Said X' inside); at a sentence's start only when the name goes on
    ('Guest speaker: Nguyễn Văn Toàn')."""
    goes_on = t.ent_iob_ == "B" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].ent_iob_ == "I" and is_name(t.doc[t.i + 1])
    return t.ent_type_ == "PERSON" and t.pos_ in _NOT_NAME_POS and t.text[:1].isupper() and t.text[1:].islower() \
        and bool(_NAME_TOKEN.match(t.text)) and (not t.is_sent_start or goes_on)


def glued_hyphen(doc, j: int, lower: bool = False) -> bool:
    """A hyphen written without spaces between two words of a name ('Abdel-Karim'; with lower, 'Jin-woo')."""
    return 0 < j < len(doc) - 1 and doc[j].text == "-" and not doc[j - 1].whitespace_ \
        and not doc[j].whitespace_ and (doc[j + 1].text[:1].isupper() or lower and doc[j + 1].is_alpha)


def _join_hyphens(toks: list[Token]) -> list[str]:
    """The words of a name, hyphenated parts joined: ['Samir', 'Abdel', '-', 'Karim'] → ['Samir', 'Abdel-Karim']."""
    words: list[str] = []
    glue = False
    for t in toks:
        if glue or (t.text == "-" and words):
            words[-1] += t.text
            glue = t.text == "-"
            continue
        words.append(t.text)
    return words


def _dedupe(names: list[tuple[int, int, list[str]]]) -> list[tuple[int, int, list[str]]]:
    out: list[tuple[int, int, list[str]]] = []
    for s, e, w in sorted(names, key=lambda n: (n[0], -(n[1] - n[0]))):
        if not out or s >= out[-1][1]:  # sorted by start, so only the last kept name can overlap
            out.append((s, e, w))
    return out


def _own_name(head: Token) -> list[Token]:
    """The words of a name up to its head, without what describes it: 'the Gabon-flagged Marlin Crest' is the
    'Marlin Crest'."""
    def named(w: Token) -> bool:  # joined to the head by compounds only ('Abu Dhabi Star')
        while w.i != head.i:
            if w.dep_ != "compound":
                return False
            w = w.head
        return True
    return [w for w in head.subtree if w.i <= head.i and named(w)]
