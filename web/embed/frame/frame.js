// The standalone page of one element, for a CMS that allows only iframes:
//
//   <iframe src="https://example.org/govlens/embed/frame/card.html?country=LU" title="Luxembourg: digital government facts"
//           data-govlens-frame style="width: 100%; border: 0" loading="lazy"></iframe>
//   <script src="https://example.org/govlens/embed/frame-host.js" async></script>
//
// The query's parameters are the element's attributes (only those an element reads); the page
// tells its parent its height whenever it changes, and frame-host.js sizes the iframe to it.
const ATTRIBUTES = ['country', 'countries', 'framework', 'dimension', 'query', 'source', 'limit', 'title', 'theme', 'corpus', 'indicator', 'year', 'region', 'highlight', 'reference', 'heading-level', 'sections', 'differences-only', 'lang', 'area'];

const element = document.querySelector('[data-govlens-element]');
const params = new URLSearchParams(location.search);
for (const [name, value] of params) if (ATTRIBUTES.includes(name)) element.setAttribute(name, value);
// By default the split folder beside it (embed/split/): the frame downloads its countries' or
// indicator's parts, not the whole corpus, and a card shows its prerendered HTML at once.
if (!params.has('corpus')) element.setAttribute('corpus', '../split/');
// The frame's page is in the element's language (`?lang=fr`), for the reader's screen reader.
if (params.get('lang')) document.documentElement.lang = params.get('lang');

// The height is told once the element has rendered (its content or its error), then on every
// change (a list opened, the table shown, a narrower column).
let last = -1;
let settled = false;
const tell = () => {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (!settled || height === last || window.parent === window) return;
  last = height;
  window.parent.postMessage({ type: 'govlens-frame-height', height }, '*');
};
const settle = () => { settled = true; tell(); };
element.addEventListener('govlens-ready', settle);
element.addEventListener('govlens-error', settle);
new ResizeObserver(tell).observe(document.documentElement);
// The attributes are set before the elements are defined, so they start with them.
await import('../govlens.js');
