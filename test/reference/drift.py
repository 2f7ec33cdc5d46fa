#!/usr/bin/python3
"""Reference values for the drift gate, computed by SciPy and numpy.

Run with Debian's python3 (apt-get install python3-scipy python3-numpy):
    /usr/bin/python3 test/reference/drift.py
It writes test/fixtures/drift/*.csv and *.jsonl (small reference/current samples) and
test/fixtures/reference/drift.json; test/drift/*.test.ts compare model-gate's numbers with it.

The definitions model-gate follows, written out where SciPy has no function for them:
- KS: scipy.stats.ks_2samp(x, y) (two-sided, method='auto').
- Chi-square: scipy.stats.chi2_contingency on the 2 x k table (reference row, current row), with
  its default Yates correction when k = 2.
- PSI: bins cut at the reference's deciles (numpy.quantile, method 'linear'), duplicates removed,
  right-closed (numpy.searchsorted side='left'); categorical bins are the reference's categories
  plus one pooled bin for categories only the current sample has. Every count gets +0.5 before
  taking shares; PSI = sum((c - r) * ln(c / r)).
- Benjamini-Hochberg: statsmodels' fdrcorrection(p, method='indep'), written out below because
  SciPy 1.10 has no false_discovery_control and statsmodels is not installed.
"""
import csv
import json
import math
import os
import warnings

import numpy as np
import scipy
from scipy import special, stats

HERE = os.path.dirname(__file__)
OUT = os.path.join(HERE, "..", "fixtures", "reference")
FIXTURES = os.path.join(HERE, "..", "fixtures", "drift")

QUANTILES = [k / 10 for k in range(1, 10)]
SMOOTHING = 0.5
ALPHA = 0.05
EXACT_MAX_N = 10000


# ---------------------------------------------------------------------------------------------
# the statistics

def ks(x, y):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = stats.ks_2samp(np.asarray(x, dtype=float), np.asarray(y, dtype=float), method="auto")
    fell_back = any("Exact calculation unsuccessful" in str(w.message) for w in caught)
    exact = max(len(x), len(y)) <= EXACT_MAX_N and not fell_back
    return {"statistic": float(result.statistic), "p_value": float(result.pvalue), "method": "exact" if exact else "asymptotic"}


def psi_from_counts(reference, current):
    r = np.asarray(reference, dtype=float)
    c = np.asarray(current, dtype=float)
    k = len(r)
    r = (r + SMOOTHING) / (r.sum() + SMOOTHING * k)
    c = (c + SMOOTHING) / (c.sum() + SMOOTHING * k)
    return float(np.sum((c - r) * np.log(c / r)))


def numeric_psi(reference, current):
    reference = np.asarray(reference, dtype=float)
    edges = np.unique(np.quantile(reference, QUANTILES))
    bins = len(edges) + 1
    ref_counts = np.bincount(np.searchsorted(edges, reference, side="left"), minlength=bins)
    cur_counts = np.bincount(np.searchsorted(edges, np.asarray(current, dtype=float), side="left"), minlength=bins)
    return {"psi": psi_from_counts(ref_counts, cur_counts), "edges": edges.tolist(),
            "reference_counts": ref_counts.tolist(), "current_counts": cur_counts.tolist()}


def categorical_psi(reference, current):
    categories = list(reference)
    ref_counts = [reference[c] for c in categories]
    cur_counts = [current.get(c, 0) for c in categories]
    unseen = sorted((c for c in current if c not in reference), key=lambda c: (-current[c], c))
    if unseen:
        ref_counts.append(0)
        cur_counts.append(sum(current[c] for c in unseen))
    return {"psi": psi_from_counts(ref_counts, cur_counts), "unseen": unseen,
            "unseen_count": sum(current[c] for c in unseen)}


def chi_square(reference, current):
    table = np.array([reference, current], dtype=float)
    result = stats.chi2_contingency(table)  # correction=True: Yates when dof == 1
    return {"statistic": float(result[0]), "p_value": float(result[1]), "dof": int(result[2])}


def benjamini_hochberg(p_values):
    """statsmodels.stats.multitest.fdrcorrection(p, alpha, method='indep', is_sorted=False)[1]."""
    p = np.asarray(p_values, dtype=float)
    order = np.argsort(p, kind="mergesort")
    p_sorted = p[order]
    n = len(p)
    ecdf_factor = np.arange(1, n + 1) / float(n)
    raw = p_sorted / ecdf_factor
    corrected = np.minimum.accumulate(raw[::-1])[::-1]
    corrected[corrected > 1] = 1
    out = np.empty_like(corrected)
    out[order] = corrected
    return out.tolist()


# ---------------------------------------------------------------------------------------------
# samples both languages can rebuild bit for bit, so large samples need no file

def lattice(recipe):
    """u_i = (i*a mod m)/m, optionally squared, then scaled and shifted, optionally floored to a grid."""
    out = []
    for i in range(recipe["n"]):
        u = (i * recipe["a"] % recipe["m"]) / recipe["m"]
        v = u * u if recipe.get("square") else u
        v = v * recipe["scale"] + recipe["offset"]
        if recipe.get("grid"):
            v = math.floor(v * recipe["grid"]) / recipe["grid"]
        out.append(v)
    return out


def recipe(n, a, scale=1.0, offset=0.0, square=False, grid=0, m=1000003):
    return {"n": n, "a": a, "m": m, "scale": scale, "offset": offset, "square": square, "grid": grid}


def sample(spec):
    return lattice(spec) if isinstance(spec, dict) else spec


def ks_cases(rng):
    def normal(n, loc=0.0, scale=1.0, decimals=None):
        values = rng.normal(loc, scale, n)
        return (np.round(values * 2) / 2 if decimals == "half" else values).tolist()

    cases = [
        ("exact, no ties, 25 vs 40", normal(25), normal(40, 0.6)),
        ("exact, no ties, 7 vs 11, same distribution", normal(7), normal(11)),
        ("exact, ties, 60 vs 45", normal(60, decimals="half"), normal(45, 0.3, 1.2, decimals="half")),
        ("exact, equal sizes 30 vs 30", normal(30), normal(30, 0.8)),
        ("exact, equal sizes with ties 40 vs 40", normal(40, decimals="half"), normal(40, 0.5, decimals="half")),
        ("exact, one value each", [1.5], [2.5]),
        ("exact, identical samples", [1.0, 2.0, 2.0, 3.0], [3.0, 2.0, 1.0, 2.0]),
        ("exact, disjoint samples", [1.0, 2.0, 3.0], [4.0, 5.0, 6.0, 7.0]),
        ("exact, 3000 vs 2000 lattice", recipe(3000, 7919), recipe(2000, 104729, 1.03, -0.01)),
        ("exact, 10000 vs 7000 lattice, ties", recipe(10000, 7919, grid=50), recipe(7000, 104729, 1.01, grid=50)),
        ("asymptotic, 12000 vs 9000, small shift", recipe(12000, 7919), recipe(9000, 104729, 1.02, -0.01)),
        ("asymptotic, 12000 vs 9000, no shift", recipe(12000, 7919), recipe(9000, 104729)),
        ("asymptotic, 15000 vs 60", recipe(15000, 7919), recipe(60, 104729, 1.0, 0.05)),
        ("asymptotic, 15000 vs 60, larger shift", recipe(15000, 7919), recipe(60, 104729, 1.0, 0.2)),
        ("asymptotic, 15000 vs 60, shift 0.4", recipe(15000, 7919), recipe(60, 104729, 1.0, 0.4)),
        ("asymptotic, 10001 vs 4", recipe(10001, 7919), recipe(4, 104729, 0.5, 0.3)),
        ("asymptotic, 20000 vs 11000, squared, large shift", recipe(20000, 7919, square=True), recipe(11000, 104729, 1.0, 0.05, square=True)),
        ("asymptotic, 20000 vs 11000, ties on a grid", recipe(20000, 7919, grid=20), recipe(11000, 104729, 1.0, 0.01, grid=20)),
        ("asymptotic, 30000 vs 25000, small shift", recipe(30000, 7919), recipe(25000, 104729, 1.0, 0.004)),
    ]
    out = []
    for name, x, y in cases:
        out.append({"name": name, "x": x, "y": y, **ks(sample(x), sample(y))})
    return out


def kstwo_cases():
    out = []
    for n in [1, 2, 5, 20, 60, 140, 141, 500, 5000, 100000, 100001, 2000000]:
        for x in [0.3 / n, 0.7 / n, 1.5 / n, 0.002, 0.01, 0.02, 0.04, 0.07, 0.1, 0.15, 0.25, 0.4, 0.55, 0.8, 0.97, 1 - 0.5 / n]:
            if 0 < x < 1:
                out.append({"n": n, "x": x, "sf": float(stats.kstwo.sf(x, n))})
    return out


def smirnov_cases():
    out = []
    for n in [1, 2, 10, 100, 1000, 8571, 100000, 1000001]:
        for x in [0.0, 0.5 / n, 1.0 / n, 0.003, 0.02, 0.05, 0.1, 0.3, 0.6, 0.99, 1 - 0.5 / n, 1.0]:
            if 0 <= x <= 1:
                out.append({"n": n, "x": x, "sf": float(special.smirnov(n, x))})
    return out


def chi_square_cases():
    tables = [
        ("three categories", [10, 20, 30], [15, 15, 40]),
        ("two categories: Yates", [30, 10], [20, 25]),
        ("two categories, differences under one half", [10, 10], [10, 11]),
        ("one category", [5], [7]),
        ("large counts", [5000, 3000, 2000, 10], [4000, 3500, 2400, 0]),
        ("a category only the current sample has", [100, 50, 0], [80, 60, 5]),
        ("no drift", [250, 250, 500], [125, 125, 250]),
    ]
    return [{"name": name, "reference": r, "current": c, **chi_square(r, c)} for name, r, c in tables]


def psi_cases():
    numeric = [
        ("continuous, shifted", recipe(5000, 7919), recipe(4000, 104729, 1.0, 0.1)),
        ("continuous, same", recipe(5000, 7919), recipe(4000, 104729)),
        ("ties: half the reference at zero", [0.0] * 50 + [float(i) for i in range(1, 51)], [0.0] * 20 + [float(i) for i in range(1, 81)]),
        ("a constant reference", [3.0] * 10, [2.0, 3.0, 3.0, 4.0, 5.0]),
        ("few values, on a grid", recipe(300, 7919, grid=4), recipe(200, 104729, 1.3, grid=4)),
        ("one reference value", [1.0], [0.5, 1.0, 1.5]),
    ]
    categorical = [
        ("same categories", {"a": 50, "b": 30, "c": 20}, {"a": 40, "b": 35, "c": 25}),
        ("unseen categories pooled", {"a": 50, "b": 30, "c": 20}, {"a": 40, "b": 30, "x": 7, "y": 3, "z": 7}),
        ("a reference category missing from current", {"a": 50, "b": 30, "c": 20}, {"a": 60, "b": 40}),
    ]
    return {
        "numeric": [{"name": n, "reference": r, "current": c, **numeric_psi(sample(r), sample(c))} for n, r, c in numeric],
        "categorical": [{"name": n, "reference": r, "current": c, **categorical_psi(r, c)} for n, r, c in categorical],
    }


def bh_cases(rng):
    lists = [
        [0.01, 0.04, 0.03, 0.2, 0.04, 0.9, 1.0, 0.0],
        [0.5],
        [0.001, 0.002, 0.003],
        [0.9, 0.8, 0.95],
        rng.uniform(0, 0.2, 40).tolist(),
    ]
    return [{"p_values": p, "adjusted": benjamini_hochberg(p)} for p in lists]


# ---------------------------------------------------------------------------------------------
# the file fixtures: read back with the rules model-gate uses, then evaluated end to end

def write_fixtures(rng):
    def rows(n, shift):
        ages = np.clip(np.round(rng.normal(42 + 6 * shift, 12, n)), 18, 90).astype(int)
        incomes = np.round(rng.lognormal(10.5, 0.6, n), 2)
        scores = rng.normal(0.1 * shift, 1.0, n)
        plans = rng.choice(["basic", "pro", "enterprise"], n, p=[0.5 - 0.1 * shift, 0.35, 0.15 + 0.1 * shift])
        regions = rng.choice(["north", "south", "east", "west", "north, east"], n, p=[0.3, 0.25, 0.2, 0.15, 0.1])
        channels = rng.choice(["web", "app"], n, p=[0.6, 0.4])
        out = []
        for i in range(n):
            out.append({
                "": str(i),  # a pandas index column: nameless, left out
                "age": str(ages[i]),
                "income": "" if rng.random() < 0.05 else repr(float(incomes[i])),
                "score": repr(float(scores[i])),
                "plan": str(plans[i]),
                "region": str(regions[i]),
                "channel": str(channels[i]),
            })
        return out

    reference = rows(400, 0)
    current = rows(300, 1)
    for row in reference:
        row["ref_only"] = str(rng.integers(0, 5))
    for row in current:
        row["cur_only"] = "x"
        if rng.random() < 0.1:
            row["region"] = str(rng.choice(["apac", "latam"]))
        if rng.random() < 0.03:
            row["plan"] = "  "  # blanks only: missing

    def write_csv(name, data, columns):
        with open(os.path.join(FIXTURES, name), "w", newline="") as f:
            writer = csv.writer(f, lineterminator="\n")
            writer.writerow(columns)
            for row in data:
                writer.writerow([row[c] for c in columns])

    write_csv("reference.csv", reference, ["", "age", "income", "score", "plan", "region", "channel", "ref_only"])
    write_csv("current.csv", current, ["", "channel", "region", "plan", "score", "income", "age", "cur_only"])

    # the same current sample as JSON Lines: numbers as numbers, a missing income as null or absent
    with open(os.path.join(FIXTURES, "current.jsonl"), "w") as f:
        for i, row in enumerate(current):
            record = {"age": int(row["age"]), "score": float(row["score"]), "plan": row["plan"], "region": row["region"],
                      "channel": row["channel"], "cur_only": row["cur_only"]}
            if row["income"] != "":
                record["income"] = float(row["income"])
            elif i % 2:
                record["income"] = None
            f.write(json.dumps(record) + "\n")


def read_csv_sample(name):
    with open(os.path.join(FIXTURES, name), newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        columns = {h: [] for h in header if h != ""}
        for row in reader:
            for h, v in zip(header, row):
                if h != "":
                    columns[h].append(v)
    out = {}
    for name_, values in columns.items():
        present = [v for v in values if v.strip(" \t") != ""]
        missing = len(values) - len(present)
        numbers = []
        for v in present:
            try:
                number = float(v)
            except ValueError:
                numbers = None
                break
            if not math.isfinite(number):
                numbers = None
                break
            numbers.append(number)
        if numbers is not None:
            out[name_] = {"kind": "numeric", "values": numbers, "missing": missing}
        else:
            counts = {}
            for v in present:
                counts[v] = counts.get(v, 0) + 1
            out[name_] = {"kind": "categorical", "counts": counts, "missing": missing}
    return list(columns), out


def evaluate(reference_file, current_file):
    ref_columns, reference = read_csv_sample(reference_file)
    _, current = read_csv_sample(current_file)
    features = [c for c in ref_columns if c in current]
    results = []
    for feature in features:
        a, b = reference[feature], current[feature]
        assert a["kind"] == b["kind"], feature
        if a["kind"] == "numeric":
            test = ks(a["values"], b["values"])
            result = {"kind": "numeric", "statistic": test["statistic"], "p_value": test["p_value"], "method": test["method"],
                      "psi": numeric_psi(a["values"], b["values"])["psi"],
                      "reference": {"values": len(a["values"]), "missing": a["missing"]},
                      "current": {"values": len(b["values"]), "missing": b["missing"]}}
        else:
            categories = list(dict.fromkeys(list(a["counts"]) + list(b["counts"])))
            r = [a["counts"].get(c, 0) for c in categories]
            c = [b["counts"].get(c, 0) for c in categories]
            test = chi_square(r, c)
            psi = categorical_psi(a["counts"], b["counts"])
            result = {"kind": "categorical", "statistic": test["statistic"], "p_value": test["p_value"], "dof": test["dof"],
                      "psi": psi["psi"], "unseen": psi["unseen"], "unseen_share": psi["unseen_count"] / sum(c),
                      "reference": {"values": sum(r), "missing": a["missing"]},
                      "current": {"values": sum(c), "missing": b["missing"]}}
        results.append({"feature": feature, **result})
    adjusted = benjamini_hochberg([r["p_value"] for r in results])
    for r, p in zip(results, adjusted):
        r["adjusted_p_value"] = p
        r["drifted"] = p <= ALPHA
    results.sort(key=lambda r: (not r["drifted"], -r["psi"], r["adjusted_p_value"], r["feature"]))
    return {
        "reference": f"test/fixtures/drift/{reference_file}",
        "current": f"test/fixtures/drift/{current_file}",
        "alpha": ALPHA,
        "features": results,
        "drifted_feature_share": sum(r["drifted"] for r in results) / len(results),
        "psi_max": max(r["psi"] for r in results),
    }


def main():
    rng = np.random.default_rng(20240607)
    os.makedirs(FIXTURES, exist_ok=True)
    write_fixtures(rng)
    data = {
        "ks": ks_cases(rng),
        "kstwo_sf": kstwo_cases(),
        "smirnov_sf": smirnov_cases(),
        "chi_square": chi_square_cases(),
        "psi": psi_cases(),
        "benjamini_hochberg": bh_cases(rng),
        "evaluation": evaluate("reference.csv", "current.csv"),
        "generator": {"script": "test/reference/drift.py", "scipy": scipy.__version__, "numpy": np.__version__},
    }
    with open(os.path.join(OUT, "drift.json"), "w") as f:
        json.dump(data, f, indent=1, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
