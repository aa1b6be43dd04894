// Issue 21's code budgets, one line a page mix (make bench): the gzip bytes of the code a page
// downloads (the loader, and the build the loader picks with its glue), against 150 KB for every
// mix and 120 KB for a page of cards, with the verdict. The figures are the README's size table's.
//
//   node page-code.mjs ../../dist/web/embed
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const dir = process.argv[2] ?? "../../dist/web/embed";
const gz = (f) => gzipSync(readFileSync(join(dir, f)), { level: 9 }).length;
const loader = gz("govlens.js");
console.log(`code per page (gzip -9 bytes; loader ${loader} + the build with its glue):`);
for (const [page, build, budget] of [
  ["cards only", "govlens_card", 120], ["charts, comparison, ranking, trend or map", "govlens_cards", 150],
  ["search only", "govlens_search", 150], ["search with another element", "govlens_widget", 150],
]) {
  const total = loader + gz(`${build}_bg.wasm`) + gz(`${build}.js`);
  const kb = total / 1000;
  console.log(`  ${page.padEnd(42)} ${kb.toFixed(1).padStart(6)} KB  ${(kb / budget).toFixed(2)}x the ${budget} KB budget: ${kb <= budget ? "met" : "missed"}`);
}
for (const tag of ["fr", "de", "da"]) console.log(`  + lang-${tag}.govlens on a page in that language: ${(gz(`lang-${tag}.govlens`) / 1000).toFixed(1)} KB`);
