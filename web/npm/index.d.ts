export * from "./govlens_wasm.js";
import { Govlens } from "./govlens_wasm.js";

export interface LoadOptions {
  /** Where to fetch the corpus from; default: govlens.corpus next to this module. */
  corpus?: string | URL;
  /** A corpus already in memory: no fetch. */
  bytes?: Uint8Array;
  /** Where the wasm module is; default: govlens_wasm_bg.wasm next to this module. */
  wasm?: string | URL;
}

/** Loads the engine and a corpus. Rejects with an Error that says what failed. */
export function load(options?: LoadOptions): Promise<Govlens>;
