import { describe, it, expect } from 'vitest';
import { redFlagScreen } from '../../../rules/findings/screen';
import type { FeatureId } from '../../../rules/vocabulary/features';
import { assess, features, randomSpecs } from './helpers';

/** The Red-flag features table of features.md, in order. */
const RED_FLAG_TABLE: FeatureId[] = [
  'urinary_retention', 'fecal_incontinence', 'saddle_anesthesia', 'bilateral_leg_symptoms', 'leg_weakness',
  'progressive_neuro_deficit', 'decreased_anal_tone', 'history_of_cancer', 'unexplained_weight_loss',
  'failure_to_improve', 'fever', 'night_sweats', 'ivdu', 'immunosuppression', 'recent_infection',
  'recent_spinal_procedure', 'significant_trauma', 'osteoporosis', 'steroid_use', 'sexual_dysfunction',
  'pulsatile_abdominal_mass', 'known_aaa',
];

describe('red-flag screen', () => {
  it('lists every red-flag feature of features.md, in order, and nothing else', () => {
    expect(redFlagScreen([]).map((r) => r.id)).toEqual(RED_FLAG_TABLE);
  });

  it('shows everything as not documented when nothing is documented', () => {
    expect(new Set(redFlagScreen([]).map((r) => r.state))).toEqual(new Set(['not_documented']));
  });

  it('maps present / absent / uncertain / missing to present / absent / ask / not documented', () => {
    const rows = redFlagScreen(features({ fever: 'present', saddle_anesthesia: 'absent', urinary_retention: 'uncertain' }));
    const state = (id: FeatureId) => rows.find((r) => r.id === id)!.state;
    expect(state('fever')).toBe('present');
    expect(state('saddle_anesthesia')).toBe('absent');
    expect(state('urinary_retention')).toBe('ask');
    expect(state('ivdu')).toBe('not_documented');
  });

  it('never shows an uncertain red-flag feature as merely not documented', () => {
    const spec = Object.fromEntries(RED_FLAG_TABLE.map((id) => [id, 'uncertain'])) as Record<FeatureId, 'uncertain'>;
    const rows = redFlagScreen(features(spec));
    expect(rows.every((r) => r.state === 'ask')).toBe(true);
    for (const s of randomSpecs(200, 11)) {
      for (const r of redFlagScreen(features(s))) {
        if (s[r.id] === 'uncertain') expect(r.state).toBe('ask');
        if (s[r.id] === undefined) expect(r.state).toBe('not_documented');
      }
    }
  });

  it('an all-uncertain screen fires no flag (uncertain never fires a rule)', () => {
    const spec = Object.fromEntries(RED_FLAG_TABLE.map((id) => [id, 'uncertain'])) as Record<FeatureId, 'uncertain'>;
    const a = assess({ ...spec, age: 80, sex: 'female' });
    expect(a.findings.map((f) => f.id)).toEqual(['flag.fracture', 'imaging.xray_first']); // only the age/sex factor
    expect(a.screen.filter((r) => r.state === 'ask')).toHaveLength(RED_FLAG_TABLE.length);
  });

  it('ignores non-red-flag features and carries the feature label', () => {
    const rows = redFlagScreen(features({ psoriasis: 'present', fever: 'absent' }));
    expect(rows.find((r) => r.id === ('psoriasis' as FeatureId))).toBeUndefined();
    expect(rows.find((r) => r.id === 'fever')!.label).toBe('Fever');
  });

  it('is part of every assessment', () => {
    expect(assess({ fever: 'absent' }).screen.find((r) => r.id === 'fever')!.state).toBe('absent');
  });
});
