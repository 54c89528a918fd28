#!/usr/bin/env python3
"""Long inputs for bench/long_input.sh (issue 16): writes a one-document
corpus (manifest.yaml + long.en.txt) into OUT.

  gen_long.py line  OUT BYTES   one operative paragraph on a single line of
                                BYTES bytes, dense with dates, resolution and
                                document symbols, meetings, a report and a
                                session (about 8 entities per 210 bytes)
  gen_long.py lines OUT LINES   one operative paragraph of LINES short lines
                                (a date every fourth line), no blank line
"""
import os
import sys

MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]


def main():
    kind, out, size = sys.argv[1], sys.argv[2], int(float(sys.argv[3]))
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "manifest.yaml"), "w") as m:
        m.write("series:\n  - id: s\n    title: Security Council\n    body: UNSC\n"
                "documents:\n  - id: d1\n    file: long.en.txt\n    series: s\n"
                "    language: en\n    date: 2020-01-01\n    kind: resolution\n")
    with open(os.path.join(out, "long.en.txt"), "w") as f:
        f.write("The Security Council,\n\n1. Recalls ")
        if kind == "line":
            n = i = 0
            while n < size:
                y, mo, d = 1990 + i % 30, MONTHS[i % 12], 1 + i % 28
                s = (f"the meeting of the Security Council held on {d} {mo} {y} and {d + 1} {mo} {y}, "
                     f"resolution {1000 + i % 999} ({y}), document S/{y}/{100 + i % 900}, the report "
                     f"of the Secretary-General dated {d} {MONTHS[(i + 3) % 12]} {y}, "
                     f"its {1 + i % 70}th session, ")
                f.write(s)
                n += len(s)
                i += 1
        else:
            f.write("\n")
            for i in range(size):
                f.write(f"on {1 + i % 28} {MONTHS[i % 12]} {1990 + i % 30}\n" if i % 4 == 0
                        else f"and words {i}\n")
        f.write("and decides to remain seized of the matter.\n")


if __name__ == "__main__":
    main()
