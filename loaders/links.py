"""Links between statements and events: RESPONDS_TO (a reaction) and CONTRADICTS (opposite claims)."""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc, Token

from dipgraph.loaders.entities import Entity
from dipgraph.loaders.events import Happened
from dipgraph.loaders.gazetteer import gazetteer
from dipgraph.loaders.mentions import Mentions
from dipgraph.loaders.speech import Said

REACTIONS = {"reject", "welcome", "criticize", "deny"}
ACCEPTING = {"promise", "comment"}  # answers to an offer that point back to it ('accepted the offer')
PROPOSALS = ("appeal", "promise")
CLAIMS = ("assert", "criticize")
ANY = ("appeal", "promise", "assert", "criticize", "warn", "threaten", "comment", "deny")
# Nouns that point back to something someone said or did ("rejected the measure", "dismissed the warning"), and
# the acts of the statements they can point to; None: a proposal or an event. Event nouns such as "the truce"
# are matched by event type instead.
ANAPHORIC: dict[str, tuple[str, ...] | None] = {
    **dict.fromkeys(("measure", "move", "decision", "step", "announcement", "initiative", "effort", "efforts"), None),
    **dict.fromkeys(("offer", "invitation"), ("promise",)),  # 'accepted the offer': what was offered
    **dict.fromkeys(("proposal", "plan", "call", "idea", "demand", "request", "appeal", "suggestion",
                     "ultimatum", "resolution", "resolutions"), PROPOSALS),  # 'rejected the resolution'
    **dict.fromkeys(("criticism", "criticisms", "condemnation", "protest", "protests", "complaint", "complaints",
                     "objection", "objections"), ("criticize",)),  # 'rejected the protest': the protest's words
    **dict.fromkeys(("warning", "threat", "threats"), ("warn", "threaten")),
    **dict.fromkeys(("charge", "charges", "accusation", "accusations", "allegation", "allegations"), ("criticize",)),
    **dict.fromkeys(("claim", "claims", "report", "reports", "assertion", "assertions"), CLAIMS),
    **dict.fromkeys(("account", "version"), (*CLAIMS, "deny")),  # what did or did not happen, as one side tells it
    **dict.fromkeys(("statement", "remarks", "comments", "comment", "words", "speech", "address"), ANY),
}
GOOD_NEWS = {"ceasefire", "agreement", "prisoner exchange", "release of prisoners"}  # event types one welcomes
ANSWER_CUE = re.compile(r"(?:in (?:response|reply|answer)\b|respond|reply|reacting)")
ANSWER_NOUN = re.compile(r"(?:in (?:response|reply) to|responding to|replying to|reacting to) (?:the|this|that|these|"
                         r"those|his|her|their|its|an?) (\w+)")
NOUN_VERBS = {  # the verbs that make what a pointing-back noun names
    **dict.fromkeys(("report", "reports"), ("report",)), **dict.fromkeys(("claim", "claims"), ("claim",)),
    **dict.fromkeys(("charge", "charges", "accusation", "accusations", "allegation", "allegations"),
                    ("accuse", "charge", "allege", "blame")),
    **dict.fromkeys(("warning", "threat", "threats"), ("warn", "threaten")),
}
TIME_WORDS = {"day", "week", "month", "year", "hour", "time", "today", "yesterday", "tomorrow", "past", "last",
              "next", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}  # not topics
POINTERS = {"the", "this", "that", "these", "those", "such", "his", "her", "its", "their"}
CONTRADICTION_VERBS = {"contradict", "conflict", "dispute", "undercut", "undermine"}
DENIAL_WINDOW = 3  # sentences back that a denial with nothing else to go on may answer


def _sides(speaker: Entity, roles: dict[str, set[str]]) -> set[str]:
    return {speaker.key} | roles.get(speaker.key, set()) | ({speaker.parent} if speaker.parent else set())


def responds_to(doc: Doc, said: list[tuple[Said, Entity]], events: list[Happened],
                roles: dict[str, set[str]] | None = None) -> list[tuple[int, str, int]]:
    """(statement index, 'statement'|'event', target index) for reactions to an earlier statement or event.

    A reaction whose object is a word that points back ('rejected the measure', 'dismissed the warning') answers
    the most recent earlier statement of the kind the word names by another side (the first of that speaker's
    run of statements: 'rejected that account' answers the account as a whole); a reaction whose sentence names
    an earlier event's trigger answers that event. A statement the same speaker adds in a rejection's sentence
    ('rejected the remarks, saying ...') answers the same thing (what follows a welcome, 'welcomed the call and
    urged both sides to ...', is a bid of its own). A statement the article presents as an answer ('In response,
    X said ...', 'Responding to the charge, X said ...') answers what it names, else the latest earlier statement
    by another side.
    """
    roles = roles or {}
    order = sorted(range(len(said)), key=lambda i: said[i][0].start)
    text = doc.text  # Doc.text rebuilds the string on every access: once here, not once per statement
    out: list[tuple[int, str, int]] = []
    for k, (s, speaker) in enumerate(said):
        target = None
        if s.rule.endswith(":charge"):  # '..., a charge the ministry rejects': the charge told in its sentence
            target = _charge_answered(said, k, roles) if s.act != "deny" else None  # (denied: see denials)
        elif s.act in REACTIONS:
            target = _anaphoric_target(doc, said, events, order, k, roles) \
                or _welcomed_that(doc, said, order, k, roles) or _event_named(doc, s, speaker, events) \
                or _welcomed_news(doc, said, order, k, roles)
        if target is None and s.act in ACCEPTING and _pointed(doc, s)[0] in (ANAPHORIC["offer"], PROPOSALS):
            target = _anaphoric_target(doc, said, events, order, k, roles)  # 'accepted the offer'
        if target is None and s.act != "deny":  # a denial answers by contradicting (see denials)
            target = _presented_answer(text, said, order, k, roles)
        if target:
            out.append((k, *target))
    answered = {k: (kind, j) for k, kind, j in out if kind == "statement"}
    for k, (s, speaker) in enumerate(said):  # "rejected the remarks, saying ...": the same answer
        if k in answered or s.act not in ("assert", "comment", "deny"):
            continue  # ('welcomed the offer and urged both sides to ...': a bid of its own, no answer)
        lead = next((r for r in answered if said[r][1] is speaker and said[r][0].sentence == s.sentence
                     and said[r][0].start < s.start and said[r][0].act == "reject"), None)
        if lead is not None:
            out.append((k, *answered[lead]))
    return out


def _charge_answered(said: list[tuple[Said, Entity]], k: int, roles: dict[str, set[str]]) -> tuple[str, int] | None:
    """The statement by another side that the charge answered in the same sentence makes ('A accused B of ...,
    a charge B denies'; 'She warned B against ..., a charge B dismissed')."""
    s, speaker = said[k]
    sides = _sides(speaker, roles)
    told = [j for j, (a, who) in enumerate(said) if a.sentence == s.sentence and a.start < s.start
            and not _sides(who, roles) & sides]
    return ("statement", min(told, key=lambda j: said[j][0].start)) if told else None


def _anaphoric_target(doc: Doc, said: list[tuple[Said, Entity]], events: list[Happened], order: list[int],
                      k: int, roles: dict[str, set[str]]) -> tuple[str, int] | None:
    s, speaker = said[k]
    acts, owner, noun = _pointed(doc, s)
    if acts is False or (s.act == "deny" and acts is not None and not set(acts) <= set(PROPOSALS)):
        return None  # denying a claim contradicts it (see denials)
    if _unextracted(doc, said, s, noun):
        return None
    sides = _sides(speaker, roles)
    wanted = PROPOSALS + ("assert",) if acts is None else acts
    earlier = [(said[j][0].start, "statement", j) for j in order if said[j][0].start < s.start
               and said[j][0].act in wanted and not _sides(said[j][1], roles) & sides]
    if owner:  # "rejected Moscow's claims", "the Russian proposal": only what the side named said
        earlier = [c for c in earlier if _is_named(said[c[2]][1], owner, _sides(said[c[2]][1], roles))]
    if acts is None:  # ('the French efforts': what the French side did)
        earlier += [(e.start, "event", j) for j, e in enumerate(events)
                    if e.start < s.start and speaker not in e.actors and (not owner or any(
                        _is_named(a, owner, _sides(a, roles)) for a in e.actors))]
    if not earlier:
        return None
    _, kind, j = max(earlier, key=lambda c: c[0])
    if kind == "statement":
        last, j = j, _run_start(said, order, j, wanted)
        if noun is not None and noun.lemma_.lower() in ("account", "version"):  # "rejected X's account": what
            run = order[order.index(j):order.index(last) + 1]  # X said happened or not, else the whole charge
            j = next((i for i in reversed(run) if said[i][0].act in ("assert", "deny")), j)
    return kind, j


def _pointed(doc: Doc, s: Said) -> tuple[tuple[str, ...] | None | bool, str | None, Token | None]:
    """The acts a reaction's pointing-back object can name (None: a proposal or event; False when it has no such
    object), the word naming whose they are ("Moscow's claims") and the noun."""
    verb = doc[s.verb] if s.verb is not None else None
    objects = [c for c in verb.children if c.dep_ in ("dobj", "prep") or c.dep_ in ("npadvmod", "advmod")
               and c.i > verb.i] if verb is not None else []  # ('rejected the charge hours later': a time, parsed)
    if s.act in ACCEPTING and verb is not None:  # 'said Cambodia accepted the offer', 'would study the invitation'
        objects += [c for x in verb.children if x.dep_ in ("ccomp", "xcomp") for c in x.children
                    if c.dep_ in ("dobj", "prep")]
    for o in objects:
        for t in o.subtree:
            noun = t.lemma_.lower() if t.lemma_.lower() in ANAPHORIC else t.lower_
            if noun not in ANAPHORIC or any(a.lower_ == "according" for a in t.ancestors):
                continue  # ('according to a readout of the call': the source, not what is answered)
            owner = next((d for d in t.children if d.dep_ == "poss" and d.pos_ == "PROPN"
                          or d.dep_ in ("compound", "amod") and gazetteer().country(d.text)), None)
            if owner is not None or any(d.lower_ in POINTERS for d in t.children):
                return ANAPHORIC[noun], owner.text if owner is not None else None, t
    return False, None, None


def _unextracted(doc: Doc, said: list[tuple[Said, Entity]], s: Said, noun: Token | None) -> bool:
    """Whether the pointed-back noun ('denied the report') names a report in the sentence just before that gave
    no statement ('the state broadcaster reported that ...'): then it answers that, not anything found."""
    verbs = NOUN_VERBS.get(noun.lemma_.lower(), ()) if noun is not None else ()
    first = doc.char_span(*s.sentence, alignment_mode="expand")
    if not verbs or first is None or first.start == 0:
        return False
    prev = doc[first.start - 1].sent
    return any(t.lemma_ in verbs and t.pos_ == "VERB" for t in prev) and not any(
        prev.start_char <= o.start < prev.end_char for o, _ in said)


def _is_named(speaker: Entity, word: str, sides: set[str]) -> bool:
    """Whether a word ('Lavrov', 'Moscow') names the speaker or the country whose side the speaker is on."""
    low = word.lower()
    if any(low in (n.lower(), n.lower().split()[-1]) for n in (speaker.name, *speaker.aliases) if n):
        return True
    hit = gazetteer().country(word)
    return hit is not None and (speaker.country == hit.country.name
                                or Entity("Institution", hit.country.government).key in sides)


def _run_start(said: list[tuple[Said, Entity]], order: list[int], j: int, acts: tuple[str, ...]) -> int:
    """The first statement of the run of statements by the same speaker that ends at statement j."""
    pos = order.index(j)
    while pos > 0 and said[order[pos - 1]][1] is said[j][1] and said[order[pos - 1]][0].act in acts:
        pos -= 1
    return order[pos]


def _presented_answer(text: str, said: list[tuple[Said, Entity]], order: list[int], k: int,
                      roles: dict[str, set[str]]) -> tuple[str, int] | None:
    """'In response, X said ...': the statement the article says this one answers."""
    s, speaker = said[k]
    opening = text[s.sentence[0]:s.sentence[0] + 40].lower()
    if not ANSWER_CUE.match(opening) or s.start < s.sentence[0] + 8:
        return None
    named = ANSWER_NOUN.match(opening)
    if named and named.group(1) not in ANAPHORIC:
        return None  # "In response to the summons": an event, or something no statement says
    wanted = (ANAPHORIC[named.group(1)] if named else None) or ANY
    sides = _sides(speaker, roles)
    earlier = [j for j in order if said[j][0].start < s.sentence[0] and said[j][0].act in wanted
               and not _sides(said[j][1], roles) & sides]
    return ("statement", _run_start(said, order, earlier[-1], wanted)) if earlier else None


def _welcomed_that(doc: Doc, said: list[tuple[Said, Entity]], order: list[int], k: int,
                   roles: dict[str, set[str]]) -> tuple[str, int] | None:
    """'..., and I welcome that.': a welcome of 'that'/'this' answers what another side said in its sentence or
    the sentence before."""
    s, speaker = said[k]
    span = doc.char_span(s.start, s.end, alignment_mode="expand") if s.act == "welcome" else None
    if span is None or not any(t.lemma_ == "welcome" and any(c.dep_ == "dobj" and c.lower_ in ("that", "this")
                                                             for c in t.children) for t in span):
        return None
    first = doc.char_span(*s.sentence, alignment_mode="expand")
    start = doc[first.start - 1].sent.start_char if first is not None and first.start else s.sentence[0]
    sides = _sides(speaker, roles)
    told = [j for j in order if start <= said[j][0].start < s.start and not _sides(said[j][1], roles) & sides]
    return ("statement", told[-1]) if told else None


def _welcomed_news(doc: Doc, said: list[tuple[Said, Entity]], order: list[int], k: int,
                   roles: dict[str, set[str]]) -> tuple[str, int] | None:
    """A welcome whose sentence names no happening ('we welcome any reduction in the violence') answers the
    latest earlier announcement by another side of good news: a truce, a deal, an exchange of prisoners."""
    s, speaker = said[k]
    if s.act != "welcome":
        return None
    nouns = gazetteer().events["nouns"]
    sentence = doc.char_span(*s.sentence, alignment_mode="expand")
    if sentence is None or any(t.lemma_.lower() in nouns for t in sentence):
        return None
    sides = _sides(speaker, roles)
    for j in reversed(order):
        a, who = said[j]
        if a.start >= s.start or a.act not in ("assert", "promise") or _sides(who, roles) & sides:
            continue
        span = doc.char_span(a.start, a.end, alignment_mode="expand")
        if span is not None and any(nouns.get(t.lemma_.lower(), {}).get("type") in GOOD_NEWS
                                    and t.head.lower_ != "without" and not any(c.lower_ == "no" for c in t.children)
                                    for t in span):
            return "statement", j  # "the pause would continue", not "talks ended without agreement"
    return None


def _event_named(doc: Doc, s: Said, speaker: Entity, events: list[Happened]) -> tuple[str, int] | None:
    """An earlier event of others whose trigger the reaction's sentence names ('welcomed the exchange')."""
    sent_tokens = doc.char_span(*s.sentence, alignment_mode="expand")
    lemmas = {t.lemma_.lower() for t in sent_tokens} if sent_tokens is not None else set()
    for j, e in reversed(list(enumerate(events))):
        if e.start >= s.start or speaker in e.actors:
            continue
        trig = doc[e.trigger]
        words = {trig.lemma_.lower()} | {c.lemma_.lower() for c in trig.children if c.dep_ == "compound"}
        words -= {"order", "deal", "call"}
        if words & lemmas:
            return "event", j
    return None


def contradicts(doc: Doc, mentions: Mentions, said: list[tuple[Said, Entity]],
                roles: dict[str, set[str]]) -> list[tuple[int, int]]:
    """(statement, statement) pairs where the article says one side's line contradicts another's."""
    out = []
    for t in doc:
        if t.lemma_ not in CONTRADICTION_VERBS or t.pos_ != "VERB":
            continue
        subj = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
        obj = [c for c in t.children if c.dep_ in ("dobj", "prep", "ccomp", "attr", "agent")]
        left = _institutions(mentions, subj)
        right = _institutions(mentions, obj)
        if not left or not right:
            continue
        for i, (a, who_a) in enumerate(said):
            if not _sides(who_a, roles) & left or a.act not in ("assert", "deny"):
                continue
            for j, (_b, who_b) in enumerate(said):
                if i != j and _sides(who_b, roles) & right and not _sides(who_b, roles) & left:
                    out.append((i, j))
    out += corrections(doc.text, said, set(out))
    out += fired_first(doc, said, set(out), roles)
    return out + denials(doc, said, set(out), mentions, roles)


_NOT_FIGURE = re.compile(r"\bnot\s+(?:the\s+)?(\d[\d,.]*)")


_OPENING = {"fire", "open", "attack", "start", "shell", "strike", "shoot", "provoke", "begin", "respond", "retaliate"}
_STARTING = {"start", "begin", "provoke", "trigger", "spark"}  # '... had started the fighting': who fired first
_HAPPENINGS = {"fighting", "shooting", "clash", "clashes", "exchange", "hostilities", "war", "firing", "incident"}


def fired_first(doc: Doc, said: list[tuple[Said, Entity]], known: set[tuple[int, int]],
                roles: dict[str, set[str]]) -> list[tuple[int, int]]:
    """'Tajik troops had opened fire first' and then 'the Kyrgyz side had fired first': each side's account of
    who started the fighting contradicts the other side's."""
    opening, first = [], set()
    for i, (s, _who) in enumerate(said):
        span = doc.char_span(s.start, s.end, alignment_mode="expand")
        # (an opening done by a side: 'the shooting began' tells no one's account of who began it)
        openers = [t for t in span if t.lemma_ in _OPENING and t.pos_ == "VERB" and not any(
            c.dep_ == "nsubj" and c.lower_ in _HAPPENINGS or c.dep_ in ("auxpass", "neg") for c in t.children)
                   ] if span is not None else []  # ('we will not be provoked' is no account of the fighting)
        if openers:
            opening.append(i)
            if any(t.lower_ in ("first", "unprovoked") or t.lower_ == "provocation" and t.head.lower_ == "without"
                   for t in span) or any(t.lemma_ in _STARTING and (t.lemma_ == "provoke" or any(
                    c.dep_ == "dobj" and c.lower_ in _HAPPENINGS for c in t.children)) for t in openers):
                first.add(i)  # 'had fired first', 'had started the fighting', 'had provoked the troops'
    opening.sort(key=lambda i: said[i][0].start)
    out = []
    for k, i in enumerate(opening):
        if i not in first:
            continue
        others = [j for j in reversed(opening[max(0, k - 4):k])  # the other side's account just before,
                  if not _sides(said[i][1], roles) & _sides(said[j][1], roles)  # one saying who began first
                  and (i, j) not in known and (j, i) not in known]
        if others:
            out.append((i, next((j for j in others if j in first), others[0])))
    return out


def corrections(text: str, said: list[tuple[Said, Entity]], known: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """'our teams now count closer to 25,000 displaced, not 18,000': a statement that sets a figure right
    contradicts the earlier statement by someone else that gave that figure."""
    out = []
    for i, (s, who) in enumerate(said):
        for m in _NOT_FIGURE.finditer(text[s.start:s.end].lower()):
            figure = m.group(1).rstrip(".,")
            earlier = [j for j, (r, other) in enumerate(said) if r.start < s.start and other is not who
                       and re.search(rf"(?<![\d,.]){re.escape(figure)}(?![\d,])", text[r.start:r.end])]
            if earlier and (i, earlier[-1]) not in known:
                out.append((i, earlier[-1]))
                break
    return out


def denials(doc: Doc, said: list[tuple[Said, Entity]], known: set[tuple[int, int]],
            mentions: Mentions | None = None, roles: dict[str, set[str]] | None = None) -> list[tuple[int, int]]:
    """A denial contradicts an earlier accusation or assertion by another side, chosen in this order: the one
    sharing two content words with it; the kind its pointing-back object names ('denied the charge': the latest
    accusation); the latest sharing one content word; the latest that names the denying side; the latest
    within a few sentences."""
    roles = roles or {}
    words = [_content(doc, s) for s, _ in said]
    starts = [sent.start_char for sent in doc.sents]
    out = []
    denied: set[tuple[Entity, tuple[int, int]]] = set()
    for i in sorted(range(len(said)), key=lambda i: said[i][0].start):
        d, who_d = said[i]
        if d.act != "deny" or any(a == i for a, _ in known):
            continue
        if d.rule.endswith(":charge"):  # '..., a charge X denies': the charge told in its sentence
            if (charge := _charge_answered(said, i, roles)) is not None and (i, charge[1]) not in known:
                out.append((i, charge[1]))
            continue
        if any(who is who_d and r.sentence == d.sentence and r.start < d.start and r.act in REACTIONS - {"deny"}
               for r, who in said):
            continue  # "rejected the offer, saying it would not negotiate": part of the rejection
        sides = _sides(who_d, roles)
        claims = sorted((j for j, (a, who_a) in enumerate(said) if a.act in CLAIMS and a.start < d.start
                         and not _sides(who_a, roles) & sides and not _podium(d, who_d, a, who_a)),
                        key=lambda j: said[j][0].start)
        later = [j for j, (a, who_a) in enumerate(said) if a.act == "assert" and a.start > d.start
                 and not _sides(who_a, roles) & sides and len(words[i] & words[j]) >= 2
                 and not _podium(d, who_d, a, who_a)]
        j = _denied(doc, said, d, claims, words, i, sides, mentions, starts, roles) if claims else None
        if j is None and later:
            j = later[0]  # "X denied that ...; Y insisted that ..." (the claim follows)
        if j is not None and (i, j) not in known and (who_d, d.sentence) not in denied:
            out.append((i, j))
            denied.add((who_d, d.sentence))  # "denied that ..., calling it a lie": one denial
    return out


def _podium(a: Said, who_a: Entity, b: Said, who_b: Entity) -> bool:
    """Two officials speaking in turns of one briefing: the same side, whatever roles the text gives them."""
    return a.rule == b.rule == "briefing_turn" and who_a.label == who_b.label == "Person"


def _denied(doc: Doc, said: list[tuple[Said, Entity]], d: Said, claims: list[int], words: list[set[str]], i: int,
            sides: set[str], mentions: Mentions | None, starts: list[int],
            roles: dict[str, set[str]]) -> int | None:
    shared = [(len(words[i] & words[j]), said[j][0].start, j) for j in claims]
    best = max(shared)
    if best[0] >= 2:
        return best[2]
    owner = _claims_owner(doc, d)
    if owner:  # "denied that ..., calling the Ukrainian claims a distortion": that side's latest claim
        owned = [j for j in claims if _is_named(said[j][1], owner, _sides(said[j][1], roles))]
        if owned:
            return owned[-1]
    acts, _, noun = _pointed(doc, d)
    if acts and _unextracted(doc, said, d, noun):
        return None
    if acts:
        pointed = [j for j in claims if said[j][0].act in acts]
        if pointed:  # 'denied that account': the account from its start ('said A, and that B': A)
            return min((j for j in pointed if said[j][1] is said[pointed[-1]][1]
                        and said[j][0].sentence == said[pointed[-1]][0].sentence), key=lambda j: said[j][0].start)
    here = bisect_right(starts, d.start)
    if best[0] == 1:  # one shared word is a weak tie: only a claim within a few paragraphs' reach
        ones = [j for n, _, j in shared if n == 1 and here - bisect_right(starts, said[j][0].start)
                <= 4 * DENIAL_WINDOW]
        naming = [j for j in ones if mentions is not None and sides & _named(mentions, said[j][0])]
        if ones:
            return max(naming or ones, key=lambda j: said[j][0].start)  # the one that accuses the denying side
    near = [j for j in claims if here - bisect_right(starts, said[j][0].start) <= DENIAL_WINDOW]
    if mentions is not None:
        naming = [j for j in near if sides & _named(mentions, said[j][0])]
        if naming:
            return naming[-1]
    return near[-1] if near else None


def _claims_owner(doc: Doc, d: Said) -> str | None:
    """The side whose claims a denial's sentence names ("calling the Ukrainian claims a distortion")."""
    sentence = doc.char_span(*d.sentence, alignment_mode="expand")
    for t in sentence if sentence is not None else ():
        noun = t.lemma_.lower() if t.lemma_.lower() in ANAPHORIC else t.lower_
        if ANAPHORIC.get(noun) in (CLAIMS, ("criticize",)):
            owner = next((c for c in t.children if c.dep_ == "poss" and c.pos_ == "PROPN"
                          or c.dep_ in ("compound", "amod") and gazetteer().country(c.text)), None)
            if owner is not None:
                return owner.text
    return None


def _named(mentions: Mentions, s: Said) -> set[str]:
    """Keys of the institutions and people named in a statement's sentence (countries as their governments)."""
    span = mentions.doc.char_span(*s.sentence, alignment_mode="expand")
    if span is None:
        return set()
    keys = {m.entity.key for m in mentions.mentions_between(span.start, span.end)}
    keys |= {Entity("Institution", mentions.country_at[t.i][0].government).key
             for t in span if t.i in mentions.country_at}
    return keys


def _content(doc: Doc, s: Said) -> set[str]:
    span = doc.char_span(s.start, s.end, alignment_mode="expand")
    if span is None:
        return set()
    return {_stem(t.lemma_.lower()) for t in span if t.pos_ in ("NOUN", "PROPN", "VERB", "ADJ", "ADV")
            and not t.is_stop and t.is_alpha and len(t) > 2 and t.lemma_.lower() not in TIME_WORDS}


def _stem(word: str) -> str:
    """'aggressively' and 'aggressive' alike."""
    return word[:-2] if word.endswith("ly") and len(word) > 5 else word


def _institutions(mentions: Mentions, roots) -> set[str]:
    """Keys of the institutions and people named under some tokens ("the Defense Ministry's position")."""
    keys = set()
    for r in roots:
        for t in r.subtree:
            e = mentions.entity_at(t.i)
            if e is not None and e.label in ("Institution", "Person"):
                keys.add(e.key)
    return keys
