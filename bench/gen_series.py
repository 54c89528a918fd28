#!/usr/bin/env python3
"""Writes a synthetic corpus of UN Security Council style resolutions for the
alignment benchmark, made from the real paragraphs of ../shared/corpora/unsc-dev
(paragraphs.json: English and French text of every paragraph).

Each series starts from one real resolution; every next session copies the
previous text and edits it the way drafters do: a paragraph dropped, one
taken from another resolution, two paragraphs swapped, years moved on, a word
removed here and there, operative paragraphs renumbered. Every fifth session
also has the French text. Deterministic (fixed seed).

usage: gen_series.py UNSC_DEV_DIR OUT_DIR DOCUMENTS [SERIES]
"""
import json
import os
import random
import re
import sys


def load_paragraphs(base):
    resolutions = []
    for name in sorted(os.listdir(base)):
        path = os.path.join(base, name, "paragraphs.json")
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as f:
            for r in json.load(f)["files"]:
                paras = [p for p in r["paras"] if p.get("en") and p.get("fr")]
                if paras:
                    resolutions.append(paras)
    return resolutions


YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")


def bump_years(text, by):
    return YEAR.sub(lambda m: str(int(m.group(1)) + by), text)


def render(paras, lang, number, year, date):
    head = {
        "en": f"S/RES/{number} ({year})\n\nResolution {number} ({year})\n\n"
        f"Adopted by the Security Council on {date}\n\nThe Security Council,\n\n",
        "fr": f"S/RES/{number} ({year})\n\nRésolution {number} ({year})\n\n"
        f"Adoptée par le Conseil de sécurité le {date}\n\nLe Conseil de sécurité,\n\n",
    }[lang]
    out = [head]
    op = 0
    for p in paras:
        text = p[lang]
        key = p["key"]
        if key.startswith("op.") and key.count(".") == 1:
            op += 1
            text = re.sub(r"^\d+\.\s*", "", text)
            text = f"{op}. {text}"
        out.append(text + "\n\n")
    return "".join(out)


def evolve(paras, pool, rng, size):
    paras = [dict(p) for p in paras]
    ops = [i for i, p in enumerate(paras) if p["key"].startswith("op.")]
    # Texts neither grow nor shrink for long: a paragraph goes about as often
    # as one comes.
    drop = 0.5 if len(paras) > size else 0.3
    if len(ops) > 3 and rng.random() < drop:
        del paras[rng.choice(ops)]
    if rng.random() < (0.3 if len(paras) > size else 0.45):
        donor = rng.choice(pool)
        extra = [p for p in donor if p["key"].startswith("op.") and p["key"].count(".") == 1]
        if extra:
            new = dict(rng.choice(extra))
            ops = [i for i, p in enumerate(paras) if p["key"].startswith("op.")]
            paras.insert(rng.choice(ops) if ops else len(paras), new)
    if len(paras) > 4 and rng.random() < 0.3:
        i = rng.randrange(1, len(paras) - 1)
        if paras[i]["key"].count(".") == paras[i + 1]["key"].count(".") == 1:
            paras[i], paras[i + 1] = paras[i + 1], paras[i]
    for p in paras:
        p["en"] = bump_years(p["en"], 1)
        p["fr"] = bump_years(p["fr"], 1)
        if rng.random() < 0.05:
            words = p["en"].split(" ")
            if len(words) > 8:
                del words[rng.randrange(2, len(words) - 1)]
                p["en"] = " ".join(words)
    return paras


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    base, out, documents = sys.argv[1], sys.argv[2], int(sys.argv[3])
    series_count = int(sys.argv[4]) if len(sys.argv) > 4 else 1
    rng = random.Random(20240131)
    pool = load_paragraphs(base)
    if not pool:
        sys.exit(f"gen_series: no paragraphs.json under {base}")
    os.makedirs(out, exist_ok=True)
    manifest = ["series:"]
    for s in range(series_count):
        manifest.append(f"  - id: syn-{s:03d}\n    title: Synthetic series {s}")
    manifest.append("documents:")
    # Series start from resolutions of ordinary length (6 to 15 KB in
    # English), like most mandate renewals.
    bases = [r for r in pool if 6000 <= sum(len(p["en"]) for p in r) <= 15000] or pool
    state = [bases[s % len(bases)] for s in range(series_count)]
    sizes = [len(p) for p in state]
    sessions = [0] * series_count
    written = 0
    while written < documents:
        for s in range(series_count):
            if written >= documents:
                break
            k = sessions[s]
            sessions[s] += 1
            if k > 0:
                state[s] = evolve(state[s], pool, rng, sizes[s])
            year = 2000 + k // 12
            date = f"{year}-{k % 12 + 1:02d}-15"
            number = 3000 + written
            langs = ["en", "fr"] if k % 5 == 0 and written + 1 < documents else ["en"]
            for lang in langs:
                rel = f"syn-{s:03d}/{k:04d}.{lang}.txt"
                os.makedirs(os.path.join(out, f"syn-{s:03d}"), exist_ok=True)
                with open(os.path.join(out, rel), "w", encoding="utf-8") as f:
                    f.write(render(state[s], lang, number, year, date))
                manifest.append(
                    f"  - id: syn-{s:03d}-{k:04d}-{lang}\n    file: {rel}\n    series: syn-{s:03d}\n"
                    f"    kind: resolution\n    language: {lang}\n    date: {date}\n    session: '{k}'"
                )
                written += 1
    with open(os.path.join(out, "manifest.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(manifest) + "\n")


if __name__ == "__main__":
    main()
