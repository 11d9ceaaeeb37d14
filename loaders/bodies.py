"""Finding named bodies the gazetteer does not list (part of Mentions).

A capitalised run of words ending in an institution's head noun is an institution ('Coordination
Headquarters for the Treatment of Prisoners of War', 'Maritime Safety Authority (MSA)'); a
capitalised name after a company noun is a company ('the state oil company Petrolux'); a ministry
of any portfolio is a ministry of that kind ('Infrastructure Ministry', 'Ministry of Tourism',
'Deputy Tourism Minister'). The country comes from a possessive or demonym before the name.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from dipgraph.graph.model import normalise
from dipgraph.loaders.entities import Entity
from dipgraph.loaders.gazetteer import Country

POSSESSIVES = ("’s", "'s", "’", "'")

# words of a state's forces named after its possessive ("Morocco's Royal Armed Forces"), and of rebels' ("Myanmar's
# People's Defence Force")
_STATE_FORCES = {"royal", "armed", "national"}
_REBEL_WORDS = {"people", "people's", "liberation", "popular", "revolutionary", "resistance", "democratic", "free"}
_LINKS = ("of", "on", "for")  # 'Authority on Development', 'Headquarters for the Treatment of ...'
_IN_PLACE = {"mission", "office", "force"}  # bodies named after where they work: 'Verification Mission in Sudan'
_INTERNATIONAL = {"international", "intergovernmental", "un", "u.n.", "united", "nations", "eu", "e.u."}
_MINISTRY_HEADS = {"ministry", "department"}
# a director's post in a ministry's unit ('Director-General of the Asian Affairs Bureau'): the unit is part of the title
UNIT_POST = re.compile(r"\bDirector(?:[- ]General)?\s+(?:of|for)\s+(?:the\s+)?$", re.I)
_UNITS = {"corps", "division", "brigade", "battalion", "regiment", "fleet"}  # an army's units, named by number
_UNIT_NUMBER = re.compile(r"^(?:\d{1,3}(?:st|nd|rd|th)?|[IVXL]{1,6})$")
_UNIT_HEADS = {"bureau", "directorate", "division", "department", "section"}
_PORTFOLIO_QUALIFIERS = ("national ", "federal ")  # 'Department of National Defense' is the defense ministry
_NO_PORTFOLIO = {"state", "cabinet", "senior", "junior", "chief", "acting", "interim", "caretaker", "former",
                 "government", "regional", "provincial", "vice", "deputy", "first", "prime"}
# ('Cabinet Minister', 'State Minister', 'Vice Minister' name no ministry)
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9.&-]{1,9}$")
_INSTRUMENTS = {"protocol", "treaty", "convention", "agreement", "charter", "compact", "accord", "pact", "declaration",
              "act", "law", "code"}  # 'Protocol on Free Movement', 'Compact of Free Association': no body
# Arabic words that open the names of armed groups and parties: group, supporters, party, movement, front,
# army, brigade(s), companies, free men.
_ARABIC_HEADS = {"jamaat", "jamaah", "jemaah", "ansar", "hizb", "harakat", "jabhat", "jaish", "jaysh", "liwa", "kataib",
                 "saraya", "ahrar", "tanzim", "asaib", "failaq"}
_BARE_ACRONYM = re.compile(r"^[A-Z]{3,8}$")  # 'MONUSCO', not 'US' or 'M23'
_NOT_BODIES = {"GPE", "NORP", "LOC", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "PERSON"}
_FIGHTER_HEADS = {"fighters", "militants", "rebels", "insurgents", "gunmen", "militiamen"}  # 'JNIM fighters'
_GROUP_HEADS = {"force", "forces", "group", "coalition", "alliance", "movement", "militia", "bloc",
                "operation"} | _FIGHTER_HEADS
# lower-case group nouns a name comes before: 'the Viv Ansanm coalition', 'the Wagner group'
_DEFENCE_WORDS = {"defence", "defense", "armed"}  # a country's '... Defence Force(s)', 'Armed Forces': its army
_BRANCH_WORDS = {"air", "naval", "maritime", "border", "police", "security", "special", "rapid", "support", "coast"}
_NAMED_GROUPS = {"coalition": "armed_group", "gang": "armed_group", "militia": "armed_group", "cartel": "armed_group",
                 "militias": "armed_group",  # 'the Fano militias': one movement of many bands
                 "group": "armed_group", "faction": "armed_group", "alliance": "organisation"}
_ARMED = {"army": "Army", "military": "Army", "navy": "Navy", "police": "Police"}  # 'Sudan's army', 'the police'
_STATE_STYLES = {"of", "the", "federal", "royal", "national", "imperial", "central", "state", "republican"}


def _initials(acronym: str, name: str) -> bool:
    """Whether an acronym spells a name's initials ('SSPDF': South Sudan People's Defence Forces; 'UNMISS': UN
    Mission in South Sudan), a word in capitals counting whole and small words either way."""
    words = [w for w in re.split(r"[\s-]+", name.replace("'s", "").replace("’s", "")) if w[:1].isalpha()]
    if len(words) < 2:
        return False
    ends = {0}  # how much of the acronym the words so far can spell
    for w in words:
        parts = {w} if w.isupper() and len(w) > 1 else {w[0].upper()}
        step = {e + len(p) for e in ends for p in parts if acronym.startswith(p, e)}
        if w.lower() in ("of", "in", "the", "for", "and", "on", "to", "de", "du", "des", "la", "le"):
            step |= ends  # small words may be left out
        ends = step
        if not ends:
            return False
    return len(acronym) in ends


def _in_capitals(sentence: str) -> bool:
    """Whether more than half a sentence's characters are capitals (a headline or label written in capitals)."""
    return sum(c.isupper() for c in sentence) > len(sentence) / 2


class BodyFinder:
    """Named bodies and ministries of any portfolio: mixed into Mentions, whose state it uses."""

    def _named_bodies(self, spans: list[Span]) -> list[Span]:
        """Register bodies named by a head noun or a company noun; the gazetteer spans not inside one."""
        gazetteer = [s for s in spans if not s.label_.startswith("CTY|")]
        covered = {i: s for s in gazetteer for i in range(s.start, s.end)}
        found: list[tuple[int, int]] = []
        portfolios: list[Token] = []  # ministries and ministers of any portfolio: once the bodies they may be of are
        for h in self.doc:
            if h.lower_ == "minister" and h.is_lower and h.i >= 2 and h.idx >= self.body_start:
                self._lowercase_portfolio(h)  # "Malaysia's agriculture minister": its Agriculture Ministry
            if h.idx < self.body_start or h.i in self.by_token or not h.text[:1].isupper():
                continue
            low = h.lower_
            if low in self.gaz.head_nouns and h.pos_ in ("PROPN", "NOUN"):
                span = self._body_span(h)
                if span and self.doc[span[1] - 1].lower_ == "staff" and span[0] > 0 \
                        and self.doc[span[0] - 1].lower_ == "of":
                    continue  # a title, not a body: 'Chief of Army Staff'
                known = covered.get(h.i)
                if span and known is None and span[0] >= 2 and self.doc[span[0] - 1].lower_ in ("on", "of") \
                        and self.doc[span[0] - 2].lemma_.lower() in _INSTRUMENTS:
                    continue  # what a document is about: 'the ECOWAS Protocol on Free Movement'
                # a listed name wins, unless more of the name stands before it: 'Supreme National Security Council'
                # or after it: 'the Alliance of Sahel States' is no 'the Alliance' (NATO)
                if span and known is None and h.lower_ in _UNIT_HEADS \
                        and UNIT_POST.search(self.text, max(0, self.doc[span[0]].idx - 40), self.doc[span[0]].idx):
                    continue  # 'Director-General of the Asian Affairs Bureau': the ministry's unit, part of the post
                if span and (known is None or known.label_.startswith("ORG|") and (
                        span[0] < known.start and h.i == known.end - 1
                        or span[1] > known.end and self.doc[known.end].lower_ in _LINKS
                        and span[0] <= known.start + (self.doc[known.start].lower_ == "the"))):
                    found.append(span)
            elif low in _MINISTRY_HEADS and h.i not in covered:
                owner = covered.get(h.i - 1)
                if owner is None or not owner.label_.startswith("ORG|"):  # 'UN Department of ...' is no ministry
                    portfolios.append(h)
            elif low == "minister" and h.i not in covered:
                portfolios.append(h)
        acronyms: dict[str, Entity] = {}
        found.sort(key=lambda r: (r[0], -r[1]))
        kept: list[tuple[int, int]] = []
        for start, end in found:  # the longest name wins: 'X Organization Stabilization Mission' over 'X Organization'
            if kept and start < kept[-1][1]:
                continue
            kept.append((start, end))
        for start, end in kept:
            self._register_body(start, end, acronyms)
        for h in self.doc:  # 'the Viv Ansanm coalition', 'the Wagner group': a name before a lower-case group noun
            if h.is_lower and h.lower_ in _NAMED_GROUPS and h.i not in covered and h.idx >= self.body_start \
                    and (span := self._group_name(h, covered)):
                name = self.doc[span[0]:span[1]].text
                entity = self.registry.add("Institution", name, kind=_NAMED_GROUPS[h.lower_],
                                           surface=self.doc[span[0]:h.i + 1].text)
                self._add(span[0], span[1], entity)
                self._body_ranges.append(span)
        self._arabic_bodies(covered, acronyms)
        for t in self.doc:  # the acronym names the body again later: 'the RMSA said'
            if t.text in acronyms and t.i not in self.by_token:
                self._add(t.i, t.i + 1, acronyms[t.text])
                acronyms[t.text].mentions += 1
                self._body_ranges.append((t.i, t.i + 1))
        for h in portfolios:  # 'Infrastructure Ministry', 'GNU Defence Minister'
            if h.i not in self.by_token:
                (self._portfolio_minister if h.lower_ == "minister" else self._portfolio_ministry)(h)
        for t in self.doc:  # ' ... the company Petrolux said'
            if t.i > 0 and self.doc[t.i - 1].lower_ in self.gaz.company_nouns and t.pos_ == "PROPN" \
                    and t.i not in self.by_token and t.i not in self.country_at and t.i not in covered \
                    and t.text[:1].isupper() and t.idx >= self.body_start and not t.is_stop:
                end = t.i + 1
                while end < len(self.doc) and self.doc[end].pos_ == "PROPN" and end not in self.by_token \
                        and self.doc[end].text[:1].isupper():
                    end += 1
                noun = self.doc[t.i - 1].lower_
                entity = self.registry.add("Institution", self.doc[t.i:end].text, kind=self.gaz.company_nouns[noun],
                                           country=self._country_before(t.i - 1), surface=self.doc[t.i:end].text)
                self._add(t.i, end, entity)
        self._acronym_bodies(covered)
        inside = {i for b, e in self._body_ranges for i in range(b, e)}
        return [s for s in spans if not any(i in inside for i in range(s.start, s.end))]

    def _group_name(self, h: Token, covered: dict[int, Span]) -> tuple[int, int] | None:
        """The capitalised name (one to four words) just before a lower-case group noun, if no country,
        nationality, person or date."""
        doc, start = self.doc, h.i

        def part(t: Token) -> bool:  # a word of the name: 'Tren de Aragua', 'G9', '400 Mawozo'
            inner = t.lower_ in ("de", "del", "la", "al", "el", "da") and t.i > 0 and doc[t.i - 1].text[:1].isupper()
            return (t.pos_ == "PROPN" and t.text[:1].isupper() or inner or t.like_num and start < h.i) \
                and t.ent_type_ not in ("GPE", "NORP", "LOC", "DATE", "TIME") and t.i not in self.country_at \
                and t.i not in self.by_token and t.i not in covered and t.lower_ not in self.title_words \
                and "\n" not in t.whitespace_
        while start > 0 and h.i - start < 4 and part(doc[start - 1]):
            start -= 1
        while start < h.i and doc[start].lower_ in ("de", "del", "la", "al", "el", "da"):
            start += 1
        if start == h.i or all(t.like_num for t in doc[start:h.i]) or start > 0 and doc[start - 1].text in POSSESSIVES:
            return None
        return start, h.i

    def _arabic_bodies(self, covered: dict[int, Span], acronyms: dict[str, Entity]) -> None:
        """A name that opens on an Arabic word for a group, front, party, army or brigade ('Jama'at Nusrat
        al-Islam wal-Muslimin', 'Ansar al-Sharia', 'Jaish al-Adl'): an armed group or party, not a person."""
        doc, i = self.doc, 0
        while i < len(doc):
            t = doc[i]
            head = t.text.lower().replace("'", "").replace("’", "")
            if head not in _ARABIC_HEADS or not t.text[:1].isupper() or i in self.by_token or i in covered \
                    or t.idx < self.body_start:
                i += 1
                continue
            end = i + 1
            while end < len(doc) and end not in self.by_token and (
                    doc[end].text[:1].isupper() or doc[end].lower_ in ("al", "-", "wal", "el", "ad", "wa")
                    or doc[end].lower_.startswith(("al-", "wal-", "el-"))):
                end += 1
            while end > i + 1 and not doc[end - 1].text[:1].isalpha():
                end -= 1
            if end - i >= 2:
                name = doc[i:end].text
                kind = "party" if head == "hizb" else "armed_group"
                entity = self.registry.add("Institution", name, kind=kind, surface=name)
                self._add(i, end, entity)
                self._body_ranges.append((i, end))
                self._acronym_after(end, entity, acronyms)
            i = end

    def _acronym_bodies(self, covered: dict[int, Span]) -> None:
        """An acronym no list knows that acts ('MONUSCO said') or names a body ('the UN mission, MONUSCO,',
        'the rule-of-law mission EULEX', 'JNIM fighters'): an organisation (armed group) of that name."""
        bracketed = {t.text for t in self.doc if self._bracketed_after_name(t)}
        for t in self.doc:
            if _BARE_ACRONYM.match(t.text) and t.i not in self.by_token and t.i not in self.country_at \
                    and t.i not in covered and t.idx >= self.body_start and (spelt := next(
                        (e for e in self.registry.of_label("Institution") if e.mentions and _initials(t.text, e.name)),
                        None)) is not None:  # 'the South Sudan People's Defence Forces ... The SSPDF said': that body
                spelt.alias(t.text)
                spelt.mentions += 1
                self._add(t.i, t.i + 1, spelt)
                self._body_ranges.append((t.i, t.i + 1))
                continue
            if not _BARE_ACRONYM.match(t.text) or t.i in self.by_token or t.i in self.country_at or t.i in covered \
                    or t.idx < self.body_start or t.ent_type_ in _NOT_BODIES or t.lower_ in self.title_words \
                    or t.text in self.gaz.media_acronyms or self._dateline_word(t) \
                    or (t.i + 1 < len(self.doc) and self.doc[t.i + 1].text == ":") or t.text in bracketed \
                    or _in_capitals(self.sent(t.i).text):
                continue  # a capital sentence (a headline), a transcript label, a dateline ('RABAT —'), or the
                # acronym of the name before it (mentions.py: 'Inter-Services Public Relations (ISPR)')
            head = t.head.lower_
            names = t.dep_ in ("appos", "compound") and (head in self.gaz.head_nouns or head in _GROUP_HEADS)
            acts = t.dep_ == "nsubj" and t.head.pos_ == "VERB"  # 'MONUSCO said', 'KFOR reinforced its patrols'
            if names or acts:
                kind = "organisation"
                if names:
                    kind = "armed_group" if head in _FIGHTER_HEADS else self.gaz.head_nouns.get(head, kind)
                entity = self.registry.add("Institution", t.text, kind=kind, surface=t.text)
                self._add(t.i, t.i + 1, entity)
                self._body_ranges.append((t.i, t.i + 1))

    def _bracketed_after_name(self, t: Token) -> bool:
        """An acronym in brackets right after a capitalised name: 'Inter-Services Public Relations (ISPR)'."""
        doc = self.doc
        return 2 <= t.i < len(doc) - 1 and doc[t.i - 1].text == "(" and doc[t.i + 1].text == ")" \
            and doc[t.i - 2].text[:1].isupper() and doc[t.i - 2].ent_type_ == "ORG"

    def _dateline_word(self, t: Token) -> bool:
        """A place in capitals opening a paragraph before a dash or comma ('RABAT —', 'NIAMEY, May 3')."""
        opens = t.i == 0 or "\n" in self.doc[t.i - 1].text_with_ws or self.doc[t.i - 1].is_space
        return opens and t.i + 1 < len(self.doc) and self.doc[t.i + 1].text in ("—", "–", "-", ",")

    def _body_word(self, t: Token, person: bool = False) -> bool:
        """A word that can be part of a body's name: capitalised, not a title, date or possessive, nor part of
        a person's name (unless the tagger took the whole body, head noun included, for a person)."""
        return (t.text[:1].isupper() and t.pos_ in ("PROPN", "NOUN", "ADJ") and not t.is_stop
                and t.text not in ("’s", "'s") and (t.lower_ not in self.gaz.titles or t.lower_ == "general")
                and t.i not in self.by_token
                and t.ent_type_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL")
                and (person or t.ent_type_ != "PERSON")) or t.text in ("U.N.", "U.S.", "E.U.")

    def _body_span(self, h: Token) -> tuple[int, int] | None:
        """The token range of a body named by its head noun h, or None when h is not in such a name."""
        doc = self.doc
        start, person = h.i, h.ent_type_ == "PERSON"
        while start > 0 and "\n" not in doc[start - 1].whitespace_ and (
                self._body_word(doc[start - 1], person) or start > 1 and doc[start - 1].text in POSSESSIVES + ("and",)
                and self._body_word(doc[start - 2], person) and start - 2 not in self.country_at
                and not (doc[start - 1].text in POSSESSIVES and self._owner_word(doc[start - 2]))
                or start > 1 and doc[start - 1].text in ("-", "–") and not doc[start - 1].whitespace_
                and not doc[start - 2].whitespace_ and self._body_word(doc[start - 2], person)):
            start -= 1  # "People's Defence Force", 'Intelligence and Security Agency', 'High-Level', 'Liberia–Sierra
            # Leone Joint Border Commission'; never "Chad's", nor "the Treasury's" (a body that owns the one named)
        if start in self.country_span:  # the whole country: 'Trinidad and Tobago Coast Guard', not 'Tobago ...'
            start = self.country_span[start][0]
        if start == h.i and h.i and h.lower_ in _UNITS and _UNIT_NUMBER.match(doc[h.i - 1].text):
            start -= 1  # a numbered unit: '14 Corps', '3rd Division'
        end = h.i + 1
        while end < len(doc) and doc[end].lower_ in self.gaz.head_nouns and self._body_word(doc[end]):
            end += 1  # 'Armed Forces', 'Coordination Headquarters'
        while end + 1 < len(doc) and doc[end].lower_ in _LINKS:
            j = end + 1 + (doc[end + 1].lower_ == "the")
            k = j
            while k < len(doc) and self._body_word(doc[k]):
                k += 1
                if k + 1 < len(doc) and doc[k].text in ("'", "’") and doc[k - 1].lower_.endswith("s") \
                        and self._body_word(doc[k + 1]):
                    k += 1  # 'Committee for Prisoners' Affairs'
                at = k + 1 + (k + 1 < len(doc) and doc[k + 1].lower_ == "the")
                if k > j and k < len(doc) and doc[k].lower_ == "and" and at < len(doc) and self._body_word(doc[at]) \
                        and doc[at].lower_ not in self.gaz.head_nouns:
                    k = at  # 'Centre for Peace and Security Studies', 'Office for Central Africa and the Lakes'
            if k == j:
                break
            if k - 1 in self.country_span:  # the whole country: 'Court of Bosnia and Herzegovina'
                k = max(k, self.country_span[k - 1][1])
            end = k
        at = end + 1 + (end + 1 < len(doc) and doc[end + 1].lower_ == "the")
        if at < len(doc) and doc[end].lower_ in ("in", "to") and doc[end - 1].lower_ in _IN_PLACE \
                and at in self.country_at and self.country_at[at][1] == "name":
            end = at + 1
            while end < len(doc) and end in self.country_at and doc[end].text[:1].isupper():
                end += 1
        named = [t for t in doc[start:end] if t.i not in self.country_at]
        if end - start < 2 or not named:
            return None
        if h.lower_ == "government" and all(t.i in self.country_at or t.lower_ in _STATE_STYLES or t.i == h.i
                                            for t in doc[start:end]):
            return None  # 'the Federal Government of Somalia' is Somalia's own government (mentions.py)
        if normalise(doc[start:end].text) in {normalise(b) for b in self.gaz.bodies}:
            return None  # a government body named after its country ('National Assembly'): see _bodies
        return start, end

    def _owner_word(self, t: Token) -> bool:
        """Whether a word before a possessive names a body of its own ('the Treasury's', "NATO's")."""
        return self.gaz.ministry_kind(t.text) is not None or self.gaz.organisation(t.text) is not None \
            or t.lower_ in self.gaz.head_nouns

    def _register_body(self, start: int, end: int, acronyms: dict[str, Entity]) -> None:
        doc = self.doc
        words = list(doc[start:end])
        name = doc[start:end].text
        head = next(t for t in reversed(words) if t.lower_ in self.gaz.head_nouns)
        international = any(t.lower_ in _INTERNATIONAL for t in words[:words.index(head)])
        kind = "international_org" if international else self.gaz.head_nouns[head.lower_]
        lows = {t.lower_ for t in words}
        # 'the National Defence Force' named alone, in a story datelined in its country: that country's army
        national = self.home if kind == "military" and lows & _DEFENCE_WORDS and lows & _STATE_FORCES \
            and not lows & _REBEL_WORDS and not any(t.i in self.country_at for t in words) else None
        if kind == "military" and not any(t.i in self.country_at for t in words) and national is None \
                and not (self._country_before(start - 1) and lows & _STATE_FORCES and not lows & _REBEL_WORDS):
            kind = "armed_group"  # an army named after no country: 'People's Liberation Front Army'
        country = None if international else (
            self._country_before(start - 1) or (national.name if national else None)
            or next((self.country_at[t.i][0].name for t in words[:words.index(head)] if t.i in self.country_at),
                    None)
            or next((self.country_at[t.i][0].name for t in words[words.index(head) + 1:]  # 'Court of Chad'
                     if t.i in self.country_at and self.doc[t.i - 1].lower_ in ("of", "the")), None))
        if kind == "government" and country is None and self.home:  # 'the Kurdistan Regional Government' in a
            country = self.home.name  # story datelined in its country
        owner = None if international else self._country_before(start - 1)
        if owner and kind in ("agency", "court") and not any(t.i in self.country_at for t in words) \
                and self.registry.get(Entity("Institution", name).key) is None:
            # "Belarus's State Border Committee": a body named by office alone is its country's, as other countries
            # have theirs ('the Belarusian State Border Committee'); named alone later, it is the same one
            nation = next(c for c in self.gaz.countries.values() if c.name == owner)
            entity = self.registry.add("Institution", f"{nation.prefix} {name}", kind=kind, country=country,
                                       surface=name)
            self.registry.also_named(entity, name)
        elif national is not None and owner is None and self.registry.get(Entity("Institution", name).key) is None:
            entity = self.registry.add("Institution", f"{national.prefix} {name}", kind=kind, country=country,
                                       surface=name)  # 'Burundian National Defence Force'
            self.registry.also_named(entity, name)
        elif (longer := self._named_before(name, start)) is not None:
            entity = longer  # 'the Police Force' after 'the Royal Solomon Islands Police Force': that one
            entity.mentions += 1
        else:
            entity = self.registry.add("Institution", name, kind=kind, country=country, surface=name)
        branch = _ARMED.get(head.lower_)
        if head.lower_ in ("force", "forces") and lows & _DEFENCE_WORDS and not lows & _BRANCH_WORDS:
            branch = "Army"  # 'Ethiopian National Defense Force', 'Guyana Defence Force': the country's army
        if kind == "military" and branch and country and head.i == end - 1:  # 'the Hellenic Navy' is the Greek navy
            nation = next(c for c in self.gaz.countries.values() if c.name == country)
            self.registry.also_named(entity, f"{nation.prefix} {branch}")
        self._add(start, end, entity)
        self._body_ranges.append((start, end))
        self._acronym_after(end, entity, acronyms)

    def _named_before(self, name: str, start: int) -> Entity | None:
        """The one body named before token start whose longer name ends with this one, after 'the' or no determiner
        ('the Royal Solomon Islands Police Force' ... 'the Police Force', 'Coast Guard spokesman X'), if any."""
        before = self.doc[start - 1] if start else None
        if before is None or before.lower_ != "the" and (before.pos_ in ("DET", "PRON") or before.text in POSSESSIVES):
            return None  # (not 'our High Commission', 'its Border Guard': whose it is says more)
        found = {m.entity.key: m.entity for m in self.mentions if m.start < start
                 and m.entity.label == "Institution" and m.entity.name.endswith(" " + name)}
        return next(iter(found.values())) if len(found) == 1 else None

    def _acronym_after(self, end: int, entity: Entity, acronyms: dict[str, Entity]) -> None:
        """'Maritime Safety Authority (MSA)': the acronym in brackets after a body's name names it too."""
        doc = self.doc
        if end + 2 < len(doc) and doc[end].text == "(" and _ACRONYM.match(doc[end + 1].text) \
                and doc[end + 2].text == ")":
            entity.alias(doc[end + 1].text)
            acronyms.setdefault(doc[end + 1].text, entity)

    def _country_before(self, i: int) -> str | None:
        """The country named by a possessive or demonym just before token i+1, skipping title prefixes."""
        while i >= 0 and self.doc[i].lower_ in ("deputy", "first", "acting", "former", "vice", "then"):
            i -= 1
        country = self._qualifier(i)
        return country.name if country else None

    def _ministry_of(self, kind: str, start: int, end: int, surface: str, country: Country | None) -> Entity:
        """The ministry of a kind for a country (named, else the one most talked about), mentioned at start:end;
        of a government no country's own when that is named just before ('GNU Defence Minister')."""
        i = start - 1
        while i >= 0 and self.doc[i].lower_ in ("deputy", "first", "acting", "former", "vice", "then"):
            i -= 1
        owner = self.by_token.get(i - (i > 0 and self.doc[i].text in POSSESSIVES))
        region = self.region_before(i) if country is None else None
        country = None if self.registry.own_government(owner) else country or self.home_or_main
        if self.registry.own_government(owner):
            entity = self.registry.body_ministry(owner, kind, surface)
        elif region is not None:  # "the Kurdistan Region's Department of Foreign Relations"
            entity = self.region_ministry(region[1], kind, surface)
            start = region[0]
        elif country is None:
            entity = self.registry.add("Institution", surface, kind="ministry")
        else:
            entity = self.registry.ministry(country, kind, surface)
        self.ministry_kind[entity.key] = kind
        self._add(start, end, entity)
        self._body_ranges.append((start, end))
        return entity

    def _portfolio(self, words: list[Token]) -> str | None:
        """The kind of ministry a portfolio names: a known kind ('Foreign Affairs' → foreign) or the words."""
        if not words or any(t.i in self.country_at or t.i in self.by_token or t.lower_ in _NO_PORTFOLIO
                            or normalise(t.text) in self.gaz.honorifics or t.lower_ in self.gaz.gendered
                            # 'Madam Minister', 'Mr Minister': a form of address, no portfolio
                            or t.text in self.gaz.bodies or t.lower_ in self.gaz.kind_words for t in words):
            return None
        return self.portfolio_kind(" ".join(t.text for t in words))

    def portfolio_kind(self, portfolio: str) -> str:
        """The kind of ministry a portfolio's words name: a known kind ('Foreign Affairs' → foreign), the first of
        two portfolios when it is known ('Energy and Mines' → energy), else the words ('transport and public
        works'), so that a ministry and its minister's title find one ministry."""
        text = " ".join(w for w in normalise(portfolio).split() if w != "and")
        probes = [text, *(text.removeprefix(q) for q in _PORTFOLIO_QUALIFIERS)]
        parts = [normalise(p) for p in re.split(r",| and ", portfolio, flags=re.I) if p.strip()]
        if len(parts) > 1:  # 'Foreign and European Affairs', 'Defence and Veteran Affairs': the first portfolio
            probes += [parts[0], f"{parts[0]} {parts[-1].split()[-1]}"]
        forms = self.gaz.ministry_forms
        for probe in probes:
            kind = forms.get(f"{probe} ministry") or forms.get(f"ministry of {probe}")
            if kind:
                return kind
        return " ".join(portfolio.lower().split())

    def _portfolio_ministry(self, h: Token) -> None:
        """'Infrastructure Ministry', 'Ministry of Tourism', 'Department of Foreign Affairs'."""
        doc = self.doc
        if h.i + 2 < len(doc) and doc[h.i + 1].lower_ == "of":
            j = h.i + 2 + (doc[h.i + 2].lower_ == "the")
            k = j
            while k < len(doc) and (self._body_word(doc[k]) or doc[k].lower_ == "and" and k + 1 < len(doc)
                                    and self._body_word(doc[k + 1])):
                k += 1
            start, end, words = h.i, k, list(doc[j:k])
        elif h.lower_ == "ministry":
            start = h.i
            while start > 0 and self._body_word(doc[start - 1]) and doc[start - 1].i not in self.country_at:
                start -= 1
            end, words = h.i + 1, list(doc[start:h.i])
        else:
            return
        kind = self._portfolio(words)
        if kind is None:
            return
        surface = doc[start:end].text  # the ministry's own words: 'Ministry of Tourism', 'External Affairs Ministry'
        country = self._qualifier(start - 1)
        if country is not None and start > 0:
            start -= 2 if doc[start - 1].text in ("’s", "'s", "’", "'") else 1
            while start > 0 and doc[start - 1].i in self.country_at and \
                    self.country_at[start - 1][0] is country:
                start -= 1
        # 'In New Delhi, External Affairs Ministry'; 'China will keep the duties, its Commerce Ministry said': the
        # side 'its' or 'their' stands for
        its = start > 0 and doc[start - 1].lower_ in ("its", "their")
        country = country or self.frame_country(start, subjects=its, clauses=its)
        self._ministry_of(kind, start, end, surface, country)

    def _lowercase_portfolio(self, h: Token) -> None:
        """A country's minister of a portfolio written in lower case ('the Somali petroleum minister'): the
        country's ministry of that portfolio is a body of the story."""
        word = self.doc[h.i - 1]
        if not word.is_lower or word.pos_ != "NOUN" or f"{word.lower_} minister" in self.gaz.titles \
                or word.i in self.by_token or (country := self._qualifier(h.i - 2)) is None:
            return
        kind = self._portfolio([word])
        if kind is not None:
            entity = self.registry.ministry(country, kind)
            self.ministry_kind[entity.key] = kind

    def _portfolio_minister(self, h: Token) -> None:
        """'Deputy Tourism Minister': the minister of a portfolio the titles do not list belongs to its ministry."""
        doc = self.doc
        start = h.i
        while start > 0 and (self._body_word(doc[start - 1]) or doc[start - 1].lower_ == "and" and start > 1
                             and start < h.i and self._body_word(doc[start - 2])) \
                and doc[start - 1].i not in self.country_at:
            start -= 1  # ('Energy and Mines Minister': one portfolio's minister)
        words = list(doc[start:h.i])
        if not words or " ".join(t.lower_ for t in words) + " minister" in self.gaz.titles:
            return
        kind = self._portfolio(words)
        if kind is None:
            return
        i = start - 1
        while i >= 0 and doc[i].lower_ in ("deputy", "first", "acting", "former", "vice", "then"):
            i -= 1
        country = self._qualifier(i) or self.frame_country(start, subjects=self.home_party is None)
        surface = " ".join(w.text for w in words) + " Ministry"
        self._ministry_of(kind, start, start + len(words), surface, country)  # 'Sudan ... . Irrigation Minister X'
