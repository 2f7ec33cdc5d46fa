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
from sklearn.metrics import accuracy_score, confusion_matrix, f1_score, precision_score, recall_score

OUT = os.path.join(os.path.dirname(__file__), "..", "fixtures", "reference")


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


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    write("wilson.json", {"cases": wilson_cases()})
    write("classification.json", {"datasets": datasets()})
    print("wrote", os.path.abspath(OUT))
