// Type-checked against the package's declarations (tsc --noEmit): a consumer's view of the API.
import { snippet, type SnippetOptions } from "@govlens/core/snippet";
import { load, type Govlens, type Hit, type FactGroup, type Score, type SearchOptions, type Comparison, type CardView, type SearchResults } from "@govlens/core";

async function main(): Promise<void> {
  const govlens: Govlens = await load({ corpus: "/govlens.corpus" });
  const options: SearchOptions = { countries: ["DK"], limit: 5, fuzzy: false };
  const hits: Hit[] = govlens.search("freedom of information", options).hits;
  const first: string = hits[0].snippet.text.slice(hits[0].snippet.ranges_utf16[0].start, hits[0].snippet.ranges_utf16[0].end);
  const facts: FactGroup[] = govlens.facts("LU");
  const year: number | null = facts[0].values[0].year;
  const scores: Score[] = govlens.scores("LU", "europam");
  const value: number | null = scores[0].value;
  const cmp: Comparison = govlens.compare(["LU", "DK"]);
  const basis: "ticked" | "stated" | "inferred" | "none" | undefined = cmp.answers[0].answers[0][1]?.basis;
  const split: Govlens = await load({ corpus: "/split/" });
  const found: SearchResults = await split.searchAsync("eID", { limit: 3 });
  await split.loadCountries(["LU"]);
  const card: CardView = split.cardView("LU");
  const basic = split.cardView("LU", "basic").blocks[0];
  // A view in French: `lang` after `sections`, both optional.
  const french: CardView = split.cardView("LU", undefined, "fr");
  const lang: string = french.lang;
  const shown: string = basic.type === "values" ? basic.section.rows[0].cite.short : card.blocks[0].block;
  // The build-time snippet (Node): attributes as strings, numbers or booleans.
  const at: SnippetOptions = { base: "/govlens/embed/", script: false };
  const figure: string = await snippet("compare", { countries: "LU,DK", "differences-only": true, limit: 5 }, at);
  console.log(first, year, value, basis, found.total, shown, lang, figure.length);
}
main();
