#!/usr/bin/python3
"""Reference values for model-gate's tests, computed by SciPy, scikit-learn and pandas.

Run with Debian's python3 (apt-get install python3-scipy python3-sklearn python3-pandas):
    npm run reference
It writes test/fixtures/reference/*.json; the tests compare the engine's numbers with them.
Fairlearn is not packaged for Debian, so its definitions (fairlearn/metrics/_fairness_metrics.py)
are written out below over scikit-learn's per-group metrics, and checked against the example
in Fairlearn's documentation.
"""
import json
import os

import numpy as np
import pandas as pd
import scipy
import sklearn
from scipy.stats import binomtest
from sklearn.metrics import (accuracy_score, confusion_matrix, f1_score, log_loss, precision_score, recall_score,
                             roc_auc_score)

OUT = os.path.join(os.path.dirname(__file__), "..", "fixtures", "reference")
PREDICTIONS = os.path.join(os.path.dirname(__file__), "..", "fixtures", "predictions")


def write(name, data):
    data["generator"] = {"script": "test/reference/generate.py", "scipy": scipy.__version__,
                         "sklearn": sklearn.__version__, "pandas": pd.__version__}
    with open(os.path.join(OUT, name), "w") as f:
        json.dump(data, f, indent=1, sort_keys=True)
        f.write("\n")


def wilson_cases():
    cases = []
    for n in [1, 2, 5, 10, 30, 100, 1000, 12000, 1_000_000]:
        for k in sorted({0, 1, n // 3, n // 2, n - 1, n}):
            if 0 <= k <= n:
                ci = binomtest(k, n).proportion_ci(confidence_level=0.95, method="wilson")
                cases.append({"k": k, "n": n, "low": ci.low, "high": ci.high})
    return cases


def rates(y_true, y_pred):
    tn, fp, fn, tp = confusion_matrix(y_true, y_pred, labels=[0, 1]).ravel()
    n = len(y_true)
    return {
        "counts": {"tp": int(tp), "fp": int(fp), "tn": int(tn), "fn": int(fn)},
        "count": int(n),
        "accuracy": accuracy_score(y_true, y_pred),
        "selection_rate": float(np.mean(y_pred == 1)),
        # Fairlearn's true_positive_rate / false_positive_rate; None where undefined
        "true_positive_rate": recall_score(y_true, y_pred, zero_division=0) if (y_true == 1).any() else None,
        "false_positive_rate": float(fp / (fp + tn)) if (fp + tn) > 0 else None,
    }


def spread(values):
    """Fairlearn's between_groups difference (max - min) and ratio (min / max)."""
    if any(v is None for v in values):
        return None, None
    hi, lo = max(values), min(values)
    return hi - lo, (lo / hi if hi > 0 else None)


def fairness(y_true, y_pred, groups):
    frame = pd.DataFrame({"y": y_true, "p": y_pred, "g": groups})
    per_group = {str(g): rates(d["y"].to_numpy(), d["p"].to_numpy()) for g, d in frame.groupby("g", sort=True)}
    sr = spread([r["selection_rate"] for r in per_group.values()])
    tpr = spread([r["true_positive_rate"] for r in per_group.values()])
    fpr = spread([r["false_positive_rate"] for r in per_group.values()])
    worst_diff = None if tpr[0] is None or fpr[0] is None else max(tpr[0], fpr[0])
    worst_ratio = None if tpr[1] is None or fpr[1] is None else min(tpr[1], fpr[1])
    return per_group, {
        "demographic_parity_difference": sr[0],
        "demographic_parity_ratio": sr[1],
        "equalized_odds_difference": worst_diff,
        "equalized_odds_ratio": worst_ratio,
        "equal_opportunity_difference": tpr[0],
        "equal_opportunity_ratio": tpr[1],
    }


def dataset(name, y_true, y_pred, features):
    y_true = np.asarray(y_true)
    y_pred = np.asarray(y_pred)
    overall = {
        "accuracy": accuracy_score(y_true, y_pred),
        "precision": precision_score(y_true, y_pred, zero_division=0),
        "recall": recall_score(y_true, y_pred, zero_division=0),
        "f1": f1_score(y_true, y_pred, zero_division=0),
        "error_rate": 1 - accuracy_score(y_true, y_pred),
    }
    out = {"name": name, "samples": int(len(y_true)), "overall": overall, "features": {}}
    for feature, groups in features.items():
        per_group, metrics = fairness(y_true, y_pred, np.asarray(groups))
        out["features"][feature] = {"groups": per_group, "metrics": metrics}
    return out


def datasets():
    fairlearn_example = dataset(
        "fairlearn documentation example",
        [0, 1, 1, 1, 1, 0, 1, 0, 1, 0, 0, 0, 1, 1, 1, 1, 1, 1],
        [0, 0, 1, 0, 1, 1, 1, 0, 0, 1, 1, 1, 1, 0, 0, 1, 1, 0],
        {"group": list("bbabbcccaacabccbcc")},
    )
    m = fairlearn_example["features"]["group"]["metrics"]
    # The values Fairlearn's documentation prints for this example.
    assert abs(m["demographic_parity_difference"] - 0.25) < 1e-12
    assert abs(m["demographic_parity_ratio"] - 0.6666666666666666) < 1e-12
    assert m["equalized_odds_difference"] == 1.0 and m["equalized_odds_ratio"] == 0.0

    rng = np.random.default_rng(20261129)
    n = 5000
    sex = rng.choice(["female", "male"], size=n, p=[0.45, 0.55])
    region = rng.choice(["north", "south", "east", "west"], size=n)
    y_true = (rng.random(n) < np.where(sex == "female", 0.30, 0.36)).astype(int)
    flip = rng.random(n) < np.where(region == "east", 0.18, 0.08)
    y_pred = np.where(flip, 1 - y_true, y_true)
    synthetic = dataset("seeded synthetic", y_true, y_pred, {"sex": sex, "region": region})
    return [fairlearn_example, synthetic]


def weighted_rates(frame, w):
    """Fairlearn's per-group rates with sample_weight: weighted selection rate, TPR, FPR, accuracy."""
    out = {}
    for g, d in frame.groupby("g", sort=True):
        y, p, ww = d["y"].to_numpy(), d["p"].to_numpy(), w[d.index]
        pos, neg = y == 1, y == 0
        out[str(g)] = {
            "count": int(len(d)),
            "accuracy": float(np.sum(ww * (y == p)) / np.sum(ww)),
            "selection_rate": float(np.sum(ww * (p == 1)) / np.sum(ww)),
            "true_positive_rate": float(np.sum(ww[pos] * (p[pos] == 1)) / np.sum(ww[pos])) if pos.any() else None,
            "false_positive_rate": float(np.sum(ww[neg] * (p[neg] == 1)) / np.sum(ww[neg])) if neg.any() else None,
        }
    return out


def fairness_from_rates(per_group):
    sr = spread([r["selection_rate"] for r in per_group.values()])
    tpr = spread([r["true_positive_rate"] for r in per_group.values()])
    fpr = spread([r["false_positive_rate"] for r in per_group.values()])
    return {
        "demographic_parity_difference": sr[0], "demographic_parity_ratio": sr[1],
        "equalized_odds_difference": None if tpr[0] is None or fpr[0] is None else max(tpr[0], fpr[0]),
        "equalized_odds_ratio": None if tpr[1] is None or fpr[1] is None else min(tpr[1], fpr[1]),
        "equal_opportunity_difference": tpr[0], "equal_opportunity_ratio": tpr[1],
    }


def wilson(k, n):
    ci = binomtest(int(k), int(n)).proportion_ci(method="wilson")
    return [ci.low, ci.high]


def predictions_case(name, frame, features, positive="1", weights=None, intersectional=False, fmt="csv"):
    """Writes a predictions file and the values scikit-learn, Fairlearn's definitions and SciPy give for it."""
    path = os.path.join(PREDICTIONS, f"{name}.{fmt}")
    if fmt == "csv":
        frame.to_csv(path, index=False, lineterminator="\n")
    else:
        frame.to_json(path, orient="records", lines=True)
    y = (frame["label"].astype(str) == positive).astype(int).to_numpy()
    p = (frame["prediction"].astype(str) == positive).astype(int).to_numpy()
    w = None if weights is None else frame[weights].to_numpy(dtype=float)
    expected = {
        "samples": int(len(frame)),
        "accuracy": accuracy_score(y, p, sample_weight=w),
        "precision": precision_score(y, p, sample_weight=w, zero_division=0),
        "recall": recall_score(y, p, sample_weight=w, zero_division=0),
        "f1": f1_score(y, p, sample_weight=w, zero_division=0),
    }
    if "score" in frame:
        s = frame["score"].to_numpy(dtype=float)
        expected["roc_auc"] = roc_auc_score(y, s, sample_weight=w)
        expected["log_loss"] = log_loss(y, s, sample_weight=w)
    intervals = {}
    if w is None:
        n = len(y)
        tp, fp, fn = int(np.sum((y == 1) & (p == 1))), int(np.sum((y == 0) & (p == 1))), int(np.sum((y == 1) & (p == 0)))
        intervals = {"accuracy": wilson(np.sum(y == p), n), "precision": wilson(tp, tp + fp), "recall": wilson(tp, tp + fn)}
    groups = {}
    columns = list(features) + ([",".join(features)] if intersectional else [])
    for feature in columns:
        key = frame[feature.split(",")].astype(str).agg(",".join, axis=1) if "," in feature else frame[feature].astype(str)
        g = pd.DataFrame({"y": y, "p": p, "g": key.to_numpy()})
        per_group = weighted_rates(g, w if w is not None else np.ones(len(y)))
        if w is None:
            for gname, r in per_group.items():
                d = g[g["g"] == gname]
                r["selection_rate_interval"] = wilson(np.sum(d["p"] == 1), len(d))
        groups[feature] = {"groups": per_group, "metrics": fairness_from_rates(per_group)}
    return {"name": name, "file": f"test/fixtures/predictions/{name}.{fmt}", "positive_label": positive,
            "sensitive_features": list(features), "intersectional": intersectional, "weighted": weights is not None,
            "expected": expected, "intervals": intervals, "features": groups}


def predictions_cases():
    os.makedirs(PREDICTIONS, exist_ok=True)
    rng = np.random.default_rng(7)
    n = 3000
    sex = rng.choice(["female", "male"], size=n, p=[0.4, 0.6])
    region = rng.choice(["north", "south", "east"], size=n)
    y = (rng.random(n) < 0.35).astype(int)
    noise = rng.normal(0, 0.22, n)
    prob = np.clip(0.25 + 0.5 * y + noise + np.where(region == "east", 0.08, 0), 0, 1)
    pred = (prob >= 0.5).astype(int)
    base = pd.DataFrame({"id": [f"r{i:05d}" for i in range(n)], "label": y, "prediction": pred,
                         "score": np.round(prob, 4), "sex": sex, "region": region})
    cases = [predictions_case("basic", base, ["sex", "region"], intersectional=True)]

    ties = base.drop(columns=["id"]).copy()
    ties["score"] = np.round(prob, 1)  # many ties: ROC AUC's half-credit rule matters
    cases.append(predictions_case("ties", ties, ["sex"]))

    precise = base.drop(columns=["id"]).copy()
    precise["score"] = prob + rng.random(n) * 1e-9  # 17 significant digits: the exact-store path
    precise["score"] = precise["score"].clip(0, 1)
    cases.append(predictions_case("precise-scores", precise, ["region"]))

    words = base[["label", "prediction", "score", "sex"]].copy()
    words["label"] = np.where(y == 1, "fraud", "legit")
    words["prediction"] = np.where(pred == 1, "fraud", "legit")
    words["sex"] = np.where(sex == "female", '"quoted, with comma"', "male")  # RFC 4180 quoting
    cases.append(predictions_case("string-labels", words, ["sex"], positive="fraud"))

    weighted = base.drop(columns=["id"]).copy()
    weighted["weight"] = np.round(rng.uniform(0.2, 3.0, n), 3)
    cases.append(predictions_case("weighted", weighted, ["sex", "region"], weights="weight"))

    cases.append(predictions_case("jsonl", base, ["sex"], fmt="jsonl"))

    # the champion's predictions on the same rows, shuffled: pairing must go by id
    flip = rng.random(n) < 0.06
    champion = base.copy()
    champion["prediction"] = np.where(flip, 1 - pred, pred)
    champion = champion.sample(frac=1, random_state=3)
    champion.to_csv(os.path.join(PREDICTIONS, "basic-baseline.csv"), index=False, lineterminator="\n")
    cand_right = (pred == y)
    champ = champion.set_index("id").loc[base["id"]]
    champ_right = champ["prediction"].to_numpy() == y
    b = int(np.sum(cand_right & ~champ_right))
    c = int(np.sum(~cand_right & champ_right))
    mcnemar = {"rows": n, "candidate_only": b, "baseline_only": c,
               "candidate_accuracy": float(np.mean(cand_right)), "baseline_accuracy": float(np.mean(champ_right)),
               "p_value": binomtest(b, b + c, 0.5).pvalue}
    exact_tests = [{"b": b_, "c": c_, "p_value": binomtest(b_, b_ + c_, 0.5).pvalue}
                   for b_, c_ in [(0, 1), (1, 0), (3, 3), (10, 25), (40, 22), (100, 130), (1000, 1100), (0, 40), (5000, 5210)]]
    return cases, {"paired": mcnemar, "binomtest": exact_tests}


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    write("wilson.json", {"cases": wilson_cases()})
    write("classification.json", {"datasets": datasets()})
    cases, mcnemar = predictions_cases()
    write("predictions.json", {"cases": cases})
    write("mcnemar.json", mcnemar)
    print("wrote", os.path.abspath(OUT))
