#!/usr/bin/env python3
"""Reads every export of a lienket OUTDIR with the parser its users would use
and prints, as one JSON object, the node labels each one holds:

  graphml, gexf   xml.etree.ElementTree (expat): the <data key="label"> values
                  and the <node label=...> attributes
  csv             the csv module: nodes.csv's label column
  jsonl           json: the s/o labels of triples.jsonl
  turtle, ntriples, nquads
                  rapper (raptor2-utils) re-serializes each as N-Triples; the
                  rdfs:label literals are decoded from that

plus "rdf_counts" (statements per RDF file) and "rapper_messages" (any error
or warning rapper printed). Used by tests/robust_hostile_test.cc.
Usage: export_labels.py OUTDIR
"""
import csv
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

RDFS_LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
# An N-Triples literal as rapper writes it: ASCII, escapes for the rest.
LITERAL = re.compile(r'"((?:[^"\\]|\\.)*)"')


def unescape_ntriples(s):
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c != "\\":
            out.append(c)
            i += 1
            continue
        e = s[i + 1]
        if e == "u":
            out.append(chr(int(s[i + 2:i + 6], 16)))
            i += 6
        elif e == "U":
            out.append(chr(int(s[i + 2:i + 10], 16)))
            i += 10
        else:
            out.append({"t": "\t", "n": "\n", "r": "\r", "b": "\b", "f": "\f",
                        '"': '"', "'": "'", "\\": "\\"}[e])
            i += 2
    return "".join(out)


def main():
    d = sys.argv[1]
    result = {"rapper_messages": [], "rdf_counts": {}}

    for name, fmt in (("graph.graphml", "graphml"), ("graph.gexf", "gexf")):
        root = ET.parse(os.path.join(d, name)).getroot()
        labels = []
        for el in root.iter():
            tag = el.tag.rsplit("}", 1)[-1]
            if fmt == "graphml" and tag == "data" and el.get("key") == "label":
                labels.append(el.text or "")
            if fmt == "gexf" and tag == "node":
                labels.append(el.get("label", ""))
        result[fmt] = labels

    with open(os.path.join(d, "nodes.csv"), newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    result["csv"] = [r["label"] for r in rows]

    labels = []
    with open(os.path.join(d, "triples.jsonl"), encoding="utf-8") as f:
        for line in f:
            t = json.loads(line)
            for end in ("s", "o"):
                if "label" in t[end]:
                    labels.append(t[end]["label"])
    result["jsonl"] = labels

    for name, syntax, key in (("graph.ttl", "turtle", "turtle"),
                              ("graph.nt", "ntriples", "ntriples"),
                              ("graph.nq", "nquads", "nquads")):
        out_syntax = "nquads" if syntax == "nquads" else "ntriples"
        p = subprocess.run(["rapper", "-i", syntax, "-o", out_syntax, os.path.join(d, name)],
                           capture_output=True, text=True, encoding="ascii")
        for line in p.stderr.splitlines():
            if "Error" in line or "Warning" in line:
                result["rapper_messages"].append(f"{name}: {line}")
        if p.returncode != 0:
            result["rapper_messages"].append(f"{name}: rapper exit {p.returncode}")
        statements = [l for l in p.stdout.splitlines() if l.strip()]
        result["rdf_counts"][key] = len(statements)
        found = []
        for l in statements:
            if RDFS_LABEL in l:
                m = LITERAL.search(l.split(RDFS_LABEL, 1)[1])
                if m:
                    found.append(unescape_ntriples(m.group(1)))
        result[key] = found

    json.dump(result, sys.stdout, ensure_ascii=True)


if __name__ == "__main__":
    main()
