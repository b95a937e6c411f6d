import { afterEach, describe, expect, it } from 'vitest';
import { Capture } from '@/entrypoints/background/messages';
import { readChart } from '@/entrypoints/ehr.content/reader';
import { expectNoLeak, loadFixture, type LoadedPage } from '../load-fixture';

// CC1 and CC3 tabs (hidden by a stylesheet rule), the prior-visit panel (visibility: hidden),
// placeholders of the empty CC3 fields, and the HPI element inputs.
const DISTRACTORS = ['Floaters', 'flashes', 'curtain', 'Itchy watery eyes', 'ketotifen', 'Chief Complaint 3', 'HPI 3', 'constant', 'nightly', '6/10', 'Lids', 'white and quiet'];

let page: LoadedPage;
afterEach(async () => page?.close());

describe('eye-form-like page with CC1/CC2/CC3 tabs', () => {
  it('reads the selected CC2 tab only', () => {
    page = loadFixture('eye-form.html');
    const c = readChart(page.document);
    expect(Capture.parse(c)).toBeTruthy();
    expect(c.chiefComplaint).toBe('Low back pain that wakes her at night, 4 months');
    expect(c.hpi).toBe(
      'Morning stiffness for about an hour, better after exercise, not better with rest. Alternating buttock pain. Had an episode of a red painful eye last year.',
    );
    expect(c.age).toBe(34);
    expect(c.sex).toBe('female');
    expect(c.where.map((w) => w.part)).toEqual(['chiefComplaint', 'hpi', 'age', 'sex']);
    expect(c.where[2]).toEqual({ part: 'age', label: "banner '34 yrs'" });
    expectNoLeak(c, DISTRACTORS);
  });

  it('follows the tab the clinician selects', () => {
    page = loadFixture('eye-form.html');
    page.document.getElementById('tab2_CC_text')!.classList.remove('active');
    page.document.getElementById('tab1_CC_text')!.classList.add('active');
    const c = readChart(page.document);
    expect(c.chiefComplaint).toBe('Floaters in the left eye for 2 days');
    expect(c.hpi).toBe('Sudden onset of floaters OS, no flashes, no curtain over vision.');
    expectNoLeak(c, ['Low back pain', 'Morning stiffness', 'Itchy']);
  });

  it('reads nothing from an empty tab (placeholders are not values)', () => {
    page = loadFixture('eye-form.html');
    page.document.getElementById('tab2_CC_text')!.classList.remove('active');
    page.document.getElementById('tab3_CC_text')!.classList.add('active');
    const c = readChart(page.document);
    expect(c.chiefComplaint).toBeNull();
    expect(c.hpi).toBeNull();
    expect(c.reason).toMatch(/no chief complaint/);
    expect(c.age).toBe(34);
    expectNoLeak(c, DISTRACTORS.concat('Low back pain'));
  });
});
