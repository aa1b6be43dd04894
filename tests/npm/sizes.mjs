// Prints raw, gzip and brotli bytes of the package's files (the build's size report).
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";

const dir = process.argv[2];
const rows = readdirSync(dir)
  .filter((f) => /\.(wasm|js|css|corpus|govlens)$/.test(f))
  .map((f) => {
    const b = readFileSync(join(dir, f));
    const br = brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    return [f, b.length, gzipSync(b, { level: 9 }).length, br];
  });
console.log("file                          raw      gzip    brotli");
for (const [f, raw, gz, br] of rows) {
  console.log(`${f.padEnd(26)} ${String(raw).padStart(8)} ${String(gz).padStart(8)} ${String(br).padStart(8)}`);
}
