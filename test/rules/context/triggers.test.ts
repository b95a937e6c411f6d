import { describe, it, expect } from 'vitest';
import {
  compileTriggers,
  contextOf,
  findTriggers,
  outsideTargets,
  Words,
  type Context,
  type Span,
} from '../../../rules/context/engine';
import { TriggerRule } from '../../../rules/context/schema';
import { TRIGGERS } from '../../../rules/context/triggers';

/** The context of the first occurrence of `target` in `text`, with the default triggers. */
function contextFor(text: string, target: string): Context {
  const at = text.indexOf(target);
  expect(at, `target ${JSON.stringify(target)} in ${JSON.stringify(text)}`).toBeGreaterThanOrEqual(0);
  const span: Span = { start: at, end: at + target.length };
  const hits = outsideTargets(findTriggers(text, 0, text.length), [span]);
  return contextOf(text, span, hits, new Words(text, 0, text.length));
}

/** The trigger text that put the target in each category, if any. */
function cues(text: string, target: string) {
  const ctx = contextFor(text, target);
  return {
    negated: ctx.negated?.text,
    possible: ctx.possible?.text,
    hypothetical: ctx.hypothetical?.text,
    historical: ctx.historical?.text,
    experiencer: ctx.experiencer?.text,
  };
}

describe('trigger rules are valid data', () => {
  it.each(TRIGGERS.map((r, i) => [i, r.literal ?? r.pattern, r] as const))('rule %i (%s) passes the schema', (_i, _name, rule) => {
    const parsed = TriggerRule.safeParse(rule);
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues)).toBe(true);
  });

  it('the whole list compiles', () => {
    expect(() => compileTriggers(TRIGGERS)).not.toThrow();
  });

  it('no literal is listed twice with the same category and direction', () => {
    const seen = new Set<string>();
    const dupes: string[] = [];
    for (const r of TRIGGERS) {
      if (!r.literal) continue;
      const key = `${r.literal.toLowerCase()}|${r.category ?? ''}|${r.direction}`;
      if (seen.has(key)) dupes.push(key);
      seen.add(key);
    }
    expect(dupes).toEqual([]);
  });

  it.each([
    ['a forward rule without a category', { literal: 'no', direction: 'forward' }],
    ['both a literal and a pattern', { literal: 'no', pattern: 'no', category: 'negated', direction: 'forward' }],
    ['neither a literal nor a pattern', { category: 'negated', direction: 'forward' }],
    ['an unknown category', { literal: 'no', category: 'denied', direction: 'forward' }],
    ['an unknown direction', { literal: 'no', category: 'negated', direction: 'sideways' }],
    ['an unknown field', { literal: 'no', category: 'negated', direction: 'forward', scope: 5 }],
    ['a scope beyond 60 words', { literal: 'no', category: 'negated', direction: 'forward', maxScope: 61 }],
    ['a pseudo-trigger with a category', { literal: 'no change', category: 'negated', direction: 'pseudo' }],
    ['ends on a non-terminator', { literal: 'no', category: 'negated', direction: 'forward', ends: ['negated'] }],
    ['forwardOnly on a non-terminator', { literal: 'no', category: 'negated', direction: 'forward', forwardOnly: true }],
    ['unlessListed on a non-terminator', { literal: 'no', category: 'negated', direction: 'forward', unlessListed: true }],
    ['afterComma on a forward rule', { literal: 'no', category: 'negated', direction: 'forward', afterComma: true }],
  ])('compileTriggers throws on %s', (_what, rule) => {
    expect(() => compileTriggers([rule])).toThrow();
  });
});

describe('findTriggers', () => {
  it('prefers the longest phrase at a position', () => {
    const text = 'no improvement with rest';
    const hits = findTriggers(text, 0, text.length);
    expect(hits[0].text).toBe('no improvement');
    expect(hits[0].rules.map((r) => r.direction)).toEqual(['pseudo']);
  });

  it('matches whole words only', () => {
    const text = 'nocturnal pain, knowledge, annotated';
    expect(findTriggers(text, 0, text.length).map((h) => h.text)).toEqual([]);
  });

  it('checks a pattern in place, so its lookarounds see the text around it', () => {
    const call = 'call for any numbness';
    expect(findTriggers(call, 0, call.length).map((h) => h.text)).toContain('call for');
    const recall = 'recall for any numbness';
    expect(findTriggers(recall, 0, recall.length).map((h) => h.text)).not.toContain('call for');
  });

  it('matches a phrase across up to eight whitespace characters, not more', () => {
    const spaced = (n: number) => `no${' '.repeat(n)}evidence of fever`;
    expect(findTriggers(spaced(8), 0, spaced(8).length)[0].text).toBe(`no${' '.repeat(8)}evidence of`);
    expect(findTriggers(spaced(9), 0, spaced(9).length)[0].text).toBe('no');
  });

  it('stays inside the range it is given', () => {
    const text = 'fever. no chills';
    expect(findTriggers(text, 0, 6)).toEqual([]);
  });
});

describe('outsideTargets', () => {
  it('drops a trigger inside a target', () => {
    const text = 'no improvement with rest';
    const span = { start: 0, end: text.length };
    expect(outsideTargets(findTriggers(text, 0, text.length), [span])).toEqual([]);
  });

  it('keeps the triggers before a target inside a phrase that runs into it', () => {
    const text = 'no change in vision';
    const span = { start: 3, end: text.length };
    const hits = outsideTargets(findTriggers(text, 0, text.length), [span]);
    expect(hits.map((h) => [h.text, h.start, h.end])).toEqual([['no', 0, 2]]);
  });
});

describe('contextOf: direction and scope of each category', () => {
  it.each([
    ['forward negation', 'Denies fever.', 'fever', 'negated', 'Denies'],
    ['backward negation', 'SLR negative.', 'SLR', 'negated', 'negative'],
    ['forward uncertainty', 'Possible discitis.', 'discitis', 'possible', 'Possible'],
    ['backward uncertainty', 'Discitis cannot be excluded.', 'Discitis', 'possible', 'cannot be excluded'],
    ['forward hypothetical', 'Return if numbness.', 'numbness', 'hypothetical', 'Return if'],
    ['forward history', 'History of breast cancer.', 'breast cancer', 'historical', 'History of'],
    ['backward history', 'Fracture 3 years ago.', 'Fracture', 'historical', 'years ago'],
    ['both-way history', 'Sciatica in 2018.', 'Sciatica', 'historical', 'in 2018'],
    ['forward relative', 'Mother has psoriasis.', 'psoriasis', 'experiencer', 'Mother'],
    ['backward relative', 'Psoriasis in his father.', 'Psoriasis', 'experiencer', 'in his father'],
    ['forward other person', 'Roommate has tuberculosis.', 'tuberculosis', 'experiencer', 'Roommate'],
  ] as const)('%s: %s', (_what, text, target, category, cue) => {
    expect(cues(text, target)[category]).toBe(cue);
  });

  it('a backward trigger does not reach a target before it', () => {
    expect(cues('Fever and chills, SLR negative.', 'Fever').negated).toBeUndefined();
  });

  it('a forward trigger does not reach past its maxScope', () => {
    // "possible" reaches 8 words.
    expect(cues('Possible one two three four five six seven eight nine discitis.', 'discitis').possible).toBeUndefined();
    expect(cues('Possible one two three four five six seven discitis.', 'discitis').possible).toBe('Possible');
  });

  it('a colon right after a trigger opens its list, a colon further on starts a new label', () => {
    expect(cues('Denies: fever, chills.', 'chills').negated).toBe('Denies');
    expect(cues('Measurements not obtainable *** referring diagnosis: chest pain.', 'chest pain').negated).toBeUndefined();
  });

  it('a list colon keeps only its own trigger open', () => {
    const ctx = cues('Denies fever, PMH: diabetes.', 'diabetes');
    expect(ctx.historical).toBe('PMH');
    expect(ctx.negated).toBeUndefined();
  });

  it('a spaced dash ends a negation before it but not a verdict after it', () => {
    expect(cues('No leg weakness - saddle numbness since today.', 'saddle numbness').negated).toBeUndefined();
    expect(cues('HLA-B27 - negative.', 'HLA-B27').negated).toBe('negative');
  });

  it('the nearest trigger of a category owns the scope', () => {
    expect(cues('Mother has psoriasis, aunt has uveitis.', 'uveitis').experiencer).toBe('aunt');
    expect(cues('Denies fever, no chills.', 'chills').negated).toBe('no');
  });
});

describe('matching stays linear on adversarial input', () => {
  const N = 100_000;
  it.each([
    ['digits', '1'.repeat(N)],
    ['spaces after a trigger', 'call' + ' '.repeat(N)],
    ['repeated negations', 'no '.repeat(N / 3)],
    ['repeated colons', ': '.repeat(N / 2)],
    ['repeated dashes', ' - '.repeat(N / 3)],
    ['repeated list items', '1) '.repeat(N / 3)],
    ['durations without history', '3 days '.repeat(N / 7)],
    ['a time phrase without its unit', 'in the past ' + ' '.repeat(N)],
  ])('%s', (_what, text) => {
    // The fastest of three runs: a bound on the algorithm, not on how busy the machine is.
    let best = Infinity;
    for (let run = 0; run < 3 && best >= 2000; run++) {
      const t0 = performance.now();
      const hits = findTriggers(text, 0, text.length);
      const span = { start: text.length >> 1, end: (text.length >> 1) + 1 };
      contextOf(text, span, outsideTargets(hits, [span]), new Words(text, 0, text.length));
      best = Math.min(best, performance.now() - t0);
    }
    expect(best).toBeLessThan(2000);
  });
});
