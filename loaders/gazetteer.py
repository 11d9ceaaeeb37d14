"""General-knowledge lookups: countries (pycountry + curated data), institutions, titles, lexicons.

Everything here is loaded once from ``loaders/data/*.json`` and is read-only afterwards.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import pycountry

from dipgraph.graph.model import normalise


def load_data(name: str) -> dict[str, Any]:
    """One JSON data file from loaders/data, keys starting with '_' dropped."""
    text = resources.files("dipgraph.loaders").joinpath("data", name).read_text(encoding="utf-8")
    return {k: v for k, v in json.loads(text).items() if not k.startswith("_")}


def _with_word_lists(events: dict[str, Any]) -> dict[str, Any]:
    """The event lexicon with every trigger written {"as": "other"} given the other's data, and every '@name' in
    an 'objects' or 'not_objects' list, or as an 'object_types' key, replaced by the shared word list it names."""
    lists = events["lists"]

    def expanded(words: list[str]) -> list[str]:
        return [w for word in words for w in (lists[word[1:]] if word.startswith("@") else [word])]

    for section in ("verbs", "nouns"):
        triggers = events[section]
        for key, entry in triggers.items():
            if "as" in entry:
                triggers[key] = {**triggers[entry["as"]], **{k: v for k, v in entry.items() if k != "as"}}
    for entry in [*events["verbs"].values(), *events["nouns"].values(), *events["motion_objects"].values()]:
        for words in ("objects", "not_objects"):
            if isinstance(entry, dict) and words in entry:
                entry[words] = expanded(entry[words])
        if isinstance(entry, dict) and "object_types" in entry:
            entry["object_types"] = {w: kind for word, kind in entry["object_types"].items() for w in expanded([word])}
    return events


@dataclass(eq=False)
class Country:
    """A country with the English names news uses for it."""

    code: str
    name: str
    demonym: str
    names: list[str] = field(default_factory=list)
    demonyms: list[str] = field(default_factory=list)
    capitals: list[str] = field(default_factory=list)
    seats: list[str] = field(default_factory=list)
    venue: bool = False
    government_name: str | None = None
    ministries: dict[str, str] = field(default_factory=dict)
    legislatures: list[str] = field(default_factory=list)  # its parliament's own names: 'Folketing'

    @property
    def prefix(self) -> str:
        """The word that names the country's institutions: 'Russian', 'US'."""
        if not self.government_name or self.government_name.startswith(f"{self.demonym} "):
            return self.demonym  # 'Turkish Cypriot authorities': 'Turkish Cypriot', not 'Turkish'
        return self.government_name.split()[0]

    @property
    def government(self) -> str:
        """The canonical name of the country's government."""
        return self.government_name or f"{self.demonym} government"

    def capital_named(self, surface: str) -> str:
        """The capital a surface form names, in its first spelling ('Bogota' for 'Bogotá'): a country with
        two capitals ('Abidjan', 'Yamoussoukro') keeps each."""
        key = _folded(surface)
        return next((c for c in self.capitals if _folded(c) == key), self.capitals[0])

    def government_aliases(self) -> list[str]:
        """Other names of the government: country and demonym forms."""
        out = [f"{n} government" for n in self.names[:2]] + [f"{d} government" for d in self.demonyms]
        out.append(f"Government of {self.names[0]}")  # as a state styles it
        return [a for a in dict.fromkeys(out) if a != self.government]

    def ministry(self, kind: str) -> str:
        """The canonical name of one of the country's ministries."""
        return self.ministries.get(kind) or f"{self.prefix} {portfolio_name(kind)} Ministry"


def portfolio_name(kind: str) -> str:
    """A ministry's kind as its name says it: 'energy and mines' → 'Energy and Mines'."""
    return " ".join(w if w == "and" else w.capitalize() for w in kind.split())


def _folded(name: str) -> str:
    """A name without accents, case or punctuation: two spellings of one place fold alike."""
    text = unicodedata.normalize("NFKD", name.removeprefix("the ").removeprefix("The "))
    return "".join(c for c in text if c.isalnum()).casefold()


@dataclass(frozen=True)
class CountryHit:
    """How a surface form names a country: by name, demonym, capital or seat of government."""

    country: Country
    how: str  # name | demonym | capital | seat


class Gazetteer:
    """Lookups over countries, institutions, titles and the rule lexicons."""

    def __init__(self) -> None:
        curated = load_data("countries.json")
        self.countries: dict[str, Country] = {}
        self._forms: dict[str, CountryHit] = {}
        self.legislature_starts: dict[str, list[tuple[str, Country]]] = {}
        for code, info in curated.items():
            pc = pycountry.countries.get(alpha_2=code)
            official = [getattr(pc, a, None) for a in ("common_name", "name", "official_name")] if pc else []
            names = list(dict.fromkeys(info["names"] + [n for n in official if n]))
            country = Country(
                code, info["names"][0], info["demonyms"][0], names, info["demonyms"], info["capitals"],
                info.get("seats", []), info.get("venue", False), info.get("government"), info.get("ministries", {}),
                info.get("legislatures", []),
            )
            self.countries[code] = country
            for name in country.legislatures:  # 'Verkhovna' → ('Verkhovna Rada', Ukraine): found by first word
                self.legislature_starts.setdefault(name.split()[0], []).append((name, country))
            for how, forms in (("seat", country.seats), ("capital", country.capitals),
                               ("demonym", country.demonyms), ("name", names)):
                for form in forms:
                    self._forms[normalise(form)] = CountryHit(country, how)
        inst = load_data("institutions.json")
        self.ministry_forms: dict[str, str] = {
            normalise(form): kind for kind, forms in inst["ministries"].items() for form in forms
        }
        self.ministry_names: dict[str, str] = {  # as written, commas and all
            form: kind for kind, forms in inst["ministries"].items() for form in forms}
        self.country_bound = {normalise(k): v for k, v in inst["country_bound"].items()}
        shared = inst["country_bound_shared"]  # name → the countries using it
        self.country_bound_shared: dict[str, list[str]] = {normalise(k): v for k, v in shared.items()}
        self.organisations: dict[str, dict[str, Any]] = {}
        self.called_nouns: set[str] = set()  # 'bloc', 'alliance': what organisations are called once named
        self.seated: dict[str, list[str]] = {}  # a city → the organisations seated there ('brussels' → EU)
        for org in inst["organisations"]:
            for form in [org["name"], *org["aliases"]]:
                self.organisations[normalise(form)] = org
            self.called_nouns.update(org.get("called", ()))
            if org.get("seat"):
                self.seated.setdefault(normalise(org["seat"]), []).append(org["name"])
        self.national_police: dict[str, str] = inst["national_police"]  # country code → its police's English name
        # the posts a country's system lacks, by country code: "president", "prime minister"
        self.lacks: dict[str, set[str]] = {}
        for post, codes in (("president", inst["heads"]["no_president"]),
                            ("prime minister", inst["heads"]["no_prime_minister"])):
            for code in codes:
                self.lacks.setdefault(code, set()).add(post)
        self.kind_words = {normalise(w): kind for kind, ws in inst["kind_words"].items() for w in ws}
        self.government_nouns = set(inst["government_nouns"])
        self.regime_words = set(inst["regime_words"])
        self.group_anaphora = set(inst["group_anaphora"])
        self.bodies: dict[str, str] = inst["bodies"]
        self.ministry_anaphora = set(inst["ministry_anaphora"])
        self.head_nouns: dict[str, str] = inst["head_nouns"]
        self.company_nouns: dict[str, str] = inst["company_nouns"]
        self.media_acronyms: set[str] = set(inst["media_acronyms"])
        titles = load_data("titles.json")
        self.titles: dict[str, str | None] = titles["titles"]
        self.title_bound: dict[str, str] = titles["country_bound"]  # title → the one country that has it
        self.honorifics = {normalise(h) for h in titles["honorifics"]}
        self.gendered = {w.rstrip("."): g[0] for g in ("male", "female") for w in titles["gendered"][g]}
        self.given_forms: dict[str, set[str]] = {}  # a given name → every form of it ('Tom' ↔ 'Thomas')
        for given, short in titles["nicknames"].items():
            for form in (given, *short):
                self.given_forms.setdefault(form, set()).update((given, *short))
        self.reporting = load_data("reporting_verbs.json")
        self.events = _with_word_lists(load_data("events.json"))

    def country(self, text: str) -> CountryHit | None:
        """The country a surface form names (``Iran's``, ``Moscow``, ``U.S.``), if any."""
        key = normalise(text)
        key = key[:-2] if key.endswith("'s") else key
        key = key.removeprefix("the ")
        return self._forms.get(key)

    def country_by_code(self, code: str | None) -> Country | None:
        """A country by its alpha-2 code."""
        return self.countries.get(code) if code else None

    def organisation(self, text: str) -> dict[str, Any] | None:
        """A well-known organisation or armed group named by a surface form."""
        return self.organisations.get(normalise(text))

    def ministry_kind(self, text: str) -> str | None:
        """The kind of ministry a phrase names (``Defense Ministry`` → defense)."""
        return self.ministry_forms.get(normalise(text))


@cache
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer (loaded on first use)."""
    return Gazetteer()
