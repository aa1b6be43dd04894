// Time to first card and its payload (make bench), in headless Chromium: a page with one
// <govlens-card country="LU"> against the floor, the same card as static HTML (the widget's own
// rendered markup and style sheet, saved into a page of its own), loaded in the same run from
// the same local server. Each page is loaded RUNS times in a fresh browser context (empty
// cache); the time is from navigation start to the card painted (two animation frames after
// the card is in the DOM). The payload is every file the page fetched, gzip -9 and brotli 11.
// The static-first page holds the card as `govlens snippet` writes it (bench-snippet.part,
// written by make bench): shown with the page's own HTML, then taken over by the live card.
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
// The mark: two frames after the card is in the DOM, it has been painted. `cardShown` is the
// first card the reader sees: the prerendered one (govlens-preview) where the split folder has
// it, else the live one; `cardPainted` is the live card (govlens-ready), interactive.
const mark = (name) => `requestAnimationFrame(() => requestAnimationFrame(() => { window.${name} ??= performance.now(); }));`;
const MARK = `${mark('cardShown')} ${mark('cardPainted')}`;
const EVENTS = `<script>document.addEventListener('govlens-preview', () => { ${mark('cardShown')} }); document.addEventListener('govlens-ready', () => { ${MARK} });</script>`;

// A page with Luxembourg's card: `attrs` on the element, `extraHead` in the head.
const cardPage = (file, attrs, extraHead = '') => writeFileSync(join(SITE, file), `${head}
<link rel="stylesheet" href="embed/govlens.css"><script type="module" src="embed/govlens.js"></script>
${extraHead}${EVENTS}</head>
<body><govlens-card id="card" country="LU"${attrs}></govlens-card></body></html>`);
cardPage('bench-card.html', '');
// The same card from the split layout: only Luxembourg's card part is fetched.
cardPage('bench-card-split.html', ' corpus="embed/split/"');
// The same, with the page asking for the prerendered card and the style sheet from its head
// (what a page that knows its card can do: one round trip less).
// The static-first snippet: the card's content in the page's HTML, the live card (from the
// split folder) over it; its style sheet linked, or inside it (--inline-css).
for (const [part, page] of [['bench-snippet.part', 'bench-card-snippet.html'], ['bench-snippet-inline.part', 'bench-card-snippet-inline.html']]) {
  const snippet = readFileSync(join(SITE, part), 'utf8').trim();
  if (!snippet.startsWith('<govlens-card country="LU" corpus="embed/split/" prerendered>')) throw new Error(`${part}: not the card snippet \`govlens snippet card country=LU corpus=embed/split/\` writes`);
  // (No govlens.css: a prerendered element reserves nothing.)
  writeFileSync(join(SITE, page), `${head}
<script type="module" src="embed/govlens.js"></script>
${EVENTS}</head>
<body>${snippet.replace('<govlens-card ', '<govlens-card id="card" ')}<script>${mark('cardShown')}</script></body></html>`);
}
cardPage('bench-card-split-preload.html', ' corpus="embed/split/"', `<link rel="preload" href="embed/split/card/LU.html" as="fetch" crossorigin="anonymous">
<link rel="preload" href="embed/govlens-widget.css" as="fetch" crossorigin="anonymous">
`);

// On loopback the files go as they are (compressing would only add work: transfer is free);
// on the throttled network the server gzips, as a web server would.
const server = await serve(SITE, 0);
const zipping = await serve(SITE, 0, { compress: true });
const BASE = `http://127.0.0.1:${server.address().port}/`;
const ZIPPED = `http://127.0.0.1:${zipping.address().port}/`;
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

// A network like a phone's on a good 4G connection (Chromium's throttling: 40 ms latency,
// 9 Mbit/s down, 1.5 up), from a server that gzips.
const THROTTLE = { offline: false, latency: 40, downloadThroughput: 9e6 / 8, uploadThroughput: 1.5e6 / 8 };

async function load(path, throttle) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  if (throttle) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', THROTTLE);
  }
  const files = [];
  page.on('requestfinished', (r) => files.push(new URL(r.url()).pathname));
  await page.goto((throttle ? ZIPPED : BASE) + path);
  await page.waitForFunction(() => window.cardPainted, null, { timeout: 30000 });
  const { ms, shown } = await page.evaluate(() => ({ ms: window.cardPainted, shown: window.cardShown }));
  const text = await page.evaluate(() => (document.getElementById('card')?.shadowRoot ?? document.body).textContent);
  await context.close();
  return { ms, shown, files, text };
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
// fall on all alike. Then the same on the throttled network.
const PAGES_TIMED = [['static HTML (floor)', 'bench-card-static.html'], ['govlens-card', 'bench-card.html'], ['govlens-card, split', 'bench-card-split.html'], ['split + preload', 'bench-card-split-preload.html'], ['static-first snippet', 'bench-card-snippet.html'], ['snippet, inline CSS', 'bench-card-snippet-inline.html']];
const spread = (xs) => ({ ms: median(xs), min: Math.min(...xs), max: Math.max(...xs) });
async function pass(runs, throttle) {
  const shown = {};
  const live = {};
  const last = {};
  for (let i = 0; i < runs; i += 1) {
    for (const [name, path] of PAGES_TIMED) {
      last[name] = await load(path, throttle);
      (shown[name] ??= []).push(last[name].shown);
      (live[name] ??= []).push(last[name].ms);
    }
  }
  const result = {};
  for (const [name] of PAGES_TIMED) {
    if (!last[name].text.includes('613,894 inhabitants')) throw new Error(`${name}: the card is not there`);
    result[name] = { shown: spread(shown[name]), live: spread(live[name]), ...bytes(last[name].files), files: [...new Set(last[name].files)].length };
  }
  return result;
}
const local = await pass(RUNS, false);
const throttled = await pass(RUNS, true);
await browser.close();
server.close();
zipping.close();

const ms = (t) => `${t.ms.toFixed(0).padStart(5)} ms (${t.min.toFixed(0)}-${t.max.toFixed(0)})`.padEnd(22);
console.log(`time to first card (Luxembourg), Chromium, loads in fresh contexts, median (min-max). "shown": the card painted (from a split
folder, its prerendered HTML); "live": the component mounted and painted (interactive). Payload: every file fetched.`);
for (const [title, result] of [['local server, no throttling', local], ['4G-like network (40 ms, 9 Mbit/s; the server gzips)', throttled]]) {
  console.log(`  ${title}, ${RUNS} loads each`);
  console.log(`    ${'page'.padEnd(20)} ${'shown'.padEnd(22)} ${'live'.padEnd(22)} files       raw     gzip   brotli`);
  for (const [name, r] of Object.entries(result)) {
    console.log(`    ${name.padEnd(20)} ${ms(r.shown)} ${ms(r.live)} ${String(r.files).padStart(5)} ${String(r.raw).padStart(9)} ${String(r.gz).padStart(8)} ${String(r.br).padStart(8)}`);
  }
  const floor = result['static HTML (floor)'];
  for (const name of ['govlens-card', 'govlens-card, split', 'split + preload', 'static-first snippet', 'snippet, inline CSS']) {
    const card = result[name];
    console.log(`    ratio ${name} / static HTML: shown ${(card.shown.ms / floor.shown.ms).toFixed(2)} (budget 2), live ${(card.live.ms / floor.live.ms).toFixed(2)}, gzip bytes ${(card.gz / floor.gz).toFixed(1)}`);
  }
  // Issue 21's targets: the static-first snippet shown at most 1.2x static HTML, interactive at
  // most 2x; each snippet page's verdict.
  const verdict = (x, target) => `${x.toFixed(2)}x (${x <= target ? 'met' : 'missed'}, target ${target})`;
  for (const name of ['static-first snippet', 'snippet, inline CSS']) {
    const card = result[name];
    console.log(`    issue 21, ${name}: shown ${verdict(card.shown.ms / floor.shown.ms, 1.2)}; live ${verdict(card.live.ms / floor.live.ms, 2)}`);
  }
}
