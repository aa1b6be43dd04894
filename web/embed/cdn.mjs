// The embed as a self-contained folder for a CDN: every file under a content-hashed name
// (`govlens_card_bg.3f9a1c0b2d.wasm`, so that it can be cached for a year and a new release
// never mixes with an old one), govlens.js with those names and their Subresource Integrity
// hashes written in (it fetches the wasm, the corpus and the style sheet with `integrity`) and
// minified (minify.mjs),
// and the script tag with govlens.js's own hash, printed and written to snippet.html.
//
//   node web/embed/cdn.mjs dist/web/embed dist/cdn
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { FILES_MARKER, minified } from "./minify.mjs";

const [from, to] = process.argv.slice(2);
if (!from || !to) throw new Error("usage: node cdn.mjs EMBED_DIR OUT_DIR");

const FILES = [
  "govlens_card.js", "govlens_card_bg.wasm", "govlens_cards.js", "govlens_cards_bg.wasm",
  "govlens_search.js", "govlens_search_bg.wasm", "govlens_widget.js", "govlens_widget_bg.wasm",
  "govlens.corpus", "govlens-widget.css", "govlens.css", "lang-fr.govlens", "lang-de.govlens", "lang-da.govlens",
];
const hashed = (name, bytes) => {
  const dot = name.lastIndexOf(".");
  return `${name.slice(0, dot)}.${createHash("sha256").update(bytes).digest("hex").slice(0, 10)}${name.slice(dot)}`;
};
const integrity = (bytes) => `sha384-${createHash("sha384").update(bytes).digest("base64")}`;

rmSync(to, { recursive: true, force: true });
mkdirSync(to, { recursive: true });
const table = {};
const manifest = {};
for (const name of FILES) {
  const bytes = readFileSync(join(from, name));
  const out = hashed(name, bytes);
  writeFileSync(join(to, out), bytes);
  table[name] = [out, integrity(bytes)];
  manifest[name] = { file: out, integrity: integrity(bytes), bytes: bytes.length };
}

// The package's readable loader, minified as `make web` minifies the embed's.
const source = await minified(readFileSync(join(from, "govlens.js"), "utf8"), "govlens.js");
if (!source.includes(FILES_MARKER)) throw new Error(`govlens.js has no files marker (${FILES_MARKER})`);
const script = Buffer.from(source.replace(FILES_MARKER, `/* files */ ${JSON.stringify(table)}`));
const entry = hashed("govlens.js", script);
writeFileSync(join(to, entry), script);
manifest["govlens.js"] = { file: entry, integrity: integrity(script), bytes: script.length };
writeFileSync(join(to, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);

const css = manifest["govlens.css"];
const tag = [
  `<link rel="stylesheet" href="${css.file}" integrity="${css.integrity}" crossorigin="anonymous">`,
  `<script type="module" src="${entry}" integrity="${manifest["govlens.js"].integrity}" crossorigin="anonymous"></script>`,
].join("\n");
writeFileSync(join(to, "snippet.html"), `${tag}\n`);
console.log(`CDN folder ${to}: ${Object.keys(manifest).length} files; the tags (prefix the folder's URL):\n${tag}`);
