import { describe, it, expect } from 'vitest';
import { CondSchema, describe as describeCond, evaluate, type Cond, type Env } from '../../../rules/findings/conditions';
import { factsFrom } from '../../../rules/findings/facts';
import type { CriterionState, FindingId, Severity } from '../../../rules/findings/schema';
import { features, type Spec } from './helpers';

function env(spec: Spec, extra: Partial<Pick<Env, 'criteria' | 'fired' | 'sets'>> = {}): Env {
  return { facts: factsFrom(features(spec)), criteria: new Map(), fired: new Map(), sets: new Map(), ...extra };
}
const state = (c: Cond, spec: Spec = {}, extra: Partial<Pick<Env, 'criteria' | 'fired' | 'sets'>> = {}) => evaluate(c, env(spec, extra)).state;

// Fixed conditions with known outcomes, to build compound truth tables.
const crit = (states: CriterionState[]) => ({ criteria: new Map(states.map((s, i) => [`k${i}`, s])) });
const K = (i: number): Cond => ({ criterion: `k${i}` });

describe('numbers written as bounds', () => {
  const stiffness = (value: number, bound?: 'above' | 'below'): Env => ({
    facts: factsFrom([{ id: 'morning_stiffness_minutes', status: 'present', value, ...(bound ? { bound } : {}), evidence: [{ start: 0, end: 1, text: 'x', status: 'present', section: 'body', historical: false }], conflict: false }]),
    criteria: new Map(),
    fired: new Map(),
    sets: new Map(),
  });
  const over30: Cond = { number: 'morning_stiffness_minutes', op: '>', value: 30 };
  const upTo30: Cond = { number: 'morning_stiffness_minutes', op: '<=', value: 30 };

  it('"> 30 min" meets "more than 30" and is not "30 or less"', () => {
    expect(evaluate(over30, stiffness(30, 'above'))).toEqual({ state: 'met', seen: '> 30 min' });
    expect(evaluate(upTo30, stiffness(30, 'above')).state).toBe('not_met');
  });

  it('"< 30 min" is "30 or less" and not "more than 30"', () => {
    expect(evaluate(upTo30, stiffness(30, 'below'))).toEqual({ state: 'met', seen: '< 30 min' });
    expect(evaluate(over30, stiffness(30, 'below')).state).toBe('not_met');
  });

  it('a plain 30 min is "30 or less"', () => {
    expect(evaluate(over30, stiffness(30)).state).toBe('not_met');
    expect(evaluate(upTo30, stiffness(30)).state).toBe('met');
  });

  it('a bound that does not settle the comparison is compared as the number written', () => {
    expect(evaluate(over30, stiffness(10, 'above')).state).toBe('not_met');
    expect(evaluate(upTo30, stiffness(45, 'below')).state).toBe('not_met');
  });
});

describe('onset age bounded by the age now', () => {
  const under40: Cond = { number: 'onset_age', op: '<', value: 40 };

  it("meets 'onset before 40' for a 27-year-old whose onset is not written", () => {
    expect(evaluate(under40, env({ age: 27 }))).toEqual({ state: 'met', seen: 'at most 27 years (the age now)' });
    expect(state({ not: under40 }, { age: 27 })).toBe('not_met');
  });

  it('leaves it not documented when the age now does not settle it', () => {
    expect(state(under40, { age: 45 })).toBe('not_documented');
    expect(state({ number: 'onset_age', op: '>=', value: 40 }, { age: 27 })).toBe('not_documented');
  });

  it('uses a written or derived onset age first', () => {
    expect(state(under40, { age: 27, onset_age: 45 })).toBe('not_met');
    expect(evaluate(under40, env({ age: 50, symptom_duration_weeks: 52 * 20 })).state).toBe('met');
  });
});

describe('feature conditions (three-valued)', () => {
  it('present is met, absent is not met, uncertain and missing are not documented', () => {
    expect(evaluate({ feature: 'fever' }, env({ fever: 'present' }))).toEqual({ state: 'met', seen: 'present' });
    expect(evaluate({ feature: 'fever' }, env({ fever: 'absent' }))).toEqual({ state: 'not_met', seen: 'absent' });
    expect(evaluate({ feature: 'fever' }, env({ fever: 'uncertain' }))).toEqual({ state: 'not_documented', seen: 'uncertain' });
    expect(evaluate({ feature: 'fever' }, env({})).state).toBe('not_documented');
  });

  it('notPresent is met unless the feature is present', () => {
    expect(state({ notPresent: 'improves_with_exercise' }, { improves_with_exercise: 'present' })).toBe('not_met');
    expect(state({ notPresent: 'improves_with_exercise' }, { improves_with_exercise: 'absent' })).toBe('met');
    expect(state({ notPresent: 'improves_with_exercise' }, { improves_with_exercise: 'uncertain' })).toBe('met');
    expect(evaluate({ notPresent: 'improves_with_exercise' }, env({}))).toEqual({ state: 'met', seen: 'not documented' });
  });
});

describe('number conditions', () => {
  it.each([
    ['<', 49, 'met'], ['<', 50, 'not_met'],
    ['<=', 50, 'met'], ['<=', 51, 'not_met'],
    ['>', 51, 'met'], ['>', 50, 'not_met'],
    ['>=', 50, 'met'], ['>=', 49, 'not_met'],
  ] as const)('age %s 50 with age %d is %s', (op, age, expected) => {
    expect(state({ number: 'age', op, value: 50 }, { age })).toBe(expected);
  });

  it('a missing or uncertain number is not documented, unless orMissing', () => {
    expect(state({ number: 'age', op: '>=', value: 50 }, {})).toBe('not_documented');
    expect(state({ number: 'age', op: '>=', value: 50 }, { age: { status: 'uncertain', value: 70 } })).toBe('not_documented');
    expect(evaluate({ number: 'symptom_duration_weeks', op: '<', value: 6, orMissing: true }, env({}))).toEqual({ state: 'met', seen: 'not documented' });
    expect(state({ number: 'symptom_duration_weeks', op: '<', value: 6, orMissing: true }, { symptom_duration_weeks: 6 })).toBe('not_met');
  });

  it('shows the value and unit seen', () => {
    expect(evaluate({ number: 'morning_stiffness_minutes', op: '>', value: 30 }, env({ morning_stiffness_minutes: 45 })).seen).toBe('45 min');
    expect(evaluate({ number: 'symptom_duration_weeks', op: '>=', value: 12 }, env({ symptom_duration_weeks: 12 })).seen).toBe('12 weeks');
  });

  it('onset age: stated value wins; otherwise age − duration, with how it was derived', () => {
    expect(evaluate({ number: 'onset_age', op: '<', value: 40 }, env({ onset_age: 39, age: 60, symptom_duration_weeks: 10 }))).toEqual({ state: 'met', seen: '39 years' });
    const derived = evaluate({ number: 'onset_age', op: '<', value: 45 }, env({ age: 46, symptom_duration_weeks: 104 }));
    expect(derived).toEqual({ state: 'met', seen: '44 years (age 46 − 2 years of pain)' });
    expect(state({ number: 'onset_age', op: '<', value: 45 }, { age: 46 })).toBe('not_documented');
  });
});

describe('sex conditions', () => {
  it('met, not met, or not documented (uncertain counts as not documented)', () => {
    expect(state({ sex: 'female' }, { sex: 'female' })).toBe('met');
    expect(state({ sex: 'female' }, { sex: 'male' })).toBe('not_met');
    expect(state({ sex: 'female' }, {})).toBe('not_documented');
    expect(state({ sex: 'female' }, { sex: { status: 'uncertain', value: 'female' } })).toBe('not_documented');
  });
});

describe('compound conditions', () => {
  const M = 'met', N = 'not_met', D = 'not_documented';

  it.each([
    [[M, N], M], [[N, D], D], [[N, N], N], [[D, D], D], [[D, M], M],
  ] as Array<[CriterionState[], CriterionState]>)('any %j → %s', (parts, expected) => {
    expect(state({ any: parts.map((_, i) => K(i)) }, {}, crit(parts))).toBe(expected);
  });

  it.each([
    [[M, M], M], [[M, D], D], [[M, N], N], [[N, D], N], [[D, D], D],
  ] as Array<[CriterionState[], CriterionState]>)('all %j → %s', (parts, expected) => {
    expect(state({ all: parts.map((_, i) => K(i)) }, {}, crit(parts))).toBe(expected);
  });

  it.each([
    [[M, M, N], M], [[M, D, N], D], [[M, N, N], N], [[D, D, N], D], [[M, M, M], M],
  ] as Array<[CriterionState[], CriterionState]>)('atLeast 2 of %j → %s', (parts, expected) => {
    expect(state({ atLeast: 2, of: parts.map((_, i) => K(i)) }, {}, crit(parts))).toBe(expected);
  });

  it('atLeast reports the count seen', () => {
    expect(evaluate({ atLeast: 2, of: [K(0), K(1), K(2)] }, env({}, crit([M, N, M]))).seen).toBe('2 of 3');
  });

  it.each([
    [M, N], [N, M], [D, D],
  ] as Array<[CriterionState, CriterionState]>)('not %s → %s (not documented stays not documented)', (inner, expected) => {
    expect(state({ not: K(0) }, {}, crit([inner]))).toBe(expected);
  });

  it('one condition object answers for each note it is evaluated against, not for the first', () => {
    const c: Cond = { all: [{ feature: 'fever' }, { not: { feature: 'ivdu' } }] };
    expect(state(c, { fever: 'present', ivdu: 'absent' })).toBe('met');
    expect(state(c, { fever: 'present', ivdu: 'present' })).toBe('not_met');
    expect(state(c, { fever: 'uncertain', ivdu: 'absent' })).toBe('not_documented');
  });

  it('an uncertain feature can never make a compound condition met', () => {
    const c: Cond = { any: [{ feature: 'fever' }, { all: [{ feature: 'ivdu' }, { feature: 'fever' }] }, { atLeast: 1, of: [{ feature: 'fever' }] }] };
    expect(state(c, { fever: 'uncertain', ivdu: 'present' })).toBe('not_documented');
    expect(state(c, { fever: 'present', ivdu: 'present' })).toBe('met');
  });
});

describe('criterion, criteriaSet and fired conditions', () => {
  it('criterion reads the rule’s decided criteria and throws on an unknown key', () => {
    expect(state({ criterion: 'k0' }, {}, crit(['met']))).toBe('met');
    expect(() => state({ criterion: 'nope' })).toThrow(/unknown criterion/);
  });

  it('criteriaSet reads the decided sets and throws when undecided', () => {
    expect(state({ criteriaSet: 'asas' }, {}, { sets: new Map([['asas', true]]) })).toBe('met');
    expect(state({ criteriaSet: 'asas' }, {}, { sets: new Map([['asas', false]]) })).toBe('not_met');
    expect(() => state({ criteriaSet: 'calin' })).toThrow(/not decided/);
  });

  it('fired is met when the finding fired, at one of the given severities', () => {
    const fired = new Map<FindingId, Severity>([['flag.fracture', 'info']]);
    expect(state({ fired: 'flag.fracture' }, {}, { fired })).toBe('met');
    expect(state({ fired: 'flag.fracture', severity: ['warning', 'critical'] }, {}, { fired })).toBe('not_met');
    expect(state({ fired: 'flag.fracture', severity: ['info'] }, {}, { fired })).toBe('met');
    expect(state({ fired: 'flag.infection' }, {}, { fired })).toBe('not_met');
  });
});

describe('describe (trace labels)', () => {
  it('labels simple conditions readably', () => {
    expect(describeCond({ feature: 'fever' })).toBe('Fever');
    expect(describeCond({ notPresent: 'improves_with_exercise' })).toBe('Improves with exercise or movement: not present');
    expect(describeCond({ number: 'symptom_duration_weeks', op: '>=', value: 12 })).toBe('duration (weeks) >= 12');
    expect(describeCond({ number: 'morning_stiffness_minutes', op: '>', value: 30 })).toBe('morning stiffness (min) > 30');
    expect(describeCond({ sex: 'female' })).toBe('sex female');
    expect(describeCond({ criteriaSet: 'asas' })).toBe('ASAS inflammatory back pain');
    expect(describeCond({ fired: 'flag.fracture', severity: ['warning'] })).toBe('flag.fracture (warning)');
    expect(describeCond({ any: [{ feature: 'fever' }, { feature: 'ivdu' }] })).toBe('Fever or Injection drug use');
    expect(describeCond({ all: [{ feature: 'fever' }, { feature: 'ivdu' }] })).toBe('Fever and Injection drug use');
    expect(describeCond({ atLeast: 2, of: [{ feature: 'fever' }, { feature: 'ivdu' }] })).toBe('≥ 2 of: Fever, Injection drug use');
    expect(describeCond({ not: { feature: 'fever' } })).toBe('not (Fever)');
  });
});

describe('CondSchema', () => {
  it('accepts the language and rejects unknown features, operators and keys', () => {
    expect(CondSchema.safeParse({ any: [{ feature: 'fever' }, { number: 'age', op: '>=', value: 50 }] }).success).toBe(true);
    expect(CondSchema.safeParse({ feature: 'not_a_feature' }).success).toBe(false);
    expect(CondSchema.safeParse({ number: 'age', op: '==', value: 50 }).success).toBe(false);
    expect(CondSchema.safeParse({ feature: 'fever', extra: 1 }).success).toBe(false);
    expect(CondSchema.safeParse({ any: [] }).success).toBe(false);
    expect(CondSchema.safeParse({ fired: 'flag.nonexistent' }).success).toBe(false);
  });
});
