// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { assessText } from '../../rules/assess';
import { applyEdits, Edits, setEdit, valueFits, withBanner } from '../../rules/edits';
import { runRules } from '../../rules/findings/engine';
import { ExtractedFeature } from '../../rules/vocabulary/extraction';

const NOTE =
  'CC: low back pain for 3 weeks after lifting. HPI: Worse with activity, better with rest. Denies fever, no saddle anesthesia. No history of cancer.';
const read = () => assessText(NOTE).features;
const byId = (fs: ExtractedFeature[], id: string) => fs.find((f) => f.id === id);

describe('applyEdits', () => {
  it('returns the extracted features unchanged when there are no edits', () => {
    const fs = read();
    expect(applyEdits(fs, {})).toEqual(fs);
  });

  it('sets a status, keeps the text evidence and marks the feature as the clinician’s', () => {
    const fs = read();
    const before = byId(fs, 'saddle_anesthesia')!;
    expect(before.status).toBe('absent');
    const after = byId(applyEdits(fs, { saddle_anesthesia: { status: 'present' } }), 'saddle_anesthesia')!;
    expect(after.status).toBe('present');
    expect(after.source).toBe('clinician');
    expect(after.evidence).toEqual(before.evidence);
  });

  it('adds a feature the text does not mention, with no evidence, and it passes the schema', () => {
    const out = applyEdits(read(), { night_sweats: { status: 'absent' } });
    const added = byId(out, 'night_sweats')!;
    expect(added).toMatchObject({ status: 'absent', evidence: [], source: 'clinician', conflict: false });
    expect(ExtractedFeature.safeParse(added).success).toBe(true);
  });

  it("removes a feature set to 'not_documented'", () => {
    const out = applyEdits(read(), { fever: 'not_documented' });
    expect(byId(read(), 'fever')).toBeDefined();
    expect(byId(out, 'fever')).toBeUndefined();
  });

  it('keeps vocabulary order after adding features', () => {
    const ids = applyEdits(read(), { age: { status: 'present', value: 40 }, slr_positive: { status: 'present' } }).map((f) => f.id);
    expect(ids[0]).toBe('age');
    expect(ids.at(-1)).toBe('slr_positive');
  });

  it('sets and keeps values; drops a value that does not suit the feature', () => {
    const fs = read();
    const weeks = byId(fs, 'symptom_duration_weeks')!;
    expect(weeks.value).toBe(3);
    expect(byId(applyEdits(fs, { symptom_duration_weeks: { status: 'present', value: 20 } }), 'symptom_duration_weeks')!.value).toBe(20);
    expect(byId(applyEdits(fs, { symptom_duration_weeks: { status: 'uncertain' } }), 'symptom_duration_weeks')!.value).toBe(3);
    expect(byId(applyEdits(fs, { fever: { status: 'present', value: 39 } }), 'fever')!.value).toBeUndefined();
    expect(byId(applyEdits(fs, { age: { status: 'present', value: 500 } }), 'age')!.value).toBeUndefined();
    expect(byId(applyEdits(fs, { sex: { status: 'present', value: 12 } }), 'sex')!.value).toBeUndefined();
  });

  it('keeps a bound read from the text with its number, and drops it when the clinician types a number', () => {
    const fs = assessText('Low back pain for 2 years with morning stiffness > 30 min.').features;
    expect(byId(fs, 'morning_stiffness_minutes')).toMatchObject({ value: 30, bound: 'above' });
    expect(byId(applyEdits(fs, { morning_stiffness_minutes: { status: 'present' } }), 'morning_stiffness_minutes')).toMatchObject({ value: 30, bound: 'above' });
    expect(byId(applyEdits(fs, { morning_stiffness_minutes: { status: 'present', value: 20 } }), 'morning_stiffness_minutes')!.bound).toBeUndefined();
  });

  it('makes the rules change: saddle anaesthesia present fires cauda equina, back to absent removes it', () => {
    const fs = read();
    const fires = (edits: Edits) => runRules(applyEdits(fs, edits)).findings.some((f) => f.id === 'flag.cauda_equina');
    expect(fires({})).toBe(false);
    expect(fires({ saddle_anesthesia: { status: 'present' } })).toBe(true);
    expect(fires({ saddle_anesthesia: { status: 'uncertain' } })).toBe(false);
  });
});

describe('chart banner', () => {
  it('fills age and sex when the text has none', () => {
    const out = applyEdits(read(), {}, { age: 62, sex: 'male' });
    expect(byId(out, 'age')).toMatchObject({ status: 'present', value: 62, source: 'chart', evidence: [] });
    expect(byId(out, 'sex')).toMatchObject({ status: 'present', value: 'male', source: 'chart' });
    expect(ExtractedFeature.safeParse(byId(out, 'age')).success).toBe(true);
  });

  it('never overrides what the text says', () => {
    const fs = assessText(`45 y.o. F. ${NOTE}`).features;
    const out = withBanner(fs, { age: 80, sex: 'male' });
    expect(byId(out, 'age')!.value).toBe(45);
    expect(byId(out, 'sex')!.value).toBe('female');
  });

  it('ignores null and implausible banner values', () => {
    expect(byId(withBanner(read(), { age: null, sex: null }), 'age')).toBeUndefined();
    expect(byId(withBanner(read(), { age: 300 }), 'age')).toBeUndefined();
  });

  it('lets the banner age feed the rules (age ≥ 50 with no improvement)', () => {
    const fs = read();
    const edits: Edits = { failure_to_improve: { status: 'present' } };
    const sev = (banner?: { age: number }) => runRules(applyEdits(fs, edits, banner)).findings.find((f) => f.id === 'flag.malignancy')?.severity;
    expect(sev()).toBeUndefined();
    expect(sev({ age: 70 })).toBeDefined();
  });
});

describe('setEdit', () => {
  it('drops an edit that brings a feature back to what was read', () => {
    const fs = read();
    let edits = setEdit({}, fs, 'saddle_anesthesia', { status: 'present' });
    expect(edits).toEqual({ saddle_anesthesia: { status: 'present' } });
    edits = setEdit(edits, fs, 'saddle_anesthesia', { status: 'absent' });
    expect(edits).toEqual({});
  });

  it("drops 'not_documented' for a feature the text never mentioned", () => {
    const fs = read();
    let edits = setEdit({}, fs, 'night_sweats', { status: 'present' });
    edits = setEdit(edits, fs, 'night_sweats', 'not_documented');
    expect(edits).toEqual({});
    expect(setEdit({}, fs, 'fever', 'not_documented')).toEqual({ fever: 'not_documented' });
  });

  it('keeps a value change even when the status is unchanged', () => {
    const fs = read();
    expect(setEdit({}, fs, 'symptom_duration_weeks', { status: 'present', value: 3 })).toEqual({});
    expect(setEdit({}, fs, 'symptom_duration_weeks', { status: 'present', value: 14 })).toEqual({
      symptom_duration_weeks: { status: 'present', value: 14 },
    });
  });
});

describe('schemas', () => {
  it('validates the edit map', () => {
    expect(Edits.safeParse({ fever: { status: 'present' }, night_sweats: 'not_documented' }).success).toBe(true);
    expect(Edits.safeParse({ not_a_feature: { status: 'present' } }).success).toBe(false);
    expect(Edits.safeParse({ fever: { status: 'maybe' } }).success).toBe(false);
    expect(Edits.safeParse({ fever: 'absent' }).success).toBe(false);
    expect(Edits.safeParse({ fever: { status: 'present', extra: 1 } }).success).toBe(false);
  });

  it('still requires evidence for a feature read from the text', () => {
    const bare = { id: 'fever', status: 'present', evidence: [], conflict: false };
    expect(ExtractedFeature.safeParse(bare).success).toBe(false);
    expect(ExtractedFeature.safeParse({ ...bare, source: 'text' }).success).toBe(false);
    expect(ExtractedFeature.safeParse({ ...bare, source: 'clinician' }).success).toBe(true);
    expect(ExtractedFeature.safeParse({ ...bare, source: 'someone' }).success).toBe(false);
  });

  it('checks values against their kind', () => {
    expect(valueFits('years', 45)).toBe(true);
    expect(valueFits('years', -1)).toBe(false);
    expect(valueFits('minutes', 2000)).toBe(false);
    expect(valueFits('weeks', Number.NaN)).toBe(false);
    expect(valueFits('sex', 'female')).toBe(true);
    expect(valueFits('sex', 'f')).toBe(false);
    expect(valueFits('none', 1)).toBe(false);
  });
});
