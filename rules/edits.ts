import * as z from 'zod/mini';
import { FeatureValue, Sex, Status, type ExtractedFeature } from './vocabulary/extraction';
import { FEATURE_TABLE, FeatureId, type ValueKind } from './vocabulary/features';

/**
 * Clinician edits on top of the features read from the text. An edit sets a feature's status
 * (and, for age, durations and sex, its value) or removes it ('not_documented'). The rules
 * then run on the edited set, exactly as they run on the extracted one.
 */
export const FeatureEdit = z.union([
  z.literal('not_documented'),
  z.strictObject({ status: Status, value: z.optional(FeatureValue) }),
]);
export type FeatureEdit = z.infer<typeof FeatureEdit>;

export const Edits = z.partialRecord(FeatureId, FeatureEdit);
export type Edits = z.infer<typeof Edits>;

/** Age and sex from the chart banner; they fill in what the text does not say. */
export const ChartBanner = z.object({ age: z.optional(z.nullable(z.number())), sex: z.optional(z.nullable(Sex)) });
export type ChartBanner = z.infer<typeof ChartBanner>;

/** The plausible range of each numeric kind, for the panel's inputs and for checking edits. */
export const VALUE_RANGE: Record<'years' | 'weeks' | 'minutes', { min: number; max: number }> = {
  years: { min: 0, max: 120 },
  weeks: { min: 0, max: 5200 },
  minutes: { min: 0, max: 1440 },
};

/** Whether a value suits a feature's value kind (a number in range, or a sex). */
export function valueFits(kind: ValueKind, value: unknown): value is FeatureValue {
  if (kind === 'none') return false;
  if (kind === 'sex') return Sex.safeParse(value).success;
  const range = VALUE_RANGE[kind];
  return typeof value === 'number' && Number.isFinite(value) && value >= range.min && value <= range.max;
}

/** The text's features with the banner's age and sex added where the text has none. */
export function withBanner(extracted: ExtractedFeature[], banner: ChartBanner = {}): ExtractedFeature[] {
  const out = [...extracted];
  const has = (id: FeatureId) => out.some((f) => f.id === id);
  if (!has('age') && typeof banner.age === 'number' && valueFits('years', banner.age)) {
    out.push({ id: 'age', status: 'present', value: banner.age, evidence: [], conflict: false, source: 'chart' });
  }
  if (!has('sex') && banner.sex && valueFits('sex', banner.sex)) {
    out.push({ id: 'sex', status: 'present', value: banner.sex, evidence: [], conflict: false, source: 'chart' });
  }
  return out;
}

/**
 * Extracted features (plus the banner) with the clinician's edits applied, in vocabulary order.
 * An edited feature keeps its text evidence, so its words stay highlighted, and is marked as
 * the clinician's. A value that does not suit the feature is dropped.
 */
export function applyEdits(extracted: ExtractedFeature[], edits: Edits, banner?: ChartBanner): ExtractedFeature[] {
  const byId = new Map(withBanner(extracted, banner).map((f) => [f.id, f]));
  for (const id of Object.keys(edits) as FeatureId[]) {
    const edit = edits[id];
    if (edit === undefined) continue;
    if (edit === 'not_documented') {
      byId.delete(id);
      continue;
    }
    const kind = FEATURE_TABLE[id].value;
    const before = byId.get(id);
    const value = edit.value !== undefined ? edit.value : before?.value;
    byId.set(id, {
      id,
      status: edit.status,
      ...(value !== undefined && valueFits(kind, value) ? { value } : {}),
      // A bound read from the text stays with its number until the clinician types another.
      ...(edit.value === undefined && value !== undefined && before?.bound ? { bound: before.bound } : {}),
      evidence: before?.evidence ?? [],
      conflict: before?.conflict ?? false,
      source: 'clinician',
    });
  }
  const order = Object.keys(FEATURE_TABLE);
  return [...byId.values()].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
}

/**
 * The edits after the clinician sets one feature. An edit that brings a feature back to what
 * the text (and banner) said is dropped, so setting a status back leaves no trace.
 */
export function setEdit(edits: Edits, baseline: ExtractedFeature[], id: FeatureId, edit: FeatureEdit): Edits {
  const next: Edits = { ...edits };
  const base = baseline.find((f) => f.id === id);
  const same =
    edit === 'not_documented'
      ? !base
      : !!base && base.status === edit.status && (edit.value === undefined || edit.value === base.value);
  if (same) delete next[id];
  else next[id] = edit;
  return next;
}
