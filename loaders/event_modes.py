"""Whether a thing told happened: not denied, not only planned, wished for or habitual, not only agreed to.

A mixin of ``Events`` (events.py), with its trigger data and the speech's lexicon.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from dipgraph.loaders.speech import Speech
from dipgraph.loaders.targets import temporal

DECIDED = ("decide", "move", "vote", "begin", "choose")  # "decided to close the border": done
MODALS = ("would", "could", "might", "will", "wo", "shall", "'ll", "’ll", "must", "should", "ought")
HABITUAL = ("repeatedly", "often", "frequently", "regularly", "routinely", "before", "previously", "sometimes",
            "occasionally", "periodically", "habitually")
# what parties agree on that is a shared view, not a deal: "agreed on the need for calm"
STANCES = ("need", "importance", "necessity", "value", "principle")
# "agreed to launch patrols, after a string of raids": when or despite what, not what was agreed
ASKED_TO = ("ask", "instruct", "task", "direct", "invite", "mandate")  # "agreed to ask officials to meet"
SETTLED = ("054", "087")  # CAMEO of ties restored, truces and surrenders: agreed to, they are the event
CIRCUMSTANCE = ("after", "before", "following", "since", "amid", "despite", "until")
# what is only planned: "due to resume talks", "set to meet", "expected to sign"
SCHEDULED = ("due", "set", "scheduled", "expected", "poised", "slated", "likely", "ready", "prepared", "willing")


# verbs whose 'that' clause says what must be done: "demanded that Ankara withdraw its troops"
DEMANDS = ("demand", "insist", "propose", "urge", "ask", "require", "recommend", "request", "suggest", "order",
           "move", "call")


def _subjunctive(v: Token) -> bool:
    """A verb in its bare form in the 'that' clause of a verb of demanding, with one singular subject:
    what is demanded ("insisted that the government suspend the talks"), not what is told."""
    subjects = [c for c in v.children if c.dep_ == "nsubj"]
    if v.dep_ != "ccomp" or v.head.lemma_ not in DEMANDS or len(subjects) != 1 \
            or any(c.dep_ in ("aux", "auxpass") for c in v.children):
        return False
    single = subjects[0].tag_ in ("NN", "NNP") and not any(c.dep_ == "conj" for c in subjects[0].children)
    return v.tag_ == "VB" or v.tag_ == "VBP" and single


def nominal(t: Token) -> bool:
    """A noun, or a word the tagger took for an adjective where a noun stands ('launched an [offensive]')."""
    return t.pos_ in ("NOUN", "PROPN") or t.pos_ == "ADJ" and t.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj")


class Modes:
    """Negation, modality and plans of event triggers (mixed into ``Events``)."""

    s: Speech
    verbs: dict
    nouns: dict
    intent: set[str]
    hypothetical: set[str]
    contact: set[str]
    _noun_key: Callable[[Token], str]
    _as_written: Callable[[Token, dict, list[Token]], dict | None]
    _objects: Callable[[Token, dict, bool], list[Token]]

    def _bare_clause(self, v: Token, verbs: bool | list[str]) -> bool:
        """A 'to' clause after the verb built on one of the verbs given ('ordered the envoy to leave'), or, given
        none, one that names nothing settled by agreeing: 'agreed to reopen the crossing', 'agreed to increase
        releases of water' and 'agreed to meet again in May' are agreements (what was agreed is still to come),
        'agreed to restore a ceasefire' or 'to restore ties' is not (the ceasefire, the ties restored, is the
        event)."""
        clauses = [c for c in v.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB"]
        if isinstance(verbs, list):
            return any(c.lemma_ in verbs for c in clauses)
        if not clauses:  # "agreed on a timetable", "agreed a new route": what was agreed, if it is no event itself
            agreed = [o for c in v.children if c.dep_ == "prep" and c.lower_ in ("on", "upon") and not temporal(c)
                      for o in c.children if o.dep_ == "pobj" and o.lemma_ not in STANCES]
            agreed += [c for c in v.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")]
            return bool(agreed) and not any(self._may_be_event_noun(t) for o in agreed for t in o.subtree)
        said = [t for c in clauses for t in c.subtree if not any(
            (a.dep_ in ("advcl", "relcl", "acl") or a.dep_ == "prep" and a.lower_ in CIRCUMSTANCE) and a.i != c.i
            and c in a.ancestors
            for a in (t, *t.ancestors))]
        # what was agreed, not why or after what ("..., stepping back after a week of strikes", "agreed to launch
        # patrols, after a string of raids"), nor what its objects are ("a commission, which has not met since", "the
        # committee set up under the 2018 agreement")
        return bool(clauses) and not any(
            (t.pos_ == "VERB" and self._names_event(t) or self._may_be_event_noun(t))
            and self._settled_by_agreeing(t) for t in said)

    def _event_info(self, t: Token) -> dict | None:
        """The lexicon's entry for a trigger word: a verb's by its lemma, a noun's by its key."""
        if t.pos_ == "VERB":
            return self.verbs.get(t.lemma_)
        return self.nouns.get(self._noun_key(t)) if nominal(t) else None

    def _settled_by_agreeing(self, t: Token) -> bool:
        """Whether an event word is ties restored, a truce or a surrender (CAMEO 054, 087): agreed to, it is the
        event itself ('agreed to restore ties', 'agreed to a ceasefire')."""
        return (self._event_info(t) or {}).get("cameo", "").startswith(SETTLED)

    def _names_event(self, v: Token) -> bool:
        """Whether a verb is an event trigger as its objects make it ('restore ties', not 'revive a committee')."""
        info = self.verbs.get(v.lemma_)  # "agreed to reopen the crossing": the agreement, the crossing still shut
        return info is not None and not info.get("aimed") and not self._meeting_agreed(v) \
            and self._as_written(v, info, self._objects(v, info, False)) is not None

    def _may_be_event_noun(self, t: Token) -> bool:
        """Whether a word could be an event noun where it stands: not as a compound ("a complaint-verification
        mechanism"), nor without its own verbs ("to verify complaints", when complaints are lodged or filed)."""
        info = self.nouns.get(self._noun_key(t)) if nominal(t) and t.dep_ != "compound" else None
        return info is not None and (not info.get("with_verbs") or t.head.lemma_ in info["with_verbs"]) \
            and not self._meeting_agreed(t)

    def _meeting_agreed(self, t: Token) -> bool:
        """A meeting, call or talks the parties agree to hold ('agreed to hold talks', 'agreed to meet again',
        'agreed that officials would meet'): still to come, no event yet; the agreement is the event."""
        if t.pos_ != "VERB" and not nominal(t):
            return False
        info, v = self._event_info(t), t if t.pos_ == "VERB" else t.head  # a noun's verb: "to hold [talks]"
        while v.dep_ == "conj" and v.head.pos_ == "VERB":
            v = v.head  # "agreed to open a joint centre and to meet again in June"
        if v.dep_ == "xcomp" and v.head.lemma_ in ASKED_TO and v.head.dep_ == "xcomp":
            v = v.head  # "agreed to ask their officials to meet"
        return info is not None and info.get("type") in self.contact and v.dep_ in ("xcomp", "ccomp") \
            and v.head.lemma_ == "agree"

    def _negated(self, v: Token) -> bool:
        """A negated happening ("did not sign"), or one its subject denies ("denied attacking the town",
        "denied that its forces had shelled it")."""
        heads = (v, v.head) if v.dep_ in ("xcomp",) else (v,)
        if v.dep_ in ("xcomp", "ccomp") and self.s.lexicon.get(v.head.lemma_, {}).get("act") == "deny":
            return True
        if any(c.dep_ == "dobj" and (c.lower_ in ("nothing", "none") or any(d.dep_ == "det" and d.lower_ == "no"
                                                                          for d in c.children))
               for c in v.children):
            return True  # "sent nothing to Chad", "sent no troops"
        return any(c.dep_ == "neg" for h in heads for c in h.children)

    def _hypothetical(self, v: Token) -> bool:
        """A conditional, future, wished-for or habitual happening: "if they sign", "would meet", "urged them to
        sign", "have clashed repeatedly"."""
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in MODALS for c in v.children):
            return True  # "... and that the men would be handed over"
        if self._meeting_agreed(v):
            return True  # "agreed to meet again in May"
        while v.dep_ == "conj" and v.head.pos_ == "VERB":
            v = v.head  # "urged them to build on it and to sign a treaty"
        act = self.s.lexicon.get(v.head.lemma_, {}).get("act")
        if v.dep_ == "xcomp" and v.head.pos_ == "VERB" and (
                v.head.lemma_ in self.intent or act in ("appeal", "warn", "threaten")
                or act == "promise" and v.head.lemma_ not in self.s.gaz.reporting["accept_verbs"]):
            return True  # "urged them to sign", "vowed to fight on"; but "agreed to extend a truce" happened
        if v.dep_ == "xcomp" and (v.head.lemma_ in SCHEDULED or any(
                c.dep_ in ("acomp", "attr") and c.lemma_ in SCHEDULED for c in v.head.children)):
            return True  # "are due to resume talks", "is expected to sign"
        if _subjunctive(v):
            return True  # "demanded that Ankara withdraw its troops"
        if v.dep_ == "advcl" and v.tag_ in ("VBP", "VBZ") and any(
                c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "once", "before", "until") for c in v.children):
            return True  # "will raise it when the two leaders meet later this month": still to come
        if any(c.dep_ == "advmod" and c.lower_ in HABITUAL for c in v.children) and self.s.date_of(v) is None:
            return True  # "the two have clashed repeatedly": what is wont to happen, no one event
        told = v.tag_ == "VBD" and not any(c.lower_ in ("if", "unless", "whether") for c in v.children)
        return any(c.dep_ == "mark" and c.lower_ in self.hypothetical and not told for c in v.children) or \
            any(c.dep_ == "aux" and c.lower_ in MODALS for c in v.children)
