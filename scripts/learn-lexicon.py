#!/usr/bin/env python3
"""Learns a French<->English word lexicon from parallel paragraphs.

Reads the paragraphs.json files of ../shared/corpora/unsc-dev (UN Security
Council resolutions aligned paragraph by paragraph in several languages),
trains IBM Model 1 in both directions (t(fr|en) and t(en|fr), a NULL word on
the source side, uniform start, a few EM iterations) and writes the word
pairs that are likely in both directions as a TSV lexicon:

    en <TAB> fr <TAB> p(fr|en) <TAB> p(en|fr)

Words are lower-cased surface forms (letters only); the aligner stems them
with its own Snowball stemmers when it loads the file. Python standard
library only, deterministic (sorted input, fixed iteration order, rounded
output), so the same corpus gives a byte-identical file.

Usage:
    scripts/learn-lexicon.py ../shared/corpora/unsc-dev > rules/lexicon/en-fr.tsv
"""

import argparse
import collections
import datetime
import glob
import json
import os
import re
import sys

WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def words(text):
    return [w.lower() for w in WORD.findall(text)]


def read_pairs(root, max_len):
    """Distinct (en, fr) paragraph pairs, as word lists, in a fixed order."""
    seen = set()
    pairs = []
    for path in sorted(glob.glob(os.path.join(root, "*", "paragraphs.json"))):
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        for res in data["files"]:
            for para in res["paras"]:
                en, fr = para.get("en"), para.get("fr")
                if not en or not fr:
                    continue
                e, g = words(en), words(fr)
                if not e or not g or len(e) > max_len or len(g) > max_len:
                    continue
                key = (" ".join(e), " ".join(g))
                if key in seen:
                    continue
                seen.add(key)
                pairs.append((e, g))
    return pairs


def model1(pairs, iterations):
    """t[target][source] = p(target | source) after `iterations` EM steps.

    `pairs` holds (source words, target words); source index 0 of every
    sentence is the NULL word (None)."""
    targets = sorted({w for _, tgt in pairs for w in tgt})
    uniform = 1.0 / len(targets)
    t = collections.defaultdict(dict)  # target -> {source: p}
    for src, tgt in pairs:
        srcn = [None] + src
        for f in tgt:
            row = t[f]
            for e in srcn:
                row[e] = uniform
    for it in range(iterations):
        count = collections.defaultdict(float)  # (f, e)
        total = collections.defaultdict(float)  # e
        for src, tgt in pairs:
            srcn = [None] + src
            for f in tgt:
                row = t[f]
                z = 0.0
                for e in srcn:
                    z += row[e]
                for e in srcn:
                    c = row[e] / z
                    count[(f, e)] += c
                    total[e] += c
        for (f, e), c in count.items():
            t[f][e] = c / total[e]
        print(f"  iteration {it + 1}/{iterations}", file=sys.stderr)
    return t


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", help="unsc-dev folder (holds */paragraphs.json)")
    ap.add_argument("--iterations", type=int, default=5)
    ap.add_argument("--max-len", type=int, default=220, help="longest paragraph kept, in words")
    ap.add_argument("--min-prob", type=float, default=0.1, help="least p in each direction")
    ap.add_argument("--min-count", type=int, default=3, help="least paragraphs holding both words")
    ap.add_argument("--top", type=int, default=3, help="translations kept per word and direction")
    ap.add_argument("--date", default=None, help="date written in the header (default: today)")
    args = ap.parse_args()

    pairs = read_pairs(args.corpus, args.max_len)
    print(f"{len(pairs)} distinct paragraph pairs", file=sys.stderr)
    print("en -> fr", file=sys.stderr)
    fr_given_en = model1(pairs, args.iterations)
    print("fr -> en", file=sys.stderr)
    en_given_fr = model1([(g, e) for e, g in pairs], args.iterations)

    # How many paragraph pairs hold both words: rare co-occurrences are noise.
    together = collections.Counter()
    for e, g in pairs:
        for a in set(e):
            for b in set(g):
                together[(a, b)] += 1

    def best(table, top):
        """source -> its `top` likeliest targets with p >= min_prob."""
        by_source = collections.defaultdict(list)
        for target, row in table.items():
            for source, p in row.items():
                if source is not None and p >= args.min_prob:
                    by_source[source].append((-p, target))
        return {s: [t for _, t in sorted(v)[:top]] for s, v in by_source.items()}

    fr_of_en = best(fr_given_en, args.top)
    en_of_fr = best(en_given_fr, args.top)
    rows = set()
    for en, frs in fr_of_en.items():
        for fr in frs:
            rows.add((en, fr))
    for fr, ens in en_of_fr.items():
        for en in ens:
            rows.add((en, fr))
    out = []
    for en, fr in sorted(rows):
        p_fe = fr_given_en.get(fr, {}).get(en, 0.0)
        p_ef = en_given_fr.get(en, {}).get(fr, 0.0)
        # Likely in both directions, or very likely in one.
        if min(p_fe, p_ef) < args.min_prob / 2 and max(p_fe, p_ef) < 0.5:
            continue
        if together[(en, fr)] < args.min_count:
            continue
        out.append(f"{en}\t{fr}\t{p_fe:.3f}\t{p_ef:.3f}")

    date = args.date or datetime.date.today().isoformat()
    print("# French-English word lexicon learned with IBM Model 1 (both directions).")
    print("# Corpus: ../shared/corpora/unsc-dev/*/paragraphs.json (UN Security Council")
    print("# resolutions, English and French paragraphs aligned by key; source: United Nations).")
    print(f"# Date: {date}. {len(pairs)} distinct paragraph pairs, {args.iterations} EM iterations.")
    print(
        "# Command: scripts/learn-lexicon.py ../shared/corpora/unsc-dev"
        f" --iterations {args.iterations} --max-len {args.max_len} --min-prob {args.min_prob}"
        f" --min-count {args.min_count} --top {args.top} > rules/lexicon/en-fr.tsv"
    )
    print("# Columns: en word, fr word, p(fr|en), p(en|fr). Lower-cased surface forms;")
    print("# the aligner stems them when it loads the file. The glossary takes priority.")
    for line in out:
        print(line)


if __name__ == "__main__":
    main()
