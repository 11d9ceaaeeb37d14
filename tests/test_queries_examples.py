"""queries/EXAMPLES.md (the README's "Questions you can ask") is generated from the saved queries and real
output on the bundled sample article, and this test keeps it so.

Rewrite it after changing a query or the extractor:  python tests/test_queries_examples.py
"""

from __future__ import annotations

import shlex
from pathlib import Path

from typer.testing import CliRunner

from dipgraph.cli import app
from dipgraph.queries.runner import load_library, shell_quote

EXAMPLES = Path(__file__).parent.parent / "queries" / "EXAMPLES.md"

# The analyst's question each saved query answers, in the order the table lists them.
QUESTIONS = {
    "statements-by-person": "What did a person say, between two dates?",
    "statements-by-institution": "What did an institution, its ministries and its officials say?",
    "statements-by-role": "What did everyone with a role say (all spokesmen)?",
    "who-spoke-about": "Who spoke about a place, person or event?",
    "contradictions": "Who contradicts whom?",
    "contradictions-within-government": "Where does one government contradict itself?",
    "denials": "What was denied, and whose claim?",
    "appeals-and-rejections": "Who appealed for what, and who rejected it?",
    "response-chains": "Who answered whom, and who answered them?",
    "who-talked-to-whom": "Who called, met or visited whom, and when?",
    "actor-timeline": "What did an actor say and do, in date order?",
    "officials-by-institution": "Who holds which role in an institution or government?",
    "most-active-speakers": "Who speaks most, and how often do they deny?",
    "acts-per-speaker": "What is a speaker's stance: how many denials, appeals, rejections?",
    "acts-per-government": "What is a government's stance, all its voices together?",
    "act-overrides": "Where did the learned act model overrule the rules' act?",
    "co-mentioned-people": "Who is named together with whom?",
    "shortest-path": "How are two people or institutions linked?",
    "articles-mentioning": "Which articles name an entity?",
}
# Saved queries behind `dipgraph view`, rather than questions of their own.
VIEWS = {"neighbourhood": "`dipgraph view --around NAME`", "article-graph": "`dipgraph view --article FILE`",
         "whole-graph": "plain `dipgraph view`"}

# Questions shown with their real output on the sample article.
SHOWN = [
    ("Where does one government contradict itself? Russia's Defense Ministry and its spokesman against the "
     "Deputy Foreign Minister:", "contradictions-within-government -p country=Russia"),
    ("What did the spokesmen say? Every statement by someone whose title contains the word:",
     "statements-by-role -p role=spokesman"),
    ("Who rejected Kerry's appeal? Names match in any case, and a surname or alias is enough:",
     "appeals-and-rejections -p speaker=kerry"),
    ("Who answered whom? Reactions, and reactions to them, up to `-p depth=N`:", "response-chains"),
    ("What did Moscow do and say? \"Moscow\" is an alias of the Russian government; undated items take their "
     "article's date:", "actor-timeline -p name=Moscow"),
    ("What had the Defense Ministry said by 25 October? Institutions include their officials; dates bound the range:",
     'statements-by-institution -p institution="defense ministry" -p until=2016-10-25'),
    ("How are the spokesman and the deputy minister linked? Every shortest path, arrows as the relationships run:",
     "shortest-path -p from=Konashenkov -p to=Ryabkov"),
]

INTRO = """## Questions you can ask

Each question is a saved, parameterised Cypher query in `queries/` that runs read-only on either store:
`dipgraph queries` lists them, `dipgraph queries NAME` shows one with its parameters and an example, and
`dipgraph query NAME -p key=value` runs it (`--format table|json|jsonl|csv|markdown`, `--output FILE`,
`--limit N`, `--view out.html`). Your own queries go in a folder named by `--queries-dir` or `DIPGRAPH_QUERIES`;
`queries/README.md` explains the format.
"""


def table() -> str:
    library = load_library()
    lines = ["| question | saved query, with an example |", "|---|---|"]
    for name, question in QUESTIONS.items():
        params = " ".join(f"-p {k}={shell_quote(v)}" for k, v in library[name].example_params().items())
        lines.append(f"| {question} | `dipgraph query {name}{' ' + params if params else ''}` |")
    views = ", ".join(f"`{name}` ({how})" for name, how in VIEWS.items())
    return "\n".join(lines) + f"\n\nThree more draw views: {views}; any query draws one with `--view out.html`."


def sample_store(folder: Path) -> str:
    from dipgraph import api
    from dipgraph.graph.store import open_store

    path = str(folder / "examples.db")
    with open_store(path) as store:
        api.load(store, [api.SAMPLE_ARTICLE])
    return path


def output(command: str, store: str) -> str:
    result = CliRunner().invoke(app, ["query", *shlex.split(command), "--format", "markdown", "--store", store])
    assert result.exit_code == 0, result.stderr
    return result.stdout.strip()


def generate(store: str) -> str:
    parts = [INTRO, table(), "", "Real output on the bundled sample article (`dipgraph demo` loads it):", ""]
    for question, command in SHOWN:
        full = f"dipgraph query {command} --format markdown"
        parts += [question, "", "```bash", full, "```", "", f"<!-- output: {full} -->", output(command, store),
                  "<!-- /output -->", ""]
    return "\n".join(parts)


def test_every_saved_query_has_a_question() -> None:
    assert set(QUESTIONS) | set(VIEWS) == set(load_library())


def test_examples_are_what_the_commands_print(tmp_path: Path) -> None:
    expected = generate(sample_store(tmp_path))
    assert EXAMPLES.read_text(encoding="utf-8") == expected, \
        "queries/EXAMPLES.md is stale: run python tests/test_queries_examples.py"


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        EXAMPLES.write_text(generate(sample_store(Path(folder))), encoding="utf-8")
    print(f"wrote {EXAMPLES}")
