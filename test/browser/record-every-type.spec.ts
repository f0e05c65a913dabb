/**
 * Every development type recorded through the dashboard's "Record a development" dialog (issue #17: "the web page
 * records every development type"), as an analyst would: choose the type, fill what it requires — a pick from what
 * the negotiation holds where the field names something, a typed value otherwise, a JSON field as its hint shows —
 * give a source title and link, press Record, and see the dialog close and the development on the timeline.
 *
 * The fields are driven from the catalogue (each field's kind says what control it is); `VALUES` holds only what
 * the domain needs in particular (a round opened without being scheduled needs a label, a position is taken by an
 * actor other than the demand's proposer, …). Types run in an order that records their prerequisites first: one
 * real app (the example case in a temp SQLite file), one Chromium page, for the whole file.
 */
import {
  CATALOGUE,
  DEVELOPMENT_TYPES,
  RECORDS,
  type DevelopmentType,
  type FieldSpec,
  type RecordName,
} from '@parley/domain';
import type { Browser, Locator, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../support/app';
import { assertChromium, collectPageErrors, importExample, launchBrowser } from './browser';
import { NEGOTIATION, viewsReady } from './pages';

jest.setTimeout(45_000);

/** An actor of the example case other than the first one the form offers (Pakistan): the other side. */
const OTHER_SIDE = 'afghan-taliban';

/**
 * What `VALUES` can ask of a field: a value to type or choose (several boxes of a group), one to pick among what
 * the form offers (never typed: an event's id is shown nowhere on the page), or nothing at all.
 */
type Value = string | readonly string[] | { readonly pick: string } | null;
/** The event ids recorded so far, by type. */
type Recorded = Partial<Record<DevelopmentType, string>>;

/**
 * Values the domain needs in particular, by the field's path in the body; every other required field is filled by
 * its kind (`fill` below), and optional fields are left empty unless named here.
 */
const VALUES: Partial<Record<DevelopmentType, (recorded: Recorded) => Record<string, Value>>> = {
  // A round opened without being scheduled first needs a label (the one scheduled here was cancelled).
  TalksRoundOpened: () => ({ 'data.label': 'Form test round' }),
  // A text not public, nothing reported: the provisions are left empty.
  AgreementReached: () => ({ 'data.provisions': null, 'data.textPublic': 'false' }),
  // An amendment must change something.
  DemandAmended: () => ({ 'data.text': 'The amended demand (form test).' }),
  // Not the demand's proposer (the first actor offered).
  PositionTaken: () => ({ 'data.actorId': OTHER_SIDE }),
  // Not the one who alleges it (the first actor offered).
  CeasefireViolationReported: () => ({ 'data.against': OTHER_SIDE }),
  // The incident recorded above: its fields are the ones the hints' examples correct.
  EventCorrected: (recorded) => ({ 'data.eventId': { pick: recorded.IncidentReported! } }),
  EventRetracted: (recorded) => ({ 'data.eventId': { pick: recorded.StatementMade! } }),
};

/**
 * Prerequisites first: a round scheduled (postponed, cancelled), another opened (concluded); a demand tabled
 * (amended, a position on it, an ultimatum enforcing it, resolved) before it is withdrawn; a ceasefire declared
 * before it is extended, violated, ended; corrections last, on what was recorded before. Types not named here (they
 * need nothing) run between, in catalogue order.
 */
const FIRST: readonly DevelopmentType[] = [
  'ActorRegistered',
  'TalksRoundScheduled',
  'TalksRoundPostponed',
  'TalksRoundCancelled',
  'TalksRoundOpened',
  'TalksRoundConcluded',
  'DemandTabled',
  'DemandAmended',
  'PositionTaken',
  'UltimatumIssued',
  'UltimatumResolved',
  'DemandWithdrawn',
  'CeasefireDeclared',
  'CeasefireExtended',
  'CeasefireViolationReported',
  'CeasefireEnded',
];
const LAST: readonly DevelopmentType[] = ['EventCorrected', 'EventRetracted'];
const ORDER = [...FIRST, ...DEVELOPMENT_TYPES.filter((type) => !FIRST.includes(type) && !LAST.includes(type)), ...LAST];

const today = () => new Date().toISOString().slice(0, 10);
const kebab = (s: string) => s.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();

describe('every development type recorded through the dashboard’s form in Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  let page: Page;
  let dialog: Locator;
  let errors: string[];
  const recorded: Recorded = {};
  /** The ids this file introduced, by what they name: the picks choose the latest. */
  const introduced: Record<string, string> = {};

  beforeAll(async () => {
    assertChromium();
    [t, browser] = await Promise.all([startTestApp(), launchBrowser()]);
    await importExample(t.url);
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
    errors = collectPageErrors(page);
    await page.goto(`${t.url}/#/negotiations/${NEGOTIATION}`);
    await viewsReady(page);
    dialog = page.getByRole('dialog', { name: 'Record a development' });
  });

  afterAll(async () => {
    await browser?.close();
    await t?.cleanup();
  });

  afterEach(async () => {
    // A type the form refused leaves the dialog open: cancel it, as an analyst would, so the next type starts afresh.
    if (await dialog.isVisible()) await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(errors.splice(0)).toEqual([]);
  });

  it('runs every type the form offers', async () => {
    await page.getByRole('button', { name: 'Record a development' }).click();
    // The form's code and the catalogue load when the dialog first opens: wait for the types to be offered.
    await dialog.getByLabel('What happened').locator('option').nth(1).waitFor({ state: 'attached' });
    const offered = await dialog
      .getByLabel('What happened')
      .locator('option')
      .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect([...ORDER].sort()).toEqual(offered.sort());
  });

  /** The example a JSON field's hint shows ("… As JSON, e.g. [{…}]"), as an analyst would copy it. */
  async function hintedExample(control: Locator): Promise<string> {
    const hint = await page.locator(`#${await control.getAttribute('id')}-hint`).textContent();
    return hint!.slice(hint!.indexOf('As JSON, e.g. ') + 'As JSON, e.g. '.length);
  }

  /** Types or chooses `value` in the control named `path`; a pick must be offered; a list checks those boxes. */
  async function put(path: string, value: Exclude<Value, null>): Promise<void> {
    const control = dialog.locator(`[name="${path}"]`);
    const tag = () => control.evaluate((el) => el.tagName);
    if (typeof value === 'string') {
      if ((await tag()) === 'SELECT') await control.selectOption(value);
      else await control.fill(value);
    } else if ('pick' in value) {
      expect(await tag()).toBe('SELECT');
      await control.selectOption(value.pick);
    } else {
      for (const v of value) await dialog.locator(`input[type=checkbox][name="${path}"][value="${v}"]`).check();
    }
  }

  /** As offered: a required actor starts on the first one; otherwise the first choice. */
  async function pick(control: Locator): Promise<void> {
    if ((await control.inputValue()) === '') await control.selectOption({ index: 1 });
  }

  /** Fills the field at `path` as its kind asks: only required ones, unless `values` names it. */
  async function fill(
    type: DevelopmentType,
    path: string,
    name: string,
    spec: FieldSpec,
    values: Record<string, Value>,
  ): Promise<void> {
    if (path in values) {
      const value = values[path];
      if (value !== null && value !== undefined) await put(path, value);
      return;
    }
    // The JSON fields are filled as their hint shows, optional or not: the hint is what an analyst copies.
    const json = spec.kind === 'records' || spec.kind === 'changes';
    if (spec.optional && !json) return;
    const control = dialog.locator(`[name="${path}"]`);
    switch (spec.kind) {
      case 'text':
        return control.fill(`${name} of the ${type} (form test)`);
      case 'texts':
        return control.fill(`A first ${name}\nA second ${name}`);
      case 'url':
        return control.fill('https://example.org/form-test');
      case 'date':
      case 'day':
        return control.fill(today());
      case 'count':
        return control.fill('1');
      case 'id':
        if (spec.introduces) {
          introduced[spec.of] = `form-test-${kebab(type)}`;
          return control.fill(introduced[spec.of]!);
        }
        await control.selectOption(introduced[spec.of]!);
        return;
      case 'ids':
        return put(path, [introduced[spec.of]!]);
      case 'actor':
        if (spec.introduces) return control.fill(`form-test-${kebab(type)}`);
        return pick(control);
      case 'enum':
      case 'bool':
        return pick(control);
      case 'actors':
        // The other side: the first actor is the one a required actor field starts on.
        return dialog.locator(`input[type=checkbox][name="${path}"]`).nth(1).check();
      case 'records':
      case 'changes':
        return control.fill(await hintedExample(control));
      case 'record':
        for (const [sub, s] of Object.entries(RECORDS[spec.of as RecordName]) as [string, FieldSpec][])
          await fill(type, `${path}.${sub}`, sub, s, values);
        return;
      default:
        throw new Error(`${type}: no way to fill ${path} (${spec.kind}) in this spec`);
    }
  }

  /** Where the development shows once recorded: its own line on the timeline, or the line of the event it changes. */
  function shown(type: DevelopmentType, source: string, values: Record<string, Value>): Locator {
    const target = () => `#timeline-list > li[data-event-id="${(values['data.eventId'] as { pick: string }).pick}"]`;
    if (type === 'EventCorrected') return page.locator(`${target()} .corrected-badge`);
    if (type === 'EventRetracted') return page.locator(`${target()}.retracted`);
    return page.locator(`#timeline-list > li[data-type="${type}"]`, { hasText: source });
  }

  it.each(ORDER)('records %s', async (type) => {
    const values = VALUES[type]?.(recorded) ?? {};
    await page.getByRole('button', { name: 'Record a development' }).click();
    await dialog.getByLabel('What happened').selectOption(type);
    for (const [name, spec] of Object.entries(CATALOGUE[type].fields) as [string, FieldSpec][])
      await fill(type, `data.${name}`, name, spec, values);
    const source = `Form test: ${type}`;
    await dialog.getByLabel('Title', { exact: true }).fill(source);
    await dialog.getByLabel('Link').fill(`https://example.org/form-test/${kebab(type)}`);
    await dialog.getByRole('button', { name: 'Record', exact: true }).click();

    // Closed, or the problems the form shows named in the failure.
    const outcome = await page.waitForFunction(() => {
      const d = document.querySelector<HTMLDialogElement>('#record-dialog')!;
      const summary = d.querySelector<HTMLElement>('.error-summary');
      return !d.open ? 'closed' : summary && !summary.hidden ? summary.innerText : false;
    });
    expect(await outcome.jsonValue()).toBe('closed');
    const line = shown(type, source, values);
    await line.waitFor();
    recorded[type] = (await line.getAttribute('data-event-id'))!;
  });
});
