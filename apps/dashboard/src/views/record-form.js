/**
 * The form to record a development (POST /negotiations/:id/events).
 *
 * Every input is named by its path in the request body (`data.tone`,
 * `sources.0.url`), so the API's 400 answer — `errors: [{ field, problems }]` —
 * maps straight back to the inputs: each problem is shown next to its field
 * (aria-invalid + aria-describedby) and listed in a summary at the top with a
 * link to the field. A 422 (a business rule) is shown as a message, and next
 * to the field when the answer names one.
 */
import { api, ApiError } from '../api.js';
import { $, $$, announce, h } from '../dom.js';
import { CREDIBILITY_OPTIONS, RELIABILITY_OPTIONS, STANCES, todayIso, typeLabel } from '../format.js';

const TONES = [
  ['conciliatory', 'Conciliatory'], ['neutral', 'Neutral'], ['critical', 'Critical'], ['accusation', 'Accusation'],
  ['warning', 'Warning'], ['threat', 'Threat'], ['military-threat', 'Military threat'],
];
const OUTCOMES = [['agreement', 'Agreement'], ['progress', 'Progress'], ['no-progress', 'No progress'], ['adjourned', 'Adjourned'], ['collapsed', 'Collapsed']];
const PRECISIONS = [['', 'From the date'], ['exact', 'Exact'], ['day', 'Day'], ['month', 'Month only'], ['approximate', 'Approximate']];
const TYPES = ['StatementMade', 'PositionTaken', 'UltimatumIssued', 'TalksRoundOpened', 'TalksRoundConcluded'];

const idOf = (name) => `rf-${name.replace(/[^a-zA-Z0-9]+/g, '-')}`;

// ---------------------------------------------------------------------------
// Building the fields
// ---------------------------------------------------------------------------

function control({ name, type = 'text', options, rows, attrs = {} }) {
  const common = { id: idOf(name), name, ...attrs };
  if (options) return h('select', common, options.map(([value, label]) => h('option', { value }, label)));
  if (rows) return h('textarea', { ...common, rows });
  return h('input', { ...common, type });
}

function field({ name, label, hint, optional = false, errorFor, ...rest }) {
  const input = control({ name, ...rest });
  if (errorFor) input.dataset.errorFor = errorFor;
  const hintId = hint ? `${input.id}-hint` : undefined;
  if (hintId) input.setAttribute('aria-describedby', hintId);
  // The hint goes under the input, so the inputs of a row line up whatever their hints.
  return h('div', { class: 'field', dataset: { field: errorFor ?? name } },
    h('label', { for: input.id }, label, optional ? h('span', { class: 'optional' }, ' (optional)') : null),
    input,
    hint ? h('p', { class: 'hint', id: hintId }, hint) : null);
}

function checkboxGroup({ name, legend, items, hint, optional = false }) {
  return h('fieldset', { class: 'field checks', dataset: { field: name, errorFor: name }, id: idOf(name) },
    h('legend', {}, legend, optional ? h('span', { class: 'optional' }, ' (optional)') : null),
    hint ? h('p', { class: 'hint' }, hint) : null,
    items.length === 0 ? h('p', { class: 'muted small' }, 'None known yet.') : null,
    items.map(([value, label], i) => h('div', { class: 'check' },
      h('input', { type: 'checkbox', id: `${idOf(name)}-${i}`, name, value, dataset: { array: 'true' } }),
      h('label', { for: `${idOf(name)}-${i}` }, label))));
}

function row(...children) {
  return h('div', { class: 'field-row' }, ...children);
}

function typeFields(type, ctx) {
  const actors = ctx.actors.map((a) => [a.id, a.name]);
  const demands = ctx.demands.map((d) => [d.demandId, d.text.length > 90 ? `${d.text.slice(0, 89)}…` : d.text]);
  switch (type) {
    case 'StatementMade':
      return [
        row(
          field({ name: 'data.speaker.name', label: 'Speaker', attrs: { autocomplete: 'off' } }),
          field({ name: 'data.speaker.title', label: 'Office or role', optional: true }),
        ),
        row(
          field({ name: 'data.speaker.actorId', label: 'Speaks for', options: actors }),
          field({ name: 'data.tone', label: 'Tone', options: [['', 'Choose…'], ...TONES] }),
        ),
        field({ name: 'data.audience', label: 'Aimed at', optional: true, hint: 'An actor id (e.g. afghan-taliban) or free text such as “domestic audience”.', attrs: { list: 'rf-actor-ids' } }),
        field({ name: 'data.summary', label: 'What was said, in a sentence', rows: 2 }),
        field({ name: 'data.quote', label: 'Quote', optional: true, rows: 2 }),
      ];
    case 'PositionTaken':
      return [
        field({ name: 'data.demandId', label: 'Demand', options: [['', 'Choose a demand…'], ...demands] }),
        row(
          field({ name: 'data.actorId', label: 'Actor', options: actors }),
          field({ name: 'data.stance', label: 'Stance', options: [['', 'Choose…'], ...STANCES.filter((s) => s.value !== 'proposer' && s.value !== 'no-position').map((s) => [s.value, `${s.symbol} ${s.label}`])] }),
        ),
        field({ name: 'data.conditions', label: 'Conditions', optional: true, rows: 2 }),
        field({ name: 'data.quote', label: 'Quote', optional: true, rows: 2 }),
      ];
    case 'UltimatumIssued':
      return [
        row(
          field({ name: 'data.ultimatumId', label: 'Ultimatum id', hint: 'A short slug, e.g. final-message-2025-11.' }),
          field({ name: 'data.by', label: 'Issued by', options: actors }),
        ),
        checkboxGroup({ name: 'data.to', legend: 'Addressed to', items: actors }),
        checkboxGroup({ name: 'data.demandIds', legend: 'Demands it enforces', items: demands, optional: true }),
        row(
          field({ name: 'data.deadline', label: 'Deadline', type: 'date', optional: true }),
          field({ name: 'data.channel', label: 'Channel', optional: true, hint: 'e.g. via Turkish mediators' }),
        ),
        field({ name: 'data.consequences', label: 'What is threatened', rows: 2 }),
      ];
    case 'TalksRoundOpened':
      return [
        row(
          field({ name: 'data.roundId', label: 'Round id', hint: 'A scheduled round’s id, or a new one (then give a label).', attrs: { list: 'rf-round-ids', autocomplete: 'off' } }),
          field({ name: 'data.label', label: 'Label', optional: true, hint: 'e.g. Istanbul round 3' }),
        ),
        field({ name: 'data.venue', label: 'Venue', optional: true }),
        checkboxGroup({ name: 'data.hosts', legend: 'Hosts and mediators', items: ctx.actors.filter((a) => a.role === 'mediator').map((a) => [a.id, a.name]), optional: true }),
      ];
    case 'TalksRoundConcluded':
      return [
        row(
          field({ name: 'data.roundId', label: 'Round', options: [['', 'Choose a round…'], ...ctx.rounds.map((r) => [r.roundId, `${r.label ?? r.roundId}${r.state ? ` (${r.state})` : ''}`])] }),
          field({ name: 'data.outcome', label: 'Outcome', options: [['', 'Choose…'], ...OUTCOMES] }),
        ),
        field({ name: 'data.summary', label: 'What came of it', optional: true, rows: 2 }),
        field({ name: 'data.nextSteps', label: 'Next steps', optional: true, rows: 2 }),
      ];
    default:
      return [];
  }
}

function typeFieldset(type, ctx) {
  return h('fieldset', { class: 'type-fields', dataset: { type } }, h('legend', { class: 'visually-hidden' }, typeLabel(type)), typeFields(type, ctx));
}

function sourceGroup(i, count) {
  const p = `sources.${i}`;
  return h('fieldset', { class: 'source-group', dataset: { field: p, errorFor: p, index: String(i) } },
    h('legend', {}, `Source ${i + 1}`),
    row(
      field({ name: `${p}.title`, label: 'Title' }),
      field({ name: `${p}.publisher`, label: 'Publisher', optional: true }),
    ),
    row(
      field({ name: `${p}.url`, label: 'Link', type: 'url', attrs: { placeholder: 'https://…', inputmode: 'url' } }),
      field({ name: `${p}.publishedAt`, label: 'Published', type: 'date', optional: true }),
    ),
    row(
      field({ name: `${p}.reliability`, label: 'Source reliability', optional: true, options: [['', '—'], ...RELIABILITY_OPTIONS.map(([k, v]) => [k, `${k} — ${v}`])] }),
      field({ name: `${p}.credibility`, label: 'Information credibility', optional: true, options: [['', '—'], ...CREDIBILITY_OPTIONS.map(([k, v]) => [k, `${k} — ${v}`])] }),
    ),
    count > 1 ? h('button', { type: 'button', class: 'btn btn-ghost btn-small', dataset: { removeSource: String(i) } }, `Remove source ${i + 1}`) : null,
  );
}

// ---------------------------------------------------------------------------
// Reading the form into a request body
// ---------------------------------------------------------------------------

function setPath(obj, path, value) {
  const keys = path.split('.');
  let cur = obj;
  keys.forEach((key, i) => {
    const last = i === keys.length - 1;
    const nextIsIndex = !last && /^\d+$/.test(keys[i + 1]);
    if (last) cur[key] = value;
    else cur = cur[key] ??= nextIsIndex ? [] : {};
  });
}

function offsetOf(date, time) {
  const minutes = -new Date(`${date}T${time}`).getTimezoneOffset();
  const sign = minutes >= 0 ? '+' : '-';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** The body for POST /negotiations/:id/events, from the enabled inputs. */
export function readBody(form) {
  const body = {};
  const arrays = new Map();
  for (const el of form.elements) {
    if (!el.name || el.matches(':disabled') || el.name.startsWith('_')) continue;
    if (el.type === 'checkbox') {
      if (!arrays.has(el.name)) arrays.set(el.name, []);
      if (el.checked) arrays.get(el.name).push(el.value);
      continue;
    }
    const value = el.value.trim();
    if (value === '') continue;
    setPath(body, el.name, el.name.endsWith('.credibility') ? Number(value) : value);
  }
  for (const [name, values] of arrays) if (values.length || name !== 'data.hosts') setPath(body, name, values);
  const date = form.elements._date.value;
  const time = form.elements._time.value;
  if (date) {
    if (body.precision === 'month') body.occurredAt = date.slice(0, 7);
    else if (time) body.occurredAt = `${date}T${time}:00${offsetOf(date, time)}`;
    else body.occurredAt = date;
  }
  if (Array.isArray(body.sources)) body.sources = body.sources.filter(Boolean);
  return body;
}

/** What the form asks beyond the API: a link for every source, so the dashboard can link the evidence. */
function formProblems(body) {
  const problems = [];
  (body.sources ?? []).forEach((s, i) => {
    if (!s.url) problems.push({ field: `sources.${i}.url`, problems: ['Give the link to the source (http or https), so colleagues can check it.'] });
  });
  return problems;
}

// ---------------------------------------------------------------------------
// Showing errors next to the fields
// ---------------------------------------------------------------------------

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
  const summary = $('#record-summary', form);
  summary.hidden = true;
  summary.replaceChildren();
}

/** Puts each problem next to its field and lists them all in the summary; returns how many found a field. */
export function showErrors(form, errors, message) {
  const summary = $('#record-summary', form);
  const items = [];
  let placed = 0;
  for (const { field, problems } of errors) {
    const target = targetOf(form, field);
    const text = problems.join(' ');
    if (!target) {
      items.push(h('li', {}, `${field}: ${text}`));
      continue;
    }
    placed++;
    const isGroup = target.tagName === 'FIELDSET';
    const errorId = `${target.id || idOf(field)}-error`;
    let error = document.getElementById(errorId);
    if (!error) {
      error = h('p', { class: 'field-error', id: errorId, dataset: { errorField: field } });
      if (isGroup) target.querySelector('legend').after(error);
      else target.after(error);
    }
    error.textContent = error.textContent ? `${error.textContent} ${text}` : text;
    target.setAttribute('aria-invalid', 'true');
    if (!isGroup) target.setAttribute('aria-describedby', [target.getAttribute('aria-describedby'), errorId].filter(Boolean).join(' '));
    else target.setAttribute('aria-describedby', errorId);
    (isGroup ? target : target.closest('.field'))?.classList.add('has-error');
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

/** The field a 422 is about: the one it names, or a data field holding one of the ids in its details. */
function fieldOf422(form, error) {
  if (error.code === 'occurred-in-future') return 'occurredAt';
  if (typeof error.details.field === 'string') return error.details.field.replace(/^events\.\d+\./, '');
  for (const key of ['roundId', 'demandId', 'ultimatumId', 'actorId', 'ceasefireId']) {
    if (error.details[key] !== undefined && form.querySelector(`[name="data.${key}"]:not(:disabled)`)) return `data.${key}`;
  }
  return null;
}

// ---------------------------------------------------------------------------
// The dialog
// ---------------------------------------------------------------------------

/**
 * @param getContext () => { negotiationId, actors, demands, rounds, defaultDate }
 * @param onRecorded (writeResult) after a successful write
 */
export function setupRecordForm({ dialog, form, fieldsEl, statusEl, getContext, onRecorded }) {
  let sourceCount = 1;
  let busy = false;

  function build(type) {
    const ctx = getContext();
    sourceCount = 1;
    const typeSelect = field({ name: 'type', label: 'What happened', options: TYPES.map((t) => [t, typeLabel(t) === 'Position' ? 'Position on a demand' : typeLabel(t)]) });
    fieldsEl.replaceChildren(
      typeSelect,
      h('div', { id: 'rf-type-fields' }, typeFieldset(type, ctx)),
      h('fieldset', { class: 'when' },
        h('legend', {}, 'When it happened'),
        row(
          field({ name: '_date', label: 'Date', type: 'date', errorFor: 'occurredAt', attrs: { value: ctx.defaultDate ?? todayIso() } }),
          field({ name: '_time', label: 'Time', type: 'time', optional: true, hint: 'In your time zone; leave empty for a whole day.' }),
          field({ name: 'precision', label: 'Precision', options: PRECISIONS }),
        )),
      h('fieldset', { class: 'sources-fields', dataset: { errorFor: 'sources' }, id: 'rf-sources' },
        h('legend', {}, 'Sources'),
        h('p', { class: 'hint' }, 'At least one. Grade each with the Admiralty scale: reliability of the source A–F, credibility of the information 1–6.'),
        h('div', { id: 'rf-source-list' }, sourceGroup(0, 1)),
        h('button', { type: 'button', class: 'btn btn-small', id: 'rf-add-source' }, '+ Add a source')),
      h('details', { class: 'more' },
        h('summary', {}, 'CAMEO code and note'),
        row(
          field({ name: 'cameo', label: 'CAMEO code', optional: true, hint: 'Replaces the type’s default weight, e.g. 138.', attrs: { inputmode: 'numeric' } }),
        ),
        field({ name: 'note', label: 'Note for colleagues', optional: true, rows: 2 })),
      h('datalist', { id: 'rf-actor-ids' }, ctx.actors.map((a) => h('option', { value: a.id }, a.name))),
      h('datalist', { id: 'rf-round-ids' }, ctx.rounds.filter((r) => r.state === 'scheduled').map((r) => h('option', { value: r.roundId }, r.label ?? r.roundId))),
    );
    form.elements.type.value = type;
  }

  function renumberSources() {
    const list = $('#rf-source-list', form);
    const values = $$('.source-group', list).map((g) => Object.fromEntries($$('input, select', g).map((el) => [el.name.split('.').pop(), el.value])));
    list.replaceChildren(...values.map((_, i) => sourceGroup(i, values.length)));
    values.forEach((v, i) => Object.entries(v).forEach(([k, val]) => (form.elements[`sources.${i}.${k}`].value = val)));
    sourceCount = values.length;
  }

  // Only the chosen type's fields are in the form: nothing hidden is sent, and every label is unique.
  form.addEventListener('change', (e) => {
    if (e.target.name !== 'type') return;
    $('#rf-type-fields', form).replaceChildren(typeFieldset(e.target.value, getContext()));
    clearErrors(form);
  });

  form.addEventListener('click', (e) => {
    const target = e.target.closest('button');
    if (!target) return;
    if (target.id === 'rf-add-source') {
      $('#rf-source-list', form).append(sourceGroup(sourceCount, sourceCount + 1));
      sourceCount++;
      renumberSources();
      form.elements[`sources.${sourceCount - 1}.title`].focus();
    } else if (target.dataset.removeSource !== undefined) {
      $$('.source-group', form)[Number(target.dataset.removeSource)]?.remove();
      renumberSources();
      form.elements['sources.0.title'].focus();
    }
  });

  dialog.addEventListener('click', (e) => {
    if (e.target.closest('[data-close]')) dialog.close();
  });

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (busy) return;
    clearErrors(form);
    statusEl.textContent = '';
    const body = readBody(form);
    const local = formProblems(body);
    if (local.length) {
      showErrors(form, local);
      return;
    }
    const { negotiationId } = getContext();
    busy = true;
    const submit = $('#record-submit', form);
    submit.disabled = true;
    statusEl.textContent = 'Recording…';
    try {
      const result = await api(`/negotiations/${encodeURIComponent(negotiationId)}/events`, { method: 'POST', body });
      statusEl.textContent = '';
      dialog.close();
      announce(`Recorded: ${typeLabel(body.type)}. The views are updating.`);
      onRecorded(result, body);
    } catch (error) {
      statusEl.textContent = '';
      if (!(error instanceof ApiError)) throw error;
      if (error.status === 400 && error.errors.length) {
        showErrors(form, error.errors, error.errors.length === 1 ? 'One field needs fixing' : `${error.errors.length} fields need fixing`);
      } else if (error.status === 422) {
        const f = fieldOf422(form, error);
        showErrors(form, f ? [{ field: f, problems: [error.message] }] : [], `Not recorded: ${f ? 'a rule of the domain refused it' : error.message}`);
      } else if (error.status === 401 || error.status === 403) {
        showErrors(form, [], `Not recorded: ${error.message}. Set an API key with the analyst role (the “API key” button at the top).`);
      } else {
        showErrors(form, [], `Not recorded: ${error.message}`);
      }
    } finally {
      busy = false;
      submit.disabled = false;
    }
  });

  return {
    open(type = 'StatementMade') {
      build(type);
      clearErrors(form);
      statusEl.textContent = '';
      dialog.showModal();
      form.elements.type.focus();
    },
  };
}
