"""Finding job titles in text: the longest title a phrase ends or starts with, portfolios and postings."""

from __future__ import annotations

import re

from dipgraph.graph.model import normalise

TITLE_PREFIXES = ("then-", "ex-", "former ", "acting ", "interim ", "caretaker ", "deputy ", "vice ", "senior ",
                  "assistant ", "first ", "principal ")
# "Ambassador to the United Nations ", "Director-General of the Asian and Oceanian Affairs Bureau "
POSTING = re.compile(r" (?:to|for|of) (?:the )?(?:[A-Z][\w.'’-]*\s+(?:and\s+(?=[A-Z]))?){1,5}$")
PORTFOLIO_ENDS = ("Affairs", "Rights", "Relations", "Security", "Development", "Resources", "Trade", "Works",
                  "Planning", "Reform", "Services")  # the second word of a two-word portfolio: 'Human Rights'
RANKS = ("deputy", "vice", "first", "acting", "former")  # before a portfolio: 'Deputy Infrastructure Minister'
# (a rank is no part of a portfolio: 'Deputy Trade Minister' is the trade minister's deputy)
_ONE = rf"(?:(?!(?:{'|'.join(RANKS)}) )[A-Za-z]{{4,}} (?:{'|'.join(PORTFOLIO_ENDS)})|[A-Za-z]{{3,}})"
# "Infrastructure Minister", "Human Rights Minister", "Energy and Mines Minister"
PORTFOLIO = re.compile(rf"\b((?:(?:{_ONE}), )*(?:(?:{_ONE}) and )?{_ONE}) (?:minister|cabinet secretary)$", re.I)
PORTFOLIO_TITLES = ("minister", "cabinet secretary")  # titles a portfolio comes before: 'Interior Cabinet Secretary'
_TITLE_HEADS = {"minister", "secretary"}  # no portfolio: not 'Deputy Prime Minister and Foreign Minister'
RANK_OPENERS = {"first", "group", "wing", "squadron", "flight", "air", "staff", "warrant", "petty"}  # 'Group Captain'
ADVISERS = ("adviser", "advisor")  # a cabinet post with a two-word portfolio: 'foreign affairs adviser'
STOP_PORTFOLIO = {"prime", "said", "told", "then", "with", "from", "when", "after", "while", "says", "that",
                  # a time or a form of address before a title is no portfolio: 'Yesterday Cabinet Secretary X'
                  "yesterday", "today", "tomorrow", "tonight", "earlier", "later", "meanwhile", "also", "last", "next",
                  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "madam", "madame",
                  "mister", "dear", "honourable", "honorable", "vice", "deputy", "first", "acting", "former",
                  "junior"}
# lower-case words before 'minister' that name no portfolio ('the outgoing minister', 'a government minister')
_LOWER_NOT_PORTFOLIOS = {"government", "cabinet", "state", "party", "coalition", "opposition", "shadow", "country",
                         "region", "regional", "province", "provincial", "federal", "city", "junta", "regime",
                         "army", "union", "team", "bloc", "national", "outgoing", "incoming", "current", "serving",
                         "sitting", "visiting", "fellow", "other", "another", "powerful", "veteran", "influential"}


def portfolio(text: str, title: str, start: int, words: int = 2, joined: bool = True) -> tuple[str, int]:
    """A bare 'Minister' widened to its portfolio and rank: "Deputy Infrastructure Minister", of two words when the
    second is a portfolio's ('Human Rights Minister', 'Bougainville Affairs Minister') unless words is 1, of several
    joined by 'and' ('Energy and Mines Minister') unless joined is false; in lower case for a title in lower case
    ("Iceland's fisheries minister")."""
    if title.lower() in ADVISERS:
        m = re.search(rf"\b([A-Za-z]{{4,}} (?:{'|'.join(PORTFOLIO_ENDS)}) )$", text[:start], flags=re.I)
        if not m or m.group(1).split()[0].lower() in STOP_PORTFOLIO:
            return title, start
        return text[m.start():start + len(title)], m.start()
    low = title.lower()
    named = low.endswith(tuple(f" {t}" for t in PORTFOLIO_TITLES)) and low.split()[0] not in STOP_PORTFOLIO
    if low not in PORTFOLIO_TITLES and not (named and joined):  # ('Mines and Energy Minister': joined to a named one)
        return title, start
    lower = title[:1].islower()
    word = "[a-z]{3,}" if lower else "(?:[A-Z][a-z]{3,}|[A-Z]{3,})"  # (lower case: only nouns, see roles)
    ends = "|".join(e.lower() if lower else e for e in PORTFOLIO_ENDS)
    one = rf"{word} (?:{ends})|{word}" if words == 2 else word
    many = rf"(?:(?:{one}), )*(?:{one}) and " if joined else ""
    rank = "(?:" + "|".join(r if lower else r.capitalize() for r in RANKS) + ")"
    # the words before the title: only the joined ones when a lexicon's title names its own portfolio
    before = many if named else rf"(?:{many})?(?:{one}) "
    m = re.search(rf"(?:\b{rank} )?\b({before})$", text[:start])
    if not m or any(w.strip(",").lower() in STOP_PORTFOLIO | _TITLE_HEADS | (_LOWER_NOT_PORTFOLIOS if lower else set())
                    for w in m.group(1).split() if w != "and"):
        return title, start
    return text[m.start():start + len(title)], m.start()


_SORTED: dict[int, list[str]] = {}
_BY_LAST: dict[int, dict[str, list[str]]] = {}


def _longest_first(titles: dict[str, str | None]) -> list[str]:
    """The titles, longest first (sorted once per lexicon)."""
    if id(titles) not in _SORTED:
        _SORTED[id(titles)] = sorted(titles, key=len, reverse=True)
    return _SORTED[id(titles)]


def _ending_with(titles: dict[str, str | None], word: str) -> list[str]:
    """The titles whose last word is this one, longest first."""
    if id(titles) not in _BY_LAST:
        index: dict[str, list[str]] = {}
        for title in _longest_first(titles):
            index.setdefault(re.split(r"[\s-]", title)[-1], []).append(title)
        _BY_LAST[id(titles)] = index
    return _BY_LAST[id(titles)].get(word, [])


_BY_LEAD: dict[int, tuple[dict[str, list[str]], dict[str, int]]] = {}


def _lead(text: str) -> str:
    """The letters and digits a text starts with ('gen' of 'gen. x', 'vice' of 'vice-president')."""
    end = 0
    while end < len(text) and text[end].isalnum():
        end += 1
    return text[:end]


def _starting_with(titles: dict[str, str | None], leads: set[str]) -> list[str]:
    """The titles that start with one of these leads, longest first (as ``_longest_first`` orders them). A
    title a text starts with, followed by no letter or digit, has the text's lead."""
    if id(titles) not in _BY_LEAD:
        index: dict[str, list[str]] = {}
        ordered = _longest_first(titles)
        for title in ordered:
            index.setdefault(_lead(title), []).append(title)
        _BY_LEAD[id(titles)] = index, {t: k for k, t in enumerate(ordered)}
    index, rank = _BY_LEAD[id(titles)]
    found = [t for lead in leads for t in index.get(lead, [])]
    return sorted(found, key=rank.__getitem__) if len(leads) > 1 else found


def title_before(text: str, titles: dict[str, str | None]) -> tuple[str | None, int]:
    """The longest job title the text ends with, and where it starts."""
    low = text.rstrip().lower().replace("’", "'")  # 'chargé d’affaires' is the lexicon's 'chargé d'affaires'
    for title in _ending_with(titles, re.split(r"[\s-]", low)[-1] if low else ""):
        for prefix in (*TITLE_PREFIXES, ""):
            form = prefix + title
            if low.endswith(form):
                start = len(low) - len(form)
                if start == 0 or not low[start - 1].isalnum():
                    return text[start:len(low)].replace("’", "'"), start
    return None, 0


def title_after(text: str, titles: dict[str, str | None]) -> tuple[str | None, int]:
    """The longest job title at the start of an apposition (after 'the'/'a'), and where it ends."""
    m = re.match(r"\s*(?:the |a |an )?", text, flags=re.I)
    offset = m.end() if m else 0
    low = text[offset:].lower().replace("’", "'")
    leads = {_lead(low[len(p):]) for p in (*TITLE_PREFIXES, "") if low.startswith(p)}
    for title in _starting_with(titles, leads):
        for prefix in (*TITLE_PREFIXES, ""):
            form = prefix + title
            if low.startswith(form) and (len(low) == len(form) or not low[len(form)].isalnum()):
                return text[offset:offset + len(form)].replace("’", "'"), offset + len(form)
    return None, 0


def is_rank(word: str, honorifics: set[str], before_rank: bool = False) -> bool:
    """Whether a word is a rank or honorific: one of the lexicon's (normalised), ranks joined by a hyphen
    ('Colonel-Major'), or, before_rank, the first word of a two-word rank ('First Admiral', 'Group Captain')."""
    word = normalise(word)
    parts = re.split(r"[\s-]+", word)
    return word in honorifics or all(p in honorifics for p in parts) or before_rank and parts[-1] in RANK_OPENERS
