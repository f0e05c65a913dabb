/**
 * Forms whose inputs are named by their path in a request body (`data.tone`,
 * `sources.0.url`): labelled inputs, selects and checkbox groups (a checked
 * box adds its value to a list), reading them into the JSON body, and showing the API's 400
 * answer — `errors: [{ field, problems }]` — next to the inputs it names
 * (aria-invalid + aria-describedby) and in the form's `.error-summary`, each
 * with a link to its field. Date and time fields are text in the page's
 * format ("4 Dec 2026", "18:30"), read by the domain's reader (date-input.js);
 * one that does not read says so beside it, and the form is not sent.
 */
import { dateProblem, dateText, readDate, readTime, timeOfDayProblem, timeText } from './date-input.js';
import { $, $$, h } from './dom.js';

/** The id of the input named `name`. */
export const idOf = (name) => `rf-${name.replace(/[^a-zA-Z0-9]+/g, '-')}`;

// ---------------------------------------------------------------------------
// Building
// ---------------------------------------------------------------------------

function control({ name, type = 'text', options, rows, attrs = {} }) {
  const common = { id: idOf(name), name, ...attrs };
  if (options) return h('select', common, options.map(([value, label]) => h('option', { value }, label)));
  if (rows) return h('textarea', { ...common, rows });
  // Never the browser's own date and time inputs: they show the browser's locale (12/04/2026, 06:30 PM).
  return h('input', { ...common, type: type === 'date' || type === 'time' ? 'text' : type });
}

/**
 * A labelled input. `type: 'date'` takes a date of `forms` (the domain's
 * TimeForm names; a day by default), `type: 'time'` a time of day, both as
 * the page writes them.
 */
export function field({ name, label, hint, optional = false, errorFor, forms = ['day'], ...rest }) {
  const input = control({ name, ...rest });
  if (errorFor) input.dataset.errorFor = errorFor;
  const hintId = hint ? `${input.id}-hint` : undefined;
  if (hintId) input.setAttribute('aria-describedby', hintId);
  // The hint goes under the input, so the inputs of a row line up whatever their hints.
  const wrapper = h('div', { class: 'field', dataset: { field: errorFor ?? name } },
    h('label', { for: input.id }, label, optional ? h('span', { class: 'optional' }, ' (optional)') : null),
    input,
    hint ? h('p', { class: 'hint', id: hintId }, hint) : null);
  if (rest.type === 'date') dateText(input, forms, showFieldProblem);
  if (rest.type === 'time') timeText(input, showFieldProblem);
  return wrapper;
}

export function checkboxGroup({ name, legend, items, hint, optional = false }) {
  return h('fieldset', { class: 'field checks', dataset: { field: name, errorFor: name, required: String(!optional) }, id: idOf(name) },
    h('legend', {}, legend, optional ? h('span', { class: 'optional' }, ' (optional)') : null),
    hint ? h('p', { class: 'hint' }, hint) : null,
    items.length === 0 ? h('p', { class: 'muted small' }, 'None known yet.') : null,
    items.map(([value, label], i) => h('div', { class: 'check' },
      h('input', { type: 'checkbox', id: `${idOf(name)}-${i}`, name, value, dataset: { array: 'true' } }),
      h('label', { for: `${idOf(name)}-${i}` }, label))));
}

export function row(...children) {
  return h('div', { class: 'field-row' }, ...children);
}

// ---------------------------------------------------------------------------
// Reading and showing errors
// ---------------------------------------------------------------------------

export function setPath(obj, path, value) {
  const keys = path.split('.');
  let cur = obj;
  keys.forEach((key, i) => {
    const last = i === keys.length - 1;
    const nextIsIndex = !last && /^\d+$/.test(keys[i + 1]);
    if (last) cur[key] = value;
    else cur = cur[key] ??= nextIsIndex ? [] : {};
  });
}


/** An input's value as the API takes it: numbers, yes/no, one item per line, JSON. */
function valueOf(el, value) {
  switch (el.dataset.kind) {
    case 'number':
      return Number(value);
    case 'bool':
      return value === 'true';
    case 'lines':
      return value.split('\n').map((line) => line.trim()).filter(Boolean);
    case 'date':
      return readDate(value, el.dataset.forms.split(' ')) ?? value;
    case 'time':
      return readTime(value) ?? value;
    case 'json':
      try {
        return JSON.parse(value);
      } catch {
        return value; // the API names the field and says what it takes
      }
    default:
      return value;
  }
}


/** The input or group an API field path belongs to: the exact one, else its nearest parent (data.speaker.name → data.speaker). */
function targetOf(form, field) {
  let path = field;
  while (path) {
    const el = form.querySelector(`[name="${CSS.escape(path)}"]:not([type=checkbox]):not(:disabled), [data-error-for="${CSS.escape(path)}"]`);
    if (el && !el.closest('fieldset:disabled')) return el;
    path = path.includes('.') ? path.slice(0, path.lastIndexOf('.')) : '';
  }
  return null;
}

function labelOf(el) {
  if (el.tagName === 'FIELDSET') return el.querySelector('legend')?.textContent?.replace(' (optional)', '') ?? '';
  const label = el.id ? el.form?.querySelector(`label[for="${CSS.escape(el.id)}"]`) : null;
  const group = el.closest('fieldset.source-group')?.querySelector('legend')?.textContent;
  const text = label?.textContent?.replace(' (optional)', '') ?? el.name;
  return group ? `${group}: ${text}` : text;
}

export function clearErrors(form) {
  $$('.field-error', form).forEach((e) => e.remove());
  $$('[aria-invalid]', form).forEach((el) => {
    el.removeAttribute('aria-invalid');
    const ids = (el.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && !id.endsWith('-error'));
    if (ids.length) el.setAttribute('aria-describedby', ids.join(' '));
    else el.removeAttribute('aria-describedby');
  });
  $$('.has-error', form).forEach((el) => el.classList.remove('has-error'));
  const summary = $('.error-summary', form);
  summary.hidden = true;
  summary.replaceChildren();
}

/**
 * A validator's problems as sentences beside the field's label: "tone is
 * required", "tone must be one of the following values: a, b" become
 * "Required." (a missing value fails every other check too).
 */
function readable(field, problems) {
  const leaf = field.slice(field.lastIndexOf('.') + 1);
  const sentences = problems.map((p) => {
    const t = (p.startsWith(`${field} `) ? p.slice(field.length + 1) : p.startsWith(`${leaf} `) ? p.slice(leaf.length + 1) : p)
      .replace(/^(is required|should not be empty)$/, 'required')
      .replace(/^must be one of the following values: /, 'must be one of: ');
    return `${t.charAt(0).toUpperCase()}${t.slice(1)}`.replace(/([^.])$/, '$1.');
  });
  return sentences.includes('Required.') ? 'Required.' : [...new Set(sentences)].join(' ');
}

/** Puts `text` next to `target` (an input or a group) and marks it invalid. */
function placeProblem(target, field, text) {
  const isGroup = target.tagName === 'FIELDSET';
  const errorId = `${target.id || idOf(field)}-error`;
  let error = document.getElementById(errorId);
  if (!error) {
    error = h('p', { class: 'field-error', id: errorId, dataset: { errorField: field } });
    if (isGroup) target.querySelector('legend').after(error);
    // A date field's calendar button stays beside its text.
    else (target.closest('.day-field') ?? target).after(error);
  }
  error.textContent = error.textContent ? `${error.textContent} ${text}` : text;
  target.setAttribute('aria-invalid', 'true');
  if (!isGroup) target.setAttribute('aria-describedby', [target.getAttribute('aria-describedby'), errorId].filter(Boolean).join(' '));
  else target.setAttribute('aria-describedby', errorId);
  (isGroup ? target : target.closest('.field'))?.classList.add('has-error');
}

/** Shows `text` beside `input` as soon as it is left, or clears what it showed (null). */
function showFieldProblem(input, text) {
  document.getElementById(`${input.id}-error`)?.remove();
  input.removeAttribute('aria-invalid');
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && id !== `${input.id}-error`);
  if (ids.length) input.setAttribute('aria-describedby', ids.join(' '));
  else input.removeAttribute('aria-describedby');
  input.closest('.field')?.classList.remove('has-error');
  if (text) placeProblem(input, input.dataset.errorFor ?? input.name, text);
}

/** The date and time fields of a form that do not read (each `{ field, problems }`, as the API answers): the form is not sent. */
export function dateProblems(form) {
  const problems = [];
  for (const el of form.querySelectorAll('[data-kind="date"], [data-kind="time"]')) {
    const value = el.value.trim();
    if (!value || el.matches(':disabled') || el.closest('fieldset:disabled')) continue;
    const problem = el.dataset.kind === 'date' ? dateProblem(value, el.dataset.forms.split(' ')) : timeOfDayProblem(value);
    if (problem) problems.push({ field: el.dataset.errorFor ?? el.name, problems: [problem] });
  }
  return problems;
}

/** Puts each problem next to its field and lists them all in the summary; returns how many found a field. */
export function showErrors(form, errors, message) {
  const summary = $('.error-summary', form);
  const items = [];
  let placed = 0;
  for (const { field, problems } of errors) {
    const target = targetOf(form, field);
    const text = readable(field, problems);
    if (!target) {
      items.push(h('li', {}, `${field}: ${text}`));
      continue;
    }
    placed++;
    placeProblem(target, field, text);
    const isGroup = target.tagName === 'FIELDSET';
    const focusId = isGroup ? (target.querySelector('input')?.id ?? target.id) : target.id;
    items.push(h('li', {}, h('a', { href: `#${focusId}`, onclick: (e) => { e.preventDefault(); document.getElementById(focusId)?.focus(); } }, labelOf(target)), `: ${text}`));
  }
  summary.replaceChildren(
    h('h3', {}, message ?? (errors.length === 1 ? 'There is a problem' : `There are ${errors.length} problems`)),
    items.length ? h('ul', {}, items) : null,
  );
  summary.hidden = false;
  summary.focus();
  return placed;
}

/** The JSON body a form's enabled inputs spell, each named by its path in the body (`data.tone`, `sources.0.url`; `_…` are the form's own). */
export function formBody(form) {
  const body = {};
  const arrays = new Map();
  for (const el of form.elements) {
    if (!el.name || el.matches(':disabled') || el.name.startsWith('_')) continue;
    if (el.type === 'checkbox') {
      if (!arrays.has(el.name)) arrays.set(el.name, { values: [], required: el.closest('fieldset')?.dataset.required === 'true' });
      if (el.checked) arrays.get(el.name).values.push(el.value);
      continue;
    }
    const value = el.value.trim();
    // A required list of lines left empty is sent empty, as a checkbox group's is (the API says whether it may be).
    if (value === '' && el.dataset.kind === 'lines' && el.dataset.required === 'true') setPath(body, el.name, []);
    if (value === '') continue;
    setPath(body, el.name, valueOf(el, value));
  }
  // An optional list left empty is left out; a required one is sent (the API says whether it needs an item).
  for (const [name, { values, required }] of arrays) if (values.length || required) setPath(body, name, values);
  return body;
}
