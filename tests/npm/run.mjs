// Tests of the packed @govlens/core tarball, as consumers get it: installed from the tarball (not
// the source tree), type-checked, used from a plain <script type="module"> page and from a Vite
// build, in headless Chromium. Prints "N passed, M failed".
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { check, launch, same } from "./harness.mjs";
import { serve } from "../../web/serve.mjs";

const tarball = resolve(process.argv[2] ?? "../../dist/govlens-core-0.1.0.tgz");
const here = resolve(".");
const run = (cmd, args) => execFileSync(cmd, args, { cwd: here, stdio: ["ignore", "inherit", "inherit"] });

run("npm", ["install", "--no-save", "--no-audit", "--no-fund", "--silent", tarball]);
if (!existsSync(join(here, "node_modules/@govlens/core/govlens_wasm_bg.wasm"))) throw new Error("the tarball did not install");


// The build-time snippet, in Node (@govlens/core/snippet): the markup `govlens snippet` writes
// for the same element and attributes (the Makefile wrote the command's into dist/npm-snippets).
{
  const { snippet } = await import("@govlens/core/snippet");
  const expected = resolve(process.argv[4] ?? "../../dist/npm-snippets");
  for (const [file, element, attributes] of [
    ["card-fr.html", "card", { country: "LU", lang: "fr", sections: "basic,portals" }],
    ["compare.html", "compare", { countries: "LU,DK", "differences-only": true, limit: 5 }],
    ["map.html", "map", { indicator: "un-egdi.egdi", highlight: "LU" }],
  ]) {
    const cli = readFileSync(join(expected, file), "utf8").trimEnd();
    let npm = "";
    try {
      npm = await snippet(element, attributes, { base: "embed/", script: false });
    } catch (e) {
      npm = `failed: ${e.message}`;
    }
    check(`snippet from npm: ${element} ${JSON.stringify(attributes)} is the command's markup (${npm.length} characters)`, npm === cli && npm.length > 1000,
      `${npm.slice(0, 160)} | ${cli.slice(0, 160)}`);
  }
  const withScript = await snippet("card", { country: "DK" }, { base: "/govlens/embed/" });
  check("snippet from npm: the script tag first by default", withScript.startsWith('<script type="module" src="/govlens/embed/govlens.js"></script>\n<govlens-card country="DK" prerendered>'), withScript.slice(0, 160));
  const refused = await snippet("card", { country: "XX" }).then(() => "resolved", (e) => `${e instanceof Error} ${e.message}`);
  check("snippet from npm: an unknown country is an Error saying what the command says", refused.startsWith("true govlens-card: Unknown country: no country 'XX' in the corpus; it holds"), refused);
  const search = await snippet("search", { query: "eID" }).then(() => "resolved", (e) => e.message);
  check("snippet from npm: search has no static form", search.includes("govlens-search answers as the reader types"), search);
}

// Node (ESM), from files (issue 19): the package's own wasm and corpus read from disk, a corpus
// by path, bytes for both, a split folder by file: URL, and a missing file named in its Error.
{
  const { load } = await import("@govlens/core");
  const pkg = join(here, "node_modules/@govlens/core");
  const outcome = async (f) => { try { return await f(); } catch (e) { return `failed: ${e.message}`; } };
  const own = await outcome(async () => { const g = await load(); return [g.countries().length, g.search("Offentlighedsloven").hits[0]?.id]; });
  same("Node: load() reads the package's wasm and corpus from disk", own, [214, "DK-003-0009"]);
  const byPath = await outcome(async () => (await load({ corpus: "node_modules/@govlens/core/govlens.corpus" })).cardView("LU").blocks.length > 0);
  same("Node: a corpus by a path relative to the working directory", byPath, true);
  const bytes = await outcome(async () => (await load({ bytes: readFileSync(join(pkg, "govlens.corpus")), wasm: readFileSync(join(pkg, "govlens_wasm_bg.wasm")) })).facts("LU").length > 0);
  same("Node: corpus and wasm as Buffers", bytes, true);
  const split = await outcome(async () => {
    const g = await load({ corpus: pathToFileURL(resolve(process.argv[3] ?? "../../dist/npm-split") + "/") });
    return (await g.searchAsync("Offentlighedsloven")).hits[0]?.id;
  });
  same("Node: a split folder by file: URL, its shards read as the search needs them", split, "DK-003-0009");
  const missing = await outcome(() => load({ corpus: "no-such.corpus" }));
  check("Node: a corpus file that is not there is an Error naming it", /^failed: govlens: the corpus at file:\/\/.*\/no-such\.corpus could not be read \(ENOENT\)$/.test(String(missing)), String(missing));
}

// Types: a consumer compiles against the package's declarations.
try {
  run("node_modules/.bin/tsc", ["-p", "."]);
  check("typescript consumer type-checks", true);
} catch (e) {
  check("typescript consumer type-checks", false, String(e));
}
// And with the ES2022 lib, strict, no skipLibCheck, calling search without options.
try {
  run("node_modules/.bin/tsc", ["-p", "tsconfig.es2022.json"]);
  check("typescript consumer type-checks with lib ES2022 and optional options", true);
} catch (e) {
  check("typescript consumer type-checks with lib ES2022 and optional options", false, String(e));
}

run("node_modules/.bin/vite", ["build", "--config", "vite-app/vite.config.js"]);

// The split folder is written by the Makefile (govlens split) beside the package, not into it.
const splitDir = resolve(process.argv[3] ?? "../../dist/npm-split");
const server = await serve(here, 0, { aliases: { '/vite/': join(here, 'vite-app/dist'), '/split/': splitDir } });
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await launch();
try {
  for (const [name, url] of [["plain module page", `${base}/plain.html`], ["Vite build", `${base}/vite/index.html`]]) {
    const page = await browser.newPage();
    const problems = [];
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    // The one expected console error is the browser logging the deliberate 404 of missing.corpus.
    page.on("console", (m) => m.type() === "error" && !m.text().includes("404") && problems.push(`console: ${m.text()}`));
    await page.goto(url);
    let out = {};
    try {
      await page.waitForFunction(() => document.getElementById("out")?.textContent !== "loading…", null, { timeout: 30000 });
      out = JSON.parse(await page.textContent("#out"));
    } catch (e) {
      out = { failed: `${e.message}; ${problems.join("; ")}` };
    }
    const eq = (label, got, want) => same(`${name}: ${label}`, got, want);
    eq("loads", out.failed ?? "ok", "ok");
    // The documents' two countries and every country of the datasets (Kenya has no document).
    eq("countries", out.countries && [out.countries.length, out.countries.includes("DK"), out.countries.includes("LU"), out.countries.includes("KE")], [214, true, true, true]);
    eq("EUROPAM Freedom of Information headline", out.foi, [29, 59, 2020, "004_9be079b0bad659b9.txt"]);
    eq("both populations with source and year", out.population, [[613894, 2019, "001_58defca00d8e36d5.txt"], [582972, null, "004_9be079b0bad659b9.txt"]]);
    eq("benchmark Digital post vs EU27+", out.digitalPost, [100, 67.3]);
    eq("search hit and its match range", out.search, ["DK-003-0009", "Offentlighedsloven"]);
    eq("series", out.series, [0, 53, 53, 53, 37]);
    eq("compare Q21", out.compareQ21, [["LU", "yes", "inferred"], ["DK", "no", "inferred"]]);
    eq("split folder: opened from its manifest", out.split && [out.split.isSplit, out.split.countries.length, out.split.countries.includes("KE")], [true, 214, true]);
    eq("split folder: search fetches its shards", out.split?.search?.[0], "DK-003-0009");
    eq("split folder: the same results as the whole file", out.split?.sameSearch, true);
    eq("split folder: a view before its part is loaded says so", out.split?.beforeLoad, "tables.govlens, card/LU.govlens, rest/LU.govlens not loaded from the split folder: call loadCountries first");
    eq("split folder: the same card as the whole file", out.split?.sameCard, true);
    eq("split folder: the same comparison as the whole file", out.split?.sameCompare, true);
    eq("card view: its blocks in order", out.cardBlocks, ["datasets", "history", "basic", "portals", "bodies", "cio", "strategies", "ai", "europam", "benchmark", "questionnaire"]);
    eq("card view with sections: those blocks in that order", out.compactCard, ["Public accountability (EUROPAM, 0-100)", "Basic data"]);
    eq("views in French, German, Danish", [out.frenchCard, out.germanCompare, out.danishEuropam, out.frenchBenchmark],
      [["fr", "Données de base", "613\u202f894 habitants"], "Luxemburg und Dänemark: der UN-Fragebogen zum E-Government im Vergleich", "Offentlig ansvarlighed i Luxembourg: EUROPAM-scorer", "Luxembourg dans l'eGovernment Benchmark"]);
    eq("card view: both populations, sources differ", out.card, ["Luxembourg", [["613,894 inhabitants", true, "DPA factsheet 2020, §1.1, for 2019"], ["582,972 inhabitants", true, "EUROPAM 2020, Country Facts"]]]);
    check(`${name}: benchmark chart: source names the factsheet's section`, (out.benchmarkSource ?? "").includes("§1.4 eGovernment State of Play, DPA factsheet 2020"), out.benchmarkSource);
    eq("EUROPAM chart: headline bars", out.europamBars, [["Political Financing", 56, 66], ["Financial Disclosure", 32, 53], ["Conflict of Interest", 34, 37], ["Freedom of Information", 29, 59], ["Public Procurement", 62, 62]]);
    eq("compare view: counts", out.compareCounts, "Luxembourg: 42 yes, 0 no, 2 unknown · Denmark: 38 yes, 1 no, 5 unknown");
    eq("error: unknown country in a view", out.errors?.unknownCountryView, "Error: Unknown country: no country 'XX' in the corpus; it holds 214 countries, AD to ZW, by ISO 3166-1 alpha-2 code");
    eq("error: unknown country", out.errors?.unknownCountry, "Error: no country 'XX' in the corpus; it holds 214 countries, AD to ZW, by ISO 3166-1 alpha-2 code");
    eq("error: malformed country", out.errors?.badCode, "Error: 'Luxembourg' is not an ISO 3166-1 alpha-2 country code (did you mean LU?)");
    eq("error: bad option", out.errors?.badOption, "Error: option limit: 0 is outside 1..=1000");
    eq("error: not a corpus", out.errors?.badCorpus, "Error: not a govlens corpus file: it does not start with the govlens signature");
    check(`${name}: error: corpus missing (404)`, /^Error: govlens: the corpus at .*missing\.corpus could not be fetched \(HTTP 404\)$/.test(out.errors?.missingCorpus ?? ""), out.errors?.missingCorpus);
    eq("ranking view: EGDI 2024 in Europe", out.ranking, [2024, 43, "Denmark", "Luxembourg: rank 26 of 43 in Europe (0.8466)"]);
    eq("trend view: each line's last point", out.trend, [["Denmark", 2024, "0.9847"], ["Luxembourg", 2024, "0.8466"]]);
    eq("map view in French: area, countries, legend", out.map, ["world", 192, ["0,0–0,2 (5)", "0,2–0,4 (28)", "0,4–0,6 (45)", "0,6–0,8 (52)", "0,8–1,0 (62)"]]);
    eq("indicators: EGDI's last years", out.egdi, [2020, 2022, 2024]);
    eq("split folder: the same map from its indicator's parts", out.split?.sameMap, true);
    eq("split folder: the same trend from its series parts", out.split?.sameTrend, true);
    eq("split folder: the same ranking from its year's part", out.split?.sameRanking, true);
    eq("split folder: core names a Europe map's files", out.split?.files, ["tables.govlens", "indicator/un-egdi.egdi.govlens", "map/europe.govlens"]);
    eq("errors carry stable codes", out.codes, { unknownCountry: "unknown-country", badCode: "bad-country-code", badOption: "bad-option", badCorpus: "not-a-corpus",
      missingCorpus: "fetch-failed", unknownCountryView: "unknown-country", unknownYear: "unknown-year", optionTypo: "bad-option", shortNameInSplit: "unknown-indicator", missingPart: "fetch-failed" });
    eq("error: a typo in a view's options", out.errors?.optionTypo, "Error: bad view options: no option 'aera'; options: year, region, area, highlight, reference, lang");
    check(`${name}: no page or console errors`, problems.length === 0, problems.join("; "));
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
// node:test prints the totals and sets the exit code once every check has run.
