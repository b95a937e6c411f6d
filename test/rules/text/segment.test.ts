import { describe, it, expect } from 'vitest';
import { MAX_SEGMENT, segment, type Segment } from '../../../rules/text/segment';

/** The text of every segment, in order. */
const texts = (text: string) => segment(text).map((s) => text.slice(s.start, s.end));

/** The one segment whose text starts with `prefix`. */
function segmentStarting(text: string, prefix: string): Segment {
  const found = segment(text).filter((s) => text.slice(s.start, s.end).startsWith(prefix));
  expect(found, `one segment starting with ${JSON.stringify(prefix)}`).toHaveLength(1);
  return found[0];
}

/** Every segment must index the original text and stay inside it. */
function expectValidOffsets(text: string) {
  let last = -1;
  for (const s of segment(text)) {
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.end).toBeLessThanOrEqual(text.length);
    expect(s.start).toBeGreaterThanOrEqual(last);
    const raw = text.slice(s.start, s.end);
    expect(raw).toBe(raw.trim());
    last = s.end;
  }
}

describe('segment: sentences', () => {
  it('splits plain sentences at . ! ?', () => {
    expect(texts('Back pain for 3 months. Worse at night! Any fever? It comes and goes.')).toEqual([
      'Back pain for 3 months.',
      'Worse at night!',
      'Any fever?',
      'It comes and goes.',
    ]);
  });

  it.each([
    ['Seen by Dr. Smith today. Pain is worse.', ['Seen by Dr. Smith today.', 'Pain is worse.']],
    ['42 y.o. male with LBP. No fever.', ['42 y.o. male with LBP.', 'No fever.']],
    ['Disc bulge vs. stenosis. Plan MRI.', ['Disc bulge vs. stenosis.', 'Plan MRI.']],
    ['Lesion 5.5 cm in size. Next step CT.', ['Lesion 5.5 cm in size.', 'Next step CT.']],
    ['Temp 37.2 today. Stable.', ['Temp 37.2 today.', 'Stable.']],
    ['Pt reports ?saddle numbness. Will examine.', ['Pt reports ?saddle numbness.', 'Will examine.']],
    ['Denies fever. ?saddle numbness.', ['Denies fever.', '?saddle numbness.']],
  ])('does not split inside abbreviations, decimals or hedges: %j', (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it('keeps a spaced hedge "? word" after a comma or colon inside its sentence', () => {
    expect(texts('LBP, ? saddle numbness, no fever.')).toEqual(['LBP, ? saddle numbness, no fever.']);
    expect(texts('Exam: ? saddle numbness. Plan MRI.')).toEqual(['Exam: ? saddle numbness.', 'Plan MRI.']);
  });

  it('keeps a question and its yes/no answer together', () => {
    expect(texts('Any numbness? No. Pain worse.')).toEqual(['Any numbness? No.', 'Pain worse.']);
  });

  it('ends a sentence after a "No." answer, but not after "No." before a number', () => {
    expect(texts('Fever: No. Night sweats: Yes.')).toEqual(['Fever: No.', 'Night sweats: Yes.']);
    expect(texts('Rx No. 5 given. Pain.')).toEqual(['Rx No. 5 given.', 'Pain.']);
  });

  it('splits each line separately', () => {
    expect(texts('back pain\nno fever')).toEqual(['back pain', 'no fever']);
  });
});

describe('segment: list items', () => {
  it('drops "- " and "1. " bullets from the segment but keeps offsets in the original', () => {
    const text = '- fever\n- weight loss\n1. night sweats\n2) LBP';
    expect(texts(text)).toEqual(['fever', 'weight loss', 'night sweats', 'LBP']);
    const segs = segment(text);
    expect(segs[0].start).toBe(2);
    expect(segs[2].start).toBe(text.indexOf('night sweats'));
  });

  it('drops a "-" glued to a single item as a bullet, but keeps the first sign of a line of signed items', () => {
    expect(texts('-saddle numbness\n-worse with bending')).toEqual(['saddle numbness', 'worse with bending']);
    expect(texts('-fever -wt loss +night sweats')).toEqual(['-fever -wt loss +night sweats']);
  });

  it('does not read "1." inside a decimal as a list item', () => {
    expect(texts('1.5 cm lesion')).toEqual(['1.5 cm lesion']);
  });
});

describe('segment: section headers', () => {
  it('tags following lines with the header section until the next header', () => {
    const text = 'HPI: back pain for 3 months.\nWorse at night.\nROS: no fever.\nNo weight loss.\nA/P: mechanical LBP.\nNSAIDs.';
    expect(segmentStarting(text, 'HPI:').section).toBe('hpi');
    expect(segmentStarting(text, 'Worse at night').section).toBe('hpi');
    expect(segmentStarting(text, 'ROS:').section).toBe('ros');
    expect(segmentStarting(text, 'No weight loss').section).toBe('ros');
    expect(segmentStarting(text, 'A/P:').section).toBe('plan');
    expect(segmentStarting(text, 'NSAIDs').section).toBe('plan');
  });

  it('recognises a header alone on its line', () => {
    const text = 'HPI:\nback pain.\nROS:\nno fever.';
    expect(segmentStarting(text, 'back pain').section).toBe('hpi');
    expect(segmentStarting(text, 'no fever').section).toBe('ros');
  });

  it('text before any header is body', () => {
    expect(segment('Back pain.')[0].section).toBe('body');
  });

  it('FHx: gives family scope to following lines, ended by a blank line', () => {
    const text = 'FHx: mother with psoriasis.\nUncle with AS.\n\nPt has psoriasis.';
    const first = segmentStarting(text, 'FHx:');
    expect(first.section).toBe('fhx');
    expect(first.scope).toBe('family');
    const second = segmentStarting(text, 'Uncle');
    expect(second.section).toBe('fhx');
    expect(second.scope).toBe('family');
    const after = segmentStarting(text, 'Pt has psoriasis');
    expect(after.scope).toBeUndefined();
    expect(after.section).not.toBe('fhx');
  });

  it('a line of labels each followed by a mark is one cell per label, each answered by its mark', () => {
    const text = 'Fever ✓ Weight loss ✗ Retention [Y] Saddle [N]';
    expect(segmentStarting(text, 'Fever').checklist?.answer).toBe('present');
    expect(segmentStarting(text, 'Weight loss').checklist?.answer).toBe('absent');
    expect(segmentStarting(text, 'Retention').checklist?.answer).toBe('present');
    expect(segmentStarting(text, 'Saddle').checklist?.answer).toBe('absent');
  });

  it('FHx: a sentence about the patient again ends family scope, on the same line or the next', () => {
    const text = 'FH: nil relevant. Patient has psoriasis.\nShe has had uveitis.';
    expect(segmentStarting(text, 'FH:').scope).toBe('family');
    expect(segmentStarting(text, 'Patient has').scope).toBeUndefined();
    expect(segmentStarting(text, 'She has').scope).toBeUndefined();
    expect(segmentStarting('FH: mother - psoriasis; she also has uveitis.', 'FH:').scope).toBe('family');
  });

  it('a blank line with Windows line endings also ends family scope', () => {
    const text = 'FHx: mother with RA.\r\nSister with uveitis.\r\n\r\nNo eye pain.';
    expect(segmentStarting(text, 'Sister').scope).toBe('family');
    expect(segmentStarting(text, 'No eye pain').scope).toBeUndefined();
  });

  it('FHx: scope ends at the next header', () => {
    const text = 'FHx: father with AS.\nSocial: smoker.';
    expect(segmentStarting(text, 'Social').scope).toBeUndefined();
    expect(segmentStarting(text, 'Social').section).toBe('social');
  });

  it('"Return precautions:" makes following lines hypothetical until a blank line', () => {
    const text = 'Return precautions: numbness in the groin.\nOr fever.\n\nFollow up in 2 weeks.';
    const head = segmentStarting(text, 'Return precautions');
    expect(head.section).toBe('precautions');
    expect(head.scope).toBe('hypothetical');
    expect(segmentStarting(text, 'Or fever').scope).toBe('hypothetical');
    const after = segmentStarting(text, 'Follow up');
    expect(after.scope).toBeUndefined();
    expect(after.section).toBe('body');
  });

  it('a mid-line FHx: applies only to its own sentence', () => {
    const text = 'Pt well. FHx: uncle with AS. Pt has psoriasis.';
    expect(segmentStarting(text, 'Pt well').scope).toBeUndefined();
    const fam = segmentStarting(text, 'FHx:');
    expect(fam.section).toBe('fhx');
    expect(fam.scope).toBe('family');
    const after = segmentStarting(text, 'Pt has psoriasis');
    expect(after.scope).toBeUndefined();
    expect(after.section).toBe('body');
  });

  it('a time such as "10:30" or a URL is not a header', () => {
    expect(segment('Seen at 10:30 today.')[0].section).toBe('body');
  });
});

describe('segment: flattened tables', () => {
  it('"Fever | No" is one checklist segment answered absent', () => {
    const text = 'Fever | No';
    const segs = segment(text);
    expect(segs).toHaveLength(1);
    expect(text.slice(segs[0].start, segs[0].end)).toBe('Fever | No');
    expect(segs[0].checklist?.answer).toBe('absent');
    const cl = segs[0].checklist!;
    expect(text.slice(cl.labelStart, cl.labelEnd)).toBe('Fever');
    expect(cl.cue).toBe('No');
  });

  it('"fever No | wt loss No" is two checklist segments, both absent', () => {
    const text = 'fever No | wt loss No';
    const segs = segment(text);
    expect(segs.map((s) => text.slice(s.start, s.end))).toEqual(['fever No', 'wt loss No']);
    expect(segs.map((s) => s.checklist?.answer)).toEqual(['absent', 'absent']);
    expect(segs.map((s) => text.slice(s.checklist!.labelStart, s.checklist!.labelEnd))).toEqual(['fever', 'wt loss']);
  });

  it('tab-separated cells are split like pipes', () => {
    expect(texts('Fever\tNight sweats\tWeight loss')).toEqual(['Fever', 'Night sweats', 'Weight loss']);
  });
});

describe('segment: checklists', () => {
  it.each([
    ['Saddle anesthesia: No', 'absent', 'Saddle anesthesia'],
    ['Saddle anesthesia: YES - reports numbness when wiping', 'present', 'Saddle anesthesia'],
    ['[x] Fever', 'present', 'Fever'],
    ['[X] Night sweats', 'present', 'Night sweats'],
    ['[ ] fever', 'skip', 'fever'],
    ['Any numbness? No.', 'absent', 'Any numbness'],
    ['Asked about numbness: maybe a little', 'uncertain', 'Asked about numbness'],
    ['Weight loss: denies', 'absent', 'Weight loss'],
    ['Weight loss … no', 'absent', 'Weight loss'],
    ['HX MALIGNANCY ........ NO', 'absent', 'HX MALIGNANCY'],
    ['Night sweats ___ yes', 'present', 'Night sweats'],
    ['Fever --- neg', 'absent', 'Fever'],
    ['fever No', 'absent', 'fever'],
    ['wt loss\tyes;', 'present', 'wt loss'],
    ['Night sweats POS .  ', 'present', 'Night sweats'],
  ] as const)('%j → %s', (text, answer, label) => {
    const segs = segment(text);
    expect(segs).toHaveLength(1);
    const cl = segs[0].checklist;
    expect(cl).toBeDefined();
    expect(cl!.answer).toBe(answer);
    expect(text.slice(cl!.labelStart, cl!.labelEnd)).toBe(label);
    expect(cl!.answerStart).toBeGreaterThanOrEqual(0);
    expect(cl!.answerStart).toBeLessThanOrEqual(text.length);
  });

  it('the answer offset points at the answer words', () => {
    const text = 'Saddle anesthesia: YES - reports numbness';
    const cl = segment(text)[0].checklist!;
    expect(text.slice(cl.answerStart, cl.answerStart + 3)).toBe('YES');
    expect(cl.cue).toBe('YES');
  });

  it('an ordinary sentence is not a checklist', () => {
    expect(segment('Pain radiates down the left leg.')[0].checklist).toBeUndefined();
    expect(segment('No fever or chills.')[0].checklist).toBeUndefined();
  });

  it('a negated phrase followed by "no" is not read as a label-answer pair', () => {
    expect(segment('without fever no')[0].checklist).toBeUndefined();
  });

  it('checklist offsets are absolute in a longer text', () => {
    const text = 'ROS:\nSaddle anesthesia: No\n[x] Fever';
    const saddle = segmentStarting(text, 'Saddle');
    expect(text.slice(saddle.checklist!.labelStart, saddle.checklist!.labelEnd)).toBe('Saddle anesthesia');
    const fever = segmentStarting(text, '[x]');
    expect(text.slice(fever.checklist!.labelStart, fever.checklist!.labelEnd)).toBe('Fever');
  });
});

describe('segment: runs of label–answer pairs', () => {
  it.each([
    ['Fever: no; weight loss: yes; night sweats: no.', ['Fever: no;', 'weight loss: yes;', 'night sweats: no.']],
    ['Fever: no, weight loss: yes, night sweats: no', ['Fever: no,', 'weight loss: yes,', 'night sweats: no']],
    ['Fever - no; night sweats - yes', ['Fever - no;', 'night sweats - yes']],
    ['Red flags - saddle anaesthesia: yes; retention: no', ['Red flags - saddle anaesthesia: yes;', 'retention: no']],
  ])('%j is one checklist segment per pair', (text, parts) => {
    const segs = segment(text);
    expect(segs.map((s) => text.slice(s.start, s.end))).toEqual(parts);
    expect(segs.every((s) => s.checklist)).toBe(true);
  });

  it('a line of tick boxes is one checklist per box', () => {
    const text = '[ ] Fever  [x] Weight loss  [x] History of cancer';
    const segs = segment(text);
    expect(segs.map((s) => text.slice(s.start, s.end))).toEqual(['[ ] Fever', '[x] Weight loss', '[x] History of cancer']);
    expect(segs.map((s) => s.checklist?.answer)).toEqual(['skip', 'present', 'present']);
  });

  it('pairs separated by wide spaces are cut there', () => {
    const text = 'Fever: N  Wt loss: N  Night sweats: Y';
    expect(segment(text).map((s) => text.slice(s.start, s.end))).toEqual(['Fever: N', 'Wt loss: N', 'Night sweats: Y']);
  });

  it('a heading in front of the run is a segment of its own, and each pair after it is a checklist', () => {
    const text = 'ROS: fever - no; saddle anaesthesia - no.';
    const segs = segment(text);
    expect(segs.map((s) => text.slice(s.start, s.end))).toEqual(['ROS: ', 'fever - no;', 'saddle anaesthesia - no.']);
    expect(segs.slice(1).map((s) => s.checklist?.answer)).toEqual(['absent', 'absent']);
  });

  it.each(['Denies: fever, chills, weight loss.', 'Pain: worse with sitting, better with walking.', 'No fever, no chills.'])('%j is not cut', (text) => {
    expect(segment(text)).toHaveLength(1);
  });
});

describe('segment: long lines', () => {
  it('caps segments at MAX_SEGMENT characters, splitting at spaces', () => {
    const text = 'word '.repeat(1000).trim();
    const segs = segment(text);
    expect(segs.length).toBeGreaterThan(1);
    for (const s of segs) {
      expect(s.end - s.start).toBeLessThanOrEqual(MAX_SEGMENT);
      const raw = text.slice(s.start, s.end);
      expect(raw.startsWith('word')).toBe(true);
      expect(raw.endsWith('word')).toBe(true);
    }
    // Every word is in exactly one segment.
    expect(segs.map((s) => text.slice(s.start, s.end)).join(' ')).toBe(text);
  });

  it('caps a line with no spaces too', () => {
    const text = 'x'.repeat(MAX_SEGMENT * 3 + 7);
    const segs = segment(text);
    for (const s of segs) expect(s.end - s.start).toBeLessThanOrEqual(MAX_SEGMENT);
    expect(segs.map((s) => text.slice(s.start, s.end)).join('')).toBe(text);
  });

  it('segments a 1 MB line quickly', () => {
    const text = 'pain and stiffness. '.repeat(50_000);
    const t0 = performance.now();
    const segs = segment(text);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(segs.length).toBe(50_000);
  });
});

describe('segment: offsets index the original text', () => {
  const notes = [
    'HPI: 42M with LBP x 3 months.\n- Stiff in the morning ~1 h.\n- Better with exercise.\n\nROS:\nFever | No\nfever No | wt loss No\n[x] Night sweats\n[ ] Weight loss\nSaddle anesthesia: YES - numb when wiping\nAny numbness? No.\n\nFHx: mother with psoriasis.\n\nA/P: Dr. Smith to review. ? saddle numbness. Return precautions: fever.',
    '  \r\n\tIndented line.  Two   spaces.\r\n\r\n1) First item.\n2) Second item!',
    'word '.repeat(400),
    '',
    '\n\n\n',
    '|||',
  ];
  it.each(notes.map((n, i) => [i, n] as const))('note %i', (_i, text) => {
    expectValidOffsets(text);
    for (const s of segment(text)) {
      const raw = text.slice(s.start, s.end);
      expect(raw.length).toBe(s.end - s.start);
      expect(raw).not.toMatch(/\n/);
      if (s.checklist) {
        expect(s.checklist.labelStart).toBeGreaterThanOrEqual(s.start);
        expect(s.checklist.labelEnd).toBeLessThanOrEqual(s.end);
        expect(s.checklist.answerStart).toBeLessThanOrEqual(s.end);
      }
    }
  });

  it('returns no segments for blank text', () => {
    expect(segment('')).toEqual([]);
    expect(segment('   \n\t\n')).toEqual([]);
  });
});
