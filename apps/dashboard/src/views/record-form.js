/**
 * The form to record a development (POST /negotiations/:id/events), built from
 * the catalogue the API serves (`GET /catalogue`): every development type, each
 * field by its kind — a pick of the negotiation's actors, demands, rounds, ultimatums,
 * ceasefires and developments where a field names one, sources with their grades.
 *
 * Every input is named by its path in the request body, so the API's 400
 * answer maps straight back to the inputs (`forms.js` shows each problem next
 * to its field). A 422 (a business rule) is shown as a message, and next to
 * the field when the answer names one.
 */
import { api, ApiError } from '../api.js';
import { $, $$, announce, h } from '../dom.js';
import { OCCURRED_AT_FORMS, offsetOf, PUBLISHED_AT_FORMS, readDate, readTime } from '../date-input.js';
import { checkboxGroup, clearErrors, dateProblems, field, formBody, idOf, row, showErrors } from '../forms.js';
import { formatDay, formatOccurred, todayIso, typeLabel } from '../format.js';
import { recordOnce } from './record-once.js';

let cataloguePromise;
/** The catalogue, fetched once per page. */
const loadCatalogue = () => (cataloguePromise ??= api('/catalogue').catch((e) => { cataloguePromise = undefined; throw e; }));

const capital = (s) => s.charAt(0).toUpperCase() + s.slice(1);
/** `nextSteps` → "Next steps", `ultimatumId` → "Ultimatum id", `accepted-in-principle` → "Accepted in principle". */
const words = (name) => capital(name.replace(/Ids$/, 's').replace(/Id$/, ' id').replace(/([A-Z])/g, ' $1').replace(/-/g, ' ').toLowerCase().trim());

// ---------------------------------------------------------------------------
// Building the fields
// ---------------------------------------------------------------------------

/** The form's label of a catalogue field: its own, else a reference by what it names ("Round"), else its name in words. */
function labelFor(name, spec) {
  if (spec.label) return spec.label;
  if (spec.kind === 'id' && !spec.introduces && spec.of !== 'occurrence') return capital(spec.of);
  return words(name);
}

const choose = (optional) => ['', optional ? '—' : 'Choose…'];

/**
 * One catalogue field as inputs named by `path`; `ctx` holds what the negotiation knows (actors, ids by kind).
 * `within` is set inside an optional nested object: nothing there starts chosen, so it can be left out whole.
 */
function fieldFor(path, name, spec, cat, ctx, within = false) {
  const label = labelFor(name, spec);
  const optional = Boolean(spec.optional);
  const hint = spec.description;
  // What the field names: an id's kind, or the developments a correction or retraction names (their ids are shown nowhere).
  const of = spec.kind === 'event' ? 'event' : spec.of;
  const known = of ? ctx.known[of] ?? [] : [];
  const actors = ctx.actors.map((a) => [a.id, a.name]);
  const base = { name: path, label, optional, hint };
  switch (spec.kind) {
    case 'text':
      return spec.max > 200 ? field({ ...base, rows: 2, attrs: { maxlength: spec.max } }) : field({ ...base, attrs: { maxlength: spec.max, autocomplete: 'off' } });
    case 'url':
      return field({ ...base, type: 'url', attrs: { placeholder: 'https://…', inputmode: 'url' } });
    case 'texts':
      return field({ ...base, rows: 3, hint: `${hint} One per line.`, attrs: { 'data-kind': 'lines', 'data-required': String(!optional) } });
    case 'id':
    case 'event':
      if (spec.introduces || known.length === 0) return field({ ...base, attrs: { list: `rf-known-${of}`, autocomplete: 'off' } });
      return field({ ...base, options: [choose(optional), ...known] });
    case 'ids':
      return checkboxGroup({ name: path, legend: label, items: known, hint, optional });
    case 'actor':
      // A new actor's own id is typed (below); any other picks one the negotiation holds, a required one starting on the first (the parties come first).
      if (!spec.introduces) return field({ ...base, options: optional || within ? [choose(optional), ...actors] : actors });
      break;
    case 'actors':
      return checkboxGroup({ name: path, legend: label, items: actors, hint, optional });
    case 'enum': {
      const numeric = spec.values.every((v) => typeof v === 'number');
      const options = spec.values.map((v, i) => [String(v), spec.labels ? `${v} — ${spec.labels[i]}` : numeric ? String(v) : words(String(v))]);
      return field({ ...base, options: [choose(optional), ...options], attrs: numeric ? { 'data-kind': 'number' } : {} });
    }
    case 'date':
      return field({ ...base, type: 'date', forms: spec.newForms ?? OCCURRED_AT_FORMS });
    case 'day':
      return field({ ...base, type: 'date', forms: PUBLISHED_AT_FORMS });
    case 'bool':
      return field({ ...base, options: [choose(optional), ['true', 'Yes'], ['false', 'No']], attrs: { 'data-kind': 'bool' } });
    case 'count':
      return field({ ...base, type: 'number', attrs: { min: 0, step: 1, 'data-kind': 'number' } });
    case 'record':
      return h('fieldset', { class: 'field nested', id: idOf(path), dataset: { field: path, errorFor: path } },
        h('legend', {}, label, optional ? h('span', { class: 'optional' }, ' (optional)') : null),
        h('p', { class: 'hint' }, hint),
        row(...Object.entries(cat.records[spec.of]).map(([sub, s]) => fieldFor(`${path}.${sub}`, sub, s, cat, ctx, within || optional))));
    case 'records':
    case 'changes':
      return field({ ...base, rows: 3, hint: `${hint} As JSON, e.g. ${JSON.stringify(spec.example ?? (spec.kind === 'records' ? [cat.recordExamples[spec.of]] : {}))}`, attrs: { 'data-kind': 'json' } });
  }
  return field({ ...base, attrs: { autocomplete: 'off' } });
}

function typeFieldset(type, cat, ctx) {
  const entry = cat.types[type];
  return h('fieldset', { class: 'type-fields', dataset: { type } },
    h('legend', { class: 'visually-hidden' }, typeLabel(type)),
    h('p', { class: 'hint' }, capital(entry.summary)),
    Object.entries(entry.fields).map(([name, spec]) => fieldFor(`data.${name}`, name, spec, cat, ctx)));
}

function sourceGroup(i, count, cat, ctx) {
  const p = `sources.${i}`;
  return h('fieldset', { class: 'source-group', dataset: { field: p, errorFor: p, index: String(i) } },
    h('legend', {}, `Source ${i + 1}`),
    row(...Object.entries(cat.records.Source).map(([name, spec]) => fieldFor(`${p}.${name}`, name, { ...spec, description: undefined }, cat, ctx))),
    count > 1 ? h('button', { type: 'button', class: 'btn btn-ghost btn-small', dataset: { removeSource: String(i) } }, `Remove source ${i + 1}`) : null,
  );
}

// ---------------------------------------------------------------------------
// Reading the form into a request body
// ---------------------------------------------------------------------------

/** The body for POST /negotiations/:id/events, from the enabled inputs. */
export function readBody(form) {
  // A type whose fields are all optional (talks resumed, by no one named) still sends its `data`, empty.
  const body = { data: {}, ...formBody(form) };
  // As typed ("4 Dec 2026", "18:30"); one that does not read is named by `dateProblems` before anything is sent.
  const date = readDate(form.elements._date.value);
  const time = readTime(form.elements._time.value);
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

/** A rule's refusal in the form's words: the field's own date rather than the event's id. */
function ruleMessage(error) {
  const d = error.details;
  if (error.code === 'occurred-in-future') return `${formatOccurred(d.occurredAt)} is after now (${formatDay(d.now)}): only what has already happened can be recorded.`;
  // "StatementMade <uuid> in negotiation <id>: …" — the id means nothing to whoever fills the form.
  const t = error.message.replace(/^[A-Za-z]+ [0-9a-f-]{36} in negotiation [a-z0-9-]+:?\s*/, '');
  return `${t.charAt(0).toUpperCase()}${t.slice(1)}`;
}

/** The field a 422 is about: the one it names, or a data field holding one of the ids in its details. */
function fieldOf422(form, error) {
  if (error.code === 'occurred-in-future') return 'occurredAt';
  if (typeof error.details.field === 'string') return error.details.field.replace(/^events\.\d+\./, '');
  for (const key of Object.keys(error.details)) {
    if (error.details[key] !== undefined && form.querySelector(`[name="data.${key}"]:not(:disabled)`)) return `data.${key}`;
  }
  return null;
}

// ---------------------------------------------------------------------------
// The dialog
// ---------------------------------------------------------------------------

/**
 * @param getContext () => { negotiationId, actors, known: { round: [[id, label]], demand, …, event }, defaultDate }
 * @param onRecorded (writeResult) after a successful write
 */
export function setupRecordForm({ dialog, form, fieldsEl, statusEl, getContext, onRecorded }) {
  let sourceCount = 1;
  let busy = false;
  let cat;
  const once = recordOnce();

  function build(type) {
    const ctx = getContext();
    sourceCount = 1;
    const typeSelect = field({ name: 'type', label: 'What happened', options: [] });
    $('select', typeSelect).replaceChildren(...cat.groups.map((group) => h('optgroup', { label: words(group) },
      Object.entries(cat.types).filter(([, entry]) => entry.group === group).map(([t]) => h('option', { value: t }, typeLabel(t) === 'Position' ? 'Position on a demand' : typeLabel(t))))));
    fieldsEl.replaceChildren(
      typeSelect,
      h('div', { id: 'rf-type-fields' }, typeFieldset(type, cat, ctx)),
      h('fieldset', { class: 'when' },
        h('legend', {}, 'When it happened'),
        row(
          field({ name: '_date', label: 'Date', type: 'date', errorFor: 'occurredAt', attrs: { value: ctx.defaultDate ?? todayIso() } }),
          field({ name: '_time', label: 'Time', type: 'time', optional: true, hint: 'In your time zone; leave empty for a whole day.' }),
          field({ name: 'precision', label: 'Precision', options: [['', 'From the date'], ...cat.envelope.precision.values.map((v) => [v, words(v)])] }),
        )),
      h('fieldset', { class: 'sources-fields', dataset: { errorFor: 'sources' }, id: 'rf-sources' },
        h('legend', {}, 'Sources'),
        h('p', { class: 'hint' }, 'At least one. Grade each with the Admiralty scale: reliability of the source A–F, credibility of the information 1–6.'),
        h('div', { id: 'rf-source-list' }, sourceGroup(0, 1, cat, ctx)),
        h('button', { type: 'button', class: 'btn btn-small', id: 'rf-add-source' }, '+ Add a source')),
      h('details', { class: 'more' },
        h('summary', {}, 'CAMEO code, note and occurrence'),
        ['cameo', 'note', 'occurrence'].map((name) => fieldFor(name, name, cat.envelope[name], cat, ctx))),
      Object.entries(ctx.known).map(([of, items]) => h('datalist', { id: `rf-known-${of}` }, items.map(([value, label]) => h('option', { value }, label)))),
    );
    form.elements.type.value = type;
  }

  function renumberSources() {
    const list = $('#rf-source-list', form);
    const values = $$('.source-group', list).map((g) => Object.fromEntries($$('input, select', g).map((el) => [el.name.split('.').pop(), el.value])));
    list.replaceChildren(...values.map((_, i) => sourceGroup(i, values.length, cat, getContext())));
    values.forEach((v, i) => Object.entries(v).forEach(([k, val]) => (form.elements[`sources.${i}.${k}`].value = val)));
    sourceCount = values.length;
  }

  // Only the chosen type's fields are in the form: nothing hidden is sent, and every label is unique.
  form.addEventListener('change', (e) => {
    if (e.target.name !== 'type') return;
    $('#rf-type-fields', form).replaceChildren(typeFieldset(e.target.value, cat, getContext()));
    clearErrors(form);
  });

  form.addEventListener('click', (e) => {
    const target = e.target.closest('button');
    if (!target) return;
    if (target.id === 'rf-add-source') {
      $('#rf-source-list', form).append(sourceGroup(sourceCount, sourceCount + 1, cat, getContext()));
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
    const local = [...dateProblems(form), ...formProblems(body)];
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
      const result = await once.post(negotiationId, body, cat.types[body.type]);
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
        showErrors(form, f ? [{ field: f, problems: [ruleMessage(error)] }] : [], `Not recorded: ${f ? 'a rule of the domain refused it' : ruleMessage(error)}`);
      } else showErrors(form, [], await once.problem(negotiationId, error));
    } finally {
      busy = false;
      submit.disabled = false;
    }
  });

  return {
    async open(type = 'StatementMade') {
      [cat] = await Promise.all([loadCatalogue(), once.open(getContext().negotiationId)]);
      build(type);
      clearErrors(form);
      statusEl.textContent = '';
      dialog.showModal();
      form.elements.type.focus();
    },
  };
}
