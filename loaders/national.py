"""A country's own bodies named by common nouns (part of Mentions): its army, navy, police, coast guard,
security forces and border service ('Sudan's army', "Tajikistan's border troops"), its parliament ('Kyrgyz
lawmakers'), state media ("Niger's state television"), the ministries of several countries' ministers ('the
Kyrgyz and Tajik defence ministers') and an official's office ("Israeli Prime Minister's Office").
"""

from __future__ import annotations

from spacy.tokens import Token

from dipgraph.loaders.bodies import _ARMED, POSSESSIVES
from dipgraph.loaders.entities import Entity
from dipgraph.loaders.gazetteer import Country

_LOCAL_TITLES = {"provincial", "regional", "district", "municipal", "county"}  # 'the provincial governor's office'
_ARMED_PAIRS = {("coast", "guard"): "Coast Guard", ("air", "force"): "Air Force",  # 'the Chinese coast guard'
                ("security", "forces"): "Security Forces"}
_LEGISLATORS = {"lawmakers", "legislators", "mps", "parliamentarians"}  # 'Kyrgyz lawmakers': the parliament
_STATE_MEDIA = {"television": "television", "tv": "television", "media": "media", "broadcaster": "broadcaster",
                "radio": "radio"}  # "Niger's state television"
# a country's border guard, however a story calls it: "Tajikistan's border troops" (one per country: see _border_force)
_POLICE_STYLES = {"National", "Federal", "Royal", "State", "Civil", "Civilian", "Military"}  # 'National Police'
_POSTS = {"embassy", "consulate"}  # a country's diplomatic posts abroad, named by where they are
_BODY_PARTS = {"command", "headquarters", "spokesman", "spokeswoman", "spokesperson", "statement", "commander",
               "chief", "service"}  # a body's own part that speaks for it: 'the border guard command said'
_BORDER_PAIRS = {("border", w): f"Border {w.title()}" for w in ("guard", "troops", "police", "service", "forces")} | {
    ("border", "guards"): "Border Guard"}


def branch_kind(branch: str) -> str:
    """The kind of body a country's armed branch is: its police a police force, every other branch military."""
    return "police" if branch == "Police" else "military"


class NationalBodies:
    """A country's bodies named by common nouns: mixed into Mentions, whose state it uses."""

    def _militaries(self) -> None:
        """A country's army, military or navy ('Sudan's army', 'the Kenyan navy') is an institution of its own,
        apart from the government; 'the army' alone is the last one named, else the main country's."""
        last: dict[str, Entity] = {}
        qualified: dict[str, Country] = {}  # the country a branch was last said to be of, even as a modifier
        for t in self.doc:
            pair = (self.doc[t.i - 1].lower_, t.lower_) if t.i else ("", "")
            branch = _ARMED_PAIRS.get(pair) or _BORDER_PAIRS.get(pair) or _ARMED.get(t.lower_)
            if branch is None or t.pos_ not in ("NOUN", "PROPN", "ADJ"):
                continue
            first = t.i - 1 if pair in _ARMED_PAIRS or pair in _BORDER_PAIRS else t.i  # 'coast guard', 'air force'
            country = self._qualifier(first - 1)
            if country is not None:
                qualified[branch] = country  # 'Myanmar military and rebels agree ...', "Myanmar's military government"
            named = self.by_token.get(t.i)
            if named is not None and named.label == "Institution" and named.name.endswith(f" {branch}") \
                    and named.kind in ("military", "police", "agency") and named.country and t.idx >= self.body_start:
                last[branch] = named  # 'the Japan Coast Guard ... the coast guard said': the one named last
            if t.i in self.by_token or t.idx < self.body_start or t.pos_ == "ADJ":
                continue
            if branch == "Police" and (styled := self._styled_force(t)) is not None:
                last[branch] = styled  # 'the Cambodian National Police'
                continue
            if pair in _BORDER_PAIRS:
                if country is not None and not self._coordinated(first - 1):
                    self._border_force(country, branch, first, t.i + 1)
                continue  # 'the border guards', 'Kyrgyz and Tajik border guards': whose, the resolver says
            if t.dep_ in ("amod", "npadvmod") or t.dep_ == "compound" and t.head.lower_ not in self.gaz.titles \
                    and country is None:
                continue  # 'a military drone', 'army-backed', but 'army spokesman' and 'Chadian army drones'
            start = first - 1 if first and self.doc[first - 1].text in POSSESSIVES else first
            if country is not None:
                start -= 1
                while start > 0 and start - 1 in self.country_at and self.country_at[start - 1][0] is country:
                    start -= 1
                entity = self.armed_force(country, branch, count=branch != "Security Forces" or self._acting(t))
            elif first and self.doc[first - 1].lower_ in ("the", "its") or self.doc[first].text[0].isupper():
                entity = last.get(branch)
                near = qualified.get(branch) or (self.country_located(first) if branch == "Police" else None) \
                    or self.country_just_named(first) if entity is None else None
                if near is not None:  # the country whose army was named, even as a modifier ("Chad's military
                    # government ... the military"), else the one just named ('On Cameroon. ... the army says')
                    entity = self.armed_force(near, branch, count=branch != "Security Forces" or self._acting(t))
                elif entity is not None:
                    entity.mentions += branch != "Security Forces" or self._acting(t)
                elif self.dominant:
                    entity = self.armed_force(self.dominant[0], branch,
                                              count=branch != "Security Forces" or self._acting(t))
                else:
                    continue
                entity.alias(self.doc[first:t.i + 1].text)
            elif t.dep_ == "compound" and t.head.lower_ in self.gaz.titles and (
                    entity := self._one_force(branch)) is not None:
                pass  # 'navy spokesman X' in a story naming one navy: that navy's
            else:
                continue
            last[branch] = entity
            self._add(start, t.i + 1, entity)

    def _styled_force(self, t: Token) -> Entity | None:
        """A country's police named with a capitalised style ('the Cambodian National Police', "Chile's Federal
        Police"): an institution of that name, which 'the police' of that country names too."""
        doc, j = self.doc, t.i
        while j > 0 and doc[j - 1].text in _POLICE_STYLES:
            j -= 1
        country = self._qualifier(j - 1) if j < t.i and t.text == "Police" else None
        if country is None:
            return None
        name = f"{country.prefix} {doc[j:t.i + 1].text}"
        entity = self.registry.get(Entity("Institution", f"{country.prefix} Police").key)  # named plainly before
        if entity is None:
            entity = self.registry.add("Institution", name, kind="police", country=country.name)
            self.registry.also_named(entity, f"{country.prefix} Police")
        else:
            entity.alias(name)
            entity.mentions += 1
        start = j - 1 - (doc[j - 1].text in POSSESSIVES)
        while start > 0 and start - 1 in self.country_at and self.country_at[start - 1][0] is country:
            start -= 1
        self._add(start, t.i + 1, entity)
        return entity

    def _one_force(self, branch: str) -> Entity | None:
        """The one force of a branch the story has named so far ('the Sri Lanka Navy'), if only one."""
        found = [e for e in self.registry.of_label("Institution") if e.mentions and e.kind in ("military", "police")
                 and e.name.split()[-1] == branch]
        return found[0] if len(found) == 1 else None

    def _legislatures(self) -> None:
        """A national parliament named by its own name ('the Folketing', 'the Jogorku Kenesh'): the country's
        parliament, whatever else the story calls it ('Kyrgyz lawmakers', 'the Ukrainian parliament')."""
        doc = self.doc
        for t in doc:
            if t.idx < self.body_start or not t.text[:1].isupper() or t.i in self.by_token:
                continue
            j = t.i - 1 - (t.i > 0 and doc[t.i - 1].lower_ == "the")
            if j >= 0 and doc[j].lower_ == "of":
                continue  # a chamber of it, named in full: 'the Legislative Chamber of the Oliy Majlis'
            for name, country in self.gaz.legislature_starts.get(t.text, ()):
                if doc[t.i:t.i + len(name.split())].text != name \
                        or any(k in self.by_token for k in range(t.i, t.i + len(name.split()))):
                    continue
                self._add(t.i, t.i + len(name.split()), self.body_of(country, "Parliament", surface=name))
                self._body_ranges.append((t.i, t.i + len(name.split())))
                break

    def _country_groups(self) -> None:
        """'Kyrgyz lawmakers': the country's parliament; "Niger's state television", 'Chadian state media': the
        country's state broadcaster (a mention counted where they act)."""
        doc = self.doc
        for t in doc:
            if t.i in self.by_token or t.idx < self.body_start or t.pos_ not in ("NOUN", "PROPN") or not t.i:
                continue
            if t.lower_ in _LEGISLATORS:
                first, word = t.i, "Parliament"
            elif t.lower_ in _STATE_MEDIA and doc[t.i - 1].lower_ == "state":
                first, word = t.i - 1, f"state {_STATE_MEDIA[t.lower_]}"
            elif t.lower_ == "agency" and t.i > 1 and doc[t.i - 1].lower_ == "news" and doc[t.i - 2].lower_ == "state":
                first, word = t.i - 2, "state news agency"
            else:
                continue
            country = self._qualifier(first - 1)
            if country is None:
                continue
            acting = self._acting(t)
            if word == "Parliament":
                entity = self.body_of(country, word, surface=doc[first - 1:t.i + 1].text, count=acting)
            else:
                entity = self.registry.add("Institution", f"{country.prefix} {word}", kind="media",
                                           country=country.name, surface=doc[first - 1:t.i + 1].text, count=acting)
            start = first - 1 - (doc[first - 1].text in POSSESSIVES)
            while start > 0 and start - 1 in self.country_at and self.country_at[start - 1][0] is country:
                start -= 1
            self._add(start, t.i + 1, entity)

    def _ministers_of_countries(self) -> None:
        """'the Kyrgyz and Tajik defence ministers', 'Defence ministers of Chad, Mali and Niger': each country's
        ministry of that portfolio (each country's words name its own)."""
        doc = self.doc
        for t in doc:
            if t.lower_ != "ministers" or t.i < 1 or t.idx < self.body_start or t.i in self.by_token:
                continue
            start = t.i
            while start > 0 and doc[start - 1].is_alpha and doc[start - 1].i not in self.country_at \
                    and doc[start - 1].i not in self.by_token and doc[start - 1].lower_ not in ("the", "and", "of") \
                    and doc[start - 1].pos_ in ("NOUN", "PROPN", "ADJ") and t.i - start < 3:
                start -= 1
            words = list(doc[start:t.i])
            hint = self.title_hint(" ".join(w.lower_ for w in words) + " minister") if words else None
            kind = hint.split(":")[1] if hint and hint.startswith("ministry:") else self._portfolio(words)
            if not kind:
                continue
            before = self._countries_listed_before(start)
            after = self._countries_listed_after(t.i + 1) if not before else []
            for n, (lo, hi, country) in enumerate(before):
                end = t.i + 1 if n == len(before) - 1 else hi  # the last country's words run to 'ministers'
                self._add(lo, end, self.registry.ministry(country, kind, doc[start:t.i + 1].text))
            for lo, hi, country in after:
                self._add(lo, hi, self.registry.ministry(country, kind, doc[start:t.i + 1].text))

    def _countries_listed_before(self, i: int) -> list[tuple[int, int, Country]]:
        """The countries named in a list ending just before token i ('Kyrgyz and Tajik', "Chad's and Niger's")."""
        doc, found, j = self.doc, [], i - 1
        while j >= 0:
            j -= doc[j].text in POSSESSIVES
            if j < 0 or j not in self.country_at or j in self.by_token:
                break
            country, hi = self.country_at[j][0], j + 1
            while j > 0 and j - 1 in self.country_at and self.country_at[j - 1][0] is country:
                j -= 1
            found.insert(0, (j, hi + (hi < len(doc) and doc[hi].text in POSSESSIVES), country))
            if j < 2 or doc[j - 1].lower_ not in ("and", ",", "or"):
                break
            j -= 2 if doc[j - 1].lower_ != "," or doc[j - 2].lower_ != "and" else 3
        return found if len(found) > 1 else []

    def _countries_listed_after(self, i: int) -> list[tuple[int, int, Country]]:
        """The countries named in a list after 'of' at token i ('of Chad, Mali and Niger')."""
        doc, found = self.doc, []
        if i >= len(doc) or doc[i].lower_ != "of":
            return found
        j = i + 1
        while j < len(doc) and (j in self.country_at or doc[j].lower_ in ("and", ",", "the")):
            if j in self.country_at and j not in self.by_token:
                lo, hi = self.country_span.get(j, (j, j + 1))
                found.append((lo, hi, self.country_at[j][0]))
                j = hi
                continue
            j += 1
        return found if len(found) > 1 else []

    def country_just_named(self, i: int) -> Country | None:
        """The country named last in the sentence of token i or the one before (no venue), if any."""
        sent = self.sent(i)
        lo = self.sent(sent.start - 1).start if sent.start > 0 else sent.start
        named = [c for c in self.countries_between(lo, i) if not c.venue]
        return named[-1] if named else None

    def country_located(self, i: int) -> Country | None:
        """The country of the place named last as where something happened, in the sentence of token i or the one
        before ('rallied outside the government building in Yerevan. Police said ...': Armenia's police)."""
        sent = self.sent(i)
        lo = self.sent(sent.start - 1).start if sent.start > 0 else sent.start
        for k in reversed([k for k in self._country_positions if lo <= k < i]):
            t = self.doc[k]
            if self.country_at[k][1] in ("capital", "name") and t.dep_ == "pobj" \
                    and t.head.lower_ in ("in", "at", "near", "outside", "inside"):
                return self.country_at[k][0]
        return None

    def _coordinated(self, i: int) -> bool:
        """Whether the country word at token i (or its possessive) follows another in a list ('Kyrgyz and Tajik')."""
        i -= self.doc[i].text in POSSESSIVES
        while i > 0 and i - 1 in self.country_at and self.country_at[i - 1][0] is self.country_at[i][0]:
            i -= 1
        return i >= 2 and self.doc[i - 1].lower_ in ("and", ",", "or") and (i - 2) in self.country_at

    def _border_force(self, country: Country, branch: str, first: int, end: int) -> None:
        """A country's border service: the one the story names ('Kyrgyzstan's Border Service'), else one named
        after how the story calls it first ('Tajik Border Troops'), with every other way as an alias."""
        entity = self.named_border_body(country.name) or self.registry.add(
            "Institution", f"{country.prefix} {branch}", kind="military", country=country.name, count=False)
        entity.alias(f"{country.prefix} {branch}")
        entity.alias(self.doc[first:end].text)
        entity.mentions += self._acting(self.doc[end - 1]) or self.doc[first].text[:1].isupper()  # 'Border Police'
        start = first - 1 - (self.doc[first - 1].text in POSSESSIVES)
        while start > 0 and start - 1 in self.country_at and self.country_at[start - 1][0] is country:
            start -= 1
        self._add(start, end, entity)

    def _title_offices(self) -> None:
        """'the peace commissioner's office', "Israeli Prime Minister's Office": an office of the government of
        the country named in the phrase, else of the article's main country."""
        doc = self.doc
        for t in doc:
            if t.lower_ != "office" or t.i < 2 or t.i in self.by_token or t.idx < self.body_start \
                    or doc[t.i - 1].text not in POSSESSIVES or doc[t.i - 2].lower_ not in self.title_words:
                continue
            start = t.i - 2
            while start > 0 and doc[start - 1].i not in self.by_token and (
                    doc[start - 1].lower_ in self.title_words or doc[start - 1].text == "-" and start > 1
                    and not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_  # 'Secretary-General'
                    or doc[start - 1].is_alpha and doc[start - 1].is_lower
                    and doc[start - 1].lower_ not in ("the", "a", "an", "his", "her", "its", "their")
                    and doc[start - 1].pos_ in ("NOUN", "ADJ") or start - 1 in self.country_at):
                start -= 1  # 'peace commissioner', 'Israeli Prime Minister'
            words = [w for w in doc[start:t.i - 1] if w.i not in self.country_at]
            if not words or self.title_hint(doc[words[0].i:t.i - 1].text) in ("org", "un"):
                continue  # ('the Secretary-General's office' is no government's)
            countries = self.countries_in(doc[start:t.i])
            country = countries[0] if countries else self.home_or_main
            if country is None:
                continue
            title = "".join(w.text_with_ws for w in words).strip()
            first = start - (start > 0 and doc[start - 1].lower_ == "the")
            area = self._area_named_before(start) if words[0].lower_ in _LOCAL_TITLES else None
            # ('residents in Surin ..., the provincial governor's office said': Surin's)
            entity = self.registry.title_office(country, title, doc[first:t.i + 1].text, owner=area)
            self._add(start, t.i + 1, entity)

    def _area_named_before(self, i: int) -> str | None:
        """The place last named 'in'/'of' before token i in its sentence ('villages in Surin'), if any."""
        doc = self.doc
        for t in reversed(doc[self.sent(i).start:i]):
            if t.pos_ == "PROPN" and t.dep_ == "pobj" and t.head.lower_ in ("in", "of") and t.text[:1].isupper() \
                    and t.i not in self.country_at and t.i not in self.by_token:
                first = t.i
                while first > 0 and doc[first - 1].dep_ == "compound" and doc[first - 1].pos_ == "PROPN":
                    first -= 1
                return doc[first:t.i + 1].text
        return None

    def _acting(self, t: Token) -> bool:
        """Whether a body's head noun does something (subject, or agent after 'by'), rather than being men
        counted or acted on ('two Greek border guards were detained', 'ordered the security forces to')."""
        if t.dep_ == "compound" and t.head.lower_ in _BODY_PARTS:
            t = t.head  # 'Iran's border guard command said': the command of the border guard
        return (t.dep_ in ("nsubj", "agent", "poss") or t.dep_ == "pobj" and t.head.lower_ == "by") \
            and not any(c.dep_ == "nummod" for c in t.children)

    def armed_force(self, country: Country, branch: str, count: bool = True) -> Entity:
        """A country's army (the gazetteer's name for its armed forces, if it has one), police (known also by its
        force's own name, and named so when the story does: 'Singapore Police Force') or navy."""
        known = next((org for org in self.gaz.organisations.values()
                      if org.get("kind") == "military" and org.get("country") == country.code), None)
        names = [f"{country.prefix} {branch}", *(f"{named} {branch}" for named in country.names[:2])]
        official = self.gaz.national_police.get(country.code) if branch == "Police" else None
        found = next((e for n in [*names, *([official] if official else [])]  # one the text names, by any of them
                      if (e := self.registry.get(Entity("Institution", n).key)) is not None), None)
        name = known["name"] if branch == "Army" and known else found.name if found else names[0]
        entity = self.registry.add("Institution", name, kind=branch_kind(branch),
                                   country=country.name, count=count)  # the 'China Coast Guard' a text names
        for other in names[1:]:
            self.registry.also_named(entity, other)
        for other in (names[0], official):  # 'Singaporean Police' and 'Singapore Police Force' for one another
            if other and other != entity.name:
                self.registry.also_named(entity, other)
                entity.alias(other)
        if branch == "Army":  # what other rules call it: 'Kenyan military', 'Kenyan army'
            for other in (f"{country.demonym} military", f"{country.prefix} military", f"{country.demonym} Army"):
                self.registry.also_named(entity, other)
        for named in country.names[:2]:  # 'Kosovo Police' for the Kosovar Police, as governments have
            entity.alias(f"{named} {branch}")
            if branch == "Army":
                entity.alias(f"{named} military")  # 'the Myanmar military'
                entity.alias(f"{named} Armed Forces")
        if branch == "Army":  # the country's armed forces, whatever a story calls them
            for other in dict.fromkeys((country.prefix, country.demonym)):
                entity.alias(f"{other} military")
                entity.alias(f"{other} Armed Forces")
        self.registry._country_forms(entity, country)  # with the country's other demonyms: 'Lao Security Forces'
        return entity

    def _embassies(self) -> None:
        """A country's embassy or consulate named as a post ('the Embassy of Peru in Chile', 'the Chilean embassy in
        Lima', 'our consulate general in Cusco', 'the Peruvian Embassy'): an institution of its own, named
        '<Chilean> Embassy in <Lima>'. A lower-case embassy with no place ('the Chilean embassy said') stays its
        government, as it speaks for it."""
        doc = self.doc
        placeless: list[tuple[int, int, Country, str]] = []
        placed: dict[tuple[str, str], Entity] = {}
        for t in doc:
            if t.lower_ not in _POSTS or t.i in self.by_token or t.idx < self.body_start \
                    or t.pos_ not in ("NOUN", "PROPN"):
                continue
            end = t.i + 1 + (t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "general")  # 'Consulate General'
            post = " ".join(w.text.capitalize() for w in doc[t.i:end])
            start, country = t.i, self._qualifier(t.i - 1)
            if country is not None:
                start = t.i - 1 - (doc[t.i - 1].text in POSSESSIVES)
                while start > 0 and start - 1 in self.country_at and self.country_at[start - 1][0] is country:
                    start -= 1
            elif (of := self._country_after_of(end)) is not None:  # 'the Embassy of Peru'
                country, end = of
            elif t.i and doc[t.i - 1].lower_ == "our" and self.turns and self.main:
                country, start = self.main[0], t.i - 1  # 'our embassy in Lima' in a briefing: the speaker's country's
            if country is None or any(k in self.by_token for k in range(start, end)):
                continue
            place = self._post_place(end)
            if place is None:
                placeless.append((start, end, country, post))
                continue
            name = f"{country.prefix} {post} in {doc[end + 1:place].text}"
            entity = self.registry.add("Institution", name, kind="embassy", country=country.name,
                                       surface=doc[start:place].text)
            placed.setdefault((country.code, post), entity)
            self._add(start, place, entity)
        for start, end, country, post in placeless:
            # 'the Indian Embassy' of a story naming 'the Indian Embassy in Kathmandu': that one
            entity = placed.get((country.code, post))
            if entity is None and doc[start:end][-1].text[:1].isupper():
                entity = self.registry.add("Institution", f"{country.prefix} {post}", kind="embassy",
                                           country=country.name, count=False)
            if entity is not None:
                entity.alias(doc[start:end].text.removeprefix("the ").removeprefix("The "))
                entity.mentions += 1
                self._add(start, end, entity)

    def _post_place(self, i: int) -> int | None:
        """Where the place of a diplomatic post ends, for 'in Lima' at token i (a capital, a country or a
        capitalised name), if any."""
        doc = self.doc
        if i + 1 >= len(doc) or doc[i].lower_ != "in" or not doc[i + 1].text[:1].isupper():
            return None
        j = i + 1
        if j in self.country_at:
            return self.country_span.get(j, (j, j + 1))[1]
        while j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper() and j not in self.by_token:
            j += 1
        return j if j > i + 1 else None

    def _de_facto(self) -> None:
        """'the de facto authorities' ('In Tskhinvali, the de facto authorities' KGB said'): the government of the
        country named nearest before in the sentence, else after, also named '<South Ossetian> de facto
        authorities', as unrecognised governments are."""
        doc = self.doc
        for t in doc:
            if t.lower_ not in ("authorities", "government", "administration") or t.i < 2 or t.i in self.by_token \
                    or doc[t.i - 2].lower_ != "de" or doc[t.i - 1].lower_ != "facto" or t.idx < self.body_start:
                continue
            sent = self.sent(t.i)
            near = self.countries_between(sent.start, t.i) or self.countries_between(t.i, sent.end)
            if not near:
                continue
            country = near[-1] if self.countries_between(sent.start, t.i) else near[0]
            entity = self.registry.government(country, surface=doc[t.i - 2:t.i + 1].text)
            entity.alias(f"{country.demonym} de facto {t.lower_}")
            self._add(t.i - 2, t.i + 1, entity)

    def _military_governments(self) -> None:
        """"Myanmar's military government", 'the military government', 'the junta': the country's government,
        also named '<Myanmar> military government'."""
        doc, last = self.doc, None
        for t in doc:
            one = t.lower_ == "junta"
            if not (one or t.lower_ == "government" and t.i and doc[t.i - 1].lower_ == "military") \
                    or t.i in self.by_token or t.idx < self.body_start:
                continue
            first = t.i if one else t.i - 1
            country = self._qualifier(first - 1)
            start = first
            if country is not None:
                start = first - 1 - (doc[first - 1].text in POSSESSIVES)
                while start > 0 and start - 1 in self.country_at and self.country_at[start - 1][0] is country:
                    start -= 1
            else:
                country = last or (self.home if self.home_party else None) or (self.dominant[0] if self.dominant
                                                                                else None)
            if country is None or any(k in self.by_token for k in range(start, t.i + 1)):
                continue
            entity = self.registry.government(country, surface=doc[start:t.i + 1].text)
            for named in dict.fromkeys((country.names[0], country.prefix)):
                entity.alias(f"{named} military government")
            self._add(start, t.i + 1, entity)
            last = country
