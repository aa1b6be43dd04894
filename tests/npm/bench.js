// Browser timings of the packed package, beside a peer in the same page: load() (fetch,
// instantiate, decode, index) and search latency over the ranking set, against a naive scan in
// JavaScript over the same passages (fold, count query words), the same peer as the native bench.
import { load } from "@govlens/core";

const pct = (sorted, p) => sorted[Math.round((sorted.length - 1) * p)];
const fold = (s) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

async function main() {
  const t0 = performance.now();
  const govlens = await load();
  const loadMs = performance.now() - t0;
  const queries = await (await fetch("./bench-queries.json")).json();
  const passages = await (await fetch("./bench-passages.json")).json();
  const folded = passages.map((p) => [p.id, fold(p.section.join(" ") + " " + p.text)]);
  const naive = (q) => {
    const words = fold(q).match(/[\p{L}\p{N}]+/gu) ?? [];
    return folded
      .map(([id, t]) => [words.filter((w) => t.includes(w)).length, id])
      .filter(([n]) => n > 0)
      .sort((a, b) => b[0] - a[0] || (a[1] < b[1] ? -1 : 1))
      .slice(0, 10);
  };
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
  const g = time((q) => { try { govlens.search(q); } catch {} });
  const n = time(naive);
  return { loadMs, govlens: g, naive: n, queries: queries.length };
}

main().then(
  (r) => (document.getElementById("out").textContent = JSON.stringify(r)),
  (e) => (document.getElementById("out").textContent = JSON.stringify({ failed: String(e) })),
);
