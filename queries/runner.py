"""Saved queries: parse their headers, check parameters, pick the dialect, run read-only.

A saved query is a ``.cypher`` file whose leading ``//`` comment lines are its header::

    // name: statements-by-person
    // description: What a person said, in date order.
    // param: person (string, example "John Kerry"): the person's name or an alias
    // param: since (date, default "0001-01-01"): earliest statement date
    // param: depth (int, default 3, min 1, max 5): how far to follow
    MATCH ...

Values after ``default``, ``example``, ``min`` and ``max`` are JSON. A parameter without
a default is required. Where the two stores' Cypher differs, the body carries one section
per store after ``// dialect: neo4j`` and ``// dialect: ladybug``. queries/README.md has
the rules for writing Cypher both stores accept.
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
from dipgraph.graph.cypher import write_clause
from dipgraph.graph.store import Result, Store

BUILTIN_DIR = Path(__file__).parent
QUERIES_ENV = "DIPGRAPH_QUERIES"
TYPES = ("string", "int", "float", "date", "bool", "list")
DIALECTS = ("neo4j", "ladybug")
_NAME = re.compile(r"[A-Za-z0-9][\w.-]*")
_HEADER = re.compile(r"^//\s*(\w+)\s*:\s*(.*)$")
_USED = re.compile(r"\$([A-Za-z_]\w*)")


@dataclass
class Param:
    """A declared query parameter."""

    name: str
    type: str
    default: Any = None
    required: bool = True
    example: Any = None
    description: str = ""
    min: float | None = None
    max: float | None = None

    def to_dict(self) -> dict[str, Any]:
        out = {"name": self.name, "type": self.type, "required": self.required, "default": self.default,
               "example": self.example, "description": self.description}
        out.update({k: v for k, v in (("min", self.min), ("max", self.max)) if v is not None})
        return out

    def usage(self) -> str:
        """A short form for listings: ``name:type=default``, or ``name:type`` when required."""
        return f"{self.name}:{self.type}" + ("" if self.required else f"={json.dumps(self.default)}")


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
                "dialects": sorted(self.bodies) if "*" not in self.bodies else list(DIALECTS),
                "params": [p.to_dict() for p in self.params]}


def parse_query(path: Path) -> SavedQuery:
    """Read one .cypher file and check it; QueryError names the file (and line) of any problem."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise QueryError(f"{path}: cannot read saved query ({exc})") from None
    header: dict[str, str] = {}
    params: list[Param] = []
    bodies: dict[str, list[str]] = {"*": []}
    dialect, in_header = "*", True
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        match = _HEADER.match(stripped)
        if match and match.group(1) == "dialect":
            dialect = match.group(2).strip().lower()
            if dialect not in DIALECTS:
                raise QueryError(f"{path}:{number}: unknown dialect {dialect!r} (one of {', '.join(DIALECTS)})")
            if dialect in bodies:
                raise QueryError(f"{path}:{number}: second '// dialect: {dialect}' section")
            bodies[dialect] = []
            in_header = False
            continue
        if in_header and match and match.group(1) in {"name", "description", "param"}:
            key, value = match.group(1), match.group(2).strip()
            if key == "param":
                param = _parse_param(value, f"{path}:{number}")
                if any(p.name == param.name for p in params):
                    raise QueryError(f"{path}:{number}: parameter {param.name!r} is declared twice")
                params.append(param)
            else:
                header[key] = value
            continue
        if in_header and (not stripped or stripped.startswith("//")):
            continue
        in_header = False
        bodies[dialect].append(line)
    name = header.get("name") or path.stem
    if not _NAME.fullmatch(name):
        raise QueryError(f"{path}: query name {name!r} must be letters, digits, '-', '_' or '.', without spaces")
    cleaned = {d: "\n".join(lines).strip() for d, lines in bodies.items() if "\n".join(lines).strip()}
    _check_bodies(path, cleaned, params)
    return SavedQuery(name, header.get("description", ""), path, params, cleaned)


def _check_bodies(path: Path, bodies: dict[str, str], params: list[Param]) -> None:
    """Refuse a body that is missing, partial, writes, or uses an undeclared parameter."""
    if not bodies:
        raise QueryError(f"{path}: saved query has no Cypher body")
    if "*" in bodies and len(bodies) > 1:
        raise QueryError(f"{path}: Cypher before the first '// dialect:' line; put all of it in the sections")
    if "*" not in bodies and set(bodies) != set(DIALECTS):
        missing = sorted(set(DIALECTS) - set(bodies))
        raise QueryError(f"{path}: no '// dialect: {missing[0]}' section (give one per store, or none)")
    declared = {p.name for p in params}
    for dialect, body in bodies.items():
        where = path if dialect == "*" else f"{path} ({dialect})"
        clause = write_clause(body)
        if clause:
            raise QueryError(f"{where}: saved queries are read-only, and this one has {clause}")
        undeclared = sorted(set(_USED.findall(_strip_literals(body))) - declared)
        if undeclared:
            raise QueryError(f"{where}: uses ${undeclared[0]}, which has no '// param:' line")


def _strip_literals(cypher: str) -> str:
    """The Cypher without comments and string literals, where a '$' is not a parameter."""
    text = re.sub(r"//[^\n]*|/\*.*?\*/", " ", cypher, flags=re.S)
    return re.sub(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"", " ", text, flags=re.S)


_ATTR = re.compile(r"\s*(\)|,\s*(default|example|min|max)\s+)")


def _parse_param(value: str, where: str) -> Param:
    bad = QueryError(f"{where}: bad param line; expected 'name (type, default V, example V): text'")
    match = re.match(r"([A-Za-z_]\w*)\s*\(\s*(\w+)\s*", value)
    if not match:
        raise bad
    kind = match.group(2).lower()
    if kind not in TYPES:
        raise QueryError(f"{where}: unknown parameter type {kind!r} (one of {', '.join(TYPES)})")
    param = Param(match.group(1), kind)
    pos, decoder, raw = match.end(), json.JSONDecoder(), {}
    while True:
        attr = _ATTR.match(value, pos)
        if not attr:
            raise bad
        if attr.group(1) == ")":
            break
        try:
            raw[attr.group(2)], pos = decoder.raw_decode(value, attr.end())
        except json.JSONDecodeError:
            raise QueryError(f"{where}: the {attr.group(2)} value must be JSON (strings in double quotes)") from None
    rest = value[attr.end():].strip()
    if rest and not rest.startswith(":"):
        raise bad
    param.description = rest[1:].strip()
    for bound in ("min", "max"):
        if bound in raw:
            if kind not in ("int", "float") or not isinstance(raw[bound], int | float):
                raise QueryError(f"{where}: {bound} needs a number and an int or float parameter")
            setattr(param, bound, raw[bound])
    for key in ("default", "example"):
        if key in raw:
            try:
                typed = coerce(param, raw[key])
            except ParameterError as exc:
                raise QueryError(f"{where}: {key} value does not fit: {exc}") from None
            if key == "default":
                param.default, param.required = typed, False
            else:
                param.example = typed
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
    seen: set[Path] = set()
    for folder in query_dirs(extra):
        if not folder.is_dir():
            origin = f" (from {QUERIES_ENV})" if str(folder) in os.environ.get(QUERIES_ENV, "").split(os.pathsep) \
                else ""
            raise QueryError(f"{folder}: queries folder does not exist{origin}")
        if folder.resolve() in seen:  # the same folder named twice is not a collision
            continue
        seen.add(folder.resolve())
        for path in sorted(folder.glob("*.cypher")):
            query = parse_query(path)
            if query.name in library:
                raise QueryError(
                    f"saved query {query.name!r} is defined twice: {library[query.name].path} and {path}; "
                    f"rename one (its '// name:' line or file name)"
                )
            library[query.name] = query
    return dict(sorted(library.items()))


def find_query(name: str, library: dict[str, SavedQuery]) -> SavedQuery:
    """A saved query by name, with a 'did you mean' for near misses."""
    if name in library:
        return library[name]
    raise QueryError(f"unknown query {name!r}{_hint(name, list(library), 'dipgraph queries')}")


def _hint(name: str, known: list[str], listing: str) -> str:
    close = difflib.get_close_matches(name, known, n=3, cutoff=0.5)
    close += [k for k in known if name and name.lower() in k.lower() and k not in close][: 3 - len(close)]
    if close:
        return f"; did you mean {' or '.join(repr(c) for c in close)}?"
    return f"; see '{listing}'"


def coerce(param: Param, value: Any) -> Any:
    """A parameter value converted to its declared type (strings from the command line included)."""
    try:
        typed = _convert(param.type, value)
    except (TypeError, ValueError):
        raise ParameterError(f"parameter {param.name!r} must be {_A[param.type]}, got {value!r}") from None
    if param.min is not None and typed < param.min:
        raise ParameterError(f"parameter {param.name!r} must be at least {param.min}, got {typed!r}")
    if param.max is not None and typed > param.max:
        raise ParameterError(f"parameter {param.name!r} must be at most {param.max}, got {typed!r}")
    return typed


_A = {"string": "a string", "int": "a whole number", "float": "a number", "bool": "true or false",
      "date": "a date (YYYY-MM-DD, YYYY-MM or YYYY)", "list": "a list (comma-separated)"}


def _convert(kind: str, value: Any) -> Any:
    if kind == "int":
        if isinstance(value, bool) or (isinstance(value, float) and not value.is_integer()):
            raise ValueError(value)
        return int(value) if not isinstance(value, str) else int(value.strip())
    if kind == "float":
        if isinstance(value, bool):
            raise ValueError(value)
        return float(value)
    if kind == "bool":
        if isinstance(value, bool):
            return value
        lowered = str(value).strip().lower()
        if lowered in {"true", "yes", "1"}:
            return True
        if lowered in {"false", "no", "0"}:
            return False
        raise ValueError(value)
    if kind == "date":
        if not isinstance(value, str | Date):
            raise TypeError(value)
        text = str(value).strip()
        if re.fullmatch(r"\d{4}(-(0[1-9]|1[0-2]))?", text):
            return text  # a year or month, as partial dates are stored
        return Date.fromisoformat(text).isoformat()
    if kind == "list":
        if isinstance(value, list | tuple):
            return [str(v) for v in value]
        return [v.strip() for v in str(value).split(",") if v.strip()]
    if isinstance(value, list | dict):
        raise TypeError(value)
    return str(value)


def bind(query: SavedQuery, given: dict[str, Any]) -> dict[str, Any]:
    """The full parameter map: given values typed, defaults filled, unknown and missing refused."""
    declared = {p.name: p for p in query.params}
    unknown = sorted(set(given) - set(declared))
    if unknown:
        if not declared:
            raise ParameterError(f"query {query.name!r} takes no parameters, got {unknown[0]!r}")
        hint = _hint(unknown[0], list(declared), "dipgraph queries")
        hint = hint if "did you mean" in hint else ""
        raise ParameterError(
            f"query {query.name!r} has no parameter {unknown[0]!r}{hint} (it takes: {', '.join(declared)})"
        )
    bound: dict[str, Any] = {}
    for param in query.params:
        if param.name in given:
            bound[param.name] = coerce(param, given[param.name])
        elif param.required:
            example = f", e.g. -p {param.name}={shell_quote(param.example)}" if param.example is not None else ""
            raise ParameterError(f"query {query.name!r} needs parameter {param.name!r} ({param.type}){example}")
        else:
            bound[param.name] = param.default
    return bound


def shell_quote(value: Any) -> str:
    """A parameter value as typed after -p name=, quoted when the shell needs it."""
    text = ",".join(value) if isinstance(value, list) else str(value)
    return f'"{text}"' if re.search(r"[\s\"'$`\\|&;<>()*?]", text) else text


def guess(value: str) -> Any:
    """An ad-hoc query's parameter from the command line: a JSON number, boolean, list or null, else text."""
    try:
        parsed = json.loads(value)
    except json.JSONDecodeError:
        return value
    return parsed if isinstance(parsed, int | float | bool | list) or parsed is None else value


def run_query(
    store: Store, name: str, /, *, queries_dirs: list[str | os.PathLike[str]] | None = None, **params: Any
) -> Result:
    """Run a saved query by name with typed, validated parameters, read-only."""
    query = find_query(name, load_library(queries_dirs))
    return store.read(query.cypher(store.dialect), bind(query, params))


def run_cypher(store: Store, cypher: str, params: dict[str, Any] | None = None) -> Result:
    """Run an ad-hoc read-only Cypher query (the store refuses write clauses before running)."""
    if not cypher.strip():
        raise QueryError("the Cypher query is empty")
    return store.read(cypher, params or {})
