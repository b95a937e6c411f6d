import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Capture } from '@/entrypoints/background/messages';
import { readChart, readChartDetailed } from '@/entrypoints/ehr.content/reader';
import { DEFAULT_LIMITS } from '@/entrypoints/ehr.content/reader/walk';
import { athenaTransform } from '../filler';
import { expectNoLeak, loadFixture, snapshot, type LoadedPage } from '../load-fixture';

// The cross-origin partner frame, bootstrap JSON in scripts (two of them, ~1 MB), the generated
// chart history (visible results and documents, hidden archived encounters), the collapsed older
// encounter, a hidden draft line inside the shadow root, and the sections after the HPI.
const DISTRACTORS = [
  'Medication refill request', 'oxycodone', 'Migraine', 'Gout', 'Chest pain episode', 'Left shoulder pain', 'tennis', 'Right knee pain',
  'Sinus congestion', 'Plantar fasciitis', 'consider gout', 'afternoon appointments', 'No weight loss', 'Hemoglobin', 'Referral letter', 'Quest',
];
const CC = 'Low back pain and morning stiffness';
const HPI =
  '58 y/o woman with 4 months of low back pain and morning stiffness lasting over an hour, better with exercise and not with rest.\n' +
  'Wakes in the second half of the night with pain; alternating buttock pain.';

let page: LoadedPage;
let bytes = 0;
beforeAll(() => {
  page = loadFixture('athena.html', {
    transform: (html, file) => {
      const out = athenaTransform(html, file);
      bytes += out.length;
      return out;
    },
  });
}, 120_000);
afterAll(async () => page?.close());

describe('athena-like page: iframe → frame → iframe → open shadow root, 2–3 MB', () => {
  it('is a multi-megabyte page with one cross-origin frame', () => {
    expect(bytes).toBeGreaterThan(2_000_000);
    expect(bytes).toBeLessThan(3_200_000);
    expect(page.crossOriginFrames).toHaveLength(1);
    expect(() => (page.crossOriginFrames[0] as HTMLIFrameElement).contentDocument).toThrow();
  });

  it('reads CC and HPI from the shadow root inside the nested frames', () => {
    readChart(page.document, { limits: { maxMs: 60_000 } }); // warm-up (first use of the DOM and of the code)
    // A generous budget here: this test is about what is read; the budget is tested below.
    const r = readChartDetailed(page.document, { limits: { maxMs: 60_000 } });
    const c = r.capture;
    expect(Capture.parse(c)).toBeTruthy();
    expect(r.truncated).toBe(false);
    // The 9,000-row results table and the 3,500-item document list are searched only up to
    // DEFAULT_LIMITS.maxItems rows / items each: a few thousand elements, not all 77,000.
    expect(r.elements).toBeGreaterThan(3_000);
    expect(r.elements).toBeLessThan(15_000);
    expect(r.ms).toBeLessThan(5_000);
    expect(c.chiefComplaint).toBe(CC);
    expect(c.hpi).toBe(HPI);
    expect(c.age).toBe(58);
    expect(c.sex).toBe('female');
    expect(c.where).toEqual([
      { part: 'chiefComplaint', label: "field 'Chief Complaint' in a frame in a shadow root" },
      { part: 'hpi', label: "field 'HPI' in a frame in a shadow root" },
      { part: 'age', label: "banner '58yo F'" },
      { part: 'sex', label: "banner '58yo F'" },
    ]);
    expectNoLeak(c, DISTRACTORS);
    console.info(`athena-like fixture: ${(bytes / 1e6).toFixed(2)} MB, ${r.elements} elements, readChart ${r.ms.toFixed(0)} ms in happy-dom`);
  });

  it('reads the same with every row and item searched (no cap on lists)', () => {
    const all = readChartDetailed(page.document, { limits: { maxMs: 60_000, maxItems: Infinity } });
    expect(all.truncated).toBe(false);
    expect(all.elements).toBeGreaterThan(50_000);
    const capped = readChartDetailed(page.document, { limits: { maxMs: 60_000 } });
    expect({ ...all.capture, at: 0 }).toEqual({ ...capped.capture, at: 0 });
  });

  it('stops at the element budget without error and says why nothing was read', () => {
    const r = readChartDetailed(page.document, { limits: { maxElements: 2_000 } });
    expect(r.truncated).toBe(true);
    expect(r.elements).toBeLessThanOrEqual(2_001);
    expect(r.capture.chiefComplaint).toBeNull();
    expect(r.capture.reason).toMatch(/too large to read completely/);
    expectNoLeak(r.capture, DISTRACTORS);
  });

  it('stops at the time budget', () => {
    const t = performance.now();
    const r = readChartDetailed(page.document, { limits: { maxMs: 5 } });
    expect(r.truncated).toBe(true);
    expect(performance.now() - t).toBeLessThan(600);
  });

  it('keeps a whole read near the default budget', () => {
    const r = readChartDetailed(page.document);
    expect(r.ms).toBeLessThan(DEFAULT_LIMITS.maxMs + 500);
    if (!r.truncated) expect(r.capture.chiefComplaint).toBe(CC);
  });

  it('reads from a frame’s document down as well, skipping the cross-origin frame silently', () => {
    const r = readChartDetailed(page.docs.get('athena-main.html')!, {});
    expect(r.capture.chiefComplaint).toBe(CC);
    expectNoLeak(r.capture, DISTRACTORS);
  });

  it('leaves every document unchanged', () => {
    const before = snapshot(page);
    readChart(page.document);
    expect(snapshot(page)).toBe(before);
  });
});
