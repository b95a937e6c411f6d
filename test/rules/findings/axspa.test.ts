import { describe, it, expect } from 'vitest';
import type { FeatureId } from '../../../rules/vocabulary/features';
import { findingOf, severityOf, traceRow, type Spec } from './helpers';

const CHRONIC_YOUNG: Spec = { onset_age: 30, symptom_duration_weeks: 20 };
const SPA_FEATURES: FeatureId[] = ['peripheral_arthritis', 'enthesitis', 'uveitis', 'dactylitis', 'psoriasis', 'ibd', 'nsaid_response', 'family_history_spa', 'elevated_crp'];
// ASAS inflammatory back pain 4 of 5 (onset comes from CHRONIC_YOUNG).
const ASAS_IBP: Spec = { insidious_onset: 'present', improves_with_exercise: 'present', worse_with_rest: 'present' };

const asas = (spec: Spec) => severityOf(spec, 'axspa.asas_classification');

describe('axspa.asas_classification — imaging arm (sacroiliitis + ≥ 1 SpA feature)', () => {
  it.each(SPA_FEATURES)('fires with sacroiliitis and %s', (id) => {
    expect(asas({ ...CHRONIC_YOUNG, sacroiliitis_on_imaging: 'present', [id]: 'present' })).toBe('warning');
  });

  it('fires with sacroiliitis and HLA-B27 (HLA-B27 is an SpA feature in the imaging arm)', () => {
    expect(asas({ ...CHRONIC_YOUNG, sacroiliitis_on_imaging: 'present', hla_b27_positive: 'present' })).toBe('warning');
  });

  it('fires with sacroiliitis and ASAS inflammatory back pain', () => {
    expect(asas({ ...CHRONIC_YOUNG, ...ASAS_IBP, sacroiliitis_on_imaging: 'present' })).toBe('warning');
  });

  it('does not fire on sacroiliitis without an SpA feature', () => {
    expect(asas({ ...CHRONIC_YOUNG, sacroiliitis_on_imaging: 'present' })).toBeUndefined();
  });

  it('does not fire when the SpA feature is uncertain', () => {
    expect(asas({ ...CHRONIC_YOUNG, sacroiliitis_on_imaging: 'present', uveitis: 'uncertain' })).toBeUndefined();
  });

  it('does not fire when sacroiliitis is uncertain', () => {
    expect(asas({ ...CHRONIC_YOUNG, sacroiliitis_on_imaging: 'uncertain', uveitis: 'present' })).toBeUndefined();
  });
});

describe('axspa.asas_classification — clinical arm (HLA-B27 + ≥ 2 other SpA features)', () => {
  it('fires with HLA-B27 and two other features', () => {
    expect(asas({ ...CHRONIC_YOUNG, hla_b27_positive: 'present', psoriasis: 'present', enthesitis: 'present' })).toBe('warning');
    expect(asas({ ...CHRONIC_YOUNG, hla_b27_positive: 'present', elevated_crp: 'present', ibd: 'present' })).toBe('warning');
  });

  it('ASAS inflammatory back pain counts as one of the features', () => {
    expect(asas({ ...CHRONIC_YOUNG, ...ASAS_IBP, hla_b27_positive: 'present', nsaid_response: 'present' })).toBe('warning');
  });

  it('does not fire with HLA-B27 and only one other feature', () => {
    expect(asas({ ...CHRONIC_YOUNG, hla_b27_positive: 'present', psoriasis: 'present' })).toBeUndefined();
    expect(asas({ ...CHRONIC_YOUNG, hla_b27_positive: 'present', psoriasis: 'present', enthesitis: 'uncertain' })).toBeUndefined();
  });

  it('does not fire when HLA-B27 is uncertain or absent', () => {
    const three: Spec = { psoriasis: 'present', enthesitis: 'present', uveitis: 'present' };
    expect(asas({ ...CHRONIC_YOUNG, ...three, hla_b27_positive: 'uncertain' })).toBeUndefined();
    expect(asas({ ...CHRONIC_YOUNG, ...three, hla_b27_positive: 'absent' })).toBeUndefined();
  });

  it('does not fire on many SpA features without HLA-B27 or imaging', () => {
    expect(asas({ ...CHRONIC_YOUNG, ...Object.fromEntries(SPA_FEATURES.map((id) => [id, 'present'])) })).toBeUndefined();
  });
});

describe('axspa.asas_classification — entry: chronic back pain, onset < 45', () => {
  const CLINICAL: Spec = { hla_b27_positive: 'present', psoriasis: 'present', enthesitis: 'present' };

  it('onset 44 fires; onset 45 does not', () => {
    expect(asas({ ...CLINICAL, onset_age: 44, symptom_duration_weeks: 20 })).toBe('warning');
    expect(asas({ ...CLINICAL, onset_age: 45, symptom_duration_weeks: 20 })).toBeUndefined();
  });

  it('derived onset: age 46 with 2 years of pain (44) fires; age 47 (45) does not', () => {
    expect(asas({ ...CLINICAL, age: 46, symptom_duration_weeks: 104 })).toBe('warning');
    expect(asas({ ...CLINICAL, age: 47, symptom_duration_weeks: 104 })).toBeUndefined();
  });

  it('duration 12 weeks fires; 11 weeks (not chronic) does not', () => {
    expect(asas({ ...CLINICAL, onset_age: 30, symptom_duration_weeks: 12 })).toBe('warning');
    expect(asas({ ...CLINICAL, onset_age: 30, symptom_duration_weeks: 11 })).toBeUndefined();
  });

  it('does not fire when the duration or onset age is not documented', () => {
    expect(asas({ ...CLINICAL, onset_age: 30 })).toBeUndefined();
    expect(asas({ ...CLINICAL, symptom_duration_weeks: 30 })).toBeUndefined();
  });
});

describe('axspa.asas_classification — card', () => {
  const f = findingOf({ ...CHRONIC_YOUNG, hla_b27_positive: 'present', psoriasis: 'present', uveitis: 'present' }, 'axspa.asas_classification')!;

  it('says classification criteria are not diagnostic criteria', () => {
    expect(f.action).toMatch(/classification criteria, not diagnostic criteria/);
    expect(f.card.detail).toMatch(/classification criteria, not diagnostic criteria/);
  });

  it('never says "likely axSpA"', () => {
    for (const text of [f.title, f.action, f.card.summary, f.card.detail]) expect(text).not.toMatch(/likely axSpA/i);
  });

  it('traces the entry conditions and the arms', () => {
    expect(traceRow(f, 'back pain ≥ 12 weeks')).toMatchObject({ state: 'met', seen: '20 weeks' });
    expect(traceRow(f, 'onset before age 45')?.state).toBe('met');
    expect(traceRow(f, 'HLA-B27 positive')?.state).toBe('met');
    expect(traceRow(f, 'sacroiliitis on imaging')?.state).toBe('not_documented');
  });
});

describe('inflammatory pattern without classification: the tests that would decide it', () => {
  const IBP: Spec = { ...CHRONIC_YOUNG, ...ASAS_IBP, night_pain: 'present' };

  it('names HLA-B27, CRP and MRI of the sacroiliac joints when none is documented', () => {
    const f = findingOf(IBP, 'pattern.inflammatory')!;
    expect(findingOf(IBP, 'axspa.asas_classification')).toBeUndefined();
    expect(f.card.detail).toMatch(/classification not fulfilled; HLA-B27, CRP, MRI of the sacroiliac joints would decide it/);
  });

  it('leaves out the tests already documented', () => {
    const f = findingOf({ ...IBP, hla_b27_positive: 'absent', elevated_crp: 'uncertain' }, 'pattern.inflammatory')!;
    expect(f.card.detail).toMatch(/not fulfilled; CRP, MRI of the sacroiliac joints would decide it/);
  });

  it('says nothing of the kind when classification is fulfilled', () => {
    const f = findingOf({ ...IBP, sacroiliitis_on_imaging: 'present', uveitis: 'present' }, 'pattern.inflammatory')!;
    expect(findingOf({ ...IBP, sacroiliitis_on_imaging: 'present', uveitis: 'present' }, 'axspa.asas_classification')).toBeDefined();
    expect(f.card.detail).not.toMatch(/would decide it/);
  });
});

describe('axspa.nice_referral (NICE NG65)', () => {
  const nice = (spec: Spec) => severityOf(spec, 'axspa.nice_referral');
  // onset < 35 is one of the nine items; use onset 40 so it does not count unless wanted.
  const BASE: Spec = { onset_age: 40, symptom_duration_weeks: 20 };
  const THREE: Spec = { night_pain_second_half: 'present', si_joint_pain: 'present', nsaid_response: 'present' };

  it('exactly 3 criteria: info (test HLA-B27, refer if positive)', () => {
    const f = findingOf({ ...BASE, ...THREE }, 'axspa.nice_referral')!;
    expect(f.severity).toBe('info');
    expect(f.action).toMatch(/HLA-B27/);
  });

  it('4 criteria: warning (refer to rheumatology)', () => {
    const f = findingOf({ ...BASE, ...THREE, psoriasis: 'present' }, 'axspa.nice_referral')!;
    expect(f.severity).toBe('warning');
    expect(f.action).toMatch(/refer to rheumatology/);
  });

  it('2 criteria: does not fire', () => {
    expect(nice({ ...BASE, night_pain_second_half: 'present', si_joint_pain: 'present' })).toBeUndefined();
  });

  it.each(['improves_with_exercise', 'family_history_spa', 'peripheral_arthritis', 'enthesitis', 'psoriasis'] as const)('%s counts as an item', (id) => {
    expect(nice({ ...BASE, night_pain_second_half: 'present', si_joint_pain: 'present', [id]: 'present' })).toBe('info');
  });

  it('onset before 35 counts; onset at 35 does not', () => {
    const two: Spec = { symptom_duration_weeks: 20, night_pain_second_half: 'present', alternating_buttock_pain: 'present' };
    expect(nice({ ...two, onset_age: 34 })).toBe('info');
    expect(nice({ ...two, onset_age: 35 })).toBeUndefined();
  });

  it('alternating buttock pain and SI-joint pain are one item (buttock pain)', () => {
    expect(nice({ ...BASE, alternating_buttock_pain: 'present', si_joint_pain: 'present', nsaid_response: 'present' })).toBeUndefined();
    expect(nice({ ...BASE, alternating_buttock_pain: 'present', si_joint_pain: 'present', nsaid_response: 'present', enthesitis: 'present' })).toBe('info');
  });

  it('an uncertain item does not count', () => {
    expect(nice({ ...BASE, ...THREE, psoriasis: 'uncertain' })).toBe('info');
    expect(nice({ ...BASE, ...THREE, nsaid_response: 'uncertain' })).toBeUndefined();
  });

  it('needs onset before 45: 44 fires, 45 does not', () => {
    const five: Spec = { ...THREE, psoriasis: 'present', enthesitis: 'present', symptom_duration_weeks: 20 };
    expect(nice({ ...five, onset_age: 44 })).toBe('warning');
    expect(nice({ ...five, onset_age: 45 })).toBeUndefined();
  });

  it('needs chronic pain: 12 weeks fires, 11 does not', () => {
    expect(nice({ ...THREE, onset_age: 40, symptom_duration_weeks: 12 })).toBe('info');
    expect(nice({ ...THREE, onset_age: 40, symptom_duration_weeks: 11 })).toBeUndefined();
  });
});
