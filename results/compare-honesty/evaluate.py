#!/usr/bin/env python3
"""Splits an interleaved run (benchmarks.jar --compare-with ... --out RUN) into disjoint groups of N pairs and
compares every group three ways with the real tools:

  paired      analysis.jar (this branch) on RUN-like group directories with run.json: paired t on log pair ratios
  unpaired    the same analysis.jar on the same forks without run.json: Welch on log fork medians
  iterations  the analysis.jar of main before issue 10 (Mann-Whitney U on all iterations + bootstrap interval)

All three apply their own multiple-comparison rule (the first two Holm over the comment, the third none).
It also measures, over all pairs of the run, the spread of the log pair ratios and of the log fork values per
benchmark, the ratio with its 95% interval, and a power curve by subsampling n pairs (paired t + Holm in numpy,
the same formulas as ForkTest and Holm in the analysis module).

usage: evaluate.py RUN_DIR N FORKS_JAR ITERATIONS_JAR   (writes RUN_DIR/evaluation-N<N>.json and prints Markdown)
"""
import json
import math
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile

import numpy as np
from scipy import stats

run_dir, n, forks_jar, iterations_jar = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
ALPHA = 0.01
base = json.load(open(os.path.join(run_dir, "base", "results.json")))
candidate = json.load(open(os.path.join(run_dir, "candidate", "results.json")))
run = json.load(open(os.path.join(run_dir, "run.json")))
pairs = min(len(e["primaryMetric"]["rawData"]) for e in base + candidate)
groups = pairs // n


def sliced(entries, start, stop):
    out = []
    for e in entries:
        e = json.loads(json.dumps(e))
        e["forks"] = stop - start
        e["primaryMetric"]["rawData"] = e["primaryMetric"]["rawData"][start:stop]
        for m in e.get("secondaryMetrics", {}).values():
            if "rawData" in m:
                m["rawData"] = m["rawData"][start:stop]
        out.append(e)
    return out


def write(path, value):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        json.dump(value, f)


def compare(jar, b, c):
    out = subprocess.run(["java", "-jar", jar, "compare", b, c, "--format", "json"], capture_output=True, text=True)
    if out.returncode not in (0, 1):
        raise SystemExit("compare failed: " + out.stderr)
    doc = json.loads(out.stdout)
    rows = []
    for r in doc["results"]:
        for m in r["metrics"]:
            rows.append((r["benchmark"].split(".")[-1], m["metric"], m["verdict"]))
    return rows


tmp = tempfile.mkdtemp(prefix="compare-eval-")
by_mode = {"paired": [], "unpaired": [], "iterations": []}
for g in range(groups):
    b, c = sliced(base, g * n, (g + 1) * n), sliced(candidate, g * n, (g + 1) * n)
    gdir = os.path.join(tmp, "g%d" % g)
    write(os.path.join(gdir, "paired", "base", "results.json"), b)
    write(os.path.join(gdir, "paired", "candidate", "results.json"), c)
    write(os.path.join(gdir, "paired", "run.json"), run)
    write(os.path.join(gdir, "unpaired", "base", "results.json"), b)
    write(os.path.join(gdir, "unpaired", "candidate", "results.json"), c)
    by_mode["paired"].append(compare(forks_jar, gdir + "/paired/base", gdir + "/paired/candidate"))
    by_mode["unpaired"].append(compare(forks_jar, gdir + "/unpaired/base", gdir + "/unpaired/candidate"))
    by_mode["iterations"].append(compare(iterations_jar, gdir + "/unpaired/base", gdir + "/unpaired/candidate"))
shutil.rmtree(tmp)

FLAG = ("improved", "regressed")
summary = {"run": run_dir, "pairs": pairs, "groupSize": n, "groups": groups, "modes": {}}
for mode, results in by_mode.items():
    per_line = {}
    for rows in results:
        for bench, metric, verdict in rows:
            per_line.setdefault(bench + " " + metric, []).append(verdict)
    summary["modes"][mode] = {
        "comparisons": sum(len(r) for r in results),
        "flagged": sum(1 for r in results for row in r if row[2] in FLAG),
        "commentsWithAFlag": sum(1 for r in results if any(row[2] in FLAG for row in r)),
        "flaggedPerLine": {k: sum(1 for v in vs if v in FLAG) for k, vs in per_line.items()},
        "verdictsPerLine": per_line,
    }


def fork_medians(entry, metric):
    data = entry["primaryMetric"] if metric == "score" else entry["secondaryMetrics"].get(metric)
    if data is None:
        return None
    return [statistics.median([v for v in f if isinstance(v, (int, float))] or [float("nan")]) for f in data["rawData"]]


spread = {}
for eb, ec in zip(base, candidate):
    name = eb["benchmark"].split(".")[-1]
    fb, fc = np.array(fork_medians(eb, "score")), np.array(fork_medians(ec, "score"))
    d = np.log(fc / fb)
    half = stats.t.ppf(0.975, len(d) - 1) * d.std(ddof=1) / math.sqrt(len(d))
    spread[name] = {
        "pairs": len(d),
        "sdLogPairRatio": float(d.std(ddof=1)),
        "sdLogForkBase": float(np.log(fb).std(ddof=1)),
        "sdLogForkCandidate": float(np.log(fc).std(ddof=1)),
        "ratio": float(math.exp(d.mean())),
        "ratioCi95": [float(math.exp(d.mean() - half)), float(math.exp(d.mean() + half))],
        "baseMedianNs": float(np.median(fb)),
        # pairs a paired t needs for 90% power at alpha/12 (Holm's first step over this comment's 12 tests)
        # for a 10% and a 5% change, with this spread (normal approximation)
        "pairsFor90PercentPower10": float(((stats.norm.ppf(1 - ALPHA / 24) + stats.norm.ppf(0.9)) * d.std(ddof=1)
                                           / math.log(1.10)) ** 2),
        "pairsFor90PercentPower5": float(((stats.norm.ppf(1 - ALPHA / 24) + stats.norm.ppf(0.9)) * d.std(ddof=1)
                                          / math.log(1.05)) ** 2),
    }
summary["spread"] = spread


def paired_p(b, c):
    if np.all(b > 0) and np.all(c > 0):
        d = np.log(c / b)
    else:
        d = c - b
    sd = d.std(ddof=1)
    if sd == 0:
        return 1.0 if d.mean() == 0 else 0.0
    return float(2 * stats.t.cdf(-abs(d.mean() / (sd / math.sqrt(len(d)))), len(d) - 1))


def holm(p):
    order = np.argsort(p)
    adjusted = np.empty(len(p))
    running = 0.0
    for rank, i in enumerate(order):
        running = max(running, min(1.0, (len(p) - rank) * p[i]))
        adjusted[i] = running
    return adjusted


lines = []
for eb, ec in zip(base, candidate):
    for metric in ["score", "gc.alloc.rate.norm"]:
        fb, fc = fork_medians(eb, metric), fork_medians(ec, metric)
        if fb is not None and fc is not None:
            lines.append((eb["benchmark"].split(".")[-1] + " " + metric, np.array(fb), np.array(fc)))
rng = random.Random(42)
curve = {}
for size in [4, 6, 8, 10, 12, 16, 20, 30]:
    if size > pairs:
        break
    flagged = {name: 0 for name, _, _ in lines}
    draws = 500
    for _ in range(draws):
        pick = rng.sample(range(pairs), size)
        p = np.array([paired_p(b[pick], c[pick]) for _, b, c in lines])
        adjusted = holm(p)
        for (name, b, c), q in zip(lines, adjusted):
            change = abs(math.exp(np.mean(np.log(c[pick] / b[pick]))) - 1) if np.all(b[pick] > 0) else 1
            if q < ALPHA and change > 0.05:
                flagged[name] += 1
    curve[size] = {name: k / draws for name, k in flagged.items()}
summary["subsampledFlagRate"] = curve
with open(os.path.join(run_dir, "evaluation-N%d.json" % n), "w") as f:
    json.dump(summary, f, indent=1)

print("## %s: %d pairs, groups of %d pairs: %d groups" % (run_dir, pairs, n, groups))
print()
print("| statistics | comparisons | flagged (improved or regressed) | comments with a flag |")
print("|---|--:|--:|--:|")
for mode, s in summary["modes"].items():
    print("| %s | %d | %d | %d of %d |" % (mode, s["comparisons"], s["flagged"], s["commentsWithAFlag"], groups))
print()
print("| line | paired | unpaired | iterations |")
print("|---|--:|--:|--:|")
for line in summary["modes"]["paired"]["flaggedPerLine"]:
    print("| %s | %s |" % (line, " | ".join("%d of %d" % (summary["modes"][m]["flaggedPerLine"].get(line, 0), groups)
                                           for m in ["paired", "unpaired", "iterations"])))
print()
print("| benchmark | pairs | base median ns/op | ratio [95% CI], all pairs | sd log pair ratio | sd log fork (base) "
      "| pairs for 90% power at 10% / 5% |")
print("|---|--:|--:|--:|--:|--:|--:|")
for name, s in spread.items():
    print("| %s | %d | %.0f | %.3f [%.3f, %.3f] | %.3f | %.3f | %.0f / %.0f |" % (
        name, s["pairs"], s["baseMedianNs"], s["ratio"], s["ratioCi95"][0], s["ratioCi95"][1], s["sdLogPairRatio"],
        s["sdLogForkBase"], s["pairsFor90PercentPower10"], s["pairsFor90PercentPower5"]))
print()
print("Flag rate of each score line over 500 random subsets of n pairs (paired t, Holm over the 12 lines):")
print()
names = [name for name, _, _ in lines if name.endswith(" score")]
print("| n | " + " | ".join(names) + " |")
print("|--:|" + "--:|" * len(names))
for size, rates in curve.items():
    print("| %d | %s |" % (size, " | ".join("%.2f" % rates[name] for name in names)))
