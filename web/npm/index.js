// @govlens/core: load the corpus and query it. The engine is WebAssembly (govlens_wasm.js);
// this file only finds the wasm module and the corpus next to it and hands the bytes over.
import init, { Govlens } from "./govlens_wasm.js";

export { Govlens };

/**
 * Loads the engine and a corpus.
 * @param {{ corpus?: string | URL, bytes?: Uint8Array, wasm?: string | URL }} [options]
 *   `corpus`: where to fetch the corpus from (default: govlens.corpus next to this module);
 *   `bytes`: a corpus already in memory (no fetch); `wasm`: where the wasm module is.
 * @returns {Promise<Govlens>}
 */
export async function load(options = {}) {
  await init({ module_or_path: options.wasm ?? new URL("govlens_wasm_bg.wasm", import.meta.url) });
  let bytes = options.bytes;
  if (!bytes) {
    const url = options.corpus ?? new URL("govlens.corpus", import.meta.url);
    const response = await fetch(url);
    if (!response.ok) {
      throw new Error(`govlens: the corpus at ${url} could not be fetched (HTTP ${response.status})`);
    }
    bytes = new Uint8Array(await response.arrayBuffer());
  }
  return Govlens.fromBytes(bytes);
}
