// Words and formats of the pages: Italian by default, English when the reader chose it (the switch in the
// header) or the browser's first language is English. Numbers and dates always in the chosen language's form:
// 05/12/2026, 1.415,5 km in Italian. Pages mark translatable text with data-i18n="key" (text) and
// data-i18n-label="key" (aria-label); scripts call t(key, values).
import {MESSAGES} from './messages.js';

const STORED = 'cisiamo.lang';

/** The page's language: 'it' or 'en'. */
export function lang() {
  const chosen = localStorage.getItem(STORED);
  if (chosen in MESSAGES) {
    return chosen;
  }
  return (navigator.languages || [navigator.language])[0]?.toLowerCase().startsWith('en') ? 'en' : 'it';
}

function locale() {
  return lang() === 'en' ? 'en-GB' : 'it-IT';
}

/** The message of a key, with {name} placeholders filled from values; the key itself when it has none. */
export function t(key, values = {}) {
  const text = MESSAGES[lang()][key] ?? MESSAGES.it[key] ?? key;
  return text.replace(/\{(\w+)}/g, (whole, name) => (name in values ? String(values[name]) : whole));
}

/**
 * A number with the language's separators, e.g. 1.415,5 in Italian. Grouping always: Italian's own rule leaves
 * four digits ungrouped (1415), the programme's tables write 1.415.
 */
export function number(value, decimals = 0) {
  return Number(value).toLocaleString(locale(), {minimumFractionDigits: decimals, maximumFractionDigits: decimals,
    useGrouping: 'always'});
}

/** An ISO date (2026-12-05) as the reader writes it: 05/12/2026. */
export function date(iso) {
  const [year, month, day] = String(iso).slice(0, 10).split('-');
  return `${day}/${month}/${year}`;
}

/** An ISO date with its weekday: "sabato 05/12/2026". */
export function dayName(iso) {
  const [year, month, day] = String(iso).slice(0, 10).split('-').map(Number);
  const weekday = new Date(Date.UTC(year, month - 1, day)).toLocaleDateString(locale(),
    {weekday: 'long', timeZone: 'UTC'});
  return `${weekday} ${date(iso)}`;
}

/** An ISO date-time's local wall-clock time as HH:MM (the API sends times with their offset in Rome). */
export function time(dateTime) {
  return dateTime ? String(dateTime).replace(/^.*T/, '').slice(0, 5) : '';
}

/** A duration in seconds as "27 h 40 min". */
export function duration(seconds) {
  const minutes = Math.round(seconds / 60);
  return t('duration', {hours: Math.floor(minutes / 60), minutes: minutes % 60});
}

export function percent(ratio) {
  return `${number(ratio * 100)} %`;
}

/** Translates the marked elements of the page and sets its lang attribute. */
export function translatePage(root = document) {
  document.documentElement.lang = lang();
  root.querySelectorAll('[data-i18n]').forEach(node => {
    node.textContent = t(node.dataset.i18n);
  });
  root.querySelectorAll('[data-i18n-label]').forEach(node => {
    node.setAttribute('aria-label', t(node.dataset.i18nLabel));
  });
  root.querySelectorAll('[data-i18n-title]').forEach(node => {
    document.title = t(node.dataset.i18nTitle);
  });
}

/**
 * Fills the language switch (a <select id="lang">) and reloads the page in the chosen language, so every text
 * already drawn from data is drawn again in it.
 */
export function wireLanguageSwitch(select) {
  select.replaceChildren(...Object.keys(MESSAGES).map(code => {
    const option = document.createElement('option');
    option.value = code;
    option.textContent = MESSAGES[code].languageName;
    option.selected = code === lang();
    return option;
  }));
  select.addEventListener('change', () => {
    localStorage.setItem(STORED, select.value);
    location.reload();
  });
}
