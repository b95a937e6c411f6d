/**
 * No catastrophic backtracking: every lexicon pattern and every context trigger, each compiled
 * on its own, scans each of a set of 100 KB adversarial strings within 100 ms; so do the
 * engine's combined matchers and the whole engine. The figures are printed at the end.
 */
import { describe, expect, it } from 'vitest';
import { assessText } from '@/rules/assess';
import { compileTriggers, findTriggers, triggerSource } from '@/rules/context/engine';
import { TRIGGERS } from '@/rules/context/triggers';
import { LEXICON } from '@/rules/lexicon/index';
import { compilePattern, matchLexicon } from '@/rules/lexicon/match';
import { PATIENT_SENTINEL } from './sentinels';

const SIZE = 100_000;
const BOUND_MS = 100;
/** Bounds for the combined matchers and the whole engine on one 100 KB string. */
const COMBINED_MS = { lexicon: 1000, triggers: 500, engine: 2000 };
const fill = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);

/**
 * Strings that make a careless regex backtrack: repeated triggers and near-misses, runs of
 * whitespace and punctuation that bounded gaps and separators could try to absorb, long tokens.
 */
const ADVERSARIAL: Array<[string, string]> = [
  ['repeated "no "', fill('no ')],
  ['repeated negations', fill('no not denies without never ')],
  ['a run of spaces', fill(' ')],
  ['mixed whitespace', fill(' \t \n \u00a0')],
  ['runs of spaces between words', fill('no     fever     ')],
  ['punctuation', fill('.,;:!?-()/|')],
  ['spaced punctuation', fill(' , ; : - ')],
  ['dashes and colons', fill(' - : ')],
  ['one long token', fill('a')],
  ['one long token of digits', fill('1')],
  ['numbers and units', fill('1 2/10 3 wks ')],
  ['list items', fill('1) ')],
  ['apostrophes and quotes', fill("n't '' \u2019 ")],
  ['a word and a gap word, forever', fill('pain with ')],
  ['comparatives without an object', fill('worse with better with ')],
  ['history phrases without an end', fill('history of in the past ')],
  ['hedges', fill('? possible ?')],
  ['questions and pipes', fill('fever? | ')],
  ['long words separated by single spaces', fill('abcdefghijklmnopqrstuvwxyz ')],
  ['hyphenated chains', fill('a-')],
  ['slashes', fill('b/')],
  ['non-ASCII letters', fill('é')],
  ['RTL overrides and zero-width characters', fill('\u202Eno\u202C\u200B ')],
  ['a sentinel patient phrase', fill(`${PATIENT_SENTINEL} `)],
  ['a run of dots', fill('.')],
  ['a run of exclamation marks', fill('!')],
  ['a word, then a run of spaces', `x${fill(' ')}`.slice(0, SIZE)],
  ['a question label, then a run of spaces', `Q: x${fill(' ')}`.slice(0, SIZE)],
  // Lines just short of a segment's cap, each a checklist answer that a word follows after the spaces.
  ['checklist answers, each followed by a run of spaces and a word', fill(`fever x${' '.repeat(580)}y\n`)],
];

/** Milliseconds to find every match of a global regex in a string. */
function scan(re: RegExp, text: string): number {
  const t0 = performance.now();
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) if (m[0].length === 0) re.lastIndex++;
  return performance.now() - t0;
}

/**
 * The time of a run; one that looks slow (a quarter of the bound or more) is measured twice
 * more and the fastest kept: a pause of the machine is not backtracking, which is slow every time.
 */
function time(run: () => number, bound = BOUND_MS): number {
  let ms = run();
  for (let i = 0; i < 2 && ms >= bound / 4; i++) ms = Math.min(ms, run());
  return ms;
}

const LEXICON_PATTERNS = LEXICON.flatMap((entry) => entry.patterns.map((pattern) => ({ entry, pattern })));
const figures = { lexicon: 0, triggers: 0, strings: ADVERSARIAL.length, runs: 0, slowestMs: 0, slowest: '', engineMs: 0, engineOn: '' };

function record(ms: number, what: string) {
  figures.runs++;
  if (ms > figures.slowestMs) Object.assign(figures, { slowestMs: ms, slowest: what });
}

describe('no catastrophic backtracking on 100 KB adversarial strings', () => {
  it('the adversarial strings are 100 KB each', () => {
    for (const [, s] of ADVERSARIAL) expect(s.length).toBe(SIZE);
  });

  it(`every lexicon pattern, compiled alone, scans each string within ${BOUND_MS} ms`, () => {
    const slow: string[] = [];
    for (const { entry, pattern } of LEXICON_PATTERNS) {
      // Its whole-word regex (compilePattern), and the same pattern as the engine's matcher
      // compiles and scans it, as a lexicon of one.
      const re = new RegExp(compilePattern(pattern), entry.caseSensitive ? 'g' : 'gi');
      const alone = [{ ...entry, patterns: [pattern] }];
      for (const [name, text] of ADVERSARIAL) {
        const ms = time(() => Math.max(scan(re, text), timed(() => matchLexicon(text, alone))));
        record(ms, `lexicon ${entry.concept}: ${pattern} on ${name}`);
        if (ms >= BOUND_MS) slow.push(`${entry.concept}: ${pattern} on ${name}: ${ms.toFixed(0)} ms`);
      }
    }
    figures.lexicon = LEXICON_PATTERNS.length;
    expect(LEXICON_PATTERNS.length).toBeGreaterThan(300);
    expect(slow).toEqual([]);
  }, 300_000);

  it(`every context trigger, compiled alone, scans each string within ${BOUND_MS} ms`, () => {
    const slow: string[] = [];
    for (const rule of TRIGGERS) {
      // Valid on its own, as the only trigger of a set.
      expect(() => compileTriggers([rule])).not.toThrow();
      // Its regex as the engine builds it, tried at every position: the engine only tries it
      // where its first character can start, so this is the harsher test.
      const re = new RegExp(triggerSource(rule), 'gi');
      const name = rule.literal ?? rule.pattern;
      for (const [what, text] of ADVERSARIAL) {
        const ms = time(() => scan(re, text));
        record(ms, `trigger ${name} on ${what}`);
        if (ms >= BOUND_MS) slow.push(`${name} on ${what}: ${ms.toFixed(0)} ms`);
      }
    }
    figures.triggers = TRIGGERS.length;
    expect(TRIGGERS.length).toBeGreaterThan(300);
    expect(slow).toEqual([]);
  }, 300_000);

  it('the combined matchers and the whole engine stay fast on each string', () => {
    const slow: string[] = [];
    for (const [what, text] of ADVERSARIAL) {
      const lexicon = time(() => timed(() => matchLexicon(text)), COMBINED_MS.lexicon);
      const triggers = time(() => timed(() => findTriggers(text, 0, text.length)), COMBINED_MS.triggers);
      const engine = time(() => timed(() => assessText(text)), COMBINED_MS.engine);
      if (engine > figures.engineMs) Object.assign(figures, { engineMs: engine, engineOn: what });
      // Linear work, not backtracking, sets these bounds: the lexicon is some 75 regexes, each
      // over the whole string; the triggers are 700+ phrases, and "no no no" is 33,000 hits.
      if (lexicon >= COMBINED_MS.lexicon) slow.push(`lexicon on ${what}: ${lexicon.toFixed(0)} ms`);
      if (triggers >= COMBINED_MS.triggers) slow.push(`all triggers on ${what}: ${triggers.toFixed(0)} ms`);
      if (engine >= COMBINED_MS.engine) slow.push(`engine on ${what}: ${engine.toFixed(0)} ms`);
    }
    expect(slow).toEqual([]);
  }, 120_000);

  it('prints the figures', () => {
    const n = figures.lexicon + figures.triggers;
    console.info(
      `[patterns] ${n} patterns checked (${figures.lexicon} lexicon patterns, ${figures.triggers} context triggers) ` +
        `on ${figures.strings} adversarial 100 KB strings: ${figures.runs} runs, slowest ${figures.slowestMs.toFixed(1)} ms (${figures.slowest}); ` +
        `whole engine on one string: slowest ${figures.engineMs.toFixed(0)} ms (${figures.engineOn})`,
    );
    expect(n).toBeGreaterThan(0);
  });
});

function timed(run: () => unknown): number {
  const t0 = performance.now();
  run();
  return performance.now() - t0;
}
