#!/usr/bin/env python3
"""Validate gold.jsonl against articles.jsonl.

    python3 check.py [--strict-case]

Checks: every line parses and has the required fields; relation and types
are those of the guideline; dates are ISO; every doc id is an article; for
each non-date side, the label or one of its alternatives occurs literally in
the article (NFC; exact, or with --strict-case off also case-insensitively,
reported as a note); no duplicate (doc, s, p, o).
Exit status 1 on any error.
"""
import json
import os
import re
import sys
import unicodedata
from collections import Counter

# The gold set's folder: this one, or the one given (tests/devgold-heldout).
HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
RELATIONS = {
    "holds_title": ({"Person"}, {"Position"}),
    "position_of": ({"Position"}, {"Organization"}),
    "awards": ({"Organization", "Person"}, {"Organization", "Person"}),
    "received_award": ({"Organization", "Person"}, {"Award"}),
    "organizes": ({"Organization"}, {"Event"}),
    "chairs": ({"Person", "Organization"}, {"Event"}),
    "attends": ({"Person", "Organization"}, {"Event"}),
    "held_in": ({"Event"}, {"Location"}),
    "held_on": ({"Event"}, {"Date"}),
}
QUOTES = str.maketrans({c: '"' for c in "“”„«»"})


def nfc(s):
    return unicodedata.normalize("NFC", s)


def main():
    strict = "--strict-case" in sys.argv
    texts = {}
    with open(os.path.join(HERE, "articles.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            a = json.loads(line)
            texts[a["id"]] = nfc(a["text"])
    errors, notes = [], []
    seen = Counter()
    with open(os.path.join(HERE, "gold.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            where = f"gold.jsonl:{n}"
            try:
                g = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"{where}: not JSON: {e}")
                continue
            for k in ("doc", "s", "s_type", "p", "o", "o_type"):
                if not isinstance(g.get(k), str) or not g[k]:
                    errors.append(f"{where}: missing {k}")
            if g.get("p") not in RELATIONS:
                errors.append(f"{where}: unknown relation {g.get('p')}")
                continue
            st, ot = RELATIONS[g["p"]]
            if g["s_type"] not in st or g["o_type"] not in ot:
                errors.append(f"{where}: types {g['s_type']}->{g['o_type']} for {g['p']}")
            if g["doc"] not in texts:
                errors.append(f"{where}: unknown doc {g['doc']}")
                continue
            seen[(g["doc"], g["s"], g["p"], g["o"])] += 1
            text = texts[g["doc"]]
            low = text.casefold()
            for side in ("s", "o"):
                if g[f"{side}_type"] == "Date":
                    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", g[side]):
                        errors.append(f"{where}: bad date {g[side]}")
                    continue
                forms = [g[side]] + list(g.get(f"{side}_alt", []))
                variants = [nfc(x) for x in forms] + [nfc(x).translate(QUOTES) for x in forms]
                plain = text.translate(QUOTES)
                if any(v in text or v in plain for v in variants):
                    continue
                if not strict and any(v.casefold() in low or v.casefold() in plain.casefold()
                                      for v in variants):
                    notes.append(f"{where}: only case-insensitive: {g[side]!r}")
                    continue
                errors.append(f"{where}: {side}={g[side]!r} nor its alternatives occur in {g['doc']}")
    for k, c in seen.items():
        if c > 1:
            errors.append(f"duplicate triple {k}")
    for m in notes:
        print("note:", m)
    for e in errors:
        print("error:", e)
    docs = {d for d, *_ in seen}
    print(f"{sum(seen.values())} triples, {len(docs)} of {len(texts)} articles, "
          f"{len(errors)} errors, {len(notes)} notes")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
