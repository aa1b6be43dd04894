// Tests of the packed @govlens/embed tarball and of the CDN folder, as consumers get them: the
// tarball installed (not the source tree), its DOM and React 19 types checked by tsc, and in
// headless Chromium a Vite build, a React 19 app built by Vite, a plain page with an import
// map, and the CDN folder's script tag with its integrity hash (and a tampered file refused).
//
//   node embed.mjs ../../dist/govlens-embed-0.1.0.tgz ../../dist/cdn
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { check, launch, same } from "./harness.mjs";
import { serve } from "../../web/serve.mjs";

const tarball = resolve(process.argv[2] ?? "../../dist/govlens-embed-0.1.0.tgz");
const cdn = resolve(process.argv[3] ?? "../../dist/cdn");
const here = resolve(".");
const run = (cmd, args) => execFileSync(cmd, args, { cwd: here, stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" });

run("npm", ["install", "--no-save", "--no-audit", "--no-fund", "--silent", tarball]);
const pkg = join(here, "node_modules/@govlens/embed");
check("the tarball installs with its builds", existsSync(join(pkg, "govlens_card_bg.wasm")) && existsSync(join(pkg, "govlens.corpus")));

// On a server (a framework rendering the page in Node): importing the package defines nothing and throws nothing.
{
  let out = "";
  try {
    out = run("node", ["--input-type=module", "-e", 'const m = await import("@govlens/embed"); await m.whenDefined(); console.log(m.ELEMENTS.length, typeof customElements);']).trim();
  } catch (e) {
    out = `failed: ${e.stderr}`;
  }
  same("Node: importing @govlens/embed on a server loads and defines nothing", out, "8 undefined");
}

// Types: the DOM consumer and the React app type-check; the wrong props do not.
try {
  run("node_modules/.bin/tsc", ["-p", "embed/tsconfig.json"]);
  check("types: the DOM consumer and the React 19 app type-check (strict, default lib, no skipLibCheck)", true);
} catch (e) {
  check("types: the DOM consumer and the React 19 app type-check (strict, default lib, no skipLibCheck)", false, `${e.stdout}${e.stderr}`);
}
{
  let out = "";
  try {
    run("node_modules/.bin/tsc", ["-p", "embed/tsconfig.wrong.json"]);
  } catch (e) {
    out = `${e.stdout}${e.stderr}`;
  }
  const lines = out.split("\n").filter((l) => l.includes("wrong.tsx"));
  same("types: a card without country, a map of area asia and an unknown prop are refused", lines.map((l) => l.match(/wrong\.tsx\((\d+),/)?.[1]), ["5", "6", "7"]);
}

for (const app of ["vite-app", "react-app"]) run("node_modules/.bin/vite", ["build", "--config", `embed/${app}/vite.config.js`]);
const assets = readdirSync(join(here, "embed/vite-app/dist/assets"));
same("Vite copies the four builds' wasm and glue, the corpus, the style sheet and the three language files (default config)",
  [/^govlens_[a-z]+_bg-.*\.wasm$/, /^govlens_[a-z]+-.*\.js$/, /^govlens-.*\.corpus$/, /^govlens-widget-.*\.css$/, /^lang-(fr|de|da)-.*\.govlens$/].map((re) => assets.filter((f) => re.test(f)).length), [4, 4, 1, 1, 3]);

// The CDN folder, served as a CDN would be, and a copy with one byte of the card's wasm changed.
const tampered = join(here, "embed/cdn-tampered");
rmSync(tampered, { recursive: true, force: true });
cpSync(cdn, tampered, { recursive: true });
const wasm = readdirSync(tampered).find((f) => f.startsWith("govlens_card_bg."));
const bytes = readFileSync(join(tampered, wasm));
bytes[bytes.length - 1] ^= 1;
writeFileSync(join(tampered, wasm), bytes);
const tag = readFileSync(join(cdn, "snippet.html"), "utf8");
const cdnPage = (base) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>CDN</title>${tag.replaceAll('href="', `href="${base}`).replaceAll('src="', `src="${base}`)}</head><body><govlens-card country="LU" sections="basic"></govlens-card><govlens-card id="fr" lang="fr" country="DK" sections="basic"></govlens-card></body></html>`;
writeFileSync(join(here, "embed/cdn.html"), cdnPage("/cdn/"));
writeFileSync(join(here, "embed/cdn-tampered.html"), cdnPage("/cdn-tampered/"));
const manifest = JSON.parse(readFileSync(join(cdn, "manifest.json"), "utf8"));
check("CDN: every file has a content-hashed name and an integrity hash",
  Object.entries(manifest).every(([name, f]) => /\.[0-9a-f]{10}\./.test(f.file) && f.integrity.startsWith("sha384-") && existsSync(join(cdn, f.file)) && name.split(".")[0] === f.file.split(".")[0]),
  JSON.stringify(manifest).slice(0, 300));
check("CDN: the script tag carries govlens.js's hash", tag.includes(`src="${manifest["govlens.js"].file}" integrity="${manifest["govlens.js"].integrity}" crossorigin="anonymous"`), tag);

const server = await serve(here, 0, { aliases: { "/vite/": join(here, "embed/vite-app/dist"), "/react/": join(here, "embed/react-app/dist"), "/cdn/": cdn, "/cdn-tampered/": tampered } });
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await launch();

// What an element shows once settled: its state and its shadow root's text.
async function settled(page, selector) {
  // Elements start when they come into view.
  await page.evaluate((s) => document.querySelector(s)?.scrollIntoView(), selector).catch(() => {});
  try {
    await page.waitForFunction((s) => { const el = document.querySelector(s); return el && (el.matches(":state(ready)") || el.matches(":state(error)")); }, selector, { timeout: 30000 });
  } catch {
    return { state: "timeout" };
  }
  return page.evaluate((s) => { const el = document.querySelector(s); return { state: el.matches(":state(ready)") ? "ready" : "error", text: el.shadowRoot.textContent.replace(/\s+/g, " ") }; }, selector);
}

async function open(url) {
  const page = await browser.newPage();
  const problems = [];
  const requests = [];
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
  page.on("request", (r) => requests.push(new URL(r.url()).pathname));
  page.on("response", (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${new URL(r.url()).pathname}`));
  await page.goto(url);
  return { page, problems, requests };
}

try {
  {
    const { page, problems, requests } = await open(`${base}/vite/index.html`);
    const card = await settled(page, "govlens-card");
    check("Vite: the card shows Luxembourg's basic data with its source", card.state === "ready" && card.text.includes("613,894 inhabitants") && card.text.includes("DPA factsheet 2020"), JSON.stringify(card).slice(0, 300));
    const compare = await settled(page, "#compare");
    const attrs = await page.evaluate(() => { const c = document.getElementById("compare"); return [c.getAttribute("countries"), c.hasAttribute("differences-only"), c.getAttribute("limit"), c.differencesOnly, c.countries]; });
    same("Vite: properties set the attributes (countries array, differencesOnly, limit)", attrs, ["LU,DK", true, "3", true, "LU,DK"]);
    check("Vite: the comparison set by properties shows", compare.state === "ready" && compare.text.includes("Luxembourg") && compare.text.includes("Denmark"), JSON.stringify(compare).slice(0, 300));
    const ranking = await settled(page, "#ranking");
    check("Vite: the ranking of Northern Europe shows Denmark first", ranking.state === "ready" && /Denmark/.test(ranking.text), JSON.stringify(ranking).slice(0, 300));
    check("Vite: the wasm came from the build's assets", requests.some((p) => /\/vite\/assets\/govlens_cards?_bg-[^/]+\.wasm$/.test(p)) && !requests.some((p) => p.includes("node_modules")), requests.filter((p) => p.includes("wasm")).join(", "));
    same("Vite: no page or console errors", problems, []);
    await page.close();
  }
  {
    const { page, problems } = await open(`${base}/react/index.html`);
    const card = await settled(page, "govlens-card[country=DK]");
    check("React 19: the card with sections from an array and a heading level shows", card.state === "ready" && card.text.includes("Denmark"), JSON.stringify(card).slice(0, 300));
    const compare = await settled(page, "govlens-compare");
    const attrs = await page.evaluate(() => { const c = document.querySelector("govlens-compare"); const k = document.querySelector("govlens-card[country=DK]"); return [c.getAttribute("countries"), c.hasAttribute("differences-only"), c.getAttribute("limit"), k.getAttribute("sections"), k.getAttribute("heading-level")]; });
    same("React 19: props reach the elements as properties (arrays comma-separated, a flag, numbers)", attrs, ["LU,DK", true, "5", "basic,datasets", "3"]);
    check("React 19: the comparison shows", compare.state === "ready", JSON.stringify(compare).slice(0, 200));
    const map = await settled(page, "govlens-map");
    check("React 19: the Europe map shows", map.state === "ready" && map.text.includes("Europe"), JSON.stringify(map).slice(0, 200));
    await page.waitForFunction(() => (document.querySelector("main")?.dataset.ready ?? "").split(",").length >= 3 && document.querySelector("main")?.dataset.errors, null, { timeout: 30000 }).catch(() => {});
    const events = await page.evaluate(() => [document.querySelector("main").dataset.ready.split(",").sort(), document.querySelector("main").dataset.errors]);
    same("React 19: ongovlens-ready and ongovlens-error reach the handlers", [events[0], events[1]?.split(":")[0]], [["card", "compare", "map"], "Unknown country"]);
    same("React 19: no page errors", problems.filter((p) => !p.startsWith("console:")), []);
    await page.close();
  }
  {
    const { page, problems } = await open(`${base}/embed/plain.html`);
    const card = await settled(page, "govlens-card");
    check("import map: the card shows", card.state === "ready" && card.text.includes("613,894 inhabitants"), JSON.stringify(card).slice(0, 200));
    const trend = await settled(page, "govlens-trend");
    check("import map: the trend shows both countries", trend.state === "ready" && trend.text.includes("Denmark") && trend.text.includes("Luxembourg"), JSON.stringify(trend).slice(0, 200));
    same("import map: no page or console errors", problems, []);
    await page.close();
  }
  {
    const { page, problems, requests } = await open(`${base}/embed/cdn.html`);
    const card = await settled(page, "govlens-card");
    check("CDN: the script tag with its integrity hash shows the card", card.state === "ready" && card.text.includes("613,894 inhabitants"), JSON.stringify(card).slice(0, 200));
    const french = await settled(page, "#fr");
    check("CDN: a French card reads its language file (hashed, with its integrity) and speaks French", french.state === "ready" && french.text.includes("Données de base") && french.text.includes("Danemark") && requests.some((p) => /^\/cdn\/lang-fr\.[0-9a-f]{10}\.govlens$/.test(p)), JSON.stringify(french).slice(0, 200));
    check("CDN: every file fetched under its hashed name", requests.filter((p) => p.startsWith("/cdn/")).every((p) => /\.[0-9a-f]{10}\.[a-z]+$/.test(p)), requests.join(", "));
    same("CDN: no page or console errors", problems, []);
    await page.close();
  }
  {
    const { page } = await open(`${base}/embed/cdn-tampered.html`);
    const card = await settled(page, "govlens-card");
    check("CDN: a wasm file changed on the server is refused (integrity), the element says so", card.state === "error" && card.text.includes("does not match its integrity hash is refused"), JSON.stringify(card).slice(0, 300));
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
