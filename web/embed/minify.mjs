// The embed's JavaScript as pages download it (issue 21: every kilobyte is a phone's): the
// loader (govlens.js), the four builds' wasm-bindgen glue and the iframe pages' script, minified
// in place with terser (compress and mangle local names; property names, exports, strings and
// messages stay as they are). The repository keeps the readable loader; @govlens/embed ships
// it readable too (a bundler minifies), the CDN folder minified (cdn.mjs calls minified()).
//
//   node web/embed/minify.mjs FILE...
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, '../../tests/npm/package.json'));
const { minify } = await import(require.resolve('terser'));

// The CDN folder writes its files' table over this expression (cdn.mjs): kept, comment and all.
export const FILES_MARKER = "/* files */ globalThis[Symbol.for('govlens.files')] || null";
const PLACEHOLDER = '__govlens_files_table__';

// `source` minified as an ES module; the files marker, where it has one, comes through as it is.
export async function minified(source, name) {
  const marked = source.includes(FILES_MARKER);
  const input = marked ? source.replace(FILES_MARKER, PLACEHOLDER) : source;
  const out = await minify(input, { module: true, compress: { passes: 2 }, mangle: { reserved: [PLACEHOLDER] }, format: { comments: false } });
  if (!out.code) throw new Error(`${name}: terser returned nothing`);
  if (marked && out.code.split(PLACEHOLDER).length !== 2) throw new Error(`${name}: the files marker did not come through minification once`);
  return marked ? out.code.replace(PLACEHOLDER, FILES_MARKER) : out.code;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const file of process.argv.slice(2)) {
    const source = readFileSync(file, 'utf8');
    const code = await minified(source, file);
    writeFileSync(file, code);
    console.log(`minified ${file}: ${source.length} -> ${code.length} bytes`);
  }
}
