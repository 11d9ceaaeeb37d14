"""Where a role's institution comes from when its title does not say: the country or body a sentence,
paragraph, briefing or summons frames, a region's own government, the United Nations for its posts.

A mixin of ``RoleFinder`` (roles.py), with the mentions and the role evidence it holds.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable

from spacy.tokens import Token

from dipgraph.graph.model import normalise
from dipgraph.loaders.clause_dates import clause_verb
from dipgraph.loaders.entities import Entity
from dipgraph.loaders.gazetteer import Country
from dipgraph.loaders.mentions import SPEAKING_VERBS, Mentions
from dipgraph.loaders.names import SUBJECT_DEPS
from dipgraph.loaders.text import Turn, find_turns
from dipgraph.loaders.title_text import PORTFOLIO, PORTFOLIO_ENDS, title_after

POSSESSIVE_PRONOUNS = {"its", "their", "his", "her"}
# a post 'of'/'for' the Secretary-General (of the UN, unless another body is named): the United Nations'
SECRETARY_GENERALS = re.compile(r"\s(?:of|for|to) the (?:UN |U\.N\. |United Nations )?Secretary[- ]General\b(?!'|’)",
                                re.I)
_STATE_FOR = re.compile(r"\b(?:minister\s+of\s+state|state\s+minister)\s+for\s+(?:the\s+)?(.+)$", re.I)
PORTFOLIO_AFTER = re.compile(r"\b(?:minister|secretary)\s+(?:of|for)\s+(?:the\s+)?(.+)$", re.I)
SPEAKERS = "@speaker:"  # "our" in a briefing turn: the speaker's institution, settled with the roles
MAIN_MINISTRY = "@main-ministry"  # a header's bare "Department Spokesperson", settled once all roles are known
_ADVISER = re.compile(r"^([A-Za-z]{4,} affairs) advis[eo]r$", re.I)  # 'foreign affairs adviser'
_PLAIN_PORTFOLIO = re.compile(r"[A-Za-z]{3,}(?:(?:,| and|, and)? [A-Za-z]{3,}){0,5}")  # 'lands, water and energy'
_NOT_PORTFOLIOS = {"state", "the", "foreign", "national"}  # 'Minister of State for ...' names no portfolio
_REGION_HEADS = ("chief minister", "governor", "premier", "menteri besar")  # a region's head of government
_SUMMONS = {"summon", "expel"}  # done to a foreign diplomat
_SPOKES = re.compile(r"spokes|press secretary", re.I)  # who speaks for the body holding a briefing
_MINISTER_OF = re.compile(r"\bminister (?:of|for) ((?:the )?[A-Z][\w ,]+)$", re.I)  # 'Minister of Interior'
_UN_BODY = re.compile(r"(?:UN|U\.N\.|United Nations) ")  # 'U.N. Peacekeeping Force in Cyprus'
_JUNIOR_MINISTERS = {"minister of state", "state minister"}  # serving in a ministry, when the context names one
_MINISTERS_OWNERS = {"government", "military", "police"}  # what a minister of a country is named after
_LEGISLATURES = re.compile(r"\b(?:Parliament|National Assembly|House of Representatives|Congress|Senate|Knesset|"
                           r"Duma|Majlis|Folketing|Storting|Riksdag|Sejm|Rada|Bundestag)\b")
_DIPLOMATS = {"envoy", "ambassador", "consul", "chargé", "charge", "diplomat"}
_ROUTE_WORDS = {"from", "into", "across", "inside", "through", "towards", "toward"}
_DEMANDS = {"must", "should", "ought"}  # what a side is told to do: the other side's
_THREATENED = {"pay", "face", "regret", "suffer", "answer", "bear", "lose"}  # what a side is warned of: the other's
_OWN_POSTINGS = {"appoint", "recall", "name", "nominate", "instruct", "send", "dispatch", "withdraw", "order",
                 "promote", "designate", "summon"}  # what a country does to its own diplomat (summoning: see _summoned)


class RoleContext:
    """The institutions a title's context implies (mixed into ``RoleFinder``)."""

    m: Mentions
    evidence: dict[str, list[tuple[str | None, str | None, int]]]
    framable: set[int]
    _countries: list[int]
    _turns: list[Turn] | None
    _portfolio_after: Callable[[str], str | None]

    def _hint(self, title: str) -> str | None:
        """What a title implies about its institution: the lexicon, or the portfolio of 'Infrastructure Minister'."""
        hint = self.m.title_hint(title)
        if (m := _STATE_FOR.search(title)) and (kind := self._portfolio_after(m.group(1))):
            return f"ministry:{kind}"  # 'Minister of State for Foreign Affairs': a junior minister of that ministry
        if hint is None and (m := PORTFOLIO_AFTER.search(title)) and (kind := self._portfolio_after(m.group(1))):
            return f"ministry:{kind}"  # 'Secretary of Foreign Affairs', 'Vice-Minister for Foreign Affairs'
        if (m := PORTFOLIO_AFTER.search(title)) and m.group(0).lower().startswith("minister") \
                and _PLAIN_PORTFOLIO.fullmatch(m.group(1)) and m.group(1).split()[0].lower() not in _NOT_PORTFOLIOS:
            return f"ministry:{m.group(1).lower()}"  # 'minister of water and energy': a portfolio no list has
        if hint is None and (m := _ADVISER.search(title)) \
                and (kind := self.m.gaz.ministry_kind(f"Ministry of {m.group(1).title()}")):
            return f"ministry:{kind}"  # "Bangladesh's foreign affairs adviser": a cabinet post of that ministry
        if hint is None and (m := PORTFOLIO.search(title)):
            known = self.m.title_hint(f"{m.group(1)} minister")  # 'Interior Cabinet Secretary': the interior minister's
            if known and known.startswith("ministry:"):
                return known
            if m.group(1).lower() not in self.m.title_words or m.group(1).title() in PORTFOLIO_ENDS:
                joint = " and " in m.group(1).lower()  # 'Energy and Mines Minister': the body finder's ministry
                return f"ministry:{self.m.portfolio_kind(m.group(1)) if joint else m.group(1).lower()}"
                # ('Security Minister', though 'security' opens titles too)
        return hint

    def _government_at(self, i: int) -> Country | None:
        """The country whose government is named at token i, if one is ('the UAE', tagged as its government)."""
        entity = self.m.by_token.get(i)
        if entity is None or entity.label != "Institution" or entity.kind != "government" or not entity.country:
            return None
        hit = self.m.gaz.country(entity.country)
        return hit.country if hit is not None else None

    def _ministerial(self, title: str) -> bool:
        """Whether a title is a minister's of a ministry ('armed forces minister'), served in that ministry."""
        return (self._hint(title) or "").startswith("ministry:")

    def _institution_hint(self, q: Token | None, title: str, at: int) -> str | None:
        """The institution of a title before the name at token at, from the word before the title or the context."""
        if q is not None:
            if (country := self._counterpart_before(q)) is not None:
                return self._from_country(country, title)  # 'his Indian counterpart, External Affairs Minister X'
            if q.lower_ in POSSESSIVE_PRONOUNS:  # "In a statement, its adviser X said"
                owner = self._owner(q.i)
                if owner:
                    return self._fit(owner, title)
            i = self._qualifier_token(q)
            if i in self.m.by_token and self.m.by_token[i].label == "Person":
                self.framable.add(at)  # "the president's spokesman X": the president's institution, else the frame's
                return SPEAKERS + self.m.by_token[i].key
            if i in self.m.by_token and self.m.by_token[i].label == "Institution":
                return self._fit(self.m.by_token[i].key, title)
            if i in self.m.country_at:
                return self._from_country(self.m.country_at[i][0], title)
            if key := self._noun_owner(self.m.doc[i]):
                return key
            if (region := self._region_named(q)) is not None:
                return region.key  # 'Tamil Nadu Chief Minister X': the region's own government
            if self.m.doc[i].lower_ == "government" and (country := self._sentence_country(i)):
                gov = self.m.registry.government(country, count=False)  # 'government spokeswoman X'
                return self._fit(gov.key, title)
        if self.m.turns and self.m.doc[at].idx < self.m.turns[0].start and _SPOKES.search(title) \
                and (body := self._briefing_body(title)) is not None:
            return body  # 'Moderator: Press Secretary X' in a transcript's header: the body holding the briefing
        return self._context_institution(title, q.i + 1 if q is not None else self.m.sent(at).start,
                                         framable=at in self.framable)

    def _counterpart_before(self, q: Token) -> Country | None:
        """The country of a counterpart a title stands in apposition to, q being the comma between them ('spoke
        with his Japanese counterpart, Defence Minister X'): the title is that country's."""
        if q.text != "," or not q.i:
            return None
        c = self.m.doc[q.i - 1]
        if c.lemma_ != "counterpart":
            return None
        return next((self.m.country_at[x.i][0] for x in c.children if x.i in self.m.country_at), None)

    def _fit(self, key: str, title: str) -> str:
        """A government (or its forces) named as a ministerial title's owner becomes that ministry ("Kosovo's foreign
        minister", "Senegal's armed forces minister")."""
        entity = self.m.registry.get(key)
        hint = self._hint(title)
        if hint and hint.startswith("ministry:") and self.m.registry.own_government(entity):
            return self.m.registry.body_ministry(entity, hint.split(":")[1]).key  # 'the GNU's defence minister'
        if entity is not None and hint and hint.startswith("ministry:") and entity.kind in _MINISTERS_OWNERS \
                and entity.country:  # ('Senegal's armed forces minister': the country's ministry, not its forces)
            country = next((c for c in self.m.gaz.countries.values() if c.name == entity.country), None)
            if country:
                return self.m.registry.ministry(country, hint.split(":")[1]).key
        return key

    def _region_named(self, q: Token) -> Entity | None:
        """The government of a region a title follows ('Tamil Nadu Chief Minister'), where the story names it as a
        region elsewhere ('the state of Tamil Nadu')."""
        if q.pos_ != "PROPN" or not q.text[:1].isupper():
            return None
        j = q.i
        while j > 0 and self.m.doc[j - 1].pos_ == "PROPN" and self.m.doc[j - 1].text[:1].isupper():
            j -= 1
        name = self.m.doc[j:q.i + 1].text
        place = next((p for p in self.m.registry.of_label("Place") if p.kind != "country" and p.name == name), None)
        if place is None or not self.m.doc[q.i + 1:q.i + 3].text.lower().startswith(_REGION_HEADS):
            return None
        return self.m.registry.add("Institution", f"{name} government", kind="government", country=place.country)

    def _noun_owner(self, t: Token) -> str | None:
        """The institution a common noun before a title stands for: 'the group's spokesman' (the armed group
        last named), 'Council spokesman' (the council last named)."""
        if t.i in self.m.by_token or t.i in self.m.country_at:
            return None
        low = t.lower_
        if t.is_lower and t.pos_ == "NOUN" and low != "government" \
                and (low in self.m.gaz.called_nouns or low in self.m.gaz.head_nouns) \
                and (called := self.m.called(low, t.i)) is not None:
            return called.key  # "the alliance's spokeswoman", "the mission's head"
        if low in self.m.gaz.group_anaphora or low in self.m.gaz.ministry_anaphora or (
                low in self.m.gaz.government_nouns and low != "government"):
            found = [e for e in self.m.resolve(t, conj=False) if e.label == "Institution"]
            if found:
                return found[0].key
        if t.is_title and t.pos_ in ("NOUN", "PROPN"):
            for m in reversed(self.m.mentions_between(max(0, t.i - 2000), t.i)):
                e = m.entity
                if e.label == "Institution" and len(e.name.split()) > 1 and e.name.split()[-1] == t.text:
                    return e.key
        return None

    def _qualifier_token(self, q: Token) -> int:
        """The token that says whose a prenominal title is: the word before it, or an institution or country
        a few modifiers further left in the same noun phrase ('EU foreign policy chief', "Egypt's intelligence
        chief")."""
        i = q.i - 1 if q.text in ("’s", "'s") else q.i
        lo = self.m.sent(i).start
        j = i
        while j >= lo and i - j < 4 and (self.m.doc[j].pos_ in ("NOUN", "PROPN", "ADJ")
                                         or self.m.doc[j].text in ("’s", "'s")):
            if j in self.m.by_token and self.m.by_token[j].label != "Place" or j in self.m.country_at \
                    or self._noun_owner(self.m.doc[j]):
                return j
            j -= 1
        return i

    def _united_nations(self) -> str:
        """The United Nations (a node only if a role needs it)."""
        return self.m.registry.add("Institution", "United Nations", kind="international_org", count=False).key

    def _from_country(self, country: Country, title: str) -> str | None:
        hint = self._hint(title)
        if hint == "un":  # 'the Resident Coordinator for Chad' serves the UN there
            return self._united_nations()
        if hint and hint.startswith("ministry:"):
            return self.titled_ministry(country, hint.split(":")[1], title)
        if hint == "military":
            return self.m.armed_force(country, "Army").key  # one name for a country's armed forces everywhere
        if hint and hint.startswith("legislature:"):  # 'a former senator': the country's Senate
            named = next((e for e in self.m.registry.of_label("Institution") if e.country in (None, country.name)
                          and _LEGISLATURES.search(e.name) and e.kind in ("legislature", "organisation", "agency")),
                         None)  # the chamber the story names ('told the House of Representatives')
            if named is not None or not hint.split(":")[1]:
                return named.key if named is not None else None  # ('opposition leader': only a named one)
            return self.m.body_of(country, hint.split(":")[1]).key
        return self.m.registry.government(country, count=False).key

    def titled_ministry(self, country: Country, kind: str, title: str) -> str:
        """A country's ministry of a kind, for a minister's title, also named in the title's words ('Minister of
        Interior': '<Nigerien> Ministry of Interior'; 'defence minister': '<Nigerien> Defence Ministry')."""
        ministry = self.m.registry.ministry(country, kind)  # (both spellings of a defence ministry: Registry.ministry)
        self.named_by_title(ministry, country, title)
        return ministry.key

    def named_by_title(self, ministry: Entity, country: Country, title: str) -> None:
        """A country's ministry also named in the words of a minister's title ('Minister of Trade and Industry':
        '<Ghanaian> Ministry of Trade and Industry'; 'Energy and Natural Resources Minister': both words)."""
        named = _MINISTER_OF.search(title)
        joint = PORTFOLIO.search(title)
        names = [f"Ministry of {named.group(1)}"] if named else []
        if joint and " and " in joint.group(1).lower():
            names += [f"Ministry of {joint.group(1)}", f"{joint.group(1)} Ministry"]
        if ministry.name.startswith(f"{country.prefix} "):
            for name in names:
                self.m.registry.ministry_named(ministry, country, name)

    def _context_institution(self, title: str, at: int, framable: bool = False) -> str | None:
        """The institution of a title with no qualifier (at: where the title starts), as ``_context_guess``
        finds it; a president or prime minister guessed to be of a country whose system has no such post is of
        the story's other main country, when that one has it ('President X' in a story of Kiribati and
        Australia)."""
        found = self._context_guess(title, at, framable)
        post = title.lower()
        entity = self.m.registry.get(found)
        country = self.m.gaz.country(entity.country) if entity is not None and entity.country else None
        if post not in ("president", "prime minister") or country is None \
                or post not in self.m.gaz.lacks.get(country.country.code, set()):
            return found
        other = next((c for c in self.m.main[:2] if c is not country.country), None)
        if other is None or post in self.m.gaz.lacks.get(other.code, set()):
            return found
        return self._from_country(other, title) or found

    def _context_guess(self, title: str, at: int, framable: bool = False) -> str | None:
        """For a bare ministerial title the government or same-kind ministry of its frame, else a same-kind
        ministry named before, a country named before it in the sentence that is no other title's, or the main
        country."""
        hint = self._hint(title)
        if (bound := self.m.gaz.country_by_code(self.m.gaz.title_bound.get(title.lower()))) is not None:
            return self._from_country(bound, title)  # 'Deputy Secretary of State X': the US's wherever datelined
        if title.lower() == "minister" and framable and self.m.turns \
                and (body := self.m.registry.get(self._briefing_body("spokesperson"))) is not None \
                and body.kind == "ministry":
            return body.key  # 'Minister X has asked ...' in a ministry's briefing: its minister
        if framable and hint in ("government", "ministry:foreign", "ministry:defense") \
                and (asked := self._counterpart_asked(at)) is not None:
            return self._from_country(asked, title)  # 'to speak to his Serbian counterpart? ... Foreign Minister X'
        if title.lower().startswith(("provincial ", "regional ")) \
                and (area := self._area_before(at, "province" if title.lower().startswith("prov") else "region")):
            return area  # 'detained in Kampot province ... the provincial governor, X': Kampot's administration
        if (led := self._delegation_country(at)) is not None:
            return self._from_country(led, title)  # 'a Myanmar team headed by Deputy Foreign Minister X': Myanmar's
        diplomat = bool(_DIPLOMATS & set(title.lower().split()) or "high commissioner" in title.lower())
        if diplomat and not self._summoned(at) and "special" not in title.lower() \
                and (host := self._host_country(at)) is not None:
            return self._from_country(next(c for c in self.m.main[:2] if c is not host), title)
        if diplomat and self._summoned(at):
            if (host := self._host_country(at, summoned=True)) is not None:  # 'The Foreign Ministry said it had
                return self._from_country(next(c for c in self.m.main[:2] if c is not host), title)  # summoned X'
            sent = self.m.sent(at)
            later = self._countries[bisect_left(self._countries, at):bisect_left(self._countries, sent.end)]
            away = [self.m.country_at[i][0] for i in later if self.m.country_at[i][0] is not self.m.home_party
                    and self.m.doc[i].dep_ in ("nsubj", "nsubjpass")]  # not 'a breach of British sovereignty'
            if away:  # 'summoned Ambassador X and demanded that China withdraw': China's envoy
                return self._from_country(away[0], title)
            other = next((c for c in self.m.main[:2] if c is not self.m.home_party), None)
            if self.m.home_party is not None and other is not None:  # else the other side's, of the story's two
                return self._from_country(other, title)
        if hint and hint.startswith("ministry:") and framable and (opener := self.m.frame_country(at, subjects=False)):
            return self._from_country(opener, title)  # 'In Lima, he met Foreign Minister X': Peru's
        if hint and hint.startswith("ministry:") and framable and (frame := self._framing(at)):
            entity = self.m.registry.get(frame)
            if entity is not None and entity.kind == "government":
                return self._fit(frame, title)  # "The United States welcomed it. Assistant Secretary of State X"
            if entity is not None and self.m.ministry_kind.get(frame) == hint.split(":")[1]:
                return frame
        if hint and (hint.startswith("ministry:") or hint == "government") and framable \
                and not _DIPLOMATS & set(title.lower().split()) and (there := self.m.speaks_in(at)) is not None:
            return self._from_country(there, title)  # 'Foreign Minister X told reporters in Lima': Peru's
        if hint and hint.startswith("ministry:") and framable and not _DIPLOMATS & set(title.lower().split()):
            home = self.m.home_party
            country = self.m.frame_country(at, self._people_countries(), home is None)
            if country is not None:  # 'Iran condemned it. Defence Minister X said': Iran's
                return self._from_country(country, title)
            if home is not None and not self._near_countries(at):
                return self._from_country(self._reported_side(at) or home, title)  # else a minister of the dateline's
                # (or briefing's) country, unless what he says his side will do names it ('said Dakar would post')
        if hint and hint.startswith("ministry:"):
            entity = self.m.last_ministry(at, hint.split(":")[1])
            if entity:
                return entity.key
        if hint == "government" and framable and title.lower() in _JUNIOR_MINISTERS:
            sent = self.m.sent(at)  # 'Qatar's Foreign Ministry said ... Minister of State X': a junior minister there
            frame = self.m.registry.get(self._framing(at))
            named = [m.entity for m in self.m.mentions_between(sent.start, at) if m.entity.kind == "ministry"]
            ministry = frame if frame is not None and frame.kind == "ministry" else (named[-1] if named else None)
            if ministry is not None:
                return ministry.key
        if hint == "government" and framable and not _DIPLOMATS & set(title.lower().split()) \
                and (frame := self._framing(at)) \
                and (entity := self.m.registry.get(frame)) is not None and entity.country \
                and (country := self.m.gaz.country(entity.country)) is not None:
            # "Japan's Defence Ministry said ... Chief Cabinet Secretary X told": the frame's government
            return self.m.registry.government(country.country, count=False).key
        if hint is None:
            return None
        if hint == "military" and framable:  # 'According to the National Defence Force, ... . Army spokesman X'
            forces = [m.entity for m in self.m.mentions_between(max(0, at - 400), at) if m.entity.kind == "military"]
            if forces:
                return forces[-1].key
        if hint == "un":
            return self._united_nations()
        if hint == "org":
            orgs = [m.entity for m in self.m.mentions if m.start < at and m.entity.kind == "international_org"]
            if orgs and "special" in title.lower() and any(_UN_BODY.match(n) for n in (orgs[-1].name,
                                                                                       *orgs[-1].aliases)):
                return self._united_nations()  # a UN mission's Special Representative is the Secretary-General's
            return orgs[-1].key if orgs else None
        sent = self.m.sent(min(at, len(self.m.doc) - 1))
        near = [i for i in self._near_countries(at) if not self._names_other_body(i)]
        later = self._countries[bisect_left(self._countries, at):bisect_left(self._countries, sent.end)]
        if near:
            country = self.m.country_at[near[-1]][0]
        elif hint.startswith("legislature:") and later:  # 'Senator X said the United States would act'
            country = self.m.country_at[later[0]][0]
        else:  # 'Prime Minister X called the Turkish president': not Turkey's, the main country that is not
            # (not 'the Kazakh president's office said': whose office, the president named before)
            others = {self.m.country_at[i][0] for i in later if self._qualifies_title(i) and not self._owns_body(i)}
            # a minister named by portfolio alone is the dateline country's; an envoy there is usually a visitor
            mains = self.m.main if hint.startswith("ministry:") and not _DIPLOMATS & set(title.lower().split()) \
                else self.m.dominant
            if hint == "government" and not _DIPLOMATS & set(title.lower().split()) and self.m.home_party \
                    and self._opens_sentence(at):  # 'Prime Minister X, speaking ...' opening a sentence of a story
                mains = [self.m.home_party, *mains]  # datelined in a party's capital: that party's
            if diplomat and self.m.home_party is not None:  # an envoy in a story datelined in his host's capital
                mains = [*(c for c in mains if c is not self.m.home_party), self.m.home_party]
            country = next((c for c in mains if c not in others), None)
        return self._from_country(country, title) if country else None

    def _counterpart_asked(self, at: int) -> Country | None:
        """The country of a counterpart spoken of, unnamed, in the three sentences before token at ('Will the
        minister call his Serbian counterpart?'), whom a title named next is likely to be."""
        sent = self.m.sent(at)
        lo, back = sent.start, 0
        while lo > 0 and back < 3:  # (a turn's label and blank lines are sentences of the parse too)
            before = self.m.sent(lo - 1)
            lo, back = before.start, back + (sum(t.is_alpha for t in before) > 2)
        for t in self.m.doc[lo:sent.start]:
            if t.lemma_ == "counterpart" and any(c.lower_ in ("his", "her", "their") for c in t.children) \
                    and not any(c.dep_ == "appos" or c.ent_type_ == "PERSON" for c in t.children) \
                    and not (t.i + 1 < len(self.m.doc) and self.m.doc[t.i + 1].ent_type_ == "PERSON"):
                return next((self.m.country_at[c.i][0] for c in t.children if c.i in self.m.country_at), None)
        return None

    def _area_before(self, at: int, area: str) -> str | None:
        """The administration of the province (or region) named last before token at ('in Kampot province'):
        '<Kampot> provincial administration', a government body of the story's own country."""
        doc = self.m.doc
        noun = next((t for t in reversed(doc[max(0, at - 400):at]) if t.lower_ == area
                     and t.i and doc[t.i - 1].pos_ == "PROPN" and doc[t.i - 1].text[:1].isupper()), None)
        if noun is None:
            return None
        e, s = noun.i, noun.i - 1
        while s > 0 and doc[s - 1].pos_ == "PROPN" and doc[s - 1].text[:1].isupper() and s - 1 not in self.m.country_at:
            s -= 1  # 'Svay Rieng province'
        if s in self.m.country_at:
            return None
        country = self.m.home_party or next(iter(self.m.countries_between(self.m.sent(s).start, e)[-1:]), None)
        adjective = {"province": "provincial", "region": "regional"}[area]
        entity = self.m.registry.add("Institution", f"{self.m.doc[s:e].text} {adjective} administration",
                                     kind="government", country=country.name if country else None)
        return entity.key

    def _delegation_country(self, at: int) -> Country | None:
        """The country of a delegation the title at token at leads ('a Myanmar team headed by Deputy Foreign Minister
        X', 'the Ukrainian delegation was led by X')."""
        t = self.m.doc[min(at, len(self.m.doc) - 1)]
        while t.dep_ == "compound" and t.head.i != t.i:
            t = t.head
        if t.dep_ != "pobj" or t.head.lower_ != "by" or t.head.head.lemma_ not in ("lead", "head", "chair"):
            return None
        verb = t.head.head
        group = verb.head if verb.dep_ == "acl" else next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if group is None or group.pos_ != "NOUN":
            return None
        return next((self.m.country_at[c.i][0] for c in group.children if c.i in self.m.country_at), None)

    def _summoned(self, at: int) -> bool:
        """Whether the title at token at is of someone summoned or expelled (a foreign diplomat)."""
        t = self.m.doc[at]
        if at and self.m.doc[at - 1].lemma_ in _SUMMONS:
            return True
        while t.dep_ == "compound" and t.head.i != t.i:
            t = t.head
        if t.dep_ == "appos" or t.dep_ == "conj" and not any(c.dep_ == "cc" for c in t.head.children):
            t = t.head  # 'the ambassador, X, was handed a note' (a name the parser joined as a conjunct)
        if t.dep_ == "pobj" and t.head.lower_ == "including" and t.head.head.pos_ == "NOUN":
            t = t.head.head  # 'expelled six diplomats, including the Deputy High Commissioner, X': one of them
        if t.dep_ in ("dative", "dobj", "nsubjpass") and t.head.lemma_ == "hand" \
                and any(c.dep_ == "dobj" and c.lemma_ in self.m.gaz.events["lists"]["notes"] and c is not t
                        for c in t.head.children):
            return True  # 'handed Ambassador X a note of protest': the note's addressee is a foreign envoy
        if t.dep_ == "pobj" and t.head.lower_ == "in" and t.head.head.lemma_ == "call" \
                and t.head.i == t.head.head.i + 1:
            return True  # 'called in Ambassador X' (the parser's 'in' a preposition)
        return t.dep_ in ("dobj", "nsubjpass") and (t.head.lemma_ in _SUMMONS or t.head.lemma_ == "call" and any(
            c.dep_ == "prt" and c.lower_ == "in" for c in t.head.children))  # 'was summoned', 'called Ambassador X in'

    def _host_country(self, at: int, summoned: bool = False) -> Country | None:
        """The country, one of the story's two, whose side acts on a diplomat titled at token at, met, received,
        declared unwelcome or told something ('The Foreign Ministry said it had received Ambassador X', 'he said
        after meeting Ambassador X'): the subject of the sentence's main verb, of which the diplomat is no part nor
        the subject of a clause, when the verb nearest the diplomat is no post's (appointed, recalled), or when the
        diplomat is summoned ('The Foreign Ministry said it had summoned Ambassador X')."""
        doc, sent = self.m.doc, self.m.sent(at)
        name = doc[at]
        while name.dep_ in ("compound", "flat") and name.head.i != name.i and name.head.i < sent.end:
            name = name.head
        if name.dep_ in ("nsubj", "nsubjpass") and name.head.pos_ in ("VERB", "AUX") \
                or name.dep_ not in ("dobj", "dative", "pobj", "nsubj", "appos", "attr"):
            return None
        verb = clause_verb(name) or sent.root
        if verb.lemma_ in _OWN_POSTINGS and not summoned or len(self.m.main) < 2:
            return None
        root = sent.root
        subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < at
                    and not c.left_edge.i <= name.i <= c.right_edge.i]
        people = self._people_countries()
        for subject in subjects:
            for e in self.m.resolve(subject, conj=False):
                hit = self.m.gaz.country(e.country) if e.label == "Institution" and e.country else None
                country = hit.country if hit is not None else people.get(e.key) if e.label == "Person" else None
                if country is not None:
                    return country if country in self.m.main[:2] else None
        return None

    def _reported_side(self, at: int) -> Country | None:
        """The side, one of the story's two, that a person titled at token at says will or is prepared to act:
        the subject (a country or capital) of a clause with a modal or 'prepared'/'ready' that his speech verb
        reports ('X said Dakar would post more police', 'X warned that Israel was prepared to expand')."""
        doc, sent = self.m.doc, self.m.sent(at)
        name = doc[at]
        while name.dep_ in ("compound", "flat") and name.head.i != name.i and name.head.i < sent.end:
            name = name.head
        if name.dep_ != "nsubj" or len(self.m.main) < 2:
            return None
        verbs = [name.head, *(c for c in name.head.children if c.dep_ in ("conj", "advcl", "xcomp"))]
        for verb in verbs:
            if verb.lemma_ not in SPEAKING_VERBS:
                continue
            for clause in (c for c in verb.children if c.dep_ == "ccomp"):
                future = any(c.tag_ == "MD" and c.lower_ not in _DEMANDS or c.lemma_ in ("prepared", "ready")
                             for c in clause.subtree if c.head.i == clause.i or c.i == clause.i) \
                    and clause.lemma_ not in _THREATENED  # (not 'Moscow must withdraw', 'Kyiv would pay for it')
                subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
                hit = self.m.country_at.get(subject.i) if subject is not None else None
                if future and hit is not None and hit[1] in ("name", "capital") and hit[0] in self.m.main[:2]:
                    return hit[0]
        return None

    def _opens_sentence(self, at: int) -> bool:
        """Whether a title at token at opens its sentence, after a turn's label and honorifics at most
        ('MR. X: His Excellency Prime Minister Y spoke ...')."""
        return all(t.lower_ in ("his", "her") or normalise(t.text) in self.m.gaz.honorifics
                   or any(start <= t.idx < end for start, end in self.m.labels)
                   for t in self.m.doc[self.m.sent(at).start:at])

    def _near_countries(self, at: int) -> list[int]:
        """Where countries are named before token at in its sentence, other than those of another title."""
        sent = self.m.sent(min(at, len(self.m.doc) - 1))
        return [i for i in self._countries[bisect_left(self._countries, sent.start):bisect_left(self._countries, at)]
                if not self._qualifies_title(i) and not self._whence(i)]

    def _names_other_body(self, i: int) -> bool:
        """Whether the country at token i is only a word of a body's name that is no subject ('announced by the
        Saudi Foreign Ministry'), which says nothing of whose a title named after it is (a subject does: 'The
        Kenyan Foreign Ministry said it had recalled Ambassador X')."""
        body = self.m.by_token.get(i)
        if body is None or body.label != "Institution":
            return False
        t = self.m.doc[i]
        while t.head.i != t.i and self.m.by_token.get(t.head.i) is body:
            t = t.head
        return t.dep_ not in ("nsubj", "nsubjpass")

    def _whence(self, i: int) -> bool:
        """Whether the country at token i is where something goes from or to ('men crossing from Syria'), a place
        on a route, not whose a title is."""
        t = self.m.doc[i]
        return t.dep_ == "pobj" and t.head.lower_ in _ROUTE_WORDS

    def _people_countries(self) -> dict[str, Country]:
        """The country of each person whose role so far is in a country's institution."""
        out: dict[str, Country] = {}
        for key, evidence in self.evidence.items():
            for _title, inst, _at in evidence:
                entity = self.m.registry.get(inst) if inst and not inst.startswith("@") else None
                hit = self.m.gaz.country(entity.country) if entity is not None and entity.country else None
                if hit is not None:
                    out[key] = hit.country
                    break
        return out

    def _sentence_country(self, at: int) -> Country | None:
        """The country named last before token at in its sentence (not one of another title), else the one whose
        side the sentences before tell ('Bangui rejected the charge. Government spokesman X said'), else the main
        one."""
        sent = self.m.sent(at)
        near = [i for i in self._countries[bisect_left(self._countries, sent.start):bisect_left(self._countries, at)]
                if not self._qualifies_title(i)]
        if near:
            return self.m.country_at[near[-1]][0]
        return self.m.frame_country(at, self._people_countries(), clauses=False) \
            or (self.m.dominant[0] if self.m.dominant else None)

    def _qualifies_title(self, i: int) -> bool:
        """Whether the country at token i belongs to a title of its own ('Armenian Foreign Minister X')."""
        doc = self.m.doc
        j = i + 1
        while j < len(doc) and (j in self.m.country_at or doc[j].text in ("’s", "'s")):
            j += 1
        return j < len(doc) and title_after(self.m.text[doc[j].idx:doc[j].idx + 80], self.m.gaz.titles)[0] is not None

    def _earlier_owner(self, title: str, at: int) -> str | None:
        """Whose a bare title given again is ('his press adviser said ... the adviser, X, said'): the owner of the
        same title with a possessive in its sentence or the two before, for a title that implies no institution."""
        if self._hint(title) is not None:
            return None
        head = title.lower().split()[-1]
        sent = self.m.sent(at)
        lo = self.m.sent(sent.start - 1).start if sent.start else sent.start
        lo = self.m.sent(lo - 1).start if lo else lo
        for t in reversed(self.m.doc[lo:at]):
            if t.lower_ != head:
                continue
            for p in (c for c in t.children if c.dep_ == "poss"):
                if p.lower_ in POSSESSIVE_PRONOUNS:
                    return self._owner(p.i)
                entity = self.m.by_token.get(p.i - (p.text in ("’s", "'s")))
                if entity is not None and entity.label in ("Person", "Institution"):
                    return (SPEAKERS if entity.label == "Person" else "") + entity.key
        return None

    def _owns_body(self, i: int) -> bool:
        """Whether the title after the country at token i owns what follows it ('the Kazakh president's office')."""
        doc = self.m.doc
        j = i + 1
        while j < len(doc) and (j in self.m.country_at or doc[j].text in ("’s", "'s")):
            j += 1
        if j >= len(doc):
            return False
        text = self.m.text[doc[j].idx:doc[j].idx + 80]
        title, end = title_after(text, self.m.gaz.titles)
        return title is not None and text[end:end + 2] in ("'s", "’s")

    def _owner(self, k: int) -> str | None:
        """The institution a possessive pronoun ('its', 'their') at token k stands for: an institutional subject
        earlier in its sentence or of the sentence before, else the latest institution named."""
        label = "Person" if self.m.doc[k].lower_ in ("his", "her") else "Institution"
        sent = self.m.sent(k)
        found = self._subject_institution(sent.start, k, label)
        if found is None and sent.start > 0:
            prev = self.m.sent(sent.start - 1)
            if label == "Institution":  # '..., according to the X Command. Its spokesman': the source just cited
                found = self._cited_source(prev.start, prev.end)
            found = found or self._subject_institution(prev.start, prev.end, label)
        if label == "Person":  # "His deputy, X": the institution of the person spoken of
            if found is None and sent.start > 0:  # else the first person named in the sentence before
                found = next((m.entity.key for m in self.m.mentions_between(prev.start, prev.end)
                              if m.entity.label == "Person"), None)
            people = [e.key for e in self.m.resolve(self.m.doc[k], conj=False) if e.label == "Person"]
            found = found or (people[0] if people else None)
            return SPEAKERS + found if found else None
        if found is None:
            named = [m.entity for m in self.m.mentions_between(max(0, sent.start - 200), k)
                     if m.entity.label == "Institution"]
            found = named[-1].key if named else None
        return found

    def _cited_source(self, lo: int, hi: int) -> str | None:
        """The institution a sentence from token lo to hi ends by citing ('..., according to the X Command.')."""
        doc = self.m.doc
        end = hi
        while end > lo and doc[end - 1].is_punct:
            end -= 1
        j = end - 1
        while j > lo and j in self.m.by_token and self.m.by_token[j] is self.m.by_token.get(end - 1):
            j -= 1
        j -= doc[j].lower_ == "the"
        entity = self.m.by_token.get(end - 1)
        if entity is None or entity.label != "Institution" or j < lo + 1 \
                or doc[j].lower_ != "to" or doc[j - 1].lower_ != "according":
            return None
        return entity.key

    def _turn_speaker(self, char: int) -> Entity | None:
        """The person whose briefing turn ('MR. NAME:') a character offset is in."""
        if self._turns is None:
            self._turns = find_turns(self.m.text)
        turn = next((t for t in self._turns if t.start <= char < t.end), None)
        if turn is None or not turn.label:
            return None
        return self.m.registry.person_called(turn.label.split()[-1])

    def _framing(self, at: int) -> str | None:
        """The institution a bare title ('Spokesperson X told', 'said Undersecretary X had') speaks for: the
        institutional subject before it in its sentence, else the subject of the sentence before."""
        sent = self.m.sent(at)
        found = self._subject_institution(sent.start, at)
        if found is None and sent.start > 0:
            prev = self.m.sent(sent.start - 1)
            found = self._subject_institution(prev.start, prev.end)
        return found

    def _subject_institution(self, lo: int, hi: int, label: str = "Institution") -> str | None:
        """The subject from token lo up to token hi that refers to an institution (or person): the main verb's
        first ('Russia fired drones, the air force said': the air force), else the first of any clause."""
        subjects = [t for t in self.m.doc[lo:hi] if t.dep_ in SUBJECT_DEPS and t.dep_ != "agent"]
        for t in sorted(subjects, key=lambda t: t.head.dep_ != "ROOT"):
            entities = [e for e in self.m.resolve(t, conj=False) if e.label == label]
            if entities:
                return entities[0].key
            if label != "Institution":
                continue
            owner = next((c.i for c in t.children if c.dep_ in ("poss", "compound", "amod") and c.i in
                          self.m.country_at), None)  # "Ukraine's air force said": that country's side
            if owner is not None and t.pos_ == "NOUN":
                return self.m.registry.government(self.m.country_at[owner][0], count=False).key
        return None

    def _briefing_body(self, title: str) -> str | None:
        """In a briefing transcript, the body a spokesperson with no other institution speaks for: the one
        institution its headline names ('European Commission – Midday Briefing'); for a minister, that body when it
        is a ministry of his title's kind (the Minister of Foreign Affairs of a foreign ministry's press conference)."""
        if not self.m.turns:
            return None
        if not _SPOKES.search(title) and (hint := self._hint(title)) not in (None, "org"):
            body = self.m.registry.get(self._briefing_body("spokesperson")) if hint.startswith("ministry:") else None
            return body.key if self._serves_in(body, title) else None
        header = max(self.m.body_start, self.m.text.rfind("\n", 0, self.m.turns[0].start))  # up to the first turn
        named = {e.key for i, e in self.m.by_token.items()
                 if self.m.doc[i].idx < self.m.body_start and e.label == "Institution"}
        if not named and SECRETARY_GENERALS.search(self.m.text[:self.m.body_start]):
            return self._united_nations()  # 'Briefing by the Office of the Spokesperson for the Secretary-General'
        if not named:  # else the first body the header names below the headline ('Ministry of Foreign Affairs')
            first = next((m.entity.key for m in self.m.mentions if m.entity.label == "Institution"
                          and self.m.doc[m.start].idx < header), None)
            bare = next((w for w in re.findall(r"\b[A-Z][a-z]+\b", self.m.text[:header])
                         if w.lower() in self.m.gaz.ministry_anaphora), None)
            return first or (MAIN_MINISTRY + bare.lower() if bare else None)  # 'Department Press Briefing'

        if len(named) == 1:
            return next(iter(named))
        first = min((i for i, e in self.m.by_token.items() if e.key in named), default=None)
        holder = self.m.by_token[first] if first is not None else None  # the header's first line: 'Ministry of X'
        return holder.key if holder is not None and holder.kind == "ministry" and self.m.doc[first].i < 3 else None

    def _kind_of(self, ministry: Entity) -> str | None:
        """The kind of a ministry: as found, else as its name says."""
        return self.m.ministry_kind.get(ministry.key) or self._named_kind(ministry)

    def _named_kind(self, ministry: Entity | None) -> str | None:
        """The kind of ministry a ministry's name says by its last words ('Zambian Foreign Ministry': foreign)."""
        words = ministry.name.split() if ministry is not None and ministry.kind == "ministry" else []
        return next((k for n in range(len(words)) if (k := self.m.gaz.ministry_kind(" ".join(words[n:])))), None)

    def _serves_in(self, ministry: Entity | None, title: str) -> bool:
        """Whether a minister's title is of a ministry's kind ('Minister of Foreign Affairs' of a foreign ministry)."""
        hint = self._hint(title) or ""
        return ministry is not None and hint.startswith("ministry:") and self._kind_of(ministry) == hint.split(":")[1]

    def _commission(self, entity: Entity | None, title: str) -> Entity | None:
        """A commissioner of an organisation whose Commission the article names sits on that Commission
        ('the bloc's commissioner for trade' of ECOWAS: the ECOWAS Commission)."""
        if entity is None or not title.lower().split(" for ")[0].endswith("commissioner") \
                or entity.name.endswith("Commission"):
            return entity
        names = [entity.name, *entity.aliases]
        own = (self.m.gaz.organisations.get(normalise(entity.name)) or {}).get("commission")  # 'European Commission'
        named = next((e for e in self.m.registry.of_label("Institution") if e.name.endswith(" Commission")
                      and (e.name == own or any(e.name == f"{n} Commission" for n in names))), None)
        if named is None and own and not title.lower().startswith("high "):  # 'EU Energy Commissioner X': one of
            named = self.m.registry.add("Institution", own, kind=entity.kind, count=False)  # the Commission the
            # gazetteer knows the organisation has, named or not
        return named or entity

    def _main_ministry(self, deferred: str, found: list[str]) -> str | None:
        """The ministry a header's bare 'Department'/'Ministry' means: the most-cited ministry so named,
        the main country's first."""
        head = deferred[len(MAIN_MINISTRY):]
        keys = [k for k in found if (e := self.m.registry.get(k)) and e.kind == "ministry"]
        keys += [m.entity.key for m in self.m.mentions if m.entity.kind == "ministry"]
        keys = [k for k in keys if head in self.m.registry.get(k).name.lower().split()]
        main = self.m.dominant[0].name if self.m.dominant else None
        counts = Counter(keys)
        ranked = sorted(counts, key=lambda k: (self.m.registry.get(k).country != main, -counts[k]))
        return ranked[0] if ranked else None
