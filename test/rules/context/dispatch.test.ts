/**
 * findTriggers walks a trie of the literal phrases and tries only the patterns that can start at
 * a character. It must find exactly what one regex of every trigger, tried everywhere, finds:
 * the same hits, in the same places, with the same rules.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileTriggers, findTriggers, triggerSource, type Hit } from '../../../rules/context/engine';
import type { TriggerRule } from '../../../rules/context/schema';
import { TRIGGERS } from '../../../rules/context/triggers';

/** The plain matcher: every trigger in one alternation, longest phrase first, tried at every position. */
function reference(rules: TriggerRule[]) {
  const weight = (r: TriggerRule) => (r.literal ? r.literal.length : r.pattern!.length);
  const sources = [...new Set([...rules].sort((a, b) => weight(b) - weight(a)).map(triggerSource))];
  const all = new RegExp(sources.join('|'), 'gi');
  const set = compileTriggers(rules);
  const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');
  return (text: string, start: number, end: number): Hit[] => {
    const hits: Hit[] = [];
    all.lastIndex = start;
    let m: RegExpExecArray | null;
    while ((m = all.exec(text)) && m.index < end) {
      if (m[0].length === 0) {
        all.lastIndex++;
        continue;
      }
      const mEnd = m.index + m[0].length;
      if (mEnd > end) break;
      const rules = [...(set.byLiteral.get(norm(m[0])) ?? [])];
      for (const p of set.patterns) {
        p.re.lastIndex = m.index;
        const pm = p.re.exec(text);
        if (pm && pm[0].length === m[0].length) rules.push(p.rule);
      }
      if (rules.length) hits.push({ start: m.index, end: mEnd, text: m[0], rules });
    }
    return hits;
  };
}

const plain = reference(TRIGGERS);
const phrases = [...new Set(TRIGGERS.map((r) => r.literal).filter((l): l is string => !!l))];
const piece = fc.oneof(
  { arbitrary: fc.constantFrom(...phrases), weight: 5 },
  { arbitrary: fc.constantFrom(' ', '  ', '\n', '\t', ',', '.', ':', ' - ', '(', ')', '?', '1', '1)', '2019', 'fever', 'he', 'said', 'pain'), weight: 4 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 3 }), weight: 1 },
  { arbitrary: fc.constantFrom('ſ', 'K', 'İ', 'ı', 'é', '\u202e', '\u00a0', 'NO', 'Denies', 'HISTORY OF'), weight: 1 },
);
const text = fc.tuple(fc.array(piece, { maxLength: 40 }), fc.constantFrom('', ' ')).map(([parts, sep]) => parts.join(sep));

describe('findTriggers with the literal trie and the patterns by first character', () => {
  it('finds what the plain matcher finds, on generated text and ranges', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
        const start = t.length ? a % (t.length + 1) : 0;
        const end = start + (t.length - start ? b % (t.length - start + 1) : 0);
        expect(findTriggers(t, start, end)).toEqual(plain(t, start, end));
        expect(findTriggers(t, 0, t.length)).toEqual(plain(t, 0, t.length));
      }),
      { numRuns: 2000 },
    );
  }, 120_000);

  it('a trigger set of one literal or one pattern behaves the same', () => {
    const samples = [TRIGGERS.find((r) => r.literal === 'no')!, TRIGGERS.find((r) => r.pattern === ':\\s')!, TRIGGERS.find((r) => r.literal === '(-)')!];
    for (const rule of samples) {
      const one = compileTriggers([rule]);
      const ref = reference([rule]);
      fc.assert(
        fc.property(text, (t) => {
          expect(findTriggers(t, 0, t.length, one)).toEqual(ref(t, 0, t.length));
        }),
        { numRuns: 300 },
      );
    }
  }, 60_000);

  it('skips the rest of a word only when no trigger can start inside one', () => {
    expect(compileTriggers(TRIGGERS).startsInsideWords).toBe(false);
    const rules = [
      { pattern: "n't\\b", category: 'negated', direction: 'forward' },
      { literal: 'no', category: 'negated', direction: 'forward' },
    ] as TriggerRule[];
    const set = compileTriggers(rules);
    expect(set.startsInsideWords).toBe(true);
    const ref = reference(rules);
    for (const t of ["doesn't radiate", "no, it doesn't", 'nothing', "can't and won't"]) expect(findTriggers(t, 0, t.length, set)).toEqual(ref(t, 0, t.length));
    expect(findTriggers("doesn't", 0, 7, set).map((h) => h.text)).toEqual(["n't"]);
  });

  it('a literal that starts outside ASCII is still found, in either case', () => {
    const rules = [
      { literal: 'émoi', category: 'negated', direction: 'forward' },
      { literal: 'no', category: 'negated', direction: 'forward' },
    ] as TriggerRule[];
    const set = compileTriggers(rules);
    const ref = reference(rules);
    for (const t of ['émoi fever', 'ÉMOI fever', 'x émoi', 'no émoi', 'aémoi']) expect(findTriggers(t, 0, t.length, set)).toEqual(ref(t, 0, t.length));
  });
});
