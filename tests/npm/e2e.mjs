// End-to-end tests of the embed on every page of the demo site (dist/web, built by `make web`),
// in Debian's headless Chromium driven by playwright-core: values visible, keyboard use, theme
// switch, attribute change, removal, CSV download, the strict-CSP page without console errors,
// the hostile-CSS page rendering like its plain twin, axe-core with no serious or critical
// violation, an unloadable corpus shown in the element. Screenshots of every page at 375 and
// 1200 px go to dist/screenshots/.
//
//   node e2e.mjs [site-dir] [screenshot-dir]
import { check, launch } from './harness.mjs';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { serve } from '../../web/serve.mjs';

const SITE = process.argv[2] ?? '../../dist/web';
const SHOTS = process.argv[3] ?? '../../dist/screenshots';
const PAGES = ['index.html', 'datasets.html', 'article.html', 'languages.html', 'static.html', 'report.html', 'strict-csp.html', 'hostile.html', 'plain.html', 'split.html', 'split-search.html'];
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');


mkdirSync(SHOTS, { recursive: true });
const server = await serve(SITE, 0);
const BASE = `http://127.0.0.1:${server.address().port}/`;
const browser = await launch();

// Opens a page, scrolls through it so every element comes into view, and waits until each
// one has rendered its component or its error.
async function open(name, width, options = {}, before = () => {}) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, acceptDownloads: true, ...options });
  const page = await context.newPage();
  before(page);
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  await page.goto(BASE + name);
  await settle(page);
  return { context, page, problems };
}

async function settle(page) {
  for (let y = 0; y < (await page.evaluate(() => document.body.scrollHeight)); y += 600) {
    await page.evaluate((y) => window.scrollTo(0, y), y);
    await page.waitForTimeout(20);
  }
  // A fast scroll can pass an element between two frames, so that it never intersects the
  // viewport (as for a reader flicking past it, it starts when it is scrolled to): bring each
  // element that has not started into view until all have rendered.
  const pending = () => page.evaluate(() => [...document.querySelectorAll('*')]
    .filter((e) => e.localName.startsWith('govlens-'))
    // A prerendered card (:state(preview)) has the markup but waits for the live one.
    .filter((e) => !(e.shadowRoot && !e.matches(':state(preview)') && !e.matches(':state(static)') && (e.shadowRoot.querySelector('.gl-widget') || e.shadowRoot.querySelector('.gl-fail'))))
    .map((e) => { e.scrollIntoView(); return e.id; }));
  const deadline = Date.now() + 30000;
  let left = await pending();
  while (left.length > 0) {
    if (Date.now() > deadline) throw new Error(`elements never rendered: ${left.join(', ')}`);
    await page.waitForTimeout(100);
    left = await pending();
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

const text = (page, sel) => page.evaluate((sel) => document.querySelector(sel)?.shadowRoot?.textContent ?? '', sel);
const count = (page, sel, inner) => page.evaluate(([sel, inner]) => document.querySelector(sel)?.shadowRoot?.querySelectorAll(inner).length ?? -1, [sel, inner]);
const style = (page, sel, inner, prop) => page.evaluate(([sel, inner, prop]) => {
  const el = document.querySelector(sel)?.shadowRoot?.querySelector(inner);
  return el ? getComputedStyle(el)[prop] : null;
}, [sel, inner, prop]);
// The element that really has focus, through shadow roots.
const focused = (page) => page.evaluate(() => {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a ? { tag: a.localName, label: a.getAttribute('aria-label') ?? a.textContent.trim().slice(0, 60), outline: getComputedStyle(a).outlineStyle } : null;
});

async function axe(page) {
  await page.addScriptTag({ content: AXE });
  const result = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.nodes.length} nodes, e.g. ${v.nodes[0]?.target?.join(' ')}`));
  return result;
}

// 1. Every page at both widths: screenshots, no console error, no element failed, axe-core.
for (const name of PAGES) {
  for (const width of [320, 375, 1200]) {
    const { context, page, problems } = await open(name, width);
    if (width !== 320) await page.screenshot({ path: `${SHOTS}/${name.replace('.html', '')}-${width}.png`, fullPage: true });
    const failedEls = await page.evaluate(() => [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('govlens-') && e.shadowRoot?.querySelector('.gl-fail')).map((e) => e.id));
    check(`${name} at ${width}px: every element rendered`, failedEls.length === 0, failedEls.join(', '));
    check(`${name} at ${width}px: no console error or uncaught exception`, problems.length === 0, problems.join(' | '));
    // Every element fits the viewport and its content fits the element (the hostile page's
    // own text overflows at 320 px; that is the host's, not govlens's).
    const overflow = await page.evaluate(() => [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('govlens-')).map((e) => {
      const root = e.shadowRoot.firstElementChild;
      return { id: e.id, past: Math.round(e.getBoundingClientRect().right - document.documentElement.clientWidth), inside: root.scrollWidth - root.clientWidth };
    }).filter((o) => o.past > 0 || o.inside > 0));
    check(`${name} at ${width}px: every element fits the width`, overflow.length === 0, JSON.stringify(overflow));
    // Issue 18, item 10: no word of a table shown is broken across lines ("Luxe/mbo/urg").
    const broken = await page.evaluate(() => {
      const out = [];
      for (const e of document.querySelectorAll('*')) {
        if (!e.localName.startsWith('govlens-') || !e.shadowRoot) continue;
        for (const cell of e.shadowRoot.querySelectorAll('td, th, .gl-rank-value, .gl-rank-name')) {
          const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
          for (let t = walker.nextNode(); t; t = walker.nextNode()) {
            for (const m of t.data.matchAll(/[\p{L}\p{N}]{2,}/gu)) {
              const range = document.createRange();
              range.setStart(t, m.index);
              range.setEnd(t, m.index + m[0].length);
              const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
              if (tops.size > 1) out.push(`${e.id}: ${m[0]}`);
            }
          }
        }
      }
      return out;
    });
    check(`${name} at ${width}px: no word in a table or a ranking broken across lines`, broken.length === 0, broken.slice(0, 8).join(', '));
    const heights = await page.evaluate(() => [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('govlens-')).map((e) => `${e.id} ${Math.round(e.getBoundingClientRect().height)}`));
    if (process.env.GOVLENS_HEIGHTS) console.log(`     heights at ${width}px: ${heights.join(', ')}`);
    await context.close();
  }
  // axe-core runs as an injected script, which a strict CSP forbids: that page is checked
  // with the CSP bypassed (the markup is the same).
  const { context, page } = await open(name, 1200, { bypassCSP: true });
  const violations = await axe(page);
  check(`${name}: axe-core finds no serious or critical violation`, violations.length === 0, violations.join(' | '));
  await context.close();
}

// 2. Values on the index page (and a picture of each element, for the README).
{
  const requests = [];
  const { context, page } = await open('index.html', 1200, {}, (p) => p.on('request', (r) => requests.push(new URL(r.url()).pathname)));
  const elements = await page.evaluate(() => [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('govlens-')).length);
  const fetched = (suffix) => requests.filter((r) => r.endsWith(suffix)).length;
  check(`one wasm instance and one corpus download for ${elements} elements`, fetched('.wasm') === 1 && fetched('.corpus') === 1, `wasm ${fetched('.wasm')}, corpus ${fetched('.corpus')}`);
  mkdirSync(`${SHOTS}/elements`, { recursive: true });
  for (const id of ['card-lu', 'scores-lu', 'benchmark-lu', 'compare-lu-dk', 'search', 'card-dk-dark']) {
    await page.locator(`#${id}`).screenshot({ path: `${SHOTS}/elements/${id}.png` });
  }
  // The picker: every country of the corpus; choosing one changes the card.
  check('picker: every country of the corpus', (await page.locator('#country-picker option').count()) === 214, await page.locator('#country-picker option').count());
  check('picker: Kenya first shown, from the datasets', (await text(page, '#card-picked')).startsWith('Kenya'), (await text(page, '#card-picked')).slice(0, 80));
  await page.selectOption('#country-picker', 'BR');
  await page.waitForFunction(() => document.querySelector('#card-picked').shadowRoot.textContent.startsWith('Brazil'), null, { timeout: 10000 }).catch(() => {});
  check('picker: choosing Brazil shows its card with its GovTech rank', (await text(page, '#card-picked')).includes('0.975 (2022; rank 2 of 198)'), (await text(page, '#card-picked')).slice(0, 400));
  const card = await text(page, '#card-lu');
  check('card: both populations, each with its source', card.includes('613,894 inhabitants') && card.includes('582,972 inhabitants') && card.includes('DPA factsheet 2020, §1.1, for 2019'), card.slice(0, 300));
  check('card: no personal name in the embed', !card.includes('Patrick Houtsch'));
  check('scores: five headline bars', (await count(page, '#scores-lu', 'g.gl-bar')) === 5);
  check('scores: dimension attribute opens its sub-metrics', (await text(page, '#scores-lu')).includes('Political Financing: sub-metrics, 2012–2020'));
  // Issue 18, item 4: a score a check flagged (the EUROPAM page's 56 is the dataset's value of
  // 2012-2017, not 2020) says so on the card, and on the chart beside its bar and under it.
  const flagNote = "Check this value: the page's 56 is the dataset's value of 2012, 2015, 2016, 2017 rounded, not of 2020; the page mixes years.";
  const cardFlags = await page.locator('#card-lu .gl-flag').allTextContents();
  check('card: the flagged EUROPAM scores carry their note', cardFlags.length === 2 && cardFlags[0] === flagNote, JSON.stringify(cardFlags));
  const chartFlags = await page.locator('#scores-lu .gl-flag').allTextContents();
  check('scores chart: the flagged bars are marked and explained under the chart',
    chartFlags.length === 2 && chartFlags[0] === `⚑ Political Financing: ${flagNote}` && (await text(page, '#scores-lu')).includes('Political Financing 56 · avg 66 · ⚑'), JSON.stringify(chartFlags));
  check('benchmark: 23 indicators', (await count(page, '#benchmark-lu', 'g.gl-bar')) === 23);
  check('compare: 44 questions', (await count(page, '#compare-lu-dk', 'details.gl-question')) === 44);
  const search = await text(page, '#search');
  check('search: results with marked matches', (await count(page, '#search', 'li.gl-hit-item')) > 0 && (await count(page, '#search', 'mark')) > 0, search.slice(0, 200));
  check('error: unknown country explained in the element', (await text(page, '#card-bad')).includes("no country 'XX' in the corpus; it holds 214 countries, AD to ZW, by ISO 3166-1 alpha-2 code"));
  check('theme: dark card has a dark background', (await style(page, '#card-dk-dark', '.gl-root', 'backgroundColor')) === 'rgb(21, 24, 29)');
  check('brand colour: host CSS variable colours the bars', (await style(page, '#scores-brand', 'rect.gl-mark', 'fill')) === 'rgb(122, 31, 31)');

  // Keyboard: from the dimension list, Tab reaches the bars; Enter on one opens its sub-metrics.
  await page.locator('#scores-lu select').focus();
  await page.keyboard.press('Tab');
  const first = await focused(page);
  check('keyboard: Tab from the list reaches the first bar', first?.label?.startsWith('Political Financing 56 · avg 66'), JSON.stringify(first));
  // Issue 18, item 5: the bars are one Tab stop; the arrow keys move between them.
  await page.keyboard.press('ArrowDown');
  const second = await focused(page);
  check('keyboard: ArrowDown reaches the next bar, with a visible focus', second?.label?.startsWith('Financial Disclosure 32 · avg 53'), JSON.stringify(second));
  check('keyboard: the focused bar is described below the chart', (await text(page, '#scores-lu')).includes('Financial Disclosure 32 · avg 53, Luxembourg against the European average — EUROPAM 2020'));
  const stops = await page.evaluate(() => [...document.querySelector('#scores-lu').shadowRoot.querySelectorAll('g.gl-bar')].map((g) => g.getAttribute('tabindex')).join(''));
  check('keyboard: the chart is one Tab stop (the focused bar\'s), the others reached by arrows', stops === '-10-1-1-1', stops);
  await page.keyboard.press('End');
  check('keyboard: End reaches the last bar', (await focused(page))?.label?.startsWith('Public Procurement 62 · avg 62'), JSON.stringify(await focused(page)));
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  check('keyboard: Enter on a bar shows its sub-metrics', (await text(page, '#scores-lu')).includes('Financial Disclosure: sub-metrics, 2012–2020'));
  await page.locator('#scores-lu button', { hasText: 'Show as table' }).first().focus();
  const button = await focused(page);
  check('keyboard: buttons show a focus ring', button?.outline === 'solid', JSON.stringify(button));
  await page.keyboard.press('Enter');
  check('keyboard: Enter on "Show as table" shows the table', (await count(page, '#scores-lu', 'table')) >= 1);
  // A way past the 44 questions: the skip button (shown when focused) lands after the list.
  await page.locator('#compare-lu-dk .gl-skip').focus();
  const skipShown = await page.evaluate(() => document.querySelector('#compare-lu-dk').shadowRoot.querySelector('.gl-skip').getBoundingClientRect().width > 10);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  const afterSkip = await focused(page);
  check('keyboard: "Skip the questions" shows when focused and Tab goes on past the 44 questions', skipShown && afterSkip?.tag !== 'summary' && afterSkip?.label !== '', JSON.stringify(afterSkip));
  check('benchmark: the "+11" marks have a legend', (await text(page, '#benchmark-lu')).includes('+11 beside a score: its change in points since 2016-2017, as the factsheet gives it.'), (await text(page, '#benchmark-lu')).slice(0, 300));
  await page.locator('#compare-lu-dk summary').first().focus();
  await page.keyboard.press('Enter');
  check('keyboard: Enter opens a compared question', await page.evaluate(() => document.querySelector('#compare-lu-dk').shadowRoot.querySelector('details').open));
  await page.locator('#search input').fill('eIDAS');
  await page.waitForTimeout(50);
  check('search: results as you type', (await text(page, '#search')).toLowerCase().includes('eidas'));
  // Issue 17: the last passage of a cut-off document says so, and the card's AI strategy too.
  check('search: a complete document\'s hits carry no incomplete note', (await count(page, '#search', '.gl-incomplete')) === 0);
  await page.locator('#search input').fill('CivicTech');
  await page.waitForTimeout(50);
  const cut = 'Possibly incomplete: the document appears cut off after line 74, so this text may stop mid-way.';
  check('search: the cut-off AI Watch page\'s last passage is marked incomplete', (await page.locator('#search .gl-incomplete').allTextContents()).includes(cut), (await text(page, '#search')).slice(0, 300));
  check('card: the AI strategy from the cut-off page is marked incomplete', (await page.locator('#card-lu .gl-incomplete').allTextContents()).includes(cut));
  // A passage a check flagged says so beside its hit (the top hit describes Malta's law).
  await page.locator('#search input').fill('freedom of information');
  await page.waitForTimeout(50);
  const flags = await page.locator('#search li.gl-hit-item').first().locator('.gl-flag').allTextContents();
  check('search: the flagged top hit carries its check', flags.length === 1 && flags[0].startsWith('Check this passage: it names Malta and not Luxembourg'), JSON.stringify(flags));

  // CSV download: the columns of `govlens export scores`.
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#benchmark-lu a[download]').click()]);
  const csv = readFileSync(await download.path(), 'utf8');
  check('CSV download: export columns and real rows', download.suggestedFilename() === 'govlens-lu-egov-benchmark.csv'
    && csv.startsWith('country,framework,dimension,metric,year,value,reference_value,reference_label,source,locator\n')
    && csv.includes('LU,egov-benchmark,User Centricity,Mobile friendliness,2019,97,76.3,EU27+ average,001_58defca00d8e36d5.txt'), csv.slice(0, 200));

  // Issue 18, item 6: every error state is an error to the host: `:state(error)` (not ready)
  // and `govlens-error` with the problem's title and message, for a problem the component shows
  // as for a corpus that fails; the next good state is ready again.
  check('error state: an unknown country matches :state(error), not :state(ready)',
    await page.evaluate(() => { const e = document.querySelector('#card-bad'); return e.matches(':state(error)') && !e.matches(':state(ready)'); }));
  const heard = await page.evaluate(async () => {
    const seen = [];
    const listen = (el) => {
      el.addEventListener('govlens-error', (e) => seen.push(`${el.localName} error ${e.detail.kind} ${e.detail.code}: ${e.detail.title} / ${e.detail.message}`));
      el.addEventListener('govlens-ready', () => seen.push(`${el.localName} ready`));
    };
    const settle = () => new Promise((r) => setTimeout(r, 300));
    const card = document.querySelector('#card-lu');
    listen(card);
    card.setAttribute('country', 'XX');
    await settle();
    card.setAttribute('country', 'LU');
    await settle();
    for (const [kind, attrs] of [['govlens-compare', { countries: 'LU' }], ['govlens-card', {}]]) {
      const el = document.createElement(kind);
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      listen(el);
      document.body.append(el);
      el.scrollIntoView();
      await settle();
      seen.push(`${kind} :state(error) ${el.matches(':state(error)')}, :state(ready) ${el.matches(':state(ready)')}`);
      el.remove();
    }
    return seen;
  });
  check('error events: unknown country, back to a known one, a comparison of one country, a card without a country, each with its code',
    heard.length === 6
    && heard[0].startsWith("govlens-card error problem unknown-country: Unknown country / no country 'XX' in the corpus")
    && heard[1] === 'govlens-card ready'
    && heard[2].startsWith('govlens-compare error problem missing-attribute: ') && heard[3] === 'govlens-compare :state(error) true, :state(ready) false'
    && heard[4].startsWith('govlens-card error problem missing-attribute: govlens-card needs a country') && heard[5] === 'govlens-card :state(error) true, :state(ready) false',
    JSON.stringify(heard));

  // Issue 18, item 3: heading-level sets the title's level and its sections' one below; a value
  // out of 1-5 keeps the default h3.
  const levels = await page.evaluate(async () => {
    const tags = (id) => [...document.querySelector(id).shadowRoot.querySelectorAll('.gl-title, .gl-subhead')].map((e) => e.localName);
    const card = document.querySelector('#card-lu');
    const before = tags('#card-lu');
    card.setAttribute('heading-level', '2');
    await new Promise((r) => setTimeout(r, 100));
    const two = tags('#card-lu');
    card.setAttribute('heading-level', '9');
    await new Promise((r) => setTimeout(r, 100));
    const nine = tags('#card-lu');
    card.removeAttribute('heading-level');
    const scores = document.querySelector('#scores-lu');
    scores.setAttribute('heading-level', '4');
    await new Promise((r) => setTimeout(r, 100));
    const chart = tags('#scores-lu');
    scores.removeAttribute('heading-level');
    return { before: [...new Set(before)], two: [...new Set(two)], nine: [...new Set(nine)], chart: [...new Set(chart)] };
  });
  check('heading-level: the card\'s title h2 and its sections h3; 9 keeps h3/h4; a chart\'s title h4',
    JSON.stringify(levels) === JSON.stringify({ before: ['h3', 'h4'], two: ['h2', 'h3'], nine: ['h3', 'h4'], chart: ['h4', 'p'] }), JSON.stringify(levels));

  // Issue 18, item 3: the compact card shows the sections asked for in their order; the
  // compact comparison starts on the questions answered differently, five of them, with a
  // button for the rest; an unknown section is an error that names the known ones.
  const compact = await page.evaluate(async () => {
    const root = (id) => document.querySelector(id).shadowRoot;
    const heads = [...root('#card-compact').querySelectorAll('.gl-subhead')].map((e) => e.textContent);
    const cmp = root('#compare-compact');
    const before = { shown: cmp.querySelectorAll('.gl-question').length, filtered: cmp.querySelector('#gl-only-diff').checked, button: cmp.querySelector('.gl-more')?.textContent };
    cmp.querySelector('.gl-more').click();
    await new Promise((r) => setTimeout(r, 100));
    const all = cmp.querySelectorAll('.gl-question').length;
    const figures = [cmp.querySelectorAll('.gl-figure').length, root('#compare-lu-dk').querySelectorAll('.gl-figure').length];
    const card = document.querySelector('#card-compact');
    card.setAttribute('sections', 'europam, score');
    await new Promise((r) => setTimeout(r, 100));
    const error = { state: card.matches(':state(error)'), text: root('#card-compact').textContent };
    card.setAttribute('sections', 'europam, basic');
    return { heads, before, all, error, figures };
  });
  check('sections: the compact card shows EUROPAM then basic data, nothing else',
    JSON.stringify(compact.heads) === JSON.stringify(['Public accountability (EUROPAM, 0-100)', 'Basic data']), JSON.stringify(compact.heads));
  const differing = Number(/\((\d+) of 44\)/.exec(await text(page, '#compare-compact'))?.[1]);
  check('differences-only and limit: 5 of the questions answered differently, the filter on, a button for all of them',
    compact.before.shown === 5 && compact.before.filtered && compact.before.button === `Show all ${differing} questions answered differently` && compact.all === differing && differing > 5,
    JSON.stringify({ ...compact.before, all: compact.all, differing }));
  check('sections on the comparison: the questions and the scores, not the datasets (2 figures of 3)', JSON.stringify(compact.figures) === '[2,3]', JSON.stringify(compact.figures));
  check('sections: an unknown section is an error that lists the card\'s sections',
    compact.error.state && compact.error.text.includes("no section 'score'; the card has datasets, history, basic,"), compact.error.text.slice(0, 200));

  // Theme switch and attribute change on a live element.
  await page.evaluate(() => document.querySelector('#card-lu').setAttribute('theme', 'dark'));
  check('theme switch: light to dark', (await style(page, '#card-lu', '.gl-root', 'backgroundColor')) === 'rgb(21, 24, 29)');
  await page.evaluate(() => document.querySelector('#card-lu').setAttribute('country', 'DK'));
  await page.waitForTimeout(50);
  check('attribute change: the card shows Denmark', (await text(page, '#card-lu')).startsWith('Denmark'), (await text(page, '#card-lu')).slice(0, 80));

  // Removal frees the component; putting the element back renders it again.
  const removed = await page.evaluate(async () => {
    const el = document.querySelector('#card-lu');
    const root = el.shadowRoot.querySelector('.gl-root');
    const [parent, next] = [el.parentNode, el.nextSibling];
    el.remove();
    await new Promise((r) => setTimeout(r, 50));
    const emptied = root.childElementCount === 0;
    parent.insertBefore(el, next);
    el.scrollIntoView();
    await new Promise((r) => setTimeout(r, 300));
    return { emptied, again: el.shadowRoot.textContent.startsWith('Denmark') };
  });
  check('removal: the component is destroyed', removed.emptied);
  check('removal: re-inserted, it renders again', removed.again);
  await context.close();
}

// 3. Layout shift while the article page loads (it links embed/govlens.css, which reserves each
// element's height from the first paint) and its elements render: cumulative layout shift as
// Chromium reports it; "good" is at most 0.1.
for (const width of [375, 1200]) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__cls = 0;
    new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(BASE + 'article.html');
  await page.waitForFunction(() => document.querySelector('#article-card').shadowRoot.querySelector('.gl-widget'));
  await page.waitForTimeout(300);
  const cls = await page.evaluate(() => window.__cls);
  check(`article page at ${width}px: cumulative layout shift ${cls.toFixed(3)} while the card renders (at most 0.1)`, cls <= 0.1);
  await context.close();
}

// 3b. Static first (issue 18, item 1): the static page's elements were written by `govlens
// snippet` with their content inside. With scripts off they show it and the page reserves no
// empty space for the others; with scripts on the live elements take over in place (the same
// text, no layout shift); when the code cannot load, the content stays and the host is told.
{
  const elements = (page) => page.evaluate(() => [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('govlens-'))
    .map((e) => ({ tag: e.localName, height: Math.round(e.getBoundingClientRect().height), text: e.shadowRoot?.textContent ?? '' })));
  const want = {
    'govlens-card': 'Freedom of Information29 (European average 59)',
    'govlens-scores': 'Financial Disclosure 32 · avg 53',
    'govlens-benchmark': 'Digital post 100 (EU27+ 67.3)',
    'govlens-compare': 'Q21Is the national e-government strategy guided by or aligned with the national development strategy?LU✓ yesDK✗ no',
    'govlens-map': 'Luxembourg: rank 45 of 193 (0.8466)0.0–0.2 (5)',
    'govlens-ranking': 'Luxembourg: rank 26 of 43 in Europe (0.8466)',
    'govlens-trend': 'Luxembourg 0.6562 in 2003 to 0.8466 in 2024',
  };
  const source = {
    'govlens-card': 'EUROPAM 2020, Country score, for 2020',
    'govlens-scores': 'Source: EUROPAM country page: Luxembourg',
    'govlens-benchmark': 'Source: Digital Public Administration factsheet 2020: Luxembourg',
    'govlens-compare': 'Source: UN E-Government Survey 2022 questionnaire (2021)',
    'govlens-map': 'via world-atlas 2.0.2 (Equal Earth)',
    'govlens-ranking': 'Source: UN E-Government Survey 2024',
    'govlens-trend': 'Source: UN E-Government Survey, 12 editions 2003-2024',
  };
  for (const width of [375, 1200]) {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto(BASE + 'static.html');
    const shown = await elements(page);
    check(`static page without scripts at ${width}px: all seven elements show their content with its source`,
      shown.length === 7 && shown.every((e) => e.text.includes(want[e.tag]) && e.text.includes(source[e.tag]) && e.height > 300),
      JSON.stringify(shown.map((e) => [e.tag, e.height, e.text.slice(0, 80)])));
    await page.screenshot({ path: `${SHOTS}/static-no-js-${width}.png`, fullPage: true });
    // The article page's elements (no snippet) without scripts: no tall empty boxes.
    await page.goto(BASE + 'article.html');
    const empty = await elements(page);
    check(`article page without scripts at ${width}px: no height reserved for elements that cannot run`,
      empty.length === 2 && empty.every((e) => e.height === 0), JSON.stringify(empty.map((e) => [e.tag, e.height])));
    await context.close();
  }
  for (const width of [375, 1200]) {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.__cls = 0;
      new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(BASE + 'static.html');
    const before = await page.evaluate(() => { const c = document.querySelector('govlens-card'); return { static: c.matches(':state(static)') || c.matches(':state(ready)'), text: c.shadowRoot.textContent }; });
    await settle(page);
    const after = await page.evaluate(() => [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('govlens-'))
      .map((e) => ({ tag: e.localName, ready: e.matches(':state(ready)'), static: e.matches(':state(static)'), links: e.shadowRoot.querySelectorAll('link').length })));
    const card = await page.evaluate(() => document.querySelector('govlens-card').shadowRoot.textContent);
    check(`static page at ${width}px: every element taken over by its live content`,
      after.length === 7 && after.every((e) => e.ready && !e.static && e.links === 0), JSON.stringify(after));
    check(`static page at ${width}px: the live card says what the static one said`, before.static && before.text === card, `${before.text.slice(0, 120)} | ${card.slice(0, 120)}`);
    const cls = await page.evaluate(() => window.__cls);
    check(`static page at ${width}px: cumulative layout shift ${cls.toFixed(3)} as the live elements take over (at most 0.01)`, cls <= 0.01);
    await context.close();
  }
  {
    // The wasm cannot load: the snippet's content stays, and the host hears it stays static.
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const page = await context.newPage();
    await page.route('**/*.wasm', (r) => r.abort());
    await page.addInitScript(() => { window.__heard = []; document.addEventListener('govlens-error', (e) => window.__heard.push(e.detail)); });
    await page.goto(BASE + 'static.html');
    await page.waitForFunction(() => window.__heard.length > 0, null, { timeout: 20000 }).catch(() => {});
    const kept = await page.evaluate(() => ({ heard: window.__heard, card: document.querySelector('govlens-card').shadowRoot.textContent, state: document.querySelector('govlens-card').matches(':state(static)') }));
    check('static page, code not loaded: the card keeps its content and fires govlens-error with static: true',
      kept.state && kept.card.includes(want['govlens-card']) && kept.heard.length > 0 && kept.heard.every((d) => d.static === true && d.kind === 'load' && d.code === 'fetch-failed'), JSON.stringify(kept.heard).slice(0, 300));
    await context.close();
  }
}

// 3c. Iframe embeds: each element's standalone page (embed/frame/<element>.html?attributes)
// reports its height, and frame-host.js sizes the iframe to it, again when the content grows.
{
  const context = await browser.newContext({ viewport: { width: 375, height: 900 } });
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(BASE + 'frames.html');
  const sizes = () => page.evaluate(() => [...document.querySelectorAll('iframe[data-govlens-frame]')].map((f) => ({
    id: f.id, outer: Math.round(f.getBoundingClientRect().height), inner: Math.ceil(f.contentDocument.documentElement.getBoundingClientRect().height),
    ready: f.contentDocument.querySelector('[data-govlens-element]')?.matches(':state(ready)') ?? false,
  })));
  const fitted = (all) => all.length === 3 && all.every((f) => f.ready && f.outer === f.inner && f.outer > 500);
  await page.waitForFunction(() => [...document.querySelectorAll('iframe[data-govlens-frame]')].every((f) => f.contentDocument?.querySelector('[data-govlens-element]')?.matches(':state(ready)')), null, { timeout: 30000 }).catch(() => {});
  await page.waitForTimeout(300);
  const first = await sizes();
  check('iframe embeds: each iframe sized to its element, which rendered from the query\'s attributes', fitted(first), JSON.stringify(first));
  const card = await page.evaluate(() => document.querySelector('#frame-card').contentDocument.querySelector('govlens-card').shadowRoot.textContent);
  check('iframe embeds: the card shows the sections of its query', card.includes('Public accountability (EUROPAM, 0-100)') && !card.includes('eGovernment Benchmark'), card.slice(0, 200));
  check('iframe embeds: the frames read the split folder (their parts, the map\'s shapes), never the whole corpus',
    !requests.some((r) => r.endsWith('.corpus')) && requests.includes('/embed/split/card/LU.govlens') && requests.includes('/embed/split/map/world.govlens'),
    requests.filter((r) => r.includes('.govlens') || r.endsWith('.corpus')).join(', '));
  await page.evaluate(() => document.querySelector('#frame-compare').contentDocument.querySelector('govlens-compare').shadowRoot.querySelector('.gl-more').click());
  await page.waitForTimeout(500);
  const grown = await sizes();
  check('iframe embeds: the iframe follows its content as it grows ("Show all")', fitted(grown) && grown[1].outer > first[1].outer, JSON.stringify(grown));
  await context.close();
}

// 3c'. Keyboard (issue 18, item 5): Tab presses to get through the article page, every element
// rendered: each chart is one stop (was 75 presses, 66 inside the elements, before the charts'
// roving focus).
{
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  await page.goto(BASE + 'article.html');
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.waitForFunction(() => [...document.querySelectorAll('govlens-card, govlens-scores')].every((e) => e.matches(':state(ready)')), null, { timeout: 30000 });
  let presses = 0;
  let inside = 0;
  for (; presses < 300; presses += 1) {
    await page.keyboard.press('Tab');
    const at = await page.evaluate(() => document.activeElement?.localName ?? null);
    if (at === null || at === 'body') break;
    if (at.startsWith('govlens-')) inside += 1;
  }
  console.log(`     article page: ${presses} Tab presses through the page, ${inside} of them inside the two elements (75 and 66 before)`);
  check(`keyboard: ${presses} Tab presses through the article page, ${inside} inside its elements (75 and 66 before)`, inside > 0 && inside <= 30, `${presses} ${inside}`);
  await context.close();
}

// 3d. Print (issue 18, item 8): elements still waiting below the fold start on beforeprint;
// on paper every element shows its content and source lines, without buttons or pickers, and
// nothing is reserved.
{
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  await page.goto(BASE + 'index.html');
  await page.waitForFunction(() => document.querySelector('#card-picked')?.matches(':state(ready)'), null, { timeout: 20000 });
  const waiting = await page.evaluate(() => [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('govlens-') && e.shadowRoot?.querySelector('.gl-wait')).length);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.waitForFunction(() => [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('govlens-')).every((e) => e.matches(':state(ready)') || e.matches(':state(error)')), null, { timeout: 30000 }).catch(() => {});
  await page.emulateMedia({ media: 'print' });
  const paper = await page.evaluate(() => {
    const els = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('govlens-'));
    const shown = (el) => getComputedStyle(el).display !== 'none';
    return {
      loading: els.filter((e) => e.shadowRoot.querySelector('.gl-wait')).map((e) => e.id),
      buttons: els.flatMap((e) => [...e.shadowRoot.querySelectorAll('button, select')]).filter(shown).length,
      sources: els.flatMap((e) => [...e.shadowRoot.querySelectorAll('.gl-source')]).filter(shown).length,
      reserved: els.filter((e) => e.matches(':state(error)') && parseFloat(getComputedStyle(e).minHeight) > 0).length,
      background: getComputedStyle(document.querySelector('#card-dk-dark').shadowRoot.querySelector('.gl-root')).backgroundColor,
    };
  });
  check(`print: the ${waiting} elements still waiting below the fold load on beforeprint; none prints as "Loading…"`, waiting > 5 && paper.loading.length === 0, JSON.stringify(paper.loading));
  check('print: no button or picker on paper, every chart\'s source line kept', paper.buttons === 0 && paper.sources >= 5, JSON.stringify(paper));
  check('print: the dark card prints on white', paper.background === 'rgb(255, 255, 255)', paper.background);
  await page.screenshot({ path: `${SHOTS}/index-print.png`, fullPage: true });
  await context.close();
}

// 3e. Chart images (issue 18, item 7): "Download SVG" and "Download PNG" on a chart give the
// chart as drawn, with its title, legend, flags and source line.
{
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(BASE + 'index.html');
  for (const id of ['#scores-lu', '#benchmark-lu']) {
    await page.evaluate((id) => document.querySelector(id).scrollIntoView(), id);
    await page.waitForFunction((id) => document.querySelector(id).matches(':state(ready)'), id, { timeout: 20000 });
  }
  const download = async (id, kind) => {
    const [file] = await Promise.all([page.waitForEvent('download'), page.locator(`${id} button`, { hasText: `Download ${kind}` }).first().click()]);
    const path = `${SHOTS}/${file.suggestedFilename()}`;
    await file.saveAs(path);
    return { name: file.suggestedFilename(), bytes: readFileSync(path) };
  };
  const svg = await download('#scores-lu', 'SVG');
  const text = svg.bytes.toString('utf8');
  check('chart image: the SVG has the chart, its title, legend, flags and source line',
    svg.name === 'govlens-lu-europam.svg' && text.startsWith('<svg xmlns="http://www.w3.org/2000/svg"') && text.includes('>Public accountability in Luxembourg: EUROPAM scores</text>')
      && text.includes('>European average</text>') && text.includes('⚑ Political Financing: Check this value') && text.includes('>Source: EUROPAM country page: Luxembourg')
      && (text.match(/class="gl-mark"/g) ?? []).length === 5, `${svg.name} ${text.slice(0, 300)}`);
  const png = await download('#scores-lu', 'PNG');
  const [w, h] = [png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)];
  check(`chart image: the PNG is drawn at twice the SVG's size (${w} x ${h})`, png.name === 'govlens-lu-europam.png' && png.bytes.subarray(1, 4).toString() === 'PNG' && w > 1000 && h > 500, `${png.name} ${w}x${h}`);
  const groups = (await download('#benchmark-lu', 'SVG')).bytes.toString('utf8');
  check('chart image: the benchmark\'s SVG holds its five groups, each under its heading', (groups.match(/<svg [^>]*class="gl-svg"/g) ?? []).length === 5 && groups.includes('>Key Enablers</text>'), groups.slice(0, 200));
  await context.close();
}

// 3f. Permalinks (issue 18, item 7): the dimension a reader chooses goes into the page URL's
// hash (the element's id and the key), and a link with it opens the chart that way.
{
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  await page.goto(BASE + 'index.html#about&scores-lu.dimension=Conflict%20of%20Interest');
  await page.evaluate(() => document.querySelector('#scores-lu').scrollIntoView());
  await page.waitForFunction(() => document.querySelector('#scores-lu').matches(':state(ready)'), null, { timeout: 20000 });
  const opened = (await text(page, '#scores-lu')).includes('Conflict of Interest: sub-metrics, 2012–2020');
  await page.locator('#scores-lu select').selectOption('Freedom of Information');
  await page.waitForTimeout(100);
  const hash = await page.evaluate(() => location.hash);
  await page.reload();
  await page.evaluate(() => document.querySelector('#scores-lu').scrollIntoView());
  await page.waitForFunction(() => document.querySelector('#scores-lu').matches(':state(ready)'), null, { timeout: 20000 });
  const restored = (await text(page, '#scores-lu')).includes('Freedom of Information: sub-metrics, 2012–2020');
  check('permalink: a link opens the dimension in its hash over the attribute\'s; a choice is written into the hash, other parts kept; reloading restores it',
    opened && hash === '#about&scores-lu.dimension=Freedom%20of%20Information' && restored, JSON.stringify({ opened, hash, restored }));
  // A map's year and area, a ranking's region and year, and any one-figure element's table view.
  await page.goto(BASE + 'datasets.html#map-egdi.area=europe&map-egdi.year=2022&ranking-egdi.view=table&ranking-egdi.region=Europe');
  for (const id of ['#map-egdi', '#ranking-egdi']) {
    await page.evaluate((id) => document.querySelector(id).scrollIntoView(), id);
    await page.waitForFunction((id) => document.querySelector(id).matches(':state(ready)'), id, { timeout: 20000 });
  }
  const map = await text(page, '#map-egdi');
  const linked = {
    map: map.includes('(EGDI), 2022') && (await page.evaluate(() => document.querySelector('#map-egdi').shadowRoot.querySelector('svg.gl-map').getAttribute('viewBox'))) === '0 0 800 575',
    table: (await count(page, '#ranking-egdi', 'table')) === 1 && (await text(page, '#ranking-egdi')).includes('Europe'),
  };
  await page.evaluate(() => { const s = document.querySelector('#map-egdi').shadowRoot.querySelectorAll('select')[0]; s.value = '2020'; s.dispatchEvent(new Event('change', { bubbles: true })); });
  await page.waitForTimeout(100);
  const mapHash = await page.evaluate(() => location.hash);
  check('permalink: a map opens on the year and area in its hash, a ranking on its region as a table; a new year is written in',
    linked.map && linked.table && mapHash.includes('map-egdi.year=2020') && mapHash.includes('map-egdi.area=europe'), JSON.stringify({ linked, mapHash, map: map.slice(0, 120) }));
  // The scores' two figures each keep their own table view.
  await page.goto(BASE + 'index.html#scores-lu.view=table&scores-lu.dimension=Conflict%20of%20Interest&scores-lu.dimension-view=table');
  await page.evaluate(() => document.querySelector('#scores-lu').scrollIntoView());
  await page.waitForFunction(() => document.querySelector('#scores-lu').matches(':state(ready)'), null, { timeout: 20000 });
  const tables = await count(page, '#scores-lu', 'table');
  await page.locator('#scores-lu button', { hasText: 'Show as chart' }).first().click();
  await page.waitForTimeout(100);
  const scoresHash = await page.evaluate(() => location.hash);
  check('permalink: the scores\' headline and dimension figures open as tables from their own keys; showing the chart again takes the key out',
    tables === 2 && !scoresHash.includes('scores-lu.view=') && scoresHash.includes('scores-lu.dimension-view=table'), JSON.stringify({ tables, scoresHash }));
  await context.close();
}

// 3g. Reservations fitted to the column (issue 18, item 3): while its code loads, an element
// reserves the height it renders at in its own column's width, a 300 px sidebar's as much as a
// wide column's; a compact one the viewport's default for compact elements; the host's
// --govlens-reserve wins over both.
{
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  await page.route('**/*.wasm', () => {}); // never answered: the elements stay loading
  await page.goto(BASE + 'lifecycle.html');
  const reserved = await page.evaluate(async () => {
    const out = [];
    for (const [width, tag, attrs] of [[300, 'govlens-card', { country: 'LU' }], [1100, 'govlens-card', { country: 'LU' }], [680, 'govlens-map', { indicator: 'un-egdi.egdi' }],
      [300, 'govlens-card', { country: 'LU', sections: 'basic' }], [300, 'govlens-compare', { countries: 'LU,DK', style: '--govlens-reserve: 400px' }]]) {
      const column = document.createElement('div');
      column.style.width = `${width}px`;
      const el = document.createElement(tag);
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      column.append(el);
      document.body.append(column);
      await new Promise((r) => setTimeout(r, 50));
      out.push(`${width} ${tag}${attrs.sections ? '[sections]' : ''} ${getComputedStyle(el).minHeight}`);
    }
    return out;
  });
  check('reservations: a card reserves its column\'s height (300 px: 9470, 1100 px: 3710), a map at 680 px 730; a compact card the compact default; the host\'s --govlens-reserve wins',
    reserved.join() === '300 govlens-card 9470px,1100 govlens-card 3710px,680 govlens-map 730px,300 govlens-card[sections] 590px,300 govlens-compare 400px', reserved.join());
  await context.close();
}

// 4. theme="auto" follows the reader's colour scheme.
for (const scheme of ['light', 'dark']) {
  const { context, page } = await open('index.html', 1200, { colorScheme: scheme });
  const bg = await style(page, '#scores-brand', '.gl-root', 'backgroundColor');
  check(`theme auto: ${scheme} scheme`, bg === (scheme === 'dark' ? 'rgb(21, 24, 29)' : 'rgb(255, 255, 255)'), bg);
  await context.close();
}

// 5. The hostile page renders like its plain twin: the same computed styles inside every
// element, the same size, and the same pixels but for anti-aliasing (the hostile page places the
// elements at fractional offsets, which shifts text rendering by a subpixel).
const TWINS = ['twin-card', 'twin-scores', 'twin-search'];
const styleSnapshot = (page, id) => page.evaluate((id) => [...document.getElementById(id).shadowRoot.querySelectorAll('*')]
  .map((e) => { const s = getComputedStyle(e); return `${e.localName}.${e.getAttribute('class') ?? ''} ${s.display} ${s.visibility} ${s.fontSize} ${s.fontFamily} ${s.lineHeight} ${s.color} ${s.backgroundColor} ${s.margin} ${s.padding} ${s.letterSpacing} ${s.textTransform} ${s.direction}`; }), id);
// Share of pixels whose colour differs by more than 64 in some channel, computed in the browser.
async function pixelDiff(page, a, b) {
  return page.evaluate(async ([a, b]) => {
    const load = async (b64) => { const img = new Image(); img.src = `data:image/png;base64,${b64}`; await img.decode(); return img; };
    const [ia, ib] = [await load(a), await load(b)];
    const w = Math.min(ia.width, ib.width); const h = Math.min(ia.height, ib.height);
    const px = (img) => { const c = new OffscreenCanvas(w, h); const x = c.getContext('2d'); x.drawImage(img, 0, 0); return x.getImageData(0, 0, w, h).data; };
    const [da, db] = [px(ia), px(ib)];
    // A pixel matches if the other image has the same colour there or one pixel above or below
    // (a subpixel offset moves rounding by one row).
    const near = (i, j) => j >= 0 && j < db.length && Math.max(Math.abs(da[i] - db[j]), Math.abs(da[i + 1] - db[j + 1]), Math.abs(da[i + 2] - db[j + 2])) <= 64;
    let off = 0;
    for (let i = 0; i < da.length; i += 4) if (!near(i, i) && !near(i, i - 4 * w) && !near(i, i + 4 * w)) off += 1;
    return off / (w * h);
  }, [a.toString('base64'), b.toString('base64')]);
}
{
  const seen = {};
  for (const name of ['plain.html', 'hostile.html']) {
    const { context, page } = await open(name, 1200);
    for (const id of TWINS) {
      const el = page.locator(`#${id}`);
      seen[`${name}#${id}`] = { png: await el.screenshot(), box: await el.boundingBox(), styles: await styleSnapshot(page, id) };
    }
    await context.close();
  }
  const { context, page } = await open('plain.html', 1200);
  for (const id of TWINS) {
    const a = seen[`plain.html#${id}`];
    const b = seen[`hostile.html#${id}`];
    const firstDiff = a.styles.findIndex((s, i) => s !== b.styles[i]);
    check(`hostile CSS: #${id} has the same computed styles inside as on the plain page`, a.styles.length === b.styles.length && firstDiff === -1,
      `${a.styles.length} vs ${b.styles.length} elements; first difference: ${a.styles[firstDiff]} | ${b.styles[firstDiff]}`);
    check(`hostile CSS: #${id} has the same size as on the plain page`, Math.abs(a.box.width - b.box.width) < 1 && Math.abs(a.box.height - b.box.height) < 1, `${JSON.stringify(a.box)} vs ${JSON.stringify(b.box)}`);
    const diff = await pixelDiff(page, a.png, b.png);
    check(`hostile CSS: #${id} looks the same (${(diff * 100).toFixed(3)}% of pixels differ, at most 0.5%)`, diff <= 0.005);
    if (diff > 0.005) { writeFileSync(`${SHOTS}/twin-plain-${id}.png`, a.png); writeFileSync(`${SHOTS}/twin-hostile-${id}.png`, b.png); }
  }
  await context.close();
}

// Adds a card that cannot load at the top of the page; its message, once shown.
async function failingCard(page, id, country, corpus) {
  await page.evaluate(([id, country, corpus]) => {
    const el = document.createElement('govlens-card');
    el.id = id;
    el.setAttribute('country', country);
    el.setAttribute('corpus', corpus);
    document.body.prepend(el);
  }, [id, country, corpus]);
  await page.waitForFunction((id) => document.getElementById(id).shadowRoot.querySelector('.gl-fail'), id);
  return text(page, `#${id}`);
}

// 6. A corpus that cannot be loaded: a readable message in the element, nothing thrown.
{
  const { context, page, problems } = await open('index.html', 1200);
  const message = await failingCard(page, 'no-corpus', 'LU', 'missing.corpus');
  check('missing corpus: message in the element', message.includes('could not be loaded: HTTP 404'), message);
  // Issue 18, item 6: the reader reads a short sentence; the technical detail is folded away,
  // and on the console.
  const shown = await page.evaluate(() => {
    const box = document.querySelector('#no-corpus').shadowRoot.querySelector('.gl-fail');
    return { reader: box.querySelector('.gl-fail-reader')?.textContent, folded: !box.querySelector('details').open, detail: box.querySelector('details span')?.textContent };
  });
  check('missing corpus: the reader sees a short sentence, the technical detail folded away and on the console',
    shown.reader === 'Its data could not be loaded. Reloading the page may help.' && shown.folded && /missing\.corpus could not be loaded: HTTP 404/.test(shown.detail ?? '')
      && problems.some((p) => p.startsWith('warning: govlens: govlens-card#no-corpus could not be shown:') && p.includes('HTTP 404')),
    JSON.stringify({ shown, problems }));
  check('missing corpus: no uncaught exception', !problems.some((p) => p.startsWith('uncaught')), problems.join(' | '));
  await context.close();
}

// 6a. Issue 18, item 2: four languages. Each element takes the nearest `lang` (the page's, a
// section's, its own), writes its words, numbers and country names in it, and marks the
// documents' own English words `lang="en"`; errors and load failures are in the reader's language.
{
  const { context, page, problems } = await open('languages.html', 1200);
  const langOf = (sel) => page.evaluate((sel) => document.querySelector(sel).shadowRoot.querySelector('.gl-widget')?.getAttribute('lang'), sel);
  const langs = [];
  for (const id of ['#fr-card', '#fr-scores', '#de-ranking', '#de-trend', '#da-compare', '#da-benchmark', '#en-search']) langs.push(`${id} ${await langOf(id)}`);
  check('languages: each element takes the nearest lang (page, section, its own)',
    langs.join() === '#fr-card fr,#fr-scores fr,#de-ranking de,#de-trend de,#da-compare da,#da-benchmark da,#en-search en', langs.join());
  const card = await text(page, '#fr-card');
  check('languages: the French card in French words, numbers and units',
    ['Données de base', '613\u202f894 habitants', 'DPA factsheet 2020, §1.1, chiffre de 2019', '0,8466 (2024; 45e sur 193)', 'les sources divergent', 'moyenne européenne'].every((t) => card.includes(t))
      && !card.includes('inhabitants') && !card.includes('Show all'), card.slice(0, 400));
  const marked = await page.evaluate(() => [...document.querySelector('#fr-card').shadowRoot.querySelectorAll('[lang="en"]')].map((e) => e.textContent.trim()));
  check('languages: the documents\' own words in the French card are marked lang="en"',
    marked.includes('Guichet.lu portal') && marked.includes('E-Government Development Index (EGDI)') && marked.includes('UN E-Government Development Index'), marked.slice(0, 12).join(' | '));
  const ranking = await text(page, '#de-ranking');
  check('languages: the German ranking names countries in German, with German decimals',
    ranking.includes('Luxemburg auf Rang 26 von 43 (Europe)') && ranking.includes('Dänemark') && ranking.includes('0,9847') && ranking.includes('Quelle: '), ranking.slice(0, 300));
  const trend = await text(page, '#de-trend');
  check('languages: the German trend', trend.includes('Luxemburg 0,6562 im Jahr 2003, 0,8466 im Jahr 2024') && trend.includes('Als Tabelle zeigen'), trend.slice(0, 300));
  const compare = await text(page, '#da-compare');
  check('languages: the Danish comparison answers ja / nej, the questions in their English',
    compare.includes('✓ ja') && compare.includes('Vis som tabel') && compare.includes('What is the official e-government portal'), compare.slice(0, 300));
  const qlang = await page.evaluate(() => document.querySelector('#da-compare').shadowRoot.querySelector('.gl-qtext')?.getAttribute('lang'));
  check('languages: a question\'s English text is marked lang="en" in the Danish comparison', qlang === 'en', qlang);
  const benchmark = await text(page, '#da-benchmark');
  check('languages: the Danish benchmark', benchmark.includes('Luxembourg i eGovernment Benchmark') && benchmark.includes('gns. 86,5'), benchmark.slice(0, 300));
  const search = await text(page, '#en-search');
  check('languages: the element\'s own lang="en" wins over its section\'s', search.includes('Search the documents') && !search.includes('Søg'), search.slice(0, 200));
  // A changed lang re-renders in place; a problem is titled in the reader's language.
  const events = [];
  await page.exposeFunction('languageEvent', (e) => events.push(e));
  await page.evaluate(() => document.querySelector('#fr-card').addEventListener('govlens-error', (e) => window.languageEvent(e.detail.title)));
  await page.evaluate(() => document.querySelector('#fr-card').setAttribute('lang', 'de'));
  await page.waitForFunction(() => document.querySelector('#fr-card').shadowRoot.textContent.includes('Basisdaten'), null, { timeout: 10000 }).catch(() => {});
  check('languages: lang="de" set on the French card re-renders it in German', (await text(page, '#fr-card')).includes('Basisdaten'), (await text(page, '#fr-card')).slice(0, 200));
  await page.evaluate(() => { const c = document.querySelector('#fr-card'); c.removeAttribute('lang'); c.setAttribute('country', 'XX'); });
  await page.waitForFunction(() => document.querySelector('#fr-card').matches(':state(error)'), null, { timeout: 10000 }).catch(() => {});
  const error = await page.evaluate(() => {
    const box = document.querySelector('#fr-card').shadowRoot.querySelector('.gl-error');
    return { title: box?.querySelector('.gl-error-title')?.textContent, detailLang: box?.querySelectorAll('p')[1]?.getAttribute('lang') };
  });
  check('languages: an unknown country on the French page: "Pays inconnu", the detail marked English, the event titled so',
    error.title === 'Pays inconnu' && error.detailLang === 'en' && events.includes('Pays inconnu'), JSON.stringify({ error, events }));
  // The loader's own message (no wasm, no core) in the section's language.
  const failed = await page.evaluate(() => {
    const el = document.createElement('govlens-card');
    el.id = 'da-missing';
    el.setAttribute('country', 'LU');
    el.setAttribute('corpus', 'missing.corpus');
    document.querySelector('#da-heading').after(el);
    // It starts when it comes into view, as any element does.
    el.scrollIntoView();
    return el.id;
  });
  await page.waitForFunction((id) => document.getElementById(id).shadowRoot.querySelector('.gl-fail'), failed);
  const fail = await page.evaluate(() => {
    const box = document.querySelector('#da-missing').shadowRoot.querySelector('.gl-fail');
    return { lang: box.getAttribute('lang'), title: box.querySelector('strong').textContent, reader: box.querySelector('.gl-fail-reader').textContent, detailLang: box.querySelector('details span').getAttribute('lang') };
  });
  check('languages: a corpus that cannot load, in a Danish section: the message in Danish, the detail marked English',
    fail.lang === 'da' && fail.title === 'Elementet (govlens card) kunne ikke vises.' && fail.reader.startsWith('Dets data kunne ikke indlæses') && fail.detailLang === 'en', JSON.stringify(fail));
  check('languages: no uncaught exception', !problems.some((p) => p.startsWith('uncaught')), problems.join(' | '));
  await context.close();
}

// 6b. The datasets' elements: a ranking with its highlight and ties, trends with the data's EU
// average, a card for a country with no document, a ranking from the split folder.
{
  const { context, page, problems } = await open('datasets.html', 1200);
  const ranking = await text(page, '#ranking-egdi');
  check('ranking: the takeaway title names the highlighted country', ranking.includes('E-Government Development Index (EGDI), 2024: Kenya ranks'), ranking.slice(0, 200));
  check('ranking: Africa only, each row with its source', (await count(page, '#ranking-egdi', 'li.gl-rank-row')) === 54, await count(page, '#ranking-egdi', 'li.gl-rank-row'));
  check('ranking: the highlighted row is marked', (await count(page, '#ranking-egdi', 'li.is-highlight')) === 1);
  await page.evaluate(() => { const s = document.querySelector('#ranking-egdi').shadowRoot.querySelectorAll('select')[0]; s.value = '2022'; s.dispatchEvent(new Event('change', { bubbles: true })); });
  await page.waitForTimeout(100);
  check('ranking: choosing a year re-ranks', (await text(page, '#ranking-egdi')).includes('(EGDI), 2022: Kenya ranks'));
  const trend = await text(page, '#trend-benchmark');
  check('trend: three countries and the EU27 average, dashed', (await count(page, '#trend-benchmark', 'g.gl-tline')) === 4 && (await count(page, '#trend-benchmark', 'g.is-reference')) === 1, trend.slice(0, 200));
  check('trend: every point has its value and source as its title', (await count(page, '#trend-egdi', 'circle > title')) === 36);
  const ke = await text(page, '#card-ke');
  check('card: Kenya from the datasets, with cells cited', ke.includes('Kenya') && ke.includes('0.6314 (2024; rank 109 of 193)') && ke.includes('UN E-Government Survey 2024, for 2024'), ke.slice(0, 300));
  check('card: what does not cover Kenya says so', ke.includes('Not covered by: EUROPAM'));
  const split = await text(page, '#split-ranking');
  check('split: the ranking reads its indicator part', split.includes('GovTech Maturity Index (GTMI), 2022: Brazil ranks 2 of 198'), split.slice(0, 200));
  // Dark theme, as the other elements: a dark background and light bars and lines.
  check('ranking: dark theme', (await style(page, '#ranking-dark', '.gl-root', 'backgroundColor')) === 'rgb(21, 24, 29)');
  check('trend: dark theme', (await style(page, '#trend-dark', '.gl-root', 'backgroundColor')) === 'rgb(21, 24, 29)');
  // Keyboard: the ranking's year picker by Tab and arrows; the trend's table by Enter.
  await page.locator('#ranking-egdi select').first().focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  const picked = await focused(page);
  check('keyboard: Tab reaches the ranking\'s year picker, with a visible ring', picked?.tag === 'select' && picked?.outline === 'solid', JSON.stringify(picked));
  const before = (await text(page, '#ranking-egdi')).slice(0, 80);
  await page.keyboard.press('ArrowDown');
  await page.waitForTimeout(100);
  const after = (await text(page, '#ranking-egdi')).slice(0, 80);
  check('keyboard: an arrow key on the year picker re-ranks another year', after !== before && after.includes('Kenya ranks'), `${before} -> ${after}`);
  await page.locator('#trend-dark button', { hasText: 'Show as table' }).first().focus();
  await page.keyboard.press('Enter');
  check('keyboard: Enter on the trend\'s "Show as table" shows its table', (await count(page, '#trend-dark', 'table')) === 1);
  check('search: a country without documents is pointed to its card', (await text(page, '#search-ke')).includes('The corpus has no document of Kenya, so no passage can be about it; 4 public datasets cover Kenya'), (await text(page, '#search-ke')).slice(0, 300));
  const cmp = await text(page, '#compare-ke-ee-br');
  check('compare: any countries, on the datasets that cover them, without a questionnaire section where none has one',
    cmp.includes('Kenya, Estonia and Brazil: the datasets\' indicators') && cmp.includes('0.9727 (rank 2 of 193)') && cmp.includes('— no value for 2022')
      && (await count(page, '#compare-ke-ee-br', 'details.gl-question')) === 0, cmp.slice(0, 300));
  const splitTrend = await text(page, '#split-trend');
  check('split: the trend reads its countries\' series and the EU27 average; Kenya, outside DESI, is said to have no values',
    (await count(page, '#split-trend', 'g.gl-tline')) === 3 && (await count(page, '#split-trend', 'g.is-reference')) === 1 && splitTrend.includes('No values for Kenya'), splitTrend.slice(0, 300));
  check('datasets page: no console error', problems.length === 0, problems);
  await context.close();
}

// 6c. The map (issue 18, item 9): the EGDI on the world, a European dataset on Europe, every
// country in its class's shade, one Tab stop with the arrow keys inside, the pickers, the
// dark theme, the split folder's parts, its image with the title and source, its errors.
{
  const requests = [];
  const { context, page, problems } = await open('datasets.html', 1200, { acceptDownloads: true }, (p) => p.on('request', (r) => requests.push(new URL(r.url()).pathname)));
  const world = await text(page, '#map-egdi');
  check('map: the world\'s EGDI, its title naming the highlighted country, its legend with each class\'s count',
    world.includes('E-Government Development Index (EGDI), 2024: Kenya ranks 109 of 193') && world.includes('0.8–1.0 (62)') && world.includes('No value for 2024 (17)')
      && (await count(page, '#map-egdi', 'g.gl-country')) === 192 && (await count(page, '#map-egdi', 'g.gl-blank')) === 17 && (await count(page, '#map-egdi', '.gl-map-key')) === 6, world.slice(0, 300));
  check('map: what it cannot draw is said under it, with its value', world.includes('Not drawn on this map (no shape at its scale): Tuvalu (0.4042).'));
  check('map: the source line names the values\' survey and the shapes\' source', world.includes('Source: UN E-Government Survey 2024') && world.includes('Natural Earth 1:50m'));
  const fills = await page.evaluate(() => {
    const root = document.querySelector('#map-egdi').shadowRoot;
    const fill = (name) => getComputedStyle([...root.querySelectorAll('g.gl-country, g.gl-blank')].find((g) => g.querySelector('title').textContent.startsWith(name)).querySelector('path')).fill;
    return { dk: fill('Denmark:'), ke: fill('Kenya:'), so: fill('Somalia:'), gl: fill('Greenland ') };
  });
  check('map: the shades follow the classes (Denmark deepest, Kenya 0.6–0.8, Somalia palest), no value in grey',
    fills.dk === 'rgb(10, 63, 122)' && fills.ke === 'rgb(24, 98, 166)' && fills.so === 'rgb(227, 238, 249)' && fills.gl === 'rgb(196, 200, 205)', JSON.stringify(fills));
  check('map: the highlighted country is outlined', (await count(page, '#map-egdi', 'g.gl-map-highlight path')) === 1);
  // Keyboard: the map is one Tab stop (the highlighted country); the arrows go west to east.
  check('map: one Tab stop for 192 countries', (await count(page, '#map-egdi', 'g.gl-country[tabindex="0"]')) === 1);
  await page.evaluate(() => document.querySelector('#map-egdi').shadowRoot.querySelector('g.gl-country[tabindex="0"]').focus());
  const first = await focused(page);
  await page.keyboard.press('ArrowRight');
  const next = await focused(page);
  await page.keyboard.press('Home');
  const west = await focused(page);
  const detail = await page.evaluate(() => document.querySelector('#map-egdi').shadowRoot.querySelector('.gl-detail').textContent);
  check('map: arrow keys go from country to country, each saying its rank and value, in the live line too',
    first?.label === 'Kenya: rank 109 of 193 (0.6314)' && next?.tag === 'g' && next.label !== first.label && /: (rank \d+ of 193 \(|.* has no value)/.test(next.label)
      && west?.label !== next.label && detail === west?.label, JSON.stringify({ first, next, west, detail }));
  await page.keyboard.press('Tab');
  const after = await focused(page);
  check('map: Tab leaves the map at once', after?.tag !== 'g', JSON.stringify(after));
  // The area picker re-asks core: the world's EGDI on Europe ranks the UN region Europe.
  await page.evaluate(() => { const s = document.querySelector('#map-egdi').shadowRoot.querySelectorAll('select')[1]; s.value = 'europe'; s.dispatchEvent(new Event('change', { bubbles: true })); });
  await page.waitForTimeout(150);
  const europe = await text(page, '#map-egdi');
  check('map: choosing Europe draws Europe and ranks its 43 countries', (await page.evaluate(() => document.querySelector('#map-egdi').shadowRoot.querySelector('svg.gl-map').getAttribute('viewBox'))) === '0 0 800 575'
    && europe.includes('Kenya is in Eastern Africa, not in Europe') && europe.includes('Other countries'), europe.slice(0, 300));
  const bench = await text(page, '#map-benchmark');
  check('map: a European dataset is drawn on Europe by default', bench.includes('eGovernment Benchmark') && bench.includes('Luxembourg ranks') && (await page.evaluate(() => document.querySelector('#map-benchmark').shadowRoot.querySelector('svg.gl-map').getAttribute('viewBox'))) === '0 0 800 575', bench.slice(0, 200));
  check('map: dark theme, its shades light on dark', (await style(page, '#map-dark', '.gl-root', 'backgroundColor')) === 'rgb(21, 24, 29)'
    && (await page.evaluate(() => getComputedStyle(document.querySelector('#map-dark').shadowRoot.querySelector('.gl-swatch.gl-t6')).backgroundColor)) === 'rgb(201, 225, 247)');
  check('split: the map reads the tables, its indicator part and the shapes, no corpus file for it',
    (await text(page, '#split-map')).includes('Brazil ranks') && requests.includes('/embed/split/map/world.govlens') && requests.includes('/embed/split/map/europe.govlens')
      && requests.includes('/embed/split/indicator/un-egdi.egdi.govlens'), requests.filter((r) => r.includes('/split/')).join(', '));
  // The image: the map as drawn, with its title, legend and source line.
  await page.evaluate(() => document.querySelector('#map-benchmark').scrollIntoView());
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator('#map-benchmark button', { hasText: 'Download SVG' }).first().click()]);
  await file.saveAs(`${SHOTS}/${file.suggestedFilename()}`);
  const image = readFileSync(`${SHOTS}/${file.suggestedFilename()}`, 'utf8');
  check('map image: the SVG has the map, its title, legend and the shapes\' source',
    file.suggestedFilename() === 'govlens-map-egov-benchmark-overall-2023.svg' && image.includes('Luxembourg ranks') && image.includes('>No value for 2023 (')
      && image.includes('Natural Earth') && (image.match(/<path /g) ?? []).length > 60, `${file.suggestedFilename()} ${image.slice(0, 200)}`);
  // Errors are errors: an unknown area or indicator fires govlens-error and matches :state(error).
  const heard = await page.evaluate(async () => {
    const seen = [];
    for (const attrs of [{ indicator: 'un-egdi.egdi', area: 'mars' }, { indicator: 'un-egdi.nothing' }, {}]) {
      const el = document.createElement('govlens-map');
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      el.addEventListener('govlens-error', (e) => seen.push(`${e.detail.title} / ${e.detail.message}`));
      document.body.append(el);
      el.scrollIntoView();
      await new Promise((r) => setTimeout(r, 400));
      seen.push(`error ${el.matches(':state(error)')}, ready ${el.matches(':state(ready)')}`);
      el.remove();
    }
    return seen;
  });
  check('map errors: an unknown area, an unknown indicator, no indicator: govlens-error and :state(error)',
    heard.length === 6 && heard[0] === 'Unknown map area / area="mars" is not a map; maps: world, europe' && heard[2].startsWith('Unknown indicator / ')
      && heard[4].startsWith('govlens-map needs an indicator') && heard.filter((h) => h === 'error true, ready false').length === 3, JSON.stringify(heard));
  await page.evaluate(() => document.querySelector('#map-egdi').scrollIntoView());
  await page.locator('#map-egdi').screenshot({ path: `${SHOTS}/map-europe-1200.png` });
  check('map page: no console error', problems.length === 0, problems);
  await context.close();
}

// 7. The split layout: each element fetches its own countries' card parts, never the corpus.
{
  const requests = [];
  const { context, page, problems } = await open('split.html', 1200, {}, (p) => p.on('request', (r) => requests.push(new URL(r.url()).pathname)));
  const fetched = (suffix) => requests.filter((r) => r.endsWith(suffix)).length;
  check('split: the card shows Luxembourg from its card part', (await text(page, '#split-card')).includes('613,894 inhabitants'));
  check('split: five headline bars from the same part', (await count(page, '#split-scores', 'g.gl-bar')) === 5);
  check('split: the comparison has both countries\' 44 questions', (await count(page, '#split-compare', 'details.gl-question')) === 44);
  check('split: card parts and the shared tables fetched once each, rest parts only for the comparison\'s answers, no corpus file, no index, no text',
    fetched('/split/card/LU.govlens') === 1 && fetched('/split/card/DK.govlens') === 1 && fetched('/split/tables.govlens') === 1
      && fetched('/split/rest/LU.govlens') === 1 && fetched('/split/rest/DK.govlens') === 1
      && fetched('.corpus') === 0 && !requests.some((r) => /\/(index|text)\//.test(r)),
    requests.filter((r) => r.includes('/split/') || r.endsWith('.corpus')).join(', '));
  await page.evaluate(() => document.querySelector('#split-card').setAttribute('country', 'DK'));
  await page.waitForFunction(() => document.querySelector('#split-card').shadowRoot.textContent.startsWith('Denmark'), null, { timeout: 10000 }).catch(() => {});
  check('split: attribute change loads Denmark\'s part', (await text(page, '#split-card')).startsWith('Denmark'), (await text(page, '#split-card')).slice(0, 80));
  const message = await failingCard(page, 'split-xx', 'XX', 'embed/split/');
  check('split: a country without a part is explained in the element', message.includes('the country card data at') && message.includes('card/XX.govlens could not be loaded: HTTP 404'), message);
  check('split: no uncaught exception', !problems.some((p) => p.startsWith('uncaught')), problems.join(' | '));
  check('split: a page with a card, a chart and a comparison loads the build without search',
    requests.filter((r) => r.endsWith('.wasm')).join() === '/embed/govlens_cards_bg.wasm', requests.filter((r) => r.endsWith('.wasm')).join(', '));
  await context.close();
}

// 7b. Lazy start: an element in the first screen starts at once; one further down (the comparison,
// below a 1,500 px card) downloads nothing until the reader scrolls near it.
{
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(BASE + 'split.html');
  await page.waitForFunction(() => document.querySelector('#split-card').matches(':state(ready)'), null, { timeout: 15000 });
  await page.waitForTimeout(300);
  check('lazy start: the card in view loaded, the comparison below the fold fetched nothing yet',
    requests.some((r) => r.endsWith('/split/card/LU.govlens')) && !requests.some((r) => r.endsWith('/split/card/DK.govlens')), requests.filter((r) => r.includes('/split/')).join(', '));
  await page.evaluate(() => document.querySelector('#split-compare').scrollIntoView());
  await page.waitForFunction(() => document.querySelector('#split-compare').shadowRoot.querySelector('.gl-widget'), null, { timeout: 15000 }).catch(() => {});
  check('lazy start: scrolled to, the comparison fetches Denmark\'s part and renders', requests.some((r) => r.endsWith('/split/card/DK.govlens')));
  await context.close();
}

// 7c. The build a page loads: a page with one card loads the card-only build; a score chart added
// later loads the next build that has it, and both render side by side.
{
  writeFileSync(`${SITE}/e2e-card-only.html`, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>one card</title><link rel="icon" href="favicon.svg" type="image/svg+xml">
<script type="module" src="embed/govlens.js"></script></head><body><main><govlens-card id="only" country="LU"></govlens-card></main></body></html>`);
  const requests = [];
  const { context, page, problems } = await open('e2e-card-only.html', 1200, {}, (p) => p.on('request', (r) => requests.push(new URL(r.url()).pathname)));
  const wasm = () => requests.filter((r) => r.endsWith('.wasm')).map((r) => r.replace(/^.*\//, '')).join(', ');
  check('builds: a page with one card loads only the card-only build', wasm() === 'govlens_card_bg.wasm' && (await text(page, '#only')).includes('613,894 inhabitants'), wasm());
  await page.evaluate(() => {
    const el = document.createElement('govlens-scores');
    el.id = 'later';
    el.setAttribute('country', 'LU');
    document.querySelector('main').prepend(el);
  });
  await page.waitForFunction(() => document.querySelector('#later').shadowRoot.querySelector('.gl-widget, .gl-fail'), null, { timeout: 15000 });
  check('builds: a score chart added later loads the build with charts and renders its five bars',
    wasm() === 'govlens_card_bg.wasm, govlens_cards_bg.wasm' && (await count(page, '#later', 'g.gl-bar')) === 5, wasm());
  check('builds: no console error, nothing thrown', problems.length === 0, problems.join(' | '));
  await context.close();
}

// 7d. The prerendered card (card/LU.html, written by govlens-prerender): with the wasm held
// back, the card shows from it at once, and the live card that replaces it has the same markup;
// a country changed meanwhile shows the new country; a file holding anything the card does not
// (an image with a script handler) is not shown, and the live card follows as without it.
{
  // Every element of the subtree: tag, sorted attributes, text (attribute order, and text split
  // over several nodes, are not markup).
  const canonical = (id) => `(() => {
    const out = [];
    const walk = (n) => {
      if (n.nodeType === 3) { out.push(JSON.stringify(n.data)); return; }
      if (n.nodeType !== 1) return;
      out.push('<' + n.localName + [...n.attributes].map((a) => ' ' + a.name + '=' + JSON.stringify(a.value)).sort().join(''));
      for (const c of n.childNodes) walk(c);
      out.push('>');
    };
    // Adjacent text nodes merged, empty ones dropped (as in any parsed HTML).
    const root = document.querySelector('#${id}').shadowRoot.querySelector('.gl-widget').cloneNode(true);
    root.normalize();
    walk(root);
    return out.join('');
  })()`;
  async function held(route) {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const page = await context.newPage();
    const problems = [];
    page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
    page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
    let release;
    const gate = new Promise((r) => { release = r; });
    await page.route('**/*.wasm', async (r) => { await gate; await r.continue(); });
    if (route) await page.route('**/split/card/LU.html', route);
    await page.goto(BASE + 'split.html');
    return { context, page, problems, release };
  }
  const state = (page, s) => page.evaluate((s) => document.querySelector('#split-card').matches(`:state(${s})`), s);

  const { context, page, problems, release } = await held();
  await page.waitForFunction(() => document.querySelector('#split-card').matches(':state(preview)'), null, { timeout: 15000 }).catch(() => {});
  const preview = await page.evaluate(canonical('split-card'));
  const previewFont = await style(page, '#split-card', '.gl-title', 'font-size');
  check('prerendered card: shown before the wasm, with its values and their sources',
    (await state(page, 'preview')) && !(await state(page, 'ready')) && (await text(page, '#split-card')).includes('613,894 inhabitants') && (await text(page, '#split-card')).includes('DPA factsheet 2020, §1.1, for 2019'),
    (await text(page, '#split-card')).slice(0, 120));
  release();
  await page.waitForFunction(() => document.querySelector('#split-card').matches(':state(ready)'), null, { timeout: 15000 }).catch(() => {});
  const live = await page.evaluate(canonical('split-card'));
  check('prerendered card: the live card that replaces it has the same markup (elements, attributes, text) and style',
    live === preview && live.length > 10000 && !(await state(page, 'preview')) && (await style(page, '#split-card', '.gl-title', 'font-size')) === previewFont,
    `preview ${preview.length} chars, live ${live.length}; first difference at ${[...live].findIndex((c, i) => c !== preview[i])}: ${live.slice([...live].findIndex((c, i) => c !== preview[i]), [...live].findIndex((c, i) => c !== preview[i]) + 120)}`);
  check('prerendered card: no console error', problems.length === 0, problems.join(' | '));
  await context.close();

  const moved = await held();
  await moved.page.waitForFunction(() => document.querySelector('#split-card').matches(':state(preview)'), null, { timeout: 15000 }).catch(() => {});
  await moved.page.evaluate(() => document.querySelector('#split-card').setAttribute('country', 'DK'));
  await moved.page.waitForFunction(() => document.querySelector('#split-card').shadowRoot.textContent.startsWith('Denmark'), null, { timeout: 15000 }).catch(() => {});
  const dkPreview = (await text(moved.page, '#split-card')).startsWith('Denmark') && !(await state(moved.page, 'ready'));
  moved.release();
  await moved.page.waitForFunction(() => document.querySelector('#split-card').matches(':state(ready)'), null, { timeout: 15000 }).catch(() => {});
  check('prerendered card: country changed while loading: Denmark\'s preview, then Denmark\'s live card',
    dkPreview && (await text(moved.page, '#split-card')).startsWith('Denmark') && !(await text(moved.page, '#split-card')).includes('Luxembourg'), (await text(moved.page, '#split-card')).slice(0, 80));
  await moved.context.close();

  let served = false;
  const bad = await held(async (r) => {
    served = true;
    await r.fulfill({ contentType: 'text/html', body: '<div class="gl-widget"><h3 class="gl-title">Luxembourg</h3><img src="x" onerror="window.pwned = 1"></div>' });
  });
  await bad.page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('/split/card/LU.html')), null, { timeout: 15000 }).catch(() => {});
  await bad.page.waitForTimeout(300);
  const shown = await state(bad.page, 'preview');
  bad.release();
  await bad.page.waitForFunction(() => document.querySelector('#split-card').matches(':state(ready)'), null, { timeout: 15000 }).catch(() => {});
  check('prerendered card: a file with an image and a script handler is not shown; nothing runs; the live card follows',
    served && !shown && !(await bad.page.evaluate(() => window.pwned)) && (await text(bad.page, '#split-card')).includes('613,894 inhabitants') && bad.problems.length === 0,
    `served ${served}, shown ${shown}, ${bad.problems.join(' | ')}`);
  await bad.context.close();

  // Issue 20, finding 8 (tabnabbing): a preview whose links carry rel="opener" was shown, and the
  // page a reader opened from it could navigate the host. Only the card's own rel is allowed,
  // and a link without one gets it.
  const real = readFileSync(`${SITE}/embed/split/card/LU.html`, 'utf8');
  const links = real.split('rel="noopener noreferrer"').length - 1;
  for (const [what, body, showns] of [
    ['rel="opener"', real.replaceAll('rel="noopener noreferrer"', 'rel="opener"'), false],
    ['no rel', real.replaceAll(' rel="noopener noreferrer"', ''), true],
  ]) {
    const tampered = await held(async (r) => { await r.fulfill({ contentType: 'text/html', body }); });
    await tampered.page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('/split/card/LU.html')), null, { timeout: 15000 }).catch(() => {});
    await tampered.page.waitForTimeout(300);
    const previewed = await state(tampered.page, 'preview');
    const rels = await tampered.page.evaluate(() => [...document.querySelector('#split-card').shadowRoot.querySelectorAll('a[target]')].map((a) => a.getAttribute('rel')));
    tampered.release();
    check(`prerendered card with links of ${what}: ${showns ? 'shown, every link given rel="noopener noreferrer"' : 'not shown'}`,
      links > 0 && previewed === showns && (showns ? rels.length === links && rels.every((r) => r === 'noopener noreferrer') : true),
      `${links} links in the file; preview shown ${previewed}; rels ${rels.join(',')}`);
    await tampered.context.close();
  }
}

// 8. Search in the split layout: the manifest, then only the shards and texts a query needs; the
// same hits, in the same order, as the whole corpus file's search on index.html.
{
  const hits = (page, sel) => page.evaluate((sel) => [...document.querySelector(sel).shadowRoot.querySelectorAll('li[data-passage]')].map((li) => li.dataset.passage), sel);
  const settled = (page, sel) => page.waitForFunction((sel) => {
    const s = document.querySelector(sel).shadowRoot.querySelector('.gl-status');
    return s && s.textContent !== 'Searching…';
  }, sel, { timeout: 15000 });
  const type = async (page, sel, q) => {
    await page.evaluate(([sel, q]) => {
      const input = document.querySelector(sel).shadowRoot.querySelector('input[type=search]');
      input.value = q;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }, [sel, q]);
    await page.waitForTimeout(50);
    await settled(page, sel);
  };
  const whole = await open('index.html', 1200);
  const requests = [];
  const { context, page, problems } = await open('split-search.html', 1200, {}, (p) => p.on('request', (r) => requests.push(new URL(r.url()).pathname)));
  await settled(page, '#split-search');
  const fromSplit = await hits(page, '#split-search');
  const fromWhole = await hits(whole.page, '#search');
  check('split search: "digital identity" finds the same 10 passages in the same order as the whole file',
    fromSplit.length === 10 && fromSplit.join() === fromWhole.join(), `${fromSplit.join()} vs ${fromWhole.join()}`);
  const cites = (page, sel) => page.evaluate((sel) => [...document.querySelector(sel).shadowRoot.querySelectorAll('p.gl-cite')].map((p) => p.textContent), sel);
  const splitCites = await cites(page, '#split-search');
  check('split search: every hit cites its document and lines, as from the whole file',
    splitCites.length === 10 && splitCites.every((c) => /^(UN|DPA|AI Watch|EUROPAM) .*\d{4}.*, lines \d+-\d+$/.test(c)) && splitCites.join('|') === (await cites(whole.page, '#search')).join('|'),
    splitCites.join(' | '));
  const index = requests.filter((r) => r.includes('/split/index/'));
  check('split search: the manifest once, a few index shards of 25, some texts, never the corpus or a card part',
    requests.filter((r) => r.endsWith('/split/manifest.govlens')).length === 1 && index.length > 0 && index.length <= 6 && new Set(index).size === index.length
      && requests.some((r) => r.includes('/split/text/')) && !requests.some((r) => r.endsWith('.corpus') || /\/split\/(card|rest)\//.test(r)),
    requests.filter((r) => r.includes('/split/') || r.endsWith('.corpus')).join(', '));
  check('split search: a page with a search only loads the search-only build',
    requests.filter((r) => r.endsWith('.wasm')).join() === '/embed/govlens_search_bg.wasm', requests.filter((r) => r.endsWith('.wasm')).join(', '));
  for (const q of ['open data portal', 'egovernment', 'interoperabilty', 'cyber*', '"once only"']) {
    await type(page, '#split-search', q);
    await type(whole.page, '#search', q);
    const a = await hits(page, '#split-search');
    const b = await hits(whole.page, '#search');
    check(`split search: "${q}" typed gives the whole file's hits`, a.length > 0 && a.join() === b.join(), `${a.join()} vs ${b.join()}`);
  }
  await page.evaluate(() => { document.querySelector('#split-search').setAttribute('country', 'DK'); });
  await page.waitForTimeout(50);
  await settled(page, '#split-search');
  const dk = await page.evaluate(() => [...document.querySelector('#split-search').shadowRoot.querySelectorAll('.gl-hit-country')].map((e) => e.textContent));
  check('split search: the country filter keeps Denmark\'s passages only', dk.length > 0 && dk.every((c) => c === 'Denmark'), dk.join());
  check('split search: no uncaught exception, no console error', problems.length === 0, problems.join(' | '));
  await context.close();
  await whole.context.close();

  // A shard that cannot be fetched: the element says which file and why, the page goes on.
  const broken = await open('split-search.html', 1200, {}, (p) => p.route('**/split/index/**', (route) => route.fulfill({ status: 404, body: 'gone' })));
  await broken.page.waitForFunction(() => document.querySelector('#split-search').shadowRoot.querySelector('.gl-error'), null, { timeout: 15000 }).catch(() => {});
  const message = await text(broken.page, '#split-search');
  check('split search: a shard that cannot be loaded is named in the element', message.includes('The search could not run') && /the search index at \S*\/split\/index\/\d{4}\.govlens could not be loaded: HTTP 404/.test(message), message);
  check('split search: a missing shard throws nothing into the page', !broken.problems.some((p) => p.startsWith('uncaught')), broken.problems.join(' | '));
  await broken.context.close();
}

await browser.close();
server.close();
// node:test prints the totals and sets the exit code once every check has run.
console.log(`screenshots in ${SHOTS}`);
