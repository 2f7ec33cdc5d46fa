#!/usr/bin/python3
"""Reference values for src/measure/latency-stats.ts and src/measure/float16.ts, from NumPy and SciPy.

Run with Debian's python3 (apt-get install python3-numpy python3-scipy):
    /usr/bin/python3 test/reference/latency.py
It writes test/fixtures/reference/latency.json; test/measure/latency-stats.test.ts compares to 1e-9.

The interval rule (written out here independently of the TypeScript): for the q-quantile of n run
times, B ~ Binomial(n, q) counts the runs below it, and [x(l), x(u)] (1-based order statistics)
covers it with probability P(l <= B <= u - 1) = cdf(u - 1) - cdf(l - 1). Among the pairs whose
coverage reaches the confidence, take the narrowest (u - l), then the highest coverage (ties within
1e-12 count as equal), then the lowest l.
"""
import json
import os

import numpy as np
import scipy
from scipy.stats import binom

OUT = os.path.join(os.path.dirname(__file__), "..", "fixtures", "reference", "latency.json")
PERCENTILES = {"p50": 0.5, "p90": 0.9, "p95": 0.95, "p99": 0.99}
TIE = 1e-12


def interval(sorted_x, q, confidence):
    n = len(sorted_x)
    if n < 2:
        return None
    # cdf[j] = P(B <= j - 1) for j = 0 .. n + 1, so coverage(l, u) = cdf[u] - cdf[l]
    cdf = binom.cdf(np.arange(-1, n + 1), n, q)
    best = None
    for l in range(1, n):
        # smallest u > l with cdf[u] >= cdf[l] + confidence
        u = max(int(np.searchsorted(cdf, cdf[l] + confidence, side="left")), l + 1)
        while u <= n and cdf[u] - cdf[l] < confidence:
            u += 1
        if u > n:
            continue
        coverage = cdf[u] - cdf[l]
        if best is None or u - l < best[1] - best[0] or (u - l == best[1] - best[0] and coverage > best[2] + TIE):
            best = (l, u, coverage)
    if n <= 400:
        assert best == brute_force(n, q, confidence, cdf), (n, q, confidence)
    if best is None:
        return None
    l, u, coverage = best
    return {"low": float(sorted_x[l - 1]), "high": float(sorted_x[u - 1]), "ranks": {"low": l, "high": u}, "coverage": float(coverage)}


def brute_force(n, q, confidence, cdf):
    """Every pair, in order of width, then of l: the same rule by enumeration."""
    best = None
    for width in range(1, n):
        for l in range(1, n - width + 1):
            coverage = cdf[l + width] - cdf[l]
            if coverage >= confidence and (best is None or coverage > best[2] + TIE):
                best = (l, l + width, coverage)
        if best is not None:
            return best
    return None


def minimum_samples(q, confidence):
    n = 2
    while 1 - q ** n - (1 - q) ** n < confidence:
        n += 1
    return n


def stats(x, batch_size):
    s = np.sort(x)
    n = len(s)
    out = {
        "samples": n,
        "meanMs": float(np.mean(s)),
        "maxMs": float(np.max(s)),
        "throughputPerSecond": float(batch_size * n / (np.sum(s) / 1000)),
        "p50Interval": interval(s, 0.5, 0.95),
        "p99Interval": interval(s, 0.99, 0.95),
    }
    for name, q in PERCENTILES.items():
        out[name + "Ms"] = float(np.quantile(s, q))  # NumPy's default method, 'linear'
    return out


def ratios(candidate, baseline):
    c, b = np.sort(candidate), np.sort(baseline)
    out = {}
    for name, q in PERCENTILES.items():
        ci, bi = interval(c, q, 0.975), interval(b, q, 0.975)
        out[name] = {
            "ratio": float(np.quantile(c, q) / np.quantile(b, q)),
            "interval": None if ci is None or bi is None else {"low": ci["low"] / bi["high"], "high": ci["high"] / bi["low"]},
        }
    return out


def timings(rng, n, median_ms, spread):
    """Run times as a clock with nanosecond ticks gives them: a floor plus a right-skewed tail."""
    x = median_ms * (0.8 + 0.2 * rng.lognormal(0.0, spread, n))
    return np.round(x * 1e6) / 1e6


def main():
    rng = np.random.default_rng(20240604)
    samples = []
    for n, batch in [(1, 1), (2, 1), (5, 4), (20, 1), (100, 8), (298, 1), (299, 1), (300, 2), (366, 1), (367, 1), (1000, 1), (3001, 16)]:
        x = timings(rng, n, 2.5, 0.6)
        samples.append({"name": f"{n} runs, batch {batch}", "batchSize": batch, "durationsMs": x.tolist(), "expected": stats(x, batch)})
    tied = np.array([1.0, 1.0, 1.0, 2.0, 2.0, 3.0, 1.0, 2.0] * 10)
    samples.append({"name": "80 runs with ties", "batchSize": 1, "durationsMs": tied.tolist(), "expected": stats(tied, 1)})

    comparisons = []
    for n in [50, 300, 400, 1000]:
        base = timings(rng, n, 4.0, 0.4)
        cand = timings(rng, n, 3.0, 0.5)
        comparisons.append({"name": f"{n} interleaved runs", "candidateMs": cand.tolist(), "baselineMs": base.tolist(), "expected": ratios(cand, base)})

    minimums = [{"q": q, "confidence": c, "n": minimum_samples(q, c)} for q in PERCENTILES.values() for c in (0.95, 0.975)]

    halves = [0.0, -0.0, 1.0, -2.5, 0.1, 1 / 3, 65504.0, 65519.99, 65520.0, 1e6, -1e6, 2.0 ** -24, 2.0 ** -25, 3 * 2.0 ** -26,
              2.0 ** -14, 2.0 ** -14 - 2.0 ** -25, 6.1e-5, 1.0009765625, 1.00048828125, 1.00146484375, 1.0 + 2.0 ** -11 + 2.0 ** -30,
              2047.5, 2049.0, 0.99951171875]
    halves += rng.normal(0, 100, 40).tolist() + rng.uniform(0, 1, 40).tolist()
    with np.errstate(over="ignore"):  # 1e6 overflows to infinity, as it should
        float16 = [{"value": v, "bits": int(np.array([v]).astype(np.float16).view(np.uint16)[0])} for v in halves]

    data = {
        "generator": {"script": "test/reference/latency.py", "numpy": np.__version__, "scipy": scipy.__version__},
        "samples": samples,
        "comparisons": comparisons,
        "minimumSamples": minimums,
        "float16": float16,
    }
    with open(OUT, "w") as f:
        json.dump(data, f, indent=None, separators=(",", ":"), allow_nan=False)
        f.write("\n")


main()
