import { afterEach, describe, expect, it } from 'vitest';
import { Capture } from '@/entrypoints/background/messages';
import { readChart } from '@/entrypoints/ehr.content/reader';
import { expectNoLeak, loadFixture, type LoadedPage } from '../load-fixture';

// "--" placeholders, visually-hidden screen-reader text, a visibility-hidden prior row inside
// the HPI rows, and the sections after the HPI.
const DISTRACTORS = ['Dizziness', 'vertigo', 'Epley', '--', 'Ambulatory', 'Negative except', 'Midline lumbar', 'NKA', 'Rm 4'];

let page: LoadedPage;
afterEach(async () => page?.close());

describe('Cerner-like summary', () => {
  it('skips "--" values, reads Reason for Visit from dl/dt/dd and the HPI continued over grid rows', () => {
    page = loadFixture('cerner.html');
    const c = readChart(page.document);
    expect(Capture.parse(c)).toBeTruthy();
    expect(c.chiefComplaint).toBe('Low back pain, worse over 2 weeks');
    expect(c.hpi).toBe(
      '67 yo male with low back pain for 2 weeks, no trauma.\n' +
        'Pain wakes him at night; he reports 5 kg unintentional weight loss since September.\n' +
        'History of prostate cancer treated in 2015.',
    );
    expect(c.age).toBe(67);
    expect(c.sex).toBe('male');
    expect(c.where).toEqual([
      { part: 'chiefComplaint', label: "list item 'Reason for Visit'" },
      { part: 'hpi', label: "table cell 'History of Present Illness'" },
      { part: 'age', label: "banner '67 yo'" },
      { part: 'sex', label: "banner 'Sex: Male'" },
    ]);
    expectNoLeak(c, DISTRACTORS);
  });

  it('takes the Chief Complaint entry once it is filled in', () => {
    page = loadFixture('cerner.html');
    page.document.querySelector('.pwx-dl dd')!.textContent = 'Back pain';
    const c = readChart(page.document);
    // Both are labelled chief-complaint fields: the first in the list wins.
    expect(c.chiefComplaint).toBe('Back pain');
  });
});
