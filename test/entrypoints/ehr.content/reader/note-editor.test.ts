import { afterEach, describe, expect, it } from 'vitest';
import { Capture } from '@/entrypoints/background/messages';
import { readChart } from '@/entrypoints/ehr.content/reader';
import { expectNoLeak, loadFixture, type LoadedPage } from '../load-fixture';

// JSON app state, a text/html template script, an inline script, a <template>, the hidden
// template preview, the scratch pad, and the note's later sections.
const DISTRACTORS = [
  'Chest pain radiating to the jaw', 'Abdominal pain after meals', 'Headache behind the eyes', 'Dizziness on standing', 'Sore throat template',
  'knee replacement', 'Call pharmacy', 'prior authorization', 'Otherwise negative', 'paraspinal spasm', 'Acute lumbar strain', 'Other Person',
  '61 yo', '80 yo', '***', 'Rich Text Area',
];

let page: LoadedPage;
afterEach(async () => page?.close());

describe('free-text note editor', () => {
  it('reads inline CC:/HPI: lines from the editor inside the iframe body', () => {
    page = loadFixture('note-editor.html');
    const c = readChart(page.document);
    expect(Capture.parse(c)).toBeTruthy();
    expect(c.chiefComplaint).toBe('Low back pain after moving furniture, 2 days');
    expect(c.hpi).toBe(
      '39 yo M with acute low back pain that started 2 days ago while moving a couch. Pain is 6/10, localized to the right lower back, no radiation.\n' +
        'No numbness, weakness, urinary retention or incontinence. No fever.\n' +
        'Ibuprofen helps a little.',
    );
    expect(c.text).toBeNull();
    expect(c.age).toBe(39);
    expect(c.sex).toBe('male');
    expect(c.where).toEqual([
      { part: 'chiefComplaint', label: "editor 'CC' in a frame" },
      { part: 'hpi', label: "editor 'HPI' in a frame" },
      { part: 'age', label: "banner 'Age: 39'" },
      { part: 'sex', label: "banner 'Gender: Male'" },
    ]);
    expectNoLeak(c, DISTRACTORS);
  });

  it('reads a contenteditable note typed in the page itself, with both labels on one line', () => {
    page = loadFixture('note-editor.html');
    page.document.querySelector('.editor-wrap')!.remove();
    const pad = page.document.querySelector('.scratch')!;
    pad.innerHTML = '<div>CC: Back pain. HPI: Two days of back pain after a fall on ice, no numbness.</div><div>Plan: X-ray.</div>';
    const c = readChart(page.document);
    expect(c.chiefComplaint).toBe('Back pain.');
    expect(c.hpi).toBe('Two days of back pain after a fall on ice, no numbness.');
    expect(c.where[0]).toEqual({ part: 'chiefComplaint', label: "editor 'CC'" });
    expectNoLeak(c, ['X-ray', 'Call pharmacy', ...DISTRACTORS]);
  });

  it('returns an unlabelled note as free text', () => {
    page = loadFixture('note-editor.html');
    page.document.querySelector('.editor-wrap')!.remove();
    const c = readChart(page.document);
    expect(c.chiefComplaint).toBeNull();
    expect(c.hpi).toBeNull();
    expect(c.text).toBe('Call pharmacy about the prior authorization for the cream.');
    expect(c.where[0]).toEqual({ part: 'text', label: "editor 'Scratch pad'" });
  });
});
