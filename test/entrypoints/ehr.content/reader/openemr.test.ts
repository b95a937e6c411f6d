import { afterEach, describe, expect, it } from 'vitest';
import { Capture } from '@/entrypoints/background/messages';
import { readChart } from '@/entrypoints/ehr.content/reader';
import { expectNoLeak, loadFixture, type LoadedPage } from '../load-fixture';

// Hidden tabs (calendar, flow board), the collapsed 2024 SOAP form, the scheduled reason in the
// textarea's markup, and screen-reader-only text.
const DISTRACTORS = [
  'Chest pain on exertion', 'Cough and fever', 'Dizziness when standing', 'Rash on both arms', 'Ankle sprain', 'Palpitations',
  'Medication refill', 'lisinopril', 'Right knee pain', 'hiking', 'effusion', 'Sore throat', 'Paraspinal tenderness',
  'Acute mechanical low back pain', 'Smith', 'Lopez',
];
const EDITED_REASON = 'Low back pain after lifting boxes at work, 5 days';
const HPI =
  '44 yo woman with 5 days of low back pain after lifting boxes at work. Pain is worse with bending and better lying down, no radiation to the legs.\n' +
  'No bowel or bladder changes, no saddle numbness, no fever.';

let page: LoadedPage;
afterEach(async () => page?.close());

function edit(p: LoadedPage, value: string): void {
  const reason = p.docs.get('openemr-encounter.html')!.getElementById('reason') as HTMLTextAreaElement;
  reason.value = value;
}

describe('OpenEMR-like page (tab iframes)', () => {
  it('reads the edited Reason for Visit, the Subjective field, age and sex, from the visible tab frame', () => {
    page = loadFixture('openemr.html');
    edit(page, EDITED_REASON);
    const c = readChart(page.document);
    expect(Capture.parse(c)).toBeTruthy();
    expect(c.chiefComplaint).toBe(EDITED_REASON);
    expect(c.hpi).toBe(HPI);
    expect(c.text).toBeNull();
    expect(c.age).toBe(44);
    expect(c.sex).toBe('female');
    expect(c.reason).toBeUndefined();
    expect(c.origin).toBe('https://ehr.example.org');
    expect(c.where).toEqual([
      { part: 'chiefComplaint', label: "textarea 'Reason for Visit' in a frame" },
      { part: 'hpi', label: "textarea 'Subjective' in a frame" },
      { part: 'age', label: "banner 'Age: 44'" },
      { part: 'sex', label: "banner 'Sex: Female'" },
    ]);
    expectNoLeak(c, DISTRACTORS);
  });

  it('reads the textarea’s current value, not the text in its markup', () => {
    page = loadFixture('openemr.html');
    expect(readChart(page.document).chiefComplaint).toBe('Medication refill - lisinopril');
    edit(page, '');
    const c = readChart(page.document);
    expect(c.chiefComplaint).toBeNull();
    expect(c.hpi).toBe(HPI);
    expectNoLeak(c, DISTRACTORS);
  });

  it('does not take the hidden flow board for a multi-patient page', () => {
    page = loadFixture('openemr.html');
    edit(page, EDITED_REASON);
    expect(readChart(page.document).reason).toBeUndefined();
  });

  it('reads the flow board tab as a board once it is the visible tab', () => {
    page = loadFixture('openemr.html');
    page.document.getElementById('tab-flb')!.removeAttribute('style');
    page.document.getElementById('tab-enc')!.setAttribute('style', 'display: none;');
    const c = readChart(page.document);
    expect(c.chiefComplaint).toBeNull();
    expect(c.hpi).toBeNull();
    expect(c.age).toBeNull();
    expect(c.sex).toBeNull();
    expect(c.reason).toMatch(/several patients/);
    expectNoLeak(c, ['Chest pain on exertion', 'Cough and fever', 'Medication refill']);
  });
});
