// Where @govlens/embed's files are, for govlens.js: each named with `new URL("./...", import.meta.url)`
// and a literal path, which bundlers (Vite, webpack 5; Rollup with an import-meta-assets plugin)
// see, copy into their output and rewrite; without a bundler the URLs are the package's own files.
// Set before govlens.js runs (index.js imports this module first); govlens.js reads it once.
globalThis[Symbol.for("govlens.files")] = {
  "govlens_card.js": [new URL("./govlens_card.js", import.meta.url).href, ""],
  "govlens_card_bg.wasm": [new URL("./govlens_card_bg.wasm", import.meta.url).href, ""],
  "govlens_cards.js": [new URL("./govlens_cards.js", import.meta.url).href, ""],
  "govlens_cards_bg.wasm": [new URL("./govlens_cards_bg.wasm", import.meta.url).href, ""],
  "govlens_search.js": [new URL("./govlens_search.js", import.meta.url).href, ""],
  "govlens_search_bg.wasm": [new URL("./govlens_search_bg.wasm", import.meta.url).href, ""],
  "govlens_widget.js": [new URL("./govlens_widget.js", import.meta.url).href, ""],
  "govlens_widget_bg.wasm": [new URL("./govlens_widget_bg.wasm", import.meta.url).href, ""],
  "govlens.corpus": [new URL("./govlens.corpus", import.meta.url).href, ""],
  "govlens-widget.css": [new URL("./govlens-widget.css", import.meta.url).href, ""],
  "lang-fr.govlens": [new URL("./lang-fr.govlens", import.meta.url).href, ""],
  "lang-de.govlens": [new URL("./lang-de.govlens", import.meta.url).href, ""],
  "lang-da.govlens": [new URL("./lang-da.govlens", import.meta.url).href, ""],
};
