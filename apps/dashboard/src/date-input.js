/**
 * Date fields in the page's one format, "4 Dec 2026". A native date input
 * shows its value in the browser's locale (12/04/2026 next to "4 Dec 2026"
 * elsewhere on the page), so it is kept only as the calendar: the analyst sees
 * and types into a text field ("4 Dec 2026", "Nov 2025" or the API's own
 * "2026-12-04"), and a button opens the browser's date picker.
 *
 * What a typed date means is the domain's reader (`/assets/domain/time.js`,
 * libs/domain/src/time.ts), as for the API and the CLI: this module only
 * spells "4 Dec 2026" as `2026-12-04` (and "Nov 2025" as `2025-11`) before
 * asking it, and words its refusal for the page.
 *
 * - `dayField(input)` upgrades the page's own `<input type="date">` (replay
 *   date, "what changed" since): the native input keeps its name, value
 *   (`YYYY-MM-DD`), min, max and change events, so the code that reads it is
 *   unchanged; setting its value shows in the text field. A typed date that
 *   does not read is named beside the field and leaves the value as it was
 *   (and the field invalid, so its form is not sent).
 * - `dateText(input, forms)` upgrades a form's text field (forms.js): the text
 *   field keeps its name and its typed text; `readDate` turns it into what the
 *   API takes when the form is read, `dateProblem` says why it cannot.
 */
import { parseTime, timeProblem } from '../domain/time.js';
export { OCCURRED_AT_FORMS, PUBLISHED_AT_FORMS } from '../domain/time.js';
import { formatDay, formatOccurred } from './format.js';
import { h } from './dom.js';

const monthName = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' });
/** january … december: a month is typed as its name or its first three letters or more ("Sept"). */
const MONTHS = Array.from({ length: 12 }, (_, i) => monthName.format(Date.UTC(2000, i, 1)).toLowerCase());
const nativeValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
const pad = (n) => String(n).padStart(2, '0');

/** How each form of a date is typed on the page, for the placeholder and the error. */
const EXAMPLES = { day: '4 Dec 2026', month: 'Nov 2025', 'date-time': '2026-12-04T18:00Z' };

/** "4 Dec 2026" → `2026-12-04`, "Nov 2025" → `2025-11`; anything else as typed (the domain reads the API's forms). */
function spelled(text) {
  const day = /^(\d{1,2})\s+([A-Za-z]{3,})\.?,?\s+(\d{4})$/.exec(text);
  const month = /^([A-Za-z]{3,})\.?,?\s+(\d{4})$/.exec(text);
  const words = day ?? month;
  if (!words) return text;
  const name = (day ? day[2] : month[1]).toLowerCase();
  const m = MONTHS.findIndex((full) => full.startsWith(name));
  // An unknown month name stays as typed: the domain refuses it.
  if (m < 0) return text;
  return day ? `${day[3]}-${pad(m + 1)}-${pad(Number(day[1]))}` : `${month[2]}-${pad(m + 1)}`;
}

/**
 * A typed date as the API takes it — `YYYY-MM-DD`, `YYYY-MM` or a zoned ISO
 * date-time — when it is one of `forms` (the domain's TimeForm names); null
 * when the domain's reader refuses it.
 */
export function readDate(text, forms = ['day']) {
  const value = spelled(String(text ?? '').trim());
  const parsed = parseTime(value);
  return parsed && forms.includes(parsed.form) ? value : null;
}

/** A typed day, "4 Dec 2026" or "2026-12-04", as `YYYY-MM-DD`; null when it is not a calendar day. */
export const readDay = (text) => readDate(text, ['day']);

/** Why `text` is not a date of one of `forms`, in the page's words (null when it is). */
export function dateProblem(text, forms = ['day']) {
  const typed = String(text ?? '').trim();
  if (readDate(typed, forms)) return null;
  const how = `Write a date as ${forms.map((f) => EXAMPLES[f]).join(' or ')}`;
  const value = spelled(typed);
  const form = parseTime(value)?.form;
  const what = { month: 'names only a month', day: 'names only a day', 'date-time': 'gives a time of day too' };
  if (form) return `“${typed}” ${what[form]}. ${how}.`;
  // The domain knows why a date in its own form is impossible ("February 2025 has 28 days"); other text gets the example.
  const reason = /^\d{4}-\d{2}/.test(value) ? timeProblem(value, forms) : undefined;
  if (reason && !reason.startsWith('must be')) return `${reason.replace(value, `“${typed}”`)}.`;
  return `“${typed}” is not a date. ${how}.`;
}

/** A typed time of day, "18:30" or "9:05", as `HH:MM`; null when it is not one. */
export function readTime(text) {
  const t = /^(\d{1,2})[:.h](\d{2})$/.exec(String(text ?? '').trim());
  if (!t) return null;
  const time = `${pad(Number(t[1]))}:${t[2]}`;
  // The domain's reader knows that 24:00 and 18:60 are no times of day.
  return parseTime(`2000-01-01T${time}:00Z`) ? time : null;
}

/** The browser's UTC offset on `date` (YYYY-MM-DD) at `time` (HH:MM), as an ISO date-time writes it: "+05:00". */
export function offsetOf(date, time) {
  const minutes = -new Date(`${date}T${time}`).getTimezoneOffset();
  return `${minutes >= 0 ? '+' : '-'}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
}

/** Why `text` is not a time of day, in the page's words (null when it is). */
export function timeOfDayProblem(text) {
  const typed = String(text ?? '').trim();
  return readTime(typed) ? null : `“${typed}” is not a time of day. Write it on the 24-hour clock, e.g. 18:30.`;
}

/** A date the API takes, shown as the page writes it: "4 Dec 2026", "Nov 2025"; a date-time as given. */
function shown(value) {
  const form = parseTime(value)?.form;
  return form === 'day' || form === 'month' ? formatOccurred(value) : value;
}

/** The calendar: a button that opens the browser's picker on the hidden native input (`native`), after `beforeOpen()`. */
function calendar(native, label, beforeOpen = () => {}) {
  native.tabIndex = -1;
  native.setAttribute('aria-hidden', 'true');
  native.classList.add('day-native');
  const button = h(
    'button',
    { type: 'button', class: 'btn btn-small day-button', 'aria-label': 'Calendar', title: `Pick “${label}” on a calendar` },
    h('span', { 'aria-hidden': 'true' }, '▦'),
  );
  button.addEventListener('click', () => {
    try {
      beforeOpen();
      native.showPicker();
    } catch {
      button.previousElementSibling?.focus();
    }
  });
  return button;
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
    placeholder: `e.g. ${EXAMPLES.day}`,
    title: `A day, e.g. ${EXAMPLES.day} (or 2026-12-04)`,
    size: '11',
  });
  if (input.required) text.required = true;
  // Why a typed date does not read, beside the field; also the field's validity, so a form it is in is not sent.
  const problem = h('span', { class: 'field-error day-problem', id: `${id}-problem`, role: 'alert', hidden: true });
  const say = (message) => {
    text.setCustomValidity(message ?? '');
    problem.textContent = message ?? '';
    problem.hidden = !message;
    if (message) {
      text.setAttribute('aria-invalid', 'true');
      text.setAttribute('aria-describedby', problem.id);
    } else {
      text.removeAttribute('aria-invalid');
      text.removeAttribute('aria-describedby');
    }
  };
  input.id = `${id}-native`;
  // Setting the native value (from code or the picker) shows it in the page's format.
  Object.defineProperty(input, 'value', {
    configurable: true,
    get() {
      return nativeValue.get.call(this);
    },
    set(v) {
      nativeValue.set.call(this, v);
      text.value = v ? formatDay(v) : '';
      say(null);
    },
  });
  const button = calendar(input, label);
  // Typing: the native value follows every readable day; the field's change event commits it.
  text.addEventListener('input', () => {
    const day = readDay(text.value);
    if (day) nativeValue.set.call(input, day);
  });
  text.addEventListener('change', () => {
    const day = readDay(text.value);
    if (!day) {
      say(text.value.trim() ? dateProblem(text.value, ['day']) : `Give a date, e.g. ${EXAMPLES.day}.`);
      return;
    }
    input.value = day;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  input.addEventListener('change', (e) => {
    if (!e.isTrusted) return;
    text.value = formatDay(nativeValue.get.call(input));
    say(null);
  });
  // One wrapper: hiding it hides the whole field.
  const wrapper = h('span', { class: 'day-field' });
  input.replaceWith(wrapper);
  wrapper.append(text, button, input, problem);
  if (input.hidden) {
    input.hidden = false;
    wrapper.hidden = true;
  }
  if (nativeValue.get.call(input)) text.value = formatDay(nativeValue.get.call(input));
  return input;
}

/**
 * A form's date field: `input` (a text field in its `.field`, named by its
 * path in the body) takes a date of `forms` typed as the page writes it, and
 * shows what it read the same way once the analyst moves on ("2026-12-04" →
 * "4 Dec 2026"). A field that takes a day gets the calendar button. The form
 * reads it with `readDate` (forms.js); `onProblem(input, text|null)` shows or
 * clears its error as soon as it is left.
 */
export function dateText(input, forms, onProblem) {
  input.dataset.kind = 'date';
  input.dataset.forms = forms.join(' ');
  input.classList.add('day-input');
  input.setAttribute('autocomplete', 'off');
  input.setAttribute('spellcheck', 'false');
  // One example in the field (a source's date field is narrow); every form the field takes on hover.
  input.placeholder = `e.g. ${EXAMPLES[forms.includes('day') ? 'day' : forms[0]]}`;
  input.title = `A date: ${forms.map((f) => EXAMPLES[f]).join(' or ')}`;
  if (input.value) input.value = shown(input.value);
  input.addEventListener('change', () => {
    const typed = input.value.trim();
    const value = readDate(typed, forms);
    if (value) input.value = shown(value);
    onProblem(input, typed && !value ? dateProblem(typed, forms) : null);
  });
  if (!forms.includes('day')) return input;
  const native = h('input', { type: 'date', id: `${input.id}-native` });
  const wrapper = h('span', { class: 'day-field' });
  input.replaceWith(wrapper);
  const label = input.closest('.field')?.querySelector('label')?.textContent ?? 'the date';
  // The picker opens on the day typed, if any.
  const open = () => nativeValue.set.call(native, readDate(input.value, ['day']) ?? '');
  wrapper.append(input, calendar(native, label.replace(' (optional)', ''), open), native);
  native.addEventListener('change', () => {
    if (!native.value) return;
    input.value = native.value;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  return input;
}

/** A form's time-of-day field: "18:30" on the 24-hour clock, as the page writes times (never the browser's "06:30 PM"). */
export function timeText(input, onProblem) {
  input.dataset.kind = 'time';
  input.classList.add('time-input');
  input.setAttribute('autocomplete', 'off');
  input.setAttribute('inputmode', 'numeric');
  input.placeholder = 'e.g. 18:30';
  input.addEventListener('change', () => {
    const typed = input.value.trim();
    const time = readTime(typed);
    if (time) input.value = time;
    onProblem(input, typed && !time ? timeOfDayProblem(typed) : null);
  });
  return input;
}
