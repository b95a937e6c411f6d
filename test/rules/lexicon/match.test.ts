import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LEXICON } from '../../../rules/lexicon/index';
import { compilePattern, matchLexicon, matchWithin } from '../../../rules/lexicon/match';
import type { ParsedEntry } from '../../../rules/lexicon/schema';

/**
 * The plain way to match a lexicon: every entry's regex scans the whole text. The matcher tries
 * entries only where their first characters are; it must find exactly what this finds.
 */
function scanEveryEntry(text: string, lexicon: ParsedEntry[] = LEXICON) {
  const all: Array<{ start: number; end: number; entry: ParsedEntry }> = [];
  for (const entry of lexicon) {
    const re = new RegExp(entry.patterns.map(compilePattern).join('|'), entry.caseSensitive ? 'g' : 'gi');
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      if (m[0].length === 0) re.lastIndex++;
      else all.push({ start: m.index, end: m.index + m[0].length, entry });
    }
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const lastEnd = new Map<string, number>();
  return all.filter((m) => {
    if ((lastEnd.get(m.entry.concept) ?? -1) >= m.end) return false;
    lastEnd.set(m.entry.concept, Math.max(lastEnd.get(m.entry.concept) ?? -1, m.end));
    return true;
  });
}

const shape = (ms: Array<{ start: number; end: number; entry: ParsedEntry }>) => ms.map((m) => `${m.start}-${m.end} ${LEXICON.indexOf(m.entry)}`);

const NOTES: string[] = ['heldout.json', 'heldout2.json', 'heldout3.json'].flatMap((f) =>
  (JSON.parse(readFileSync(join(__dirname, '../../fixtures/corpus', f), 'utf8')) as Array<{ text: string }>).map((c) => c.text),
);

describe('matchLexicon', () => {
  it('finds exactly what scanning the text with every entry finds, on every held-out note', () => {
    expect(NOTES.length).toBeGreaterThan(50);
    for (const note of NOTES) expect(shape(matchLexicon(note)), note.slice(0, 80)).toEqual(shape(scanEveryEntry(note)));
  });

  it('finds exactly the same on notes with odd case, whitespace, quotes and non-ASCII letters', () => {
    const odd = fc.constantFrom(' ', '\t', '\n', '\u00a0', '\u2003', 'É', 'ß', 'ı', 'ſ', 'K', '’', '“', '-', '/', '.', '_', '7/10', '↑');
    const note = fc.tuple(fc.constantFrom(...NOTES), fc.nat(), fc.array(fc.tuple(fc.nat(300), odd), { maxLength: 12 }), fc.boolean()).map(([n, at, edits, upper]) => {
      let t = n.slice(at % n.length, (at % n.length) + 300);
      for (const [pos, s] of edits) t = t.slice(0, pos % (t.length + 1)) + s + t.slice(pos % (t.length + 1));
      return upper ? t.toUpperCase() : t;
    });
    fc.assert(
      fc.property(note, (t) => {
        expect(shape(matchLexicon(t))).toEqual(shape(scanEveryEntry(t)));
      }),
      { numRuns: 300 },
    );
  });

  it('matches a phrase across a line break and indentation, up to eight whitespace characters', () => {
    const concepts = (t: string) => matchLexicon(t).map((m) => m.concept);
    expect(concepts('Pain is worse with\n      rest.')).toContain('worse_with_rest');
    expect(concepts(`Pain is worse with${' '.repeat(8)}rest.`)).toContain('worse_with_rest');
    expect(concepts(`Pain is worse with${' '.repeat(9)}rest.`)).not.toContain('worse_with_rest');
  });

  it('reports a span once per concept, the longest, and keeps case-sensitive entries case-sensitive', () => {
    const entry = { assume: 'present', caseSensitive: false, recentOnly: false, familySpa: false, minorTrauma: false } as const;
    const lexicon: ParsedEntry[] = [
      { ...entry, concept: 'hla_b27_positive', patterns: ['hla-?b27'] },
      { ...entry, concept: 'hla_b27_positive', patterns: ['hla-?b27 positive'] },
      { ...entry, concept: 'spa_condition', patterns: ['AS'], caseSensitive: true, familySpa: true },
    ];
    const found = matchLexicon('HLA-B27 positive; as noted, AS in father', lexicon);
    expect(found.map((m) => [m.concept, m.start, m.end])).toEqual([
      ['hla_b27_positive', 0, 16],
      ['spa_condition', 28, 30],
    ]);
  });

  it('matches nothing in empty or wordless text', () => {
    expect(matchLexicon('')).toEqual([]);
    expect(matchLexicon(' \n\t.;,'.repeat(100))).toEqual([]);
  });
});

describe('matchWithin', () => {
  it('cuts a match whose word gap ran onto the next line back to the phrase on its own line', () => {
    const text = 'Bilateral leg symptoms  Y\nProgressive weakness  N';
    const long = matchLexicon(text).find((m) => m.concept === 'bilateral_leg_symptoms')!;
    expect(text.slice(long.start, long.end)).toContain('weakness');
    const cut = matchWithin(text, long, text.indexOf('\n'))!;
    expect(text.slice(cut.start, cut.end)).toBe('Bilateral leg symptoms');
  });

  it('gives nothing when no phrase of the entry fits before the cut', () => {
    const text = 'Bilateral leg symptoms';
    const m = matchLexicon(text).find((x) => x.concept === 'bilateral_leg_symptoms')!;
    expect(matchWithin(text, m, 'Bilateral'.length)).toBeUndefined();
  });
});
