#!/usr/bin/python3
"""Reference values for src/evaluate/newcombe.ts, from statsmodels.

Run with Debian's python3 (apt-get install python3-statsmodels python3-scipy):
    /usr/bin/python3 test/reference/newcombe.py
It writes test/fixtures/reference/newcombe.json; test/evaluate/newcombe.test.ts compares to 1e-9.

Each case is the 95% interval of p1 - p2 = x1/n1 - x2/n2 by Newcombe's hybrid score method
(method 10 of Newcombe 1998), confint_proportions_2indep(method="newcomb"), with the two Wilson
intervals it is built from and the Wald interval (so the test can show the cases tell them apart).
"""
import json
import os

import scipy
import statsmodels
from statsmodels.stats.proportion import confint_proportions_2indep, proportion_confint

OUT = os.path.join(os.path.dirname(__file__), "..", "fixtures", "reference", "newcombe.json")

CANARY = [
    (30, 1000, 5, 1000),  # the canary clearly worse
    (5, 1000, 30, 1000),  # the canary clearly better
    (0, 200, 3, 5000),  # no canary error yet, against a long-running stable
    (12, 12, 0, 12),  # every canary request failed
    (12, 12, 12, 12),  # both sides all errors
    (0, 12, 0, 12),  # no errors at all
    (3, 400, 3, 400),  # equal proportions
    (25, 5000, 5, 1000),  # equal proportions, n1 != n2
    (1, 50, 0, 100000),
    (5, 1_000_000, 3, 1_000_000),
    (1234, 1_000_000, 1000, 1_000_000),
    (0, 1_000_000, 0, 1_000_000),
    (1_000_000, 1_000_000, 999_999, 1_000_000),
    (1000, 1_000_000_000, 900, 1_000_000_000),
    (2, 10_000, 41, 2_000_000),
]
# Newcombe (1998), Table II, examples (a) to (h)
NEWCOMBE_1998 = [(56, 70, 48, 80), (9, 10, 3, 10), (6, 7, 2, 7), (5, 56, 0, 29), (0, 10, 0, 20), (0, 10, 0, 10), (10, 10, 0, 20), (10, 10, 0, 10)]
TINY = [(0, 1, 0, 1), (1, 1, 0, 1), (0, 1, 1, 1), (1, 1, 1, 1), (1, 2, 0, 1), (2, 2, 1, 3), (1, 3, 2, 7)]


def grid():
    cases = []
    for n1, n2 in [(7, 3), (100, 1000), (1000, 7)]:
        for x1, x2 in [(0, n2 // 2), (n1 // 2, 0), (n1, n2 // 3), (n1 // 3, n2)]:
            cases.append((x1, n1, x2, n2))
    return cases


def interval(pair):
    low, high = pair
    return {"low": float(low), "high": float(high)}


def case(x1, n1, x2, n2):
    return {
        "x1": x1,
        "n1": n1,
        "x2": x2,
        "n2": n2,
        **interval(confint_proportions_2indep(x1, n1, x2, n2, method="newcomb", compare="diff", alpha=0.05)),
        "wald": interval(confint_proportions_2indep(x1, n1, x2, n2, method="wald", compare="diff", alpha=0.05)),
        "wilson1": interval(proportion_confint(x1, n1, alpha=0.05, method="wilson")),
        "wilson2": interval(proportion_confint(x2, n2, alpha=0.05, method="wilson")),
    }


def main():
    data = {
        "generator": {"script": "test/reference/newcombe.py", "statsmodels": statsmodels.__version__, "scipy": scipy.__version__},
        "cases": [case(*c) for c in CANARY + NEWCOMBE_1998 + TINY + grid()],
    }
    with open(OUT, "w") as f:
        json.dump(data, f, indent=1, allow_nan=False)
        f.write("\n")


main()
