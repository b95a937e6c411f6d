import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BLOCK, scanAll, scanner } from '../../../rules/text/scan';

/** The plain way: each regular expression scans the whole text on its own. */
function scanEach(text: string, regexes: RegExp[]): string[][] {
  return regexes.map((r) => {
    const re = new RegExp(r.source, r.flags.replace(/[gy]/g, '') + 'g');
    const found: string[] = [];
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      if (m[0].length === 0) re.lastIndex++;
      else found.push(`${m.index}:${m[0]}:${m.slice(1).join('|')}`);
    }
    return found;
  });
}

const shape = (found: RegExpExecArray[][]) => found.map((list) => list.map((m) => `${m.index}:${m[0]}:${m.slice(1).join('|')}`));

describe('scanAll', () => {
  it('finds what each regular expression finds alone, with its groups, in order', () => {
    const regexes = [/(?<![\w])(\d{1,2})\s?(weeks?|days?)(?![\w])/gi, /(?:\bx|×)\s?(\d)/gi, /pain/i, /(?<![\w])(?:no|not)\s+(\w+)/gi];
    const text = 'No fever. Pain x 3 weeks, ×2 days; backpain for 10 days, not better, painful.';
    expect(shape(scanAll(text, scanner(regexes)))).toEqual(scanEach(text, regexes));
    expect(shape(scanAll(text, scanner(regexes)))[0]).toEqual(['17:3 weeks:3|weeks', '27:2 days:2|days', '48:10 days:10|days']);
  });

  it('tries a regular expression only where the text starts with its first four characters', () => {
    const s = scanner([/(?<![\w])more\s+painful/i, /(?<![\w])(?:about\s)?(\d+|an?)\s?(?:days?|weeks?)/i]);
    expect(s.prefixes.startsAt('more painful', 0)).toBe(true);
    expect(s.prefixes.startsAt('morning stiffness', 0)).toBe(false);
    expect(s.prefixes.startsAt('a day', 0)).toBe(true);
    expect(s.prefixes.startsAt('and then', 0)).toBe(false);
  });

  it('looks up as many first characters as asked: five tell "over 3" from "overnight"', () => {
    const over = [/(?<![\w])over\s?\d{1,2}\s?weeks?/i];
    expect(scanner(over).prefixes.startsAt('overnight', 0)).toBe(true);
    expect(scanner(over, 5).prefixes.startsAt('overnight', 0)).toBe(false);
    expect(scanner(over, 5).prefixes.startsAt('over 3 weeks', 0)).toBe(true);
    expect(scanAll('pain overnight, over 3 weeks', scanner(over, 5))[0].map((m) => m[0])).toEqual(['over 3 weeks']);
  });

  it('scans the plain way a regular expression that may start anywhere or match nothing', () => {
    const regexes = [/\s*/g, /[^.]+\./g, /(?:pain)?x/gi];
    const text = 'Pain x. No pain.';
    expect(shape(scanAll(text, scanner(regexes)))).toEqual(scanEach(text, regexes));
  });

  it('resumes after each match, as a global scan does', () => {
    const regexes = [/aa/g, /(?<![\w])ab/g];
    expect(shape(scanAll('aaaa ab aab', scanner(regexes)))).toEqual([['0:aa:', '2:aa:', '8:aa:'], ['5:ab:']]);
  });

  it('finds the same across the blocks it walks a long text in, a match running over the edge of one included', () => {
    const regexes = [/(?<![\w])(\d{1,2})\s?(weeks?|days?)(?![\w])/gi, /a{2,}/gi, /(?<![\w])no\s+\w+(?:\s+\w+){0,3}/gi];
    const unit = 'No fever, no night pain x 3 weeks; aaaaaaaaaaaaaaaa for 2 days. ';
    const run = unit.indexOf('aaaa');
    // Shifted so that a block ends in the middle of the run of a's, and then a few more ways.
    for (const inside of [5, 0, -3, 30]) {
      const shift = (((BLOCK - run - inside) % unit.length) + unit.length) % unit.length;
      const text = ' '.repeat(shift) + unit.repeat(Math.ceil((BLOCK * 2) / unit.length));
      expect(shape(scanAll(text, scanner(regexes)))).toEqual(scanEach(text, regexes));
    }
  });

  it('is the same as scanning each one alone, for any mix of regular expressions and text', () => {
    const words = ['pain', 'no', 'back', 'a', 'x', 'b&b', 'l5', 'ſ', 'É', '’', '↑', '12'];
    const piece = fc.oneof(
      fc.constantFrom(...words),
      fc.constantFrom('\\s{1,8}', ' ?', '\\d{1,2}', '[a-c]', '[^x]', '.', '(?:x|y)?', '\\b', '(?<![\\w])', '(?![\\w])', '(?=p)', '-?', '(\\w+)', '(?:no|not)\\s'),
    );
    const source = fc.array(fc.array(piece, { minLength: 1, maxLength: 4 }).map((p) => p.join('')), { minLength: 1, maxLength: 3 }).map((alts) => alts.join('|'));
    const regexes = fc.array(fc.tuple(source, fc.constantFrom('g', 'gi')).map(([s, f]) => new RegExp(s, f)), { minLength: 1, maxLength: 5 });
    const text = fc.array(fc.constantFrom(...words, ' ', '\t', '\n', '.', '1', '9', 'PAIN', 'No', 'X', 'c', 'painful'), { maxLength: 16 }).map((p) => p.join(''));
    fc.assert(
      fc.property(regexes, text, (list, t) => {
        expect(shape(scanAll(t, scanner(list)))).toEqual(scanEach(t, list));
      }),
      { numRuns: 500 },
    );
  });
});
