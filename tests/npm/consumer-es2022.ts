// Type-checked with the ES2022 lib and no skipLibCheck (issue 19): the declarations need no
// esnext type (no `Symbol.dispose`), and the options the README calls optional are.
import { load, type Govlens, type SearchResults, type SearchStep } from "@govlens/core";

async function main(): Promise<void> {
  const govlens: Govlens = await load();
  const results: SearchResults = govlens.search("digital identity");
  const step: SearchStep = govlens.step("eID");
  const found: SearchResults = await govlens.searchAsync("open data");
  govlens.free();
  // In Node: the corpus and the wasm as bytes (a Buffer is a Uint8Array).
  const fromBytes: Govlens = await load({ bytes: new Uint8Array(0), wasm: new Uint8Array(0) });
  console.log(results.total, step, found.total, fromBytes);
}
main();
