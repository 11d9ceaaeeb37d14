"""The entities of one article: people, institutions and places with canonical names, aliases and roles."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from dipgraph.graph.model import normalise
from dipgraph.loaders.gazetteer import Country, portfolio_name

_MINISTRY_WORDS = ("Ministry", "Department", "Office")  # a ministry's own name, which its country's adjective may open


@dataclass(eq=False)
class Entity:
    """A person, institution or place as named in one article."""

    label: str  # Person | Institution | Place
    name: str
    kind: str | None = None
    country: str | None = None  # country name
    aliases: list[str] = field(default_factory=list)
    parent: str | None = None  # key of the government a ministry is part of
    roles: list[tuple[str | None, str | None]] = field(default_factory=list)  # (title, institution key)
    mentions: int = 0

    @cached_property
    def key(self) -> str:
        """The registry key: label and normalised canonical name (the name never changes)."""
        return f"{self.label}:{normalise(self.name)}"

    def alias(self, surface: str) -> None:
        """Record another surface form of this entity."""
        surface = surface.strip()
        if surface and normalise(surface) != normalise(self.name) and surface not in self.aliases:
            self.aliases.append(surface)


class Registry:
    """All entities of one article, found by canonical name."""

    def __init__(self) -> None:
        self.entities: dict[str, Entity] = {}
        self._also: dict[str, str] = {}  # another canonical name → the key of the entity it names
        self._states: set[str] = set()  # the keys of countries' own governments

    def also_named(self, entity: Entity, name: str) -> None:
        """Let another name find this entity ('Kenyan military' for the Kenyan Army), so every rule that
        names it either way gets one node."""
        key = Entity(entity.label, name).key
        if key != entity.key and key not in self.entities:
            self._also.setdefault(key, entity.key)

    def get(self, key: str | None) -> Entity | None:
        """An entity by registry key."""
        return self.entities.get(key) if key else None

    def bodies_of(self, e: Entity) -> list[Entity]:
        """The bodies a speaker speaks for: itself, or the institutions of a person's roles."""
        return [e] if e.label == "Institution" else [
            b for _, key in e.roles if (b := self.get(key)) is not None and b.label == "Institution"]

    def add(self, label: str, name: str, *, kind: str | None = None, country: str | None = None,
            surface: str | None = None, parent: str | None = None, count: bool = True) -> Entity:
        """The entity with this canonical name, created on first use; the surface form becomes an alias."""
        probe = Entity(label, name)
        other = self._also.get(probe.key)
        entity = self.entities[other] if other else self.entities.setdefault(probe.key, probe)
        entity.kind = entity.kind or kind
        entity.country = entity.country or country
        entity.parent = entity.parent or parent
        if surface:
            entity.alias(surface)
        if count:
            entity.mentions += 1
        return entity

    def person_called(self, surname: str) -> Entity | None:
        """The person a surname alone names ('MBUYI:' in a transcript): the one whose name ends on it, else one
        whose name has it after the given name ('Jean-Pierre Mbuyi Kalala'), else one whose name opens on it, the
        family name first ('HUANG:' for 'Huang Chih-wei')."""
        people = self.of_label("Person")
        low = surname.lower()
        return next((p for p in people if p.name.split()[-1].lower() == low), None) or next(
            (p for p in people if low in (w.lower() for w in p.name.split()[1:-1])), None) or next(
            (p for p in people if len(p.name.split()) > 1 and p.name.split()[0].lower() == low), None)

    def government(self, country: Country, surface: str | None = None, count: bool = True) -> Entity:
        """A country's government (used when a country, capital or seat acts or speaks)."""
        gov = self.add("Institution", country.government, kind="government", country=country.name,
                       surface=surface, count=count)
        self._states.add(gov.key)
        for alias in country.government_aliases():
            gov.alias(alias)
        return gov

    def title_office(self, country: Country, title: str, surface: str | None = None,
                     owner: str | None = None) -> Entity:
        """The office of a country's official ("Israeli Prime Minister's Office"; of an area's official when owner
        names the area), PART_OF the country's government, also by the name offices give themselves ('Office of
        the President of Finland')."""
        gov = self.government(country, count=False)
        title = title.title()
        entity = self.add("Institution", f"{owner or country.prefix} {title}'s Office", kind="government",
                          country=country.name, surface=surface, parent=gov.key)
        if owner is None:
            entity.alias(f"Office of the {title} of {country.name}")
        return entity

    def ministry(self, country: Country, kind: str, surface: str | None = None) -> Entity:
        """A ministry of a country, PART_OF its government."""
        gov = self.government(country, count=False)
        entity = self.add("Institution", country.ministry(kind), kind="ministry", country=country.name,
                          surface=surface, parent=gov.key)
        words = surface.split() if surface else []
        if words and (words[0] in _MINISTRY_WORDS or len(words) >= 2 and words[-1] in _MINISTRY_WORDS
                      and all(w.isalpha() and w.istitle() for w in words[:-1]) and words[0] != "The"):
            entity.alias(f"{country.prefix} {surface}")  # 'Cambodian Ministry of Defence', 'Pakistani Foreign Office'
        portfolio = portfolio_name(kind)
        if entity.name == f"{country.prefix} {portfolio} Ministry":  # its formal name: 'Japanese Ministry of Defense'
            entity.alias(f"{country.prefix} Ministry of {portfolio}{' Affairs' if kind == 'foreign' else ''}")
        if "Defense" in entity.name:  # either spelling, whichever the story uses: 'Malian Ministry of Defence'
            for name in [entity.name, *entity.aliases]:
                entity.alias(name.replace("Defense", "Defence"))
        self._country_forms(entity, country)
        return entity

    def ministry_named(self, entity: Entity, country: Country, surface: str) -> None:
        """Another full name of a country's ministry ('Ministry of Defence and Veteran Affairs'), in every form."""
        entity.alias(f"{country.prefix} {surface}")
        self._country_forms(entity, country)

    @staticmethod
    def _country_forms(entity: Entity, country: Country) -> None:
        """Each name of a ministry also with its country's other demonyms ('Myanmar Foreign Ministry' for the
        Burmese one, 'Lao Ministry of Energy and Mines') and its own name, as states style their own ('Singapore
        Ministry of Foreign Affairs')."""
        others = [*(country.demonyms[1:] if country.prefix == country.demonym else []), *country.names[:1]]
        for name in [entity.name, *entity.aliases]:
            if name.startswith(f"{country.prefix} "):
                for other in others:
                    if other != country.prefix:
                        entity.alias(other + name[len(country.prefix):])

    def body_ministry(self, owner: Entity, kind: str, surface: str | None = None) -> Entity:
        """A ministry of a government that is no country's own ('the GNU's Interior Ministry'), PART_OF it and
        named after it by its shortest name ('GNU Interior Ministry')."""
        short = min([owner.name, *(a for a in owner.aliases if a.isupper())], key=len)
        portfolio = portfolio_name(kind)
        return self.add("Institution", f"{short} {portfolio} Ministry", kind="ministry", country=owner.country,
                        surface=surface, parent=owner.key)

    def own_government(self, entity: Entity | None) -> bool:
        """Whether an institution is a government that is no country's own ('the Kurdistan Regional Government')."""
        return entity is not None and entity.label == "Institution" and entity.kind == "government" \
            and entity.parent is None and entity.key not in self._states

    def of_label(self, label: str) -> list[Entity]:
        """Every entity with a label."""
        return [e for e in self.entities.values() if e.label == label]
