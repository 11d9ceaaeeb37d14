"""Saved queries: parse their headers, check parameters, pick the dialect, run read-only.

A saved query is a ``.cypher`` file whose leading ``//`` comment lines are its header::

    // name: statements-by-person
    // description: What a person said, in date order.
    // param: person (string, example "John Kerry"): the person's name or an alias
    // param: since (date, default "0001-01-01"): earliest statement date
    MATCH ...

A parameter without a default is required. Where the two stores' Cypher differs, the
body carries one section per store after ``// dialect: neo4j`` and ``// dialect: ladybug``.
"""

from __future__ import annotations

import difflib
import json
import os
import re
from dataclasses import dataclass, field
from datetime import date as Date
from pathlib import Path
from typing import Any

from dipgraph.errors import ParameterError, QueryError
from dipgraph.graph.store import Result, Store

BUILTIN_DIR = Path(__file__).parent
QUERIES_ENV = "DIPGRAPH_QUERIES"
TYPES = ("string", "int", "float", "date", "bool", "list")


@dataclass
class Param:
    """A declared query parameter."""

    name: str
    type: str
    default: Any = None
    required: bool = True
    example: Any = None
    description: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "type": self.type, "required": self.required, "default": self.default,
                "example": self.example, "description": self.description}


@dataclass
class SavedQuery:
    """A saved query: header fields and per-dialect Cypher."""

    name: str
    description: str
    path: Path
    params: list[Param] = field(default_factory=list)
    bodies: dict[str, str] = field(default_factory=dict)  # dialect ("*" for both) -> cypher

    def cypher(self, dialect: str) -> str:
        """The body for a store's dialect."""
        body = self.bodies.get(dialect) or self.bodies.get("*")
        if body is None:
            raise QueryError(f"query {self.name!r} has no variant for the {dialect} store")
        return body

    def example_params(self) -> dict[str, Any]:
        """The header's example values, for documentation and tests."""
        return {p.name: p.example for p in self.params if p.example is not None}

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "description": self.description, "path": str(self.path),
                "params": [p.to_dict() for p in self.params]}


def parse_query(path: Path) -> SavedQuery:
    """Read one .cypher file and its header; QueryError names the file and line on a bad header."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise QueryError(f"{path}: cannot read saved query ({exc})") from None
    header: dict[str, str] = {}
    params: list[Param] = []
    bodies: dict[str, list[str]] = {"*": []}
    dialect = "*"
    in_header = True
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        match = re.match(r"^//\s*(\w+)\s*:\s*(.*)$", stripped)
        if match and match.group(1) == "dialect":
            dialect = match.group(2).strip().lower()
            bodies.setdefault(dialect, [])
            in_header = False
            continue
        if in_header and match and match.group(1) in {"name", "description", "param"}:
            key, value = match.group(1), match.group(2).strip()
            if key == "param":
                params.append(_parse_param(value, f"{path}:{number}"))
            else:
                header[key] = value
            continue
        if in_header and (not stripped or stripped.startswith("//")):
            continue
        in_header = False
        bodies[dialect].append(line)
    name = header.get("name") or path.stem
    cleaned = {d: "\n".join(lines).strip() for d, lines in bodies.items() if "\n".join(lines).strip()}
    if not cleaned:
        raise QueryError(f"{path}: saved query has no Cypher body")
    return SavedQuery(name, header.get("description", ""), path, params, cleaned)


def _parse_param(value: str, where: str) -> Param:
    bad = QueryError(f"{where}: bad param line; expected 'name (type, default V, example V): text'")
    match = re.match(r"([A-Za-z_]\w*)\s*\(\s*(\w+)\s*", value)
    if not match:
        raise bad
    kind = match.group(2).lower()
    if kind not in TYPES:
        raise QueryError(f"{where}: unknown parameter type {kind!r} (one of {', '.join(TYPES)})")
    param = Param(match.group(1), kind)
    pos, decoder = match.end(), json.JSONDecoder()
    while True:
        attr = re.compile(r"\s*(\)|,\s*(default|example)\s+)").match(value, pos)
        if not attr:
            raise bad
        if attr.group(1) == ")":
            break
        try:
            parsed, pos = decoder.raw_decode(value, attr.end())
        except json.JSONDecodeError:
            raise QueryError(f"{where}: the {attr.group(2)} value must be JSON") from None
        if attr.group(2) == "default":
            param.default, param.required = parsed, False
        else:
            param.example = parsed
    rest = value[attr.end():].strip()
    if rest and not rest.startswith(":"):
        raise bad
    param.description = rest[1:].strip()
    return param


def query_dirs(extra: list[str | os.PathLike[str]] | None = None) -> list[Path]:
    """Built-in queries first, then folders from the environment variable, then the given ones."""
    dirs = [BUILTIN_DIR]
    env = os.environ.get(QUERIES_ENV)
    if env:
        dirs += [Path(p) for p in env.split(os.pathsep) if p]
    dirs += [Path(p) for p in extra or []]
    return dirs


def load_library(extra: list[str | os.PathLike[str]] | None = None) -> dict[str, SavedQuery]:
    """Every saved query by name; a name defined twice is an error naming both files."""
    library: dict[str, SavedQuery] = {}
    for folder in query_dirs(extra):
        if not folder.is_dir():
            raise QueryError(f"{folder}: queries folder does not exist")
        for path in sorted(folder.glob("*.cypher")):
            query = parse_query(path)
            if query.name in library:
                raise QueryError(
                    f"saved query {query.name!r} is defined twice: {library[query.name].path} and {path}"
                )
            library[query.name] = query
    return library


def find_query(name: str, library: dict[str, SavedQuery]) -> SavedQuery:
    """A saved query by name, with a 'did you mean' for near misses."""
    if name in library:
        return library[name]
    close = difflib.get_close_matches(name, list(library), n=3)
    hint = f"; did you mean {' or '.join(repr(c) for c in close)}?" if close else "; see 'dipgraph queries'"
    raise QueryError(f"unknown query {name!r}{hint}")


def coerce(param: Param, value: Any) -> Any:
    """A parameter value converted to its declared type (strings from the command line included)."""
    try:
        if param.type == "int":
            return int(value)
        if param.type == "float":
            return float(value)
        if param.type == "bool":
            if isinstance(value, bool):
                return value
            if str(value).lower() in {"true", "yes", "1"}:
                return True
            if str(value).lower() in {"false", "no", "0"}:
                return False
            raise ValueError(value)
        if param.type == "date":
            text = str(value)
            if re.fullmatch(r"\d{4}-\d{2}", text):
                return text
            return Date.fromisoformat(text).isoformat()
        if param.type == "list":
            if isinstance(value, list):
                return [str(v) for v in value]
            return [v.strip() for v in str(value).split(",") if v.strip()]
        return str(value)
    except (TypeError, ValueError):
        raise ParameterError(f"parameter {param.name!r} must be a {param.type}, got {value!r}") from None


def bind(query: SavedQuery, given: dict[str, Any]) -> dict[str, Any]:
    """The full parameter map: given values typed, defaults filled, unknown and missing refused."""
    declared = {p.name: p for p in query.params}
    unknown = sorted(set(given) - set(declared))
    if unknown:
        known = ", ".join(declared) or "none"
        raise ParameterError(f"query {query.name!r} has no parameter {unknown[0]!r} (it takes: {known})")
    bound: dict[str, Any] = {}
    for param in query.params:
        if param.name in given:
            bound[param.name] = coerce(param, given[param.name])
        elif param.required:
            raise ParameterError(f"query {query.name!r} needs parameter {param.name!r} ({param.type})")
        else:
            bound[param.name] = param.default
    return bound


def run_query(
    store: Store, name: str, /, *, queries_dirs: list[str | os.PathLike[str]] | None = None, **params: Any
) -> Result:
    """Run a saved query by name with typed, validated parameters, read-only."""
    query = find_query(name, load_library(queries_dirs))
    return store.read(query.cypher(store.dialect), bind(query, params))


def run_cypher(store: Store, cypher: str, params: dict[str, Any] | None = None) -> Result:
    """Run an ad-hoc read-only Cypher query."""
    return store.read(cypher, params or {})
