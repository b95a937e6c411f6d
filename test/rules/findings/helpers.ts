import { runRules, type Assessment } from '../../../rules/findings/engine';
import type { Finding, FindingId, Severity } from '../../../rules/findings/schema';
import { ExtractedFeature, type Sex, type Status } from '../../../rules/vocabulary/extraction';
import { FEATURE_TABLE, type FeatureId } from '../../../rules/vocabulary/features';

/**
 * A compact feature set for tests:
 *   { age: 55, sex: 'female', symptom_duration_weeks: 14, history_of_cancer: 'present', fever: 'uncertain' }
 * A number gives a numeric feature status `present` with that value; 'male'/'female' gives
 * `sex` present; a status string gives that status; `{ status, value }` sets both (e.g. an
 * uncertain age). Features left out are not documented.
 */
export type SpecValue = Status | number | Sex | { status: Status; value?: number | Sex };
export type Spec = Partial<Record<FeatureId, SpecValue>>;

const STATUSES: readonly string[] = ['present', 'absent', 'uncertain'];

export function features(spec: Spec): ExtractedFeature[] {
  return (Object.entries(spec) as Array<[FeatureId, SpecValue]>).map(([id, v]) => {
    const kind = FEATURE_TABLE[id].value;
    let status: Status;
    let value: number | Sex | undefined;
    if (typeof v === 'number') {
      if (kind === 'none' || kind === 'sex') throw new Error(`${id} takes no numeric value`);
      status = 'present';
      value = v;
    } else if (typeof v === 'string' && STATUSES.includes(v)) {
      status = v as Status;
    } else if (typeof v === 'string') {
      if (kind !== 'sex') throw new Error(`${id} takes no sex value`);
      status = 'present';
      value = v as Sex;
    } else {
      status = v.status;
      value = v.value;
    }
    const text = value === undefined ? id.replace(/_/g, ' ') : `${id.replace(/_/g, ' ')} ${value}`;
    // Validate against the extraction contract so tests cannot feed the rules malformed input.
    return ExtractedFeature.parse({
      id,
      status,
      ...(value !== undefined ? { value } : {}),
      evidence: [{ start: 0, end: text.length, text, status, section: 'hpi', historical: false }],
      conflict: false,
    });
  });
}

export const assess = (spec: Spec): Assessment => runRules(features(spec));

export const findingOf = (spec: Spec, id: FindingId): Finding | undefined => assess(spec).findings.find((f) => f.id === id);

/** Severity of a finding, or undefined when it does not fire. */
export const severityOf = (spec: Spec, id: FindingId): Severity | undefined => findingOf(spec, id)?.severity;

/** Every fired finding with its severity. */
export const fired = (spec: Spec): Partial<Record<FindingId, Severity>> =>
  Object.fromEntries(assess(spec).findings.map((f) => [f.id, f.severity]));

/** Trace row of a finding by label (exact, or a substring when no exact match). */
export function traceRow(f: Finding, label: string) {
  return f.trace.find((r) => r.label === label) ?? f.trace.find((r) => r.label.includes(label));
}

/** A small deterministic generator (LCG) for property-style tests. */
export function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Random feature sets over the whole vocabulary, reproducible from the seed. */
export function randomSpecs(count: number, seed = 7): Spec[] {
  const next = rng(seed);
  const ids = Object.keys(FEATURE_TABLE) as FeatureId[];
  const out: Spec[] = [];
  for (let n = 0; n < count; n++) {
    const spec: Spec = {};
    const density = 0.05 + next() * 0.45;
    for (const id of ids) {
      if (next() > density) continue;
      const kind = FEATURE_TABLE[id].value;
      const r = next();
      if (kind === 'years') spec[id] = Math.floor(16 + next() * 75);
      else if (kind === 'weeks') spec[id] = Math.floor(next() * 160);
      else if (kind === 'minutes') spec[id] = Math.floor(next() * 150);
      else if (kind === 'sex') spec[id] = next() < 0.5 ? 'male' : 'female';
      else spec[id] = r < 0.6 ? 'present' : r < 0.8 ? 'absent' : 'uncertain';
    }
    out.push(spec);
  }
  return out;
}
