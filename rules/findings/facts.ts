import type { ExtractedFeature, Sex, Status, ValueBound } from '../vocabulary/extraction';
import type { FeatureId } from '../vocabulary/features';

/** Numbers the rules compare; onset age is derived when not stated (age − duration). */
export type NumericFact = 'age' | 'onset_age' | 'symptom_duration_weeks' | 'morning_stiffness_minutes';

/** The confirmed feature set, as the rules read it. */
export interface Facts {
  status(id: FeatureId): Status | undefined;
  number(fact: NumericFact): number | undefined;
  /** Whether that number was written as a bound ("> 30 min"); never for a derived one. */
  bound(fact: NumericFact): ValueBound | undefined;
  sex(): Sex | undefined;
  /** How a derived number was obtained, for the trace ("age 31 − 4 years"). */
  how(fact: NumericFact): string | undefined;
  /**
   * The most a number not known can be: pain began no later than today, so onset age is at most
   * the age now. Undefined when the number is known, or nothing bounds it.
   */
  atMost(fact: NumericFact): number | undefined;
}

export function factsFrom(features: ExtractedFeature[]): Facts {
  const byId = new Map(features.map((f) => [f.id, f]));
  const num = (id: FeatureId): number | undefined => {
    const f = byId.get(id);
    return f?.status === 'present' && typeof f.value === 'number' ? f.value : undefined;
  };
  const derivedOnset = (): number | undefined => {
    const age = num('age'), weeks = num('symptom_duration_weeks');
    return age !== undefined && weeks !== undefined ? Math.round((age - weeks / 52) * 10) / 10 : undefined;
  };
  return {
    status: (id) => byId.get(id)?.status,
    number: (fact) => (fact === 'onset_age' ? (num('onset_age') ?? derivedOnset()) : num(fact)),
    bound: (fact) => (num(fact) !== undefined ? byId.get(fact)?.bound : undefined),
    sex: () => {
      const f = byId.get('sex');
      return f?.status === 'present' && (f.value === 'male' || f.value === 'female') ? f.value : undefined;
    },
    atMost: (fact) => (fact === 'onset_age' && num('onset_age') === undefined && derivedOnset() === undefined ? num('age') : undefined),
    how: (fact) => {
      if (fact !== 'onset_age' || num('onset_age') !== undefined) return undefined;
      const age = num('age'), weeks = num('symptom_duration_weeks');
      return age !== undefined && weeks !== undefined ? `age ${age} − ${Math.round((weeks / 52) * 10) / 10} years of pain` : undefined;
    },
  };
}
