#!/usr/bin/env python3
"""Writes two versions of one large resolution-like text (about SIZE bytes,
default 100 KB) for the word-diff benchmark, from the English paragraphs of
../shared/corpora/unsc-dev: OLD is a long run of real paragraphs; NEW is OLD
edited the way a next session's draft is (years moved on, paragraphs
dropped, added and swapped, words removed). Deterministic (fixed seed).

usage: gen_pair.py UNSC_DEV_DIR OLD NEW [SIZE]
"""
import json
import os
import random
import re
import sys

YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    base, old_path, new_path = sys.argv[1:4]
    size = int(sys.argv[4]) if len(sys.argv) > 4 else 100_000
    rng = random.Random(2025)
    paras = []
    for name in sorted(os.listdir(base)):
        path = os.path.join(base, name, "paragraphs.json")
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                for r in json.load(f)["files"]:
                    paras += [p["en"] for p in r["paras"] if p.get("en")]
    old, total = [], 0
    for p in paras:
        if total >= size:
            break
        old.append(p)
        total += len(p) + 2
    new = []
    for p in old:
        r = rng.random()
        if r < 0.05:
            continue  # dropped
        p = YEAR.sub(lambda m: str(int(m.group(1)) + 1), p)
        if rng.random() < 0.2:
            words = p.split(" ")
            if len(words) > 6:
                del words[rng.randrange(1, len(words) - 1)]
            p = " ".join(words)
        new.append(p)
        if r > 0.95:
            new.append(rng.choice(paras))  # added
    for _ in range(len(new) // 50):
        i = rng.randrange(len(new) - 1)
        new[i], new[i + 1] = new[i + 1], new[i]

    def number(ps):
        return "".join(f"{i + 1}. {p}\n\n" for i, p in enumerate(ps))

    head = "Resolution on the situation\n\nThe Security Council,\n\n"
    with open(old_path, "w", encoding="utf-8") as f:
        f.write(head + number(old))
    with open(new_path, "w", encoding="utf-8") as f:
        f.write(head + number(new))


if __name__ == "__main__":
    main()
