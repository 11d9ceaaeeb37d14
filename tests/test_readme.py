"""The README stays true: its two commands are CI's, and it documents every command."""

from __future__ import annotations

import re
from pathlib import Path

from dipgraph.cli import app

ROOT = Path(__file__).parent.parent
README = (ROOT / "README.md").read_text()


def first_commands() -> list[str]:
    blocks = re.findall(r"```bash\n(.*?)```", README, flags=re.S)
    return [blocks[0].strip(), blocks[1].strip()]


def test_readme_opens_with_two_commands_that_ci_runs() -> None:
    ci = (ROOT / ".ci" / "run").read_text().splitlines()
    setup, tests = first_commands()
    assert "pip install" in setup and "dipgraph demo" in setup
    assert "pytest" in tests
    assert setup in ci and tests in ci
    assert ci.index(setup) < ci.index(tests)


def test_readme_documents_every_command() -> None:
    for command in app.registered_commands:
        name = command.name or command.callback.__name__
        assert f"dipgraph {name}" in README, f"README does not show 'dipgraph {name}'"


def model_tables() -> str:
    """The README's model tables, derived from graph/model.py."""
    from dipgraph.graph.model import LABELS, REL_TYPES

    lines = ["| label | properties | what it is |", "|---|---|---|"]
    for label in LABELS.values():
        props = ", ".join(["id", *label.properties])
        lines.append(f"| `{label.name}` | {props} | {label.description} |")
    lines += ["", "| relationship | from → to | properties | what it means |", "|---|---|---|---|"]
    for rel in REL_TYPES.values():
        ends = f"{'/'.join(rel.starts)} → {'/'.join(rel.ends)}"
        lines.append(f"| `{rel.name}` | {ends} | {', '.join(rel.properties) or '–'} | {rel.description} |")
    return "\n".join(lines)


def test_readme_model_tables_match_the_model() -> None:
    assert model_tables() in README, "README model tables differ from graph/model.py (see model_tables())"


OUTPUT_BLOCK = re.compile(r"(<!-- output: (dipgraph [^\n]*?) -->\n)((?:(?!<!--).)*?)(\n?<!-- /output -->)", re.S)


def command_output(command: str, store: str) -> str:
    """What a README command prints against a store holding the sample article."""
    import shlex

    from typer.testing import CliRunner

    args = shlex.split(command)[1:] + ["--store", store]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.stderr
    return result.stdout.strip()


def sample_store(folder: Path) -> str:
    from dipgraph import api
    from dipgraph.graph.store import open_store

    path = str(folder / "readme.db")
    with open_store(path) as store:
        api.load(store, [api.SAMPLE_ARTICLE])
    return path


EXAMPLES_BLOCK = re.compile(r"(<!-- examples: queries/EXAMPLES.md -->\n)(.*?)(<!-- /examples -->)", re.S)


def examples_body() -> str:
    """queries/EXAMPLES.md (kept true by tests/test_queries_examples.py) without its heading."""
    text = (ROOT / "queries" / "EXAMPLES.md").read_text(encoding="utf-8")
    return text.split("\n", 1)[1].strip() + "\n"


def test_readme_questions_are_the_checked_examples() -> None:
    [(_, shown, _)] = EXAMPLES_BLOCK.findall(README)
    assert shown == examples_body(), "README's questions differ from queries/EXAMPLES.md: run tests/test_readme.py"


def test_readme_outputs_are_what_the_commands_print(tmp_path: Path) -> None:
    blocks = OUTPUT_BLOCK.findall(README)
    assert len(blocks) >= 3
    store = sample_store(tmp_path)
    for _, command, shown, _ in blocks:
        assert command_output(command, store) == shown.strip(), f"README output of {command!r} drifted"


if __name__ == "__main__":  # python tests/test_readme.py: rewrite the README's output blocks
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        db = sample_store(Path(folder))
        text = OUTPUT_BLOCK.sub(lambda m: m.group(1) + command_output(m.group(2), db) + "\n<!-- /output -->", README)
    text = EXAMPLES_BLOCK.sub(lambda m: m.group(1) + examples_body() + m.group(3), text)
    (ROOT / "README.md").write_text(text)
