import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Words } from '../../../rules/context/engine';

/** Words starting in [a, b) as /\S+/g finds them from `start`. */
function plainBetween(text: string, start: number, end: number, a: number, b: number): number {
  const re = /\S+/g;
  re.lastIndex = start;
  let n = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m.index < end) if (m.index >= a && m.index < b) n++;
  return n;
}

describe('Words', () => {
  it('counts the words between two places, in words that start there', () => {
    const w = new Words('no  saddle\tnumbness,\nor weakness', 0, 31);
    expect(w.between(0, 31)).toBe(5);
    expect(w.between(3, 20)).toBe(2);
  });

  it('counts a segment that starts inside a word from its start', () => {
    expect(new Words('pain,fever', 5, 10).between(5, 10)).toBe(1);
  });

  it('finds the words /\\S+/g finds, for any text and range', () => {
    const piece = fc.constantFrom('a', 'pain', ' ', '  ', '\n', '\t', '\u00a0', '\u2003', ',', '.', 'é');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.nat(), fc.nat(), fc.nat(), fc.nat(), (parts, x, y, u, v) => {
        const text = parts.join('');
        const start = x % (text.length + 1);
        const end = start + (y % (text.length - start + 1));
        const a = u % (text.length + 1);
        const b = a + (v % (text.length - a + 1));
        expect(new Words(text, start, end).between(a, b)).toBe(plainBetween(text, start, end, a, b));
      }),
    );
  });
});
