"""Roles: a person's title and institution, from the words around each mention of them.

Titles come before the name ("State Department spokesman X", "Iran's Deputy Foreign Minister X"),
after it in an apposition ("X, the Deputy Foreign Minister,"), in a phrase before it ("a spokesperson
for the Kremlin, X,") or as a possessive ("the Defense Ministry's X"). What a title implies about its
institution (a ministry of some kind, the government, an organisation) is data in ``data/titles.json``.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Token

from dipgraph.graph.model import normalise
from dipgraph.loaders.bodies import UNIT_POST
from dipgraph.loaders.entities import Entity
from dipgraph.loaders.gazetteer import Country
from dipgraph.loaders.header_roles import HeaderRoles
from dipgraph.loaders.mentions import Mentions
from dipgraph.loaders.role_context import (
    MAIN_MINISTRY,
    PORTFOLIO_AFTER,
    POSSESSIVE_PRONOUNS,
    SECRETARY_GENERALS,
    SPEAKERS,
    RoleContext,
)
from dipgraph.loaders.text import Turn
from dipgraph.loaders.title_text import (
    ADVISERS,
    POSTING,
    RANKS,
    TITLE_PREFIXES,
    is_rank,
    portfolio,
    title_after,
    title_before,
)

_LEADS = {"head": "head", "lead": "head", "run": "head", "chair": "chair", "command": "commander"}  # 'who heads X'
_FORCES = {"police": "Police", "army": "Army", "military": "Army", "navy": "Navy"}  # 'a police spokesman'
_JOINER = re.compile(r"\s(?:for|of|at|to|in|on)\s")  # between a title and what it is for
_JOINING = {"of", "to", "for", "by", "with", "and", "under", "on", "at", "in"}  # a name inside a title phrase
_FINITE = {"VBD", "VBZ", "VBP", "MD"}  # verbs that make a clause
_PORTFOLIO_TAIL = re.compile(r" (?:of|for) (?:the )?[A-Za-z]{3,}(?: (?:and )?[A-Za-z]{3,}){0,3}"
                             r"(?=[,.;]| of |\s*\n|\s*$)")
_FIELD = re.compile(r"\s*(?:the |a |an )?((?:[a-z]{3,} ){1,2})")  # a post's field before its title: 'foreign policy'
_NOT_FIELDS = {"who", "which", "that", "said", "says", "was", "were", "has", "had", "and", "but", "also", "then",
               "former", "new", "top", "senior", "acting", "deputy", "its", "his", "her", "their", "our"}
_BARE_MINISTERS = {"minister", "vice minister", "vice-minister", "deputy minister"}  # of no portfolio: see
# _counterpart_ministry
_NEXT_PHRASE = re.compile(r",\s+(?:and\s+)?(?:the|its|his|her|their|our|a|an)\s", re.I)  # another noun phrase
_FORMS_OF_ADDRESS = {"ambassador"}  # a title kept as a form of address once one has held it
# what one side does to the other's official: 'met Deputy Foreign Minister X'
_CONTACTS = {"meet", "receive", "host", "call", "telephone", "phone", "speak", "talk", "tell", "brief"}


_OF_COUNTRY = re.compile(r"\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?$", re.I)  # before a country's name
_DETERMINED = re.compile(r"\b(?:(?:a|an|the|its|their|his|her|whose|our)\s+|[\w.-]+(?:'s|’s)\s+)", re.I)
_BARE_OPENER = re.compile(r"^(?=[A-Z])|(?<=, and )(?=[A-Z])")  # a header's 'Minister for X of Y, Name, and Z, Name'


def _title_openers(text: str) -> list[re.Match]:
    """Where a title phrase before a name may open: after a determiner or possessive, or capitalised at the start
    of a header's line or after ', and' in one (the leftmost first)."""
    return sorted([*_DETERMINED.finditer(text), *_BARE_OPENER.finditer(text)], key=lambda m: m.start())


def find_roles(mentions: Mentions) -> list[tuple[Entity, str, Entity]]:
    """(person, title, institution) for every person of an article, merging evidence from all mentions."""
    finder = RoleFinder(mentions)
    for person, start, end in mentions.person_spans:
        finder.add(person, start, end)
    finder.headline_titles()
    return finder.roles()


class RoleFinder(HeaderRoles, RoleContext):
    """Collects role evidence per person mention, then settles each person's roles."""

    def __init__(self, mentions: Mentions) -> None:
        self.m = mentions
        self.evidence: dict[str, list[tuple[str | None, str | None, int]]] = {}
        self.framable: set[int] = set()  # mentions whose bare title may speak for the institution in the frame
        self._ends = [t.idx + len(t.text) for t in mentions.doc]
        self._countries = sorted(mentions.country_at)  # token positions of country mentions
        self._turns: list[Turn] | None = None
        self._away: dict[str, Country] = {}  # a person's country is not this one: the country of his counterpart

    def add(self, person: Entity, start: int, end: int) -> None:
        """Record what the words around one mention say about the person's role."""
        evidence = self.evidence.setdefault(person.key, [])
        before_add = len(evidence)
        self._add_evidence(person, start, end, evidence)
        away = self._counterparts_country(person, start) or self._contacted_by(start, end)
        if away is not None:  # any mention's counterpart settles it for all ('X ... X spoke with her Iranian
            self._away[person.key] = away  # counterpart': X's title named before is not Iran's)
            before_add = 0
        away = self._away.get(person.key)
        for n in range(before_add, len(evidence)):  # 'Foreign Minister X and his Afghan counterpart': not Afghan
            title, inst, at = evidence[n]
            entity = self.m.registry.get(inst)
            if title and away is not None and entity is not None and entity.country == away.name:
                other = next((c for c in self.m.main if c is not away), None)
                evidence[n] = (title, self._from_country(other, title) if other else None, at)
                if entity.mentions and not any(m.entity is entity for m in self.m.mentions):
                    entity.mentions -= 1  # (made for this title only: no node of its own)

    def _counterparts_country(self, person: Entity, start: int) -> Country | None:
        """The country of a counterpart given to the person named at token start later in the sentence ('X and his
        Afghan counterpart, Y', 'X spoke with her Greek counterpart'): the person's own is another."""
        sent = self.m.sent(start)
        for t in self.m.doc[start:sent.end]:
            if t.lemma_ != "counterpart" or not any(c.lower_ in ("his", "her") for c in t.children):
                continue
            owner = next((m.entity for m in reversed(self.m.mentions_between(sent.start, t.i))
                          if m.entity.label == "Person"), None)
            country = next((self.m.country_at[c.i][0] for c in t.children if c.i in self.m.country_at), None)
            return country if owner is person else None
        return None

    def _contacted_by(self, start: int, end: int) -> Country | None:
        """The country named as whoever met, called or told the person named at tokens start..end ("Peru's ambassador
        met Deputy Foreign Minister X", 'Chile spoke with Foreign Minister X'): the person's own is another. (Not
        a person's country: that is itself a guess, which this would spread.)"""
        name = self.m.doc[start:end].root
        verb = name.head.head if name.dep_ == "pobj" and name.head.lower_ in ("with", "to") else name.head
        if name.dep_ not in ("dobj", "pobj") or verb.pos_ != "VERB" or verb.lemma_ not in _CONTACTS \
                or any(c.i in self.m.country_at for c in name.children):
            return None  # (not 'told Indonesian Ambassador X': the title says whose)
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None:
            return None
        for t in [subject, *(c for c in subject.children if c.dep_ in ("poss", "compound", "amod", "appos"))]:
            if t.i in self.m.country_at and self.m.country_at[t.i][1] != "seat":
                return self.m.country_at[t.i][0]
            entity = self.m.by_token.get(t.i)
            if entity is not None and entity.label == "Institution" and entity.country \
                    and (hit := self.m.gaz.country(entity.country)) is not None:
                return hit.country
        return None

    def _add_evidence(self, person: Entity, start: int, end: int,
                      evidence: list[tuple[str | None, str | None, int]]) -> None:
        doc = self.m.doc
        if (counterpart := self._counterpart(start)) is not None:
            evidence.append((*counterpart, start))
        sent_start = self._sentence_start(start)
        before = self._without_ranks(self.m.text[sent_start:doc[start].idx])
        title, t_start = title_before(before, self.m.gaz.titles)
        posting = None
        if not title and (posting := POSTING.search(before)):  # "Ambassador to the United Nations X"
            title, t_start = title_before(before[:posting.start()], self.m.gaz.titles)
        addressed = None
        after_name = self._apposition(end + 1) if end + 1 < len(doc) and doc[end].text == "," else None
        if title and title.lower() in _FORMS_OF_ADDRESS and after_name and not before[:t_start].rstrip().endswith(","):
            title = None  # 'Ambassador X, Principal Secretary for Foreign Affairs': the post after the name is the role
        if title and title.lower() in _FORMS_OF_ADDRESS and before[:t_start].rstrip().endswith(","):
            # 'the Chair of the Council, Ambassador X,': a form of address after the post, which is the role
            addressed = self._title_phrase(sent_start, before[:t_start].rstrip()[:-1])
        if addressed:
            evidence.append((addressed[0], addressed[1] or self._context_institution(addressed[0], start), start))
        elif title:
            title, t_start = self._portfolio(before, title, t_start, sent_start)
            q = self._token_ending_at(sent_start + t_start)
            q = q if q is not None and q.idx >= sent_start else None  # a title opening its sentence has none
            after_of = end + 1 if end + 1 < len(doc) and doc[end].lower_ == "of" else None
            employer = self._posting_employer(sent_start + posting.start(), doc[start].idx) if posting else None
            if not employer and (q is None or q.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM")
                                 or q.ent_type_ in ("DATE", "TIME")):
                self.framable.add(start)  # "Spokesperson X told", "On Monday Minister X": a bare title
            if after_of is not None and after_of in self.m.country_at:  # "Foreign Minister X of Ukraine"
                inst = self._from_country(self.m.country_at[after_of][0], title)
            else:
                full = title + posting.group(0).rstrip() if posting else title  # 'Secretary of Foreign Affairs'
                portfolio_named = posting and (m := PORTFOLIO_AFTER.search(full)) and (
                    self._portfolio_after(m.group(1)) or self._unlisted_portfolio(full, sent_start + posting.start(),
                                                                                  start))
                inst = self._institution_hint(q, full if portfolio_named else title, start)
                if posting and UNIT_POST.search(title + " of the "):
                    inst = None  # 'Director-General of the X Bureau': a unit of the ministry the context says
            inst = employer or inst  # "the head of the World Food Programme X" works for it
            title = title + posting.group(0).rstrip() if posting else title
            evidence.append((title, inst, start))
        elif start >= 2 and doc[start - 1].text in ("’s", "'s") and (start - 2) in self.m.by_token:
            evidence.append((None, self.m.by_token[start - 2].key, start))
        elif before.rstrip().endswith(",") \
                and (found := self._title_phrase(sent_start, before.rstrip()[:-1])) is not None:
            evidence.append((found[0], self._owner_of(found, start), start))
            if (also := self._coordinated_title(before.rstrip()[:-1], found)) is not None:
                evidence.append((*also, start))  # 'the Prime Minister and Foreign Minister of Qatar, X'
        elif (listed := self._listed_title(start)) is not None:  # 'Foreign ministers A of Egypt and B of Jordan'
            after_of = end + 1 if end + 1 < len(doc) and doc[end].lower_ == "of" else None
            inst = self._from_country(self.m.country_at[after_of][0], listed) \
                if after_of is not None and after_of in self.m.country_at else None
            evidence.append((listed, inst, start))
        # apposition: "Name, the Deputy Foreign Minister," / "Name, spokesman for the UN"
        if end + 1 < len(doc) and doc[end].lower_ == "of" and end + 1 in self.m.country_at:
            after = self.m.country_span.get(end + 1, (end + 1, end + 2))[1]  # 'X of Saint Lucia, who chairs ...'
            if after + 1 < len(doc) and doc[after].text == "," and (led := self._heads(after + 1)) is not None:
                evidence.append((*led, start))
        if end + 1 < len(doc) and doc[end].text == ",":
            found = self._apposition(end + 1) or self._heads(end + 1)
            vague = found is not None and found[1] is None and doc[end + 1].lower_ in ("a", "an") \
                and found[0].lower().startswith(("former ", "ex-"))  # 'X, a former ambassador who now teaches'
            if found and not vague and not self._subject_after(end) and not self._titles_next_name(end):
                evidence.append((found[0], self._owner_of(found, start), start))

    def _unlisted_portfolio(self, title: str, lo: int, name: int) -> bool:
        """A minister's portfolio no list has, written after the title ('Minister of Water Resources X', from
        character lo to the name at token ``name``): a ministry of its own all the same (not a deputy prime
        minister's brief, a country's name or an honorific: 'Foreign Minister of Turkmenistan', 'Mawlawi')."""
        head = re.split(r" (?:of|for) ", title.lower(), maxsplit=1)[0]
        words = self.m.doc[self._token_at(lo):name]
        return head.endswith("minister") and not head.endswith("prime minister") \
            and (self._hint(title) or "").startswith("ministry:") \
            and not self.m.countries_between(words.start, words.end) \
            and not any(normalise(t.text) in self.m.gaz.honorifics for t in words)

    def _portfolio(self, text: str, title: str, t_start: int, base: int) -> tuple[str, int]:
        """The title widened to its portfolio (see ``portfolio``; base: where text starts), over no nationality or
        name ('Ugandan Trade Minister', not 'Qatari Minister'; 'X and Foreign Minister Y': the foreign minister), and
        in lower case only over nouns ("Iceland's fisheries minister", not 'the outgoing minister')."""
        for joined, words in ((True, 2), (False, 2), (False, 1)):
            widened, w_start = portfolio(text, title, t_start, words=words, joined=joined)
            if w_start == t_start:
                break
            span = self.m.doc[self._token_at(base + w_start):self._token_at(base + t_start)]
            if any(t.i in self.m.country_at or (e := self.m.by_token.get(t.i)) is not None and e.label == "Person"
                   or t.pos_ == "AUX" or t.is_stop and t.lower_ not in ("and", "of", "for") for t in span):
                continue  # (nor over a question's verb: 'Will Minister X travel?')
            if title[:1].islower() and title not in ADVISERS and any(t.pos_ not in ("NOUN", "PROPN") for t in span
                                           if t.lower_ not in RANKS and t.text not in ("and", ",")):
                continue
            return widened, w_start
        return title, t_start

    def _coordinated_title(self, text: str, found: tuple[str, str | None]) -> tuple[str, str] | None:
        """A second post joined to the title found at the end of text ('the Prime Minister and Foreign Minister of
        Qatar'), held at the same country's institution of its kind."""
        at = text.rfind(found[0])
        pre = text[:at].rstrip() if at > 0 else ""
        if not pre.endswith(" and") or found[1] is None:
            return None
        title, _start = title_before(pre[:-4], self.m.gaz.titles)
        entity = self.m.registry.get(found[1])
        hit = self.m.gaz.country(entity.country) if entity is not None and entity.country else None
        if not title or hit is None or title.lower() == found[0].lower():
            return None
        inst = self._from_country(hit.country, title)
        return (title, inst) if inst else None

    def _titles_next_name(self, end: int) -> bool:
        """Whether the title after the comma at token end is the next name's, given before it in a list ('A, Minister
        of Interior of Cyprus B and Commissioner C'): a person named after it before any comma, with no word
        that joins the name into the phrase ('of', 'to', a rank) just before."""
        doc = self.m.doc
        for t in doc[end + 1:self.m.sent(end).end]:
            if t.text in (",", ".", ";") or "\n" in t.text:
                return False
            entity = self.m.by_token.get(t.i)
            if entity is not None and entity.label == "Person" and self.m.by_token.get(t.i - 1) is not entity:
                before = doc[t.i - 1]
                return before.lower_ not in _JOINING and before.text not in ("’s", "'s") \
                    and normalise(before.text) not in self.m.gaz.honorifics and before.lower_ not in self.m.gaz.titles
        return False

    def _subject_after(self, end: int) -> bool:
        """Whether the words after the comma at token end are a clause's subject, not an apposition ('Minister X,
        Beijing's foreign ministry spokesperson said ...': someone addressed, then another speaks)."""
        doc = self.m.doc
        for t in doc[end + 1:self.m.sent(end).end]:
            if t.text in (",", ".", ";", "?"):
                return False
            if t.tag_ in _FINITE and any(c.dep_ in ("nsubj", "nsubjpass") and end < c.i < t.i
                                         and c.lower_ not in ("who", "which", "that") for c in t.children):
                return True
        return False

    def _owner_of(self, found: tuple[str, str | None], start: int) -> str | None:
        """The institution of a title found with its own (or none) for the name at token start: else the earlier
        owner of the same title, else the context's."""
        return found[1] or self._earlier_owner(found[0], start) or self._context_institution(found[0], start)

    def _sentence_start(self, i: int) -> int:
        """Where the sentence of token i starts, not at a full stop of an abbreviated rank ('its spokesman, Brig.
        Gen. X, said', which the parser may split after 'Brig.')."""
        doc, sent = self.m.doc, self.m.sent(i)
        while sent.start > 1 and (doc[sent.start - 1].text.endswith(".") and normalise(doc[sent.start - 1].text)
                                  in self.m.gaz.honorifics or doc[sent.start - 1].text == "."
                                  and normalise(doc[sent.start - 2].text) in self.m.gaz.honorifics):
            sent = self.m.sent(sent.start - 1)  # ('Brig.' may be tokenised 'Brig' '.')
        return sent.start_char

    def _listed_title(self, start: int) -> str | None:
        """The title a plural noun gives every name listed after it ('Foreign ministers A of Egypt and B of
        Jordan'), in the singular, for the name at token start."""
        doc, lo = self.m.doc, self.m.sent(start).start
        j = start - 1
        while j > lo and (self.m.by_token.get(j) is not None and self.m.by_token[j].label == "Person"
                          or j in self.m.country_at or doc[j].lower_ in ("of", "and", ",")):
            j -= 1
        t = doc[j]
        if t.tag_ != "NNS":
            return None
        words = [w.text for w in doc[max(lo, j - 1):j]] + [t.text[:-1] if t.lower_.endswith("s") else t.text]
        for k in range(len(words)):
            if " ".join(words[k:]).lower() in self.m.gaz.titles:
                return " ".join(words[k:])
        return None

    def _heads(self, k: int) -> tuple[str, str] | None:
        """'Name, who heads the UN mission, MONUSCO,': the head (chair, commander) of the institution the relative
        clause at token k names as its object, or in apposition to it; 'Name, who is its envoy,': that title."""
        doc = self.m.doc
        if k + 2 < len(doc) and doc[k].lower_ == "who" and doc[k + 1].lemma_ == "be":
            return self._apposition(k + 2)  # 'Name, who is Qatar's chief negotiator,'
        if k + 1 >= len(doc) or doc[k].lower_ != "who" or doc[k + 1].lemma_ not in _LEADS:
            return None
        for obj in (c for c in doc[k + 1].children if c.dep_ == "dobj"):
            for t in (obj, *(c for c in obj.children if c.dep_ == "appos")):
                entity = self.m.by_token.get(t.i)
                if entity is None and t.is_lower and t.lower_ in self.m.gaz.called_nouns:
                    entity = self.m.called(t.lower_, t.i)  # 'who chairs the bloc': the bloc named before
                if entity is not None and entity.label == "Institution":
                    return _LEADS[doc[k + 1].lemma_], entity.key
        return None

    def _counterpart(self, start: int) -> tuple[str, str] | None:
        """'her Rwandan counterpart(,) Jean-Paul Nkurunziza': the title of the person whose counterpart the name
        is (the one last named before, for 'her'/'his'), at the same kind of institution of the country named."""
        found = self._counterpart_noun(start)
        if found is None:
            return None
        c, place = found  # (the second of 'his Latvian and Finnish counterparts, A and B' is the Finnish one)
        named = sorted({y.i for x in c.children if x.i in self.m.country_at for y in (x, *x.conjuncts)
                        if y.i in self.m.country_at})
        country = self.m.country_at[named[place]][0] if place < len(named) else None
        owner = next((m.entity for m in reversed(self.m.mentions) if m.start < c.i and m.entity.label == "Person"
                      and m.start >= self.m.sent(c.i).start and any(t for t, _i, _a in self.evidence.get(
                          m.entity.key, []))), None)  # (one with a title: not 'raised the X case with her ...')
        if owner is None:  # "He said he had spoken with his Kyrgyz counterpart, X": whom 'his' stands for
            owner = next((e for x in c.children if x.dep_ == "poss" for e in self.m.resolve(x)
                          if e.label == "Person"), None)
        held = [(t, inst) for t, inst, _at in self.evidence.get(owner.key, []) if t] if owner is not None else []
        if country is None or not held:
            return None
        title, inst = held[0]
        if inst is not None and (kind := self.m.ministry_kind.get(inst)):  # 'its minister, A, ... his Chadian
            return title, self.titled_ministry(country, kind, title)  # counterpart, B': the Chadian ministry's
        return title, self._from_country(country, title)

    def _counterpart_noun(self, start: int) -> tuple[Token, int] | None:
        """The 'counterpart(s)' a name at token start stands in apposition to, and its place in the list of names
        ('his Latvian and Finnish counterparts, A and B': B is second)."""
        doc = self.m.doc
        k = start - 1
        while k > 0 and doc[k].text[:1].isupper() and normalise(doc[k].text) in self.m.gaz.honorifics:
            k -= 1  # 'his Pakistani counterpart, Major General X'
        if k > 0 and doc[k].lower_ == "and" and (before := self.m.by_token.get(k - 1)) is not None \
                and before.label == "Person":
            first = k - 1
            while first > 0 and self.m.by_token.get(first - 1) is before:
                first -= 1
            found = self._counterpart_noun(first)
            return (found[0], found[1] + 1) if found is not None else None
        k -= doc[k].text == "," if k >= 0 else 0
        c = doc[k] if k >= 0 else None
        return (c, 0) if c is not None and c.lemma_ == "counterpart" else None

    def _posting_employer(self, lo: int, hi: int) -> str | None:
        """The institution named in an 'of'/'for' posting between title and name ('head of the WFP'); a posting
        'to' an institution ('Ambassador to the United Nations') names where one serves, not who employs one."""
        first = self._token_at(lo)
        if self.m.doc[first].lower_ not in ("of", "for"):
            first += 1
            if self.m.doc[first].lower_ not in ("of", "for"):
                return None
        for t in self.m.doc[first:self._token_at(hi)]:
            entity = self.m.by_token.get(t.i)
            if entity is not None and entity.label == "Institution":
                return entity.key
        return None

    def _without_ranks(self, before: str) -> str:
        """The words before a name without the ranks and honorifics next to it ('spokesman Brigadier General X'),
        unless a title only shows with them ('King X')."""
        whole = title_before(before, self.m.gaz.titles)[0]
        if whole and " " in whole.strip() and normalise(whole.split()[-1]) in self.m.gaz.honorifics:
            return before  # a title that ends in a rank: 'Secretary General X', 'Attorney General X'
        words = before.rstrip().split(" ")
        for k in range(len(words) - 1, 0, -1):  # ranks off the end one at a time: 'Emir Sheikh X' is the Emir
            if not is_rank(words[k], self.m.gaz.honorifics, k + 1 < len(words)):
                break
            rest = " ".join(words[:k]) + " "
            if rest.rstrip().endswith(",") or title_before(rest, self.m.gaz.titles)[0]:
                return rest
            lead = k - 1 - (words[k - 1].lower() == "right")  # 'the Minister, the (Right) Honourable X'
            if lead > 0 and words[lead].lower() in ("the", "his", "her") and words[lead - 1].endswith(","):
                return " ".join(words[:lead]) + " "
        return before

    def _apposition(self, k: int) -> tuple[str, str | None] | None:
        """The title (and institution) of an apposition starting at token k: 'the Deputy Foreign Minister',
        'its spokeswoman', 'a former Mozambican foreign minister', 'a spokesman for the UN'."""
        doc = self.m.doc
        sent = self.m.sent(k - 1)
        owner = None
        if doc[k].lower_ in POSSESSIVE_PRONOUNS:  # "Its spokeswoman, ...": the institution spoken of
            owner = self._owner(k)
            next_title = title_after(self.m.text[doc[k + 1].idx:sent.end_char], self.m.gaz.titles)[0] \
                if k + 1 < len(doc) else None
            owner = self._fit(owner, next_title) if next_title else owner
            k += 1
        elif doc[k].lower_ == "our" and (speaker := self._turn_speaker(doc[k].idx)):
            owner = SPEAKERS + speaker.key  # "X, our Deputy Assistant Secretary," in a briefing turn
            k += 1
        while k < len(doc) and doc[k].lower_ in ("the", "a", "an"):
            k += 1
        prefix = ""
        while k + 1 < len(doc) and doc[k].lower_ + " " in TITLE_PREFIXES and (
                (k + 1) in self.m.country_at or (k + 1) in self.m.by_token
                or doc[k + 1].lower_ in self.m.gaz.ministry_anaphora and doc[k + 1].is_title):
            prefix += doc[k].text + " "  # "a former Mozambican foreign minister", "Deputy Department Spokesperson"
            k += 1
        if owner is None and k + 1 < len(doc) and doc[k + 1].text in ("’s", "'s") and (key := self._noun_owner(doc[k])):
            owner = key  # "X, the agency's spokesman,": the agency last named
            k += 2
        qualifier = None  # "Name, Ukraine's Deputy Defence Minister," / "Name, the Foreign Ministry spokeswoman"
        while k < len(doc) and (k in self.m.country_at or doc[k].text in ("’s", "'s") or (
                k in self.m.by_token and self.m.by_token[k].label == "Institution")
                or (doc[k].lower_ in self.m.gaz.ministry_anaphora and doc[k].is_title)):
            if k in self.m.by_token and self.m.by_token[k].label == "Institution":
                owner = self.m.by_token[k].key
            elif k in self.m.country_at:
                qualifier = self.m.country_at[k][0]
            elif doc[k].lower_ in self.m.gaz.ministry_anaphora:  # "Name, Department Spokesperson" (a header)
                owner = owner or MAIN_MINISTRY + doc[k].lower_
            k += 1
        if k >= len(doc):
            return None
        force = _FORCES.get(doc[k].lower_) if owner is None and k + 1 < len(doc) else None
        if force and title_after(self.m.text[doc[k + 1].idx:sent.end_char], self.m.gaz.titles)[0]:
            country = qualifier or self._sentence_country(k)  # "Name, a police spokesman,": the country's police
            if country is not None:
                owner = self.m.armed_force(country, force).key
                k += 1
        begin = doc[k].idx
        after = self.m.text[begin:sent.end_char]
        title, t_end = title_after(after, self.m.gaz.titles)
        if not title and (field := _FIELD.match(after)) and not set(field.group(1).split()) & _NOT_FIELDS \
                and all(t.pos_ in ("NOUN", "ADJ", "PROPN") for t in doc[self._token_at(begin + field.start(1)):
                                                                        self._token_at(begin + field.end(1) - 1)]):
            title, t_end = title_after(after[field.end(1):], self.m.gaz.titles)  # 'a foreign policy aide to ...'
            title, t_end = (field.group(1) + title, field.end(1) + t_end) if title else (None, 0)
        if title and title.lower() in RANKS and (field := _FIELD.match(after, t_end)) \
                and not set(field.group(1).split()) & _NOT_FIELDS \
                and (post := title_after(after[field.end(1):], self.m.gaz.titles))[0] \
                and post[0].lower().endswith(("minister", "secretary")):  # 'X, Taiwan's deputy economics minister,'
            title, t_end = after[t_end - len(title):field.end(1) + post[1]], field.end(1) + post[1]
        if not title:
            return None
        if title.lower().endswith(("minister", "secretary")) and (more := _PORTFOLIO_TAIL.match(after, t_end)) \
                and self._hint(title + more.group(0)) != self._hint(title):
            title, t_end = title + more.group(0), more.end()  # "Ethiopia's minister of water and energy"
        if after[t_end:t_end + 3] in ("'s ", "’s "):  # "the UN Secretary-General's Special Representative"
            own, own_end = title_after(after[t_end + 3:], self.m.gaz.titles)
            if own:
                title, t_end = own, t_end + 3 + own_end
                owner = owner or self._united_nations()
        title = prefix + title if prefix else title
        if SECRETARY_GENERALS.match(after, t_end):  # 'the Special Envoy of the Secretary-General on Myanmar'
            owner = owner or self._united_nations()
        inst = owner or (self._from_country(qualifier, title) if qualifier is not None else None)
        tail = [t for t in doc[k:sent.end] if t.idx >= begin + t_end] if not inst else []
        if tail and UNIT_POST.search(after[:t_end] + " for the "):
            tail = []  # 'Director for the Protection of Indonesian Citizens': a ministry's unit names no country
        country = None
        for t in tail:
            if t.text in (",", ".", ";") or t.pos_ == "VERB" and not (t.i and doc[t.i - 1].text == "-") \
                    or "\n" in doc[t.i - 1].whitespace_ or t.is_space or t.tag_ in ("WP", "WDT", "WP$"):
                break  # (not 'the Leh-based 14 Corps'; nor a header's next line: 'X, Spokesperson\nGuest: ...'; nor
                # a relative clause: 'a former minister to whom Mexico granted asylum')
            if t.i in self.m.by_token and self.m.by_token[t.i].label == "Institution":
                return title, self.m.by_token[t.i].key
            if t.i in self.m.country_at and country is None:
                country = self.m.country_at[t.i][0]
                if t.i + 1 < len(doc) and doc[t.i + 1].text in ("’s", "'s"):
                    continue  # "a spokesman for China's Taiwan Affairs Office": the office if it is known
                if (force := self._force_after(t.i)) is not None and not self._ministerial(title):
                    return title, self.m.armed_force(country, force).key  # 'a spokesman for the Somali armed forces'
                break
        return title, inst or (self._from_country(country, title) if country else None)

    def _title_phrase(self, offset: int, text: str) -> tuple[str, str | None] | None:
        """'a spokesperson for the Kremlin' / 'the U.N. envoy for Yemen' / 'A Taliban spokesman' / 'its adviser' /
        "Norway's special envoy for the talks" before a name (the leftmost determiner that starts a title)."""
        for m in _title_openers(text):
            found = self._phrase_at(offset, text, m)
            if found:
                return found
        return None

    def _phrase_at(self, offset: int, text: str, m: re.Match) -> tuple[str, str | None] | None:
        possessive = m.group(0).rstrip().endswith("s") and m.group(0).rstrip()[-2:] in ("'s", "’s")
        phrase_start = offset + (m.start() if possessive else m.end())
        phrase = text[m.start() if possessive else m.end():]
        if not 2 <= len(phrase) <= 80:
            return None
        split = _JOINER.search(phrase)  # 'the ASEAN Special Envoy on Myanmar'
        whole, w_start = title_before(phrase, self.m.gaz.titles)
        if whole and w_start + len(whole) >= len(phrase.rstrip()) and split and w_start < split.start():
            split = None  # "Zelensky's chief of staff": the title itself has "of"
        elif split and (after := _JOINER.search(phrase, split.end() - 1)) is not None:
            longer, l_start = title_before(phrase[:after.start()], self.m.gaz.titles)
            if longer and l_start < split.start():  # "Spain's secretary of state for foreign affairs": the title
                split = after  # has its own 'of'; what it is for comes after the next joiner
        head = phrase[:split.start()] if split else phrase
        title, t_start = title_before(head, self.m.gaz.titles)
        if not title or t_start + len(title) < len(head.rstrip()):
            return None
        if _NEXT_PHRASE.search(phrase, t_start):
            return None  # "Lithuania's chargé d'affaires on Wednesday, and its spokesman, X": X is the spokesman
        lo, hi = self._token_at(phrase_start), self._token_at(phrase_start + t_start)
        if any(t.tag_ in _FINITE for t in self.m.doc[lo:hi]):
            return None  # a clause, not a noun phrase: "Thailand's Foreign Ministry summoned Cambodia's envoy"
        if not possessive and any(t.text == "," for t in self.m.doc[lo:hi]):
            return None  # 'the Greek leader, X, and the Turkish leader, Y', 'In a statement, its spokesman': the
            # determiner opens another noun phrase
        if possessive and any(t.text == "," and (e := self.m.by_token.get(t.i - 1)) is not None and e.label == "Person"
                              for t in self.m.doc[lo:hi]):
            return None  # "A's Foreign Minister, X, and B's Vice Foreign Minister, Y": A's title is X's, not Y's
        title, t_start = self._portfolio(head, title, t_start, phrase_start)  # "Kenya's Interior Cabinet Secretary"
        opener = (m.group(0).split() or [""])[0].lower()  # ('' for a title opening a header's line)
        if opener in POSSESSIVE_PRONOUNS:
            inner = next((e for t in self.m.doc[self._token_at(phrase_start):self._token_at(phrase_start + t_start)]
                          if (e := self.m.by_token.get(t.i)) is not None and e.label == "Institution"), None)
            if inner is not None:  # 'Its Defence Ministry spokesman, X,': the ministry, whoever 'its' is
                return title, inner.key
            owner = self._owner(self._token_at(offset + m.start()))
            if owner:
                return title, self._fit(owner, title)
        if opener == "our":  # 'Our Special Representative for X, Y,' in a briefing turn
            speaker = self._turn_speaker(offset + m.start())
            owner = self._context_institution(title, self._token_at(offset + m.start())) \
                if self._hint(title) == "org" else None  # an organisation's post: its organisation named last
            owner = owner or (SPEAKERS + speaker.key if speaker is not None else self._briefing_body(title))
            if owner is None and speaker is None and self.m.turns and self.m.home_party is not None:
                owner = self._from_country(self.m.home_party, title)  # 'our ambassador' of a briefing's own country
            if owner:
                return title, owner
        if opener == "whose":  # 'Nigeria, whose foreign minister, X,': Nigeria's
            owner = self._antecedent(self._token_at(offset + m.start()))
            if owner:
                return title, self._fit(owner, title)
        if split and SECRETARY_GENERALS.match(phrase, split.start()):  # 'the envoy of the Secretary-General'
            return title, self._united_nations()
        joiner = split.group(0).strip() if split else None  # 'of' or 'for' between the title and its portfolio
        kind = self._portfolio_after(phrase[split.end():]) if split and (
            joiner == "for" or joiner == "of" and title.lower().endswith(("minister", "secretary"))) else None
        if kind is None and split and title.lower().endswith("minister") and (
                joiner == "of" or joiner == "for"
                and not self._area_portfolio(phrase_start + split.end(), offset + len(text), title)) \
                and (plain := self._hint(phrase[t_start:].strip())) and plain.startswith("ministry:") \
                and not self.m.countries_between(self._token_at(phrase_start + split.end()),
                                                 self._token_at(offset + len(text))):
            kind = plain.split(":")[1]  # "Cameroon's Minister of (or for) Communication": a portfolio no list has
        if kind is not None:  # "Kenya's Cabinet Secretary for Foreign Affairs": the ministry of that portfolio
            title = phrase[t_start:].strip()
            for t in self.m.doc[self._token_at(phrase_start):self._token_at(offset + len(text))]:
                if t.i in self.m.country_at:  # or 'the Minister of Foreign Affairs of South Sudan'
                    own_of = _OF_COUNTRY.search(phrase[:max(t_start, t.idx - phrase_start)])
                    title = phrase[t_start:t.idx - phrase_start][:own_of.start() - t_start].strip() \
                        if own_of and own_of.start() > t_start else title  # (the post, without 'of South Sudan')
                    return title, self.titled_ministry(self.m.country_at[t.i][0], kind, title)
                if (country := self._government_at(t.i)) is not None:  # "the UAE's minister of state for ...",
                    return title, self.titled_ministry(country, kind, title)  # the UAE tagged as its government
        own = re.search(r"(?:'s|’s)\s+$", phrase[:t_start])
        if own and (head_of := self._leader_owner(text[:len(text) - len(phrase) + own.start()], offset + m.start())):
            return title, head_of  # "the prime minister's spokesman, X": the government the prime minister heads
        ranges = [(phrase_start, phrase_start + t_start, True)]
        if split:  # 'the Foreign Minister of Uzbekistan' is Uzbekistan's; 'the UN envoy for Yemen' is the UN's
            ranges.append((phrase_start + split.end(), offset + len(text), split.group(0).strip() == "of"))
        for lo, hi, countries in ranges:
            country, force = None, None
            for t in self.m.doc[self._token_at(lo):self._token_at(hi) + 1]:
                if not lo <= t.idx < hi:
                    continue
                if t.i in self.m.by_token and self.m.by_token[t.i].label == "Institution":
                    owned = self._owned_body(t.i, hi)
                    return title, (owned or self.m.by_token[t.i]).key  # "the PLA's Western Theater Command"
                if countries and t.i in self.m.by_token and self.m.by_token[t.i].label == "Person":
                    return title, SPEAKERS + self.m.by_token[t.i].key  # "Zelensky's chief of staff, X"
                if t.i in self.m.country_at and (countries or self.m.country_at[t.i][1] == "seat"):
                    if country is None:  # 'a spokesman for the Djiboutian armed forces': its armed forces
                        country, force = self.m.country_at[t.i][0], self._force_after(t.i)
                elif t.lower_ == "government" and country is None and self.m.main:
                    # "Baghdad recalled its envoy, a government spokesman said": the government the sentence is
                    # about, else "the government's chief negotiator": the article's main government
                    frame = self.m.registry.get(self._subject_institution(self.m.sent(t.i).start, t.i))
                    if frame is not None and frame.kind == "government" and frame.country:
                        return title, frame.key
                    return title, self.m.registry.government(self.m.main[0], count=False).key
                elif country is None and (key := self._noun_owner(t)):
                    return title, key  # "the group's spokesman, X"
            if country is not None and force is not None and not self._ministerial(title):
                return title, self.m.armed_force(country, force).key  # (its armed forces minister: its ministry)
            if country is not None:
                return title, self._from_country(country, title)
        if possessive and (body := self._possessor_body(self._token_at(phrase_start))) is not None:
            return title, body.key  # "Fretilin's secretary-general, X": the body the tagger names
        return title, None

    def _possessor_body(self, i: int) -> Entity | None:
        """A body named by the tagger only, that owns a title given to a named person ("Fretilin's
        secretary-general, X", "Nyasa Basin Petroleum's chief executive, X"): the organisation of that name."""
        doc = self.m.doc
        ent = next((e for e in doc.ents if e.start == i and e.label_ == "ORG"), None)
        if ent is None or ent.end >= len(doc) or doc[ent.end].text not in ("’s", "'s") \
                or any(t.i in self.m.by_token or t.i in self.m.country_at for t in ent):
            return None
        return self.m.registry.add("Institution", ent.text, kind="organisation", surface=ent.text)

    def _counterpart_ministry(self, entity: Entity | None, title: str, at: int, found: list[str]) -> Entity | None:
        """A minister, vice or deputy minister of no portfolio at a government, named in a briefing turn of someone
        who serves in a ministry ('my counterpart, Vice Minister X, told me', 'her Togolese counterpart, Minister
        X'): the same kind of ministry of that government's country, the speaker's counterpart's."""
        if entity is None or entity.kind != "government" or title.lower() not in _BARE_MINISTERS \
                or not self.m.turns or (hit := self.m.gaz.country(entity.country or "")) is None:
            return entity
        speaker = self._turn_speaker(self.m.doc[at].idx)
        for inst in self._settled(speaker.key, found) if speaker is not None else []:
            own = self.m.registry.get(inst)
            kind = self._named_kind(own)
            if kind is not None and own.country != entity.country:
                return self.m.registry.get(self.titled_ministry(hit.country, kind, title))
        return entity

    def _settled(self, key: str, found: list[str], depth: int = 0) -> list[str]:
        """The institutions a person's titled evidence settles on, before roles are settled: "our"/"the president's" the
        other person's, a header's bare 'Department' the ministry, none the briefing's body."""
        out = []
        for title, inst, _at in self.evidence.get(key, []):
            if not title:
                continue
            if inst and inst.startswith(SPEAKERS):
                inst = next(iter(self._settled(inst[len(SPEAKERS):], found, depth + 1)), None) if depth < 2 else None
            inst = inst or self._briefing_body(title)
            if inst and inst.startswith(MAIN_MINISTRY):
                inst = self._main_ministry(inst, found)
            if inst:
                out.append(inst)
        return out

    def _force_after(self, i: int) -> str | None:
        """The branch of a country's forces named right after the country at token i ('Djiboutian armed forces',
        'the Kenyan police'), if any."""
        doc, j = self.m.doc, i + 1
        while j < len(doc) and j in self.m.country_at and self.m.country_at[j][0] is self.m.country_at[i][0]:
            j += 1
        j += j < len(doc) and doc[j].text in ("’s", "'s")  # "Senegal's armed forces spokesman"
        word = doc[j].lower_ if j < len(doc) else ""
        if word == "armed" and j + 1 < len(doc) and doc[j + 1].lower_ == "forces" or word == "forces":
            return "Army"
        return _FORCES.get(word)

    def _leader_owner(self, text: str, char: int) -> str | None:
        """Whose a post is when a leader's bare title owns it ('the prime minister's spokesman', 'the president's
        adviser'): the one person given that title, else the government the context gives it."""
        owner, start = title_before(text, self.m.gaz.titles)
        if owner is None or start > 0 and text[start - 1] not in " \n" or self._hint(owner) != "government" \
                or text[start:start + 1].isupper() and not text[:start].rstrip().lower().endswith("the"):
            return None  # (not 'Ruto's' nor 'President Ruto's': a named person, read apart)
        holders = {key for key, evidence in self.evidence.items()
                   if any(t is not None and t.lower() == owner.lower() for t, _i, _a in evidence)}
        if len(holders) == 1:
            return SPEAKERS + next(iter(holders))
        return self._context_institution(owner, self._token_at(char))

    def _owned_body(self, i: int, hi: int) -> Entity | None:
        """The body an institution at token i owns, named right after its possessive and before character hi
        ("the PLA's Western Theater Command")."""
        doc, j = self.m.doc, i
        while j < len(doc) and self.m.by_token.get(j) is self.m.by_token[i]:
            j += 1
        if j + 1 >= len(doc) or doc[j].text not in ("’s", "'s") or doc[j + 1].idx >= hi:
            return None
        owned = self.m.by_token.get(j + 1)
        return owned if owned is not None and owned.label == "Institution" else None

    def _area_portfolio(self, lo: int, hi: int, title: str) -> bool:
        """A minister 'for' a region, a people or a body ('Minister for Europe', 'for the Pacific', 'for European
        Union Affairs'), or a deputy prime minister for anything: a post in a government, not a ministry of its own."""
        return "prime minister" in title.lower() or any(
            t.ent_type_ in ("GPE", "LOC", "NORP") or t.i in self.m.country_at
            or t.ent_type_ == "ORG" and (e := self.m.by_token.get(t.i)) is not None and e.label == "Institution"
            for t in self.m.doc[self._token_at(lo):self._token_at(hi)])  # (not a portfolio the tagger took for
        # a body: 'Minister for Commerce and Labour')

    def _portfolio_after(self, text: str) -> str | None:
        """The kind of ministry a post's portfolio names ('Foreign Affairs' after 'Cabinet Secretary for')."""
        words = text.strip().removeprefix("the ").strip()
        cuts = [m.start() for m in re.finditer(r" of ", words)]  # 'Foreign Affairs and X of South Sudan'
        first = re.split(r",| and ", words[:cuts[0]] if cuts else words, maxsplit=1)[0].strip()
        plain = re.sub(r"(?i)^(\w+) affairs$", r"\1", first)  # 'Defence Affairs': the defence ministry's
        for probe in (words, *(words[:c] for c in reversed(cuts)), first, plain):  # 'Interior and Municipalities
            kind = self.m.gaz.ministry_kind(f"Ministry of {probe}") or self.m.gaz.ministry_kind(f"{probe} Ministry")
            if kind:
                return kind
        return None

    def _antecedent(self, k: int) -> str | None:
        """The institution (or country's government) a relative 'whose' at token k refers to: the one just before."""
        j = k - 1
        while j >= 0 and self.m.doc[j].text == ",":
            j -= 1
        if j < 0:
            return None
        if j in self.m.country_at:
            return self.m.registry.government(self.m.country_at[j][0], count=False).key
        entity = self.m.by_token.get(j)
        return entity.key if entity is not None and entity.label == "Institution" else None

    def _token_ending_at(self, char: int) -> Token | None:
        k = bisect_right(self._ends, char) - 1
        while k >= 0 and self.m.doc[k].is_space:
            k -= 1
        return self.m.doc[k] if k >= 0 and self._ends[k] >= char - 1 else None

    def _token_at(self, char: int) -> int:
        """The index of the token covering (or starting after) a character offset."""
        return min(bisect_right(self._ends, char), len(self.m.doc) - 1)

    def roles(self) -> list[tuple[Entity, str, Entity]]:
        """(person, title, institution) for every person, merging evidence from all mentions."""
        found = [inst for evidence in self.evidence.values() for _, inst, _ in evidence if inst]
        out = []
        for key, evidence in self.evidence.items():
            person = self.m.registry.get(key)
            bare = [inst for title, inst, _ in evidence if inst and title is None]
            named = {t.lower(): i for t, i, _ in evidence if t and i and not i.startswith("@")}
            seen = set()
            for title, inst, at in evidence:
                if title is None:
                    continue
                inst = self._main_ministry(inst, found) if inst and inst.startswith(MAIN_MINISTRY) else inst
                if inst and inst.startswith(SPEAKERS):  # "our", "the president's": the institution of that person
                    inst = next(iter(self._settled(inst[len(SPEAKERS):], found)), None)
                    own = self.m.registry.get(inst)
                    hit = self.m.gaz.country(own.country) if own is not None and own.kind == "ministry" \
                        and own.country and self._hint(title) == "government" else None
                    if hit is not None:  # 'our chargé d'affaires' of a ministry's spokesperson: the government's
                        inst = self.m.registry.government(hit.country, count=False).key
                if not inst and named:  # "Spokesman Kirby" after "State Department spokesman John Kirby"
                    inst = named.get(title.lower()) or (bare[0] if bare else None)
                    if inst is None:
                        continue
                inst = inst or (bare[0] if bare else None) or (self._framing(at) if at in self.framable else None)
                inst = inst or self._briefing_body(title)
                inst = self._main_ministry(inst, found) if inst and inst.startswith(MAIN_MINISTRY) else inst
                entity = self._commission(self.m.registry.get(inst), title)
                entity = self._counterpart_ministry(entity, title, at, found)
                inst = entity.key if entity else inst
                if entity is not None and entity.kind in ("government", "ministry") \
                        and normalise(title) in self.m.gaz.honorifics \
                        and self._hint(title) is None:
                    continue  # a rank alone ('Commander X') says nothing of a government post
                if person and entity and (title.lower(), inst) not in seen:
                    seen.add((title.lower(), inst))
                    if entity.kind == "ministry" and entity.country and self._serves_in(entity, title) \
                            and (hit := self.m.gaz.country(entity.country)):
                        self.named_by_title(entity, hit.country, title)  # however the ministry was found
                    out.append((person, title, entity))
        # 'Minister X' of a person named 'Foreign Minister' (or 'Minister of Interior') elsewhere: the bare
        # title adds nothing
        fuller = {(p.key, t.lower()) for p, t, _ in out}
        return [(p, t, e) for p, t, e in out
                if not any(k == p.key and (other.endswith(" " + t.lower()) or other.startswith(t.lower() + " of ")
                                           or other.startswith(t.lower() + " for ")) for k, other in fuller)]
