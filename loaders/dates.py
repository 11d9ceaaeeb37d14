"""Date expressions → ISO dates (day, month or year precision), resolved against the article date."""

from __future__ import annotations

import re
from datetime import date, timedelta

from dipgraph.loaders.gazetteer import load_data

MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
         ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
         ("october", "oct"), ("november", "nov"), ("december", "dec")]
    )
    for m in names
}
WEEKDAYS = {d: i for i, d in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
_MONTH_NAME = r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|" \
              r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
_MONTH = rf"(?P<month>{_MONTH_NAME})\.?"
# Nouns a bare year can date ("the 2015 nuclear deal"): the event nouns, and occasions that are no events of
# the graph; a year before other nouns may be a count ("a 2000 strong").
_OCCASIONS = ("election", "war", "invasion", "coup", "referendum", "protest", "uprising", "revolution", "resolution",
              "declaration", "conference", "framework", "withdrawal", "pact", "negotiation")
_HAPPENINGS = tuple(sorted({form for w in (*load_data("events.json")["nouns"], *_OCCASIONS)
                            for form in (w, w if w.endswith("s") else w + "s")}, key=len, reverse=True))
_PATTERNS = [
    ("iso", re.compile(r"\b(?P<year>\d{4})-(?P<mnum>\d{2})-(?P<day>\d{2})\b")),
    ("mdy", re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{{4}})\b)?", re.I)),
    ("dmy", re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\b"
                       rf"(?:,?\s+(?P<year>\d{{4}})\b)?", re.I)),
    ("part", re.compile(rf"\b(?:in\s+)?(?:the\s+)?(?P<part>early|mid|late|end of|beginning of)[\s-]+{_MONTH}"
                        rf"(?:\s+(?P<year>\d{{4}}))?\b", re.I)),
    ("my", re.compile(rf"\b(?:in|since|during|until|by)\s+{_MONTH}(?:\s+(?P<year>\d{{4}}))?\b", re.I)),
    ("year", re.compile(r"\b(?:in|since|during|until|by|from)\s+(?:early\s+|late\s+|mid-)?(?P<year>(?:19|20)\d{2})\b"
                        r"(?![-–/]?\d)", re.I)),
    ("year_mod", re.compile(r"(?:\b(?:the|a|an|its|their|his|her)|\w['’]s?)\s+(?P<year>(?:19|20)\d{2})\s+"
                            rf"(?=(?:[a-z]+\s+){{0,2}}(?:{'|'.join(_HAPPENINGS)})\b)")),
    ("last_month", re.compile(rf"\b(?P<which>last|next|this)\s+{_MONTH}(?!\s+\d)", re.I)),
    ("period", re.compile(r"\b(?P<which>last|next|this|past)\s+(?P<period>week|month|year)\b", re.I)),
    ("weekend", re.compile(r"\b(?:over|at|during)\s+the\s+weekend\b|\b(?:last|this|past)\s+weekend\b", re.I)),
    ("ago", re.compile(r"\b(?P<count>\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
                       r"(?P<unit>day|week|month|year)s?\s+ago\b", re.I)),
    ("rel", re.compile(r"\b(?P<rel>yesterday|today|tonight|tomorrow|last night|this (?:morning|afternoon|evening)"
                       r"|overnight|this week)\b", re.I)),
    ("nth", re.compile(rf"\b(?:on\s+)?the\s+(?P<day>[1-3]?\d)(?:st|nd|rd|th)\b"
                       rf"(?!\s+(?:of\s+)?(?:{_MONTH_NAME}|century|anniversary|round|time)\b)", re.I)),
    ("weekday", re.compile(r"\b(?:(?P<which>last|this|next)\s+)?(?P<weekday>monday|tuesday|wednesday|thursday|"
                           r"friday|saturday|sunday)\b", re.I)),
]
_RELATIVE = {"yesterday": -1, "last night": -1, "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0,
             "this evening": 0, "overnight": 0, "this week": 0, "tomorrow": 1}  # overnight: into the day of the story
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10}


def parse_date(text: str) -> str | None:
    """An absolute date written in text (a dateline), as ISO, or None."""
    for kind, pattern in _PATTERNS[:3]:
        for m in pattern.finditer(text):
            if not m.group("year"):
                continue
            month = int(m.group("mnum")) if kind == "iso" else _month(m.group("month"))
            try:
                return date(int(m.group("year")), month, int(m.group("day"))).isoformat()
            except ValueError:
                continue
    return None


def _month(name: str) -> int:
    key = name.lower().rstrip(".")
    return MONTHS.get(key) or MONTHS[key[:3]]


def _past_year(month: int, day: int | None, anchor: date) -> int:
    """The year of a month/day mentioned without one: the latest not after the article date."""
    if (month, day or 1) > (anchor.month, anchor.day):
        return anchor.year - 1
    return anchor.year


def find_dates(text: str, anchor: str | None) -> list[tuple[int, int, str]]:
    """Every date expression in text as (start, end, ISO value), resolved against the anchor date."""
    ref = date.fromisoformat(anchor) if anchor else None
    found: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            value = _resolve(kind, m, ref)
            if value:
                start, end = (m.start("year"), m.end("year")) if kind == "year_mod" else (m.start(), m.end())
                found.append((start, end, value))
                taken.append((start, end))
    return sorted(found)


def _resolve(kind: str, m: re.Match, ref: date | None) -> str | None:
    groups = m.groupdict()
    year = int(groups["year"]) if groups.get("year") else None
    if kind == "iso":
        return m.group(0)
    if kind in ("mdy", "dmy"):
        month, day = _month(groups["month"]), int(groups["day"])
        if year is None:
            if ref is None:
                return None
            year = _past_year(month, day, ref)
        try:
            return date(year, month, day).isoformat()
        except ValueError:
            return None
    if kind in ("part", "my"):
        month = _month(groups["month"])
        if year is None:
            if ref is None:
                return None
            year = _past_year(month, None, ref)
        return f"{year:04d}-{month:02d}"
    if kind in ("year", "year_mod"):
        return f"{year:04d}"
    if ref is None:
        return None
    if kind == "last_month":  # "last November": the latest November before this month; "next May"
        month, which = _month(groups["month"]), groups["which"].lower()
        if which == "next":
            return f"{ref.year + (month <= ref.month):04d}-{month:02d}"
        if which == "this":
            return f"{ref.year:04d}-{month:02d}"
        return f"{ref.year - (month >= ref.month):04d}-{month:02d}"
    if kind == "period":  # a week is dated by the month it mostly falls in: day precision would be a guess
        which, period = groups["which"].lower(), groups["period"].lower()
        step = {"last": -1, "past": -1, "next": 1, "this": 0}[which]
        if period == "year":
            return f"{ref.year + step:04d}"
        if period == "week":
            return (ref + timedelta(days=7 * step)).isoformat()[:7]
        months = ref.year * 12 + ref.month - 1 + step
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    if kind == "weekend":  # the last weekend before the story: dated by its month, like a week
        saturday = ref - timedelta(days=(ref.weekday() - 5) % 7 or 7)
        return saturday.isoformat()[:7]
    if kind == "rel":
        return (ref + timedelta(days=_RELATIVE[" ".join(groups["rel"].lower().split())])).isoformat()
    if kind == "ago":  # "three days ago", "two weeks ago": a day; "a month ago": a month; "two years ago": a year
        count, unit = groups["count"].lower(), groups["unit"].lower()
        n = int(count) if count.isdigit() else _COUNTS[count]
        if unit in ("day", "week"):
            return (ref - timedelta(days=n * (7 if unit == "week" else 1))).isoformat()
        if unit == "year":
            return f"{ref.year - n:04d}"
        months = ref.year * 12 + ref.month - 1 - n
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    if kind == "nth":  # "on the 14th": that day of this month, or of the last one if it is still to come
        day = int(groups["day"])
        month = ref if day <= ref.day else (ref.replace(day=1) - timedelta(days=1))
        try:
            return month.replace(day=day).isoformat()
        except ValueError:
            return None
    target = WEEKDAYS[groups["weekday"].lower()]
    delta = (ref.weekday() - target) % 7
    if (groups.get("which") or "").lower() == "next":
        return (ref + timedelta(days=(target - ref.weekday()) % 7 or 7)).isoformat()
    if (groups.get("which") or "").lower() == "last" and delta == 0:
        delta = 7
    return (ref - timedelta(days=delta)).isoformat()
