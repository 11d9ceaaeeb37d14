"""The dipgraph command line: a thin typer layer over dipgraph.api and the query runner."""

from __future__ import annotations

import json
import logging
import sys
import webbrowser
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import click
import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text
from typer.core import TyperGroup

from dipgraph import api
from dipgraph.errors import DipgraphError, InputError, ParameterError
from dipgraph.graph.store import Store, open_store
from dipgraph.output import FORMATS, render
from dipgraph.output import table as rich_table
from dipgraph.queries import runner

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False)
log = logging.getLogger("dipgraph")


class _Group(TyperGroup):
    """Turns library errors into one line on stderr and an exit code: never a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except DipgraphError as exc:
            err.print(Text(f"Error: {exc}"), soft_wrap=True)  # one line, even in a pipe
            raise typer.Exit(exc.exit_code) from None
        except KeyboardInterrupt:
            err.print("Interrupted.")
            raise typer.Exit(130) from None


app = typer.Typer(
    cls=_Group,
    help="Turn diplomatic news into a graph of who said what to whom; query it and view it.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

_state = {"quiet": False}

StoreOpt = Annotated[str | None, typer.Option(
    "--store", "-s", envvar="DIPGRAPH_STORE",
    help="Embedded store path (default ./dipgraph.db) or a neo4j:// / bolt:// URI.")]
UriOpt = Annotated[str | None, typer.Option("--uri", envvar="NEO4J_URI", help="Neo4j URI (same as --store URI).")]
UserOpt = Annotated[str | None, typer.Option("--user", envvar="NEO4J_USERNAME", help="Neo4j user.")]
PasswordOpt = Annotated[str | None, typer.Option("--password", envvar="NEO4J_PASSWORD", help="Neo4j password.")]
DatabaseOpt = Annotated[str | None, typer.Option("--database", envvar="NEO4J_DATABASE", help="Neo4j database.")]
FormatOpt = Annotated[str, typer.Option("--format", "-f", help=f"Output format: {', '.join(FORMATS)}.")]
ParamOpt = Annotated[list[str] | None, typer.Option("--param", "-p", help="Query parameter as key=value.")]
QueriesDirOpt = Annotated[list[Path] | None, typer.Option(
    "--queries-dir", help="Extra folder of saved .cypher queries (also DIPGRAPH_QUERIES).")]


@app.callback()
def _options(
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Only errors and results.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Explain what is happening.")] = False,
) -> None:
    """dipgraph: a diplomatic-statement graph explorer."""
    _state["quiet"] = quiet
    level = logging.ERROR if quiet else logging.DEBUG if verbose else logging.WARNING
    # Plain lines on stderr: one line per warning, never wrapped, easy to grep in a pipe.
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
    logging.basicConfig(level=level, force=True, handlers=[handler])
    # The driver logs connection errors it then retries past (a server restart) at ERROR; dipgraph
    # reports what failed for good as its own one-line error, so the driver only speaks with -v.
    logging.getLogger("neo4j").setLevel(logging.CRITICAL if not verbose else logging.INFO)


@contextmanager
def _store(store: str | None, uri: str | None, user: str | None, password: str | None,
           database: str | None) -> Iterator[Store]:
    with open_store(store or uri, user=user, password=password, database=database) as opened:
        yield opened


@contextmanager
def _progress(total: int, what: str) -> Iterator[api.Progress | None]:
    """A progress bar on a terminal; nothing in a pipe or with --quiet."""
    if _state["quiet"] or not err.is_terminal or total < 2:
        yield None
        return
    columns = (TextColumn(what), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err, transient=True) as bar:
        task = bar.add_task(what, total=total)
        yield lambda _: bar.advance(task)


def _params(pairs: list[str] | None) -> dict[str, str]:
    params: dict[str, str] = {}
    for pair in pairs or []:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise ParameterError(f"parameter {pair!r} is not key=value")
        params[key.strip()] = value
    return params


def _check_format(fmt: str, allowed: tuple[str, ...] = FORMATS) -> None:
    if fmt not in allowed:
        raise InputError(f"unknown format {fmt!r} (one of {', '.join(allowed)})")


def _emit(text: str, output: Path | None) -> None:
    if output is None:
        # Byte for byte: a console would expand tabs and drop control characters inside CSV cells.
        out.file.write(text + "\n")
        out.file.flush()
        return
    try:
        output.write_text(text + "\n", encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{output}: cannot write ({exc.strerror or exc})") from None


@app.command()
def extract(
    files: Annotated[list[Path], typer.Argument(help="Article files or folders (.txt, .html, .jsonl).")],
    fmt: FormatOpt = "json",
    explain: Annotated[bool, typer.Option("--explain", help="Show each statement and event's sentence and rule.")]
    = False,
    date: Annotated[str | None, typer.Option("--date", help="Article date (YYYY-MM-DD) for relative dates.")] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="Extraction worker processes.")] = 1,
    skip_errors: Annotated[bool, typer.Option("--skip-errors", help="Go on past bad inputs.")] = False,
    overrides: Annotated[Path | None, typer.Option("--overrides", help="Aliases/overrides JSON file.")] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file.")] = None,
) -> None:
    """Extract the graph document of articles and print it, without touching any store.

    `--format jsonl` and `--explain` write each article as soon as it is extracted, so a large
    folder never has to fit in memory; `json` prints one document, or a list of them.

    Example:
        dipgraph extract article.txt --format json
        dipgraph extract article.txt --explain
        dipgraph extract archive/ --format jsonl -o graph.jsonl --skip-errors
    """
    _check_format(fmt, ("json", "jsonl"))
    files_ = api.input_files(files, skip_errors=skip_errors)
    with _progress(len(files_), "extracting") as progress, _sink(output) as sink:
        # Inputs skipped or failed under --skip-errors are logged as warnings, on stderr.
        items = api.extract(files_, date=_date(date), jobs=jobs, skip_errors=skip_errors, progress=progress,
                            overrides=str(overrides) if overrides else None)
        if explain:
            for item in items:
                sink(_explained(item))
        elif fmt == "jsonl":
            for item in items:
                sink(json.dumps(item.document.to_dict(), ensure_ascii=False))
        else:
            docs = [i.document.to_dict() for i in items]
            sink(json.dumps(docs[0] if len(docs) == 1 else docs, indent=2, ensure_ascii=False))


def _explained(item: Any) -> str:
    """One article's statements and events, each with the rule that found it and its sentence."""
    lines = [f"# {item.source}"]
    for node in item.document.nodes:
        if node.label in ("Statement", "Event"):
            props = node.properties
            what = props.get("act") if node.label == "Statement" else props.get("type")
            lines.append(f"{node.label} [{what}] rule={props.get('rule')}: {props.get('text')}")
            lines.append(f"    sentence: {props.get('sentence')}")
    return "\n".join(lines)


@contextmanager
def _sink(output: Path | None) -> Iterator[Callable[[str], None]]:
    """Write text line by line to a file or, byte for byte, to stdout."""
    if output is None:
        def write(text: str) -> None:
            out.file.write(text + "\n")
            out.file.flush()

        yield write
        return
    try:
        handle = output.open("w", encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{output}: cannot write ({exc.strerror or exc})") from None
    with handle:
        yield lambda text: handle.write(text + "\n")


def _date(value: str | None) -> str | None:
    if value is None:
        return None
    from dipgraph.loaders.read import normalise_date

    iso = normalise_date(value)
    if iso is None:
        raise InputError(f"--date {value!r} is not a date (use YYYY-MM-DD)")
    return iso


@app.command()
def load(
    files: Annotated[list[Path], typer.Argument(help="Articles, folders, or graph-document .json files.")],
    store: StoreOpt = None, uri: UriOpt = None, user: UserOpt = None, password: PasswordOpt = None,
    database: DatabaseOpt = None,
    date: Annotated[str | None, typer.Option("--date", help="Article date (YYYY-MM-DD) for relative dates.")] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="Extraction worker processes.")] = 1,
    skip_errors: Annotated[bool, typer.Option("--skip-errors", help="Go on past bad inputs.")] = False,
    max_size: Annotated[int, typer.Option("--max-size", help="Largest input file in bytes.")] = 5_000_000,
    overrides: Annotated[Path | None, typer.Option("--overrides", help="Aliases/overrides JSON file.")] = None,
    dask: Annotated[str | None, typer.Option(
        "--dask", help="Extract on a Dask cluster: a scheduler address (tcp://host:8786) or 'local'.")] = None,
    bulk: Annotated[bool, typer.Option(
        "--bulk", help="Large loads: many articles per transaction; COPY into an empty embedded store.")] = False,
    fmt: FormatOpt = "table",
) -> None:
    """Load articles into the store: one transaction per article, safe to re-run.

    Example:
        dipgraph load articles/ --store dipgraph.db
        dipgraph load feed.jsonl --skip-errors --store neo4j://localhost:7687
        dipgraph load archive/ --bulk --dask tcp://10.0.0.5:8786 --store neo4j://db:7687
    """
    _check_format(fmt, ("table", "json"))
    files_ = api.input_files(files, skip_errors=skip_errors)
    options = dict(date=_date(date), skip_errors=skip_errors, max_bytes=max_size,
                   overrides=str(overrides) if overrides else None)
    with _store(store, uri, user, password, database) as opened, _progress(len(files_), "loading") as progress:
        if bulk or dask:
            from dipgraph.distributed import load_bulk, load_with_dask

            report = (load_bulk(opened, files_, jobs=jobs, dask=dask, progress=progress, **options) if bulk
                      else load_with_dask(opened, files_, dask or "local", progress=progress, **options))
        else:
            report = api.load(opened, files_, jobs=jobs, progress=progress, **options)
    if fmt == "json":
        out.print(Text(json.dumps(report.to_dict(), indent=2, ensure_ascii=False)))
    elif not _state["quiet"]:
        out.print(f"Loaded {len(report.loaded)} article(s) into {opened.location}: "
                  f"{report.nodes} nodes, {report.relationships} relationships written; "
                  f"{len(report.skipped)} input(s) skipped, {len(report.failed)} article(s) failed, "
                  f"{len(report.warnings)} warning(s).")
        for what, problems in (("skipped", report.skipped), ("failed", report.failed),
                               ("warning", report.warnings)):
            for source, reason in problems:
                # The reason already names the input; print it once.
                out.print(Text(f"  {what} {reason}" if reason.startswith(source) else f"  {what} {source}: {reason}"))


@app.command()
def summary(
    store: StoreOpt = None, uri: UriOpt = None, user: UserOpt = None, password: PasswordOpt = None,
    database: DatabaseOpt = None, fmt: FormatOpt = "table",
) -> None:
    """Print what the store holds: counts per label and type, and statements with speakers.

    Example:
        dipgraph summary --store dipgraph.db
        dipgraph summary --format json
    """
    _check_format(fmt, ("table", "json"))
    with _store(store, uri, user, password, database) as opened:
        result = api.summary(opened)
    if fmt == "json":
        out.print(Text(json.dumps(result.to_dict(), indent=2, ensure_ascii=False)))
        return
    _print_summary(result)


def _print_summary(result: api.Summary) -> None:
    counts = Table(title="Graph", header_style="bold")
    counts.add_column("label / type")
    counts.add_column("count", justify="right")
    for name, count in result.counts.items():
        if count:
            counts.add_row(name, str(count))
    out.print(counts)
    statements = Table(title=f"Statements ({result.total_statements})", header_style="bold")
    for column in ("speaker", "act", "kind", "date", "text"):
        statements.add_column(column, overflow="fold")
    for row in result.statements:
        statements.add_row(*(Text(str(row.get(c) or "")) for c in ("speaker", "act", "kind", "date", "text")))
    out.print(statements)


@app.command()
def demo(
    store: Annotated[Path, typer.Option("--store", "-s", help="Embedded store path.")] = Path("dipgraph.db"),
    output: Annotated[Path, typer.Option("--output", "-o", help="HTML view to write.")] = Path("dipgraph-view.html"),
) -> None:
    """Load the bundled sample article into the embedded store, summarise it, and write a view.

    Example:
        dipgraph demo
        dipgraph demo --store /tmp/demo.db --output /tmp/demo.html
    """
    with open_store(store) as opened:
        report, result, written = api.demo(opened, output)
    out.print(f"Loaded {len(report.loaded)} sample article into {store}.")
    _print_summary(result)
    out.print(f"Wrote {written.path} ({written.nodes} nodes, {written.relationships} relationships): "
              "open it in a browser.")


@app.command("queries")
def list_queries(
    name: Annotated[str | None, typer.Argument(help="Show this saved query in full.")] = None,
    fmt: FormatOpt = "table", queries_dir: QueriesDirOpt = None,
) -> None:
    """List the saved queries with their descriptions and parameters (or one query in full).

    Example:
        dipgraph queries
        dipgraph queries --format json
        dipgraph queries statements-by-person
    """
    _check_format(fmt, ("table", "json"))
    library = runner.load_library(queries_dir)
    chosen = [runner.find_query(name, library)] if name else list(library.values())
    if fmt == "json":
        out.print(Text(json.dumps([q.to_dict() for q in chosen], indent=2, ensure_ascii=False)))
        return
    if name:
        _print_query(chosen[0])
        return
    listing = Table(header_style="bold")
    for column in ("name", "description", "parameters"):
        listing.add_column(column, overflow="fold")
    for query in chosen:
        listing.add_row(query.name, Text(query.description), Text(", ".join(p.usage() for p in query.params)))
    out.print(listing)


def _print_query(query: runner.SavedQuery) -> None:
    out.print(Text(f"{query.name}: {query.description}", style="bold"))
    out.print(Text(f"file: {query.path}"))
    for p in query.params:
        extra = "required" if p.required else f"default {json.dumps(p.default, ensure_ascii=False)}"
        if p.min is not None or p.max is not None:
            extra += f", from {p.min if p.min is not None else '-'} to {p.max if p.max is not None else '-'}"
        if p.example is not None:
            extra += f", example {json.dumps(p.example, ensure_ascii=False)}"
        out.print(Text(f"  {p.name} ({p.type}, {extra}): {p.description}"))
    example = " ".join(f"-p {k}={runner.shell_quote(v)}" for k, v in query.example_params().items())
    out.print(Text(f"example: dipgraph query {query.name} {example}".rstrip()))


@app.command()
def query(
    name: Annotated[str | None, typer.Argument(help="Saved query name (see 'dipgraph queries').")] = None,
    param: ParamOpt = None,
    cypher: Annotated[str | None, typer.Option("--cypher", help="Run this read-only Cypher instead.")] = None,
    fmt: FormatOpt = "table",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write the rows to this file.")] = None,
    limit: Annotated[int | None, typer.Option("--limit", help="At most this many rows.")] = None,
    view_path: Annotated[Path | None, typer.Option("--view", help="Also write an HTML view of the result.")]
    = None,
    queries_dir: QueriesDirOpt = None,
    store: StoreOpt = None, uri: UriOpt = None, user: UserOpt = None, password: PasswordOpt = None,
    database: DatabaseOpt = None,
) -> None:
    """Run a saved query (or --cypher) read-only and print the rows.

    Example:
        dipgraph query statements-by-person -p person="John Kirby"
        dipgraph query contradictions --format csv --output contradictions.csv
        dipgraph query --cypher "MATCH (p:Person) RETURN p.name AS name"
    """
    _check_format(fmt)
    if bool(name) == bool(cypher):
        raise InputError("give a saved query name or --cypher, not both or neither")
    if limit is not None and limit < 0:
        raise InputError(f"--limit must be 0 or more, not {limit}")
    params = _params(param)
    if name:  # unknown names and bad parameters are reported before the store is opened
        runner.bind(runner.find_query(name, runner.load_library(queries_dir)), params)
    with _store(store, uri, user, password, database) as opened:
        if cypher:
            result = runner.run_cypher(opened, cypher, {k: runner.guess(v) for k, v in params.items()})
        else:
            result = runner.run_query(opened, name or "", queries_dirs=queries_dir, **params)
        total = len(result.rows)
        if limit is not None:
            result.rows = result.rows[:limit]
        if view_path:
            api.view_result(opened, result, view_path, title=f"Query {name or 'cypher'}")
    if fmt == "table" and output is None:
        out.print(rich_table(result))
        if not _state["quiet"]:
            err.print(f"{len(result.rows)} row(s)" + (f" of {total}" if total > len(result.rows) else ""))
    else:
        _emit(render(result, fmt), output)


@app.command()
def view(
    output: Annotated[Path, typer.Option("--output", "-o", help="HTML file to write.")] = Path("dipgraph-view.html"),
    query_name: Annotated[str | None, typer.Option("--query", help="Saved query whose result to draw.")] = None,
    param: ParamOpt = None,
    around: Annotated[str | None, typer.Option("--around", help="Draw the neighbourhood of this entity.")] = None,
    hops: Annotated[int, typer.Option("--hops", help="Neighbourhood depth, 1 to 3.")] = 2,
    article: Annotated[Path | None, typer.Option("--article", help="Draw what this article file says.")] = None,
    open_: Annotated[bool, typer.Option("--open", help="Open the view in a browser.")] = False,
    queries_dir: QueriesDirOpt = None,
    store: StoreOpt = None, uri: UriOpt = None, user: UserOpt = None, password: PasswordOpt = None,
    database: DatabaseOpt = None,
) -> None:
    """Write an interactive, self-contained HTML view (whole graph by default).

    Example:
        dipgraph view --around "John Kerry" --hops 2 -o kerry.html
        dipgraph view --query contradictions -o contradictions.html
        dipgraph view --article article.txt -o article.html --open
    """
    with _store(store, uri, user, password, database) as opened:
        written = api.view(opened, output, query=query_name, params=_params(param), around=around, hops=hops,
                           article=article, queries_dirs=queries_dir)
    if not _state["quiet"]:
        out.print(f"Wrote {written.path} ({written.nodes} nodes, {written.relationships} relationships).")
    if open_:
        webbrowser.open(written.path.resolve().as_uri())


def main() -> None:
    """Console-script entry point."""
    app()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
