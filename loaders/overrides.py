"""An analyst's corrections, applied to every extracted document: aliases, merges, renames, roles, drops.

The file is plain JSON::

    {
      "aliases": {"Sec. Kerry": "John Kerry"},
      "merge":   [{"into": "Russian government", "from": ["Kremlin administration"]}],
      "rename":  {"US government": "United States government"},
      "roles":   [{"person": "John Kirby", "title": "spokesman", "institution": "US State Department",
                   "replace": true}],
      "drop":    ["Some Noise"],
      "set":     {"Local Coordination Committees": {"kind": "ngo", "country": "Syria"}}
    }

Names are matched on an entity's name or any alias, ignoring case and punctuation.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dipgraph.errors import InputError
from dipgraph.graph.document import GraphDocument, Node, Relationship
from dipgraph.graph.model import make_id, normalise

ENTITY_LABELS = ("Person", "Institution", "Place")
SETTABLE = {"kind", "country"}


@dataclass
class Overrides:
    """Parsed corrections: a map of names to canonical names, roles to set, names to drop."""

    canonical: dict[str, str] = field(default_factory=dict)  # normalised name → canonical name
    roles: list[dict[str, Any]] = field(default_factory=list)
    drop: set[str] = field(default_factory=set)
    props: dict[str, dict[str, str]] = field(default_factory=dict)  # normalised name → kind/country to set

    @classmethod
    def load(cls, path: str | Path) -> Overrides:
        """Read an overrides file, raising InputError when it is missing or malformed."""
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise InputError(f"{path}: overrides file not found") from None
        except (OSError, json.JSONDecodeError) as exc:
            raise InputError(f"{path}: cannot read overrides ({exc})") from None
        return cls.from_dict(data, str(path))

    @classmethod
    def from_dict(cls, data: Any, source: str = "overrides") -> Overrides:
        """Build overrides from parsed JSON."""
        if not isinstance(data, dict):
            raise InputError(f"{source}: expected a JSON object")
        out = cls()
        try:
            for alias, name in (data.get("aliases") or {}).items():
                out.canonical[normalise(alias)] = str(name)
            for old, new in (data.get("rename") or {}).items():
                out.canonical[normalise(old)] = str(new)
            for group in data.get("merge") or []:
                for old in group["from"]:
                    out.canonical[normalise(old)] = str(group["into"])
            for role in data.get("roles") or []:
                out.roles.append({"person": str(role["person"]), "title": str(role["title"]),
                                  "institution": str(role["institution"]), "replace": bool(role.get("replace", True))})
            out.drop = {normalise(str(n)) for n in data.get("drop") or []}
            for name, values in (data.get("set") or {}).items():
                unknown = set(values) - SETTABLE
                if unknown:
                    raise InputError(f"{source}: 'set' can change only {sorted(SETTABLE)}, not {sorted(unknown)}")
                out.props[normalise(name)] = {k: str(v) for k, v in values.items()}
        except (KeyError, TypeError, AttributeError) as exc:
            raise InputError(f"{source}: malformed overrides ({exc})") from None
        return out

    def apply(self, doc: GraphDocument) -> GraphDocument:
        """The document with the corrections applied (ids follow the corrected names)."""
        remap = {n.id: self._target_id(n) for n in doc.nodes if n.label in ENTITY_LABELS}
        nodes: list[Node] = []
        for node in doc.nodes:
            target_id = remap.get(node.id, node.id)
            if not target_id:
                continue
            if target_id != node.id:
                names = _names(node)
                target = next(self.canonical[normalise(n)] for n in names if normalise(n) in self.canonical)
                props = dict(node.properties)
                props["aliases"] = [a for a in dict.fromkeys(names) if a and normalise(a) != normalise(target)]
                props["name"] = target
                node = Node(target_id, node.label, props)
            nodes.append(node)
        rels = [Relationship(r.type, remap.get(r.start, r.start), remap.get(r.end, r.end), dict(r.properties))
                for r in doc.relationships if remap.get(r.start, r.start) and remap.get(r.end, r.end)]
        out = GraphDocument(nodes, rels).merged()
        self._apply_roles(out)
        for node in out.nodes:
            if node.label in ("Institution", "Place"):
                for n in _names(node):
                    node.properties.update(self.props.get(normalise(n), {}))
        return out.merged()

    def _target_id(self, node: Node) -> str:
        names = _names(node)
        if any(normalise(n) in self.drop for n in names):
            return ""
        target = next((self.canonical[normalise(n)] for n in names if normalise(n) in self.canonical), None)
        return make_id(node.label, target) if target else node.id

    def _apply_roles(self, doc: GraphDocument) -> None:
        by_name = {}
        for node in doc.nodes:
            if node.label in ENTITY_LABELS:
                for n in [node.properties.get("name", "")] + list(node.properties.get("aliases") or []):
                    by_name.setdefault((node.label, normalise(n)), node)
        for role in self.roles:
            person = by_name.get(("Person", normalise(role["person"])))
            if person is None:
                continue
            inst = by_name.get(("Institution", normalise(role["institution"])))
            if inst is None:
                inst = Node(make_id("Institution", role["institution"]), "Institution",
                            {"name": role["institution"], "aliases": []})
                doc.nodes.append(inst)
            if role["replace"]:
                doc.relationships[:] = [r for r in doc.relationships
                                        if not (r.type == "HOLDS_ROLE" and r.start == person.id)]
            doc.relationships.append(Relationship("HOLDS_ROLE", person.id, inst.id, {"title": role["title"]}))


def _names(node: Node) -> list[str]:
    return [node.properties.get("name", "")] + list(node.properties.get("aliases") or [])
