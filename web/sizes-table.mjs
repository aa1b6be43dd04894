// The README's size table, from the built files: `write` puts it between the README's
// `<!-- sizes -->` and `<!-- /sizes -->` markers, `check` fails (exit 1, both tables printed)
// when the README's figures are not the build's. `make embed-test` checks; after a change
// that moves a size, `node web/sizes-table.mjs write README.md` (from a fresh clone's build,
// as CI makes it: the wasm builds are the same on every machine, Makefile's path remapping).
//
//   node web/sizes-table.mjs write|check README.md
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const [mode, readme] = process.argv.slice(2);
if (!["write", "check"].includes(mode) || !readme) throw new Error("usage: node web/sizes-table.mjs write|check README.md");

const EMBED = "dist/web/embed";
const NPM = "dist/npm";
const measure = (path) => {
  const b = readFileSync(path);
  return { raw: b.length, gzip: gzipSync(b, { level: 9 }).length, brotli: brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length };
};
const n = (x) => x.toLocaleString("en-US");
const rows = [];
const file = (label, path) => {
  const m = measure(path);
  rows.push(`| ${label} | ${n(m.raw)} | ${n(m.gzip)} | ${n(m.brotli)} |`);
  return m;
};
// A tarball is compressed already: its bytes only.
const tarball = (label, path) => rows.push(`| ${label} | ${n(readFileSync(path).length)} | (gzip) | |`);
const sum = (label, parts) => {
  const t = parts.reduce((a, m) => ({ raw: a.raw + m.raw, gzip: a.gzip + m.gzip, brotli: a.brotli + m.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  rows.push(`| ${label} | ${n(t.raw)} | ${n(t.gzip)} | ${n(t.brotli)} |`);
};

rows.push("| file (embed: `make web`, `dist/web/embed/`) | raw | gzip -9 | brotli 11 |", "| --- | ---: | ---: | ---: |");
const loader = file("`govlens.js`, the elements and the loader", `${EMBED}/govlens.js`);
file("`govlens.css`, the reservations (optional)", `${EMBED}/govlens.css`);
file("`govlens-widget.css`, a prerendered card's style sheet", `${EMBED}/govlens-widget.css`);
const build = {};
for (const [name, what] of [["govlens_card", "the card alone"], ["govlens_cards", "all but search"], ["govlens_search", "search alone"], ["govlens_widget", "every element"]]) {
  build[name] = [file(`\`${name}_bg.wasm\`, ${what}`, `${EMBED}/${name}_bg.wasm`), file(`\`${name}.js\`, its glue`, `${EMBED}/${name}.js`)];
}
file("`govlens.corpus`, documents, datasets and map shapes", `${EMBED}/govlens.corpus`);
for (const [tag, language] of [["fr", "French"], ["de", "German"], ["da", "Danish"]]) file(`\`lang-${tag}.govlens\`, ${language} words and country names (a page in ${language} only)`, `${EMBED}/lang-${tag}.govlens`);
sum("**code of a page with cards only** (govlens.js + govlens_card)", [loader, ...build.govlens_card]);
sum("**code of a page with charts, a comparison, a ranking, a trend or a map** (+ govlens_cards)", [loader, ...build.govlens_cards]);
sum("**code of a page with search only** (govlens.js + govlens_search)", [loader, ...build.govlens_search]);
sum("**code of a page with search and another element** (govlens.js + govlens_widget)", [loader, ...build.govlens_widget]);
rows.push("| **npm: `@govlens/core`** (`make npm-package`, `dist/npm/`) | | | |");
file("`govlens_wasm_bg.wasm`, the engine", `${NPM}/govlens_wasm_bg.wasm`);
file("`govlens_wasm.js`, its glue", `${NPM}/govlens_wasm.js`);
file("`index.js`", `${NPM}/index.js`);
file("`govlens_snippet_bg.wasm`, the build-time snippet (Node only)", `${NPM}/govlens_snippet_bg.wasm`);
tarball("`govlens-core-0.1.0.tgz`, the package", "dist/govlens-core-0.1.0.tgz");
rows.push("| **npm: `@govlens/embed`** and the CDN folder (`make embed-package`) | | | |");
tarball("`govlens-embed-0.1.0.tgz`, the package (the four builds, the corpus and the language files)", "dist/govlens-embed-0.1.0.tgz");
const cdnEntry = readdirSync("dist/cdn").find((f) => /^govlens\.[0-9a-f]{10}\.js$/.test(f));
file("`govlens.<hash>.js`, the CDN folder's loader (its files' names and hashes in it)", `dist/cdn/${cdnEntry}`);
const table = `${rows.join("\n")}\n`;

const text = readFileSync(readme, "utf8");
const start = text.indexOf("<!-- sizes -->\n");
const end = text.indexOf("<!-- /sizes -->");
if (start < 0 || end < start) throw new Error(`${readme} has no <!-- sizes --> ... <!-- /sizes --> block`);
const current = text.slice(start + "<!-- sizes -->\n".length, end);
if (mode === "write") {
  writeFileSync(readme, text.slice(0, start) + "<!-- sizes -->\n" + table + text.slice(end));
  console.log(`${readme}: size table written (${rows.length - 2} rows)`);
} else if (current !== table) {
  console.error(`${readme}'s size table is not the build's; run \`node web/sizes-table.mjs write ${readme}\` after a fresh clone's build.\nREADME:\n${current}\nbuild:\n${table}`);
  process.exit(1);
} else {
  console.log(`${readme}: the size table is the build's (${rows.length - 2} rows)`);
}
