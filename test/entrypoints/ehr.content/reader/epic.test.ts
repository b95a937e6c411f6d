import { afterEach, describe, expect, it } from 'vitest';
import { Capture } from '@/entrypoints/background/messages';
import { readChart } from '@/entrypoints/ehr.content/reader';
import { expectNoLeak, loadFixture, type LoadedPage } from '../load-fixture';

// The hidden second workspace (another patient), the previous encounter, SmartText blanks (***)
// and the labels they leave behind, later note sections, and a hidden SmartList.
const DISTRACTORS = [
  'Chest pain', 'John Smith', 'Smith, John', 'crushing', '72 y.o.', 'Right knee pain', '***', 'Severity', 'Onset', 'Review of Systems',
  'Physical Exam', 'BP', 'Assessment', 'Mechanical;Inflammatory', 'Penicillins',
];

let page: LoadedPage;
afterEach(async () => page?.close());

describe('Epic-like workspace', () => {
  it('reads the encounter heading as the CC (SmartText CC left blank), the HPI section, and "45 y.o. F"', () => {
    page = loadFixture('epic.html');
    const c = readChart(page.document);
    expect(Capture.parse(c)).toBeTruthy();
    expect(c.chiefComplaint).toBe('Low back pain');
    expect(c.hpi).toBe(
      'Jane Roe is a 45 y.o. female who presents with low back pain for 3 weeks after gardening. Pain radiates to the left buttock, worse with sitting.\n' +
        'Denies bowel or bladder changes, saddle numbness, fever or weight loss.',
    );
    expect(c.age).toBe(45);
    expect(c.sex).toBe('female');
    expect(c.where).toEqual([
      { part: 'chiefComplaint', label: "heading 'Office Visit'" },
      { part: 'hpi', label: "editor 'History of Present Illness'" },
      { part: 'age', label: "banner '45 y.o. F'" },
      { part: 'sex', label: "banner '45 y.o. F'" },
    ]);
    expectNoLeak(c, DISTRACTORS);
  });

  it('prefers the filled-in SmartText CC over the heading once it is typed', () => {
    page = loadFixture('epic.html');
    const editor = page.document.querySelector('.workspace.active .note-editor')!;
    editor.querySelector('p')!.innerHTML = '<b>Chief Complaint:</b> Low back pain radiating to the left buttock';
    const c = readChart(page.document);
    expect(c.chiefComplaint).toBe('Low back pain radiating to the left buttock');
    expectNoLeak(c, DISTRACTORS);
  });

  it('switches with the workspace tab', () => {
    page = loadFixture('epic.html');
    const [a, b] = Array.from(page.document.querySelectorAll('.workspace'));
    a.classList.remove('active');
    b.classList.add('active');
    page.document.title = 'Hyperspace - Smith, John';
    const c = readChart(page.document);
    expect(c.chiefComplaint).toBe('Chest pain radiating to the left arm');
    expect(c.hpi).toBe('John Smith is a 72 y.o. male with crushing chest pain since this morning.');
    expect(c.age).toBe(72);
    expect(c.sex).toBe('male');
    expectNoLeak(c, ['Jane', 'gardening', 'buttock', 'Right knee pain', '45 y.o.']);
  });
});
