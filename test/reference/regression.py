#!/usr/bin/python3
"""Reference values for regression predictions, computed by scikit-learn 1.2 and pandas.

Run with Debian's python3 (apt-get install python3-sklearn python3-pandas): npm run reference.
It writes the predictions fixtures test/fixtures/predictions/regression*.csv and their expected
metrics, test/fixtures/reference/regression.json. Fairlearn's MetricFrame (not packaged for
Debian) is written out as what it is: the metric on each group's rows, with the group's weights,
and between groups difference = max - min, ratio = min / max.
"""
import json
import os

import numpy as np
import pandas as pd
import sklearn
from sklearn.metrics import (max_error, mean_absolute_error, mean_absolute_percentage_error, mean_squared_error,
                             median_absolute_error, r2_score)

HERE = os.path.dirname(__file__)
OUT = os.path.join(HERE, "..", "fixtures", "reference", "regression.json")
PREDICTIONS = os.path.join(HERE, "..", "fixtures", "predictions")


def dataset(seed, rows):
    rng = np.random.RandomState(seed)
    sex = rng.choice(["f", "m"], size=rows, p=[0.45, 0.55])
    region = rng.choice(["north", "south", "east"], size=rows)
    x = rng.normal(size=rows)
    label = np.round(50 + 12 * x + np.where(sex == "f", 3.0, 0.0) + rng.normal(scale=4, size=rows), 3)
    # the model underestimates the south
    prediction = np.round(50 + 11 * x + np.where(region == "south", -2.5, 0.0) + rng.normal(scale=3, size=rows), 3)
    weight = rng.choice([0.5, 1.0, 2.0, 3.0], size=rows)
    return pd.DataFrame({"id": [f"r{i}" for i in range(rows)], "label": label, "prediction": prediction,
                         "sex": sex, "region": region, "weight": weight})


def metrics(frame, weighted):
    y, p = frame["label"].to_numpy(), frame["prediction"].to_numpy()
    w = frame["weight"].to_numpy() if weighted else None
    return {
        "samples": int(len(frame)),
        "mean_absolute_error": mean_absolute_error(y, p, sample_weight=w),
        "mean_squared_error": mean_squared_error(y, p, sample_weight=w),
        "root_mean_squared_error": mean_squared_error(y, p, sample_weight=w, squared=False),
        "r2": r2_score(y, p, sample_weight=w),
        "mean_absolute_percentage_error": mean_absolute_percentage_error(y, p, sample_weight=w),
        "median_absolute_error": median_absolute_error(y, p, sample_weight=w),
        "max_error": max_error(y, p),
    }


def by_group(frame, columns, weighted):
    groups = {}
    for key, rows in frame.groupby(columns if len(columns) > 1 else columns[0], sort=False):
        name = ",".join(key) if isinstance(key, tuple) else key
        y, p = rows["label"].to_numpy(), rows["prediction"].to_numpy()
        w = rows["weight"].to_numpy() if weighted else None
        groups[name] = {
            "count": int(len(rows)),
            "mean_error": float(np.average(p - y, weights=w)),
            "mean_absolute_error": mean_absolute_error(y, p, sample_weight=w),
            "root_mean_squared_error": mean_squared_error(y, p, sample_weight=w, squared=False),
            "max_error": max_error(y, p),
        }
    spreads = {}
    for metric in ["mean_absolute_error", "root_mean_squared_error"]:
        values = [g[metric] for g in groups.values()]
        spreads[f"{metric}_difference"] = max(values) - min(values)
        spreads[f"{metric}_ratio"] = min(values) / max(values)
    return {"groups": groups, "metrics": spreads}


def case(file, frame, weighted):
    features = {"sex": ["sex"], "region": ["region"], "sex,region": ["sex", "region"]}
    return {"file": file, "weighted": weighted, "metrics": metrics(frame, weighted),
            "features": {name: by_group(frame, columns, weighted) for name, columns in features.items()}}


def main():
    frame = dataset(7, 600)
    frame.drop(columns=["weight"]).to_csv(os.path.join(PREDICTIONS, "regression.csv"), index=False)
    frame.to_csv(os.path.join(PREDICTIONS, "regression-weighted.csv"), index=False)
    # a label of 0: scikit-learn's MAPE divides by max(|label|, machine epsilon)
    zero = dataset(11, 40)
    zero.loc[[3, 17], "label"] = 0.0
    zero.drop(columns=["weight"]).to_csv(os.path.join(PREDICTIONS, "regression-zero-label.csv"), index=False)
    reference = {
        "cases": [case("regression.csv", frame, False), case("regression-weighted.csv", frame, True),
                  case("regression-zero-label.csv", zero, False)],
        "generator": {"script": "test/reference/regression.py", "sklearn": sklearn.__version__, "pandas": pd.__version__},
    }
    with open(OUT, "w") as f:
        json.dump(reference, f, indent=1, sort_keys=True)
        f.write("\n")


main()
