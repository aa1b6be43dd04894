// Browser timings of the packed package, beside peers in the same page, on the same passages and
// the same queries (the ranking set, tests/queries.toml): MiniSearch (npm, the search library a
// front-end developer would reach for; prefix and fuzzy matching on, the heading boosted 2x as
// govlens does) and a naive scan in JavaScript (fold, count query words), the native bench's peer.
// For each: search latency and ranking quality (Success@1, Success@5, MRR@10) on the same set.
import { load } from "@govlens/core";
import MiniSearch from "minisearch";

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
  const govRank = (q) => { try { return govlens.search(q).hits.map((h) => h.id); } catch { return []; } };

  // The browser's clock is coarse (100 µs without cross-origin isolation): each query runs 20
  // times in a row and its mean is one sample; percentiles are over the queries.
  const time = (f) => {
    const per = queries.map((q) => {
      const t = performance.now();
      for (let round = 0; round < 20; round++) f(q);
      return (performance.now() - t) / 20;
    });
    per.sort((a, b) => a - b);
    return [pct(per, 0.5), pct(per, 0.99)];
  };
  return {
    loadMs, miniIndexMs, queries: queries.length,
    govlens: time(govRank), minisearch: time(miniRank), naive: time(naive),
    quality: { govlens: quality(set, govRank), minisearch: quality(set, miniRank), naive: quality(set, naive) },
  };
}

main().then(
  (r) => (document.getElementById("out").textContent = JSON.stringify(r)),
  (e) => (document.getElementById("out").textContent = JSON.stringify({ failed: String(e) })),
);
