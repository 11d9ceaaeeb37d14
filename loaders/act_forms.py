"""Forms of words that say what a statement does, read off the parse alone: a refusal to negotiate, a denial
that anyone did something, a demand in the bare form, a judgement of 'any' such deed, declining to judge.

Pure functions of spaCy tokens, used by the act reader (speech_acts) and the statement finders.
"""

from __future__ import annotations

from spacy.tokens import Token

FUTURE = {"will", "'ll", "’ll", "shall"}
FIRST_PERSON = {"i", "we"}
RENEWING = {"repeat", "reiterate", "renew", "level", "echo", "make"}  # ... that charge, saying ...: the charge
CHARGE_NOUNS = {"charge", "accusation", "allegation", "claim"}
JUDGING = {"characterise", "characterize", "comment", "speculate", "judge", "prejudge", "elaborate", "label"}
JUDGEMENTS = {"judgement", "judgment", "comment", "verdict"}
NOTICING = {"report", "record", "detect", "observe", "confirm", "find"}  # what was (not) found
NAMING = {"call", "label", "brand", "term", "dub"}  # 'called the vote a sham': a judgement, not a call for


def nothing_negotiable(words: list[Token]) -> str | None:
    """'Not one square mile of X is up for negotiation', 'No part of it is negotiable': a refusal."""
    for t in words:
        if t.dep_ != "nsubj" or t.head.lemma_ != "be":
            continue
        lead = [x.lower_ for x in t.subtree if x.i <= t.i][:2]
        said = {x.lemma_.lower() for x in t.head.subtree if x.i > t.i}
        if (lead[:1] == ["no"] or lead == ["not", "one"]) and said & {"negotiation", "negotiable", "table", "sale"}:
            return "reject"
    return None


def declines_to_judge(words: list[Token]) -> str | None:
    """'I will not characterise it in those terms', 'I will not pass judgement on it': the speaker declines to
    judge (a comment, not a refusal)."""
    for t in words:
        if t.pos_ == "VERB" and any(c.dep_ == "neg" for c in t.children) and any(
                c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON for c in t.children) and any(
                c.dep_ == "aux" and c.lower_ in FUTURE | {"would", "can"} for c in t.children) and (
                t.lemma_ in JUDGING or any(c.dep_ == "dobj" and c.lemma_ in JUDGEMENTS for c in t.children)):
            return "comment"
    return None


def disclaims_doing(words: list[Token]) -> bool:
    """'We are not asking for sanctions', 'We are not looking for a confrontation', 'We are not blaming anyone': the
    speaker's side says what it is not doing now, a plain account of its own course (an assert, not a refusal, a
    denial of a charge or a request; not 'we are not going to pay', a refusal of what is to come)."""
    roots = roots_of(words)
    if not roots:
        return False
    root = roots[0]
    return root.tag_ == "VBG" and any(c.dep_ == "neg" for c in root.children) and any(
        c.dep_ == "nsubj" and c.lower_ == "we" for c in root.children) and any(
        c.dep_ == "aux" and c.lemma_ == "be" for c in root.children) and not (
        root.lemma_ == "go" and any(c.dep_ == "xcomp" for c in root.children))


def hypothetical(words: list[Token]) -> bool:
    """A judgement of 'any' such deed ('any attempt to ... is unacceptable', 'any territory used to supply them is
    a target'): it is of what may come, so it warns."""
    return any(t.dep_ in ("nsubj", "nsubjpass") and any(d.dep_ == "det" and d.lower_ == "any" for d in t.children)
               for t in words)


def subjunctive(head: Token) -> bool:
    """'insists that Armenia first remove the clause': a clause in the bare form, with a named subject and no
    auxiliary, demands (not 'that disputes be settled bilaterally', which tells how)."""
    return head.tag_ == "VB" and head.dep_ == "ccomp" and head.pos_ == "VERB" and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in head.children) and any(
        c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in head.children) and not any(
        c.dep_ in ("aux", "auxpass") for c in head.children)


def renews_charge(verb: Token) -> bool:
    """'X repeated that charge, saying ...': what X says in saying so is the charge again."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.lemma_ in RENEWING and any(
        c.dep_ == "dobj" and c.lemma_ in CHARGE_NOUNS for c in verb.head.children)


def nobody_did(words: list[Token]) -> str | None:
    """'No drone of ours has crossed the line', '"not a single civilian" had been harmed': a deed denied by
    saying nobody or nothing did it (told in the past or perfect, not 'Nobody should ...')."""
    for t in words:
        if t.dep_ not in ("nsubj", "nsubjpass") or t.head.pos_ not in ("VERB", "AUX"):
            continue
        head = t.head
        if not (head.tag_ == "VBD" or perfect(head) or any(c.dep_ == "aux" and c.lemma_ == "have"
                                                             for c in head.children)
                or any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in head.children)):  # 'No shots were fired'
            continue
        if t.dep_ == "nsubjpass" and head.lemma_ in NOTICING:
            continue  # 'no damage has been reported': a fact told, no deed denied
        if t.dep_ == "nsubjpass" and t.lemma_.lower() in _STEPS_TO_COME:
            continue  # 'No decision has been taken', 'no date has been set': a step still to come, a fact told
        lead = [x.lower_ for x in t.subtree if x.i <= t.i and not x.is_quote][:3]
        if t.lower_ in ("nobody", "none") or lead[:1] == ["no"] or lead[:3] in (["not", "a", "single"],
                                                                              ["not", "one", "single"]) \
                or lead[:2] == ["not", "one"]:
            return "deny"
    return None


_STEPS_TO_COME = {"decision", "date", "meeting", "plan", "timetable", "schedule"}  # (not 'no land had been taken')
_ANY = {"any", "anyone", "anything", "anybody"}
_NO_ONE = {"nobody", "nothing", "none"}
_DONE = {"VBD", "VBG", "VBN"}  # a deed done or doing ('Nobody is closing', not 'Nobody wins a war': a truism)
_DESIRES = {"want", "seek", "look", "ask", "wish", "need", "intend", "plan", "expect", "hope"}
_MODALS = {"would", "should", "can", "could", "must", "will", "wo", "shall", "may", "might"}


def denies_any(words: list[Token], speech_verbs: dict | None = None) -> bool:
    """'Finland does not threaten anyone', 'It threatened no one', 'Nobody is closing any classroom', 'was "not
    directed against any country"': the main verb, negated over 'any' or done by or to nobody, denies every case of
    a deed (not 'we do not want a conflict with any neighbour', a wish; nor 'will not allow any', 'should', 'can';
    nor 'we are not accusing anyone', a speech act the speakers say they do not do: ``speech_verbs``, the reporting
    lexicon)."""
    roots = roots_of(words, conj=True)
    for r in roots:
        if r.pos_ not in ("VERB", "AUX") or r.lemma_ in _DESIRES or any(
                c.dep_ == "aux" and c.lower_ in _MODALS for c in r.children) or speech_verbs and \
                speech_verbs.get(r.lemma_, {}).get("act") not in (None, "assert", "comment") and any(
                c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON for c in r.children):
            continue
        governed = [t for c in r.children if c.dep_ not in ("conj", "cc", "advcl", "ccomp", "relcl")
                    for t in c.subtree]
        if any(c.dep_ == "neg" for c in r.children) and any(t.lower_ in _ANY and t.dep_ != "poss" for t in governed):
            return True  # (not 'is not a dialect of anyone's language')
        if any(c.dep_ == "dobj" and c.lower_ in _NO_ONE or c.dep_ == "nsubj" and c.lower_ in ("nobody", "none")
               and (r.tag_ in _DONE or any(a.dep_ == "aux" and a.tag_ in _DONE for a in r.children))
               or c.dep_ in ("nsubj", "dobj") and c.lower_ == "one" and any(d.lower_ == "no" for d in c.children)
               for c in r.children):
            return True
    return False


def restraint_pledged(words: list[Token]) -> bool:
    """'Mexico had no intention of breaking relations', 'Kuwait had no intention of closing the channel': a side
    that has no intention of one named deed pledges restraint (not 'no intention of invading anyone', a denial of
    every case)."""
    for t in words:
        if t.lemma_ != "intention" or t.head.lemma_ != "have" or not any(
                d.dep_ == "det" and d.lower_ == "no" for d in t.children):
            continue
        deeds = [x for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for x in p.children]
        if deeds and not any(x.lower_ in _ANY for d in deeds for x in d.subtree):
            return True
    return False


_BINDING = {"treaty", "article", "commitment", "guarantee", "pledge", "obligation", "alliance", "clause"}
_HOLDING = {"apply", "extend", "cover", "remain", "stand", "hold"}


def treaty_upheld(clause: Token) -> bool:
    """'reaffirmed that Article IV of the Mutual Defense Treaty extends to armed attacks on ...', 'reiterated that
    Article 5 of the security treaty applies to the islands': a binding commitment said again to hold is a pledge."""
    return clause.lemma_ in _HOLDING and clause.head.lemma_ in RENEWING | {"reaffirm", "confirm"} and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in _BINDING for c in clause.children) and not any(
        c.dep_ == "neg" for c in clause.children)


def excessive(words: list[Token]) -> bool:
    """'far too timid', 'too little, too late': what a judgement calls too much of something finds it wanting."""
    return any(t.lower_ == "too" and t.dep_ == "advmod" and t.head.pos_ in ("ADJ", "ADV")
               for w in words for t in w.subtree)


def but_clause(head: Token) -> Token | None:
    """'remained open to dialogue but would not negotiate under fire': the clause after 'but', which says
    what the statement does, when it shares the first clause's subject."""
    cc = [c for c in head.children if c.dep_ == "cc" and c.lower_ == "but"]
    turns = [c for c in head.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and not has_subject(c)
             and cc and c.i > cc[0].i]
    return turns[0] if turns else None


def perfect(verb: Token) -> bool:
    """'have allowed', 'has reopened': a deed told in the perfect."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def judges(verb: Token) -> bool:
    """'called the vote a sham': a naming verb with an object and what it is called (not 'called Ayman Safadi',
    which the parser may read the same way without the object)."""
    return verb.lemma_ in NAMING and {"dobj", "oprd"} <= {c.dep_ for c in verb.children} and not any(
        c.dep_ == "dobj" and c.lower_.endswith(("self", "selves")) for c in verb.children)  # 'calls itself X


def refused_until(root: Token) -> bool:
    """'There can be no talks while they shell us', 'There will be no deal until ...': a refusal on a condition."""
    if root.lemma_ != "be" or not any(c.dep_ == "expl" for c in root.children) or not any(
            c.dep_ == "aux" and c.lower_ in ("can", "will", "shall", "could", "would") for c in root.children):
        return False
    refused = any(c.dep_ == "attr" and any(d.lower_ == "no" for d in c.children) for c in root.children)
    return refused and any(c.lower_ in ("while", "until", "unless", "before") and c.dep_ in ("mark", "prep")
                           for c in root.subtree)


def has_subject(verb: Token) -> bool:
    """Whether a verb has a subject of its own."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children)


PERSISTING = {"continue", "persist", "keep", "repeat", "recur", "refuse", "resume", "escalate"}  # goes on doing it
READY = {"ready", "prepared", "willing"}


def warns_if_persisting(words: list[Token]) -> bool:
    """'If this happens again, we will act', 'would go on as long as the provocations continue', 'will use it
    if I have to': what will follow if another side goes on (or fails to act) is a warning ('for as long as it
    takes' promises to stay; 'if they think it would help' offers)."""
    inside = {t.i for t in words}
    for cond in words:
        if cond.dep_ != "advcl" or cond.pos_ not in ("VERB", "AUX"):
            continue
        marks = {c.lower_ for c in cond.children if c.dep_ == "mark"}
        lasting = "as" in marks and cond.head.lower_ == "long" and cond.head.dep_ == "advmod"  # (not 'for as long')
        if not (marks & {"if", "unless"} or lasting):
            continue
        goes_on = cond.lemma_ in PERSISTING or any(c.lower_ == "again" for c in cond.children) or any(
            c.dep_ == "neg" for c in cond.children) or cond.lemma_ == "have" and any(
            c.dep_ == "xcomp" for c in cond.children) or any(c.lower_ == "must" for c in cond.children)
        if not goes_on:
            continue
        head = cond.head.head if lasting else cond.head
        chain = [head, *[a for a in head.ancestors if a.i in inside]]
        if any(c.dep_ == "aux" and c.lower_ in FUTURE | {"would"} for h in chain for c in h.children) or any(
                h.lower_ in READY for h in chain):
            return True
    return False


def declares_status(verb: Token) -> bool:
    """'declared two diplomats persona non grata', 'declared the port a closed zone': a verb whose clause is a
    noun with a subject (the object and what it is made) does a deed; it reports no words."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    return bool(clauses) and all((c.pos_ in ("NOUN", "PROPN") or c.lower_ in STATUS_WORDS)
                                 and any(d.dep_ == "nsubj" for d in c.children) for c in clauses)


STATUS_WORDS = {"persona", "grata"}  # a status a state gives (the parser takes 'persona' for a verb)


def being_asked(verb: Token) -> bool:
    """'X, asked about the summons, said ...', 'Asked about the visit, X said ...': 'asked' set off by commas or
    opening the sentence, with only what about, tells that the speaker was asked; it says nothing of his own."""
    if verb.lemma_ != "ask" or not any(c.dep_ == "prep" and c.lower_ == "about" for c in verb.children) \
            or any(c.dep_ in ("dobj", "dative", "ccomp", "xcomp") for c in verb.children):
        return False
    doc, last = verb.doc, verb.right_edge.i  # (the closing comma may be the verb's own)
    set_off = verb.i > 0 and doc[verb.i - 1].text == "," and (doc[last].text == "," or last + 1 < len(doc)
                                                               and doc[last + 1].text == ",")
    return set_off or verb.tag_ == "VBN" and verb.i == verb.sent.start


def bids_others(words: list[Token]) -> str | None:
    """'If they have evidence, let them produce it': a bare 'let' bidding another side act demands (not 'let me
    be clear', 'let us ...', 'let no one mistake ...')."""
    inside = {t.i for t in words}
    for t in words:
        if t.lower_ == "let" and t.tag_ == "VB" and (t.head.i not in inside or t.head.i == t.i) \
                and not has_subject(t) and any(
                c.dep_ == "ccomp" and any(d.dep_ == "nsubj" and d.lower_ not in ("me", "us", "one", "nobody")
                                          and not any(x.lower_ == "no" for x in d.children) for d in c.children)
                for c in t.children):
            return "appeal"
    return None


GATHERING = {"meet", "travel", "visit", "convene", "reconvene", "gather", "sit", "hold", "host"}
MEETINGS = {"summit", "meeting", "talks", "session", "round", "conference", "consultation", "consultations"}
OWN_BODIES = {"bloc", "alliance", "union", "organisation", "organization", "commission", "council", "mission"}


def announced_meeting(head: Token) -> bool:
    """'the two sides would meet again in London', 'delegations from both countries would meet in Doha', 'a summit
    would be convened in the coming weeks', 'the bloc's envoy would travel to ...': a meeting of both parties, or
    one the speaker's body arranges, announced is a promise (not a body that merely sits: 'the committee would
    meet', nor 'former fighters would hold a rally')."""
    if head.lemma_ not in GATHERING or not any(c.dep_ == "aux" and c.lower_ in FUTURE | {"would"}
                                               for c in head.children) or any(c.dep_ == "neg" for c in head.children):
        return False
    if head.lemma_ == "hold" and not any(c.dep_ == "dobj" and c.lemma_ in MEETINGS for c in head.children):
        return False
    for subject in (c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")):
        if any(t.lower_ in ("both", "two") and t.dep_ in ("det", "nummod", "preconj") for t in subject.subtree):
            return True  # 'the two sides', 'delegations from both countries'
        if subject.dep_ == "nsubjpass" and subject.lemma_ in MEETINGS:
            return True  # 'a summit would be convened'
        if any(p.dep_ == "poss" and p.lemma_ in OWN_BODIES and [d.lower_ for d in p.children if d.dep_ == "det"]
               == ["the"] for p in subject.children):
            return True  # "the bloc's facilitator would travel to ..."
    return False


def first_person_subject(verb: Token) -> bool:
    """Whether a verb's subject is 'I' or 'we' ('we will not be ...' is the speaker's own commitment)."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in FIRST_PERSON for c in verb.children)


def roots_of(words: list[Token], conj: bool = False) -> list[Token]:
    """The words of a stretch whose head lies outside it (its main verbs), and with conj the words joined to them
    inside it ('..., and we thank')."""
    inside = {t.i for t in words}
    roots = [t for t in words if t.head.i not in inside or t.head.i == t.i]
    if conj:
        roots += [c for r in roots for c in r.children if c.dep_ == "conj" and c.i in inside]
    return roots
