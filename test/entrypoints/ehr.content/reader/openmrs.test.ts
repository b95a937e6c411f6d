import { afterEach, describe, expect, it } from 'vitest';
import { Capture } from '@/entrypoints/background/messages';
import { readChart } from '@/entrypoints/ehr.content/reader';
import { expectNoLeak, loadFixture, type LoadedPage } from '../load-fixture';

// The past visit (visible, but an earlier encounter), the off-screen unsaved draft, the tab
// buttons and the empty Plan field. (Patient switching is tested with the watcher.)
const DISTRACTORS = ['Cough and fever', 'Acute bronchitis', 'Headache behind the eyes', 'Unsaved draft', 'Visit note', 'Vitals', 'OpenMRS ID'];

let page: LoadedPage;
afterEach(async () => page?.close());

describe('OpenMRS-like single-page app', () => {
  it('reads the visit-note form, and age and sex from an unlabelled banner with hashed classes', () => {
    page = loadFixture('openmrs.html');
    const c = readChart(page.document);
    expect(Capture.parse(c)).toBeTruthy();
    expect(c.chiefComplaint).toBe('Low back pain with numbness down the left leg');
    expect(c.hpi).toBe(
      'Pain for 10 days after bending to pick up her grandson. Numbness along the outer left foot. Some difficulty starting urination since yesterday.',
    );
    expect(c.age).toBe(52);
    expect(c.sex).toBe('female');
    expect(c.where).toEqual([
      { part: 'chiefComplaint', label: "text field 'Chief complaint'" },
      { part: 'hpi', label: "textarea 'History of present illness'" },
      { part: 'age', label: "banner '52 yrs'" },
      { part: 'sex', label: "banner 'Female'" },
    ]);
    expectNoLeak(c, DISTRACTORS);
  });

  it('never falls back to the past visit when the form is empty', () => {
    page = loadFixture('openmrs.html');
    (page.document.getElementById(':r3:') as HTMLInputElement).value = '';
    (page.document.getElementById(':r4:') as HTMLTextAreaElement).value = '';
    const c = readChart(page.document);
    expect(c.chiefComplaint).toBeNull();
    expect(c.hpi).toBeNull();
    expect(c.reason).toMatch(/earlier encounters/);
    expectNoLeak(c, DISTRACTORS);
  });
});
