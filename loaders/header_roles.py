"""Roles a briefing transcript's header gives: 'Press Briefing by Spokesperson X', 'Tena X, Spokesperson', 'the
spokesman of the Malian Armed Forces, Colonel A B' (a mixin of ``RoleFinder``, roles.py), for people its turns
name ('SPOKESPERSON X:')."""

from __future__ import annotations

import re
from collections.abc import Callable

from dipgraph.graph.model import normalise
from dipgraph.loaders.entities import Entity
from dipgraph.loaders.mentions import Mentions
from dipgraph.loaders.title_text import is_rank, title_after, title_before

_PARTICLES = {"al", "el", "ad", "as", "ash", "at", "az", "abu", "bin", "ibn"}  # written lower-case before a hyphen
_COURTESY = {"ambassador"}  # a career diplomat's rank, kept as a form of address: 'Spokesperson: Ambassador X'


def _as_written(surname: str) -> str:
    """A pattern for a surname from a turn's label as a header may write it: a particle before a hyphen in either
    case ('Al-Omari' or 'al-Omari')."""
    particle, hyphen, rest = surname.partition("-")
    if hyphen and particle.lower() in _PARTICLES:
        return rf"(?P<sur>(?:{particle}|{particle.lower()})-{re.escape(rest)})"
    return rf"(?P<sur>{re.escape(surname)})"


class HeaderRoles:
    """Titles a transcript's header gives the people who speak in it (mixed into ``RoleFinder``)."""

    m: Mentions
    evidence: dict[str, list[tuple[str | None, str | None, int]]]
    _token_at: Callable[[int], int]
    _without_ranks: Callable[[str], str]
    _title_phrase: Callable[[int, str], tuple[str, str | None] | None]
    add: Callable[[Entity, int, int], None]

    def headline_titles(self) -> None:
        """A title before a person's name in the headline ('Press Briefing by Spokesperson X'), for a person
        the body names too."""
        head = self.m.text[:self.m.body_start]
        if self.m.turns:  # a transcript's header runs to its first turn ('Spokesperson: Nadia Rahman')
            head = self.m.text[:max(len(head), self.m.text.rfind("\n", 0, self.m.turns[0].start) + 1)]
        if not head.strip():
            return
        for surname in {t.label.split()[-1] for t in self.m.turns if t.label}:  # 'SPOKESPERSON RAHMAN:' turns
            # the words before it, and a last name after it that ends the line or phrase ('Jean-Pierre Mbuyi Kalala')
            written = _as_written(surname.title())  # 'AL-OMARI:' is 'al-Omari' too
            found = re.search(rf"((?:[A-Z][\w'’-]+ ){{1,3}}){written}"
                              rf"(?: (?P<last>[A-Z][\w'’-]+)(?=[,;\n]|$))?(?!\w)", head) \
                or re.search(rf"(?<![\w'’-])(){written} (?P<last>[A-Z][\w'’-]+)(?=[,;\n]|$)", head)
            # (or the family name first, the given name after it: 'Briefer: Koo Min-seo, Spokesperson')
            caps = re.search(rf"(?<!\w){re.escape(surname.upper())} ([A-Z][a-z]+)(?!\w)", head)
            if not found and caps and title_before(head[:caps.start()], self.m.gaz.titles)[0]:
                # 'Press Secretary SATO Kenji': the family name first, in capitals
                self.m.registry.add("Person", f"{caps.group(1)} {surname.title()}", count=False)
            if not found:
                continue
            words, start = found.group(1).split(), found.start()
            last = found.group("last") if found.group("last") and not self.m.is_title_word(found.group("last")) \
                and self.m.gaz.country(found.group("last")) is None else ""  # (not the next line's place: 'Yerevan')
            while words and (self.m.is_title_word(words[0]) or normalise(words[0]) in self.m.gaz.honorifics):
                start += len(words.pop(0)) + 1  # 'Spokesperson Nadia Rahman', 'Colonel Ali Keita'
            portfolio = self._portfolio_words(head[:start], words)  # 'Minister for Justice Anders Liden'
            start += sum(len(w) + 1 for w in words[:portfolio or 0])
            words = words[portfolio or 0:]
            titled_after = head[found.end():found.end() + 2] == ", " \
                and title_after(head[found.end() + 2:found.end() + 80], self.m.gaz.titles)[0]  # 'X Y, Spokesperson'
            ranked = start > found.start() and head[:found.start()].rstrip().endswith(",")  # '..., Colonel X Y'
            titled_before = self._label_title(head, start)[0] or title_before(
                head[:start].rstrip().removesuffix(","), self.m.gaz.titles)[0]  # 'Spokesperson: Ms X', 'Minister, X'
            if (words or last) and (titled_before or titled_after or ranked or portfolio is not None):
                # ('Deputy Director-General Huang Chih-wei': the family name first, the given name after it)
                person = self.m.registry.add("Person", " ".join([*words, found.group("sur"), last]).strip(),
                                             count=False)
                lone = self.m.registry.get(Entity("Person", surname.title()).key)
                if lone is not None and lone is not person:  # 'Colonel Traoré' named in full in the header
                    self.m.merge_into(lone, person)
                    self.evidence.setdefault(person.key, []).extend(self.evidence.pop(lone.key, []))
                owner = self._token_at(found.start())
                owned = any(i in self.m.country_at for i in (owner - 1, owner))
                if portfolio is not None or titled_before and owned:  # the title, its portfolio or owner before
                    # the name, read as in any sentence ('Minister for Justice X Y', 'Syrian Interior Minister X Y')
                    self.add(person, self._token_at(start), self._token_at(found.end() - 1) + 1)
        self._label_titles()
        for person in self.m.registry.of_label("Person"):
            for form in dict.fromkeys((person.name, person.name.split()[-1])):
                # as written, or in capitals ('Press Secretary SATO Kenji'); after a header's 'Spokesperson:'
                found = re.search(rf"(?<!\w)(?:{re.escape(form)}|{re.escape(form.upper())})(?!\w)", head)
                title, labelled = self._label_title(head, found.start()) if found else (None, False)
                body = None
                if found and not title and head[found.end():found.end() + 2] == ", ":
                    title, t_end = title_after(head[found.end() + 2:found.end() + 80], self.m.gaz.titles)
                    body = self._listed_body(head, found.end() + 2 + t_end) if title else None
                if found and title:
                    at = self._token_at(found.start())
                    evidence = self.evidence.setdefault(person.key, [])
                    if labelled:  # the form of address before the name is no post of its own here
                        evidence[:] = [e for e in evidence if e[2] != at or (e[0] or "").lower() not in _COURTESY]
                    evidence.append((title, body, at))
                    break
                pre = self._without_ranks(head[:found.start()]).rstrip() if found else ""
                if pre.endswith(",") and (phrase := self._title_phrase(0, pre[:-1])) is not None:
                    # 'and the spokesman of the Malian Armed Forces, Colonel X Y': that title and institution
                    self.evidence.setdefault(person.key, []).append((*phrase, self._token_at(found.start())))
                    break

    def _portfolio_words(self, before: str, words: list[str]) -> int | None:
        """How many of the capitalised words before a name end the portfolio of a title in the text before them
        ('Minister for' + 'Justice' before 'Anders Liden'), if a ministerial title with a portfolio comes first."""
        for k in range(len(words) - 1, -1, -1):
            text = before + "".join(f"{w} " for w in words[:k])
            found = re.search(r"\b(?:minister|secretary) (?:for|of) ((?:[A-Z][\w'’-]+ )+)$", text, flags=re.I)
            if found and self.m.gaz.ministry_kind(f"Ministry of {found.group(1).strip()}"):
                return k
        return None

    def _label_title(self, head: str, start: int) -> tuple[str | None, bool]:
        """The title before a name at character start of a header, after a label ('Spokesperson: X'), and whether
        it is the label's own, with only ranks or forms of address between ('Spokesperson: Ambassador X')."""
        line = head[head.rfind("\n", 0, start) + 1:start]
        label, colon, between = line.partition(":")
        if colon and between.split() and all(is_rank(w, self.m.gaz.honorifics) or w.lower() in _COURTESY
                                             for w in between.split()):
            title, t_start = title_before(label, self.m.gaz.titles)
            if title and t_start == 0 and len(title) == len(label.strip()):
                return title, True
        return title_before(head[:start].rstrip().removesuffix(":"), self.m.gaz.titles)[0], False

    def _listed_body(self, head: str, end: int) -> str | None:
        """The body a header's list names after a title, last in its item ('X, Chair, National Nuclear
        Commission;', 'X, Director General, Communications, Global Affairs Canada'): an institution named by the
        item's last part, whole."""
        item = head[end:end + re.search(r"[;\n]|$", head[end:]).start()].rstrip()
        if not item.startswith(", "):
            return None
        part = item[item.rfind(",") + 1:]
        first = self.m.by_token.get(self._token_at(end + len(item) - len(part.lstrip())))
        entity = first if first is self.m.by_token.get(self._token_at(end + len(item) - 1)) else None
        entity = entity or self.m.registry.get(Entity("Institution", part.strip()).key)  # (tagged in the body only)
        return entity.key if entity is not None and entity.label == "Institution" else None

    def _label_titles(self) -> None:
        """A title a turn's label gives before a full name ('OFFICIAL SPOKESPERSON SHRI A B:'), its honorifics off:
        the person (named so only there, too) holds it."""
        for start, end in self.m.labels:
            words = self.m.text[start:end].strip().rstrip(":").split()
            for k in range(len(words) - 2, 0, -1):
                names, pre = words[k:], words[:k]
                if len(names) > 3 or any(normalise(w) in self.m.gaz.honorifics or self.m.is_title_word(w)
                                         or not w[:1].isalpha() for w in names):
                    break
                while pre and normalise(pre[-1]) in self.m.gaz.honorifics:
                    pre.pop()
                text = " ".join(pre).title()
                title, t_start = title_before(text, self.m.gaz.titles)
                if title and pre and t_start + len(title) == len(text):
                    name = " ".join(w.title() if w.isupper() else w for w in names)
                    person = self.m.registry.get(Entity("Person", name).key) \
                        or self.m.registry.add("Person", name, count=False)
                    if not self.evidence.get(person.key):
                        self.evidence.setdefault(person.key, []).append((title, None, self._token_at(start)))
                    break
