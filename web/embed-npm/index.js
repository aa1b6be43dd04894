// @govlens/embed: `import "@govlens/embed"` registers <govlens-card>, <govlens-scores>,
// <govlens-benchmark>, <govlens-compare>, <govlens-search>, <govlens-ranking>, <govlens-trend>
// and <govlens-map>, the same elements as the script tag, reading the package's own builds,
// style sheet and corpus (or the `corpus` attribute's). Importing it twice, or beside the
// script tag, registers nothing twice. On a server (a framework rendering the page in Node) it
// loads and defines nothing.
import "./files.js";
import "./govlens.js";

/** The element names this package registers. */
export const ELEMENTS = ["govlens-card", "govlens-scores", "govlens-benchmark", "govlens-compare", "govlens-search", "govlens-ranking", "govlens-trend", "govlens-map"];

/**
 * Resolves once every govlens element is defined (at once after this module has run in a
 * browser); on a server, where nothing is defined, at once.
 */
export function whenDefined() {
  if (typeof customElements !== "object") return Promise.resolve();
  return Promise.all(ELEMENTS.map((tag) => customElements.whenDefined(tag))).then(() => undefined);
}
