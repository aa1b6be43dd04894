// Type-checked strict, with the default lib of target ES2022 and no skipLibCheck (issue 19): the
// declarations need no esnext type (no `Symbol.dispose`); every method is called with and
// without the options the README calls optional, and the results are used as their types say.
import {
  load, Govlens, type SearchResults, type SearchStep, type ErrorCode, type GovlensError, type RankingView, type TrendView, type MapView,
  type IndicatorInfo, type CardView, type EuropamChart, type BenchmarkChart, type CompareView, type Country, type Source,
} from "@govlens/core";

async function main(): Promise<void> {
  const govlens: Govlens = await load();
  const results: SearchResults = govlens.search("digital identity");
  const limited: SearchResults = govlens.search("digital identity", { limit: 3, countries: ["DK"], language: "da" });
  const step: SearchStep = govlens.step("eID");
  const stepped: SearchStep = govlens.step("eID", { fuzzy: false });
  const fetchList: string[] = "fetch" in step ? step.fetch : [];
  const found: SearchResults = await govlens.searchAsync("open data");
  const foundSome: SearchResults = await govlens.searchAsync("open data", { prefix: false });
  const countries: Country[] = govlens.countries();
  const sources: Source[] = govlens.sources();
  const parts: string[] = govlens.partsFor(["LU"]);
  const scoresAll = govlens.scores("LU");
  const scoresOne = govlens.scores("LU", "europam");
  const answersAll = govlens.answers("LU");
  const answersOne = govlens.answers("LU", "EUROPAM");
  const series = govlens.series("LU", "europam", "Financial Disclosure", "Ministers");
  const answering = govlens.countriesAnswering("21", "yes");
  const topics = govlens.questionsAbout("open data");
  const card: CardView = govlens.cardView("LU");
  const cardFr: CardView = govlens.cardView("LU", "basic", "fr");
  const europam: EuropamChart = govlens.europamChart("LU");
  const europamDa: EuropamChart = govlens.europamChart("LU", "da");
  const benchmark: BenchmarkChart = govlens.benchmarkChart("LU");
  const compared: CompareView = govlens.compareView(["LU", "DK"]);
  const comparedDe: CompareView = govlens.compareView(["LU", "DK"], "de");
  await govlens.loadCountries(["LU"]);
  // The indicators' views, with and without their options.
  const indicators: IndicatorInfo[] = govlens.indicators();
  const years: number[] = indicators[0].years;
  const ranking: RankingView = govlens.rankingView("un-egdi.egdi");
  const region: RankingView = govlens.rankingView("un-egdi.egdi", { year: 2024, region: "Europe", highlight: "LU", lang: "fr" });
  const trend: TrendView = govlens.trendView("un-egdi.egdi", ["DK", "LU"]);
  const trendRef: TrendView = govlens.trendView("desi.desi", ["DK"], { reference: "none" });
  const map: MapView = govlens.mapView("un-egdi.egdi");
  const europe: MapView = govlens.mapView("un-egdi.egdi", { area: "europe", highlight: "DK" });
  const area: "world" | "europe" = europe.area;
  const same: Govlens = await govlens.loadIndicator("un-egdi.egdi");
  const forMap: Govlens = await govlens.loadIndicator("un-egdi.egdi", { view: "map", area: "europe" });
  const paths: string[] = Govlens.indicatorParts("map", "un-egdi.egdi");
  const pathsYear: string[] = Govlens.indicatorParts("ranking", "un-egdi.egdi", { year: 2012 });
  const joined: Govlens = Govlens.fromParts([new Uint8Array(0)]);
  // Errors carry a stable code of a closed set.
  try {
    govlens.facts("XX");
  } catch (e) {
    const code: ErrorCode = (e as GovlensError).code;
    if (code === "unknown-country") console.log("no such country");
  }
  // @ts-expect-error: not a code govlens gives
  const wrong: ErrorCode = "no-such-code";
  const split: boolean = govlens.isSplit;
  govlens.free();
  // In Node: the corpus and the wasm as bytes (a Buffer is a Uint8Array).
  const fromBytes: Govlens = await load({ bytes: new Uint8Array(0), wasm: new Uint8Array(0) });
  console.log(results.total, limited, stepped, fetchList, found.total, foundSome, countries, sources, parts, scoresAll, scoresOne, answersAll, answersOne,
    series, answering, topics, card, cardFr, europam, europamDa, benchmark, compared, comparedDe, years, ranking, region, trend, trendRef, map, area,
    same, forMap, paths, pathsYear, joined, wrong, split, fromBytes);
}
main();
