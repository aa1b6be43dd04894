// Browser timings of the packed package, beside peers in the same page, on the same passages and
// the same queries (the ranking set, tests/queries.toml): MiniSearch (npm, the search library a
// front-end developer would reach for; prefix and fuzzy matching on, the heading boosted 2x as
// govlens does), FlexSearch (npm, the speed peer: a Document index over heading and text, forward
// tokenizer, Latin folding, partial matches suggested) and a naive scan in JavaScript (fold,
// count query words), the native bench's peer. For each: search latency and ranking quality
// (Success@1, Success@5, MRR@10) on the same set. Fair by construction (issue 21): every
// engine is warmed up on every query first, then the engines take turns query by query, in an
// order that rotates, so that none is timed cold or always first.
import { load } from "@govlens/core";
import MiniSearch from "minisearch";
import { Document, Charset } from "flexsearch";

const pct = (sorted, p) => sorted[Math.round((sorted.length - 1) * p)];
const fold = (s) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

// Success@k and MRR@10 of a ranking function over the set, as tests/search.rs computes them.
function quality(set, rank) {
  let s1 = 0, s5 = 0, mrr = 0;
  for (const { q, relevant } of set) {
    const ids = rank(q).slice(0, 10);
    if (relevant.length === 0) {
      const ok = ids.length === 0 ? 1 : 0;
      s1 += ok; s5 += ok; mrr += ok;
      continue;
    }
    const at = ids.findIndex((id) => relevant.includes(id));
    if (at === 0) s1 += 1;
    if (at >= 0 && at < 5) s5 += 1;
    if (at >= 0) mrr += 1 / (at + 1);
  }
  const n = set.length;
  return { s1: s1 / n, s5: s5 / n, mrr: mrr / n };
}

async function main() {
  const t0 = performance.now();
  const govlens = await load();
  const loadMs = performance.now() - t0;
  const set = await (await fetch("./bench-queries.json")).json();
  const queries = set.map((x) => x.q);
  const passages = await (await fetch("./bench-passages.json")).json();

  const folded = passages.map((p) => [p.id, fold(p.section.join(" ") + " " + p.text)]);
  const naive = (q) => {
    const words = fold(q).match(/[\p{L}\p{N}]+/gu) ?? [];
    return folded
      .map(([id, t]) => [words.filter((w) => t.includes(w)).length, id])
      .filter(([n]) => n > 0)
      .sort((a, b) => b[0] - a[0] || (a[1] < b[1] ? -1 : 1))
      .slice(0, 10)
      .map(([, id]) => id);
  };

  const m0 = performance.now();
  const mini = new MiniSearch({
    fields: ["heading", "text"],
    storeFields: ["id"],
    processTerm: (t) => fold(t),
    searchOptions: { boost: { heading: 2 }, prefix: true, fuzzy: 0.2, combineWith: "OR" },
  });
  mini.addAll(passages.map((p) => ({ id: p.id, heading: p.section.join(" "), text: p.text })));
  const miniIndexMs = performance.now() - m0;
  const miniRank = (q) => mini.search(q).slice(0, 10).map((r) => r.id);
  const f0 = performance.now();
  const flex = new Document({ tokenize: "forward", encoder: Charset.LatinBalance, document: { id: "id", index: ["heading", "text"] } });
  for (const p of passages) flex.add({ id: p.id, heading: p.section.join(" "), text: p.text });
  const flexIndexMs = performance.now() - f0;
  // Heading matches first (the field order), partial matches kept (`suggest`: OR, as the others).
  const flexRank = (q) => flex.search(q, { limit: 10, suggest: true, merge: true }).map((r) => r.id);
  const govRank = (q) => { try { return govlens.search(q).hits.map((h) => h.id); } catch { return []; } };
  // The same ranking without snippets: what govlens spends ranking, apart from the snippets.
  const govRanking = (q) => { try { return govlens.search(q, { snippets: false }).hits.map((h) => h.id); } catch { return []; } };

  // The browser's clock is coarse (100 µs without cross-origin isolation): each query runs 20
  // times in a row and its mean is one sample; percentiles are over the queries.
  const engines = { govlens: govRank, govlensRanking: govRanking, minisearch: miniRank, flexsearch: flexRank, naive };
  const names = Object.keys(engines);
  for (const name of names) for (const q of queries) { engines[name](q); engines[name](q); }
  const samples = Object.fromEntries(names.map((n) => [n, []]));
  queries.forEach((q, i) => {
    for (let k = 0; k < names.length; k++) {
      const name = names[(i + k) % names.length];
      const f = engines[name];
      const t = performance.now();
      for (let round = 0; round < 20; round++) f(q);
      samples[name].push((performance.now() - t) / 20);
    }
  });
  const times = Object.fromEntries(names.map((n) => {
    const per = samples[n].sort((a, b) => a - b);
    return [n, [pct(per, 0.5), pct(per, 0.99)]];
  }));
  return {
    loadMs, miniIndexMs, flexIndexMs, queries: queries.length, ...times,
    quality: Object.fromEntries(names.map((n) => [n, quality(set, engines[n])])),
  };
}

main().then(
  (r) => (document.getElementById("out").textContent = JSON.stringify(r)),
  (e) => (document.getElementById("out").textContent = JSON.stringify({ failed: String(e) })),
);
