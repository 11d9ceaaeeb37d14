"""The learned act model: training, prediction, its place in the extractor, and the shipped weights.

The rules' unit tests (test_rules_*) pin what the rules alone do; these tests pin the model on top of them.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from dipgraph.graph.model import ACTS
from dipgraph.loaders.act_model import MODEL_PATH, ActModel, features, train
from dipgraph.loaders.extract import Extractor

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"

# Invented training data: the rules call every "said" an assertion; annotators code "urged" ones as appeals.
URGED = [(["bias", "act=assert", "verb=say", "w=urge", f"w=topic{k}"], "appeal") for k in range(20)]
PLAIN = [(["bias", "act=assert", "verb=say", f"w=topic{k}"], "assert") for k in range(20)]


def test_training_is_deterministic() -> None:
    assert train(URGED + PLAIN).weights == train(URGED + PLAIN).weights


def test_the_model_averages_the_weights_of_perceptrons_shown_the_examples_in_different_orders() -> None:
    one, other = train(URGED + PLAIN, shuffles=1), train(URGED + PLAIN, seed=1, shuffles=1)
    both = train(URGED + PLAIN, shuffles=2)
    assert one.weights != other.weights, "the two orders should give different weights"
    for f in set(one.weights) | set(other.weights):
        for act in set(one.weights.get(f, {})) | set(other.weights.get(f, {})):
            mean = (one.weights.get(f, {}).get(act, 0.0) + other.weights.get(f, {}).get(act, 0.0)) / 2
            assert abs(both.weights[f][act] - mean) < 1e-9


def test_the_model_learns_where_the_rules_are_wrong_and_keeps_them_elsewhere() -> None:
    model = train(URGED + PLAIN, margin=0.0)
    assert model.predict(["bias", "act=assert", "verb=say", "w=urge", "w=new"], "assert") == "appeal"
    assert model.predict(["bias", "act=assert", "verb=say", "w=new"], "assert") == "assert"


def test_an_act_the_model_knows_nothing_about_stays_the_rules() -> None:
    model = train(URGED + PLAIN)
    assert model.predict(["never-seen"], "warn") == "warn"
    assert ActModel({}).predict(["bias"], "deny") == "deny"


def test_the_margin_keeps_the_rules_act_unless_the_model_is_clearly_better() -> None:
    weak = ActModel({"w=x": {"appeal": 1.0}}, margin=2.0)
    strong = ActModel({"w=x": {"appeal": 3.0}}, margin=2.0)
    assert weak.predict(["w=x"], "assert") == "assert"
    assert strong.predict(["w=x"], "assert") == "appeal"


def test_rare_features_can_be_left_out() -> None:
    once = [(["bias", "act=assert", "w=once"], "warn")]
    assert "w=once" in train(URGED + PLAIN + once).weights
    assert "w=once" not in train(URGED + PLAIN + once, min_count=2).weights


def test_saved_weights_load_back(tmp_path: Path) -> None:
    model = train(URGED + PLAIN)
    path = tmp_path / "model.json"
    model.save(path)
    again = ActModel.load(path)
    assert again is not None and again.margin == model.margin
    probe = ["bias", "act=assert", "w=urge"]
    assert again.predict(probe, "assert") == model.predict(probe, "assert")
    assert ActModel.load(tmp_path / "missing.json") is None


def test_features_name_the_verb_the_words_and_the_rules_act() -> None:
    rec = {"kind": "indirect", "rule": "reported_that", "act": "assert", "dated": True, "verb": "say",
           "verb_words": ["not"], "root": "stop", "root_words": ["must"],
           "inside": [("attack", "NOUN", "nsubj", False), ("must", "AUX", "aux", False),
                      ("stop", "VERB", "ROOT", True)],
           "around": [("minister", "NOUN"), ("lopez", "PROPN"), ("say", "VERB"), (",", "PUNCT")]}
    feats = features(rec)
    assert {"act=assert", "verb=say", "verb+not", "root+must", "w=attack", "b=must_stop", "neg=stop",
            "c=minister", "first=attack", "first=attack|act=assert", "last=stop", "kind=indirect|act=assert",
            "d=stop/ROOT", "d=must/aux", "dated=True"} <= set(feats)
    assert "c=," not in feats
    assert "c=lopez" not in feats and "c=NAME" in feats  # names are only names: the model learns no one's words


def test_the_extractor_relabels_acts_and_their_cameo_codes() -> None:
    text = ("Foreign Minister Ana Lopez said on Monday that the shelling must stop at once.\n\n"
            "Lopez said the two sides had met in Geneva.\n")
    rules = Extractor(learned_acts=False)
    assert rules.acts is None
    shipped = Extractor()
    assert shipped.acts is not None
    shipped.acts = ActModel({"w=shelling": {"warn": 10.0}}, margin=0.0)
    acts = {n.properties["text"][:12]: (n.properties["act"], n.properties["cameo"], n.properties["rule"],
                                        n.properties["rules_act"])
            for n in shipped.extract(text, date="2026-03-02").nodes if n.label == "Statement"}
    act, cameo, rule, rules_act = acts["the shelling"]
    assert (act, cameo, rules_act) == ("warn", ACTS["warn"], "appeal")  # the rules' act stays queryable
    assert rule.endswith("; act_model: appeal->warn")  # --explain shows the model overruled the rules
    act, _, rule, rules_act = acts["the two side"]
    assert act == rules_act != "warn" and "act_model" not in rule


def test_the_shipped_model_is_the_one_the_gold_sets_train(tmp_path: Path) -> None:
    """The weights in the package are what `benchmarks/act_model.py --write` makes of the current rules and gold:
    a rule change that moves the rules' acts must come with a retrained model."""
    out = tmp_path / "model.json"
    done = subprocess.run([sys.executable, str(BENCHMARKS / "act_model.py"), "--write", "--no-table", "--out",
                           str(out)], capture_output=True, text=True, timeout=900, check=False)
    assert done.returncode == 0, done.stderr
    assert "wrote" in done.stdout and "all (each set unseen)" not in done.stdout
    assert out.read_text(encoding="utf-8") == MODEL_PATH.read_text(encoding="utf-8"), \
        "loaders/data/act_model.json is stale: run python benchmarks/act_model.py --write"


def test_every_act_the_shipped_model_predicts_is_in_the_data_model() -> None:
    model = ActModel.load()
    assert model is not None
    predicted = {a for weights in model.weights.values() for a in weights}
    assert predicted <= set(ACTS)


def test_links_are_found_with_the_rules_acts_whatever_the_model_says() -> None:
    """The link rules were written for the rules' acts: a denial the model calls an assertion still contradicts."""
    text = ("Foreign Minister Ana Lopez said on Monday that Ruritanian troops had shelled the village of Dorn.\n\n"
            "The Ruritanian Defence Ministry denied that its troops had shelled the village.\n")
    extractor = Extractor()
    extractor.acts = ActModel({"act=deny": {"assert": 10.0}}, margin=0.0)
    doc = extractor.extract(text, date="2026-03-02")
    acts = sorted(n.properties["act"] for n in doc.nodes if n.label == "Statement")
    assert acts == ["assert", "assert"]  # the model's act is what the graph stores ...
    assert [r.type for r in doc.relationships if r.type == "CONTRADICTS"] == ["CONTRADICTS"]  # ... not what links read


def test_the_harvest_pairs_statements_as_the_quality_benchmark_scores_them(rules_extractor: Extractor) -> None:
    """Training examples are the statements the benchmark matches, with the acts it compares (no train/eval skew)."""
    sys.path.insert(0, str(BENCHMARKS))
    try:
        import act_model
        import extraction_quality
    finally:
        sys.path.remove(str(BENCHMARKS))
    gold_dir = BENCHMARKS.parent / "tests" / "gold"
    examples = act_model.harvest(gold_dir, rules_extractor)
    assert rules_extractor.acts is None  # the harvest puts back the extractor's own act model
    total, _ = extraction_quality.run(gold_dir, rules_extractor)
    acts = total["acts"]
    assert len(examples) == acts.tp + acts.fp  # every matched statement, once
    assert sum(e["record"]["act"] == e["gold"] for e in examples) == acts.tp
