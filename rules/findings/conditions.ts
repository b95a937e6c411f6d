import * as z from 'zod/mini';
import { FeatureId, FEATURE_TABLE } from '../vocabulary/features';
import type { Facts, NumericFact } from './facts';
import { BOUND_SIGN, type ValueBound } from '../vocabulary/extraction';
import { FindingId, Severity, type CriterionState } from './schema';

/**
 * A small condition language over confirmed features, evaluated three-valued: a condition
 * is met, not met, or not documented. Only `present` features meet a condition; absent
 * features do not; uncertain or missing ones are "not documented" and never fire a rule.
 */
export type Cond =
  | { feature: FeatureId }
  | { notPresent: FeatureId }
  | { number: NumericFact; op: '<' | '<=' | '>' | '>='; value: number; orMissing?: boolean }
  | { not: Cond }
  | { criteriaSet: 'asas' | 'berlin' | 'calin' }
  | { sex: 'male' | 'female' }
  | { any: Cond[] }
  | { all: Cond[] }
  | { atLeast: number; of: Cond[] }
  | { criterion: string }
  | { fired: FindingId; severity?: Severity[] };

/**
 * Rule data is a tree. zod/mini installs no cycle support, so a condition object that
 * contains itself fails when the rules load (stack overflow) instead of being accepted.
 */
export const CondSchema: z.ZodMiniType<Cond> = z.lazy(() =>
  z.union([
    z.strictObject({ feature: FeatureId }),
    z.strictObject({ notPresent: FeatureId }),
    z.strictObject({ number: z.enum(['age', 'onset_age', 'symptom_duration_weeks', 'morning_stiffness_minutes']), op: z.enum(['<', '<=', '>', '>=']), value: z.number(), orMissing: z.optional(z.boolean()) }),
    z.strictObject({ not: CondSchema }),
    z.strictObject({ criteriaSet: z.enum(['asas', 'berlin', 'calin']) }),
    z.strictObject({ sex: z.enum(['male', 'female']) }),
    z.strictObject({ any: z.array(CondSchema).check(z.minLength(1)) }),
    z.strictObject({ all: z.array(CondSchema).check(z.minLength(1)) }),
    z.strictObject({ atLeast: z.number().check(z.int(), z.positive()), of: z.array(CondSchema).check(z.minLength(1)) }),
    z.strictObject({ criterion: z.string() }),
    z.strictObject({ fired: FindingId, severity: z.optional(z.array(Severity)) }),
  ]),
);

export interface Env {
  facts: Facts;
  /** Criteria of the rule being evaluated, already decided. */
  criteria: Map<string, CriterionState>;
  /** Findings decided so far (rules run in dependency order). */
  fired: Map<FindingId, Severity>;
  /** Inflammatory criteria sets already decided. */
  sets: Map<string, boolean>;
}

export interface Outcome {
  state: CriterionState;
  seen?: string;
}

const UNITS: Record<NumericFact, string> = { age: 'years', onset_age: 'years', symptom_duration_weeks: 'weeks', morning_stiffness_minutes: 'min' };

/**
 * `x op limit` for a number x written as v, or as a bound on it: "> 30 min" (x above 30) meets
 * "> 30" and not "<= 30". A bound that does not settle the comparison ("> 10 min" against
 * "> 30") is compared as the number written, as an amount would be.
 */
function compare(v: number, bound: ValueBound | undefined, op: '<' | '<=' | '>' | '>=', limit: number): boolean {
  if (bound === 'above' && v >= limit) return op === '>' || op === '>=';
  if (bound === 'below' && v <= limit) return op === '<' || op === '<=';
  return op === '<' ? v < limit : op === '<=' ? v <= limit : op === '>' ? v > limit : v >= limit;
}

/** A condition compiled once into a function of the environment (rules are evaluated for every note). */
type Compiled = (env: Env) => Outcome;
const compiledConds = new WeakMap<Cond, Compiled>();

export function evaluate(c: Cond, env: Env): Outcome {
  let f = compiledConds.get(c);
  if (!f) compiledConds.set(c, (f = compile(c)));
  return f(env);
}

function compile(c: Cond): Compiled {
  if ('feature' in c) {
    const id = c.feature;
    return (env) => {
      const s = env.facts.status(id);
      if (s === 'present') return { state: 'met', seen: 'present' };
      if (s === 'absent') return { state: 'not_met', seen: 'absent' };
      return { state: 'not_documented', seen: s === 'uncertain' ? 'uncertain' : undefined };
    };
  }
  if ('notPresent' in c) {
    const id = c.notPresent;
    return (env) => {
      const s = env.facts.status(id);
      return s === 'present' ? { state: 'not_met', seen: 'present' } : { state: 'met', seen: s ?? 'not documented' };
    };
  }
  if ('number' in c) return (env) => numberOutcome(c, env);
  if ('sex' in c) {
    return (env) => {
      const s = env.facts.sex();
      return s === undefined ? { state: 'not_documented' } : { state: s === c.sex ? 'met' : 'not_met', seen: s };
    };
  }
  if ('criterion' in c) {
    return (env) => {
      const s = env.criteria.get(c.criterion);
      if (!s) throw new Error(`unknown criterion ${c.criterion}`);
      return { state: s };
    };
  }
  if ('not' in c) {
    const inner = compile(c.not);
    return (env) => {
      const o = inner(env);
      return { state: o.state === 'met' ? 'not_met' : o.state === 'not_met' ? 'met' : 'not_documented', seen: o.seen };
    };
  }
  if ('criteriaSet' in c) {
    return (env) => {
      const met = env.sets.get(c.criteriaSet);
      if (met === undefined) throw new Error(`criteria set ${c.criteriaSet} not decided yet`);
      return { state: met ? 'met' : 'not_met' };
    };
  }
  if ('fired' in c) {
    return (env) => {
      const sev = env.fired.get(c.fired);
      const ok = sev !== undefined && (!c.severity || c.severity.includes(sev));
      return { state: ok ? 'met' : 'not_met', seen: sev };
    };
  }
  const parts = ('any' in c ? c.any : 'all' in c ? c.all : c.of).map(compile);
  const tally = (env: Env) => {
    let met = 0;
    let nd = 0;
    for (const p of parts) {
      const s = p(env).state;
      if (s === 'met') met++;
      else if (s === 'not_documented') nd++;
    }
    return { met, nd };
  };
  if ('any' in c) {
    return (env) => {
      const { met, nd } = tally(env);
      return { state: met ? 'met' : nd ? 'not_documented' : 'not_met' };
    };
  }
  if ('all' in c) {
    return (env) => {
      const { met, nd } = tally(env);
      return { state: met === parts.length ? 'met' : parts.length - met - nd > 0 ? 'not_met' : 'not_documented' };
    };
  }
  const atLeast = c.atLeast;
  return (env) => {
    const { met, nd } = tally(env);
    return { state: met >= atLeast ? 'met' : met + nd >= atLeast ? 'not_documented' : 'not_met', seen: `${met} of ${parts.length}` };
  };
}

function numberOutcome(c: Extract<Cond, { number: NumericFact }>, env: Env): Outcome {
  const v = env.facts.number(c.number);
  if (v === undefined) {
    // Not stated, but bounded: a 27-year-old's back pain began before 40, whenever it began.
    const cap = env.facts.atMost(c.number);
    if (cap !== undefined && (c.op === '<' ? cap < c.value : c.op === '<=' ? cap <= c.value : false)) {
      return { state: 'met', seen: `at most ${cap} ${UNITS[c.number]} (the age now)` };
    }
    return c.orMissing ? { state: 'met', seen: 'not documented' } : { state: 'not_documented' };
  }
  const bound = env.facts.bound(c.number);
  const ok = compare(v, bound, c.op, c.value);
  const how = env.facts.how(c.number);
  return { state: ok ? 'met' : 'not_met', seen: `${bound ? BOUND_SIGN[bound] : ''}${v} ${UNITS[c.number]}${how ? ` (${how})` : ''}` };
}

/** A human label for a simple condition, for trace rows. */
export function describe(c: Cond): string {
  if ('feature' in c) return FEATURE_TABLE[c.feature].label;
  if ('notPresent' in c) return `${FEATURE_TABLE[c.notPresent].label}: not present`;
  if ('number' in c) return `${c.number.replace(/_/g, ' ').replace('symptom duration weeks', 'duration (weeks)').replace('morning stiffness minutes', 'morning stiffness (min)')} ${c.op} ${c.value}`;
  if ('sex' in c) return `sex ${c.sex}`;
  if ('criterion' in c) return c.criterion;
  if ('not' in c) return `not (${describe(c.not)})`;
  if ('criteriaSet' in c) return `${c.criteriaSet.toUpperCase()} inflammatory back pain`;
  if ('fired' in c) return `${c.fired}${c.severity ? ` (${c.severity.join('/')})` : ''}`;
  if ('any' in c) return c.any.map(describe).join(' or ');
  if ('all' in c) return c.all.map(describe).join(' and ');
  return `≥ ${c.atLeast} of: ${c.of.map(describe).join(', ')}`;
}
