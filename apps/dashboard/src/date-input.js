/**
 * Date fields in the page's one format, "4 Dec 2026". A native date input
 * shows its value in the browser's locale (12/04/2026 next to "4 Dec 2026"
 * elsewhere on the page), so it is kept only as the value holder and the
 * calendar: the analyst sees and types into a text field ("4 Dec 2026" or
 * "2026-12-04"), and a button opens the browser's date picker.
 *
 * `dayField(input)` upgrades an `<input type="date">`: the text field takes
 * its id (its label now names the text field), the native input keeps its
 * value (`YYYY-MM-DD`), min, max and change events, so the code that reads it
 * is unchanged — setting its value shows in the text field.
 */
import { h } from './dom.js';
import { formatDay } from './format.js';

const monthName = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' });
/** january … december: a month is typed as its name or its first three letters or more ("Sept"). */
const MONTHS = Array.from({ length: 12 }, (_, i) => monthName.format(Date.UTC(2000, i, 1)).toLowerCase());
const nativeValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');

/** A typed day, "4 Dec 2026", "4 December 2026" or "2026-12-04", as `YYYY-MM-DD`; null when it is not a calendar day. */
export function readDay(text) {
  const t = text.trim();
  let y;
  let m;
  let d;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  const words = /^(\d{1,2})\s+([A-Za-z]{3,})\.?,?\s+(\d{4})$/.exec(t);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (words) {
    const month = MONTHS.findIndex((name) => name.startsWith(words[2].toLowerCase()));
    if (month < 0) return null;
    [y, m, d] = [Number(words[3]), month + 1, Number(words[1])];
  } else return null;
  const day = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const ms = Date.parse(`${day}T00:00:00Z`);
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === day ? day : null;
}

export function dayField(input) {
  const id = input.id;
  const label = input.labels?.[0]?.textContent?.trim() || 'the date';
  const text = h('input', {
    type: 'text',
    id,
    class: 'day-input',
    inputmode: 'text',
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder: 'e.g. 4 Dec 2026',
    title: 'A day, e.g. 4 Dec 2026 (or 2026-12-04)',
    size: '11',
  });
  if (input.required) text.required = true;
  input.id = `${id}-native`;
  input.tabIndex = -1;
  input.setAttribute('aria-hidden', 'true');
  input.classList.add('day-native');
  // Setting the native value (from code or the picker) shows it in the page's format.
  Object.defineProperty(input, 'value', {
    configurable: true,
    get() {
      return nativeValue.get.call(this);
    },
    set(v) {
      nativeValue.set.call(this, v);
      text.value = v ? formatDay(v) : '';
      text.removeAttribute('aria-invalid');
    },
  });
  const button = h(
    'button',
    {
      type: 'button',
      class: 'btn btn-small day-button',
      'aria-label': 'Calendar',
      title: `Pick “${label}” on a calendar`,
    },
    h('span', { 'aria-hidden': 'true' }, '▦'),
  );
  button.addEventListener('click', () => {
    try {
      input.showPicker();
    } catch {
      text.focus();
    }
  });
  // Typing: the native value follows every readable day; the field's change event commits it.
  text.addEventListener('input', () => {
    const day = readDay(text.value);
    if (day) nativeValue.set.call(input, day);
  });
  text.addEventListener('change', () => {
    const day = readDay(text.value);
    if (!day) {
      text.setAttribute('aria-invalid', 'true');
      return;
    }
    input.value = day;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  input.addEventListener('change', (e) => {
    if (e.isTrusted) text.value = formatDay(nativeValue.get.call(input));
  });
  // One wrapper: hiding it hides the whole field.
  const wrapper = h('span', { class: 'day-field' });
  input.replaceWith(wrapper);
  wrapper.append(text, button, input);
  if (input.hidden) {
    input.hidden = false;
    wrapper.hidden = true;
  }
  if (nativeValue.get.call(input)) text.value = formatDay(nativeValue.get.call(input));
  return input;
}
