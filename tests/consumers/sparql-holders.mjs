// Loads a lienket N-Quads export into Oxigraph (a real SPARQL store) and asks
// who holds a post, with the articles that say so, read from the named graphs.
//
//   node sparql-holders.mjs OUTDIR/graph.nq ["Trưởng Ban Đối ngoại Trung ương"] [--allow-empty]
//
// Prints one line per holder: name, "former" or "current", article ids.
// Exits 1 when the file does not load, the query fails, or (unless
// --allow-empty) nobody holds the post.
import { readFileSync } from "node:fs";
import oxigraph from "oxigraph";

const args = process.argv.slice(2);
const allowEmpty = args.includes("--allow-empty");
const positional = args.filter((a) => a !== "--allow-empty");
if (positional.length < 1 || positional.length > 2) {
  console.error('usage: node sparql-holders.mjs FILE.nq ["post label"] [--allow-empty]');
  process.exit(2);
}
const [file, post = "Trưởng Ban Đối ngoại Trung ương"] = positional;

// A SPARQL string literal: only \ " and line breaks need escaping.
function sparqlString(s) {
  return '"' + s.normalize("NFC").replace(/[\\"\n\r]/g, (c) => ({ "\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r" })[c]) + '"';
}

const query = `
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX schema: <http://schema.org/>
PREFIX lk: <https://lienket.example.org/ns#>
SELECT DISTINCT ?person ?name ?former ?doc WHERE {
  VALUES ?wanted { ${sparqlString(post)} }
  ?post a org:Post ; rdfs:label|skos:altLabel ?postLabel .
  FILTER (LCASE(STR(?postLabel)) = LCASE(?wanted))
  GRAPH ?g { ?person org:holds ?post }
  ?g prov:wasDerivedFrom ?article .
  ?article schema:identifier ?doc .
  ?person rdfs:label ?name .
  OPTIONAL { ?fact rdf:subject ?person ; rdf:predicate org:holds ; rdf:object ?post ; lk:former ?former }
}`;

// Names are data: shown with controls escaped, and cut when very long.
function show(s) {
  const chars = [...s];
  const cut = chars.length > 120 ? chars.slice(0, 120).join("") + `…(${chars.length} characters)` : s;
  return cut.replace(/[\u0000-\u001f\u007f]/g, (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"));
}

try {
  const store = new oxigraph.Store();
  store.load(readFileSync(file), { format: "application/n-quads" });
  // One line per holder, with the articles (named graphs) that state it.
  const holders = new Map();
  for (const row of store.query(query)) {
    const key = row.get("person").value;
    if (!holders.has(key))
      holders.set(key, { name: row.get("name").value, former: row.get("former")?.value === "true", docs: new Set() });
    holders.get(key).docs.add(row.get("doc").value);
  }
  const rows = [...holders.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  console.log(`oxigraph ${file}: ${store.size} quads; holders of ${JSON.stringify(post)}: ${rows.length}`);
  for (const h of rows)
    console.log(`  ${show(h.name)}\t${h.former ? "former" : "current"}\t${show([...h.docs].sort().join(", "))}`);
  if (rows.length === 0 && !allowEmpty) {
    console.error("sparql-holders: nobody holds that post in this graph");
    process.exit(1);
  }
} catch (e) {
  console.error(`sparql-holders: ${file}: ${e.message ?? e}`);
  process.exit(1);
}
