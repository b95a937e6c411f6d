import { describe, it, expect } from 'vitest';
import { LEXICON } from '../../../rules/lexicon/index';
import { expandMacros } from '../../../rules/lexicon/macros';
import { compilePattern, matchLexicon } from '../../../rules/lexicon/match';
import { FEATURE_IDS, type FeatureId } from '../../../rules/vocabulary/features';

/** Features read as values (numbers, sex) rather than matched as phrases. */
const VALUE_READERS: FeatureId[] = ['age', 'sex', 'symptom_duration_weeks', 'onset_age', 'morning_stiffness_minutes'];

/** Features set from other entries: a relative with an SpA-family condition (familySpa entries). */
const DERIVED: Partial<Record<FeatureId, () => boolean>> = {
  family_history_spa: () => LEXICON.some((e) => e.familySpa),
};

const ALL_PATTERNS = LEXICON.flatMap((entry) => entry.patterns.map((pattern) => ({ entry, pattern })));

describe('lexicon coverage', () => {
  it('has entries', () => {
    expect(LEXICON.length).toBeGreaterThan(20);
    expect(ALL_PATTERNS.length).toBeGreaterThan(100);
  });

  it.each(FEATURE_IDS.map((id) => [id]))('%s is covered by a lexicon entry, a value reader or a derivation', (id) => {
    const byLexicon = LEXICON.some((e) => e.concept === id);
    const byReader = VALUE_READERS.includes(id);
    const derived = DERIVED[id]?.() ?? false;
    expect(byLexicon || byReader || derived).toBe(true);
  });

  it('value readers and derived features are real feature ids', () => {
    for (const id of [...VALUE_READERS, ...Object.keys(DERIVED)]) expect(FEATURE_IDS).toContain(id);
  });

  it('every concept is a feature id, the SpA-condition marker or one leg side', () => {
    for (const e of LEXICON) expect([...FEATURE_IDS, 'spa_condition', 'right_leg_symptom', 'left_leg_symptom']).toContain(e.concept);
  });
});

describe('lexicon patterns', () => {
  it('every pattern compiles, with no macro left unexpanded', () => {
    const broken: string[] = [];
    for (const { entry, pattern } of ALL_PATTERNS) {
      try {
        new RegExp(compilePattern(pattern), entry.caseSensitive ? 'g' : 'gi');
        if (/\{[a-z]\w*\}/.test(expandMacros(pattern))) broken.push(`${entry.concept}: ${pattern} (macro left)`);
      } catch (e) {
        broken.push(`${entry.concept}: ${pattern} (${(e as Error).message})`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('no pattern matches the empty string', () => {
    for (const { entry, pattern } of ALL_PATTERNS) {
      const re = new RegExp(compilePattern(pattern), entry.caseSensitive ? '' : 'i');
      expect(re.test(''), `${entry.concept}: ${pattern}`).toBe(false);
      expect(re.test(' '), `${entry.concept}: ${pattern}`).toBe(false);
    }
  });

  it('compiled patterns match whole words only', () => {
    const re = new RegExp(compilePattern('fevers?'), 'i');
    expect(re.test('fever')).toBe(true);
    expect(re.test('feverfew')).toBe(false);
    expect(re.test('afever')).toBe(false);
  });

  it('an unknown macro is an error', () => {
    expect(() => compilePattern('{nosuchmacro} pain')).toThrow(/unknown lexicon macro/);
  });
});

describe('lexicon patterns on hostile input (safety bound)', () => {
  const HOSTILE = [
    'no '.repeat(33_000),
    'a'.repeat(100_000),
    ' , '.repeat(33_000),
    'pain '.repeat(20_000),
    'worse with '.repeat(9_000),
    'numb '.repeat(20_000),
    '1 '.repeat(50_000),
  ];

  it('the hostile strings are at least ~100 KB', () => {
    for (const s of HOSTILE.slice(0, 3)) expect(s.length).toBeGreaterThanOrEqual(99_000);
  });

  it('every pattern runs on each 100 KB hostile string in under 100 ms', () => {
    const slow: string[] = [];
    for (const { entry, pattern } of ALL_PATTERNS) {
      const re = new RegExp(compilePattern(pattern), entry.caseSensitive ? 'g' : 'gi');
      for (const s of HOSTILE) {
        // The fastest of three runs: a safety bound on the pattern, not on a busy machine.
        let ms = Infinity;
        for (let run = 0; run < 3 && ms >= 100; run++) {
          const t0 = performance.now();
          re.lastIndex = 0;
          let m: RegExpExecArray | null;
          while ((m = re.exec(s))) if (m[0].length === 0) re.lastIndex++;
          ms = Math.min(ms, performance.now() - t0);
        }
        if (ms >= 100) slow.push(`${entry.concept}: ${pattern} on ${JSON.stringify(s.slice(0, 8))}… took ${ms.toFixed(0)} ms`);
      }
    }
    expect(slow).toEqual([]);
  });

  it('the whole lexicon matches a hostile string in bounded time', () => {
    const t0 = performance.now();
    matchLexicon('no pain '.repeat(12_500));
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
