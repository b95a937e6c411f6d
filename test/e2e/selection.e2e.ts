/**
 * The right-click path, as a clinician uses it: select text on any page, "Assess selected text",
 * then confirm or correct features in the panel and copy the note. The native menu cannot be
 * clicked by a test; the menu handler is reached through the test build's hook.
 */
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessText } from '@/rules/assess';
import { applyEdits, setEdit, withBanner, type Edits } from '@/rules/edits';
import { runRules } from '@/rules/findings/engine';
import { noteText } from '@/rules/report/note';
import type { E2eHook } from '@/entrypoints/background/e2e';
import { E2E_DIST, RESULTS_DIR, axeViolations, cardIds, featureStatus, launch, serious, type Session } from './harness';

const SELECTION =
  '48 yo woman with 3 days of low back pain after lifting a suitcase. Since this morning she has saddle anaesthesia and new difficulty passing urine.';
/** Words of the selection that must never reach persistent storage. */
const PATIENT_WORDS = ['saddle anaesthesia', 'lifting a suitcase', 'difficulty passing urine', '48 yo woman'];

let s: Session;
let panel: Page;
let tabId: number;

beforeAll(async () => {
  mkdirSync(RESULTS_DIR, { recursive: true });
  s = await launch();
});
afterAll(async () => s?.close());

const card = (id: string) => panel.locator(`[data-finding="${id}"]`);
const setStatus = (id: string, status: string) => panel.locator(`[data-feature="${id}"] input[type="radio"][value="${status}"]`).check();

describe('right-click path', () => {
  it('loads the e2e build: its service worker, the test hook, and the fixture origin granted', async () => {
    const manifest = JSON.parse(readFileSync(join(E2E_DIST, 'manifest.json'), 'utf8'));
    expect(manifest.host_permissions).toEqual(['http://127.0.0.1/*']);
    expect(s.extensionId).toMatch(/^[a-p]{32}$/);
    const hook = await s.worker().evaluate(() => typeof (globalThis as { __e2e?: E2eHook }).__e2e?.menuClick);
    expect(hook).toBe('function');
    // The name the production build is checked for (test/entrypoints/background/e2e.test.ts).
    expect(readFileSync(join(E2E_DIST, 'background.js'), 'utf8')).toContain('__e2e');
    // The pages are built as in production: production React, no JSX debug information.
    const chunks = readdirSync(join(E2E_DIST, 'chunks')).map((f) => readFileSync(join(E2E_DIST, 'chunks', f), 'utf8')).join('\n');
    expect(chunks).not.toContain('jsxDEV');
    expect(chunks).toContain('Minified React error');
  });

  it('assesses a right-clicked selection: the open panel shows saddle anaesthesia and the cauda equina card', async () => {
    // A page the reader is not registered on, so only the selection is captured.
    const opened = await s.openTab(s.server.url('cerner.html', 'localhost'));
    tabId = opened.tabId;
    const selected = await opened.page.evaluate((text) => {
      const p = document.createElement('p');
      p.textContent = text;
      document.body.append(p);
      const range = document.createRange();
      range.selectNodeContents(p);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return getSelection()!.toString();
    }, SELECTION);
    expect(selected).toBe(SELECTION);

    panel = await s.openPanel(tabId);
    await expect.poll(() => panel.getByRole('heading', { name: 'Nothing captured yet' }).count()).toBe(1);
    expect(serious(await axeViolations(panel)), 'axe: empty panel').toEqual([]);

    const info = { menuItemId: 'assess-selection', selectionText: selected, pageUrl: opened.page.url(), editable: false, frameId: 0 };
    await s.worker().evaluate(
      ([i, t]) => (globalThis as { __e2e?: E2eHook }).__e2e!.menuClick(i as never, t as never),
      [info, { id: tabId, url: opened.page.url() }] as const,
    );

    // The panel updates by itself when the hub says the capture changed.
    await card('flag.cauda_equina').waitFor();
    expect(await featureStatus(panel, 'saddle_anesthesia')).toBe('present');
    expect(await featureStatus(panel, 'urinary_retention')).toBe('present');
    expect(await cardIds(panel)).toEqual(expect.arrayContaining(['flag.cauda_equina', 'imaging.mri_emergency']));
    await expect.poll(() => panel.locator('.source').innerText()).toContain('Right-clicked selection');
    expect(await panel.getByRole('region', { name: 'Text assessed' }).innerText()).toBe(SELECTION);
    await panel.screenshot({ path: join(RESULTS_DIR, 'selection.png'), fullPage: true });
    expect(serious(await axeViolations(panel)), 'axe: assessed selection').toEqual([]);
  });

  it('changing a feature changes the cards', async () => {
    const summary = card('flag.cauda_equina').locator('.card__summary');
    await expect.poll(() => summary.innerText()).toMatch(/Saddle anaesthesia/);

    await setStatus('saddle_anesthesia', 'absent');
    await expect.poll(() => summary.innerText()).not.toMatch(/Saddle anaesthesia/);
    await expect.poll(() => summary.innerText()).toMatch(/Urinary retention/);
    expect(await panel.locator('[data-feature="saddle_anesthesia"]').innerText()).toMatch(/Set by you \(read as present\)/);

    await setStatus('urinary_retention', 'absent');
    await expect.poll(() => cardIds(panel)).not.toContain('flag.cauda_equina');
    expect(await cardIds(panel)).not.toContain('imaging.mri_emergency');

    await setStatus('saddle_anesthesia', 'present');
    await card('flag.cauda_equina').waitFor();
    await expect.poll(() => summary.innerText()).toMatch(/Saddle anaesthesia is documented/);
  });

  it('"Copy to note" puts the note for the confirmed features on the clipboard', async () => {
    await panel.bringToFront();
    await panel.evaluate(() => navigator.clipboard.writeText('(clipboard before the copy)'));
    await panel.getByRole('button', { name: 'Copy to note' }).click();
    await panel.getByText('Copied the note.').waitFor();
    const clip = await panel.evaluate(() => navigator.clipboard.readText());

    // The same note the engine writes for the features as the clinician left them.
    const read = assessText(SELECTION).features;
    const baseline = withBanner(read, {});
    let edits: Edits = {};
    edits = setEdit(edits, baseline, 'saddle_anesthesia', { status: 'absent' });
    edits = setEdit(edits, baseline, 'urinary_retention', { status: 'absent' });
    edits = setEdit(edits, baseline, 'saddle_anesthesia', { status: 'present' });
    const features = applyEdits(read, edits, {});
    expect(clip).toBe(noteText(features, runRules(features)));

    expect(clip).toContain('Confirmed positive:\n- Age: 48 years\n- Sex: female');
    expect(clip).toContain('- Saddle anaesthesia');
    expect(clip).toContain('Pertinent negatives (red flags documented absent):\n- Urinary retention / new bladder dysfunction');
    expect(clip).toContain('CRITICAL: Possible cauda equina syndrome');
    expect(clip).toContain('supports, does not replace, clinical judgement');
    expect(await panel.getByLabel('Note text').inputValue()).toBe(clip);
  });

  it('privacy: no request left the extension; storage.local and storage.sync hold no patient text', async () => {
    expect(s.leaks).toEqual([]);
    expect(s.server.unexpected()).toEqual([]);
    expect(s.external).toEqual([]);
    const stored = await s.persistentStorage();
    for (const words of PATIENT_WORDS) expect(stored.toLowerCase()).not.toContain(words.toLowerCase());
    // The capture itself lives in storage.session only.
    expect(JSON.stringify(await s.captureOf(tabId))).toContain('saddle anaesthesia');
    expect(s.pageErrors).toEqual([]);
  });
});
