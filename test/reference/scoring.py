#!/usr/bin/python3
"""Real models and reference values for scoring an ONNX model on an evaluation set.

Run with Debian's python3 (apt-get install python3-sklearn python3-pandas python3-onnx):
    /usr/bin/python3 test/reference/scoring.py
It writes test/fixtures/scoring/: eval.csv (the evaluation set), six small .onnx models and
expected.json (what scikit-learn predicts and measures on eval.csv); test/evaluate/scoring-fixtures.test.ts
runs the models with onnxruntime-node and compares.

sklearn-onnx is not packaged for Debian, so the models are written with onnx.helper, following
the graphs sklearn-onnx exports (zipmap=False unless said otherwise):
- logreg.onnx: LogisticRegression, input `input` float [N, 6], outputs `output_label` int64 [N] and
  `output_probability` float [N, 2] (Sigmoid of the score, then [1 - p, p], ArgMax for the label).
- logreg-columns.onnx: the same model fed one input per column (`f0`..`f5`, float [N, 1], concatenated
  as a ColumnTransformer pipeline exports them), one output `probability` float [N, 1] (the positive class).
- forest.onnx: RandomForestClassifier as an ai.onnx.ml TreeEnsembleClassifier (post_transform NONE) with
  sklearn-onnx's binary encoding: one weight per leaf, class_id 0, the leaf's positive-class fraction
  divided by the number of trees. onnxruntime sums them to p, outputs [1 - p, p] and labels p > 0.5 as 1,
  so the probabilities are predict_proba's. (With a weight for each class onnxruntime gives the same
  probabilities but labels every row whose class-1 score is > 0 as 1.)
- forest-zipmap.onnx: the same forest, its probabilities through ai.onnx.ml ZipMap: `output_probability`
  is a sequence of maps int64 -> float, as sklearn-onnx exports by default.
- nan-rows.onnx: logreg.onnx with 0 * Sqrt(f2 + 2) added to the score: NaN probabilities where f2 < -2.
- two-inputs.onnx: inputs `image` float [N, 3, 8, 8] and `tokens` int64 [N, 16], which no table can feed.

Every model's probabilities are kept at least MARGIN away from the 0.5 threshold (eval rows closer are
dropped while sampling), so float32 inference and float64 scikit-learn give the same labels, and
p >= 0.5 and p > 0.5 agree. Fairness follows Fairlearn's definitions (between-groups difference
max - min, ratio min / max; equalized odds the larger of the TPR and FPR differences, or the smaller
of their ratios), as in test/reference/generate.py.
"""
import csv
import hashlib
import io
import json
import os

import numpy as np
import onnx
import pandas as pd
import sklearn
from onnx import TensorProto, helper
from sklearn.ensemble import RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import (accuracy_score, confusion_matrix, f1_score, log_loss, precision_score, recall_score,
                             roc_auc_score)

OUT = os.path.join(os.path.dirname(__file__), "..", "fixtures", "scoring")
SEED = 20240611
FEATURES = [f"f{i}" for i in range(6)]
GROUPS = ["a", "b", "c"]
EVAL_ROWS = 2000
TRAIN_ROWS = 2000
THRESHOLD = 0.5
MARGIN = 1e-4
OPSET = 15
ML_OPSET = 1
IR_VERSION = 8


# ---------------------------------------------------------------------------------------------
# the data

def sample(rng, n):
    """n rows: six features, a group correlated with f0, and a label that depends on both."""
    x = rng.normal(size=(n, 6))
    x[:, 3] = 0.6 * x[:, 0] + 0.8 * x[:, 3]
    x[:, 4] = rng.exponential(1.0, size=n) - 1.0
    x[:, 5] = rng.uniform(-2.0, 2.0, size=n)
    position = x[:, 0] + rng.normal(scale=0.7, size=n)
    group = np.where(position < -0.5, "a", np.where(position < 0.6, "b", "c"))
    score = 0.3 + 1.2 * x[:, 0] - 0.8 * x[:, 1] + 0.5 * x[:, 2] + 0.4 * x[:, 4] + 0.3 * x[:, 5] ** 2 - 0.4 * (group == "c")
    label = (rng.uniform(size=n) < 1 / (1 + np.exp(-score))).astype(int)
    return pd.DataFrame({"label": label, **{f: np.round(x[:, i], 6) for i, f in enumerate(FEATURES)}, "group": group})


def to_csv(frame):
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["id", "label", *FEATURES, "group"])
    for i, row in enumerate(frame.itertuples(index=False)):
        writer.writerow([f"r{i:04d}", row.label, *(f"{getattr(row, f):.6f}" for f in FEATURES), row.group])
    return buffer.getvalue()


# ---------------------------------------------------------------------------------------------
# the models as ONNX graphs

def tensor(name, elem, shape):
    return helper.make_tensor_value_info(name, elem, shape)


def save(name, graph, ml=False, infer_shapes=True):
    opsets = [helper.make_opsetid("", OPSET)] + ([helper.make_opsetid("ai.onnx.ml", ML_OPSET)] if ml else [])
    model = helper.make_model(graph, opset_imports=opsets, producer_name="model-gate test/reference/scoring.py",
                              ir_version=IR_VERSION)
    # onnx 1.12's strict shape inference cannot merge a map type (ZipMap's output): that model gets the plain check
    onnx.checker.check_model(model, full_check=infer_shapes)
    data = model.SerializeToString()
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)
    return hashlib.sha256(data).hexdigest()


def logreg_nodes(model, features, nan_guard=False):
    """sklearn-onnx's binary LogisticRegression: score, Sigmoid, [1 - p, p], ArgMax."""
    coef = model.coef_.astype(np.float32).reshape(6, 1)
    intercept = model.intercept_.astype(np.float32).reshape(1)
    inits = [helper.make_tensor("coef", TensorProto.FLOAT, [6, 1], coef.ravel().tolist()),
             helper.make_tensor("intercept", TensorProto.FLOAT, [1], intercept.tolist()),
             helper.make_tensor("one", TensorProto.FLOAT, [], [1.0])]
    nodes = [helper.make_node("MatMul", [features, "coef"], ["product"]),
             helper.make_node("Add", ["product", "intercept"], ["score"])]
    if nan_guard:
        inits += [helper.make_tensor("two", TensorProto.FLOAT, [], [2.0]),
                  helper.make_tensor("zero", TensorProto.FLOAT, [], [0.0]),
                  helper.make_tensor("f2_index", TensorProto.INT64, [1], [2])]
        nodes += [helper.make_node("Gather", [features, "f2_index"], ["f2"], axis=1),
                  helper.make_node("Add", ["f2", "two"], ["f2_shifted"]),
                  helper.make_node("Sqrt", ["f2_shifted"], ["root"]),
                  helper.make_node("Mul", ["root", "zero"], ["nothing_or_nan"]),
                  helper.make_node("Add", ["score", "nothing_or_nan"], ["guarded_score"])]
    nodes += [helper.make_node("Sigmoid", ["guarded_score" if nan_guard else "score"], ["positive"]),
              helper.make_node("Sub", ["one", "positive"], ["negative"])]
    return nodes, inits


def logreg_graph(model, nan_guard=False):
    nodes, inits = logreg_nodes(model, "input", nan_guard)
    nodes += [helper.make_node("Concat", ["negative", "positive"], ["output_probability"], axis=1),
              helper.make_node("ArgMax", ["output_probability"], ["output_label"], axis=1, keepdims=0)]
    return helper.make_graph(nodes, "nan_rows" if nan_guard else "logreg", [tensor("input", TensorProto.FLOAT, ["N", 6])],
                             [tensor("output_label", TensorProto.INT64, ["N"]),
                              tensor("output_probability", TensorProto.FLOAT, ["N", 2])], inits)


def logreg_columns_graph(model):
    nodes, inits = logreg_nodes(model, "merged_columns")
    nodes = [helper.make_node("Concat", FEATURES, ["merged_columns"], axis=1)] + nodes
    nodes.append(helper.make_node("Identity", ["positive"], ["probability"]))
    return helper.make_graph(nodes, "logreg_columns", [tensor(f, TensorProto.FLOAT, ["N", 1]) for f in FEATURES],
                             [tensor("probability", TensorProto.FLOAT, ["N", 1])], inits)


def tree_ensemble_attributes(forest):
    """TreeEnsembleClassifier's attributes: sklearn's nodes (left child = x <= threshold), and per leaf
    the positive-class fraction / number of trees, so the summed weights are predict_proba[:, 1]."""
    a = {k: [] for k in ["nodes_treeids", "nodes_nodeids", "nodes_featureids", "nodes_values", "nodes_modes",
                         "nodes_truenodeids", "nodes_falsenodeids", "class_treeids", "class_nodeids", "class_ids",
                         "class_weights"]}
    n_trees = len(forest.estimators_)
    for t, estimator in enumerate(forest.estimators_):
        tree = estimator.tree_
        for node in range(tree.node_count):
            leaf = tree.children_left[node] == -1
            a["nodes_treeids"].append(t)
            a["nodes_nodeids"].append(node)
            a["nodes_featureids"].append(0 if leaf else int(tree.feature[node]))
            a["nodes_values"].append(0.0 if leaf else float(tree.threshold[node]))
            a["nodes_modes"].append("LEAF" if leaf else "BRANCH_LEQ")
            a["nodes_truenodeids"].append(0 if leaf else int(tree.children_left[node]))
            a["nodes_falsenodeids"].append(0 if leaf else int(tree.children_right[node]))
            if leaf:
                a["class_treeids"].append(t)
                a["class_nodeids"].append(node)
                a["class_ids"].append(0)
                a["class_weights"].append(float(tree.value[node][0][1] / tree.value[node][0].sum() / n_trees))
    return a


def forest_graph(forest, zipmap):
    probabilities = "probability_tensor" if zipmap else "output_probability"
    nodes = [helper.make_node("TreeEnsembleClassifier", ["input"], ["output_label", probabilities], domain="ai.onnx.ml",
                              classlabels_int64s=[0, 1], post_transform="NONE", **tree_ensemble_attributes(forest))]
    if zipmap:
        nodes.append(helper.make_node("ZipMap", [probabilities], ["output_probability"], domain="ai.onnx.ml",
                                      classlabels_int64s=[0, 1]))
        float_scalar = helper.make_tensor_type_proto(TensorProto.FLOAT, None)
        entry = onnx.TypeProto()
        entry.map_type.key_type = TensorProto.INT64
        entry.map_type.value_type.CopyFrom(float_scalar)
        probability_output = helper.make_value_info("output_probability", helper.make_sequence_type_proto(entry))
    else:
        probability_output = tensor("output_probability", TensorProto.FLOAT, ["N", 2])
    return helper.make_graph(nodes, "forest_zipmap" if zipmap else "forest", [tensor("input", TensorProto.FLOAT, ["N", 6])],
                             [tensor("output_label", TensorProto.INT64, ["N"]), probability_output])


def two_inputs_graph():
    nodes = [helper.make_node("ReduceMean", ["image"], ["image_mean"], axes=[1, 2, 3], keepdims=0),
             helper.make_node("Cast", ["tokens"], ["tokens_float"], to=TensorProto.FLOAT),
             helper.make_node("ReduceMean", ["tokens_float"], ["tokens_mean"], axes=[1], keepdims=0),
             helper.make_node("Add", ["image_mean", "tokens_mean"], ["sum"]),
             helper.make_node("Sigmoid", ["sum"], ["score"])]
    return helper.make_graph(nodes, "two_inputs", [tensor("image", TensorProto.FLOAT, ["N", 3, 8, 8]),
                                                   tensor("tokens", TensorProto.INT64, ["N", 16])],
                             [tensor("score", TensorProto.FLOAT, ["N"])])


# ---------------------------------------------------------------------------------------------
# what the graphs compute, in numpy float32, checked against scikit-learn before anything is written

def forest_as_onnx(forest, x):
    """The TreeEnsembleClassifier's probabilities: float32 inputs against float32 thresholds."""
    x32 = x.astype(np.float32)
    total = np.zeros((len(x), 2), dtype=np.float64)
    for estimator in forest.estimators_:
        tree = estimator.tree_
        node = np.zeros(len(x), dtype=int)
        while True:
            inner = tree.children_left[node] != -1
            if not inner.any():
                break
            go_left = x32[np.arange(len(x)), np.maximum(tree.feature[node], 0)] <= tree.threshold[node].astype(np.float32)
            node = np.where(inner, np.where(go_left, tree.children_left[node], tree.children_right[node]), node)
        values = tree.value[node][:, 0, :]
        total += values / values.sum(axis=1, keepdims=True) / len(forest.estimators_)
    return total[:, 1]


def logreg_as_onnx(model, x):
    z = x.astype(np.float32) @ model.coef_.astype(np.float32).T + model.intercept_.astype(np.float32)
    return (1 / (1 + np.exp(-z.astype(np.float64))))[:, 0]


# ---------------------------------------------------------------------------------------------
# the reference values

def rates(y_true, y_pred):
    tn, fp, fn, tp = confusion_matrix(y_true, y_pred, labels=[0, 1]).ravel()
    return {
        "counts": {"tp": int(tp), "fp": int(fp), "tn": int(tn), "fn": int(fn)},
        "count": int(len(y_true)),
        "accuracy": accuracy_score(y_true, y_pred),
        "selection_rate": float(np.mean(y_pred == 1)),
        "true_positive_rate": float(tp / (tp + fn)) if tp + fn > 0 else None,
        "false_positive_rate": float(fp / (fp + tn)) if fp + tn > 0 else None,
    }


def spread(values):
    hi, lo = max(values), min(values)
    return hi - lo, (lo / hi if hi > 0 else None)


def reference(y_true, probability, label, groups):
    assert np.array_equal(label, (probability >= THRESHOLD).astype(int))
    per_group = {g: rates(y_true[groups == g], label[groups == g]) for g in GROUPS}
    sr = spread([r["selection_rate"] for r in per_group.values()])
    tpr = spread([r["true_positive_rate"] for r in per_group.values()])
    fpr = spread([r["false_positive_rate"] for r in per_group.values()])
    tn, fp, fn, tp = confusion_matrix(y_true, label, labels=[0, 1]).ravel()
    return {
        "probabilities": [round(float(p), 9) for p in probability],
        "labels": "".join(str(int(v)) for v in label),
        "metrics": {
            "accuracy": accuracy_score(y_true, label),
            "precision": precision_score(y_true, label, zero_division=0),
            "recall": recall_score(y_true, label, zero_division=0),
            "f1": f1_score(y_true, label, zero_division=0),
            "roc_auc": roc_auc_score(y_true, probability),
            "log_loss": log_loss(y_true, probability),
            "counts": {"tp": int(tp), "fp": int(fp), "tn": int(tn), "fn": int(fn)},
        },
        "groups": per_group,
        "fairness": {
            "demographic_parity_difference": sr[0],
            "demographic_parity_ratio": sr[1],
            "equalized_odds_difference": max(tpr[0], fpr[0]),
            "equalized_odds_ratio": min(tpr[1], fpr[1]),
            "true_positive_rate_difference": tpr[0],
            "false_positive_rate_difference": fpr[0],
        },
    }


def io_of(inputs, outputs):
    return {"inputs": inputs, "outputs": outputs}


def main():
    os.makedirs(OUT, exist_ok=True)
    rng = np.random.default_rng(SEED)
    train = sample(rng, TRAIN_ROWS)
    x_train = train[FEATURES].to_numpy()
    logreg = LogisticRegression(max_iter=1000).fit(x_train, train["label"])
    forest = RandomForestClassifier(n_estimators=5, max_depth=3, random_state=SEED % 2**31).fit(x_train, train["label"])

    # the evaluation set: fresh rows, those with a probability within MARGIN of the threshold left out
    candidates = sample(rng, EVAL_ROWS * 2)
    x_candidates = candidates[FEATURES].to_numpy()
    clear = np.ones(len(candidates), dtype=bool)
    for model in (logreg, forest):
        clear &= np.abs(model.predict_proba(x_candidates)[:, 1] - THRESHOLD) > MARGIN
    text = to_csv(candidates[clear].head(EVAL_ROWS))
    with open(os.path.join(OUT, "eval.csv"), "w") as f:
        f.write(text)

    # everything below is computed from the file as written
    frame = pd.read_csv(io.StringIO(text), dtype={"group": str})
    x = frame[FEATURES].to_numpy(dtype=np.float64)
    y = frame["label"].to_numpy()
    groups = frame["group"].to_numpy()
    classifiers = {}
    for name, model, as_onnx in (("logreg", logreg, logreg_as_onnx), ("forest", forest, forest_as_onnx)):
        probability = model.predict_proba(x)[:, 1]
        assert np.abs(probability - THRESHOLD).min() > MARGIN
        assert np.abs(as_onnx(model, x) - probability).max() < 1e-6, name
        classifiers[name] = reference(y, probability, model.predict(x), groups)
    nan_rows = frame["f2"].to_numpy() + 2 < 0

    row_input = [{"name": "input", "type": "float32", "shape": ["N", 6]}]
    label_output = {"name": "output_label", "type": "int64", "shape": ["N"]}
    probability_output = {"name": "output_probability", "type": "float32", "shape": ["N", 2]}
    models = {
        "logreg.onnx": {"classifier": "logreg", "sha256": save("logreg.onnx", logreg_graph(logreg)),
                        **io_of(row_input, [label_output, probability_output])},
        "logreg-columns.onnx": {"classifier": "logreg", "sha256": save("logreg-columns.onnx", logreg_columns_graph(logreg)),
                                **io_of([{"name": f, "type": "float32", "shape": ["N", 1]} for f in FEATURES],
                                        [{"name": "probability", "type": "float32", "shape": ["N", 1]}])},
        "forest.onnx": {"classifier": "forest", "sha256": save("forest.onnx", forest_graph(forest, False), ml=True),
                        **io_of(row_input, [label_output, probability_output])},
        "forest-zipmap.onnx": {"classifier": "forest", "sha256": save("forest-zipmap.onnx", forest_graph(forest, True), ml=True, infer_shapes=False),
                               **io_of(row_input, [label_output, {"name": "output_probability", "type": "seq(map(int64,tensor(float)))"}])},
        "nan-rows.onnx": {"classifier": None, "sha256": save("nan-rows.onnx", logreg_graph(logreg, nan_guard=True)),
                          "nan_rows": int(nan_rows.sum()), "nan_ids": frame["id"][nan_rows].tolist(),
                          "note": "logreg.onnx's probabilities, NaN where f2 < -2", **io_of(row_input, [label_output, probability_output])},
        "two-inputs.onnx": {"classifier": None, "sha256": save("two-inputs.onnx", two_inputs_graph()),
                            **io_of([{"name": "image", "type": "float32", "shape": ["N", 3, 8, 8]},
                                     {"name": "tokens", "type": "int64", "shape": ["N", 16]}],
                                    [{"name": "score", "type": "float32", "shape": ["N"]}])},
    }
    data = {
        "eval": {"file": "test/fixtures/scoring/eval.csv", "sha256": hashlib.sha256(text.encode()).hexdigest(),
                 "rows": len(frame), "id": "id", "label": "label", "positive_label": 1, "features": FEATURES,
                 "sensitive": "group", "groups": GROUPS},
        "train": {"rows": TRAIN_ROWS, "seed": SEED, "note": "a separate sample from the same generator, not committed"},
        "threshold": THRESHOLD,
        "margin": MARGIN,
        "classifiers": classifiers,
        "models": models,
        "generator": {"script": "test/reference/scoring.py", "sklearn": sklearn.__version__, "onnx": onnx.__version__,
                      "numpy": np.__version__, "pandas": pd.__version__},
    }
    with open(os.path.join(OUT, "expected.json"), "w") as f:
        json.dump(data, f, indent=1, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
