// Hostile pages and lifecycles (issue 7), in headless Chromium on the demo site (dist/web):
// a page that replaces Array methods and wraps customElements, the same page with a broken
// Array.prototype.push (a readable fallback), a CSP that forbids WebAssembly, the script loaded
// twice, corpus files that are truncated, corrupted, of another version or not a corpus at all,
// and 1,000 create/remove cycles of each element with the memory before and after.
//
//   node hostile.mjs [site-dir] [cycles]
import { check, launch } from './harness.mjs';
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import { serve } from '../../web/serve.mjs';

const SITE = process.argv[2] ?? '../../dist/web';
const CYCLES = Number(process.argv[3] ?? 1000);

// Damaged corpus files beside the good one.
const good = readFileSync(`${SITE}/embed/govlens.corpus`);
mkdirSync(`${SITE}/bad`, { recursive: true });
writeFileSync(`${SITE}/bad/truncated.corpus`, good.subarray(0, good.length >> 1));
const corrupted = Buffer.from(good); corrupted[corrupted.length - 100] ^= 0xff;
writeFileSync(`${SITE}/bad/corrupted.corpus`, corrupted);
const other = Buffer.from(good); other.writeUInt16LE(99, 8);
writeFileSync(`${SITE}/bad/other-version.corpus`, other);
writeFileSync(`${SITE}/bad/page.html`, '<!doctype html><title>Not found</title><p>Sorry.</p>');

// A split folder whose every index shard is checksum-valid but names field 7 in its first
// posting (there are two fields): before issue 20's fix, a search trapped the shared instance.
// Postcard: the shard's passage count, its terms (each a length and bytes), then the postings
// lists (a count, then per list a count and its postings: passage, field, ...).
function varint(buf, at) {
  let v = 0;
  for (let shift = 0; ; shift += 7) {
    const b = buf[at++];
    v += (b & 0x7f) * 2 ** shift;
    if (b < 0x80) return [v, at];
  }
}
function fieldSeven(file) {
  const b = Buffer.from(file);
  let at = varint(b, 20)[1];
  let n;
  [n, at] = varint(b, at);
  for (let i = 0; i < n; i += 1) { let len; [len, at] = varint(b, at); at += len; }
  at = varint(b, at)[1]; // lists
  at = varint(b, at)[1]; // the first list's postings
  at = varint(b, at)[1]; // its first posting's passage
  b[at] = 7;
  b.writeUInt32LE(crc32(b.subarray(20)), 16);
  return b;
}
cpSync(`${SITE}/embed/split`, `${SITE}/embed/bad-split`, { recursive: true });
for (const f of readdirSync(`${SITE}/embed/bad-split/index`)) writeFileSync(`${SITE}/embed/bad-split/index/${f}`, fieldSeven(readFileSync(`${SITE}/embed/split/index/${f}`)));

// A split folder whose manifest names its first shard `//evil.example/000` (the same length as
// `index/0000.govlens`, so postcard's lengths stay right; the checksum is redone): issue 20,
// finding 5. The page must fetch nothing from that host.
cpSync(`${SITE}/embed/split`, `${SITE}/embed/evil-split`, { recursive: true });
{
  const m = Buffer.from(readFileSync(`${SITE}/embed/split/manifest.govlens`));
  const at = m.indexOf('index/0000.govlens');
  m.write('//evil.example/000', at, 'latin1');
  m.writeUInt32LE(crc32(m.subarray(20)), 16);
  writeFileSync(`${SITE}/embed/evil-split/manifest.govlens`, m);
}

const server = await serve(SITE, 0);
const BASE = `http://127.0.0.1:${server.address().port}/`;
const browser = await launch(['--js-flags=--expose-gc']);

async function open(path) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  const uncaught = [];
  const consoleErrors = [];
  page.on('pageerror', (e) => uncaught.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  await page.goto(BASE + path);
  return { context, page, uncaught, consoleErrors };
}

// Waits until the element has rendered its component or its message; returns its text. Uses
// locators, which run in Playwright's own world, untouched by the page's replaced built-ins.
async function settled(page, id) {
  const el = page.locator(`#${id}`);
  await el.scrollIntoViewIfNeeded();
  await page.locator(`#${id} .gl-widget, #${id} .gl-fail`).first().waitFor({ timeout: 20000 });
  return (await page.locator(`#${id} .gl-widget, #${id} .gl-fail`).first().textContent()) ?? '';
}

// 1. Replaced Array methods, polluted prototypes, a customElements wrapper: everything works.
{
  const { context, page, uncaught, consoleErrors } = await open('hostile-js.html');
  const card = await settled(page, 'js-card');
  check('replaced Array methods: the card renders its values', card.includes('613,894 inhabitants'), card.slice(0, 120));
  const search = await settled(page, 'js-search');
  check('replaced Array methods: search finds passages', (await page.locator('#js-search li.gl-hit-item').count()) > 0, search.slice(0, 120));
  const wrapped = await page.evaluate(() => window.definedThroughWrapper.length);
  check('customElements wrapper: all eight elements registered through it', wrapped === 8, String(wrapped));
  check('replaced Array methods: no uncaught error, no console error', uncaught.length === 0 && consoleErrors.length === 0, [...uncaught, ...consoleErrors].join(' | '));
  await context.close();
}

// 2. Array.prototype.push broken too: wasm-bindgen's glue cannot start; a message, no throw.
{
  const { context, page, uncaught } = await open('hostile-js.html?push');
  const card = await settled(page, 'js-card');
  check('broken Array.prototype.push: a readable message in the element', card.includes('could not be shown') && card.includes('could not be loaded'), card);
  check('broken Array.prototype.push: nothing thrown into the page', uncaught.length === 0, uncaught.join(' | '));
  await context.close();
}

// 3. A CSP that forbids WebAssembly.
{
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  const uncaught = [];
  page.on('pageerror', (e) => uncaught.push(e.message));
  // The event's code, heard from the start (the element may fail before a listener added later).
  await page.addInitScript(() => { window.__codes = []; document.addEventListener('govlens-error', (e) => window.__codes.push(e.detail.code)); });
  await page.goto(BASE + 'no-wasm.html');
  const card = await settled(page, 'nowasm-card');
  const codes = await page.evaluate(() => window.__codes);
  check('CSP without wasm-unsafe-eval: govlens-error says wasm-blocked', codes.length > 0 && codes.every((c) => c === 'wasm-blocked'), JSON.stringify(codes));
  check('CSP without wasm-unsafe-eval: the element says what the page must allow', card.includes("Content-Security-Policy does not allow WebAssembly; its script-src needs 'wasm-unsafe-eval'"), card);
  check('CSP without wasm-unsafe-eval: nothing thrown into the page', uncaught.length === 0, uncaught.join(' | '));
  await context.close();
}

// 4. The script twice.
{
  const { context, page, uncaught, consoleErrors } = await open('two-copies.html');
  const card = await settled(page, 'twice-card');
  check('two copies of the script: the card renders once', card.startsWith('Denmark') && (await page.locator('#twice-card h3.gl-title').count()) === 1, card.slice(0, 80));
  check('two copies of the script: no error (no second define)', uncaught.length === 0 && consoleErrors.length === 0, [...uncaught, ...consoleErrors].join(' | '));
  await context.close();
}

// 5. Corpus files that are damaged or not corpora.
for (const [file, expected] of [
  ['bad/truncated.corpus', 'corpus file is truncated'],
  ['bad/corrupted.corpus', 'corpus file is corrupted: checksum'],
  ['bad/other-version.corpus', 'corpus file has format version 99; this govlens reads version 5'],
  ['bad/page.html', 'not a govlens corpus file'],
  ['bad/missing.corpus', 'could not be loaded: HTTP 404'],
]) {
  const { context, page, uncaught } = await open('lifecycle.html');
  await page.evaluate((file) => {
    const el = document.createElement('govlens-card');
    el.id = 'bad';
    el.setAttribute('country', 'LU');
    el.setAttribute('corpus', file);
    document.getElementById('stage').append(el);
  }, file);
  const text = await settled(page, 'bad');
  check(`corpus ${file}: "${expected}" in the element`, text.includes(expected), text);
  check(`corpus ${file}: nothing thrown into the page`, uncaught.length === 0, uncaught.join(' | '));
  await context.close();
}

// 5b. Language files (issue 21: the builds hold English only) that are damaged or missing: the
// element says what and where, in its language's loader words; a card in another language on
// the same page still speaks its own.
{
  const langFile = readFileSync(`${SITE}/embed/lang-de.govlens`);
  const broken = Buffer.from(langFile); broken[broken.length - 10] ^= 0xff;
  for (const [serve, expected] of [
    [{ body: broken }, 'is not a usable govlens language file: language file: corpus file is corrupted: checksum'],
    [{ status: 404, body: 'not here' }, 'could not be loaded: HTTP 404'],
  ]) {
    const { context, page, uncaught } = await open('lifecycle.html');
    await page.route('**/embed/lang-de.govlens', (route) => route.fulfill({ contentType: 'application/octet-stream', ...serve }));
    await page.evaluate(() => {
      for (const [id, lang, country] of [['bad', 'de', 'LU'], ['fr-card', 'fr', 'DK']]) {
        const el = document.createElement('govlens-card');
        el.id = id;
        el.setAttribute('country', country);
        el.setAttribute('sections', 'basic');
        el.setAttribute('lang', lang);
        document.getElementById('stage').append(el);
      }
    });
    const text = await settled(page, 'bad');
    check(`language file ${serve.status ?? 'damaged'}: "${expected}" in the element, in German`, text.includes(expected) && text.includes('konnte nicht angezeigt werden'), text);
    const french = await settled(page, 'fr-card');
    check(`language file ${serve.status ?? 'damaged'}: a French card beside it speaks French`, french.includes('Données de base') && french.includes('Danemark'), french.slice(0, 160));
    check(`language file ${serve.status ?? 'damaged'}: nothing thrown into the page`, uncaught.length === 0, uncaught.join(' | '));
    await context.close();
  }
}

// 6. Split folders with a tampered shard, one shard or one text file missing, and a trap.
{
  const add = (page, id, kind, attrs) => page.evaluate(([id, kind, attrs]) => {
    const el = document.createElement(kind);
    el.id = id;
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    document.getElementById('stage').append(el);
  }, [id, kind, attrs]);
  // A search and a card together share the full build's instance; a card added after the
  // tampered search must still render (before the fix: `unreachable`, and no card).
  {
    const { context, page, uncaught } = await open('lifecycle.html');
    await page.evaluate(() => {
      for (const [id, kind, attrs] of [['bad-search', 'govlens-search', { corpus: 'embed/bad-split/', query: 'digital identity' }], ['first-card', 'govlens-card', { corpus: 'embed/split/', country: 'DK' }]]) {
        const el = document.createElement(kind);
        el.id = id;
        for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
        document.getElementById('stage').append(el);
      }
    });
    await settled(page, 'first-card');
    await page.waitForFunction(() => document.querySelector('#bad-search').shadowRoot.querySelector('.gl-error'), null, { timeout: 20000 }).catch(() => {});
    const search = await page.evaluate(() => document.querySelector('#bad-search').shadowRoot.textContent);
    check('tampered shard: the search says which file holds what', /index\/\d{4}\.govlens: corpus file holds an invalid record: the index's term .* a posting in field 7; there are 2/.test(search), search.slice(0, 300));
    await add(page, 'later-card', 'govlens-card', { corpus: 'embed/split/', country: 'LU' });
    const card = await settled(page, 'later-card');
    check('tampered shard: a card added afterwards renders', card.includes('613,894 inhabitants'), card.slice(0, 120));
    check('tampered shard: nothing thrown into the page', uncaught.length === 0, uncaught.join(' | '));
    await context.close();
  }
  // One file of the search missing: the second shard, or the second text file, it asks for,
  // which fails while the first (held back 300 ms) is still awaited.
  for (const part of ['index', 'text']) {
    const { context, page, uncaught } = await open('lifecycle.html');
    let failed = '';
    let seen = 0;
    await page.route(`**/split/${part}/**`, async (route) => {
      seen += 1;
      if (seen !== 2) { await new Promise((r) => setTimeout(r, 300)); return route.continue(); }
      failed = route.request().url();
      return route.fulfill({ status: 404, body: 'gone' });
    });
    await add(page, 'gap-search', 'govlens-search', { corpus: 'embed/split/', query: 'digital identity' });
    await page.waitForFunction(() => document.querySelector('#gap-search').shadowRoot.querySelector('.gl-error'), null, { timeout: 20000 }).catch(() => {});
    await page.waitForTimeout(500);
    const text = await page.evaluate(() => document.querySelector('#gap-search').shadowRoot.textContent);
    check(`one ${part} file missing: the search names it`, failed !== '' && text.includes(`${failed} could not be loaded: HTTP 404`), `${failed}: ${text.slice(0, 300)}`);
    check(`one ${part} file missing: nothing thrown into the page (no unhandled rejection)`, uncaught.length === 0, uncaught.join(' | '));
    await context.close();
  }
  // A manifest naming another host: refused naming the entry, nothing fetched from it.
  {
    const { context, page, uncaught } = await open('lifecycle.html');
    const requested = [];
    page.on('request', (r) => requested.push(r.url()));
    await add(page, 'evil-search', 'govlens-search', { corpus: 'embed/evil-split/', query: 'digital identity' });
    await page.waitForFunction(() => document.querySelector('#evil-search').shadowRoot.querySelector('.gl-error, .gl-fail'), null, { timeout: 20000 }).catch(() => {});
    await page.waitForTimeout(300);
    const text = await page.evaluate(() => document.querySelector('#evil-search').shadowRoot.textContent);
    check('a manifest naming //evil.example: refused naming the entry', text.includes("manifest entry shards[0]: '//evil.example/000' is not a file name inside the split folder"), text.slice(0, 300));
    check('a manifest naming //evil.example: nothing fetched from that host, nothing thrown', !requested.some((u) => u.includes('evil.example')) && uncaught.length === 0, [...requested.filter((u) => u.includes('evil')), ...uncaught].join(' | '));
    await context.close();
  }
  // Three cards of one country from a split folder: its preview is fetched once, not thrice.
  {
    const { context, page, uncaught } = await open('lifecycle.html');
    const previews = [];
    page.on('request', (r) => { if (r.url().endsWith('/embed/split/card/LU.html')) previews.push(r.url()); });
    await page.evaluate(() => {
      for (let i = 0; i < 3; i += 1) {
        const el = document.createElement('govlens-card');
        el.id = `same-${i}`;
        el.setAttribute('corpus', 'embed/split/');
        el.setAttribute('country', 'LU');
        document.getElementById('stage').append(el);
      }
    });
    for (let i = 0; i < 3; i += 1) await settled(page, `same-${i}`);
    check('three cards of one country: the preview is fetched once', previews.length === 1 && uncaught.length === 0, `${previews.length} requests; ${uncaught.join(' | ')}`);
    await context.close();
  }
  // A trap seen on the page retires the instances: the next element starts on a new one.
  {
    const { context, page, uncaught } = await open('lifecycle.html');
    await add(page, 'before-trap', 'govlens-card', { country: 'DK' });
    await settled(page, 'before-trap');
    await page.evaluate(() => { window.dispatchEvent(new ErrorEvent('error', { error: new WebAssembly.RuntimeError('unreachable') })); });
    await add(page, 'after-trap', 'govlens-card', { country: 'LU' });
    const card = await settled(page, 'after-trap');
    const fresh = await page.evaluate(() => performance.getEntriesByType('resource').some((e) => /govlens_card\.js\?instance=1$/.test(e.name)));
    check('a trap elsewhere: the next card starts on a new instance and renders', fresh && card.includes('613,894 inhabitants'), `new instance ${fresh}; ${card.slice(0, 100)}`);
    check('a trap elsewhere: nothing thrown into the page by govlens', uncaught.length === 0, uncaught.join(' | '));
    await context.close();
  }
}

// 7. Create and remove each element CYCLES times: the JS heap and the wasm memory before and after.
{
  const { context, page, uncaught } = await open('lifecycle.html');
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  // Every build the page may have loaded (the lifecycle page starts with no element, and each
  // kind in turn loads the smallest build that has it).
  const wasmBytes = () => page.evaluate(async () => {
    let bytes = 0;
    for (const build of ['govlens_card', 'govlens_cards', 'govlens_search', 'govlens_widget']) bytes += (await (await import(`/embed/${build}.js`)).default()).memory.buffer.byteLength;
    return bytes;
  });
  const cycle = (kind, attrs, n) => page.evaluate(async ([kind, attrs, n]) => {
    const stage = document.getElementById('stage');
    for (let i = 0; i < n; i += 1) {
      const el = document.createElement(kind);
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      const ready = new Promise((ok, no) => { el.addEventListener('govlens-ready', ok, { once: true }); el.addEventListener('govlens-error', (e) => no(new Error(e.detail.message)), { once: true }); });
      stage.append(el);
      await ready;
      el.remove();
    }
    return stage.childElementCount;
  }, [kind, attrs, n]);
  const kinds = [
    ['govlens-card', { country: 'LU' }],
    ['govlens-scores', { country: 'LU', dimension: 'Financial Disclosure' }],
    ['govlens-benchmark', { country: 'LU' }],
    ['govlens-compare', { countries: 'LU,DK' }],
    ['govlens-search', { query: 'digital identity' }],
    ['govlens-map', { indicator: 'un-egdi.egdi', highlight: 'LU' }],
  ];
  // Memory is read after a warm-up, after half the cycles and after all of them: a leak grows in
  // both halves; the allocator settling after its first large strings grows in the first only.
  console.log(`\n     element            cycles   JS heap KB: start / half / end   wasm memory KB: start / half / end   ms/cycle`);
  for (const [kind, attrs] of kinds) {
    await cycle(kind, attrs, 20); // warm up: the wasm, the corpus, the search index, the JIT
    const w0 = await wasmBytes(); // first: importing a build the first time allocates on the JS heap
    const h0 = await heap();
    const t0 = Date.now();
    let left = await cycle(kind, attrs, CYCLES / 2);
    const w1 = await wasmBytes();
    const h1 = await heap();
    left += await cycle(kind, attrs, CYCLES / 2);
    const ms = (Date.now() - t0) / CYCLES;
    const w2 = await wasmBytes();
    const h2 = await heap();
    const kb = (...v) => v.map((x) => String(Math.round(x / 1024))).join(' / ');
    console.log(`     ${kind.padEnd(18)} ${String(CYCLES).padStart(6)}   ${kb(h0, h1, h2).padEnd(30)}   ${kb(w0, w1, w2).padEnd(34)}   ${ms.toFixed(1)}`);
    // Stable: over the second half, the JS heap within 128 KB (V8's own noise) and the wasm
    // memory within one 64 KB page; over all the cycles, within 256 KB each.
    check(`${kind}: ${CYCLES} create/remove cycles leave the JS heap stable (${Math.round((h2 - h0) / 1024)} KB in all, ${Math.round((h2 - h1) / 1024)} KB in the second half)`, h2 - h1 < 128 * 1024 && h2 - h0 < 256 * 1024 && left === 0);
    check(`${kind}: ${CYCLES} create/remove cycles leave the wasm memory stable (${Math.round((w2 - w0) / 1024)} KB in all, ${Math.round((w2 - w1) / 1024)} KB in the second half)`, w2 - w1 <= 64 * 1024 && w2 - w0 <= 256 * 1024);
  }
  check('lifecycles: nothing thrown into the page', uncaught.length === 0, uncaught.join(' | '));
  await context.close();
}

await browser.close();
server.close();
// node:test prints the totals and sets the exit code once every check has run.
