#!/usr/bin/env python3
"""Learns a word lexicon between English and another language from parallel paragraphs.

Reads the paragraphs.json files of ../shared/corpora/unsc-dev (UN Security
Council resolutions aligned paragraph by paragraph in several languages),
trains IBM Model 1 in both directions (t(b|a) and t(a|b), a NULL word on
the source side, uniform start, a few EM iterations) and writes the word
pairs that are likely in both directions as a TSV lexicon:

    a <TAB> b <TAB> p(b|a) <TAB> p(a|b)

Words are counted by stem, as the aligner looks them up (lower case, the
tool's Snowball stemmer read from libstemmer through ctypes, then folded), so
the inflections of a word pool their evidence (Russian cases, Arabic and
Spanish endings); each stem is written as its commonest surface form, which
the aligner stems back when it loads the file (--surface: the former
behaviour, surface forms counted apart). Arabic words are
counted normalised as the tool folds them (NFKD marks stripped: diacritics,
hamza and madda; tatweel dropped; alef wasla, alef maksura and teh marbuta
as alef, yeh and heh) and written as their commonest surface form, since
the tool stems before it folds. Chinese is cut into words with ICU's word break iterator (root locale,
the one the tool uses; Debian package python3-icu), not character bigrams,
so the words are the tokens the aligner looks up. Python standard library
(and python3-icu for Chinese), deterministic (sorted input, fixed iteration
order, rounded output), so the same corpus gives a byte-identical file.

Usage (the shipped lexicons, rules/glossary.yaml `lexicons:`):
    for l in fr ar zh ru es de; do
      scripts/learn-lexicon.py ../shared/corpora/unsc-dev --pair en $l > rules/lexicon/en-$l.tsv
    done
Held out (learn from some series only, to measure alignment on the others):
    scripts/learn-lexicon.py ../shared/corpora/unsc-dev --pair en ar --series a,b,c,d
"""

import argparse
import collections
import datetime
import glob
import json
import os
import re
import sys
import unicodedata

WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


ARABIC_FOLD = {0x640: None, 0x671: 0x627, 0x649: 0x64A, 0x629: 0x647}


def fold_arabic(word):
    """What the tool's text::fold does to an Arabic word."""
    nfkd = unicodedata.normalize("NFKD", word)
    bare = "".join(c for c in nfkd if not unicodedata.combining(c))
    return bare.translate(ARABIC_FOLD)


_breaker = None


def icu_words(text):
    """Words of `text` by ICU's word break iterator (root locale)."""
    global _breaker
    import icu  # python3-icu; only needed for Chinese

    if _breaker is None:
        _breaker = icu.BreakIterator.createWordInstance(icu.Locale.getRoot())
    _breaker.setText(text)
    out = []
    start = _breaker.first()
    for end in _breaker:
        piece = text[start:end]
        if WORD.fullmatch(piece):
            out.append(piece)
        start = end
    return out


# Snowball stemmers of the tool (rules/lang/*.yaml `stemmer:`), read from
# libstemmer itself through ctypes (Debian libstemmer0d, which the tool links),
# so a word is counted under the very stem the aligner looks up.
STEMMERS = {"en": "english", "fr": "french", "ar": "arabic", "ru": "russian",
            "es": "spanish", "de": "german"}


class Snowball:
    def __init__(self, algorithm):
        import ctypes
        import ctypes.util

        name = ctypes.util.find_library("stemmer") or "libstemmer.so.0d"
        lib = ctypes.CDLL(name)
        lib.sb_stemmer_new.restype = ctypes.c_void_p
        lib.sb_stemmer_new.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
        lib.sb_stemmer_stem.restype = ctypes.POINTER(ctypes.c_ubyte)
        lib.sb_stemmer_stem.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
        lib.sb_stemmer_length.restype = ctypes.c_int
        lib.sb_stemmer_length.argtypes = [ctypes.c_void_p]
        self.lib = lib
        self.sb = lib.sb_stemmer_new(algorithm.encode(), b"UTF_8")
        if not self.sb:
            raise SystemExit(f"libstemmer has no {algorithm} stemmer")
        self.memo = {}

    def __call__(self, word):
        out = self.memo.get(word)
        if out is None:
            b = word.encode("utf-8")
            r = self.lib.sb_stemmer_stem(self.sb, b, len(b))
            n = self.lib.sb_stemmer_length(self.sb)
            out = bytes(r[:n]).decode("utf-8", "replace") if r else word
            self.memo[word] = out
        return out


_stemmers = {}
USE_STEMS = True


def key_of(word, lang):
    """The word as the aligner looks it up: lower case, stemmed, folded (with
    --surface: folded only, the lexicons before stems)."""
    if USE_STEMS and lang in STEMMERS:
        if lang not in _stemmers:
            _stemmers[lang] = Snowball(STEMMERS[lang])
        word = _stemmers[lang](word)
    return fold_arabic(word) if USE_STEMS or lang == "ar" else word


_stopwords = {}


def is_stop(word, lang):
    """Whether the tool takes `word` for a stop word: the one-line
    `stopwords: [...]` list of rules/lang/LANG.yaml, folded as the tool folds."""
    if lang not in _stopwords:
        path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "rules", "lang",
                            lang + ".yaml")
        found = set()
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                for line in f:
                    if line.startswith("stopwords:") and "[" in line:
                        inner = line.split("[", 1)[1].rsplit("]", 1)[0]
                        found = {fold_arabic(w.strip().strip("'\"").lower()) for w in inner.split(",")}
        _stopwords[lang] = found
    return fold_arabic(word.lower()) in _stopwords[lang]


# Key (stem, or folded form) -> Counter of the surface forms seen, by language.
SURFACES = collections.defaultdict(collections.Counter)


def words(text, lang):
    if lang == "zh":
        return [w.lower() for w in icu_words(text)]
    found = [w.lower() for w in WORD.findall(text)]
    out = []
    for w in found:
        k = key_of(w, lang)
        if k:
            SURFACES[(lang, k)][w] += 1
            out.append((lang, k))
    return out


def surface_forms(pairs, a, b):
    """Words counted by stem (Arabic also folded), written back as the
    commonest surface form of the stem: the aligner stems the surface form,
    then folds (Snowball reads the teh marbuta and hamza that folding would
    have removed), which gives the stem back."""
    def canonical(lang, forms):
        ranked = sorted(forms.items(), key=lambda x: (-x[1], x[0]))
        # A stem that stands mostly for content words is not written as its
        # commonest form when that is a stop word, which the aligner drops
        # from a lexicon (Arabic "wala", "and not", 136 times in unsc-dev,
        # against 239 for the forms of "wilaya", "mandate").
        content = [x for x in ranked if not is_stop(x[0], lang)]
        if content and 2 * sum(n for _, n in content) > sum(n for _, n in ranked):
            return content[0][0]
        return ranked[0][0]

    canon = {k: canonical(k[0], c) for k, c in SURFACES.items()}
    fix = lambda ws: [canon[w] if isinstance(w, tuple) else w for w in ws]
    return [(fix(e), fix(g)) for e, g in pairs]


def read_pairs(root, max_len, a, b, series=None):
    """Distinct (a, b) paragraph pairs, as word lists, in a fixed order."""
    seen = set()
    pairs = []
    for path in sorted(glob.glob(os.path.join(root, "*", "paragraphs.json"))):
        if series is not None and os.path.basename(os.path.dirname(path)) not in series:
            continue
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        for res in data["files"]:
            for para in res["paras"]:
                en, fr = para.get(a), para.get(b)
                if not en or not fr:
                    continue
                e, g = words(en, a), words(fr, b)
                if not e or not g or len(e) > max_len or len(g) > max_len:
                    continue
                key = (repr(e), repr(g))
                if key in seen:
                    continue
                seen.add(key)
                pairs.append((e, g))
    return surface_forms(pairs, a, b)


def model1(pairs, iterations):
    """t[target][source] = p(target | source) after `iterations` EM steps.

    `pairs` holds (source words, target words); source index 0 of every
    sentence is the NULL word (None). Each sentence is read as its distinct
    words with their counts (the same sums as word by word, fewer steps)."""
    bags = []
    for src, tgt in pairs:
        s = collections.Counter(src)
        s[None] = 1
        srcs = sorted(s, key=lambda w: (w is not None, w or ""))
        bags.append((srcs, [s[e] for e in srcs], sorted(collections.Counter(tgt).items())))
    targets = sorted({w for _, tgt in pairs for w in tgt})
    uniform = 1.0 / len(targets)
    t = collections.defaultdict(dict)  # target -> {source: p}
    for srcs, _, tgts in bags:
        for f, _ in tgts:
            row = t[f]
            for e in srcs:
                row[e] = uniform
    for it in range(iterations):
        count = collections.defaultdict(lambda: collections.defaultdict(float))  # f -> e -> c
        total = collections.defaultdict(float)  # e
        for srcs, ces, tgts in bags:
            for f, cf in tgts:
                row = t[f]
                vals = [row[e] * ce for e, ce in zip(srcs, ces)]
                scale = cf / sum(vals)
                crow = count[f]
                for e, v in zip(srcs, vals):
                    c = v * scale
                    crow[e] += c
                    total[e] += c
        for f, crow in count.items():
            row = t[f]
            for e, c in crow.items():
                row[e] = c / total[e]
        print(f"  iteration {it + 1}/{iterations}", file=sys.stderr)
    return t


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", help="unsc-dev folder (holds */paragraphs.json)")
    ap.add_argument("--pair", nargs=2, default=["en", "fr"], metavar=("A", "B"),
                    help="the two languages (paragraphs.json keys), A first in each row")
    ap.add_argument("--series", default=None,
                    help="comma-separated series folders to learn from (default: all)")
    ap.add_argument("--iterations", type=int, default=5)
    ap.add_argument("--max-len", type=int, default=220, help="longest paragraph kept, in words")
    ap.add_argument("--min-prob", type=float, default=0.1, help="least p in each direction")
    ap.add_argument("--min-count", type=int, default=3, help="least paragraphs holding both words")
    ap.add_argument("--top", type=int, default=3, help="translations kept per word and direction")
    ap.add_argument("--date", default=None, help="date written in the header (default: today)")
    ap.add_argument("--surface", action="store_true",
                    help="count surface forms, not stems (the lexicons before 2026-12-07)")
    args = ap.parse_args()
    global USE_STEMS
    USE_STEMS = not args.surface

    a, b = args.pair
    series = set(args.series.split(",")) if args.series else None
    pairs = read_pairs(args.corpus, args.max_len, a, b, series)
    print(f"{len(pairs)} distinct paragraph pairs", file=sys.stderr)
    print(f"{a} -> {b}", file=sys.stderr)
    fr_given_en = model1(pairs, args.iterations)
    print(f"{b} -> {a}", file=sys.stderr)
    en_given_fr = model1([(g, e) for e, g in pairs], args.iterations)

    # How many paragraph pairs hold both words: rare co-occurrences are noise.
    together = collections.Counter()
    for e, g in pairs:
        for x in set(e):
            for y in set(g):
                together[(x, y)] += 1

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
    names = {"en": "English", "fr": "French", "ar": "Arabic", "zh": "Chinese",
             "ru": "Russian", "es": "Spanish", "de": "German"}
    na, nb = names.get(a, a), names.get(b, b)
    print(f"# {nb}-{na} word lexicon learned with IBM Model 1 (both directions).")
    print("# Corpus: ../shared/corpora/unsc-dev/*/paragraphs.json (UN Security Council")
    print(f"# resolutions, {na} and {nb} paragraphs aligned by key; source: United Nations).")
    if series is not None:
        print(f"# Series: {','.join(sorted(series))} only.")
    print(f"# Date: {date}. {len(pairs)} distinct paragraph pairs, {args.iterations} EM iterations.")
    pair_arg = "" if (a, b) == ("en", "fr") else f" --pair {a} {b}"
    series_arg = f" --series {','.join(sorted(series))}" if series is not None else ""
    print(
        f"# Command: scripts/learn-lexicon.py ../shared/corpora/unsc-dev{pair_arg}{series_arg}"
        f" --iterations {args.iterations} --max-len {args.max_len} --min-prob {args.min_prob}"
        f" --min-count {args.min_count} --top {args.top}{' --surface' if args.surface else ''}"
        f" > rules/lexicon/{a}-{b}.tsv"
    )
    if args.surface:
        print(f"# Columns: {a} word, {b} word, p({b}|{a}), p({a}|{b}). Lower-cased surface forms;")
        print("# the aligner stems them when it loads the file. The glossary takes priority.")
    else:
        print(f"# Columns: {a} word, {b} word, p({b}|{a}), p({a}|{b}). Words counted by stem, each")
        print("# written as the commonest lower-cased surface form of its stem; the aligner")
        print("# stems it back when it loads the file. The glossary takes priority.")
    for line in out:
        print(line)


if __name__ == "__main__":
    main()
