import { afterEach, describe, expect, it } from 'vitest';
import { Capture } from '@/entrypoints/background/messages';
import { readChartDetailed } from '@/entrypoints/ehr.content/reader';
import { PATIENT_CHANGED, captureKey, watchChart, type ChartWatcher } from '@/entrypoints/ehr.content/watch';
import { expectNoLeak, loadFixture, type LoadedPage } from './load-fixture';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Wait until a condition holds (timing on a loaded machine varies). */
async function until(cond: () => boolean, ms = 3_000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await sleep(5);
  }
}
const MARIA = ['Maria', 'Santos', 'grandson', 'numbness down the left leg', 'urination', 'Cough and fever', '100008E'];

let page: LoadedPage | null = null;
let watcher: ChartWatcher | null = null;
afterEach(async () => {
  watcher?.stop();
  await page?.close();
});

function start(p: LoadedPage, sent: Capture[]): ChartWatcher {
  return watchChart({
    win: p.window as unknown as Window,
    read: () => readChartDetailed(p.document),
    send: (c) => sent.push(c),
    debounceMs: 80,
    maxDebounceMs: 80,
    pollMs: 15,
    maxWaitMs: 400,
  });
}

describe('single-page app: re-reading and patient changes', () => {
  it('re-reads after typing (debounced), ignores changes that alter nothing, follows route changes', async () => {
    page = loadFixture('openmrs.html');
    const doc = page.document;
    const sent: Capture[] = [];
    watcher = start(page, sent);
    expect(sent).toHaveLength(1);
    expect(sent[0].chiefComplaint).toBe('Low back pain with numbness down the left leg');
    expect(watcher.reads).toBe(1);

    // A burst of typing: one re-read, after the typing stops.
    const hpi = doc.getElementById(':r4:') as HTMLTextAreaElement;
    const base = hpi.value;
    for (const more of [' Worse', ' Worse at', ' Worse at night.']) {
      hpi.value = base + more;
      hpi.dispatchEvent(new page.window.Event('input', { bubbles: true }) as unknown as Event);
      await sleep(1);
    }
    expect(sent).toHaveLength(1);
    await until(() => sent.length === 2);
    expect(watcher.reads).toBe(2);
    expect(sent[1].hpi).toBe(`${base} Worse at night.`);

    // A re-render that changes nothing that is read: re-read, nothing sent.
    const toast = doc.createElement('div');
    toast.textContent = 'Saved';
    doc.body.appendChild(toast);
    await until(() => watcher!.reads === 3);
    await sleep(100);
    expect(sent).toHaveLength(2);

    // A route change without a DOM change is noticed by the URL check.
    page.window.history.pushState({}, '', '/openmrs/spa/patient/abc/chart/Vitals');
    await until(() => watcher!.reads === 4);
    expect(sent).toHaveLength(2);
  });

  it('notices a change of patient: clears at once, then sends the new patient with no trace of the old', async () => {
    page = loadFixture('openmrs.html');
    const doc = page.document;
    const sent: Capture[] = [];
    watcher = start(page, sent);
    expect(sent[0]).toMatchObject({ age: 52, sex: 'female' });

    // The banner re-mounted with the same patient: no clearing.
    const banner = doc.querySelector('[data-extension-id="patient-banner"]')!;
    const same = banner.cloneNode(true) as Element;
    banner.replaceWith(same);
    await until(() => watcher!.reads >= 2);
    await sleep(150);
    expect(sent).toHaveLength(1);

    // Another patient: the banner renders first...
    const next = same.cloneNode(true) as Element;
    next.querySelector('._n7Rt2')!.textContent = 'John Mwangi';
    const demo = next.querySelectorAll('._d9Lp0 span');
    demo[0].textContent = 'Male';
    demo[2].textContent = '61 yrs';
    demo[4].textContent = '02 — Feb — 1964';
    next.querySelectorAll('._i0Kx7 span')[1].textContent = '100009F';
    same.replaceWith(next);
    await until(() => sent.length === 2);
    expect(sent[1]).toMatchObject({ chiefComplaint: null, hpi: null, text: null, age: null, sex: null, where: [], reason: PATIENT_CHANGED });
    expect(Capture.safeParse(sent[1]).success).toBe(true);

    // ...then the chart body a moment later.
    (doc.getElementById(':r3:') as HTMLInputElement).value = 'Neck pain after a car accident';
    (doc.getElementById(':r4:') as HTMLTextAreaElement).value = 'Rear-ended at a stop light yesterday. Pain turning the head to the left.';
    doc.querySelector('[aria-label="Past visits"] dd')!.textContent = 'Knee arthroscopy follow-up';
    await until(() => sent.length === 3);
    await sleep(150);
    expect(sent).toHaveLength(3);
    const now = sent[2];
    expect(now.chiefComplaint).toBe('Neck pain after a car accident');
    expect(now.hpi).toBe('Rear-ended at a stop light yesterday. Pain turning the head to the left.');
    expect(now.age).toBe(61);
    expect(now.sex).toBe('male');
    for (const c of sent.slice(1)) expectNoLeak(c, MARIA);
  });

  it('does not take a ticking counter in the banner for a new patient', async () => {
    page = loadFixture('openmrs.html');
    const doc = page.document;
    const banner = doc.querySelector('[data-extension-id="patient-banner"]')!;
    const clock = doc.createElement('span');
    clock.textContent = 'Checked in 09:41 · waiting 12 min';
    banner.appendChild(clock);
    const sent: Capture[] = [];
    watcher = start(page, sent);
    clock.textContent = 'Checked in 09:41 · waiting 13 min';
    await until(() => watcher!.reads >= 2);
    await sleep(150);
    expect(sent).toHaveLength(1);
    expect(sent[0].chiefComplaint).toBe('Low back pain with numbness down the left leg');
  });

  it('stops observing when stopped', async () => {
    page = loadFixture('openmrs.html');
    const sent: Capture[] = [];
    watcher = start(page, sent);
    watcher.stop();
    (page.document.getElementById(':r3:') as HTMLInputElement).value = 'Other';
    page.document.body.appendChild(page.document.createElement('p'));
    await sleep(100);
    expect(watcher.reads).toBe(1);
    expect(sent).toHaveLength(1);
  });

  it('keys captures by their text, not their time', () => {
    const base: Capture = { source: 'chart', origin: 'x', chiefComplaint: 'a', hpi: null, text: null, age: 1, sex: null, where: [], at: 1 };
    expect(captureKey(base)).toBe(captureKey({ ...base, at: 2, where: [{ part: 'age', label: 'x' }] }));
    expect(captureKey(base)).not.toBe(captureKey({ ...base, hpi: 'a' }));
    expect(captureKey(base)).not.toBe(captureKey({ ...base, chiefComplaint: null, hpi: 'a' }));
  });
});
