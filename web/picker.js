// The demo's country picker: every country of the corpus (countries.json, written by
// `govlens export countries --format json` in make web), by its English name, sets the card's
// country attribute; the element does the rest. Not part of the embed: a host's own page code.
const select = document.querySelector('#country-picker');
const card = document.querySelector('#card-picked');
const status = document.querySelector('#picker-status');
try {
  const response = await fetch('countries.json');
  if (!response.ok) throw new Error(`countries.json: HTTP ${response.status}`);
  const countries = await response.json();
  countries.sort((a, b) => a.name_en.localeCompare(b.name_en, 'en'));
  select.remove(0); // "Loading the list…"
  for (const c of countries) {
    const what = c.documents !== '0' ? `${c.documents} documents, ${c.datasets} datasets` : `${c.datasets} datasets`;
    select.add(new Option(`${c.name_en} (${c.country}) · ${what}`, c.country, false, c.country === card.getAttribute('country')));
  }
  status.textContent = `${countries.length} countries.`;
  select.disabled = false;
  select.addEventListener('change', () => card.setAttribute('country', select.value));
} catch (e) {
  status.textContent = `The country list could not be loaded (${e.message}); the card below still works.`;
}
