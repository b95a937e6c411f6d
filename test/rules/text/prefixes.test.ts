import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldText, matchPrefixes, opensAtWordStart } from '../../../rules/text/prefixes';

const sorted = (a: string[]) => [...a].sort();

/** Whether the folded text at `at` starts with one of the prefixes ('' admits anything). */
const admits = (prefixes: string[], folded: string, at: number) => prefixes.some((p) => folded.startsWith(p, at));

describe('foldText', () => {
  it('keeps the length and offsets, upper-cases, turns any whitespace into a space and any digit into 0', () => {
    expect(foldText('Back\tpain\u00a0x 3')).toBe('BACK PAIN X 0');
    expect(foldText('L5-S1, 37.9')).toBe('L0-S0, 00.0');
    expect(foldText('Straße pain').length).toBe('Straße pain'.length);
    expect(foldText('Straße pain').slice(7)).toBe('PAIN');
  });
});

describe('matchPrefixes', () => {
  it('a literal gives its first k characters, folded', () => {
    expect(matchPrefixes('sciatica', 3)).toEqual(['SCI']);
    expect(matchPrefixes('no', 3)).toEqual(['NO']);
  });

  it('alternatives, optional parts and classes each add their starts', () => {
    expect(sorted(matchPrefixes('(?:severe|worst) pain', 3))).toEqual(['SEV', 'WOR']);
    expect(sorted(matchPrefixes('(?:very )?stiff', 2))).toEqual(['ST', 'VE']);
    expect(sorted(matchPrefixes('[7-9]/10', 2))).toEqual(['0/']);
    expect(sorted(matchPrefixes('\\d{1,3} ?kg', 3))).toEqual(['0 K', '00 ', '000', '00K', '0KG']);
    expect(sorted(matchPrefixes('b\\s{0,4}&', 2))).toEqual(['B ', 'B&']);
  });

  it('lookarounds and word boundaries take no characters', () => {
    expect(matchPrefixes('(?<![\\w])(?=[lr])(?:left|right)\\b', 1).sort()).toEqual(['L', 'R']);
    expect(matchPrefixes('(?<!no )pain(?! free)', 3)).toEqual(['PAI']);
  });

  it('a wide or negated class, a dot or a back-reference can start anything after what comes before', () => {
    expect(matchPrefixes('a.b', 3)).toEqual(['A']);
    expect(matchPrefixes('[^\\s]+ pain', 3)).toEqual(['']);
    expect(matchPrefixes('x\\w+', 2).length).toBe(28);
  });

  it('a repeated class past the size limit ends in "anything" at once instead of every combination', () => {
    // 26 to the eighth power strings would never finish; what the limit keeps is what comes back.
    const prefixes = matchPrefixes('[a-z]+/x', 8);
    expect(prefixes).toContain('A/X');
    expect(prefixes).toContain('QZ/X');
    expect(prefixes).toContain('QZ');
    expect(prefixes.every((p) => p.length <= 4)).toBe(true);
    expect(matchPrefixes('(?:on|taking) (?:\\w+ )?pred', 6)).toContain('ON PRE');
  });

  it('a pattern that can match nothing admits anything', () => {
    expect(matchPrefixes('(?:pain)?', 3).sort()).toEqual(['', 'PAI']);
  });

  it('an unclosed group is an error, not a wrong answer', () => {
    expect(() => matchPrefixes('(?:pain', 3)).toThrow(/unclosed/);
  });

  it('is never too narrow: wherever a regular expression matches, one of its prefixes is there', () => {
    const words = ['pain', 'no', 'back', 'a', 'b&b', 'l5', 'ſ', 'ß', 'É', '’', '↑'];
    const piece = fc.oneof(
      fc.constantFrom(...words),
      fc.constantFrom('\\s{1,4}', ' ?', '\\d{1,2}', '[a-c]', '[^x]', '.', '(?:x|y)?', '\\b', '(?<![\\w])', '(?=p)', '-?', '[a-z]+', '\\w*'),
    );
    const regex = fc.array(fc.array(piece, { minLength: 1, maxLength: 4 }).map((p) => p.join('')), { minLength: 1, maxLength: 3 }).map((alts) => alts.join('|'));
    const text = fc.array(fc.constantFrom(...words, ' ', '\t', '\u00a0', '.', '1', '12', '9', '0', 'x', 'PAIN', 'No', 'c', 'B'), { maxLength: 12 }).map((p) => p.join(''));
    fc.assert(
      fc.property(regex, text, fc.integer({ min: 1, max: 3 }), (source, t, k) => {
        const prefixes = matchPrefixes(source, k);
        const folded = foldText(t);
        for (let at = 0; at <= t.length; at++) {
          const sticky = new RegExp(source, 'iy');
          sticky.lastIndex = at;
          if (sticky.exec(t)) expect(admits(prefixes, folded, at), `${source} at ${at} of ${JSON.stringify(t)}`).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('opensAtWordStart', () => {
  it('is true when a leading look-behind forbids a word character before the match', () => {
    expect(opensAtWordStart('(?<![\\w])no(?![\\w])')).toBe(true);
    expect(opensAtWordStart("(?=[shitw])(?<!(?:that|told)\\s{1,4})(?<![\\w'])(?:she|he)")).toBe(true);
    expect(opensAtWordStart('(?<!\\w)pain')).toBe(true);
  });

  it('is false otherwise, including a guard that comes after the first character', () => {
    expect(opensAtWordStart(':\\s')).toBe(false);
    expect(opensAtWordStart('(?<=[A-Za-z])\\s?\\(')).toBe(false);
    expect(opensAtWordStart('no(?<![\\w]x)')).toBe(false);
    expect(opensAtWordStart('(?<!no )pain')).toBe(false);
  });

  it('is false when the guard covers only the first of several top-level alternatives', () => {
    expect(opensAtWordStart('(?<![\\w])pain|ache')).toBe(false);
    expect(opensAtWordStart('(?<![\\w])(?:pain|ache)')).toBe(true);
    expect(opensAtWordStart('(?<![\\w])[|]pain')).toBe(true);
  });
});
