import { describe, it, expect } from 'vitest';
import { IMAGING_RULES } from '../../../rules/findings/imaging';
import type { FindingId } from '../../../rules/findings/schema';
import { assess, findingOf, fired, type Spec } from './helpers';

const has = (spec: Spec, id: FindingId) => findingOf(spec, id) !== undefined;
const imaging = (spec: Spec) => assess(spec).findings.filter((f) => f.id.startsWith('imaging.')).map((f) => f.id).sort();

// Inflammatory pattern: ASAS 4 of 5 without onset age (Berlin and Calin not met).
const ASAS4: Spec = { insidious_onset: 'present', improves_with_exercise: 'present', worse_with_rest: 'present', night_pain: 'present' };

describe('imaging rules as data', () => {
  it('are the six of rules.md', () => {
    expect(IMAGING_RULES.map((r) => r.id)).toEqual(['imaging.mri_emergency', 'imaging.mri_urgent', 'imaging.mri_soon', 'imaging.xray_first', 'imaging.sij_mri', 'imaging.not_indicated']);
  });
});

describe('imaging.mri_emergency', () => {
  it.each([
    ['cauda equina', { urinary_retention: 'present' }],
    ['critical (progressive) neuro deficit', { progressive_neuro_deficit: 'present' }],
    ['malignancy with a neurological flag', { unexplained_weight_loss: 'present', leg_weakness: 'present' }],
    ['infection with a neurological flag', { ivdu: 'present', leg_weakness: 'present' }],
    ['infection (info) with a neurological flag', { night_sweats: 'present', leg_weakness: 'present' }],
  ] as Array<[string, Spec]>)('fires: %s', (_, spec) => {
    const f = findingOf(spec, 'imaging.mri_emergency');
    expect(f?.severity).toBe('critical');
  });

  it('does not fire for a cancer history with radicular pain alone: rules.md asks for a neurological flag (the critical malignancy card itself says MRI within 24 h)', () => {
    expect(has({ history_of_cancer: 'present', radicular_pain: 'present' }, 'imaging.mri_emergency')).toBe(false);
    expect(has({ history_of_cancer: 'present', radicular_pain: 'present', leg_weakness: 'present' }, 'imaging.mri_emergency')).toBe(true);
    expect(has({ history_of_cancer: 'present', radicular_pain: 'present' }, 'imaging.mri_soon')).toBe(false);
  });

  it.each([
    ['warning neuro deficit alone (leg weakness)', { leg_weakness: 'present' }],
    ['cancer history without neurology', { history_of_cancer: 'present' }],
    ['critical infection without neurology', { fever: 'present', ivdu: 'present' }],
    ['saddle anaesthesia uncertain', { saddle_anesthesia: 'uncertain' }],
    ['progressive deficit uncertain', { progressive_neuro_deficit: 'uncertain' }],
  ] as Array<[string, Spec]>)('does not fire: %s', (_, spec) => {
    expect(has(spec, 'imaging.mri_emergency')).toBe(false);
  });

  it('the action gives the timing: immediately for cauda equina, 24 h for cord compression in cancer', () => {
    expect(findingOf({ urinary_retention: 'present' }, 'imaging.mri_emergency')!.action).toMatch(/immediately.*24 hours/);
  });
});

describe('imaging.mri_urgent (critical infection, no neurological flag)', () => {
  it('fires on fever with injection drug use', () => {
    const f = findingOf({ fever: 'present', ivdu: 'present' }, 'imaging.mri_urgent')!;
    expect(f).toBeDefined();
    expect(f.action).toMatch(/blood cultures and CRP\/ESR/);
  });

  it('fires on fever with raised CRP', () => {
    expect(has({ fever: 'present', elevated_crp: 'present' }, 'imaging.mri_urgent')).toBe(true);
  });

  it('does not fire on warning-level infection (fever alone)', () => {
    expect(has({ fever: 'present' }, 'imaging.mri_urgent')).toBe(false);
  });

  it('does not fire on fever uncertain with injection drug use', () => {
    expect(has({ fever: 'uncertain', ivdu: 'present' }, 'imaging.mri_urgent')).toBe(false);
  });

  it('gives way to emergency MRI when there is a neurological flag', () => {
    const spec: Spec = { fever: 'present', ivdu: 'present', urinary_retention: 'present' };
    expect(has(spec, 'imaging.mri_urgent')).toBe(false);
    expect(has(spec, 'imaging.mri_emergency')).toBe(true);
  });
});

describe('imaging.mri_soon (warning malignancy, no neurological flag)', () => {
  it('fires on a cancer history', () => {
    const f = findingOf({ history_of_cancer: 'present' }, 'imaging.mri_soon')!;
    expect(f.severity).toBe('warning');
    expect(f.action).toMatch(/within about a week/);
    expect(f.action).toMatch(/radiographs cannot exclude metastases/);
  });

  it('age 50 with weight loss fires; age 49 with weight loss (info) does not', () => {
    expect(has({ age: 50, unexplained_weight_loss: 'present' }, 'imaging.mri_soon')).toBe(true);
    expect(has({ age: 49, unexplained_weight_loss: 'present' }, 'imaging.mri_soon')).toBe(false);
  });

  it.each(['unexplained_weight_loss', 'pain_worse_lying_down', 'night_sweats'] as const)('a single weak factor (%s) gets no scan', (id) => {
    expect(imaging({ [id]: 'present' })).not.toEqual(expect.arrayContaining(['imaging.mri_soon']));
    expect(imaging({ [id]: 'present', symptom_duration_weeks: 8 })).toEqual([]);
  });

  it('does not fire with a neurological flag (emergency instead)', () => {
    const spec: Spec = { history_of_cancer: 'present', leg_weakness: 'present' };
    expect(has(spec, 'imaging.mri_soon')).toBe(false);
    expect(has(spec, 'imaging.mri_emergency')).toBe(true);
  });

  it('does not fire on a cancer history uncertain', () => {
    expect(has({ history_of_cancer: 'uncertain' }, 'imaging.mri_soon')).toBe(false);
  });
});

describe('imaging.xray_first (warning fracture)', () => {
  it.each([
    ['trauma', { significant_trauma: 'present' }],
    ['steroid use', { steroid_use: 'present' }],
    ['woman of 71', { age: 71, sex: 'female' }],
    ['osteoporosis at 71', { age: 71, osteoporosis: 'present' }],
  ] as Array<[string, Spec]>)('fires: %s', (_, spec) => {
    expect(has(spec, 'imaging.xray_first')).toBe(true);
  });

  it.each([
    ['osteoporosis alone (info)', { osteoporosis: 'present' }],
    ['man of 71 (info)', { age: 71, sex: 'male' }],
    ['woman of 70 (no flag)', { age: 70, sex: 'female' }],
    ['trauma uncertain', { significant_trauma: 'uncertain' }],
  ] as Array<[string, Spec]>)('does not fire: %s', (_, spec) => {
    expect(has(spec, 'imaging.xray_first')).toBe(false);
  });

  it('mentions CT after high-energy trauma', () => {
    expect(findingOf({ significant_trauma: 'present' }, 'imaging.xray_first')!.action).toMatch(/CT after high-energy trauma/);
  });
});

describe('imaging.sij_mri (warning-level inflammatory pattern)', () => {
  it('fires with a chronic ASAS pattern (12 weeks)', () => {
    const f = findingOf({ ...ASAS4, symptom_duration_weeks: 12 }, 'imaging.sij_mri')!;
    expect(f.action).toMatch(/semi-coronal T1 and STIR/);
    expect(f.action).toMatch(/rheumatology/);
  });

  it('does not fire with an info-level pattern (11 weeks)', () => {
    expect(has({ ...ASAS4, symptom_duration_weeks: 11 }, 'imaging.sij_mri')).toBe(false);
  });

  it('does not fire when only Calin is met', () => {
    const calin: Spec = { onset_age: 30, morning_stiffness: 'present', improves_with_exercise: 'present', symptom_duration_weeks: 20 };
    expect(fired(calin)['pattern.inflammatory']).toBe('info');
    expect(has(calin, 'imaging.sij_mri')).toBe(false);
  });
});

describe('imaging.not_indicated (no flag above info, no warning IBP, < 6 weeks or undocumented)', () => {
  it('fires with nothing documented', () => {
    expect(has({}, 'imaging.not_indicated')).toBe(true);
  });

  it('duration 5 weeks fires; 6 weeks does not', () => {
    expect(has({ symptom_duration_weeks: 5 }, 'imaging.not_indicated')).toBe(true);
    expect(has({ symptom_duration_weeks: 6 }, 'imaging.not_indicated')).toBe(false);
  });

  it('an info-level flag does not prevent it', () => {
    expect(has({ osteoporosis: 'present', symptom_duration_weeks: 5 }, 'imaging.not_indicated')).toBe(true);
    expect(has({ night_sweats: 'present' }, 'imaging.not_indicated')).toBe(true);
  });

  it.each([
    ['warning fracture', { significant_trauma: 'present' }],
    ['warning malignancy', { history_of_cancer: 'present' }],
    ['warning infection', { fever: 'present' }],
    ['warning neuro deficit', { leg_weakness: 'present' }],
    ['critical cauda equina', { urinary_retention: 'present' }],
    ['critical vascular', { pulsatile_abdominal_mass: 'present' }],
  ] as Array<[string, Spec]>)('a flag above info prevents it: %s', (_, spec) => {
    expect(has({ ...spec, symptom_duration_weeks: 2 }, 'imaging.not_indicated')).toBe(false);
  });

  it('an info-level (early) inflammatory pattern does not prevent it', () => {
    expect(fired({ ...ASAS4, symptom_duration_weeks: 4 })['pattern.inflammatory']).toBe('info');
    expect(has({ ...ASAS4, symptom_duration_weeks: 4 }, 'imaging.not_indicated')).toBe(true);
  });

  it('an uncertain duration counts as not documented', () => {
    expect(has({ symptom_duration_weeks: { status: 'uncertain', value: 20 } }, 'imaging.not_indicated')).toBe(true);
  });

  it('an uncertain red flag does not prevent it', () => {
    expect(has({ fever: 'uncertain', significant_trauma: 'uncertain', history_of_cancer: 'uncertain' }, 'imaging.not_indicated')).toBe(true);
  });
});

describe('imaging follows severity', () => {
  it('the imaging advice for typical presentations', () => {
    expect(imaging({ urinary_retention: 'present', symptom_duration_weeks: 1 })).toEqual(['imaging.mri_emergency']);
    expect(imaging({ fever: 'present', recent_spinal_procedure: 'present' })).toEqual(['imaging.mri_urgent']);
    expect(imaging({ history_of_cancer: 'present', symptom_duration_weeks: 8 })).toEqual(['imaging.mri_soon']);
    expect(imaging({ significant_trauma: 'present', symptom_duration_weeks: 1 })).toEqual(['imaging.xray_first']);
    expect(imaging({ ...ASAS4, symptom_duration_weeks: 30 })).toEqual(['imaging.sij_mri']);
    expect(imaging({ worse_with_activity: 'present', symptom_duration_weeks: 2 })).toEqual(['imaging.not_indicated']);
    expect(imaging({ worse_with_activity: 'present', symptom_duration_weeks: 8 })).toEqual([]);
  });
});
