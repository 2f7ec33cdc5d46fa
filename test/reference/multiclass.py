#!/usr/bin/python3
"""Reference values for multiclass predictions, computed by scikit-learn 1.2 and pandas.

Run with Debian's python3 (apt-get install python3-sklearn python3-pandas): npm run reference.
It writes the predictions fixtures test/fixtures/predictions/multiclass*.csv and their expected
metrics, test/fixtures/reference/multiclass.json. Fairlearn's MetricFrame (not packaged for
Debian) is written out as what it is: accuracy_score on each group's rows with the group's
weights, and between groups difference = max - min, ratio = min / max.
"""
import json
import os

import numpy as np
import pandas as pd
import sklearn
from sklearn.metrics import (accuracy_score, balanced_accuracy_score, confusion_matrix, log_loss,
                             precision_recall_fscore_support, top_k_accuracy_score)

HERE = os.path.dirname(__file__)
OUT = os.path.join(HERE, "..", "fixtures", "reference", "multiclass.json")
PREDICTIONS = os.path.join(HERE, "..", "fixtures", "predictions")
CLASSES = ["ant", "bee", "cat", "dog"]


def dataset(seed, rows):
    rng = np.random.RandomState(seed)
    label = rng.choice(CLASSES, size=rows, p=[0.4, 0.3, 0.2, 0.1])
    sex = rng.choice(["f", "m"], size=rows)
    region = rng.choice(["north", "south"], size=rows)
    logits = rng.normal(size=(rows, len(CLASSES)))
    logits[np.arange(rows), [CLASSES.index(c) for c in label]] += 1.2 + (sex == "f") * 0.5
    scores = np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)
    scores = np.round(scores, 6)
    # ties in the scores, for top-k's order, and rows that do not sum to 1 (rounding, and two more)
    scores[5] = [0.3, 0.3, 0.3, 0.1]
    scores[9] = [0.25, 0.25, 0.25, 0.25]
    scores[11] = scores[11] * 0.9
    prediction = np.array(CLASSES)[scores.argmax(axis=1)]
    prediction[7] = "eel"          # a class predicted but never true
    frame = pd.DataFrame({"id": [f"r{i}" for i in range(rows)], "label": label, "prediction": prediction,
                          "sex": sex, "region": region, "weight": rng.choice([0.5, 1.0, 2.0], size=rows)})
    for i, c in enumerate(CLASSES):
        frame[f"score_{c}"] = scores[:, i]
    frame["score_eel"] = 0.0
    return frame


def metrics(frame, weighted):
    y, p = frame["label"].to_numpy(), frame["prediction"].to_numpy()
    w = frame["weight"].to_numpy() if weighted else None
    labels = sorted(set(y) | set(p))
    out = {"samples": int(len(frame)), "accuracy": accuracy_score(y, p, sample_weight=w),
           "balanced_accuracy": balanced_accuracy_score(y, p, sample_weight=w)}
    for average in ["macro", "micro", "weighted"]:
        precision, recall, f1, _ = precision_recall_fscore_support(y, p, average=average, sample_weight=w, zero_division=0)
        out.update({f"precision_{average}": precision, f"recall_{average}": recall, f"f1_{average}": f1})
    precision, recall, f1, support = precision_recall_fscore_support(y, p, labels=labels, sample_weight=w, zero_division=0)
    per_class = {c: {"precision": precision[i], "recall": recall[i], "f1": f1[i], "support": float(support[i])}
                 for i, c in enumerate(labels)}
    score_classes = sorted(CLASSES + ["eel"])
    scores = frame[[f"score_{c}" for c in score_classes]].to_numpy()
    out["log_loss"] = log_loss(y, scores, labels=score_classes, sample_weight=w)
    out["top_2_accuracy"] = top_k_accuracy_score(y, scores, k=2, labels=score_classes, sample_weight=w)
    out["top_3_accuracy"] = top_k_accuracy_score(y, scores, k=3, labels=score_classes, sample_weight=w)
    matrix = confusion_matrix(y, p, labels=labels, sample_weight=w)
    return out, {"labels": labels, "confusion": matrix.tolist(), "perClass": per_class}


def by_group(frame, columns, weighted, labels):
    groups = {}
    for key, rows in frame.groupby(columns if len(columns) > 1 else columns[0], sort=False):
        name = ",".join(key) if isinstance(key, tuple) else key
        y, p = rows["label"].to_numpy(), rows["prediction"].to_numpy()
        w = rows["weight"].to_numpy() if weighted else np.ones(len(rows))
        groups[name] = {
            "count": int(len(rows)),
            "accuracy": accuracy_score(y, p, sample_weight=w),
            "selection_rate": {c: float(w[p == c].sum() / w.sum()) for c in labels},
            "confusion": confusion_matrix(y, p, labels=labels, sample_weight=w).tolist(),
        }
    values = [g["accuracy"] for g in groups.values()]
    return {"groups": groups, "metrics": {"accuracy_difference": max(values) - min(values), "accuracy_ratio": min(values) / max(values)}}


def case(file, frame, weighted):
    overall, classes = metrics(frame, weighted)
    features = {"sex": ["sex"], "region": ["region"], "sex,region": ["sex", "region"]}
    return {"file": file, "weighted": weighted, "metrics": overall, "classes": classes,
            "features": {name: by_group(frame, columns, weighted, classes["labels"]) for name, columns in features.items()}}


def main():
    frame = dataset(3, 500)
    frame.drop(columns=["weight"]).to_csv(os.path.join(PREDICTIONS, "multiclass.csv"), index=False)
    frame.to_csv(os.path.join(PREDICTIONS, "multiclass-weighted.csv"), index=False)
    with open(OUT, "w") as f:
        json.dump({"cases": [case("multiclass.csv", frame, False), case("multiclass-weighted.csv", frame, True)],
                   "generator": {"script": "test/reference/multiclass.py", "sklearn": sklearn.__version__, "pandas": pd.__version__}},
                  f, indent=1, sort_keys=True)
        f.write("\n")


main()
