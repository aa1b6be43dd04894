// Runs bench.html in headless Chromium and prints the figures (make bench). Needs the tarball
// installed (make npm-test) and the passages and queries as JSON beside the page.
import { resolve } from "node:path";
import { launch } from "./harness.mjs";
import { serve } from "../../web/serve.mjs";

const server = await serve(resolve("."), 0);
const browser = await launch();
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/bench.html`);
  await page.waitForFunction(() => document.getElementById("out")?.textContent !== "running…", null, { timeout: 120000 });
  const r = JSON.parse(await page.textContent("#out"));
  if (r.failed) throw new Error(r.failed);
  const us = (ms) => `${(ms * 1000).toFixed(1)} µs`;
  console.log(`browser (Chromium ${browser.version()}), ${r.queries} queries, each the mean of 20 runs; percentiles over queries; every engine warmed up, then taking turns (rotating order)`);
  console.log(`  govlens load(): fetch + instantiate + decode + index  ${r.loadMs.toFixed(1)} ms; MiniSearch index build ${r.miniIndexMs.toFixed(1)} ms; FlexSearch ${r.flexIndexMs.toFixed(1)} ms`);
  const q = (x) => `S@1 ${x.s1.toFixed(3)}  S@5 ${x.s5.toFixed(3)}  MRR@10 ${x.mrr.toFixed(3)}`;
  for (const [name, key] of [["govlens (wasm)", "govlens"], ["  its ranking", "govlensRanking"], ["MiniSearch (JS)", "minisearch"], ["FlexSearch (JS)", "flexsearch"], ["naive scan (JS)", "naive"]]) {
    console.log(`  ${name.padEnd(16)} p50 ${us(r[key][0]).padStart(10)}  p99 ${us(r[key][1]).padStart(10)}   ${q(r.quality[key])}`);
  }
  console.log(`  ratio govlens/MiniSearch: p50 ${(r.govlens[0] / r.minisearch[0]).toFixed(2)}, p99 ${(r.govlens[1] / r.minisearch[1]).toFixed(2)}`);
  console.log(`  govlens: ranking ${us(r.govlensRanking[0])} of ${us(r.govlens[0])} at p50; the ten snippets the rest`);
  const verdict = (x, target) => (x <= target ? `met (target ${target})` : `missed (target ${target})`);
  console.log(`  issue 21: p50 ${(r.govlens[0] / r.minisearch[0]).toFixed(2)}x MiniSearch's: ${verdict(r.govlens[0] / r.minisearch[0], 0.5)}; p99 ${(r.govlens[1] / r.minisearch[1]).toFixed(2)}x: ${verdict(r.govlens[1] / r.minisearch[1], 1)}; p50 ${(r.govlens[0] / r.flexsearch[0]).toFixed(1)}x FlexSearch's: ${verdict(r.govlens[0] / r.flexsearch[0], 5)}; MRR@10 ${r.quality.govlens.mrr.toFixed(3)}: ${r.quality.govlens.mrr >= 0.95 ? "kept (at least 0.95)" : "below 0.95"}`);
  console.log(`  ratio govlens/naive: p50 ${(r.govlens[0] / r.naive[0]).toFixed(2)}, p99 ${(r.govlens[1] / r.naive[1]).toFixed(2)}`);
} finally {
  await browser.close();
  server.close();
}
