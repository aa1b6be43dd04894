// Writes the map's shapes (corpus/basemaps/world.tsv and europe.tsv), which `govlens build`
// reads into the corpus for <govlens-map> (issue 18, item 9): Natural Earth's 1:50m countries
// from the world-atlas package, simplified for the scale they are drawn at (topojson-simplify),
// projected with d3-geo (Equal Earth for the world; for Europe the Lambert azimuthal equal-area
// projection centred at 10°E 52°N, the EU's ETRS89-LAEA) and written as SVG paths with integer,
// relative coordinates. Run by `make basemaps`; `make npm-test` checks that the committed files
// are what this writes from the locked package versions.
//
//   node web/basemaps.mjs OUT_DIR
//
// Each file: `#` comment lines, `key<TAB>value` header lines (area, projection, size, source),
// then one line per shape: `code<TAB>cx<TAB>cy<TAB>dot<TAB>path`. The code is ISO 3166-1
// alpha-2 (XK for Kosovo) or `-` for land no code names (Northern Cyprus, Somaliland, ...),
// drawn but not a country of the map; (cx, cy) the shape's centroid; dot 1 where the country is
// under a few pixels at this scale and is drawn as a dot there (its path may then be empty).
import { createRequire } from 'node:module';
import { writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, '../tests/npm/package.json'));
const topo = require('topojson-client');
const simplify = require('topojson-simplify');
const { geoEqualEarth, geoAzimuthalEqualArea, geoPath } = await import(require.resolve('d3-geo'));
const countries = require('i18n-iso-countries');
const atlas = require('world-atlas/countries-50m.json');
// d3-geo's exports map hides its package.json: read it from the folder.
const version = (name) => JSON.parse(readFileSync(join(here, '../tests/npm/node_modules', name, 'package.json'), 'utf8')).version;

const out = process.argv[2];
if (!out) {
  console.error('usage: node web/basemaps.mjs OUT_DIR');
  process.exit(2);
}

// Features without an ISO numeric id in Natural Earth: Kosovo has a code of its own (XK, as in
// corpus/countries.toml); the others are land no dataset reports on.
const UNCODED = { Kosovo: 'XK' };
function codeOf(geometry) {
  if (geometry.id) return countries.numericToAlpha2(geometry.id) ?? null;
  return UNCODED[geometry.properties.name] ?? null;
}

// A path context that writes integer coordinates, relative after each ring's start, and drops
// repeated points and rings that round to fewer than three points.
function compactPath(projection, feature) {
  const rings = [];
  let ring = [];
  const context = {
    moveTo(x, y) {
      ring = [[Math.round(x), Math.round(y)]];
    },
    lineTo(x, y) {
      const p = [Math.round(x), Math.round(y)];
      const last = ring[ring.length - 1];
      if (p[0] !== last[0] || p[1] !== last[1]) ring.push(p);
    },
    closePath() {
      if (ring.length >= 3) rings.push(ring);
      ring = [];
    },
    arc() {},
    rect() {},
  };
  geoPath(projection, context)(feature);
  let d = '';
  for (const r of rings) {
    d += `M${r[0][0]} ${r[0][1]}l`;
    let [px, py] = r[0];
    const steps = [];
    for (let i = 1; i < r.length; i += 1) {
      steps.push(`${r[i][0] - px} ${r[i][1] - py}`);
      [px, py] = r[i];
    }
    d += `${steps.join(' ')}z`.replace(/ -/g, '-');
  }
  return d;
}

// One map: `minWeight` is the smallest triangle (in square degrees) simplification keeps, about
// a pixel's area at the map's scale.
function basemap({ area, projectionName, projection, width, height, minWeight, keep }) {
  const simplified = simplify.simplify(simplify.presimplify(atlas), minWeight);
  const full = topo.feature(atlas, atlas.objects.countries).features;
  const shown = topo.feature(simplified, simplified.objects.countries).features;
  const exact = geoPath(projection);
  // By code: a country with several features (Australia and the Ashmore and Cartier Islands
  // share 036) is one shape, its centroid the largest feature's.
  const byCode = new Map();
  const rows = [];
  for (let i = 0; i < shown.length; i += 1) {
    const geometry = atlas.objects.countries.geometries[i];
    if (!keep(geometry)) continue;
    const d = compactPath(projection, shown[i]);
    const [cx, cy] = exact.centroid(full[i]);
    const inside = Number.isFinite(cx) && cx >= 0 && cy >= 0 && cx <= width && cy <= height;
    if (!d && !inside) continue;
    const code = codeOf(geometry);
    // Under about 12 square pixels a country cannot be seen or pointed at: it is a dot.
    const dot = code && inside && exact.area(full[i]) < 12 ? 1 : 0;
    if (!d && !dot) continue;
    const size = exact.area(full[i]);
    const row = [code ?? '-', Math.round(cx), Math.round(cy), dot, d, size];
    const same = code && byCode.get(code);
    if (same) {
      same[4] += d;
      if (size > same[5]) [same[1], same[2], same[3], same[5]] = [row[1], row[2], row[3], size];
    } else {
      if (code) byCode.set(code, row);
      rows.push(row);
    }
  }
  for (const r of rows) r.length = 5;
  rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
  const lines = [
    `# Generated by web/basemaps.mjs from world-atlas ${version('world-atlas')} (Natural Earth 1:50m, public domain), topojson-simplify ${version('topojson-simplify')} and d3-geo ${version('d3-geo')}; do not edit.`,
    `area\t${area}`,
    `projection\t${projectionName}`,
    `size\t${width}\t${height}`,
    `source\tNatural Earth 1:50m Cultural Vectors, Admin 0 countries (public domain), via world-atlas ${version('world-atlas')}`,
    ...rows.map((r) => r.join('\t')),
  ];
  return `${lines.join('\n')}\n`;
}

// The world without Antarctica (no dataset reports on it; it would take a third of the height).
const world = geoEqualEarth();
const land = topo.feature(atlas, { type: 'GeometryCollection', geometries: atlas.objects.countries.geometries.filter((g) => g.id !== '010') });
world.fitWidth(960, land);
const worldHeight = Math.ceil(geoPath(world).bounds(land)[1][1]);

// Europe from Iceland to the Urals' foot, Crete to the North Cape.
const europeBox = { type: 'MultiPoint', coordinates: [[-24, 35], [44, 35], [-12, 71], [40, 71], [10, 34], [10, 72]] };
const europe = geoAzimuthalEqualArea().rotate([-10, -52]).fitWidth(800, europeBox);
const europeHeight = Math.ceil(geoPath(europe).bounds(europeBox)[1][1]);
europe.clipExtent([[0, 0], [800, europeHeight]]);

mkdirSync(out, { recursive: true });
writeFileSync(
  join(out, 'world.tsv'),
  basemap({ area: 'world', projectionName: 'Equal Earth', projection: world, width: 960, height: worldHeight, minWeight: 0.05, keep: (g) => g.id !== '010' }),
);
writeFileSync(
  join(out, 'europe.tsv'),
  basemap({ area: 'europe', projectionName: 'Lambert azimuthal equal-area, 10°E 52°N', projection: europe, width: 800, height: europeHeight, minWeight: 0.003, keep: () => true }),
);
