export * from "./govlens_wasm.js";
import { Govlens, SearchOptions, SearchResults } from "./govlens_wasm.js";

/** What `loadIndicator` takes: the view and what it shows, as `indicatorParts`. */
export interface IndicatorLoadOptions {
  /** `ranking` (default), `trend` or `map`. */
  view?: "ranking" | "trend" | "map";
  /** A ranking's or map's year; default the latest. */
  year?: number | null;
  /** A map's area (`world`, `europe`); default both, the view picks. */
  area?: string | null;
  /** A trend's countries. */
  countries?: string[];
}

export interface LoadOptions {
  /**
   * Where to fetch the corpus from; default: govlens.corpus next to this module. A URL ending in
   * `/` is a split folder (written by `govlens split`): its manifest is fetched at once, the
   * index shards, texts and card parts as queries need them. In Node, a path or a `file:` URL is
   * read from disk (a path relative to the working directory).
   */
  corpus?: string | URL;
  /** A corpus already in memory: no fetch. */
  bytes?: Uint8Array;
  /** Where the wasm module is (default: govlens_wasm_bg.wasm next to this module), or its bytes. */
  wasm?: string | URL | BufferSource;
}

declare module "./govlens_wasm.js" {
  interface Govlens {
    /** Searches, fetching what a split folder needs first; a whole corpus answers at once. */
    searchAsync(query: string, options?: SearchOptions): Promise<SearchResults>;
    /** Fetches the datasets' tables and these countries' card and rest parts from a split folder, for the views. */
    loadCountries(countries: string[]): Promise<void>;
    /**
     * The store an indicator's view reads: this one for a whole corpus; from a split folder a new
     * store of the files that view needs. Rejects with an Error whose `code` says why.
     */
    loadIndicator(indicator: string, options?: IndicatorLoadOptions): Promise<Govlens>;
  }
}

/** Loads the engine and a corpus. Rejects with an Error (a `GovlensError`: its `code` is stable) that says what failed. */
export function load(options?: LoadOptions): Promise<Govlens>;
