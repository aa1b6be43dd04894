// Writes a page whose `<!--snippet ELEMENT|name=value|...-->` lines are replaced by the embed
// code `govlens snippet` writes for them (the element with its content prerendered inside), so
// that the demo's static page is made by the same command a newsroom runs.
//
//   GOVLENS_CORPUS=dist/govlens.corpus node web/snippets.mjs web/static.html cargo run --quiet --locked -p govlens-cli --bin govlens -- > dist/web/static.html
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const [template, command, ...prefix] = process.argv.slice(2);
if (!template || !command) throw new Error('usage: node web/snippets.mjs TEMPLATE COMMAND [ARGS...]');
const page = readFileSync(template, 'utf8').replace(/<!--snippet ([^>]*?)-->/g, (_, spec) => {
  const [element, ...attributes] = spec.split('|').map((s) => s.trim());
  const args = [...prefix, 'snippet', element, ...attributes, '--base', 'embed/', '--no-script'];
  return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();
});
process.stdout.write(page);
