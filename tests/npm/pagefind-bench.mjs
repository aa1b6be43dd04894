// Pagefind beside govlens (make bench): the same passages, one small HTML page each, indexed by
// Pagefind (npm); the same queries of the ranking set, searched in Chromium with Pagefind's own
// browser library. Prints search latency, ranking quality, and the bytes a page downloads to run
// its first search, against govlens's first-search payload (wasm, glue, loader, corpus).
//
//   node pagefind-bench.mjs <passages.json> <queries.json> <site-dir-for-pages> <embed-dir> <pagefind binary>
import { launch } from './harness.mjs';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { join } from 'node:path';
import { serve } from '../../web/serve.mjs';

const [passagesFile, queriesFile, SITE, EMBED, PAGEFIND = 'node_modules/.bin/pagefind'] = process.argv.slice(2);
const passages = JSON.parse(readFileSync(passagesFile, 'utf8'));
const set = JSON.parse(readFileSync(queriesFile, 'utf8'));
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

rmSync(SITE, { recursive: true, force: true });
mkdirSync(join(SITE, 'p'), { recursive: true });
for (const p of passages) {
  writeFileSync(join(SITE, 'p', `${p.id}.html`), `<!doctype html><html lang="${p.language || 'en'}"><head><meta charset="utf-8"><title>${esc(p.section.join(' > '))}</title></head>
<body><main data-pagefind-body><h1>${esc(p.section.join(' > '))}</h1><p>${esc(p.text)}</p></main></body></html>`);
}
const t0 = Date.now();
execFileSync(PAGEFIND, ['--site', SITE, '--force-language', 'en'], { stdio: 'pipe' });
const indexMs = Date.now() - t0;
writeFileSync(join(SITE, 'bench.html'), `<!doctype html><meta charset="utf-8"><title>pagefind bench</title><pre id="out">running…</pre>
<script type="module">
const queries = ${JSON.stringify(set)};
const pagefind = await import('/pagefind/pagefind.js');
await pagefind.init();
const idOf = (url) => url.replace(/^.*\\/p\\//, '').replace(/\\.html$/, '');
const t0 = performance.now();
const first = await pagefind.search(queries[0].q);
const firstTop = await Promise.all(first.results.slice(0, 10).map((r) => r.data()));
const firstMs = performance.now() - t0;
const per = [];
const ranked = [];
for (const { q } of queries) {
  const t = performance.now();
  for (let i = 0; i < 20; i++) await pagefind.search(q);
  per.push((performance.now() - t) / 20);
  const r = await pagefind.search(q);
  ranked.push((await Promise.all(r.results.slice(0, 10).map((x) => x.data()))).map((d) => idOf(d.url)));
}
document.getElementById('out').textContent = JSON.stringify({ per, ranked, firstMs, firstHits: firstTop.length });
</script>`);

const server = await serve(SITE, 0);
const browser = await launch();
const page = await browser.newPage();
const fetched = [];
page.on('requestfinished', (r) => fetched.push(new URL(r.url()).pathname));
await page.goto(`http://127.0.0.1:${server.address().port}/bench.html`);
await page.waitForFunction(() => document.getElementById('out').textContent !== 'running…', null, { timeout: 300000 });
const r = JSON.parse(await page.textContent('#out'));
server.close();

const sizes = (paths, root) => {
  let raw = 0, gz = 0, br = 0;
  for (const f of paths) {
    const b = readFileSync(join(root, f));
    raw += b.length; gz += gzipSync(b, { level: 9 }).length; br += brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  return { raw, gz, br };
};

// govlens's first search, in the page a site would have: the element on the split folder (the
// manifest, then the shards and texts the query needs) and on the whole corpus file. Every file
// the page fetched after its own HTML is counted; the time is from navigation to the hits painted.
const WEB = join(EMBED, '..');
const govlensFirst = async (corpus) => {
  writeFileSync(join(WEB, 'bench-first-search.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>first search</title>
<script type="module" src="/embed/govlens.js"></script></head><body>
<govlens-search id="s" corpus="${corpus}" query="${esc(set[0].q)}"></govlens-search></body></html>`);
  const site = await serve(WEB, 0);
  const gpage = await browser.newPage();
  const files = [];
  gpage.on('requestfinished', (req) => { const f = new URL(req.url()).pathname; if (f.startsWith('/embed/') && !files.includes(f)) files.push(f); });
  await gpage.goto(`http://127.0.0.1:${site.address().port}/bench-first-search.html`);
  await gpage.waitForFunction(() => document.getElementById('s').shadowRoot?.querySelectorAll('li[data-passage]').length > 0, null, { timeout: 60000 });
  const ms = await gpage.evaluate(() => performance.now());
  await gpage.close();
  site.close();
  return { files, ms, ...sizes(files.map((f) => f.replace(/^\/embed\//, '')), EMBED) };
};
const gvSplit = await govlensFirst('/embed/split/');
const gvWhole = await govlensFirst('/embed/govlens.corpus');
await browser.close();

// Pagefind's first search: its library, wasm, entry, and the index chunks and fragments the
// first query fetched (they come before the timing loop's requests). Pagefind compresses its
// index files itself, so their raw bytes are what travels.
const pfFirst = [];
for (const f of fetched) {
  if (!f.startsWith('/pagefind/') || pfFirst.includes(f)) continue;
  pfFirst.push(f);
  if (pfFirst.filter((x) => x.includes('/fragment/')).length >= r.firstHits) break;
}
const pf = sizes(pfFirst, SITE);

const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.round((xs.length - 1) * p)];
let s1 = 0, s5 = 0, mrr = 0;
set.forEach(({ relevant }, i) => {
  const ids = r.ranked[i];
  if (relevant.length === 0) { const ok = ids.length === 0 ? 1 : 0; s1 += ok; s5 += ok; mrr += ok; return; }
  const at = ids.findIndex((id) => relevant.includes(id));
  if (at === 0) s1 += 1; if (at >= 0 && at < 5) s5 += 1; if (at >= 0) mrr += 1 / (at + 1);
});
const n = set.length;
console.log(`Pagefind (npm pagefind, ${passages.length} pages indexed in ${indexMs} ms), ${n} queries in Chromium, each the mean of 20 runs`);
console.log(`  Pagefind         p50 ${(pct(r.per, 0.5) * 1000).toFixed(1).padStart(9)} µs  p99 ${(pct(r.per, 0.99) * 1000).toFixed(1).padStart(9)} µs   S@1 ${(s1 / n).toFixed(3)}  S@5 ${(s5 / n).toFixed(3)}  MRR@10 ${(mrr / n).toFixed(3)}`);
console.log(`  first query (with the top 10 results' fragments): ${r.firstMs.toFixed(1)} ms`);
const data = (g) => sizes(g.files.filter((f) => !/\.(js|wasm)$/.test(f)).map((f) => f.replace(/^\/embed\//, '')), EMBED);
const row = (name, g) => `  ${name.padEnd(26)} ${String(g.files.length).padStart(3)} files ${String(g.raw).padStart(8)} raw ${String(g.gz).padStart(7)} gzip ${String(g.br).padStart(7)} brotli   (data ${data(g).gz} gzip)`;
console.log(`  first-search payload (every file the page fetched for its first query; Pagefind compresses its index itself, so its raw bytes are what travels):`);
console.log(`  ${'Pagefind'.padEnd(26)} ${String(pfFirst.length).padStart(3)} files ${String(pf.raw).padStart(8)} raw ${String(pf.gz).padStart(7)} gzip ${String(pf.br).padStart(7)} brotli`);
console.log(row('govlens, split folder', gvSplit));
console.log(row('govlens, whole file', gvWhole));
const wire = Math.min(pf.raw, pf.gz);
console.log(`  ratio govlens gzip / Pagefind on the wire: split ${(gvSplit.gz / wire).toFixed(2)}, whole file ${(gvWhole.gz / wire).toFixed(2)}; first query painted ${gvSplit.ms.toFixed(0)} ms (split) and ${gvWhole.ms.toFixed(0)} ms (whole file) after navigation`);
console.log(`  govlens split files: ${gvSplit.files.map((f) => f.replace('/embed/', '')).join(' ')}`);
