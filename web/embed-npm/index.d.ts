// Declarations of @govlens/embed: the elements as the DOM types them (HTMLElementTagNameMap:
// document.createElement("govlens-card") is a GovlensCardElement), their properties (each
// mirrors its attribute), and their events. React 19's JSX types: "@govlens/embed/react".

/** What every govlens element has. Setting a property sets its attribute; null removes it. */
export interface GovlensElement extends HTMLElement {
  /** A corpus file's URL, or a split folder's (ending in `/`); default the package's corpus. */
  get corpus(): string | null;
  set corpus(value: string | null | undefined);
  /** `light` (default), `dark` or `auto` (the reader's colour scheme). */
  get theme(): string | null;
  set theme(value: "light" | "dark" | "auto" | string | null | undefined);
  /** The level of the element's title heading, 1-5 (default 2). */
  get headingLevel(): string | null;
  set headingLevel(value: number | string | null | undefined);
  addEventListener<K extends keyof GovlensEventMap>(type: K, listener: (this: GovlensElement, ev: GovlensEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof GovlensEventMap>(type: K, listener: (this: GovlensElement, ev: GovlensEventMap[K]) => unknown, options?: boolean | EventListenerOptions): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

/** What `govlens-error` tells the host: the title and sentence the element shows. */
export interface GovlensErrorDetail {
  title: string;
  message: string;
  /** `load`: the code or the corpus could not be loaded; `problem`: the content is not there (an unknown country). */
  kind: "load" | "problem";
  /** Its stable code (`unknown-country`, `fetch-failed`, `wasm-blocked`: @govlens/core's `ErrorCode`). */
  code: string;
  /** A prerendered element that stays as it is. */
  static?: true;
}

export interface GovlensEventMap extends HTMLElementEventMap {
  /** The element shows its content. */
  "govlens-ready": CustomEvent<null>;
  /** The element shows an error instead of its content. */
  "govlens-error": CustomEvent<GovlensErrorDetail>;
}

/** A comma-separated list, or an array (written comma-separated). */
type List = string | readonly string[];

/** The attributes several elements share, each as its property. */
export interface WithCountry {
  /** ISO 3166-1 alpha-2 code. */
  get country(): string | null;
  set country(value: string | null | undefined);
}
export interface WithCountries {
  /** ISO codes, comma-separated or as an array. */
  get countries(): string | null;
  set countries(value: List | null | undefined);
}
export interface WithIndicator {
  /** `un-egdi.egdi`, `egdi` or `EGDI`. */
  get indicator(): string | null;
  set indicator(value: string | null | undefined);
}
export interface WithYear {
  /** Default: the latest with values. */
  get year(): string | null;
  set year(value: number | string | null | undefined);
}
export interface WithHighlight {
  /** An ISO code to mark. */
  get highlight(): string | null;
  set highlight(value: string | null | undefined);
}
export interface WithLimit {
  /** A comparison: how many questions show before "Show all"; a search: how many hits, 1-50. */
  get limit(): string | null;
  set limit(value: number | string | null | undefined);
}
export interface WithSections {
  /** Which blocks, in which order: a card's `datasets`, `history`, `basic`, `portals`, `bodies`, `cio`, `strategies`, `ai`, `europam`, `benchmark`, `questionnaire`; a comparison's `questions`, `scores`, `datasets`. */
  get sections(): string | null;
  set sections(value: List | null | undefined);
}

export interface GovlensCardElement extends GovlensElement, WithCountry, WithSections {}
export interface GovlensScoresElement extends GovlensElement, WithCountry {
  /** `europam` (default) or `egov-benchmark`. */
  get framework(): string | null;
  set framework(value: string | null | undefined);
  /** A EUROPAM dimension to open (`Freedom of Information`). */
  get dimension(): string | null;
  set dimension(value: string | null | undefined);
}
export interface GovlensBenchmarkElement extends GovlensElement, WithCountry {}
export interface GovlensCompareElement extends GovlensElement, WithCountries, WithLimit, WithSections {
  /** The filter starts on the questions answered differently. */
  get differencesOnly(): boolean;
  set differencesOnly(value: boolean | null | undefined);
}
export interface GovlensSearchElement extends GovlensElement, WithCountry, WithLimit {
  get query(): string | null;
  set query(value: string | null | undefined);
  /** `un-msq`, `dpa-factsheet`, `ai-watch` or `europam`. */
  get source(): string | null;
  set source(value: string | null | undefined);
}
export interface GovlensRankingElement extends GovlensElement, WithIndicator, WithYear, WithHighlight {
  /** A UN M49 region or sub-region (`Europe`, `Northern Europe`). */
  get region(): string | null;
  set region(value: string | null | undefined);
}
export interface GovlensTrendElement extends GovlensElement, WithIndicator, WithCountries {
  /** An aggregate's code (`EU27`), or `none`. */
  get reference(): string | null;
  set reference(value: string | null | undefined);
}
export interface GovlensMapElement extends GovlensElement, WithIndicator, WithYear, WithHighlight {
  /** `world` or `europe`. */
  get area(): string | null;
  set area(value: "world" | "europe" | string | null | undefined);
}

declare global {
  // document.createElement("govlens-card") is a GovlensCardElement, and so on.
  interface HTMLElementTagNameMap extends GovlensTagMap {}
}

/** The element names this package registers. */
export declare const ELEMENTS: readonly (keyof GovlensTagMap)[];
/** Resolves once every govlens element is defined. */
export declare function whenDefined(): Promise<void>;

/** Tag name to element type, for code generic over the elements. */
export interface GovlensTagMap {
  "govlens-card": GovlensCardElement;
  "govlens-scores": GovlensScoresElement;
  "govlens-benchmark": GovlensBenchmarkElement;
  "govlens-compare": GovlensCompareElement;
  "govlens-search": GovlensSearchElement;
  "govlens-ranking": GovlensRankingElement;
  "govlens-trend": GovlensTrendElement;
  "govlens-map": GovlensMapElement;
}
