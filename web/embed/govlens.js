// govlens embed: one module script registers <govlens-card>, <govlens-scores>,
// <govlens-benchmark>, <govlens-compare>, <govlens-search>, <govlens-ranking>, <govlens-trend>
// and <govlens-map>.
//
//   <script type="module" src="https://example.org/govlens/govlens.js"></script>
//   <govlens-card country="LU"></govlens-card>
//
// Each element renders in its own open shadow root, styled by constructable stylesheets (no
// inline styles or scripts, so a strict CSP works). All elements on a page share one wasm
// instance and one corpus download, started when the first element comes into view. Errors are
// shown inside the element; nothing is thrown into the host page.
//
// `corpus` names a corpus file, or a folder written by `govlens split` (a URL ending in `/`):
// then a card, a score chart or a comparison downloads only its countries' card parts
// (`card/LU.govlens`), whatever the number of countries, and search downloads the folder's
// manifest and then only the index shards and passage texts each query needs.

const HERE = new URL('./', import.meta.url);
// Where this script's files are, by name (`govlens_card_bg.wasm`), each with its Subresource
// Integrity hash or '': beside the script under their own names unless listed. The CDN folder's
// copy has its content-hashed names and hashes written in here by web/embed/cdn.mjs; the npm
// package @govlens/embed lists the URLs a bundler gave its files before this module runs.
const FILES = /* files */ globalThis[Symbol.for('govlens.files')] || null;
const INTEGRITY = Object.create(null);
if (FILES) {
  const names = Object.keys(FILES);
  for (let i = 0; i < names.length; i += 1) if (FILES[names[i]][1]) INTEGRITY[new URL(FILES[names[i]][0], HERE).href] = FILES[names[i]][1];
}

function fileUrl(name) {
  const listed = FILES && FILES[name];
  return new URL(listed ? listed[0] : name, HERE);
}

// fetch(), checked against the file's integrity hash where this copy has one.
function fetchChecked(url) {
  const integrity = INTEGRITY[String(url)];
  return integrity ? fetch(url, { integrity }) : fetch(url);
}
const KINDS = ['card', 'scores', 'benchmark', 'compare', 'search', 'ranking', 'trend', 'map'];
const ATTRIBUTES = ['country', 'countries', 'framework', 'dimension', 'query', 'source', 'limit', 'title', 'theme', 'corpus', 'indicator', 'year', 'region', 'highlight', 'reference', 'heading-level', 'sections', 'differences-only', 'lang', 'area'];

// What the element shows before the wasm arrives, and its reserved height (no layout shift):
// by default the height of Luxembourg's element at a phone's width or, from 900 px, at a wide
// column's (FITTED, below, 2026-12-04), then, once the script runs, at its own column's width;
// an element with its content prerendered (`govlens snippet`: [prerendered] and a declarative
// shadow root) reserves nothing, its content holds its height.
// The reservations, between the two markers, are also written out as govlens.css by
// reserve-css.mjs (make web), for pages that want them from the first paint.
const HOST_CSS = `
:host { display: block !important; box-sizing: border-box; }
:host([hidden]) { display: none !important; }
/* reservations */
:host(govlens-card:not([prerendered]):not(:state(ready)):not(:state(error))) { min-height: var(--govlens-reserve, var(--gl-fit, 8070px)); }
:host(govlens-scores:not([prerendered]):not(:state(ready)):not(:state(error))) { min-height: var(--govlens-reserve, var(--gl-fit, 770px)); }
:host(govlens-scores[dimension]:not([prerendered]):not(:state(ready)):not(:state(error))) { min-height: var(--govlens-reserve, var(--gl-fit, 1750px)); }
:host(govlens-benchmark:not([prerendered]):not(:state(ready)):not(:state(error))) { min-height: var(--govlens-reserve, var(--gl-fit, 1960px)); }
:host(govlens-compare:not([prerendered]):not(:state(ready)):not(:state(error))) { min-height: var(--govlens-reserve, var(--gl-fit, 12010px)); }
:host(govlens-search:not([prerendered]):not(:state(ready)):not(:state(error))) { min-height: var(--govlens-reserve, var(--gl-fit, 200px)); }
:host(govlens-search[query]:not([prerendered]):not(:state(ready)):not(:state(error))) { min-height: var(--govlens-reserve, var(--gl-fit, 2630px)); }
:host(govlens-ranking:not([region]):not([prerendered]):not(:state(ready)):not(:state(error))) { min-height: var(--govlens-reserve, var(--gl-fit, 6210px)); }
:host(govlens-trend:not([prerendered]):not(:state(ready)):not(:state(error))) { min-height: var(--govlens-reserve, var(--gl-fit, 560px)); }
:host(govlens-map:not([prerendered]):not(:state(ready)):not(:state(error))) { min-height: var(--govlens-reserve, var(--gl-fit, 820px)); }
/* Compact elements: the demo's (a card's two sections, five of a comparison's questions, a
   region's ranking), whose heights vary with what they show; never fitted. */
:host(govlens-card[sections]:not([prerendered]):not(:state(ready)):not(:state(error))) { min-height: var(--govlens-reserve, 1380px); }
:host(govlens-compare[limit]:not([prerendered]):not(:state(ready)):not(:state(error))) { min-height: var(--govlens-reserve, 2170px); }
:host(govlens-compare[differences-only]:not([prerendered]):not(:state(ready)):not(:state(error))) { min-height: var(--govlens-reserve, 2170px); }
:host(govlens-compare[sections]:not([prerendered]):not(:state(ready)):not(:state(error))) { min-height: var(--govlens-reserve, 2170px); }
:host(govlens-ranking[region]:not([prerendered]):not(:state(ready)):not(:state(error))) { min-height: var(--govlens-reserve, 1780px); }
@media (min-width: 900px) {
  :host(govlens-card:not([prerendered]):not(:state(ready)):not(:state(error))) { min-height: var(--govlens-reserve, var(--gl-fit, 3710px)); }
  :host(govlens-scores:not([prerendered]):not(:state(ready)):not(:state(error))) { min-height: var(--govlens-reserve, var(--gl-fit, 560px)); }
  :host(govlens-scores[dimension]:not([prerendered]):not(:state(ready)):not(:state(error))) { min-height: var(--govlens-reserve, var(--gl-fit, 1070px)); }
  :host(govlens-benchmark:not([prerendered]):not(:state(ready)):not(:state(error))) { min-height: var(--govlens-reserve, var(--gl-fit, 1180px)); }
  :host(govlens-compare:not([prerendered]):not(:state(ready)):not(:state(error))) { min-height: var(--govlens-reserve, var(--gl-fit, 5650px)); }
  :host(govlens-search[query]:not([prerendered]):not(:state(ready)):not(:state(error))) { min-height: var(--govlens-reserve, var(--gl-fit, 1300px)); }
  :host(govlens-ranking:not([region]):not([prerendered]):not(:state(ready)):not(:state(error))) { min-height: var(--govlens-reserve, var(--gl-fit, 6080px)); }
  :host(govlens-trend:not([prerendered]):not(:state(ready)):not(:state(error))) { min-height: var(--govlens-reserve, var(--gl-fit, 730px)); }
  :host(govlens-map:not([prerendered]):not(:state(ready)):not(:state(error))) { min-height: var(--govlens-reserve, var(--gl-fit, 830px)); }
  :host(govlens-card[sections]:not([prerendered]):not(:state(ready)):not(:state(error))) { min-height: var(--govlens-reserve, 590px); }
  :host(govlens-compare[limit]:not([prerendered]):not(:state(ready)):not(:state(error))) { min-height: var(--govlens-reserve, 1120px); }
  :host(govlens-compare[differences-only]:not([prerendered]):not(:state(ready)):not(:state(error))) { min-height: var(--govlens-reserve, 1120px); }
  :host(govlens-compare[sections]:not([prerendered]):not(:state(ready)):not(:state(error))) { min-height: var(--govlens-reserve, 1120px); }
  :host(govlens-ranking[region]:not([prerendered]):not(:state(ready)):not(:state(error))) { min-height: var(--govlens-reserve, 1530px); }
}
/* end of reservations */
/* On paper nothing is reserved: an element shows what it has. */
@media print { :host { min-height: 0 !important; } }
.gl-wait { all: initial; display: block; font: 14px/1.4 system-ui, sans-serif; color: #4d5560; padding: 16px; }
.gl-fail { all: initial; display: block; font: 15px/1.45 system-ui, sans-serif; color: #1b1f24; background: #f3f5f8;
  border-left: 4px solid #a4161a; padding: 10px 14px; }
.gl-fail strong { color: #a4161a; display: block; }
.gl-fail details { margin-top: 6px; font-size: 13px; color: #4d5560; }
.gl-fail summary { cursor: pointer; }
`;

// What an element reserves in its own column, before its script has drawn it: Luxembourg's
// elements as the README writes them, measured at these column widths (2026-12-04, Chromium),
// as [up to this width, the height]. The viewport's defaults above hold until the script runs
// (govlens.css); then an element in a 300 px sidebar on a wide screen reserves a sidebar's
// height, not a wide column's. Not for a compact element (sections, limit, differences-only,
// a ranking's region): their heights vary with what they show, and the defaults hold.
const FITTED = {
  'govlens-card': [[340, 9470], [530, 8070], [890, 5890], [Infinity, 3710]],
  'govlens-scores': [[340, 900], [530, 770], [890, 600], [Infinity, 560]],
  'govlens-scores[dimension]': [[340, 1940], [530, 1750], [890, 1110], [Infinity, 1070]],
  'govlens-benchmark': [[340, 2180], [530, 1960], [890, 1850], [Infinity, 1180]],
  'govlens-compare': [[340, 14440], [530, 12010], [890, 7500], [Infinity, 5650]],
  'govlens-search[query]': [[340, 3260], [530, 2630], [890, 1640], [Infinity, 1300]],
  'govlens-ranking': [[340, 6580], [530, 6210], [890, 6140], [Infinity, 6080]],
  'govlens-trend': [[340, 590], [530, 560], [890, 570], [Infinity, 730]],
  'govlens-map': [[340, 920], [530, 820], [890, 730], [Infinity, 830]],
};
const COMPACT = ['sections', 'limit', 'differences-only', 'region'];

// Sets an element's fitted reservation (`--gl-fit`, under the host's `--govlens-reserve`) from
// its column's width; none for a compact element or one whose kind has no measure.
function fit(element) {
  for (let i = 0; i < COMPACT.length; i += 1) if (element.hasAttribute(COMPACT[i])) return;
  const key = element.kind === 'govlens-scores' && element.hasAttribute('dimension') ? 'govlens-scores[dimension]'
    : element.kind === 'govlens-search' ? (element.hasAttribute('query') ? 'govlens-search[query]' : '') : element.kind;
  const steps = FITTED[key];
  if (!steps) return;
  const width = element.getBoundingClientRect().width;
  if (!(width > 0)) return;
  for (let i = 0; i < steps.length; i += 1) {
    if (width <= steps[i][0]) { element.style.setProperty('--gl-fit', `${steps[i][1]}px`); return; }
  }
}

// Roots of removed elements, by element name, for the next element of that name: Yew never
// frees an app root (its event handlers are forgotten closures), so roots are reused, not
// leaked one per element. The component in a parked root is destroyed; only the root waits.
const SPARE_ROOTS = 4;
const spare = Object.create(null);

let hostSheet;
let widgetSheet;
// The builds of the widget, smallest first, with the elements each has: a page loads the
// smallest build that has every govlens element on it (a news article with one card loads only
// the card's code). An element a loaded build has uses it; one added later that no loaded
// build has loads the next build that has it. Build name -> Promise<module exports>.
const BUILDS = [
  ['govlens_card', ['govlens-card']],
  ['govlens_cards', ['govlens-card', 'govlens-scores', 'govlens-benchmark', 'govlens-compare', 'govlens-ranking', 'govlens-trend', 'govlens-map']],
  ['govlens_search', ['govlens-search']],
  ['govlens_widget', ['govlens-card', 'govlens-scores', 'govlens-benchmark', 'govlens-compare', 'govlens-search', 'govlens-ranking', 'govlens-trend', 'govlens-map']],
];
const builds = Object.create(null);
// Library key -> Promise<Library>; the key names the build and the files. A plain object, and
// index loops below: a host page may have replaced Array or Map methods, and the elements must
// still work (tests/npm/hostile.mjs).
const libraries = Object.create(null);

function sheet(css) {
  const s = new CSSStyleSheet();
  s.replaceSync(css);
  return s;
}

// Whether `list` holds `value` (Array.prototype.includes, by hand: a host page may have
// replaced it).
function listed(list, value) {
  for (let i = 0; i < list.length; i += 1) if (list[i] === value) return true;
  return false;
}

function has(build, kind) {
  return listed(build[1], kind);
}

function buildFor(kind) {
  // A build already loading that has this element.
  for (let i = 0; i < BUILDS.length; i += 1) if (builds[BUILDS[i][0]] && has(BUILDS[i], kind)) return BUILDS[i][0];
  // Else the smallest that has this element and every other govlens element on the page.
  for (let i = 0; i < BUILDS.length; i += 1) {
    const b = BUILDS[i];
    if (!has(b, kind)) continue;
    let all = true;
    for (let k = 0; k < KINDS.length && all; k += 1) {
      const tag = `govlens-${KINDS[k]}`;
      if (!has(b, tag) && document.querySelector(tag)) all = false;
    }
    if (all) return b[0];
  }
  return BUILDS[BUILDS.length - 1][0];
}

// A WebAssembly trap (`unreachable`, out of bounds) leaves an instance dead: every later call
// into it traps too. So that one element's trap cannot take down the others (issue 20, finding
// 1), the loader retires every instance it has when it sees one; what starts next imports the
// build's glue again under a new URL (a new module, a new instance), and an element whose
// update traps starts again. Files already fetched are kept.
let generation = 0;
function retire() {
  generation += 1;
  for (const k in builds) delete builds[k];
  for (const k in libraries) delete libraries[k];
  for (const k in spare) delete spare[k];
  for (const k in wordsAdded) delete wordsAdded[k];
}

function trapped(e) {
  return typeof WebAssembly === 'object' && e instanceof WebAssembly.RuntimeError;
}

// A trap inside a component's own task (a search's response, an event handler) reaches the
// page as an error event, not through the loader.
if (typeof window === 'object') {
  window.addEventListener('error', (e) => { if (trapped(e.error)) retire(); });
  window.addEventListener('unhandledrejection', (e) => { if (trapped(e.reason)) retire(); });
}

function loadWasm(name) {
  builds[name] ??= (async () => {
    // The wasm's download starts beside the glue's, not after it (wasm-bindgen's init takes
    // the response, and still compiles it while it streams).
    const wasmUrl = fileUrl(`${name}_bg.wasm`);
    const binary = fetchChecked(wasmUrl);
    binary.catch(() => {});
    let glue;
    try {
      const url = fileUrl(`${name}.js`);
      if (generation) url.searchParams.set('instance', generation);
      glue = await import(/* @vite-ignore */ url.href);
    } catch (e) {
      throw coded(`govlens's code at ${HERE} could not be loaded (${e.message})`, 'fetch-failed');
    }
    try {
      await glue.default({ module_or_path: binary });
    } catch (e) {
      // A Content-Security-Policy without 'wasm-unsafe-eval' refuses to compile WebAssembly.
      if (e instanceof WebAssembly.CompileError && /Content.Security.Policy|unsafe-eval/i.test(e.message)) {
        throw coded("this page's Content-Security-Policy does not allow WebAssembly; its script-src needs 'wasm-unsafe-eval'", 'wasm-blocked');
      }
      // fetch() says only "Failed to fetch" when a file does not match its integrity hash.
      const checked = INTEGRITY[wasmUrl.href] ? '; a file that does not match its integrity hash is refused' : '';
      throw coded(`govlens's WebAssembly could not be started (${e.message}${checked})`, 'fetch-failed');
    }
    widgetSheet ??= sheet(glue.styles());
    return glue;
  })();
  return builds[name];
}

// An Error with its stable code (core's ERROR_CODES), which `govlens-error` events carry.
function coded(message, code) {
  const e = new Error(message);
  e.code = code;
  return e;
}

function codeOf(error) {
  return error && typeof error.code === 'string' ? error.code : 'internal';
}

// Corpus file URL -> Promise<Uint8Array>, so a part two libraries share is fetched once.
const files = Object.create(null);

function fetchBytes(url, what) {
  if (files[url]) return files[url];
  files[url] = (async () => {
    let response;
    try {
      response = await fetchChecked(url);
    } catch (e) {
      throw coded(`${what} at ${url} could not be fetched (${e.message})`, 'fetch-failed');
    }
    if (!response.ok) throw coded(`${what} at ${url} could not be loaded: HTTP ${response.status}`, 'fetch-failed');
    return new Uint8Array(await response.arrayBuffer());
  })();
  // Handled from the start: a search awaits its files one after another, and a file that fails
  // before its turn would otherwise reach the host page as an unhandled rejection (issue 20,
  // finding 2). Whoever awaits it still gets the error. Once, where the promise is made.
  files[url].catch(() => {});
  return files[url];
}

// The builds hold English only (issue 21: the other three languages were 17 KB gzip of every
// page's code): an element in French, German or Danish first needs its language's words and
// country names, `lang-fr.govlens` beside the builds (about 6 KB gzip), fetched beside the wasm
// and added once to each instance that needs it. `tag` is the locale the loader expects
// (localeOf); the instance says which file it needs (core's Locale::from_tag), the authority.
function wordsUrl(tag) {
  return fileUrl(`lang-${tag}.govlens`).href;
}

function fetchWords(tag) {
  return fetchBytes(wordsUrl(tag), `govlens's ${tag} words`);
}

const wordsAdded = Object.create(null);
function addWords(name, glue, lang) {
  const tag = glue.wordsNeeded(lang);
  if (!tag) return null;
  const key = `${name} ${tag}`;
  const url = wordsUrl(tag);
  wordsAdded[key] ??= fetchWords(tag).then((bytes) => {
    try {
      glue.addWords(bytes);
    } catch (e) {
      throw coded(`the file at ${url} is not a usable govlens language file: ${e.message}`, 'corpus-invalid');
    }
  });
  // A file that failed is fetched again by the next element that needs it.
  wordsAdded[key].catch(() => { delete wordsAdded[key]; delete files[url]; });
  return wordsAdded[key];
}

// Whether an element's instance lacks the words of `lang`: an instance that trapped since
// (retired) cannot say, and the element starts again as if it lacked them.
function lacksWords(glue, lang) {
  try {
    return !!glue.wordsNeeded(lang);
  } catch (e) {
    return true;
  }
}

// The library an element's `from` names (see `source`), in the build `name`.
function loadLibrary(name, from) {
  const key = `${name} ${from.key}`;
  libraries[key] ??= (async () => {
    // The code and the data download side by side: every request starts before any is awaited.
    const code = loadWasm(name);
    const requests = [];
    for (let i = 0; i < from.urls.length; i += 1) requests[i] = fetchBytes(from.urls[i], from.what);
    // A request that fails while another is awaited must not surface as an unhandled rejection.
    for (let i = 0; i < requests.length; i += 1) requests[i].catch(() => {});
    code.catch(() => {});
    const glue = await code;
    const parts = [];
    for (let i = 0; i < requests.length; i += 1) parts[i] = await requests[i];
    try {
      if (from.manifest) {
        // Search in a split folder: the index shards and passage texts a query needs, fetched
        // when it needs them, relative to the manifest.
        const base = from.urls[0];
        return glue.Library.fromManifest(parts[0], (path) => fetchBytes(new URL(path, base).href, 'the search index'));
      }
      return from.parts ? glue.Library.fromParts(parts) : glue.Library.fromBytes(parts[0]);
    } catch (e) {
      throw coded(`the file at ${joined(from.urls, ', ')} is not a usable govlens corpus: ${e.message}`, 'corpus-invalid');
    }
  })();
  return libraries[key];
}

// What an element loads: the corpus file; in a split folder, its countries' card parts, or for
// search the folder's manifest.
function source(element, corpus) {
  if (!corpus.endsWith('/')) return { key: corpus, urls: [corpus], what: 'the corpus' };
  if (element.kind === 'govlens-search') {
    const manifest = new URL('manifest.govlens', corpus).href;
    return { key: manifest, urls: [manifest], what: 'the search manifest', manifest: true };
  }
  // Every part's values cite the datasets' shared tables (`tables.govlens`), read first.
  const urls = [new URL('tables.govlens', corpus).href];
  const many = element.kind === 'govlens-compare' || element.kind === 'govlens-trend';
  const list = (element.getAttribute(many ? 'countries' : 'country') || '').split(',');
  const codes = [];
  for (let i = 0; i < list.length; i += 1) {
    const code = list[i].trim().toUpperCase();
    // Only a two-letter code names a file; anything else reaches the component, which says
    // what is wrong with it.
    if (/^[A-Z]{2}$/.test(code)) codes[codes.length] = code;
  }
  if (element.kind === 'govlens-ranking' || element.kind === 'govlens-trend' || element.kind === 'govlens-map') {
    // One indicator, named by its full id (un-egdi.egdi): for a ranking its year's values of
    // every country (`indicator/<id>.govlens` is the latest year), for a trend its countries'
    // values of the indicator's dataset over the years and the dataset's aggregates.
    const id = (element.getAttribute('indicator') || '').trim();
    if (!/^[a-z0-9-]+\.[A-Za-z0-9-]+$/.test(id)) {
      return { key: `${corpus} indicator:${id}`, urls: [], what: 'the indicator data', parts: true, invalid: `indicator="${id}" is not an indicator id such as un-egdi.egdi (in a split folder, the full id names its file)` };
    }
    if (element.kind !== 'govlens-trend') {
      const year = (element.getAttribute('year') || '').trim();
      urls[1] = new URL(/^[0-9]{4}$/.test(year) ? `indicator/${id}/${year}.govlens` : `indicator/${id}.govlens`, corpus).href;
      // A map's shapes: its area's, or both where core decides the area from the values.
      if (element.kind === 'govlens-map') {
        const area = (element.getAttribute('area') || '').trim().toLowerCase();
        if (area !== 'europe') urls[urls.length] = new URL('map/world.govlens', corpus).href;
        if (area !== 'world') urls[urls.length] = new URL('map/europe.govlens', corpus).href;
      }
    } else {
      const dataset = id.slice(0, id.indexOf('.'));
      for (let i = 0; i < codes.length; i += 1) urls[urls.length] = new URL(`series/${dataset}/${codes[i]}.govlens`, corpus).href;
      urls[urls.length] = new URL(`series/${dataset}/aggregates.govlens`, corpus).href;
    }
    return { key: `${corpus} ${joined(urls, ' ')}`, urls, what: 'the indicator data', parts: true };
  }
  // A comparison reads the UN answers in full, which are in each country's rest part.
  for (let i = 0; i < codes.length; i += 1) {
    urls[urls.length] = new URL(`card/${codes[i]}.govlens`, corpus).href;
    if (element.kind === 'govlens-compare') urls[urls.length] = new URL(`rest/${codes[i]}.govlens`, corpus).href;
  }
  return { key: `${corpus} ${joined(urls, ' ')}`, urls, card: urls[1], what: 'the country card data', parts: true };
}

// Array.prototype.join, by hand: a host page may have replaced it.
function joined(list, sep) {
  let out = '';
  for (let i = 0; i < list.length; i += 1) out += (i ? sep : '') + list[i];
  return out;
}

// A card from a split folder shows at once from its prerendered HTML (`card/LU.html`, written
// by govlens-prerender with the same component and data), while the wasm downloads and
// starts; the live card then takes its place in the same task, so the reader sees no change.
// Only for a card with no govlens attribute but these (the HTML was made for them alone).
const PREVIEW_ATTRIBUTES = ['country', 'corpus', 'theme'];
// What the card's markup is made of. The HTML is fetched, so it is parsed inert (a template)
// and shown only if every element and attribute is one of these, links only http(s): a file
// that holds anything else is not shown (the live card follows as before).
const PREVIEW_TAGS = ['a', 'article', 'button', 'dd', 'div', 'dl', 'dt', 'em', 'h3', 'h4', 'header', 'li', 'ol', 'p', 'section', 'small', 'span', 'strong', 'ul'];
const PREVIEW_ATTRS = ['class', 'title', 'aria-label', 'aria-expanded', 'href', 'rel', 'target', 'type', 'lang'];
let previewSheet;

function previewable(element, from) {
  if (element.kind !== 'govlens-card' || !from.parts || from.urls.length !== 2) return false;
  // The prerendered file is the English card.
  if (localeOf(element) !== 'en') return false;
  for (let i = 0; i < ATTRIBUTES.length; i += 1) {
    if (element.hasAttribute(ATTRIBUTES[i]) && !listed(PREVIEW_ATTRIBUTES, ATTRIBUTES[i])) return false;
  }
  return true;
}

// URL -> Promise<text or null>: the preview and its style sheet are fetched once per page, not
// once per element (300 cards on a page made 300 requests for the same file).
const texts = Object.create(null);
function fetchText(url) {
  texts[url] ??= (async () => {
    const response = await fetchChecked(url);
    return response.ok ? response.text() : null;
  })();
  return texts[url];
}

// The prerendered card as a fragment, or null if it holds anything the card does not.
function previewFragment(html) {
  const template = document.createElement('template');
  template.innerHTML = html;
  const walker = document.createTreeWalker(template.content, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_COMMENT | NodeFilter.SHOW_PROCESSING_INSTRUCTION);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType !== Node.ELEMENT_NODE || node.namespaceURI !== 'http://www.w3.org/1999/xhtml' || !listed(PREVIEW_TAGS, node.localName)) return null;
    for (let i = 0; i < node.attributes.length; i += 1) {
      const { name, value } = node.attributes[i];
      if (!listed(PREVIEW_ATTRS, name)) return null;
      if (name === 'href' && !/^https?:\/\//i.test(value)) return null;
      if (name === 'target' && value !== '_blank') return null;
      // Only the rel the card writes: `opener` would let the opened page navigate this one.
      if (name === 'rel' && value !== 'noopener noreferrer') return null;
    }
    // A link that opens a new tab never keeps the opener, whatever the file says.
    if (node.localName === 'a' && node.hasAttribute('target')) node.setAttribute('rel', 'noopener noreferrer');
  }
  return template.content;
}

// The element's language (issue 18, item 2): its own `lang`, else the nearest ancestor's,
// else the document's (for an element inside another component's shadow root, which
// `closest` does not leave); '' when none says. Core writes the content in it; what the loader
// itself writes (before the wasm, or when it failed) is below.
function langOf(element) {
  const holder = element.closest('[lang]');
  return (holder ? holder.getAttribute('lang') : document.documentElement.getAttribute('lang') || '').trim();
}

// The primary subtag if govlens has words for it, else English (as core falls back).
function localeOf(element) {
  const tag = langOf(element).toLowerCase();
  const primary = tag.slice(0, 2);
  return (tag.length === 2 || tag[2] === '-' || tag[2] === '_') && listed(['fr', 'de', 'da'], primary) ? primary : 'en';
}

// The loader's own words: shown before the wasm arrives or when it could not load, so they
// cannot come from core. `{name}` is the element (`govlens card`).
const LOADER_WORDS = {
  en: { loading: 'Loading…', failed: 'This {name} could not be shown.', reader: 'Its data could not be loaded. Reloading the page may help.', detail: 'Technical detail', static: 'This {name} stays static.' },
  fr: { loading: 'Chargement…', failed: 'Impossible d’afficher cet élément ({name}).', reader: 'Ses données n’ont pas pu être chargées. Recharger la page peut aider.', detail: 'Détail technique', static: 'Cet élément ({name}) reste statique.' },
  de: { loading: 'Wird geladen…', failed: 'Dieses Element ({name}) konnte nicht angezeigt werden.', reader: 'Seine Daten konnten nicht geladen werden. Die Seite neu zu laden kann helfen.', detail: 'Technische Details', static: 'Dieses Element ({name}) bleibt statisch.' },
  da: { loading: 'Indlæser…', failed: 'Elementet ({name}) kunne ikke vises.', reader: 'Dets data kunne ikke indlæses. Det kan hjælpe at genindlæse siden.', detail: 'Tekniske detaljer', static: 'Elementet ({name}) forbliver statisk.' },
};

// One observer for every element: start when within 200 px of the viewport.
const MARGIN = 200;
const observer = typeof IntersectionObserver === 'function'
  ? new IntersectionObserver((entries) => {
      for (let i = 0; i < entries.length; i += 1) {
        const e = entries[i];
        if (e.isIntersecting) { observer.unobserve(e.target); e.target._start(); }
      }
    }, { rootMargin: `${MARGIN}px` })
  : null;

// Elements connected in one task are looked at together, once: those already within the margin
// of the viewport start at once (the observer would only say so after the first frame, 20 to
// 50 ms later), the others wait for the observer. One layout for the batch, not one each.
let connected = null;
function whenConnected(element) {
  if (!observer) { element._start(); return; }
  if (!connected) {
    connected = [];
    queueMicrotask(() => {
      const batch = connected;
      connected = null;
      const bottom = window.innerHeight + MARGIN;
      for (let i = 0; i < batch.length; i += 1) {
        const el = batch[i];
        if (!el.isConnected || el._mounted || el._started) continue;
        const r = el.getBoundingClientRect();
        const near = r.top < bottom && r.bottom > -MARGIN && (r.width > 0 || r.height > 0);
        if (near) el._start(); else observer.observe(el);
      }
    });
  }
  connected[connected.length] = element;
}

// A chart as an image (issue 18, item 7): its SVGs, as drawn, stacked under its title and over
// its source line, every mark's computed style written on it (the file has no style sheet),
// on the chart's own background. `Download SVG` saves that; `Download PNG` draws it on a canvas
// at twice its size. Index loops and no prototypes the host may have replaced.
const SVG_NS = 'http://www.w3.org/2000/svg';
const STYLED = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'opacity', 'font-family', 'font-size', 'font-weight', 'visibility'];

// `text` in lines of at most `width` characters, at word boundaries.
function wrapped(text, width) {
  const words = text.split(/\s+/);
  const lines = [];
  let line = '';
  for (let i = 0; i < words.length; i += 1) {
    if (!words[i]) continue;
    if (line && line.length + 1 + words[i].length > width) { lines[lines.length] = line; line = words[i]; } else line = line ? `${line} ${words[i]}` : words[i];
  }
  if (line) lines[lines.length] = line;
  return lines;
}

function textLines(parent, lines, x, y, size, weight, colour) {
  for (let i = 0; i < lines.length; i += 1) {
    const t = document.createElementNS(SVG_NS, 'text');
    t.setAttribute('x', String(x));
    t.setAttribute('y', String(y + (i + 1) * size * 1.3));
    // Through the CSSOM, not a style attribute: a strict style-src allows it.
    t.style.cssText = `font: ${weight} ${size}px system-ui, sans-serif; fill: ${colour}`;
    t.textContent = lines[i];
    parent.append(t);
  }
  return y + lines.length * size * 1.3;
}

// A legend key's colour (its border where it is a tick, else its fill) and the words after it.
function computedKey(key) {
  const st = getComputedStyle(key);
  const fill = st.backgroundColor;
  const colour = fill && fill !== 'rgba(0, 0, 0, 0)' ? fill : st.borderLeftColor;
  return { colour, label: (key.nextSibling?.textContent || '').trim() };
}

function figureImage(figure) {
  const PAD = 16;
  const charts = figure.querySelectorAll('svg.gl-svg, svg.gl-trend');
  let widest = 0;
  for (let c = 0; c < charts.length; c += 1) widest = Math.max(widest, charts[c].getBoundingClientRect().width);
  const width = Math.max(320, Math.round(widest) + 2 * PAD);
  const look = getComputedStyle(figure);
  const out = document.createElementNS(SVG_NS, 'svg');
  out.setAttribute('xmlns', SVG_NS);
  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', getComputedStyle(figure.closest('.gl-root') || figure).backgroundColor || '#fff');
  out.append(background);
  const chars = (size) => Math.floor((width - 2 * PAD) / (size * 0.55));
  let y = textLines(out, wrapped(figure.querySelector('.gl-title')?.textContent || '', chars(18)), PAD, PAD - 4, 18, 700, look.color) + 8;
  // The legend's keys (the first legend's: a chart in groups repeats it), each a swatch of its
  // colour and its words; then what its badges mean, where it says.
  const legend = figure.querySelector('.gl-legend:not(.gl-badge-legend)');
  const keys = legend ? legend.querySelectorAll('.gl-key') : [];
  if (keys.length > 0) {
    let x = PAD;
    for (let k = 0; k < keys.length; k += 1) {
      const key = computedKey(keys[k]);
      const swatch = document.createElementNS(SVG_NS, 'rect');
      swatch.setAttribute('x', String(x));
      swatch.setAttribute('y', String(y + 4));
      swatch.setAttribute('width', '12');
      swatch.setAttribute('height', '12');
      swatch.style.cssText = `fill: ${key.colour}`;
      out.append(swatch);
      textLines(out, [key.label], x + 16, y - 1, 13, 400, look.color);
      x += 16 + key.label.length * 7.5 + 18;
    }
    y += 24;
  }
  const badges = figure.querySelector('.gl-badge-legend')?.textContent;
  if (badges) y = textLines(out, wrapped(badges, chars(12)), PAD, y - 4, 12, 400, look.color) + 6;
  for (let c = 0; c < charts.length; c += 1) {
    const chart = charts[c];
    const box = chart.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    // A small multiple's or a group's own heading, where it has one.
    const heading = chart.closest('.gl-multiple')?.querySelector('.gl-multiple-title') || chart.closest('.gl-group')?.querySelector('.gl-subhead');
    if (heading) y = textLines(out, [heading.textContent], PAD, y, 14, 600, look.color) + 4;
    const copy = chart.cloneNode(true);
    const from = chart.querySelectorAll('*');
    const to = copy.querySelectorAll('*');
    for (let i = 0; i < from.length && i < to.length; i += 1) {
      const computed = getComputedStyle(from[i]);
      let style = '';
      for (let k = 0; k < STYLED.length; k += 1) style += `${STYLED[k]}: ${computed.getPropertyValue(STYLED[k])}; `;
      to[i].style.cssText = style;
      to[i].removeAttribute('tabindex');
    }
    copy.setAttribute('x', String(PAD));
    copy.setAttribute('y', String(Math.round(y)));
    copy.setAttribute('width', String(Math.round(box.width)));
    copy.setAttribute('height', String(Math.round(box.height)));
    out.append(copy);
    y += box.height + 10;
  }
  // What checks found about its values (the chart's ⚑ marks), then the source line.
  const flags = figure.querySelectorAll('.gl-flag');
  for (let f = 0; f < flags.length; f += 1) y = textLines(out, wrapped(flags[f].textContent, chars(12)), PAD, y, 12, 400, look.color) + 4;
  const source = figure.querySelector('.gl-source')?.textContent || '';
  y = textLines(out, wrapped(source, chars(12)), PAD, y, 12, 400, look.color) + PAD;
  out.setAttribute('width', String(width));
  out.setAttribute('height', String(Math.ceil(y)));
  out.setAttribute('viewBox', `0 0 ${width} ${Math.ceil(y)}`);
  return { svg: new XMLSerializer().serializeToString(out), width, height: Math.ceil(y) };
}

function save(blob, name) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

function exportChart(button) {
  const figure = button.closest('.gl-figure');
  if (!figure) return;
  const { svg, width, height } = figureImage(figure);
  const name = button.getAttribute('data-gl-file') || 'govlens-chart';
  const file = new Blob([svg], { type: 'image/svg+xml' });
  if (button.getAttribute('data-gl-export') === 'svg') { save(file, `${name}.svg`); return; }
  const image = new Image();
  const url = URL.createObjectURL(file);
  image.onload = () => {
    const canvas = document.createElement('canvas');
    canvas.width = width * 2;
    canvas.height = height * 2;
    const g = canvas.getContext('2d');
    g.scale(2, 2);
    g.drawImage(image, 0, 0, width, height);
    URL.revokeObjectURL(url);
    canvas.toBlob((png) => { if (png) save(png, `${name}.png`); }, 'image/png');
  };
  // A page whose CSP has no `img-src blob:` refuses the image: said on the console.
  image.onerror = () => { URL.revokeObjectURL(url); console.warn('govlens: the PNG could not be drawn (does the page\'s Content-Security-Policy allow img-src blob:?)'); };
  image.src = url;
}

// Printing starts every element that is still waiting to come into view (lazy loading would
// print them as empty boxes), on the browser's beforeprint and when print media starts to
// match (a print emulation, or a browser that does not fire beforeprint).
function startAll() {
  for (let k = 0; k < KINDS.length; k += 1) {
    const waiting = document.querySelectorAll(`govlens-${KINDS[k]}`);
    for (let i = 0; i < waiting.length; i += 1) {
      const el = waiting[i];
      if (el._started || el._mounted || !el.isConnected || typeof el._start !== 'function') continue;
      observer?.unobserve(el);
      el._start();
    }
  }
}
if (typeof window !== 'undefined') {
  window.addEventListener('beforeprint', startAll);
  window.matchMedia?.('print').addEventListener?.('change', (e) => { if (e.matches) startAll(); });
}

// On a server (a framework rendering the page in Node imports @govlens/embed) there is no DOM:
// the module loads and defines nothing; the browser's import defines the elements.
const DOM = typeof HTMLElement === 'function' && typeof customElements === 'object';

class GovlensElement extends (DOM ? HTMLElement : Object) {
  static observedAttributes = ATTRIBUTES;

  constructor() {
    super();
    upgradeProperties(this);
    // A snippet's element arrives with its content in a declarative shadow root: kept, shown
    // as it is (styled by its own link to govlens-widget.css) until the live content
    // replaces it in place.
    const given = this.shadowRoot;
    this._shadow = given || this.attachShadow({ mode: 'open' });
    hostSheet ??= sheet(HOST_CSS);
    this._shadow.adoptedStyleSheets = [hostSheet];
    this._internals = this.attachInternals?.();
    let held = null;
    if (given && this.hasAttribute('prerendered')) {
      for (let i = 0; i < given.children.length; i += 1) if (given.children[i].classList.contains('gl-root')) held = given.children[i];
    }
    this._static = !!held;
    if (held) {
      this._root = held;
      this._internals?.states?.add('static');
    } else {
      this._root = document.createElement('div');
      this._shadow.replaceChildren(this._root);
    }
    this._mounted = null;
    this._run = 0; // bumped on removal, so a start that finishes late does nothing
    // The live content's state, told to the host on each change: a problem the component
    // shows (an unknown country, a comparison of one country) is an error like a load failure.
    this._state = null;
    this._watch = new MutationObserver(() => this._settle());
    this._shadow.addEventListener('click', (e) => {
      const button = e.target && e.target.closest ? e.target.closest('[data-gl-export]') : null;
      if (button) exportChart(button);
    });
  }

  get kind() { return this.localName; }

  connectedCallback() {
    this._theme();
    if (this._mounted) return;
    if (!this._static) {
      fit(this);
      this._wait(this._words().loading);
    }
    whenConnected(this);
  }

  disconnectedCallback() {
    this._run += 1;
    this._started = false;
    observer?.unobserve(this);
    this._unmount();
  }

  attributeChangedCallback(name, old, value) {
    if (old === value) return;
    if (name === 'theme') this._theme();
    // A new corpus, or in a split folder new countries, is another library.
    const countries = name === 'country' || name === 'countries' || name === 'indicator' || ((name === 'year' || name === 'area') && (this.kind === 'govlens-ranking' || this.kind === 'govlens-map'));
    if (this._mounted && (name === 'corpus' || (countries && this._corpus.endsWith('/')))) { this._unmount(); this._start(); return; }
    // Another language whose words this instance does not have yet: loaded before it shows.
    if (this._mounted && name === 'lang' && this._glue && lacksWords(this._glue, value || langOf(this))) { this._unmount(); this._start(); return; }
    if (this._mounted) {
      try {
        this._mounted.update(this._attrs());
      } catch (e) {
        if (!trapped(e)) { this._fail(e); return; }
        retire();
        this._mounted = null;
        this._start();
      }
    } else if (this._started && (name === 'corpus' || countries)) {
      // Still loading (or showing a preview) for the old country: start again for the new one.
      this._wait(this._words().loading);
      this._start();
    }
  }

  // The attributes for core, with the inherited `lang` where the element has none of its own.
  _attrs() {
    const out = [];
    for (let i = 0; i < this.attributes.length; i += 1) {
      out[2 * i] = this.attributes[i].name;
      out[2 * i + 1] = this.attributes[i].value;
    }
    if (!this.hasAttribute('lang')) {
      const lang = langOf(this);
      if (lang) { out[out.length] = 'lang'; out[out.length] = lang; }
    }
    return out;
  }

  _words() { return LOADER_WORDS[localeOf(this)]; }

  _theme() {
    const t = (this.getAttribute('theme') || 'light').toLowerCase();
    // `auto` follows the reader's colour scheme through the stylesheet's media query.
    this._root.className = `gl-root is-${t === 'dark' || t === 'auto' ? t : 'light'}`;
  }

  async _start(retried = false) {
    const run = ++this._run;
    this._started = true;
    this._shown = null;
    const corpus = (this.getAttribute('corpus') ? new URL(this.getAttribute('corpus'), document.baseURI) : fileUrl('govlens.corpus')).href;
    const from = source(this, corpus);
    if (from.invalid) { this._fail(coded(from.invalid, 'unknown-indicator')); return; }
    const build = buildFor(this.kind);
    if (!this._static && previewable(this, from)) this._preview(from, run);
    const lang = langOf(this);
    const locale = localeOf(this);
    // Its language file downloads beside the code and the data, not after them.
    if (locale !== 'en') fetchWords(locale).catch(() => {});
    try {
      const library = await loadLibrary(build, from);
      const glue = await loadWasm(build);
      await addWords(build, glue, lang);
      this._glue = glue;
      // A preview on the page is painted before the live card replaces it (else the reader
      // would wait for the live card anyway: the browser paints between tasks, not within).
      if (this._shown) await this._shown;
      if (run !== this._run || !this.isConnected) return;
      this._shadow.adoptedStyleSheets = [hostSheet, widgetSheet];
      this._library = `${build} ${from.key}`;
      const parked = spare[`${this.kind} ${this._library}`];
      if (parked && parked.length > 0) {
        const reused = parked[parked.length - 1];
        parked.length -= 1;
        this._root.replaceWith(reused.root);
        this._root = reused.root;
        this._theme();
        this._mounted = reused.mounted;
        this._mounted.update(this._attrs());
      } else {
        // Yew renders in a microtask, before the next frame: the preview or the snippet's
        // content, if shown, is never seen missing.
        this._root.replaceChildren();
        this._unstatic();
        try {
          this._mounted = glue.mount(this.kind, this._root, library, this._attrs());
        } catch (e) {
          // An instance that trapped before (elsewhere, unseen): once more, on a new one.
          if (!trapped(e) || retried) throw e;
          retire();
          this._start(true);
          return;
        }
      }
      this._internals?.states?.delete('preview');
      this._corpus = corpus;
      // Ready or error once the component has rendered (Yew renders in a microtask queued by
      // the mount, which runs before this one), and again whenever what it shows changes.
      this._state = null;
      this._watch.observe(this._root, { childList: true, subtree: true });
      queueMicrotask(() => this._settle());
    } catch (e) {
      if (run === this._run) this._fail(e);
    }
  }

  // Tells the host what the live content is: `govlens-error` and `:state(error)` when the
  // component shows a problem (its title and detail in the event), else `govlens-ready` and
  // `:state(ready)`; an event only when the state changes.
  _settle() {
    if (!this._mounted) return;
    const problem = this._root.querySelector('.gl-error[role="alert"]');
    const state = problem ? 'error' : 'ready';
    if (state === this._state) return;
    this._state = state;
    this._internals?.states?.delete(problem ? 'ready' : 'error');
    this._internals?.states?.add(state);
    if (problem) {
      const title = problem.querySelector('.gl-error-title')?.textContent || '';
      const message = [...problem.querySelectorAll('p')].slice(1).map((p) => p.textContent).join(' ');
      const code = problem.getAttribute('data-code') || 'internal';
      this.dispatchEvent(new CustomEvent('govlens-error', { bubbles: true, composed: true, detail: { title, message: message || title, kind: 'problem', code } }));
    } else {
      this.dispatchEvent(new CustomEvent('govlens-ready', { bubbles: true, composed: true }));
    }
  }

  // The prerendered card, shown if it arrives before the live card is mounted. Anything that
  // goes wrong here only means no preview: the live card (or its error) follows regardless.
  async _preview(from, run) {
    try {
      previewSheet ??= fetchText(fileUrl('govlens-widget.css').href).then((css) => (css === null ? null : sheet(css)));
      const html = fetchText(from.card.replace(/\.govlens$/, '.html'));
      html.catch(() => {});
      const css = await previewSheet;
      const markup = await html;
      if (css === null || markup === null || run !== this._run || this._mounted || !this.isConnected) return;
      const fragment = previewFragment(markup);
      if (!fragment) return;
      this._shadow.adoptedStyleSheets = [hostSheet, css];
      this._root.replaceChildren(fragment);
      // Painted once the frame after the next animation frame's callbacks has run.
      this._shown = new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
      this._internals?.states?.add('preview');
      this.dispatchEvent(new CustomEvent('govlens-preview', { bubbles: true, composed: true }));
    } catch (e) { /* no preview */ }
  }

  // Removal destroys the component. Its root is parked for the next element of this kind
  // (up to SPARE_ROOTS of them), else destroyed and freed with it.
  _unmount() {
    const m = this._mounted;
    this._mounted = null;
    this._watch.disconnect();
    this._state = null;
    this._internals?.states?.delete('ready');
    this._internals?.states?.delete('error');
    this._internals?.states?.delete('preview');
    if (!m) return;
    // A parked root keeps its library: it is for the next element of the same kind and library.
    const key = `${this.kind} ${this._library}`;
    const parked = spare[key] || (spare[key] = []);
    try {
      if (parked.length < SPARE_ROOTS) {
        m.park();
        parked[parked.length] = { root: this._root, mounted: m };
        this._root = document.createElement('div');
        this._root.className = 'gl-root';
        this._shadow.replaceChildren(this._root);
      } else {
        m.destroy();
        m.free();
      }
    } catch (e) { /* already gone */ }
  }

  // The snippet's content is gone (replaced by the live content, or stale for a new
  // country): so is its style sheet link, and the state that said so.
  _unstatic() {
    if (!this._static) return;
    this._static = false;
    this._internals?.states?.delete('static');
    const children = this._shadow.children;
    for (let i = children.length - 1; i >= 0; i -= 1) if (children[i].localName === 'link') children[i].remove();
  }

  _wait(text) {
    this._unstatic();
    const p = document.createElement('p');
    p.className = 'gl-wait';
    p.setAttribute('lang', localeOf(this));
    p.textContent = text;
    this._root.replaceChildren(p);
  }

  _fail(error) {
    // The failure box is no render of the component's: the watch would call it ready.
    this._watch.disconnect();
    const message = String(error && error.message ? error.message : error);
    const name = this.kind.replace('govlens-', 'govlens ');
    const words = this._words();
    const locale = localeOf(this);
    // A snippet's content is still right: it stays, and the host hears why it stays static.
    if (this._static) {
      console.warn(`govlens: ${this.kind} stays as its prerendered content: ${message}`);
      this.dispatchEvent(new CustomEvent('govlens-error', { bubbles: true, composed: true, detail: { title: words.static.replace('{name}', name), message, kind: 'load', code: codeOf(error), static: true } }));
      return;
    }
    const box = document.createElement('div');
    box.className = 'gl-fail';
    box.setAttribute('role', 'alert');
    box.setAttribute('lang', locale);
    // The reader gets a short sentence; the technical detail (which URL, which status) is for
    // the page's developer: folded away in the box, in the event's detail and on the console.
    const title = document.createElement('strong');
    title.textContent = words.failed.replace('{name}', name);
    const reader = document.createElement('span');
    reader.className = 'gl-fail-reader';
    reader.textContent = words.reader;
    const more = document.createElement('details');
    const summary = document.createElement('summary');
    summary.textContent = words.detail;
    const detail = document.createElement('span');
    // The detail is for the page's developer, in English.
    if (locale !== 'en') detail.setAttribute('lang', 'en');
    detail.textContent = message;
    more.append(summary, detail);
    box.append(title, reader, more);
    console.warn(`govlens: ${this.kind}${this.id ? `#${this.id}` : ''} could not be shown: ${detail.textContent}`);
    this._shadow.adoptedStyleSheets = [hostSheet];
    this._internals?.states?.delete('preview');
    this._root.className = 'gl-root-failed';
    this._root.replaceChildren(box);
    this._internals?.states?.delete('ready');
    this._internals?.states?.add('error');
    this.dispatchEvent(new CustomEvent('govlens-error', { bubbles: true, composed: true, detail: { title: title.textContent, message: detail.textContent, kind: 'load', code: codeOf(error) } }));
  }
}

// Each attribute as a property, for frameworks and scripts that set properties (React 19 does on
// custom elements): `el.country = 'LU'`, `el.countries = ['LU', 'DK']` (written comma-separated),
// `el.differencesOnly = true`, `el.headingLevel = 3`; null, undefined or false removes the
// attribute. Reading gives the attribute (a boolean for differences-only). `title` and `lang`
// are HTMLElement's own already.
const BOOLEAN_ATTRIBUTES = ['differences-only'];
function propertyOf(name) {
  let out = '';
  for (let i = 0; i < name.length; i += 1) out += name[i] === '-' ? '' : name[i - 1] === '-' ? name[i].toUpperCase() : name[i];
  return out;
}
const PROPERTIES = [];
for (let i = 0; i < ATTRIBUTES.length; i += 1) {
  const name = ATTRIBUTES[i];
  const prop = propertyOf(name);
  if (DOM && prop in HTMLElement.prototype) continue;
  PROPERTIES[PROPERTIES.length] = prop;
  const flag = listed(BOOLEAN_ATTRIBUTES, name);
  Object.defineProperty(GovlensElement.prototype, prop, {
    configurable: true,
    enumerable: true,
    get() { return flag ? this.hasAttribute(name) : this.getAttribute(name); },
    set(value) {
      if (value === null || value === undefined || value === false) this.removeAttribute(name);
      else if (flag) this.setAttribute(name, '');
      else this.setAttribute(name, typeof value === 'object' && typeof value.length === 'number' ? joined(value, ',') : String(value));
    },
  });
}
// A property set before the element was defined (a framework that rendered first) is an own
// property of the element that hides the accessor: taken off and set again through it.
function upgradeProperties(el) {
  for (let i = 0; i < PROPERTIES.length; i += 1) {
    const prop = PROPERTIES[i];
    if (Object.prototype.hasOwnProperty.call(el, prop)) {
      const value = el[prop];
      delete el[prop];
      el[prop] = value;
    }
  }
}

// A second copy of this script on the page registers nothing twice.
for (let i = 0; i < KINDS.length && DOM; i += 1) {
  const tag = `govlens-${KINDS[i]}`;
  if (!customElements.get(tag)) customElements.define(tag, class extends GovlensElement {});
}
