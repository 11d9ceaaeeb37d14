"""The visual language of views: colour and shape per label, colour per statement act."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LabelStyle:
    """How nodes of one label are drawn, and the glyph that stands for them in the legend."""

    colour: str
    shape: str  # a vis-network shape whose size follows the node's `size`
    glyph: str


LABEL_STYLES: dict[str, LabelStyle] = {
    "Person": LabelStyle("#4e79a7", "dot", "●"),
    "Institution": LabelStyle("#f28e2b", "square", "■"),
    "Place": LabelStyle("#59a14f", "triangle", "▲"),
    "Statement": LabelStyle("#e8c547", "diamond", "◆"),
    "Event": LabelStyle("#b07aa1", "star", "★"),
    "Article": LabelStyle("#9c755f", "hexagon", "⬢"),
}
OTHER_LABEL = LabelStyle("#bab0ac", "dot", "●")

# Conflictual acts in reds and purples, cooperative ones in blues and greens, neutral in greys.
ACT_COLOURS: dict[str, str] = {
    "deny": "#d62728",
    "reject": "#8c1c13",
    "criticize": "#ff7f0e",
    "warn": "#e377c2",
    "threaten": "#7b2d8b",
    "appeal": "#1f77b4",
    "promise": "#17becf",
    "welcome": "#2ca02c",
    "assert": "#6b6b6b",
    "comment": "#a0a0a0",
}
OTHER_ACT = "#bcbcbc"
PLAIN_EDGE = "#9aa3ad"

# Relationships that carry a statement's act: who said it, and what it answers or contradicts.
STATEMENT_EDGES = ("STATED", "RESPONDS_TO", "CONTRADICTS")
DASHED_EDGES = ("CONTRADICTS",)
# Provenance links every statement to its article: drawn light, and pulling weakly in the layout
# so that who-said-what, not which-article, shapes the picture.
QUIET_EDGES = ("MENTIONS", "REPORTED_IN")
QUIET_PULL = 0.4
QUIET_EDGE = "#c9ced4"


def label_style(label: str) -> LabelStyle:
    """The style of a label, with a neutral one for labels the model does not declare."""
    return LABEL_STYLES.get(label, OTHER_LABEL)


def act_colour(act: str | None) -> str:
    """The colour of a statement act (grey when unknown)."""
    return ACT_COLOURS.get(act or "", OTHER_ACT)


def shorten(text: str, limit: int = 48) -> str:
    """Text cut at a word boundary to at most `limit` characters, with an ellipsis when cut."""
    text = " ".join(str(text).split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:.-") + "…"


def legend() -> dict[str, object]:
    """The styles the page needs for its legend and filters, as plain JSON data."""
    return {
        "labels": {
            name: {"colour": s.colour, "shape": s.shape, "glyph": s.glyph} for name, s in LABEL_STYLES.items()
        },
        "other_label": {"colour": OTHER_LABEL.colour, "shape": OTHER_LABEL.shape, "glyph": OTHER_LABEL.glyph},
        "acts": dict(ACT_COLOURS),
        "other_act": OTHER_ACT,
        "plain_edge": PLAIN_EDGE,
        "quiet_edge": QUIET_EDGE,
    }
