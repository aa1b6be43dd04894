// Writes govlens.css from govlens.js's own height reservations, so the two cannot drift: the
// rules between the markers, with `:host(X)` made `X` for the host page's style sheet.
//
//   node web/embed/reserve-css.mjs web/embed/govlens.js > dist/web/embed/govlens.css
import { readFileSync } from 'node:fs';

const js = readFileSync(process.argv[2], 'utf8');
const rules = js.split('/* reservations */')[1]?.split('/* end of reservations */')[0];
if (!rules) throw new Error(`${process.argv[2]}: no /* reservations */ ... /* end of reservations */ block`);
process.stdout.write(`/* Optional: link this before govlens.js so that each element reserves its height from the first
   paint, before the script runs (no layout shift when it renders).
     <link rel="stylesheet" href="/govlens/embed/govlens.css">
   Set --govlens-reserve on an element to the height it renders at on your page to reserve
   exactly that. The defaults are the heights of Luxembourg's elements at a phone's width and,
   from 900 px, in a wide column; once the script runs, each element reserves its own column's.
   Written from govlens.js, which applies the same reservations inside each element. Never
   while scripts are off, nor for a snippet's element ([prerendered]): its content holds its
   height. */
govlens-card, govlens-scores, govlens-benchmark, govlens-compare, govlens-search, govlens-ranking, govlens-trend, govlens-map { display: block; }
@media (scripting: enabled) {
${rules.replace(/:host\((govlens-[a-z]+(?:\[[a-z-]+\])?(?::not\((?::state\([a-z]+\)|\[[a-z-]+\])\))+)\)/g, '$1').trim()}
}
/* An element whose script never runs (stripped by a CMS, blocked, not found) is never defined:
   its reservation ends after 8 s rather than leave a tall empty box. */
govlens-card:not(:defined), govlens-scores:not(:defined), govlens-benchmark:not(:defined),
govlens-compare:not(:defined), govlens-search:not(:defined), govlens-ranking:not(:defined), govlens-trend:not(:defined),
govlens-map:not(:defined) { animation: govlens-unreserve 0s 8s forwards; }
@keyframes govlens-unreserve { to { min-height: 0; } }
@media print { govlens-card, govlens-scores, govlens-benchmark, govlens-compare, govlens-search, govlens-ranking, govlens-trend, govlens-map { min-height: 0 !important; } }
`);
