// React 19's JSX types for the govlens elements: `import type {} from "@govlens/embed/react"`
// once in the project (or list it in tsconfig's `types`). React 19 sets a prop as the
// element's property where it has one (each attribute is one: `countries={["LU", "DK"]}`,
// `differencesOnly`), else as an attribute, and `ongovlens-error` / `ongovlens-ready` listen
// for those events.
import type { DetailedHTMLProps, HTMLAttributes } from "react";
import type {
  GovlensElement, GovlensErrorDetail, GovlensCardElement, GovlensScoresElement, GovlensBenchmarkElement, GovlensCompareElement,
  GovlensSearchElement, GovlensRankingElement, GovlensTrendElement, GovlensMapElement,
} from "./index.js";

type List = string | readonly string[];

/** What every element takes. */
export type GovlensProps<E extends GovlensElement> = DetailedHTMLProps<HTMLAttributes<E>, E> & {
  /** A corpus file's URL, or a split folder's (ending in `/`). */
  corpus?: string;
  theme?: "light" | "dark" | "auto";
  headingLevel?: 1 | 2 | 3 | 4 | 5 | `${1 | 2 | 3 | 4 | 5}`;
  /** React 19 writes `class` for custom elements. */
  class?: string;
  "ongovlens-ready"?: (event: CustomEvent<null>) => void;
  "ongovlens-error"?: (event: CustomEvent<GovlensErrorDetail>) => void;
};

export type GovlensCardProps = GovlensProps<GovlensCardElement> & { country: string; sections?: List };
export type GovlensScoresProps = GovlensProps<GovlensScoresElement> & { country: string; framework?: "europam" | "egov-benchmark"; dimension?: string };
export type GovlensBenchmarkProps = GovlensProps<GovlensBenchmarkElement> & { country: string };
export type GovlensCompareProps = GovlensProps<GovlensCompareElement> & { countries: List; differencesOnly?: boolean; limit?: number | string; sections?: List };
export type GovlensSearchProps = GovlensProps<GovlensSearchElement> & { query?: string; country?: string; source?: "un-msq" | "dpa-factsheet" | "ai-watch" | "europam"; limit?: number | string };
export type GovlensRankingProps = GovlensProps<GovlensRankingElement> & { indicator: string; year?: number | string; region?: string; highlight?: string };
export type GovlensTrendProps = GovlensProps<GovlensTrendElement> & { indicator: string; countries: List; reference?: string };
export type GovlensMapProps = GovlensProps<GovlensMapElement> & { indicator: string; year?: number | string; area?: "world" | "europe"; highlight?: string };

declare module "react" {
  namespace JSX {
    interface IntrinsicElements {
      "govlens-card": GovlensCardProps;
      "govlens-scores": GovlensScoresProps;
      "govlens-benchmark": GovlensBenchmarkProps;
      "govlens-compare": GovlensCompareProps;
      "govlens-search": GovlensSearchProps;
      "govlens-ranking": GovlensRankingProps;
      "govlens-trend": GovlensTrendProps;
      "govlens-map": GovlensMapProps;
    }
  }
}
