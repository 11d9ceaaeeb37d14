"""Seeded generator of diplomatic articles and of their graph documents, at any size.

A "world" of recurring people, institutions and places is drawn once from a seed
(invented names; countries, capitals and ministries are general knowledge from
loaders/data). Each article is planned from that world with skewed (Zipf)
popularity, so a few speakers appear in thousands of articles and most in a few.
The plan becomes either text (for extraction benchmarks) or the graph document
extraction would produce (for load and query benchmarks). Everything streams:
nothing but the world is held in memory, whatever the size.

    python benchmarks/generate.py graph --nodes 1000000 --out /tmp/graph.jsonl
    python benchmarks/generate.py articles --count 1000 --out /tmp/articles.jsonl
"""

from __future__ import annotations

import argparse
import bisect
import datetime as dt
import hashlib
import itertools
import json
import random
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dipgraph.graph.model import ACTS, make_id

DATA = Path(__file__).resolve().parent.parent / "loaders" / "data"
START = dt.date(2015, 1, 1)
DAYS = 3650
SOURCES = ("Harbour Wire", "The Daily Envoy", "Continental Briefing", "Press Office Transcript")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# Invented-name material: syllables make names no real person is likely to have.
_ONSETS = ("b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr", "kh",
           "sh", "tr", "vl", "zh", "al", "an", "el", "or", "us", "ir")
_NUCLEI = ("a", "e", "i", "o", "u", "ai", "ei", "ou", "ia", "y")
_CODAS = ("", "", "n", "r", "s", "l", "v", "k", "sh", "m", "t", "ro", "ev", "ov", "ani", "ez", "in", "ek")

# Titles a speaker holds, with the institution kind it implies.
_TITLES = (("President", "government"), ("Prime Minister", "government"), ("Foreign Minister", "foreign"),
           ("Defense Minister", "defense"), ("spokesperson", "foreign"), ("ambassador", "foreign"),
           ("special envoy", "foreign"), ("national security adviser", "government"),
           ("Interior Minister", "interior"), ("deputy foreign minister", "foreign"))
_EVENTS = (("telephone call", "041", "spoke by telephone with"), ("meeting", "044", "met"),
           ("visit", "042", "visited"), ("negotiation", "046", "held talks with"),
           ("airstrike", "195", "carried out airstrikes against"), ("ceasefire", "081", "agreed a ceasefire with"),
           ("siege", "191", "besieged"), ("sanctions", "163", "imposed sanctions on"))
_VERBS = {"assert": "said", "comment": "noted", "deny": "denied", "appeal": "urged", "promise": "pledged",
          "welcome": "welcomed", "reject": "rejected", "criticize": "criticised", "warn": "warned",
          "threaten": "threatened"}
_CLAUSES = ("the {place} talks would resume next week", "{country} was ready to support a ceasefire in {place}",
            "the humanitarian corridor near {place} must stay open", "aid convoys would reach {place} soon",
            "{country} would not accept any settlement imposed from outside",
            "the shelling of {place} had to stop immediately", "new sanctions on {country} were being prepared",
            "the agreement reached in {place} was a step forward", "{country} had violated the truce",
            "the delegation from {country} would arrive in {place} on Friday")
_FILLER = ("Diplomats said the discussions covered the humanitarian situation, prisoner exchanges and the "
           "reopening of border crossings, and that further rounds were expected in the coming weeks.",
           "Analysts noted that the positions of the two sides remained far apart on the central questions "
           "of security guarantees, the withdrawal of forces and the sequencing of any political transition.",
           "The talks come after months of fighting that has displaced hundreds of thousands of civilians and "
           "left much of the region without reliable electricity, water or medical supplies.",
           "Officials familiar with the negotiations, who spoke on condition of anonymity because they were "
           "not authorised to brief the press, described the atmosphere as tense but businesslike.",
           "Earlier in the week, representatives of several regional governments met to coordinate their "
           "approach, according to a joint communique released after the session.")


def _name(rng: random.Random, parts: int) -> str:
    words = []
    for _ in range(parts):
        syllables = rng.choice((1, 2, 2, 3))
        word = "".join(rng.choice(_ONSETS) + rng.choice(_NUCLEI) for _ in range(syllables)) + rng.choice(_CODAS)
        words.append(word.capitalize())
    return " ".join(words)


@dataclass
class Entity:
    """A recurring person, institution or place, as its graph node."""

    id: str
    label: str
    props: dict[str, Any]
    country: int = 0  # index into World.countries
    title: str = ""
    employer: Entity | None = None  # where a person holds their title; a ministry's government


@dataclass
class World:
    """The recurring cast of a corpus: people, institutions, places and their popularity."""

    countries: list[dict[str, str]]
    people: list[Entity] = field(default_factory=list)
    institutions: list[Entity] = field(default_factory=list)
    places: list[Entity] = field(default_factory=list)
    weights: dict[str, list[float]] = field(default_factory=dict)  # cumulative Zipf weights per pool

    def pick(self, rng: random.Random, pool: str) -> Entity:
        """One entity of a pool, popular ones far more often (Zipf, s = 1)."""
        cum = self.weights[pool]
        return getattr(self, pool)[bisect.bisect(cum, rng.random() * cum[-1])]


def make_world(seed: int = 7, people: int = 3000) -> World:
    """The recurring cast, drawn from the seed: about `people` people, a third as many institutions."""
    rng = random.Random(seed)
    raw = json.loads((DATA / "countries.json").read_text(encoding="utf-8"))
    countries = [{"code": code, "name": c["names"][0], "demonym": c["demonyms"][0], "capital": c["capitals"][0]}
                 for code, c in raw.items() if not code.startswith("_") and c.get("capitals")]
    world = World(countries)
    for i, c in enumerate(countries):
        world.places.append(Entity(make_id("Place", c["name"]), "Place",
                                   {"name": c["name"], "aliases": [], "kind": "country", "country": c["name"]}, i))
        world.places.append(Entity(make_id("Place", c["capital"]), "Place",
                                   {"name": c["capital"], "aliases": [], "kind": "city", "country": c["name"]}, i))
    for _ in range(people // 6):
        i = rng.randrange(len(countries))
        name = f"{_name(rng, 1)} {rng.choice(('Province', 'District', 'Valley', 'Port', 'Heights'))}"
        world.places.append(Entity(make_id("Place", name), "Place",
                                   {"name": name, "aliases": [], "kind": "region",
                                    "country": countries[i]["name"]}, i))
    kinds = {"government": "{d} government", "foreign": "{d} Foreign Ministry", "defense": "{d} Defense Ministry",
             "interior": "{d} Interior Ministry"}
    by_country: dict[tuple[int, str], Entity] = {}
    for i, c in enumerate(countries):
        for kind, pattern in kinds.items():
            name = pattern.format(d=c["demonym"])
            by_country[(i, kind)] = Entity(
                make_id("Institution", name), "Institution",
                {"name": name, "aliases": [], "kind": "government" if kind == "government" else "ministry",
                 "country": c["name"]}, i, employer=by_country.get((i, "government")))
            world.institutions.append(by_country[(i, kind)])
    while len(world.institutions) < people // 3:
        i = rng.randrange(len(countries))
        name = f"{_name(rng, 1)} {rng.choice(('Front', 'Brigade', 'Council', 'Agency', 'Commission', 'Movement'))}"
        world.institutions.append(Entity(make_id("Institution", name), "Institution",
                                         {"name": name, "aliases": [], "kind": "organisation",
                                          "country": countries[i]["name"]}, i))
    seen: set[str] = set()
    while len(world.people) < people:
        first, last = _name(rng, 1), _name(rng, 1)
        name = f"{first} {last}"
        if name in seen:
            continue
        seen.add(name)
        i = rng.randrange(len(countries))
        title, kind = rng.choice(_TITLES)
        world.people.append(Entity(make_id("Person", name), "Person", {"name": name, "aliases": [last]},
                                   i, title, by_country[(i, kind)]))
    for pool in ("people", "institutions", "places"):
        entities = getattr(world, pool)
        rng.shuffle(entities)
        world.weights[pool] = list(itertools.accumulate(1.0 / (rank + 1) for rank in range(len(entities))))
    return world


def _hid(label: str, key: str) -> str:
    # The same shape as model.make_id, without its name normalisation (keys here are already plain).
    digest = hashlib.sha1((label + "\x1e" + key).encode()).hexdigest()[:16]
    return f"{label.lower()}:{digest}"


def _plan(world: World, rng: random.Random, number: int) -> dict[str, Any]:
    """One article: its date, sentences, statements, events and who is involved."""
    date = (START + dt.timedelta(days=rng.randrange(DAYS))).isoformat()
    weekday = WEEKDAYS[rng.randrange(7)]
    sentences: list[dict[str, Any]] = []
    events = []
    for _ in range(rng.choice((1, 1, 2, 2, 2, 3, 3))):
        kind, cameo, verb = _EVENTS[rng.randrange(len(_EVENTS))]
        actor = world.pick(rng, "people") if rng.random() < 0.7 else world.pick(rng, "institutions")
        target = world.pick(rng, "people") if rng.random() < 0.6 else world.pick(rng, "institutions")
        where = world.pick(rng, "places")
        text = f"{actor.props['name']} {verb} {target.props['name']} in {where.props['name']} on {weekday}."
        events.append({"type": kind, "cameo": cameo, "actor": actor, "target": target,
                       "place": where if rng.random() < 0.5 else None})
        sentences.append({"kind": "event", "text": text, "event": events[-1]})
    statements = []
    for _ in range(rng.randint(3, 13)):
        speaker = world.pick(rng, "people") if rng.random() < 0.8 else world.pick(rng, "institutions")
        act = rng.choice(list(ACTS))
        about = world.pick(rng, "places") if rng.random() < 0.5 else world.pick(rng, "people")
        country = world.countries[about.country]["name"]
        clause = rng.choice(_CLAUSES).format(place=about.props["name"] if about.label == "Place" else country,
                                             country=country)
        direct = rng.random() < 0.4
        who = speaker.props["name"]
        if speaker.label == "Person":
            who = f"{world.countries[speaker.country]['demonym']} {speaker.title} {who}"
        if direct:
            text = f"\u201c{clause[0].upper()}{clause[1:]},\u201d {who} {_VERBS[act]} on {weekday}."
        else:
            text = f"{who} {_VERBS[act]} on {weekday} that {clause}."
        statement = {"speaker": speaker, "act": act, "about": about, "clause": clause,
                     "kind": "direct" if direct else "indirect", "responds": None,
                     "explicit": rng.random() < 0.5, "contradicts": rng.random() < 0.05}
        if events and rng.random() < 0.2:
            statement["responds"] = rng.randrange(len(events))
        statements.append(statement)
        sentences.append({"kind": "statement", "text": text, "statement": statement})
    rng.shuffle(sentences)
    for i in range(rng.randint(2, 5)):
        sentences.insert(rng.randrange(len(sentences) + 1), {"kind": "filler", "text": _FILLER[i]})
    lead = statements[0]["speaker"].props["name"]
    title = f"{lead} {_VERBS[statements[0]['act']]} over {statements[0]['about'].props['name']}"
    return {"number": number, "date": date, "title": title, "source": SOURCES[number % len(SOURCES)],
            "sentences": sentences}


def _text(plan: dict[str, Any]) -> tuple[str, list[tuple[int, int]]]:
    """The article text (title, dateline, paragraphs) and each sentence's character span."""
    head = f"{plan['title']}\n\n{plan['date']}\n\n"
    spans, parts, pos = [], [head], len(head)
    for i, sentence in enumerate(plan["sentences"]):
        sep = "\n\n" if i and i % 3 == 0 else " " if i else ""
        pos += len(sep)
        spans.append((pos, pos + len(sentence["text"])))
        parts += [sep, sentence["text"]]
        pos += len(sentence["text"])
    return "".join(parts), spans


def articles(count: int, seed: int = 7, people: int = 3000) -> Iterator[dict[str, Any]]:
    """`count` articles as JSON-lines records: title, date, source, text."""
    world, rng = make_world(seed, people), random.Random(seed + 1)
    for number in range(count):
        plan = _plan(world, rng, number)
        text, _ = _text(plan)
        yield {"title": plan["title"], "date": plan["date"], "source": plan["source"], "text": text}


def _entity(e: Entity) -> dict[str, Any]:
    return {"id": e.id, "label": e.label, "properties": e.props}


def _rel(rel_type: str, start: str, end: str, **props: Any) -> dict[str, Any]:
    return {"type": rel_type, "start": start, "end": end, "properties": props}


def _document(plan: dict[str, Any]) -> dict[str, Any]:
    """The graph document extraction would produce for one planned article (as a JSON dict)."""
    text, spans = _text(plan)
    sha = hashlib.sha256(text.encode()).hexdigest()
    article = make_id("Article", sha)
    nodes = [{"id": article, "label": "Article", "properties": {
        "title": plan["title"], "date": plan["date"], "source": plan["source"],
        "path": f"generated/{plan['number']}.txt", "sha256": sha}}]
    rels = []
    entities: dict[str, Entity] = {}
    mentions: dict[str, int] = {}
    event_ids: list[str] = []

    def involve(e: Entity, mention: bool = True) -> str:
        entities[e.id] = e
        if mention:  # places and topics are not counted as mentions, to keep about 3 relationships a node
            mentions[e.id] = mentions.get(e.id, 0) + 1
        return e.id

    for sentence, (start, end) in zip(plan["sentences"], spans, strict=True):
        provenance = {"sentence": sentence["text"], "start": start, "end": end}
        if sentence["kind"] == "event":
            ev = sentence["event"]
            eid = _hid("Event", f"{sha}:{start}")
            ev["id"] = eid
            event_ids.append(eid)
            nodes.append({"id": eid, "label": "Event", "properties": {
                "type": ev["type"], "cameo": ev["cameo"], "date": plan["date"], "text": sentence["text"],
                **provenance, "rule": "event.verb"}})
            rels += [_rel("ACTOR", eid, involve(ev["actor"])), _rel("TARGET", eid, involve(ev["target"])),
                     _rel("REPORTED_IN", eid, article)]
            if ev["place"] is not None:
                rels.append(_rel("LOCATED_IN", eid, involve(ev["place"], mention=False)))
        elif sentence["kind"] == "statement":
            st = sentence["statement"]
            sid = _hid("Statement", f"{sha}:{start}")
            st["id"] = sid
            nodes.append({"id": sid, "label": "Statement", "properties": {
                "text": st["clause"], "kind": st["kind"], "act": st["act"], "cameo": ACTS[st["act"]],
                "date": plan["date"], **provenance, "rule": f"statement.{st['kind']}"}})
            speaker = st["speaker"]
            rels += [_rel("STATED", involve(speaker), sid), _rel("REPORTED_IN", sid, article)]
            if st["explicit"]:
                rels.append(_rel("ABOUT", sid, involve(st["about"], mention=False)))
            if speaker.employer is not None:  # "the X Foreign Minister": a role, or a ministry's government
                rel_type, props = ("HOLDS_ROLE", {"title": speaker.title}) if speaker.label == "Person" \
                    else ("PART_OF", {})
                rels.append(_rel(rel_type, speaker.id, involve(speaker.employer, mention=False), **props))
    statements = [s["statement"] for s in plan["sentences"] if s["kind"] == "statement"]
    for st in statements:
        if st["responds"] is not None:
            rels.append(_rel("RESPONDS_TO", st["id"], event_ids[st["responds"]]))
    for a, b in zip(statements, statements[1:], strict=False):
        if b["contradicts"] and a["speaker"] is not b["speaker"]:
            rels.append(_rel("CONTRADICTS", b["id"], a["id"]))
    nodes += [_entity(e) for e in entities.values()]
    rels += [_rel("MENTIONS", article, eid, count=n) for eid, n in mentions.items()]
    return {"nodes": nodes, "relationships": rels}


@dataclass
class Tally:
    """Distinct nodes and relationships a stream of documents adds up to (entities recur)."""

    documents: int = 0
    nodes: int = 0
    relationships: int = 0
    rows: int = 0  # node and relationship rows in the documents, recurring entities included
    _entities: set[str] = field(default_factory=set)
    _roles: set[tuple[str, str, str]] = field(default_factory=set)

    def add(self, doc: dict[str, Any]) -> None:
        """Count one document's new nodes and relationships."""
        self.documents += 1
        self.rows += len(doc["nodes"]) + len(doc["relationships"])
        for node in doc["nodes"]:
            if node["label"] in ("Person", "Institution", "Place"):
                if node["id"] not in self._entities:
                    self._entities.add(node["id"])
                    self.nodes += 1
            else:
                self.nodes += 1
        for rel in doc["relationships"]:
            if rel["type"] in ("HOLDS_ROLE", "PART_OF"):
                key = (rel["type"], rel["start"], rel["end"])
                if key not in self._roles:
                    self._roles.add(key)
                    self.relationships += 1
            else:
                self.relationships += 1


def graph_documents(nodes: int, seed: int = 7, people: int = 3000, tally: Tally | None = None
                    ) -> Iterator[dict[str, Any]]:
    """Graph documents (JSON dicts), one per article, until about `nodes` distinct nodes exist."""
    world, rng = make_world(seed, people), random.Random(seed + 1)
    tally = tally if tally is not None else Tally()
    for number in itertools.count():
        if tally.nodes >= nodes:
            return
        doc = _document(_plan(world, rng, number))
        tally.add(doc)
        yield doc


def write_jsonl(records: Iterator[dict[str, Any]], out: Path) -> int:
    """Write records one JSON object a line; returns how many."""
    count = 0
    with out.open("w", encoding="utf-8") as f:
        for record in records:
            f.write(json.dumps(record, ensure_ascii=False))
            f.write("\n")
            count += 1
    return count


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    """Stream records back from a JSON-lines file."""
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def main(argv: list[str] | None = None) -> None:
    """Command line: `graph --nodes N --out F` or `articles --count N --out F`."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=("graph", "articles"))
    parser.add_argument("--nodes", type=int, default=10_000, help="graph: distinct nodes to reach")
    parser.add_argument("--count", type=int, default=1000, help="articles: how many")
    parser.add_argument("--people", type=int, default=3000, help="recurring people (institutions: a third)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    if args.what == "articles":
        n = write_jsonl(articles(args.count, args.seed, args.people), args.out)
        print(f"wrote {n} articles to {args.out} in {time.perf_counter() - started:.1f} s")
        return
    tally = Tally()
    write_jsonl(graph_documents(args.nodes, args.seed, args.people, tally), args.out)
    print(f"wrote {tally.documents} graph documents to {args.out}: {tally.nodes} distinct nodes, "
          f"{tally.relationships} distinct relationships ({tally.rows} rows) "
          f"in {time.perf_counter() - started:.1f} s", file=sys.stdout)


if __name__ == "__main__":
    main()
