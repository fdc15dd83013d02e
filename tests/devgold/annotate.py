#!/usr/bin/env python3
"""Source of the development gold: hand annotations of the articles in
articles.jsonl, written as Python so that a position's holds_title and
position_of share one label and one list of alternative forms.

    python3 annotate.py            # writes gold.jsonl beside this file
    python3 annotate.py DIR        # the same for DIR/annotations.py

Conventions are in README.md. Every label or one of its alternatives must
occur literally in the article (check.py verifies it).
"""
import json
import os
import sys

# The gold set's folder: this one, or the one given (tests/devgold-heldout).
HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
OUT = []

# Forms shared by many documents (as in ../../shared/gold/seeds.jsonl).
UVTW_ALT = ["UVBCH TW", "Ủy viên Trung ương Đảng", "Ủy viên Ban Chấp hành Trung ương",
            "Ủy viên BCH TW", "Ủy viên BCH Trung ương", "Ủy viên Trung ương",
            "Ủy viên T.Ư Đảng"]
BCHTW_ALT = ["Ban Chấp hành Trung ương", "BCH TW", "BCH Trung ương", "Trung ương Đảng",
             "T.Ư Đảng"]
MTTQ = "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"


class Doc:
    def __init__(self, doc):
        self.doc = doc
        self.seen = {}

    def _emit(self, s, p, o, former=False):
        key = (s[0], p, o[0])
        if key in self.seen:  # one triple per document; merge alternatives
            t = self.seen[key]
            t["s_alt"] = sorted(set(t["s_alt"]) | set(s[2]) - {t["s"]})
            t["o_alt"] = sorted(set(t["o_alt"]) | set(o[2]) - {t["o"]})
            return
        t = {"doc": self.doc, "s": s[0], "s_type": s[1], "p": p, "o": o[0],
             "o_type": o[1], "s_alt": list(s[2]), "o_alt": list(o[2])}
        if former:
            t["q"] = {"former": True}
        self.seen[key] = t
        OUT.append(t)

    # entity constructors: (label, type, alternatives)
    @staticmethod
    def per(name, *alt):
        return (name, "Person", list(alt))

    @staticmethod
    def org(name, *alt):
        return (name, "Organization", list(alt))

    @staticmethod
    def ev(name, *alt):
        return (name, "Event", list(alt))

    @staticmethod
    def loc(name, *alt):
        return (name, "Location", list(alt))

    @staticmethod
    def award(name, *alt):
        return (name, "Award", list(alt))

    @staticmethod
    def pos(name, *alt, org=None):
        return (name, "Position", list(alt), org)

    def title(self, person, position, former=False):
        """holds_title, and position_of for the organization named in it."""
        if isinstance(person, str):
            person = self.per(person)
        self._emit(person, "holds_title", position[:3], former)
        if position[3] is not None:
            self._emit(position[:3], "position_of", position[3])

    def rel(self, s, p, o):
        if isinstance(s, str):
            s = self.per(s)
        if isinstance(o, str) and p == "held_on":
            o = (o, "Date", [])
        elif isinstance(o, str):
            o = self.per(o)
        self._emit(s, p, o)


P, O, E, L, A, PO = Doc.per, Doc.org, Doc.ev, Doc.loc, Doc.award, Doc.pos

# Positions that recur.
UVBCT = PO("Ủy viên Bộ Chính trị", org=O("Bộ Chính trị"))
UVTW = PO("Ủy viên Ban Chấp hành Trung ương Đảng", *UVTW_ALT,
          org=O("Ban Chấp hành Trung ương Đảng", *BCHTW_ALT))
BTTW = PO("Bí thư Trung ương Đảng", "Bí thư T.Ư Đảng",
          org=O("Ban Chấp hành Trung ương Đảng", *BCHTW_ALT))
CTN = PO("Chủ tịch nước")
PCTN = PO("Phó Chủ tịch nước")
TBT = PO("Tổng Bí thư")
TTG = PO("Thủ tướng Chính phủ", "Thủ tướng", org=O("Chính phủ"))
TTG_BARE = PO("Thủ tướng", "Thủ tướng Chính phủ")  # "Chính phủ" not written in the doc
PTTG = PO("Phó Thủ tướng Chính phủ", "Phó Thủ tướng", org=O("Chính phủ"))
CTQH = PO("Chủ tịch Quốc hội", org=O("Quốc hội"))
HCM_CT = PO("Chủ tịch")  # "Chủ tịch Hồ Chí Minh"


def ct_mttq(*alt):
    return PO("Chủ tịch " + MTTQ, *alt, org=O(MTTQ, *[a.replace("Chủ tịch ", "", 1) for a in alt]))


# ---- annotations ----
exec(open(os.path.join(HERE, 'annotations.py'), encoding='utf-8').read())

OUT.sort(key=lambda t: t["doc"])  # stable: keeps annotation order within a doc
with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
    for t in OUT:
        f.write(json.dumps(t, ensure_ascii=False) + "\n")
print(f"{len(OUT)} triples in {len({t['doc'] for t in OUT})} documents")
