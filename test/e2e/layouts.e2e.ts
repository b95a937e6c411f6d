/**
 * The chart path, as a clinician uses it: open a chart in an allowed EHR (here, the fixture
 * pages on 127.0.0.1, granted to the test build), and the panel shows what the reader found.
 * One test per fixture layout, the single-page patient switch, then the privacy checks.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Capture } from '@/entrypoints/background/messages';
import { athenaTransform } from '../entrypoints/ehr.content/filler';
import { RESULTS_DIR, axeViolations, cardIds, featureStatus, launch, serious, topLevelFixtures, type Session, type WorkerGlobal } from './harness';
import { LAYOUTS, THIRD_PARTY, type Layout } from './layouts';

let s: Session;

beforeAll(async () => {
  mkdirSync(RESULTS_DIR, { recursive: true });
  // athena.html is served with its generated bulk spliced in (2–3 MB), as the reader's unit test loads it.
  s = await launch({ transform: athenaTransform, thirdParty: THIRD_PARTY });
});
afterAll(async () => s?.close());

const matches = (l: Layout) => (c: Capture) =>
  c.chiefComplaint === l.cc && c.hpi === l.hpi && c.age === l.age && c.sex === l.sex && (!l.reason || l.reason.test(c.reason ?? ''));

const captured = (c: Capture) => [c.chiefComplaint, c.hpi, c.text, c.title, c.reason, ...c.where.map((w) => w.label)].filter(Boolean).join('\n');
const leaked = (text: string, distractors: string[]) => distractors.filter((d) => text.toLowerCase().includes(d.toLowerCase()));

/** What the panel shows, for a failure message. */
const panelText = async (panel: Page) =>
  `${JSON.stringify((await panel.locator('main').innerText().catch(() => '(no main)')).slice(0, 400))}; service worker log: ${JSON.stringify(s.workerLog.slice(-5))}`;

async function expectPanelShows(panel: Page, l: Layout): Promise<void> {
  try {
    await panel.locator('[data-feature], .state:not([aria-busy="true"])').first().waitFor();
  } catch (e) {
    throw new Error(`the panel shows neither features nor a state: ${await panelText(panel)}`, { cause: e });
  }
  if (l.reason) {
    // The reader chose not to read (e.g. a board of many patients): the reason, not permission advice.
    await panel.getByRole('heading', { name: 'Nothing was read from this page' }).waitFor();
    expect(await panel.locator('.state__reason').innerText()).toMatch(l.reason);
    expect(await panel.locator('main').innerText()).not.toMatch(/options/);
    expect(await panel.locator('[data-feature]').count()).toBe(0);
    return;
  }
  if (!(await panel.locator('[data-feature]').count())) throw new Error(`the panel lists no features: ${await panelText(panel)}`);
  const assessed = await panel.getByRole('region', { name: 'Text assessed' }).innerText();
  if (l.cc) expect(assessed).toContain(`CC: ${l.cc}`);
  if (l.hpi) expect(assessed).toContain(`HPI: ${l.hpi.split('\n')[0]}`);
  for (const [id, status] of Object.entries(l.features)) expect(await featureStatus(panel, id), `feature ${id}`).toBe(status);
  if (l.age !== null) expect(await panel.locator('[data-feature="age"] input[type="number"]').inputValue()).toBe(String(l.age));
  const cards = await cardIds(panel);
  expect(cards).toEqual(expect.arrayContaining(l.cards));
  for (const id of l.notCards) expect(cards, `card ${id} must not show`).not.toContain(id);
}

describe('chart layouts', () => {
  it('has an expectation for every top-level fixture page (none skipped)', () => {
    expect(LAYOUTS.map((l) => l.file).sort()).toEqual(topLevelFixtures());
  });

  it('the background registered the chart reader on the granted fixture origin', async () => {
    await s.readerRegistered();
  });

  for (const layout of LAYOUTS) {
    const name = layout.file.replace(/\.html$/, '');
    it(`${name}: the reader captures the visit's CC/HPI; the panel shows its features and cards`, async () => {
      await s.readerRegistered();
      const { page, tabId } = await s.openTab(s.server.url(layout.file));
      await layout.act?.(page);
      const capture = await s.waitForCapture(tabId, matches(layout));
      expect({ cc: capture.chiefComplaint, hpi: capture.hpi, age: capture.age, sex: capture.sex }).toEqual({
        cc: layout.cc,
        hpi: layout.hpi,
        age: layout.age,
        sex: layout.sex,
      });
      expect(capture.source).toBe('chart');
      expect(capture.origin).toBe(`http://127.0.0.1:${s.server.port}`);
      expect(leaked(captured(capture), layout.distractors), 'distractor text in the capture').toEqual([]);

      const panel = await s.openPanel(tabId);
      await expectPanelShows(panel, layout);
      expect(leaked(await panel.locator('main').innerText(), layout.distractors), 'distractor text in the panel').toEqual([]);
      await panel.screenshot({ path: join(RESULTS_DIR, `${name}.png`), fullPage: true });
      expect(serious(await axeViolations(panel)), `axe: ${name}`).toEqual([]);
      await panel.close();
      await page.close();
    });
  }
});

describe('hostile chart text', () => {
  it('renders markup typed into the chart as inert text: no dialog, no image, no script, no link', async () => {
    await s.readerRegistered();
    const hostile = LAYOUTS.find((l) => l.file === 'hostile.html')!;
    const { page, tabId } = await s.openTab(s.server.url('hostile.html'));
    await s.waitForCapture(tabId, matches(hostile));
    const panel = await s.openPanel(tabId);
    const dialogs: string[] = [];
    panel.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await expectPanelShows(panel, hostile);
    const assessed = panel.getByRole('region', { name: 'Text assessed' });
    expect(await assessed.innerText()).toContain('<img src=x onerror=alert(1)>');
    expect(await assessed.innerText()).toContain('<script>alert(2)</script>');
    // Nothing from the chart became an element: no image, no script, no javascript: link.
    expect(await panel.locator('main img').count()).toBe(0);
    expect(await panel.locator('main script').count()).toBe(0);
    expect(await panel.locator('a[href^="javascript:"]').count()).toBe(0);
    await panel.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    await panel.close();
    await page.close();
  });
});

describe('"Read this page"', () => {
  it('re-reads an allowed chart on demand, and explains a page the extension may not read', async () => {
    await s.readerRegistered();
    const cerner = LAYOUTS.find((l) => l.file === 'cerner.html')!;
    const allowed = await s.openTab(s.server.url('cerner.html'));
    await s.waitForCapture(allowed.tabId, matches(cerner));
    const panel = await s.openPanel(allowed.tabId);
    await panel.getByRole('button', { name: 'Read this page' }).click();
    await panel.getByText('Page read.').waitFor();
    await expectPanelShows(panel, cerner);

    // Not an allowed origin, and no toolbar click (activeTab): the panel says how to allow it.
    const other = await s.openTab(s.server.url('cerner.html', 'localhost'));
    const panel2 = await s.openPanel(other.tabId);
    await panel2.getByRole('button', { name: 'Read this page' }).click();
    await panel2.getByRole('heading', { name: 'This page could not be read' }).waitFor();
    expect(await panel2.locator('main').innerText()).toMatch(/Allow the EHR’s address in the extension’s options/);
    expect(await s.captureOf(other.tabId)).toBeNull();
    expect(serious(await axeViolations(panel2)), 'axe: unreadable page').toEqual([]);
    for (const p of [panel, panel2, allowed.page, other.page]) await p.close();
  });
});

// ---------------------------------------------------------------------------------------------

/** The next patient in the OpenMRS-like app, rendered in place as a single-page app does. */
const NEXT = {
  cc: 'Low back pain after a fall from a ladder yesterday',
  hpi: 'Sudden severe low back pain after falling from a ladder. Takes prednisolone 10 mg daily for polymyalgia rheumatica for 3 years. Tender over L1.',
};
const PREVIOUS = ['Maria Santos', 'grandson', 'numbness down the left leg', 'difficulty starting urination'];

describe('single-page app', () => {
  it('a patient switch in place updates the panel and drops the previous patient’s text', async () => {
    await s.readerRegistered();
    const openmrs = LAYOUTS.find((l) => l.file === 'openmrs.html')!;
    const { page, tabId } = await s.openTab(s.server.url('openmrs.html'));
    await s.waitForCapture(tabId, matches(openmrs));
    const panel = await s.openPanel(tabId);
    await panel.locator('[data-finding="flag.cauda_equina"]').waitFor();

    await page.evaluate((next) => {
      history.pushState({}, '', '#/patient/5f2a/chart');
      const banner = document.querySelector('[data-extension-id="patient-banner"]')!;
      banner.querySelector('._n7Rt2')!.textContent = 'Ahmed Karim';
      const demo = banner.querySelectorAll('._d9Lp0 > span');
      demo[0].textContent = 'Male';
      demo[2].textContent = '71 yrs';
      demo[4].textContent = '02 — Feb — 1954';
      banner.querySelector('._i0Kx7 span + span')!.textContent = '100011K';
      // The chart re-renders: new form fields with the next patient's note, no past visits yet.
      const form = document.querySelector('form[aria-label="Visit note form"]')!;
      const cc = Object.assign(document.createElement('input'), { id: ':r9:', type: 'text', className: '_in9', value: next.cc });
      const hpi = Object.assign(document.createElement('textarea'), { id: ':ra:', className: '_ta7', rows: 5, value: next.hpi });
      form.querySelector('input')!.replaceWith(cc);
      form.querySelector('textarea')!.replaceWith(hpi);
      form.querySelector('label[for=":r3:"]')!.setAttribute('for', ':r9:');
      form.querySelector('label[for=":r4:"]')!.setAttribute('for', ':ra:');
      document.querySelector('section[aria-label="Past visits"]')!.replaceChildren();
    }, NEXT);

    const capture = await s.waitForCapture(tabId, (c) => c.chiefComplaint === NEXT.cc);
    expect(capture).toMatchObject({ hpi: NEXT.hpi, age: 71, sex: 'male' });
    expect(leaked(captured(capture), PREVIOUS)).toEqual([]);

    await expect.poll(() => panel.getByRole('region', { name: 'Text assessed' }).innerText()).toContain(`CC: ${NEXT.cc}`);
    await panel.locator('[data-finding="flag.fracture"]').waitFor();
    expect(await cardIds(panel)).not.toContain('flag.cauda_equina');
    expect(await featureStatus(panel, 'steroid_use')).toBe('present');
    expect(await featureStatus(panel, 'urinary_retention')).toBe('not_documented');
    expect(leaked(await panel.locator('body').innerText(), PREVIOUS), 'previous patient in the panel').toEqual([]);
    const session = await s.worker().evaluate(() => (globalThis as unknown as WorkerGlobal).chrome.storage.session.get(null));
    expect(leaked(JSON.stringify(session), PREVIOUS), 'previous patient in storage.session').toEqual([]);
    await panel.screenshot({ path: join(RESULTS_DIR, 'openmrs-patient-switch.png'), fullPage: true });
    await panel.close();
    await page.close();
  });
});

// ---------------------------------------------------------------------------------------------

describe('privacy', () => {
  it('no request left the extension (pages or service worker), and fixture pages fetched only fixtures', () => {
    expect(s.leaks).toEqual([]);
    expect(s.server.unexpected()).toEqual([]);
    for (const url of s.external) expect(Object.keys(THIRD_PARTY)).toContain(url);
    expect(s.pageErrors).toEqual([]);
  });

  it('storage.local and storage.sync hold no patient text', async () => {
    const stored = (await s.persistentStorage()).toLowerCase();
    const patientText = [
      ...LAYOUTS.flatMap((l) => [l.cc, l.hpi?.slice(0, 40), ...l.distractors]),
      NEXT.cc,
      NEXT.hpi.slice(0, 40),
      ...PREVIOUS,
    ].filter((t): t is string => !!t && t.length > 3);
    expect(patientText.filter((t) => stored.includes(t.toLowerCase()))).toEqual([]);
  });
});
