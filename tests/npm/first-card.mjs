// Time to first card and its payload (make bench), in headless Chromium: a page with one
// <govlens-card country="LU"> against the floor, the same card as static HTML (the widget's own
// rendered markup and style sheet, saved into a page of its own), loaded in the same run from
// the same local server. Each page is loaded RUNS times in a fresh browser context (empty
// cache); the time is from navigation start to the card painted (two animation frames after
// the card is in the DOM). The payload is every file the page fetched, gzip -9 and brotli 11.
//
//   node first-card.mjs [site-dir] [runs]
import { launch } from './harness.mjs';
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { join } from 'node:path';
import { serve } from '../../web/serve.mjs';

const SITE = process.argv[2] ?? '../../dist/web';
const RUNS = Number(process.argv[3] ?? 10);
const head = '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>first card</title>';
// The mark: two frames after the card is in the DOM, it has been painted.
const MARK = 'requestAnimationFrame(() => requestAnimationFrame(() => { window.cardPainted = performance.now(); }));';

writeFileSync(join(SITE, 'bench-card.html'), `${head}
<link rel="stylesheet" href="embed/govlens.css"><script type="module" src="embed/govlens.js"></script>
<script>document.addEventListener('govlens-ready', () => { ${MARK} });</script></head>
<body><govlens-card id="card" country="LU"></govlens-card></body></html>`);
// The same card from the split layout: only Luxembourg's card part is fetched.
writeFileSync(join(SITE, 'bench-card-split.html'), `${head}
<link rel="stylesheet" href="embed/govlens.css"><script type="module" src="embed/govlens.js"></script>
<script>document.addEventListener('govlens-ready', () => { ${MARK} });</script></head>
<body><govlens-card id="card" country="LU" corpus="embed/split/"></govlens-card></body></html>`);

const server = await serve(SITE, 0);
const BASE = `http://127.0.0.1:${server.address().port}/`;
const browser = await launch();

// The floor: the card's rendered markup and its style sheet, as a static page.
{
  const page = await browser.newPage();
  await page.goto(BASE + 'bench-card.html');
  await page.waitForFunction(() => window.cardPainted);
  const markup = await page.evaluate(() => document.getElementById('card').shadowRoot.querySelector('.gl-root').outerHTML);
  // The card-only build served this page; its style sheet is the card's.
  const css = await page.evaluate(async () => (await import('/embed/govlens_card.js')).styles());
  await page.close();
  writeFileSync(join(SITE, 'bench-card-static.html'), `${head}<style>${css.replace(/:host\([^)]*\)[^{]*\{[^}]*\}/g, '').replace(/:host/g, 'body')}</style></head>
<body>${markup}<script>${MARK}</script></body></html>`);
}

async function load(path) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  const files = [];
  page.on('requestfinished', (r) => files.push(new URL(r.url()).pathname));
  await page.goto(BASE + path);
  await page.waitForFunction(() => window.cardPainted, null, { timeout: 30000 });
  const ms = await page.evaluate(() => window.cardPainted);
  const text = await page.evaluate(() => (document.getElementById('card')?.shadowRoot ?? document.body).textContent);
  await context.close();
  return { ms, files, text };
}

const bytes = (files) => {
  let raw = 0, gz = 0, br = 0;
  for (const f of new Set(files)) {
    const b = readFileSync(join(SITE, decodeURIComponent(f)));
    raw += b.length;
    gz += gzipSync(b, { level: 9 }).length;
    br += brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  return { raw, gz, br };
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// The pages take turns (static, whole, split, static, ...), so that the machine's slow moments
// fall on all three alike.
const PAGES_TIMED = [['static HTML (floor)', 'bench-card-static.html'], ['govlens-card', 'bench-card.html'], ['govlens-card, split', 'bench-card-split.html']];
const runs = {};
const last = {};
for (let i = 0; i < RUNS; i += 1) {
  for (const [name, path] of PAGES_TIMED) {
    last[name] = await load(path);
    (runs[name] ??= []).push(last[name].ms);
  }
}
const result = {};
for (const [name] of PAGES_TIMED) {
  if (!last[name].text.includes('613,894 inhabitants')) throw new Error(`${name}: the card is not there`);
  const ms = runs[name];
  result[name] = { ms: median(ms), min: Math.min(...ms), max: Math.max(...ms), ...bytes(last[name].files), files: [...new Set(last[name].files)].length };
}
await browser.close();
server.close();

console.log(`time to first card (Luxembourg), Chromium, ${RUNS} loads each in fresh contexts, median (min-max); payload of every file fetched`);
for (const [name, r] of Object.entries(result)) {
  console.log(`  ${name.padEnd(20)} ${r.ms.toFixed(0).padStart(6)} ms (${r.min.toFixed(0)}-${r.max.toFixed(0)})   ${r.files} files  ${String(r.raw).padStart(9)} raw ${String(r.gz).padStart(8)} gzip ${String(r.br).padStart(8)} brotli`);
}
const floor = result['static HTML (floor)'];
for (const name of ['govlens-card', 'govlens-card, split']) {
  const card = result[name];
  console.log(`  ratio ${name} / static HTML: time ${(card.ms / floor.ms).toFixed(2)} (budget 2), gzip bytes ${(card.gz / floor.gz).toFixed(1)}`);
}
