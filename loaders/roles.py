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

from dipgraph.loaders.entities import Entity
from dipgraph.loaders.gazetteer import Country
from dipgraph.loaders.mentions import TITLE_PREFIXES, Mentions


def find_roles(mentions: Mentions) -> list[tuple[Entity, str, Entity]]:
    """(person, title, institution) for every person of an article, merging evidence from all mentions."""
    finder = RoleFinder(mentions)
    for person, start, end in mentions.person_spans:
        finder.add(person, start, end)
    return finder.roles()


class RoleFinder:
    """Collects role evidence per person mention, then settles each person's roles."""

    def __init__(self, mentions: Mentions) -> None:
        self.m = mentions
        self.evidence: dict[str, list[tuple[str | None, str | None, int]]] = {}
        self._ends = [t.idx + len(t.text) for t in mentions.doc]

    def add(self, person: Entity, start: int, end: int) -> None:
        """Record what the words around one mention say about the person's role."""
        doc = self.m.doc
        evidence = self.evidence.setdefault(person.key, [])
        sent_start = self.m.sent(start).start_char
        before = self.m.text[sent_start:doc[start].idx]
        title, t_start = _title_before(before, self.m.gaz.titles)
        if title:
            qual_end = sent_start + t_start
            q = self._token_ending_at(qual_end)
            after_of = end + 1 if end + 1 < len(doc) and doc[end].lower_ == "of" else None
            if after_of is not None and after_of in self.m.country_at:  # "Foreign Minister X of Ukraine"
                inst = self._from_country(self.m.country_at[after_of][0], title)
            else:
                inst = self._institution_hint(q, title)
            evidence.append((title, inst, start))
        elif start >= 2 and doc[start - 1].text in ("’s", "'s") and (start - 2) in self.m.by_token:
            evidence.append((None, self.m.by_token[start - 2].key, start))
        elif before.rstrip().endswith(","):
            found = self._title_phrase(sent_start, before.rstrip()[:-1])
            if found:
                evidence.append((found[0], found[1], start))
        # apposition: "Name, the Deputy Foreign Minister," / "Name, spokesman for the UN"
        if end + 1 < len(doc) and doc[end].text == ",":
            sent_end = self.m.sent(end).end_char
            k = end + 1
            while k < len(doc) and doc[k].lower_ in ("the", "a", "an"):
                k += 1
            qualifier = None  # "Name, Ukraine's Deputy Defence Minister," / "Name, the Foreign Ministry spokeswoman"
            owner = None
            skipped = False
            while k < len(doc) and (k in self.m.country_at or doc[k].text in ("’s", "'s") or (
                    k in self.m.by_token and self.m.by_token[k].label == "Institution")):
                if k in self.m.by_token and self.m.by_token[k].label == "Institution":
                    owner = self.m.by_token[k].key
                elif k in self.m.country_at:
                    qualifier = self.m.country_at[k][0]
                skipped = True
                k += 1
            begin = doc[k].idx if skipped and k < len(doc) else doc[end].idx + 1
            after = self.m.text[begin:sent_end]
            title, t_end = _title_after(after, self.m.gaz.titles)
            if title:
                tail_start = begin + t_end
                tail = [t for t in doc[end + 1:self.m.sent(end).end] if t.idx >= tail_start]
                inst = owner or (self._from_country(qualifier, title) if qualifier is not None else None)
                tail = [] if inst else tail
                for t in tail:
                    if t.text in (",", ".", ";") or t.pos_ == "VERB":
                        break
                    if t.i in self.m.by_token and self.m.by_token[t.i].label == "Institution":
                        inst = self.m.by_token[t.i].key
                        break
                    if t.i in self.m.country_at:
                        inst = self._from_country(self.m.country_at[t.i][0], title)
                        break
                evidence.append((title, inst or self._context_institution(title, start), start))

    def _title_phrase(self, offset: int, text: str) -> tuple[str, str | None] | None:
        """'a spokesperson for the Kremlin' / 'the U.N. envoy for Yemen' / 'A Taliban spokesman' before a name."""
        m = re.search(r"\b(?:a|an|the)\s+([^,;:]{2,80})$", text, flags=re.I)
        if not m:
            return None
        phrase_start = offset + m.start(1)
        phrase = m.group(1)
        split = re.search(r"\s(?:for|of|at|to)\s", phrase)
        head = phrase[:split.start()] if split else phrase
        title, t_start = _title_before(head, self.m.gaz.titles)
        if not title or t_start + len(title) < len(head.rstrip()):
            return None
        ranges = [(phrase_start, phrase_start + t_start, True)]
        if split:
            ranges.append((phrase_start + split.end(), offset + len(text), False))
        for lo, hi, countries in ranges:
            for t in self.m.doc:
                if not lo <= t.idx < hi:
                    continue
                if t.i in self.m.by_token and self.m.by_token[t.i].label == "Institution":
                    return title, self.m.by_token[t.i].key
                if t.i in self.m.country_at and (countries or self.m.country_at[t.i][1] == "seat"):
                    return title, self._from_country(self.m.country_at[t.i][0], title)
        return title, None

    def _token_ending_at(self, char: int) -> Token | None:
        k = bisect_right(self._ends, char) - 1
        while k >= 0 and self.m.doc[k].is_space:
            k -= 1
        return self.m.doc[k] if k >= 0 and self._ends[k] >= char - 1 else None

    def _institution_hint(self, q: Token | None, title: str) -> str | None:
        """The institution a prenominal title belongs to, from the word before it or the context."""
        if q is not None:
            i = q.i - 1 if q.text in ("’s", "'s") else q.i
            if i in self.m.by_token and self.m.by_token[i].label == "Institution":
                entity = self.m.by_token[i]
                hint = self.m.title_hint(title)
                if hint and hint.startswith("ministry:") and entity.kind == "government" and entity.country:
                    country = next((c for c in self.m.gaz.countries.values() if c.name == entity.country), None)
                    if country:
                        return self.m.registry.ministry(country, hint.split(":")[1]).key
                return entity.key
            if i in self.m.country_at:
                return self._from_country(self.m.country_at[i][0], title)
        return self._context_institution(title, q.i if q is not None else 0)

    def _from_country(self, country: Country, title: str) -> str:
        hint = self.m.title_hint(title)
        if hint and hint.startswith("ministry:"):
            return self.m.registry.ministry(country, hint.split(":")[1]).key
        if hint == "military":
            gov = self.m.registry.government(country, count=False)
            return self.m.registry.add("Institution", f"{country.demonym} military", kind="military",
                                     country=country.name, parent=gov.key).key
        return self.m.registry.government(country, count=False).key

    def _context_institution(self, title: str, at: int) -> str | None:
        """The institution of a title with no qualifier: same-kind ministry, sentence country or main country."""
        hint = self.m.title_hint(title)
        if hint and hint.startswith("ministry:"):
            entity = self.m.last_ministry(at, hint.split(":")[1])
            if entity:
                return entity.key
        if hint is None:
            return None
        if hint == "org":
            orgs = [m.entity for m in self.m.mentions if m.start < at and m.entity.kind == "international_org"]
            return orgs[-1].key if orgs else None
        sent = self.m.sent(at) if at < len(self.m.doc) else None
        near = self.m.countries_between(sent.start, at) if sent is not None else []
        country = near[-1] if near else (self.m.dominant[0] if self.m.dominant else None)
        return self._from_country(country, title) if country else None

    def roles(self) -> list[tuple[Entity, str, Entity]]:
        """(person, title, institution) for every person, merging evidence from all mentions."""
        out = []
        for key, evidence in self.evidence.items():
            person = self.m.registry.get(key)
            bare = [inst for title, inst, _ in evidence if inst and title is None]
            seen = set()
            for title, inst, _ in evidence:
                if title is None:
                    continue
                inst = inst or (bare[0] if bare else None)
                entity = self.m.registry.get(inst)
                if person and entity and (title.lower(), inst) not in seen:
                    seen.add((title.lower(), inst))
                    out.append((person, title, entity))
        return out

    # --- resolution ----------------------------------------------------------------------------


def _title_before(text: str, titles: dict[str, str | None]) -> tuple[str | None, int]:
    """The longest job title the text ends with, and where it starts."""
    low = text.rstrip().lower()
    for title in sorted(titles, key=len, reverse=True):
        for prefix in (*TITLE_PREFIXES, ""):
            form = prefix + title
            if low.endswith(form):
                start = len(low) - len(form)
                if start == 0 or not low[start - 1].isalnum():
                    return text[start:len(low)], start
    return None, 0


def _title_after(text: str, titles: dict[str, str | None]) -> tuple[str | None, int]:
    """The longest job title at the start of an apposition (after 'the'/'a'), and where it ends."""
    m = re.match(r"\s*(?:the |a |an )?", text, flags=re.I)
    offset = m.end() if m else 0
    low = text[offset:].lower()
    for title in sorted(titles, key=len, reverse=True):
        for prefix in (*TITLE_PREFIXES, ""):
            form = prefix + title
            if low.startswith(form) and (len(low) == len(form) or not low[len(form)].isalnum()):
                return text[offset:offset + len(form)], offset + len(form)
    return None, 0
