"""Briefing transcripts: each sentence of an official's turn is a statement by that official.

Left out: greetings and other sentences under four words without an act cue ('It's false.' stays),
stage directions in parentheses, and first-person sentences that run the briefing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from dipgraph.loaders.act_forms import declares_status
from dipgraph.loaders.entities import Entity
from dipgraph.loaders.speech_acts import FIRST_PERSON, TELLING, has_subject

if TYPE_CHECKING:
    from dipgraph.loaders.mentions import Mentions
    from dipgraph.loaders.speech import Speech

# (speaker, start, end, act, cameo, sentence, relayed, date) of one statement of a turn; relayed: someone else's
# words; date: when the text says they were said (None: the briefing's day for the official, else unknown)
TurnStatement = tuple[Entity, int, int, str, str, tuple[int, int], bool, str | None]


def label_speaker(mentions: Mentions, label: str) -> Entity:
    """The person behind a transcript label ('MR. KIRBY', 'SPOKESPERSON RINALDI', 'Ms. Arana', 'Spokesperson Mao
    Ning'): a known person with that surname, or a new one named without the title or form of address.

    A label that is only a title ('Spokesperson') names the person the text gives that title,
    as in 'a briefing by Ana Ruiz, Spokesperson for ...'.
    """
    words = [w.lower() for w in label.split() if w.lower() != "the"]  # 'THE PRESIDENT': a title alone
    if words and all(mentions.is_title_word(w) for w in words):
        doc = mentions.doc
        for m in mentions.mentions:
            near = doc[max(m.start - 3, 0):min(m.end + 4, len(doc))]
            if m.entity.label == "Person" and any(t.lower_ == words[-1] for t in near):
                return m.entity
    surname = label.split()[-1].title()
    person = mentions.registry.person_called(surname)
    if person is not None:
        person.mentions += 1
        return person
    named = [w for w in label.split() if not mentions.is_title_word(w) and w.lower().rstrip(".") not in
             _ADDRESS]  # 'Spokesperson Mao Ning': Mao Ning; 'Ms. Arana': Arana
    name = " ".join(named) if len(named) >= 2 and not label.isupper() else surname  # 'MR. KIRBY': Kirby
    return mentions.registry.add("Person", name, surface=label)


def runs_the_event(label: str) -> bool:
    """A label that names only who runs the event ('MODERATOR', 'The Operator'): no official of the story."""
    words = [w.lower().strip(".") for w in label.split() if w.lower() != "the"]
    return bool(words) and all(w in _MODERATING for w in words)


_MODERATING = {"moderator", "operator", "host", "presenter", "emcee", "mc", "facilitator"}
_ADDRESS = {"mr", "ms", "mrs", "miss", "dr", "sir", "dame", "madam", "mme", "m"}


def turn_statements(speech: Speech, label_speaker: Callable[[str], Entity]) -> list[TurnStatement]:
    """The statements of every official's turn of a transcript, sentence by sentence."""
    out: list[TurnStatement] = []
    asked: set[str] = set()
    speakers = [label_speaker(turn.label) if turn.label and not runs_the_event(turn.label) else None
                for turn in speech.turns]
    officials = {id(s) for s in speakers if s is not None}
    for turn, speaker in zip(speech.turns, speakers, strict=True):
        if speaker is None and turn.label:
            continue  # the moderator's turn runs the event and says nothing of its own
        if speaker is None:
            asked = {t.lemma_.lower() for t in speech.tokens(turn.start, turn.end) if t.pos_ == "NOUN"}
            continue
        seen: set[int] = set()
        for t in speech.tokens(turn.start, turn.end):
            sent = speech.m.sent(t.i)
            if sent.start in seen:
                continue
            seen.add(sent.start)
            start, end = max(sent.start_char, turn.start), min(sent.end_char, turn.end)
            begin = start  # (after the turn's label, before any lead-in)
            while end > start and speech.text[end - 1].isspace():
                end -= 1
            start = _after_lead_in(speech, start, end)
            words = [w for w in sent if not (w.is_punct or w.is_space) and w.idx >= start]
            said = speech.text[start:end]
            cue = speech.acts.cue_act(list(sent))
            if end <= start or (len(words) < 4 and cue is None) or (said.startswith("(") and said.endswith(")")):
                continue
            if cue is None and (_procedural(speech, sent) or _hands_to_the_press(sent) or not any(
                    w.pos_ in ("VERB", "AUX") and (w.dep_ == "ROOT" or has_subject(w)) for w in words)) \
                    or _meta(speech, said, cue):
                continue  # ('First, on the flooded villages.', 'Yes, in the front.': no clause, nothing said)
            by = _reported_by(speech, sent, speaker, officials)
            for piece in _that_clauses(sent, start, end):
                own = [t for t in piece if t.idx >= begin] or list(piece)  # (without the turn's label)
                act, code = speech.acts.quote_act(own, sent.root if by != [speaker] or _relays(sent)
                                                  or _its_stand(sent) else None, by)
                if act in ("assert", "comment") and (_denies_premise(sent, asked) or _answers_no(sent, start)):
                    act, code = "deny", "016"
                elif act == "assert" and by == [speaker] and _announced(speech, piece.root):
                    act, code = "promise", "03"  # 'The minister will visit Rome on Monday': an announced plan
                elif act in ("assert", "comment") and by != [speaker] and (told := _told(speech, sent)) is not None:
                    act, code = speech.acts.reported_act(speech.lexicon[sent.root.lemma_], told, sent.root, by,
                                                         list(piece))  # 'X has told us it intends to send ...'
                out.extend((who, max(piece.start_char, start), piece.end_char if piece.end < sent.end else end,
                            act, code, (start, end), who is not speaker, None) for who in by)
            out.extend(_agreements(speech, sent, start, end, {id(speaker)} | officials))
    return out


def _agreements(speech: Speech, sent: Span, start: int, end: int, officials: set[int]) -> list[TurnStatement]:
    """'The two ministers held talks and agreed to meet again in June': told in an official's turn, the
    agreement is also a promise by each person or named state that agreed, made when the text says they agreed
    (what 'both sides' or 'they' agreed, read as states, stays the official's account)."""
    out: list[TurnStatement] = []
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_ not in _AGREEING or speech.not_said(verb) or verb.idx < start \
                or verb.tag_ == "VBN" and (verb.dep_ in ("acl", "amod", "advcl") or any(
                    c.dep_ == "auxpass" for c in verb.children)):
            continue  # ('the line was agreed by our two countries in 1969' tells of a line, agreed long ago)
        parties, _ = speech.speakers(verb)
        if any(c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON for c in verb.children):
            continue
        what = [c for c in verb.children if c.dep_ in ("xcomp", "prep", "dobj", "ccomp")]
        if not what:
            continue
        last = speech.doc[max(c.right_edge.i for c in what)]
        stop = min(last.idx + len(last.text), end)
        named = _named_subject(verb)
        out.extend((who, verb.idx, stop, "promise", "035", (start, end), True, speech.date_of(verb))
                   for who in parties if id(who) not in officials and (who.label == "Person" or named))
    return out


def _named_subject(verb: Token) -> bool:
    """Whether the parties to an agreement are named ('Jordan and Italy agreed ...'), not referred to ('both
    sides', 'they'): a state's part is read only from its name."""
    while verb.dep_ == "conj" and not has_subject(verb):
        verb = verb.head  # 'Jordan and Italy held talks and agreed ...'
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(t.pos_ == "PROPN" for c in subjects for t in (c, *c.conjuncts))


_AGREEING = {"agree"}


def _told(speech: Speech, sent: Span) -> Token | None:
    """The clause a third party's reported words have ('The chair has told us it intends to ...'), if any."""
    root = sent.root
    if root.lemma_ not in speech.lexicon:
        return None
    return next((c for c in root.children if c.dep_ == "ccomp" and has_subject(c)), None)


def _relays(sent: Span) -> bool:
    """'She has offered to host a meeting': an official relaying a third party's act in its own words."""
    root = sent.root
    return root.pos_ == "VERB" and any(c.dep_ == "nsubj" and c.lower_ in ("he", "she", "they") for c in root.children)


def _announced(speech: Speech, root: Token) -> bool:
    """A plan an official announces: a named party (not 'it') will do something ('Pakistan and China will
    conduct an exercise', 'the minister will arrive on Monday'; not 'It will reopen when ...')."""
    if root.pos_ != "VERB" or not any(c.dep_ == "aux" and c.lower_ in ("will", "shall") for c in root.children) \
            or any(c.dep_ == "neg" for c in root.children):
        return False
    # ('In Manila he will hold talks with X, and the two ministers will sign ...': he, the minister just named)
    subjects = [c for v in (root, *root.conjuncts) for c in v.children if c.dep_ == "nsubj"]
    return any(e.label in ("Person", "Institution") for c in subjects for e in (
        speech.speakers(c.head)[0] if c.lower_ in ("he", "she") else speech.m.resolve(c) if c.pos_ != "PRON" else []))


def _after_lead_in(speech: Speech, start: int, end: int) -> int:
    """Where the statement starts after an official's lead-in: 'Let me be clear: the talks go on.'"""
    low = speech.text[start:end].lower()
    for lead in speech.gaz.reporting["lead_ins"]:
        if low.startswith(lead) and low[len(lead):len(lead) + 1] in (":", ","):
            rest = start + len(lead) + 1
            while rest < end and speech.text[rest].isspace():
                rest += 1
            return rest
    return start


def _meta(speech: Speech, said: str, cue: str | None) -> bool:
    """A sentence that greets, hands over or declines to comment ('I would not speculate'): no statement,
    unless it also does something ('We have seen the reports and we condemn the attack')."""
    low = said.lower()
    if low.startswith("thank you") and len(low.split()) <= 5:
        return True  # 'Thank you, Madam Chair.'
    if low.startswith(("thank you,", "thanks,")) and cue in (None, "welcome"):
        return True  # 'Thank you, and welcome again to Honiara, X.', 'Thank you, X, and thank you to the Prime
        # Minister for this morning's meeting': courtesies of the turn
    return cue in (None, "welcome", "reject", "comment", "promise") and any(  # ('we will be joined by ...')
        p in low for p in speech.gaz.reporting["meta_phrases"])


def _hands_to_the_press(sent: Span) -> bool:
    """'My colleague will give you the details', 'The Colonel has just given you the coordinates': a sentence
    whose main verb hands the press ('you') something runs the briefing; it says nothing itself."""
    root = sent.root
    return root.lemma_ in ("give", "provide", "send") and any(
        c.dep_ in ("dative", "dobj") and c.lower_ == "you" for c in root.children)


def _reported_by(speech: Speech, sent: Span, speaker: Entity, officials: set[int]) -> list[Entity]:
    """Who a sentence of an official's turn is by: the official, unless it reports someone else's words
    ('She urged both sides to ...', 'The minister said ...'), which are that person's. The officials who
    speak in turns say 'I': a pronoun in a turn is never one of them."""
    root = sent.root
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if root.lemma_ not in speech.lexicon or not subjects or any(c.lower_ in FIRST_PERSON for c in subjects) \
            or root.lemma_ in _AGREEING or declares_status(root) or _asked_to_tell(root) or not _carries_words(root):
        return [speaker]  # an agreement the official reports: the parties' promise is apart; a deed told;
        # 'The minister has asked me to say that ...': the official's own words for the minister
    if _its_stand(sent):
        return [speaker]  # 'The Council strongly condemns ... . It demands that ...': the body the official speaks
        # for, taking its stand now
    others = [e for e in speech.speakers(root)[0] if id(e) not in officials]
    if any(e.label == "Institution" and speech.acts.same_side(e, speaker) for e in others):
        return [speaker]  # 'China firmly opposes ...' in its spokesperson's turn: the spokesperson speaking for it
    if others and root.tag_ in ("VBZ", "VBP") and all(e.kind == "government" for e in others):
        return [speaker]  # 'Pakistan strongly condemns ...': a government's stand in the present is the official's
    return others or [speaker]


def _carries_words(verb: Token) -> bool:
    """A reporting verb that carries someone's words: a clause ('said that ...', 'has told us it plans ...') or a
    bid to others ('called on both sides to talk'); not a deed told with a noun ('voiced his thanks', 'turned down
    our note') or an offer ('has offered to host a meeting')."""
    kids = {c.dep_ for c in verb.children}
    return "ccomp" in kids or {"dobj", "xcomp"} <= kids


def _its_stand(sent: Span) -> bool:
    """'It demands that all parties ...' in an official's turn: the body the official speaks for, in the present."""
    root = sent.root
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    return root.tag_ in ("VBZ", "VBP") and bool(subjects) and all(c.lower_ == "it" for c in subjects)


def _asked_to_tell(root: Token) -> bool:
    """'The minister has asked me to say clearly that ...': the official is bid to say it, and says it."""
    return any(c.dep_ == "dobj" and c.lower_ in ("me", "us") for c in root.children) and any(
        c.dep_ == "xcomp" and c.lemma_ in TELLING | {"convey", "make", "pass", "reiterate", "express"}
        for c in root.children)


def _procedural(speech: Speech, sent: Span) -> bool:
    """'I have two things at the top', 'Let's go to other topics', 'Joining us today is ...': a sentence
    that runs the briefing: built on a procedural verb, in the first person or introducing a guest,
    and naming nobody (an introduction names the guest)."""
    root = sent.root
    procedural = set(speech.gaz.reporting["procedural_verbs"])
    if any(c.dep_ == "csubj" and c.lemma_ in procedural and any(o.lower_ in ("us", "me") for o in c.children)
           for c in root.children):
        return True  # "Joining us today is ..." (not "Closing a crossing ... is not a solution")
    if root.lemma_ not in procedural or any(x.dep_ in ("xcomp", "ccomp") and x.lemma_ in TELLING and any(
            c.dep_ == "ccomp" for c in x.children) for x in root.children) or any(
            c.dep_ == "ccomp" and any(m.lower_ == "that" for m in c.children) or c.dep_ == "dobj" and c.lemma_ == "note"
            for c in root.children):
        return False  # 'I want to flag that ...', 'We have seen that ...', 'We take note of that' tell something
    if any(c.dep_ == "dobj" and c.lower_ in ("us", "me") for c in root.children):
        return True  # an introduction: "Joining us today is ..."
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    first = root.lemma_ == "let" or any(c.lower_ in FIRST_PERSON for c in subjects)
    return first and not speech.m.mentions_between(sent.start, sent.end)


def _that_clauses(sent: Span, start: int, end: int) -> list[Span]:
    """A transcript sentence split where a second 'that' clause is coordinated ('... is that A, and that B'):
    each clause is a statement of its own."""
    cuts = [c for c in sent if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and has_subject(c)
            and any(m.dep_ == "mark" and m.lower_ == "that" and m.i == c.left_edge.i for m in c.children)]
    doc, parts, lo = sent.doc, [], sent.start
    for c in cuts:
        hi = c.left_edge.i
        while hi > lo and (doc[hi - 1].is_punct or doc[hi - 1].dep_ == "cc"):
            hi -= 1
        parts.append(doc[lo:hi])
        lo = c.left_edge.i + 1
    parts.append(doc[lo:sent.end])
    return [p for p in parts if len(p) and p.end_char > start and p.start_char < end]  # a label may open the first


def _denies_premise(sent: Span, asked: set[str]) -> bool:
    """'There is no ban.' in answer to a question about a ban: the answer denies what was asked about."""
    root = sent.root
    if root.lemma_ != "be" or not any(c.dep_ == "expl" for c in root.children):
        return False
    return any(c.dep_ == "attr" and c.lemma_.lower() in asked and any(d.lower_ == "no" for d in c.children)
               for c in root.children)


def _answers_no(sent: Span, start: int) -> bool:
    """'No, the Dialogue is not collapsing.': an answer that opens on 'No' and negates its own verb denies."""
    words = [t for t in sent if not t.is_space and t.idx >= start]
    return len(words) > 2 and words[0].lower_ == "no" and words[1].text in (",", ".", ";", "—", "–") \
        and any(t.dep_ == "neg" for t in words[2:])

