// @govlens/core/snippet: `govlens snippet` at build time, in Node (a static-site generator, a
// CMS's build step): the embed code of an element with its content prerendered inside it, so
// that the page shows the figure from its own HTML, with scripts off too, and govlens.js takes
// it over in place. The renderer is the embed's own components in WebAssembly
// (govlens_snippet_bg.wasm), so the markup is the command's, byte for byte.
import { readFile } from "node:fs/promises";
import init, { Snippets } from "./govlens_snippet.js";

let engine;
/** Corpus path or bytes -> the decoded corpus, once each. */
const decoded = new Map();

async function snippets(corpus) {
  engine ??= readFile(new URL("govlens_snippet_bg.wasm", import.meta.url)).then((bytes) => init({ module_or_path: bytes }));
  await engine;
  if (corpus instanceof Uint8Array) return new Snippets(corpus);
  const path = corpus ?? new URL("govlens.corpus", import.meta.url);
  const key = String(path);
  if (!decoded.has(key)) decoded.set(key, readFile(path).then((bytes) => new Snippets(bytes)));
  return decoded.get(key);
}

/**
 * The embed code for `element` (`card`, `scores`, `benchmark`, `compare`, `ranking`, `trend`,
 * `map`, or `govlens-card`...) with `attributes` (`{ country: "LU", lang: "fr" }`; `true` for a
 * boolean attribute such as `differences-only`).
 * @param {string} element
 * @param {Record<string, string | number | boolean>} [attributes]
 * @param {{ corpus?: string | URL | Uint8Array, base?: string, script?: boolean, inlineCss?: boolean }} [options]
 *   `corpus`: a corpus file's path or bytes (default: the package's own govlens.corpus);
 *   `base`: the URL of the folder that holds govlens.js and govlens-widget.css, as the page sees
 *   it (default: relative to the page); `script`: put the script tag first (default true; a page
 *   needs it once); `inlineCss`: the style sheet inside the snippet rather than linked.
 * @returns {Promise<string>} rejected with what the command says (an unknown country, an
 *   attribute no element reads, search, which has no static form).
 */
export async function snippet(element, attributes = {}, options = {}) {
  const s = await snippets(options.corpus);
  const pairs = [];
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === undefined || value === null) continue;
    pairs.push(name, value === true ? "" : String(value));
  }
  const base = options.base ?? "";
  const html = await s.render(element, pairs, base, options.inlineCss === true);
  return options.script === false ? html : `${Snippets.scriptTag(base)}\n${html}`;
}
