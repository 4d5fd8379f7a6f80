/**
 * The catalog page's only script, inlined (the page's CSP allows it by its
 * hash). It shows and hides rendered rows and messages; it never writes HTML,
 * so no text from the docs is ever parsed as markup.
 */
export const pageScript = `(() => {
  'use strict';
  const form = document.getElementById('filters');
  const query = document.getElementById('q');
  const table = document.getElementById('table');
  const status = document.getElementById('status');
  const category = document.getElementById('category');
  const origin = document.getElementById('origin');
  const lang = document.getElementById('lang');
  const count = document.getElementById('count');
  const rows = Array.from(document.querySelectorAll('#codes tbody tr'));
  const fields = { q: query, table, status, category, origin, lang };

  function messageOf(row, locale) {
    return row.querySelector('.message[data-locale="' + locale + '"]');
  }

  function update() {
    const words = query.value.toLowerCase().split(/\\s+/).filter(Boolean);
    const locale = lang.value;
    let shown = 0;
    for (const row of rows) {
      for (const message of row.querySelectorAll('.message')) message.hidden = message.dataset.locale !== locale;
      const text = [row.dataset.code, row.cells[1].textContent, row.cells[2].textContent, row.dataset.category, messageOf(row, locale)?.textContent ?? '']
        .join(' ')
        .toLowerCase();
      const visible =
        words.every((word) => text.includes(word)) &&
        (table.value === '' || row.dataset.table === table.value) &&
        (status.value === '' || row.dataset.statuses.split(' ').includes(status.value)) &&
        (category.value === '' || row.dataset.category === category.value) &&
        (origin.value === '' || row.dataset.origin === origin.value);
      row.hidden = !visible;
      if (visible) shown++;
    }
    count.textContent = shown === rows.length ? rows.length + ' codes' : shown + ' of ' + rows.length + ' codes';
    const state = new URLSearchParams();
    for (const [name, field] of Object.entries(fields)) if (field.value !== '' && !(name === 'lang' && field.selectedIndex === 0)) state.set(name, field.value);
    const hash = state.toString();
    try {
      if (location.hash.slice(1) !== hash) history.replaceState(null, '', hash === '' ? location.pathname + location.search : '#' + hash);
    } catch {
      // Some browsers refuse history changes on file:// pages; the search works all the same.
    }
  }

  // A link may carry a search: #q=pool&lang=de-de.
  const initial = new URLSearchParams(location.hash.slice(1));
  for (const [name, field] of Object.entries(fields)) {
    const value = initial.get(name);
    if (value === null) continue;
    if (field.tagName === 'SELECT' && !Array.from(field.options).some((option) => option.value === value)) continue;
    field.value = value;
  }
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => event.preventDefault());
  update();
})();
`;
