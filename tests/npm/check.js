// Shared by the plain page and the Vite app: queries the packed package and writes what it found
// into #out as JSON, for run.mjs to check.
import { load, Govlens } from "@govlens/core";

export async function check() {
  const out = {};
  const govlens = await load();
  out.countries = govlens.countries().map((c) => c.code);
  const foi = govlens.scores("LU", "europam").find((s) => s.dimension === "Freedom of Information" && s.metric === null);
  out.foi = [foi.value, foi.reference_value, foi.year, foi.provenance.source];
  out.population = govlens.facts("LU").find((g) => g.fact === "population").values.map((v) => [v.number, v.year, v.provenance.source]);
  const post = govlens.scores("LU", "egov-benchmark").find((s) => s.metric === "Digital post" && s.kind === "indicator");
  out.digitalPost = [post.value, post.reference_value];
  const hit = govlens.search("Offentlighedsloven").hits[0];
  const r = hit.snippet.ranges_utf16[0];
  out.search = [hit.id, hit.snippet.text.slice(r.start, r.end)];
  out.series = govlens.series("LU", "europam", "Financial Disclosure", "Ministers").points.map((p) => p.value);
  out.compareQ21 = govlens.compare(["LU", "DK"]).answers.find((a) => a.question === "21" && a.item === null).answers.map(([c, a]) => [c, a.answer, a.basis]);
  // The same corpus as a split folder (`govlens split`): only what each query needs is fetched.
  const split = await load({ corpus: "/split/" });
  out.split = { isSplit: split.isSplit, countries: split.countries().map((c) => c.code) };
  out.split.search = (await split.searchAsync("Offentlighedsloven")).hits.map((h) => h.id);
  out.split.sameSearch = JSON.stringify(await split.searchAsync("digital identity")) === JSON.stringify(govlens.search("digital identity"));
  try {
    split.cardView("LU");
    out.split.beforeLoad = "no error";
  } catch (e) {
    out.split.beforeLoad = e.message;
  }
  await split.loadCountries(["LU", "DK"]);
  out.split.sameCard = JSON.stringify(split.cardView("LU")) === JSON.stringify(govlens.cardView("LU"));
  out.split.sameCompare = JSON.stringify(split.compareView(["LU", "DK"])) === JSON.stringify(govlens.compareView(["LU", "DK"]));
  // The views, as the embed shows them.
  const card = govlens.cardView("LU");
  const basic = card.blocks.find((b) => b.block === "basic");
  const population = basic.section.rows.filter((r) => r.label.startsWith("Population"));
  out.cardBlocks = card.blocks.map((b) => b.block).filter((b, i, all) => all.indexOf(b) === i);
  out.compactCard = govlens.cardView("LU", "europam, basic").blocks.map((b) => b.section.title);
  // The views in the element's languages (issue 18, item 2).
  const fr = govlens.cardView("LU", "basic", "fr-LU");
  out.frenchCard = [fr.lang, fr.blocks[0].section.title, fr.blocks[0].section.rows[0].value.text];
  out.germanCompare = govlens.compareView(["LU", "DK"], "de").frame.title;
  out.danishEuropam = govlens.europamChart("LU", "da").frame.title;
  out.frenchBenchmark = govlens.benchmarkChart("LU", "fr").frame.title;
  out.card = [card.name, population.map((r) => [r.value.text, r.sources_differ, r.cite.short])];
  out.benchmarkSource = govlens.benchmarkChart("LU").frame.source;
  out.europamBars = govlens.europamChart("LU").bars.bars.map((b) => [b.label, b.value, b.reference]);
  out.compareCounts = govlens.compareView(["LU", "DK"]).counts;
  // The indicators' views (issue 19): a ranking, a trend and a map, and from the split folder
  // the same from the store of the files core names for each.
  const ranking = govlens.rankingView("un-egdi.egdi", { region: "Europe", highlight: "LU" });
  out.ranking = [ranking.year, ranking.rows.length, ranking.rows[0].name, ranking.highlight];
  const trend = govlens.trendView("un-egdi.egdi", ["DK", "LU"]);
  out.trend = trend.lines.map((l) => [l.name, l.points.at(-1).year, l.points.at(-1).value]);
  const map = govlens.mapView("un-egdi.egdi", { highlight: "LU", lang: "fr" });
  out.map = [map.area, map.countries.length, map.legend.map((c) => `${c.label} (${c.count})`)];
  out.egdi = govlens.indicators().find((i) => i.id === "un-egdi.egdi")?.years.slice(-3);
  const splitMap = await split.loadIndicator("un-egdi.egdi", { view: "map" });
  // All but the year picker's list: a store of one year's part offers the years it holds.
  const but = (v) => JSON.stringify({ ...v, years: undefined });
  out.split.sameMap = but(splitMap.mapView("un-egdi.egdi", { highlight: "LU", lang: "fr" })) === but(map);
  const splitTrend = await split.loadIndicator("un-egdi.egdi", { view: "trend", countries: ["DK", "LU"] });
  out.split.sameTrend = JSON.stringify(splitTrend.trendView("un-egdi.egdi", ["DK", "LU"])) === JSON.stringify(trend);
  const splitRanking = await split.loadIndicator("un-egdi.egdi");
  out.split.sameRanking = but(splitRanking.rankingView("un-egdi.egdi", { region: "Europe", highlight: "LU" })) === but(ranking);
  out.split.files = Govlens.indicatorParts("map", "un-egdi.egdi", { area: "europe" });
  out.errors = {};
  out.codes = {};
  for (const [name, f] of Object.entries({
    unknownCountry: () => govlens.facts("XX"),
    badCode: () => govlens.facts("Luxembourg"),
    badOption: () => govlens.search("eid", { limit: 0 }),
    badCorpus: () => load({ bytes: new Uint8Array([60, 104, 116, 109, 108, 62]) }),
    missingCorpus: () => load({ corpus: "./missing.corpus" }),
    unknownCountryView: () => govlens.cardView("XX"),
    unknownYear: () => govlens.rankingView("un-egdi.egdi", { year: 1999 }),
    optionTypo: () => govlens.mapView("un-egdi.egdi", { aera: "europe" }),
    shortNameInSplit: () => split.loadIndicator("EGDI"),
    missingPart: () => split.loadCountries(["XX"]),
  })) {
    try {
      await f();
      out.errors[name] = "no error";
    } catch (e) {
      out.errors[name] = `${e instanceof Error ? "Error" : typeof e}: ${e.message}`;
      out.codes[name] = e.code;
    }
  }
  return out;
}

check().then(
  (out) => (document.getElementById("out").textContent = JSON.stringify(out)),
  (e) => (document.getElementById("out").textContent = JSON.stringify({ failed: String(e) })),
);
