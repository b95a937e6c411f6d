// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { assessText } from '../../../rules/assess';
import { highlightPieces } from '../../../rules/report/highlight';
import type { ExtractedFeature } from '../../../rules/vocabulary/extraction';

const ev = (start: number, end: number, status: 'present' | 'absent' | 'uncertain' = 'present') => ({
  start,
  end,
  text: '',
  status,
  section: 'hpi',
  historical: false,
});

describe('highlightPieces', () => {
  it('joins back into the text and marks every evidence span', () => {
    const text = 'CC: back pain. Denies fever, no saddle anesthesia, no bowel or bladder changes.';
    const { features } = assessText(text);
    const pieces = highlightPieces(text, features);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    const marked = pieces.filter((p) => p.marks.length).map((p) => p.text);
    expect(marked).toContain('fever');
    expect(marked).toContain('saddle anesthesia');
    const fever = pieces.find((p) => p.text === 'fever')!;
    expect(fever.marks).toEqual([{ feature: 'fever', status: 'absent' }]);
  });

  it('keeps both features on words two features share', () => {
    const text = 'no bowel or bladder changes';
    const features: ExtractedFeature[] = [
      { id: 'urinary_retention', status: 'absent', evidence: [ev(3, 27, 'absent')], conflict: false },
      { id: 'fecal_incontinence', status: 'absent', evidence: [ev(3, 8, 'absent')], conflict: false },
    ];
    const pieces = highlightPieces(text, features);
    expect(pieces.map((p) => [p.text, p.marks.map((m) => m.feature)])).toEqual([
      ['no ', []],
      ['bowel', ['urinary_retention', 'fecal_incontinence']],
      [' or bladder changes', ['urinary_retention']],
    ]);
  });

  it('clamps offsets outside the text and skips empty spans', () => {
    const features: ExtractedFeature[] = [{ id: 'fever', status: 'present', evidence: [ev(2, 99), ev(50, 60)], conflict: false }];
    const pieces = highlightPieces('a fever', features);
    expect(pieces.map((p) => p.text)).toEqual(['a ', 'fever']);
    expect(pieces[1].marks).toHaveLength(1);
  });

  it('gives one plain piece for text without features, none for empty text', () => {
    expect(highlightPieces('plain', [])).toEqual([{ start: 0, end: 5, text: 'plain', marks: [] }]);
    expect(highlightPieces('', [])).toEqual([]);
  });
});
