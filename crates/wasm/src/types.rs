//! TypeScript declarations of the values the bindings return, as serde-wasm-bindgen writes them
//! (JSON-compatible: `Option` is `null`, tuples are arrays, enums are their names). They land in
//! the generated `govlens_wasm.d.ts`; `tests/npm` type-checks a consumer against them.
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
export type Family = "un-msq" | "dpa-factsheet" | "ai-watch" | "europam";
export type Framework = "europam" | "egov-benchmark";
export type ScoreKind = "headline" | "primary" | "alternative" | "indicator" | "growth";
export type Basis = "ticked" | "stated" | "inferred" | "none";
/** "yes" / "no" / "unknown", or a stated value for a non-binary question (EUROPAM `EUR 1`). */
export type AnswerValue = "yes" | "no" | "unknown" | { other: string };

export interface Country { code: string; name: string; }
export interface Lines { start: number; end: number; }
/** Where a record came from: the source file's name, a locator (section, question, table) and lines. */
export interface Provenance { source: string; locator: string; lines: Lines; }
export interface Source { file: string; family: Family; country: string; title: string; publisher: string; edition: string; year: number; language: string;
  /** The line after which the document appears cut off (its last passage may be incomplete), or null. */
  cut_off_after: number | null;
  /** Sections of its family the document lacks, each with the line where it was looked for. */
  missing_sections: string[]; }

export interface Fact {
  country: string; fact: string; label: string; value: string;
  number: number | null; unit: string | null; year: number | null; period: string | null;
  url: string | null; note: string | null; provenance: Provenance;
}
export interface FactGroup { fact: string; values: Fact[]; sources_differ: boolean; }

export interface Score {
  country: string; framework: Framework; dimension: string; metric: string | null; kind: ScoreKind;
  /** null where the document does not establish the year: see year_candidates. */
  year: number | null; year_candidates: number[]; period: string | null;
  value: number | null; reference_value: number | null; reference_label: string | null;
  provenance: Provenance;
}
export interface SeriesPoint { year: number | null; year_candidates: number[]; value: number | null; source: string; locator: string; }
export interface Series { country: string; framework: Framework; dimension: string; metric: string; kind: ScoreKind; points: SeriesPoint[]; }

export interface Answer {
  country: string; questionnaire: string; question: string; question_text: string; section: string[];
  item: string | null; answer: AnswerValue; basis: Basis; reason: string | null; text: string;
  links: string[]; citation: string | null; year: number | null; provenance: Provenance;
}
export interface AnswerRow { questionnaire: string; question: string; question_text: string; item: string | null; answers: [string, Answer | null][]; }
export interface ScoreRow { framework: Framework; dimension: string; metric: string | null; kind: ScoreKind; values: [string, Score | null][]; }
export interface Comparison { countries: string[]; answers: AnswerRow[]; scores: ScoreRow[]; }
export interface TopicMatch { question: string; question_text: string; score: number; }

export interface SearchOptions {
  /** ISO alpha-2 codes; empty or absent: every country. */
  countries?: string[];
  /** Families (`europam`), file names or file-name prefixes. */
  sources?: string[];
  /** Text the heading path must contain. */
  section?: string | null;
  /** 1 to 1000; default 10. */
  limit?: number;
  /** Match the last word as a prefix; default true. */
  prefix?: boolean;
  /** One typo in words of 5+ letters; default true. */
  fuzzy?: boolean;
  /** The query's language for its stopwords: en (default), fr, de, da. */
  language?: string | null;
  /** Build each hit's snippet; default true. Without, snippets are empty and a search costs its ranking alone. */
  snippets?: boolean;
}
/** A match as [start, end) offsets into the snippet's text. */
export interface Range { start: number; end: number; }
export interface Snippet {
  text: string;
  /** Byte offsets (UTF-8). */
  ranges: Range[];
  /** UTF-16 offsets: use these with String.prototype.slice. */
  ranges_utf16: Range[];
  cut_start: boolean; cut_end: boolean;
}
export interface Hit { id: string; country: string; source: string; section: string[]; lines: { start: number; end: number }; score: number; snippet: Snippet;
  /** What the checks flagged in the passage (a summary that names another country), each as the check says it. */
  flags: string[]; }
export interface SearchResults { hits: Hit[]; total: number; ignored: string[]; }
/** One step of a search in a split folder: the results, or the files to fetch and add first. */
export type SearchStep = { done: SearchResults } | { fetch: string[] };

/* The views: what the embed's elements show, every text written by core. */
/** A source line: the short form shown, the whole citation for a tooltip. */
export interface CiteText { short: string; full: string; }
export type ValueText = { text: string } | { link: { label: string; href: string | null } };
/** `flag`: what a check found about the value, said under it, or null. */
export interface CardRow { label: string; value: ValueText; sources_differ: boolean; badge: string | null; cite: CiteText; component: boolean; flag: string | null;
  /** The language of the label and of the value where not the card's (`"en"`: a dataset's or a document's own words), else null. */
  label_lang: string | null; value_lang: string | null; }
/** A group of rows; the first `short` show until the reader asks for all (`show_all`). */
export interface CardSection { title: string; rows: CardRow[]; short: number; show_all: string; show_fewer: string; empty: string | null; title_lang: string | null; }
export interface StrategyText { heading: string; title: string; highlights: string[]; short: number; show_all: string; show_fewer: string; cite: CiteText;
  /** Said under the strategy where its page appears cut off, or null. */
  incomplete: string | null;
  /** The language of the title and highlights where not the card's, else null. */
  lang: string | null; }
/** One block of a card; `block` is its name, as the element's `sections` attribute lists them. */
export type CardBlock =
  | { type: "values"; block: string; section: CardSection }
  | { type: "strategy"; block: string; strategy: StrategyText }
  | { type: "questionnaire"; block: string; heading: string; counts: string; cite: CiteText }
  | { type: "note"; block: string; text: string };
export interface CardView {
  country: string; name: string; label: string; subtitle: string;
  /** Top to bottom: datasets, history, basic, portals, bodies, cio, strategies, ai, europam, benchmark, questionnaire. */
  blocks: CardBlock[];
  footer: string;
  /** The language it is written in: `en`, `fr`, `de` or `da`. */
  lang: string;
}
/** What a chart owes its reader besides the chart. */
export interface Frame { title: string; description: string; source: string; csv: string; filename: string; }
/** A table: `row_header` is the index of the cell that heads each row. */
export interface Table { caption: string; head: string[]; rows: string[][]; row_header: number; }
/** `flag`: what a check found about the value, for the reader, or null. */
export interface Bar { key: string; label: string; value: number | null; reference: number | null; note: string | null; badge: string | null; source: string; flag: string | null; }
export interface Bars { bars: Bar[]; subject: string; reference: string; label: string; }
export interface PointText { year: number | null; value: number | null; text: string; label: string; detail: string; }
export interface SeriesChart { metric: string; label: string; points: PointText[]; undated: string[]; }
export interface DimensionChart { dimension: string; frame: Frame; table: Table; primary: SeriesChart[]; alternative: SeriesChart[]; alternative_heading: string; years: number[]; }
/** `lang`: the language it is written in; `source_lang`: that of the source's own names (`"en"`) where not `lang`, else null. */
export interface EuropamChart { country: string; name: string; frame: Frame; table: Table; bars: Bars; dimensions: DimensionChart[]; choose: string; none: string; lang: string; source_lang: string | null; }
export interface BenchmarkChart { country: string; name: string; frame: Frame; table: Table; groups: [string, Bars][]; lang: string; source_lang: string | null; }
export interface Chip { country: string; label: string; state: "yes" | "no" | "unknown" | "other" | "missing"; }
export interface AnswerText { head: string; basis: string; reason: string | null; text: string | null; cite: [string, string] | null; items: [Chip, string][]; }
export interface QuestionText { number: string; asked: string; differs: boolean; chips: Chip[]; answers: AnswerText[]; }
export interface CompareView {
  countries: string[]; names: string[]; frame: Frame; table: Table; counts: string; only_differing: string;
  questions: QuestionText[]; scores: [Frame, Table] | null;
  /** The language of the questionnaire's own words (`"en"`) where not the view's, else null. */
  source_lang: string | null;
}
/* The indicators' views: a ranking, a trend, a map, as <govlens-ranking>, <govlens-trend> and <govlens-map> show them. */
/** What the indicator views take, as their elements' attributes. */
export interface ViewOptions {
  /** A ranking's or a map's year; default the latest. */
  year?: number | null;
  /** A ranking's UN M49 region or sub-region (`Europe`, `Northern Europe`). */
  region?: string | null;
  /** A map's area: `world` or `europe`; default Europe when every country with a value is on it. */
  area?: string | null;
  /** An ISO code to mark. */
  highlight?: string | null;
  /** A trend's reference aggregate (`EU27`), `none` for none; default the data's first. */
  reference?: string | null;
  /** `en` (default), `fr`, `de`, `da`, or a tag of one (`de-CH`). */
  lang?: string | null;
}
/** What `Govlens.indicatorParts` takes. */
export interface IndicatorPartsOptions { year?: number | null; area?: string | null; countries?: string[]; }
export interface IndicatorInfo { id: string; label: string; short: string; scale: string; higher_is_better: boolean; headline: boolean; ranked: boolean;
  /** A category indicator's categories (best first); empty for a number. */
  categories: string[]; years: number[]; }
export interface RankingRow { rank: string; world_rank: string | null; code: string; name: string; value: string; number: number;
  /** The bar's length, 0-100. */
  bar: number; highlighted: boolean; cite_short: string; cite_full: string; }
export interface RankingView { indicator: string; year: number; years: number[]; region: string | null; regions: string[]; frame: Frame; note: string;
  /** Best first. */
  rows: RankingRow[]; highlight: string | null; table: Table; labels: { year: string; region: string; all_regions: string }; source_lang: string | null; }
export interface TrendPoint { year: number; value: string; x: number; y: number; label: string; }
export interface TrendLine { code: string; name: string; reference: boolean; colour: number; path: string; points: TrendPoint[];
  /** Where the end label goes and what it says: [x, y, text]. */
  end: [number, number, string]; }
export interface TrendView { indicator: string; frame: Frame;
  /** Countries first, the reference last. */
  lines: TrendLine[]; x_ticks: [number, string][]; y_ticks: [number, string][]; table: Table; note: string; source_lang: string | null; }
export interface MapCountry { code: string; name: string;
  /** SVG path in the view box (empty for a dot). */
  path: string; dot: [number, number] | null;
  /** Colour class, 0 the lowest values; null: no value. */
  class: number | null; label: string; highlighted: boolean; cite_full: string | null; }
export interface MapClass { label: string; count: number;
  /** Shade 0 (palest) to 6 (deepest). */
  tone: number; }
export interface MapView { indicator: string; year: number; years: number[]; area: "world" | "europe"; width: number; height: number; frame: Frame; note: string;
  legend: MapClass[]; no_value: string | null; other: string | null;
  /** With a value, west to east. */
  countries: MapCountry[]; blank: MapCountry[]; land: string[]; off_map: string | null; highlight: string | null; table: Table;
  labels: { year: string; area: string; areas: [string, string][] }; source_lang: string | null; }

/** Every failure's stable code (`Error.code`): branch on it, not on the message. */
export type ErrorCode =
  /** a country argument that is not an ISO 3166-1 alpha-2 code */
  | "bad-country-code"
  /** a country code the corpus does not hold */
  | "unknown-country"
  /** a framework other than europam and egov-benchmark */
  | "unknown-framework"
  /** no such metric for the country */
  | "unknown-series"
  /** no such questionnaire question */
  | "unknown-question"
  /** an answer other than yes, no or unknown */
  | "bad-answer"
  /** a comparison of fewer than two countries */
  | "too-few-countries"
  /** a search query longer than the engine reads */
  | "query-too-long"
  /** a search query with more words than the engine ranks */
  | "too-many-words"
  /** a country:, source: or section: filter that cannot match */
  | "bad-filter"
  /** an option out of its range or of the wrong type */
  | "bad-option"
  /** a split folder's files a query or view needs are not loaded yet */
  | "not-loaded"
  /** a file that is not a govlens file (an HTML error page, another format) */
  | "not-a-corpus"
  /** a corpus file shorter than its header says */
  | "corpus-truncated"
  /** a corpus file written by another version of govlens */
  | "corpus-version"
  /** a corpus file whose checksum does not match */
  | "corpus-corrupted"
  /** another kind of govlens file than was asked for */
  | "wrong-file-kind"
  /** a corpus file that cannot be decoded or holds what no build writes */
  | "corpus-invalid"
  /** a file the split folder's manifest does not list */
  | "not-in-manifest"
  /** a split folder's file that holds something else than its manifest says */
  | "manifest-mismatch"
  /** a view asked for without what it needs (a country, an indicator) */
  | "missing-attribute"
  /** a sections value naming a section the view does not have */
  | "unknown-section"
  /** a EUROPAM dimension the chart does not have */
  | "unknown-dimension"
  /** an indicator the datasets do not have */
  | "unknown-indicator"
  /** a year the indicator has no values for, or no year */
  | "unknown-year"
  /** a region none of the ranking's countries is in */
  | "unknown-region"
  /** a trend's reference aggregate the data does not have */
  | "unknown-reference"
  /** a map area other than world and europe */
  | "unknown-area"
  /** an indicator that is a rank or a category already */
  | "not-ranked"
  /** an indicator that is a category, with no trend */
  | "not-a-number"
  /** the corpus has nothing of this kind for the country or indicator */
  | "no-data"
  /** a corpus built without the map's shapes */
  | "no-map-shapes"
  /** an element the loaded build of the embed does not have */
  | "not-in-build"
  /** a file could not be fetched or read */
  | "fetch-failed"
  /** the page's Content-Security-Policy does not allow WebAssembly ('wasm-unsafe-eval') */
  | "wasm-blocked"
  /** a split folder's operation on a whole corpus file */
  | "not-split"
  /** a failure that is govlens's own fault: please report it */
  | "internal";
/** What govlens throws: an Error with its stable code. */
export interface GovlensError extends Error { code: ErrorCode; }
"#;
