#!/usr/bin/python3
"""Reference values for src/evaluate/paired-interval.ts: the interval of the difference of two
paired proportions by Newcombe's square-and-add method (method 10 of Newcombe 1998b).

Run with Debian's python3 (apt-get install python3-statsmodels python3-scipy):
    /usr/bin/python3 test/reference/paired.py
It writes test/fixtures/reference/paired.json; test/evaluate/paired-interval.test.ts compares to 1e-9.

statsmodels 0.13 has no interval for paired proportions, so this implements the textbook definition
with numpy, on statsmodels' Wilson intervals:
  R. G. Newcombe (1998), "Improved confidence intervals for the difference between binomial
  proportions based on paired data", Statistics in Medicine 17:2635-2650, method 10; as written in
  M. W. Fagerland, S. Lydersen, P. Laake (2014), "Recommended tests and confidence intervals for
  paired binomial proportions", Statistics in Medicine 33:2850-2875, section 5 ("Newcombe square-and-add").
For the paired 2x2 table a (both right), b (only the candidate), c (only the baseline), d (neither),
n = a + b + c + d, p1 = (a + b)/n, p2 = (a + c)/n, with Wilson intervals [l1, u1], [l2, u2]:
  phi = (ad - bc - n/2)/sqrt((a+b)(c+d)(a+c)(b+d))  when ad - bc > n/2
        0                                         when 0 <= ad - bc <= n/2
        (ad - bc)/sqrt(...)                        when ad - bc < 0
  (0 when a marginal total is 0)
  low  = p1 - p2 - sqrt((p1 - l1)^2 - 2 phi (p1 - l1)(u2 - p2) + (u2 - p2)^2)
  high = p1 - p2 + sqrt((p2 - l2)^2 - 2 phi (p2 - l2)(u1 - p1) + (u1 - p1)^2)
Published check: Cavo et al. (2012), a=59 b=6 c=16 d=80, gives -0.0621 (95% CI -0.1186 to -0.0046)
in Fagerland et al. (2014) and their R package contingencytables; the test checks it to 4 decimals.
Each case also has the Wald interval (b - c)/n +- z sqrt(b + c - (b - c)^2/n)/n (Agresti 2013,
section 11.1.1: the presidential approval example 794, 150, 86, 570 gives 0.04 +- 0.019), to show the
cases tell the two apart.
"""
import json
import math
import os

import numpy as np
import scipy
import statsmodels
from scipy.stats import norm
from statsmodels.stats.proportion import proportion_confint

OUT = os.path.join(os.path.dirname(__file__), "..", "fixtures", "reference", "paired.json")
CONFIDENCES = [0.9, 0.95, 0.99]

PUBLISHED = [
    (59, 6, 16, 80),  # Cavo et al. (2012), Fagerland et al. (2014)
    (1, 1, 7, 12),  # Bentur et al. (2009), Fagerland et al. (2014)
    (794, 150, 86, 570),  # Agresti: presidential approval
]
MODELS = [
    (9000, 120, 80, 800),  # the candidate better
    (9000, 80, 120, 800),  # the candidate worse
    (9000, 100, 100, 800),  # as many discordant rows either way
    (9500, 0, 0, 500),  # the same predictions
    (1000, 0, 0, 0),  # both always right
    (0, 0, 0, 1000),  # both always wrong
    (0, 500, 500, 0),  # never agree on correctness
    (0, 1000, 0, 0),  # only the candidate is ever right
    (0, 0, 1000, 0),
    (40, 3, 1, 6),  # a small evaluation set
    (950_000, 5_000, 4_000, 41_000),
    (999_990, 10, 0, 0),
]
TINY = [(1, 0, 0, 0), (0, 1, 0, 0), (0, 0, 1, 0), (0, 0, 0, 1), (1, 0, 0, 1), (0, 1, 1, 0), (2, 1, 0, 1), (1, 2, 3, 4)]


def wilson(x, n, confidence):
    low, high = proportion_confint(x, n, alpha=1 - confidence, method="wilson")
    return float(low), float(high)


def newcombe_paired(a, b, c, d, confidence):
    n = a + b + c + d
    p1, p2 = (a + b) / n, (a + c) / n
    l1, u1 = wilson(a + b, n, confidence)
    l2, u2 = wilson(a + c, n, confidence)
    margins = np.array([a + b, c + d, a + c, b + d], dtype=np.float64)
    if np.any(margins == 0):
        phi = 0.0
    else:
        ad_bc = float(a) * d - float(b) * c
        root = math.sqrt(float(np.prod(margins)))
        phi = (ad_bc - n / 2) / root if ad_bc > n / 2 else 0.0 if ad_bc >= 0 else ad_bc / root
    dl1, du2 = p1 - l1, u2 - p2
    dl2, du1 = p2 - l2, u1 - p1
    low = p1 - p2 - math.sqrt(dl1**2 - 2 * phi * dl1 * du2 + du2**2)
    high = p1 - p2 + math.sqrt(dl2**2 - 2 * phi * dl2 * du1 + du1**2)
    return {"low": low, "high": high, "phi": phi}


def wald(a, b, c, d, confidence):
    n = a + b + c + d
    z = norm.ppf(1 - (1 - confidence) / 2)
    half = z * math.sqrt((b + c) - (b - c) ** 2 / n) / n
    return {"low": (b - c) / n - half, "high": (b - c) / n + half}


def case(a, b, c, d, confidence):
    return {"a": a, "b": b, "c": c, "d": d, "confidence": confidence, **newcombe_paired(a, b, c, d, confidence), "wald": wald(a, b, c, d, confidence)}


def main():
    data = {
        "generator": {"script": "test/reference/paired.py", "numpy": np.__version__, "statsmodels": statsmodels.__version__, "scipy": scipy.__version__},
        "z": {str(c): float(norm.ppf(1 - (1 - c) / 2)) for c in CONFIDENCES},
        "cases": [case(*t, confidence) for confidence in CONFIDENCES for t in PUBLISHED + MODELS + TINY],
    }
    with open(OUT, "w") as f:
        json.dump(data, f, indent=1, allow_nan=False)
        f.write("\n")


main()
