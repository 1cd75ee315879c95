#!/usr/bin/env python3
"""Spread of the paired statistic at several fork lengths (issue 10), from A/A runs made by run.sh.

For every setting directory and benchmark: the sd of ln(candidate fork median / base fork median) over the pairs
(the quantity a paired t's power depends on) with its 95% chi-square interval, the mean single-fork wall time from
run.json, and, from the sd, the pairs a paired t needs for 90% power against a 10% change at Holm's first step of a
comment with M tests at alpha 0.01 (M = 70, one shard of the workflow; M = 280, the four shards merged), with the
wall time those pairs take for that one benchmark (2 forks a pair).

usage: spread.py DIR SETTING...   (prints Markdown)
"""
import json
import math
import os
import statistics
import sys
from collections import defaultdict

from scipy import stats

ALPHA = 0.01
DELTA = math.log(1.10)


def fork_medians(entry):
    return [statistics.median(f) for f in entry["primaryMetric"]["rawData"]]


def power(sd, m, n):
    """Power of a two-sided paired t with n pairs at level ALPHA/m against a shift of DELTA (noncentral t)."""
    level = ALPHA / m
    df = n - 1
    crit = stats.t.ppf(1 - level / 2, df)
    nc = DELTA / (sd / math.sqrt(n))
    return stats.nct.sf(crit, df, nc) + stats.nct.cdf(-crit, df, nc)


def pairs_needed(sd, m):
    """Smallest n with power >= 0.9."""
    for n in range(3, 5000):
        if power(sd, m, n) >= 0.9:
            return n
    return None


def main():
    root, settings = sys.argv[1], sys.argv[2:]
    print("| setting | benchmark | pairs | fork s | sd ln pair ratio [95% CI] | sd ln fork (base) "
          "| power at 10 pairs, M=280 | pairs for 90% power, M=70 / M=280 | wall for those pairs, M=280 |")
    print("|---|---|--:|--:|---|--:|--:|--:|--:|")
    for setting in settings:
        d = os.path.join(root, setting)
        base = json.load(open(os.path.join(d, "base", "results.json")))
        cand = json.load(open(os.path.join(d, "candidate", "results.json")))
        run = json.load(open(os.path.join(d, "run.json")))
        seconds = defaultdict(list)
        for fork in run["forks"]:
            if fork["outcome"] == "ok":
                seconds[fork["unit"]].append(fork["seconds"])
        for i, (b, c) in enumerate(zip(base, cand)):
            assert b["benchmark"] == c["benchmark"] and b.get("params") == c.get("params")
            fb, fc = fork_medians(b), fork_medians(c)
            r = [math.log(y / x) for x, y in zip(fb, fc)]
            n = len(r)
            sd = statistics.stdev(r)
            lo = sd * math.sqrt((n - 1) / stats.chi2.ppf(0.975, n - 1))
            hi = sd * math.sqrt((n - 1) / stats.chi2.ppf(0.025, n - 1))
            sd_fork = statistics.stdev([math.log(x) for x in fb])
            n70, n280 = pairs_needed(sd, 70), pairs_needed(sd, 280)
            fork_s = statistics.mean(seconds[i + 1]) if seconds[i + 1] else float("nan")
            wall = n280 * 2 * fork_s if n280 else float("nan")
            name = b["benchmark"].rsplit(".", 2)
            print(f"| {setting} | {name[-2]}.{name[-1]} | {n} | {fork_s:.1f} | {sd:.3f} [{lo:.3f}, {hi:.3f}] "
                  f"| {sd_fork:.3f} | {power(sd, 280, 10):.0%} | {n70} / {n280} | {wall / 60:.0f} min |")


main()
