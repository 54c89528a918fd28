#!/usr/bin/env python3
"""Lists the clause pairs of the gold threads that a tracker.json misses or adds.

Development aid for the aligner (tests/align/gold_test.cc gives the score):

    clausetrack track --out /tmp/out && scripts/gold-misses.py /tmp/out/tracker.json

Each missed (or wrong) pair is printed with its kind: cross-language (fr/en),
same document, lead-in or sub-item involved, else same-language rewording;
then counts by kind.
"""

import collections
import itertools
import json
import sys

import yaml

GOLD = "tests/align/gold/cg-jk-threads.yaml"


def pairs_of(groups):
    out = set()
    for members in groups:
        for a, b in itertools.combinations(sorted(set(members)), 2):
            out.add((a, b))
    return out


def main():
    tracker = json.load(open(sys.argv[1], encoding="utf-8"))
    gold = yaml.safe_load(open(sys.argv[2] if len(sys.argv) > 2 else GOLD, encoding="utf-8"))
    docs = set(gold["documents"])
    furniture = set(gold["furniture"])
    lang = {d["id"]: d["language"] for d in tracker["documents"]}
    clauses = {c["id"]: c for c in tracker["clauses"]}
    gold_pairs = pairs_of(t["members"] for t in gold["threads"])
    keep = lambda cid: cid.split("/")[0] in docs and cid not in furniture
    predicted = pairs_of(
        [m["clause"] for m in t["members"] if keep(m["clause"])] for t in tracker["threads"]
    )

    def kind(a, b):
        da, db = a.split("/")[0], b.split("/")[0]
        ca, cb = clauses.get(a, {}), clauses.get(b, {})
        if da == db:
            return "same-doc"
        if "list-item" in (ca.get("role"), cb.get("role")) or "." in a.split("/")[1].replace("pre.", "").replace("p.", "").replace("h.", "").replace("s2.", ""):
            return "sub-item"
        if lang[da] != lang[db]:
            return "cross-lang"
        return "same-lang"

    def show(title, ps):
        print(f"== {title}: {len(ps)}")
        by = collections.Counter()
        for a, b in sorted(ps):
            k = kind(a, b)
            by[k] += 1
            ta = clauses.get(a, {}).get("text", "?")[:70]
            tb = clauses.get(b, {}).get("text", "?")[:70]
            print(f"[{k}] {a} | {b}\n    {ta}\n    {tb}")
        print(f"-- {title} by kind: {dict(by)}")

    correct = gold_pairs & predicted
    print(f"gold {len(gold_pairs)} predicted {len(predicted)} correct {len(correct)}")
    show("missed", gold_pairs - predicted)
    show("wrong", predicted - gold_pairs)


if __name__ == "__main__":
    main()
