"""Render query rows for people and scripts: table, JSON, JSON lines, CSV, Markdown."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from dipgraph.graph.document import Node, Path, Relationship
from dipgraph.graph.store import Result

FORMATS = ("table", "json", "jsonl", "csv", "markdown")


def plain(value: Any) -> Any:
    """A JSON-ready value: nodes, relationships and paths become dicts."""
    if isinstance(value, Node | Relationship | Path):
        return value.to_dict()
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    return value


PATH_CAPTION = 60  # characters of each node (a statement's text) shown inside a path


def text(value: Any, width: int | None = None) -> str:
    """A readable cell: a node by its caption, a relationship by its type, a path as a chain."""
    if value is None:
        out = ""
    elif isinstance(value, Node):
        out = value.caption()
    elif isinstance(value, Relationship):
        out = value.type
    elif isinstance(value, Path):
        out = chain(value)
    elif isinstance(value, list):
        out = "; ".join(text(v) for v in value)
    elif isinstance(value, dict):
        out = json.dumps(plain(value), ensure_ascii=False)
    elif isinstance(value, bool):
        out = "true" if value else "false"
    else:
        out = str(value)
    if width and len(out) > width:
        out = out[: width - 1] + "…"
    return out


def chain(path: Path) -> str:
    """A path as ``A -TYPE-> "what B said" <-TYPE- C``: arrows follow the relationships' direction."""
    if not path.nodes:
        return ""
    out = _short(path.nodes[0])
    for rel, before, after in zip(path.relationships, path.nodes, path.nodes[1:], strict=False):
        backwards = rel.start == after.id and rel.end == before.id and rel.start != rel.end
        out += f" <-{rel.type}- " if backwards else f" -{rel.type}-> "
        out += _short(after)
    return out


def _short(node: Node) -> str:
    caption = " ".join(node.caption().split())
    if len(caption) > PATH_CAPTION:
        caption = caption[: PATH_CAPTION - 1].rstrip() + "…"
    return f"“{caption}”" if node.label == "Statement" else caption  # quotes: what was said


def _csv_safe(cell: str) -> str:
    # Spreadsheets run cells that start like formulas; a leading quote keeps them text.
    return "'" + cell if cell[:1] in ("=", "+", "-", "@", "\t", "\r") else cell


def visible(result: Result) -> Result:
    """The result without columns named ``_…``: graph elements a saved query returns for --view only."""
    keep = [i for i, column in enumerate(result.columns) if not column.startswith("_")]
    if len(keep) == len(result.columns):
        return result
    return Result([result.columns[i] for i in keep], [[row[i] for i in keep] for row in result.rows])


def render(result: Result, fmt: str) -> str:
    """The rows in one of FORMATS, without view-only columns (the CLI prints rich tables itself)."""
    result = visible(result)
    if fmt == "json":
        return json.dumps([{c: plain(v) for c, v in zip(result.columns, row, strict=True)}
                           for row in result.rows], indent=2, ensure_ascii=False)
    if fmt == "jsonl":
        return "\n".join(json.dumps({c: plain(v) for c, v in zip(result.columns, row, strict=True)},
                                    ensure_ascii=False) for row in result.rows)
    if fmt == "csv":
        buffer = io.StringIO()
        plain_rows = csv.writer(buffer, lineterminator="\n")
        # The csv module leaves a lone carriage return unquoted when lines end in \n; quote such rows whole.
        quoted_rows = csv.writer(buffer, lineterminator="\n", quoting=csv.QUOTE_ALL)
        for cells in [result.columns, *([text(v) for v in row] for row in result.rows)]:
            safe = [_csv_safe(c) for c in cells]
            (quoted_rows if any("\r" in c for c in safe) else plain_rows).writerow(safe)
        return buffer.getvalue().rstrip("\n")
    if fmt == "markdown":
        def cell(v: Any) -> str:
            return text(v).replace("|", "\\|").replace("\n", " ")
        lines = ["| " + " | ".join(result.columns) + " |", "|" + "---|" * len(result.columns)]
        lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in result.rows]
        return "\n".join(lines)
    if fmt == "table":
        console = Console(file=io.StringIO(), width=160, color_system=None)
        console.print(table(result))
        return console.file.getvalue().rstrip("\n")  # type: ignore[attr-defined]
    raise ValueError(f"unknown format {fmt!r}")


def table(result: Result, title: str | None = None) -> Table:
    """A rich table of the rows, long cells shortened, view-only columns left out."""
    result = visible(result)
    out = Table(title=title, show_lines=False, header_style="bold")
    for column in result.columns:
        out.add_column(column, overflow="fold")
    for row in result.rows:
        out.add_row(*(Text(text(v, width=200)) for v in row))  # Text: article text is not markup
    return out
