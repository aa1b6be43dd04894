// @govlens/core: load the corpus and query it. The engine is WebAssembly (govlens_wasm.js);
// this file finds the wasm module and the corpus next to it, hands the bytes over, and for a
// split folder fetches the files the engine asks for (the engine itself does no I/O).
import init, { Govlens } from "./govlens_wasm.js";

export { Govlens };

/** An Error with govlens's stable `code` (the engine's own carry theirs). */
function failure(message, code) {
  const e = new Error(message);
  e.code = code;
  return e;
}

/** Where each split store's files are: its folder's URL. */
const folders = new WeakMap();

/** In Node (no browser window): files are read from disk, paths are relative to the working directory. */
const NODE = typeof globalThis.process?.versions?.node === "string" && typeof globalThis.window === "undefined";

/** `where` as a URL: in Node a path without a scheme is a file. */
function urlOf(where) {
  if (where instanceof URL) return where;
  if (NODE && !/^[a-z][a-z0-9+.-]*:/i.test(where)) return new URL(where, `file://${globalThis.process.cwd()}/`);
  return new URL(where, globalThis.location?.href);
}

/** A file's bytes, in Node; the module name is a variable so that bundlers leave it alone. */
async function readFileBytes(url, what) {
  const fs = "node:fs/promises";
  const { readFile } = await import(/* @vite-ignore */ fs);
  try {
    return new Uint8Array(await readFile(url));
  } catch (e) {
    throw failure(`govlens: ${what} could not be read (${e.code ?? e.message})`, "fetch-failed");
  }
}

/** The bytes at `url`; an Error naming `what` (the URL itself unless said) when it is not there. */
async function fetchBytes(url, what = String(url)) {
  if (String(url).startsWith("file:")) return readFileBytes(url, what);
  let response;
  try {
    response = await fetch(url);
  } catch (e) {
    throw failure(`govlens: ${what} could not be fetched (${e.message})`, "fetch-failed");
  }
  if (!response.ok) {
    throw failure(`govlens: ${what} could not be fetched (HTTP ${response.status})`, "fetch-failed");
  }
  return new Uint8Array(await response.arrayBuffer());
}

/** Fetches the split folder's files at `paths` (relative to its manifest) and adds them. */
async function addAll(govlens, paths) {
  const folder = folders.get(govlens);
  if (!folder) throw failure("govlens: this corpus is not a split folder, it has nothing to fetch", "not-split");
  const files = await fetchAll(folder, paths);
  paths.forEach((p, i) => govlens.add(p, files[i]));
}

/** The bytes of the split folder's files at `paths` (relative to `folder`), fetched together. */
function fetchAll(folder, paths) {
  return Promise.all(paths.map((p) => fetchBytes(new URL(p, folder))));
}

/**
 * Searches, fetching the index shards and texts a split folder needs first (a whole corpus
 * answers at once). Resolves to the same results as `search`.
 */
Govlens.prototype.searchAsync = async function (query, options) {
  // Shards, then the texts of the hits' countries: two rounds; a third means the folder's files
  // and its manifest disagree.
  for (let round = 0; round < 3; round++) {
    const step = this.step(query, options);
    if (step.done) return step.done;
    await addAll(this, step.fetch);
  }
  throw failure("govlens: the split folder still needs files after they were added; is its manifest from another build?", "manifest-mismatch");
};

/** Fetches the datasets' tables and these countries' card and rest parts from a split folder, so that the views can show them. */
Govlens.prototype.loadCountries = async function (countries) {
  const paths = this.partsFor(countries);
  if (paths.length) await addAll(this, paths);
};

/**
 * The store an indicator's view reads: this one for a whole corpus; from a split folder, a new
 * store of the files that view needs (the tables, the indicator's year, a map's shapes, a
 * trend's series), which core names (`Govlens.indicatorParts`).
 */
Govlens.prototype.loadIndicator = async function (indicator, options = {}) {
  const folder = folders.get(this);
  if (!folder) return this;
  const { view = "ranking", year, area, countries } = options ?? {};
  const paths = Govlens.indicatorParts(view, indicator, { year, area, countries });
  return Govlens.fromParts(await fetchAll(folder, paths));
};

/**
 * Loads the engine and a corpus, in a browser or in Node.
 * @param {{ corpus?: string | URL, bytes?: Uint8Array, wasm?: string | URL | BufferSource }} [options]
 *   `corpus`: where to fetch the corpus from (default: govlens.corpus next to this module; in
 *   Node a path or a file: URL is read from disk); a URL ending in `/` is a split folder
 *   (`govlens split`): its manifest is fetched, the rest as queries need it; `bytes`: a corpus
 *   already in memory (no fetch); `wasm`: where the wasm is, or its bytes.
 * @returns {Promise<Govlens>}
 */
export async function load(options = {}) {
  let wasm = options.wasm ?? new URL("govlens_wasm_bg.wasm", import.meta.url);
  // Node's fetch reads no file: URL: the wasm's bytes, read here.
  if (typeof wasm === "string" || wasm instanceof URL) {
    const at = urlOf(wasm);
    if (at.protocol === "file:") wasm = await readFileBytes(at, `the wasm at ${at}`);
  }
  await init({ module_or_path: wasm });
  if (options.bytes) return Govlens.fromBytes(options.bytes);
  const url = options.corpus === undefined ? new URL("govlens.corpus", import.meta.url) : urlOf(options.corpus);
  const folder = String(url).endsWith("/") ? url : null;
  if (folder) {
    const govlens = Govlens.fromManifest(await fetchBytes(new URL("manifest.govlens", folder)));
    folders.set(govlens, folder);
    return govlens;
  }
  return Govlens.fromBytes(await fetchBytes(url, `the corpus at ${url}`));
}
