import { describe, it, expect } from 'vitest';
import { RED_FLAG_RULES } from '../../../rules/findings/red-flags';
import type { FeatureId } from '../../../rules/vocabulary/features';
import { assess, findingOf, fired, severityOf, traceRow, type Spec } from './helpers';

const CAUDA_EQUINA: FeatureId[] = ['urinary_retention', 'fecal_incontinence', 'saddle_anesthesia', 'decreased_anal_tone', 'bilateral_leg_symptoms', 'sexual_dysfunction'];
const INFECTION_OTHER: FeatureId[] = ['ivdu', 'recent_infection', 'recent_spinal_procedure', 'immunosuppression'];

describe('red-flag rules as data', () => {
  it('has exactly the six flags of rules.md, in dependency order (neurological flags first)', () => {
    expect(RED_FLAG_RULES.map((r) => r.id)).toEqual(['flag.cauda_equina', 'flag.neuro_deficit', 'flag.malignancy', 'flag.infection', 'flag.fracture', 'flag.vascular']);
  });

  it('fires no flag on an empty feature set', () => {
    const ids = assess({}).findings.map((f) => f.id);
    expect(ids.filter((id) => id.startsWith('flag.'))).toEqual([]);
  });
});

describe('flag.cauda_equina (critical)', () => {
  it.each(CAUDA_EQUINA)('fires critical on %s alone', (id) => {
    expect(severityOf({ [id]: 'present' }, 'flag.cauda_equina')).toBe('critical');
  });

  it.each(CAUDA_EQUINA)('does not fire on %s uncertain', (id) => {
    expect(severityOf({ [id]: 'uncertain' }, 'flag.cauda_equina')).toBeUndefined();
  });

  it.each(CAUDA_EQUINA)('does not fire on %s absent', (id) => {
    expect(severityOf({ [id]: 'absent' }, 'flag.cauda_equina')).toBeUndefined();
  });

  it('saddle anaesthesia uncertain ("r/o") never fires, even with every other feature absent', () => {
    const spec: Spec = Object.fromEntries(CAUDA_EQUINA.map((id) => [id, 'absent']));
    spec.saddle_anesthesia = 'uncertain';
    expect(severityOf(spec, 'flag.cauda_equina')).toBeUndefined();
  });

  it('does not fire on unilateral radicular pain or leg weakness', () => {
    expect(severityOf({ radicular_pain: 'present', leg_weakness: 'present' }, 'flag.cauda_equina')).toBeUndefined();
  });

  it('traces each of the six features with met / not met / not documented', () => {
    const f = findingOf({ urinary_retention: 'present', fecal_incontinence: 'absent', saddle_anesthesia: 'uncertain' }, 'flag.cauda_equina')!;
    expect(f.trace).toHaveLength(6);
    expect(traceRow(f, 'Urinary retention')?.state).toBe('met');
    expect(traceRow(f, 'Faecal incontinence')?.state).toBe('not_met');
    expect(traceRow(f, 'Saddle anaesthesia')).toMatchObject({ state: 'not_documented', seen: 'uncertain' });
    expect(f.because).toMatch(/1 of 6/);
    expect(f.missing.some((m) => /Saddle anaesthesia/.test(m))).toBe(true);
  });
});

describe('flag.neuro_deficit (critical when progressive, else warning)', () => {
  it('fires critical on a progressive deficit', () => {
    expect(severityOf({ progressive_neuro_deficit: 'present' }, 'flag.neuro_deficit')).toBe('critical');
  });

  it('fires warning on leg weakness alone', () => {
    expect(severityOf({ leg_weakness: 'present' }, 'flag.neuro_deficit')).toBe('warning');
  });

  it('is critical when leg weakness is also progressive', () => {
    expect(severityOf({ leg_weakness: 'present', progressive_neuro_deficit: 'present' }, 'flag.neuro_deficit')).toBe('critical');
  });

  it('an uncertain progression does not raise leg weakness to critical', () => {
    expect(severityOf({ leg_weakness: 'present', progressive_neuro_deficit: 'uncertain' }, 'flag.neuro_deficit')).toBe('warning');
  });

  it.each(['progressive_neuro_deficit', 'leg_weakness'] as const)('does not fire on %s uncertain or absent', (id) => {
    expect(severityOf({ [id]: 'uncertain' }, 'flag.neuro_deficit')).toBeUndefined();
    expect(severityOf({ [id]: 'absent' }, 'flag.neuro_deficit')).toBeUndefined();
  });
});

describe('flag.malignancy', () => {
  describe('fires', () => {
    it('on a history of cancer alone (warning)', () => {
      expect(severityOf({ history_of_cancer: 'present' }, 'flag.malignancy')).toBe('warning');
    });

    it.each(['unexplained_weight_loss', 'pain_worse_lying_down', 'night_sweats'] as const)('on %s alone, at info', (id) => {
      expect(severityOf({ [id]: 'present' }, 'flag.malignancy')).toBe('info');
    });

    it('on age 50 with failure to improve (two weak factors: warning)', () => {
      expect(severityOf({ age: 50, failure_to_improve: 'present' }, 'flag.malignancy')).toBe('warning');
    });
  });

  describe('does not fire', () => {
    it('at age 49 with failure to improve (age ≥ 50 is required)', () => {
      expect(severityOf({ age: 49, failure_to_improve: 'present' }, 'flag.malignancy')).toBeUndefined();
    });

    it('on age ≥ 50 alone or failure to improve alone', () => {
      expect(severityOf({ age: 80 }, 'flag.malignancy')).toBeUndefined();
      expect(severityOf({ failure_to_improve: 'present' }, 'flag.malignancy')).toBeUndefined();
    });

    it('on failure to improve when age is not documented', () => {
      expect(severityOf({ failure_to_improve: 'present', unexplained_weight_loss: 'absent' }, 'flag.malignancy')).toBeUndefined();
    });

    it('when age ≥ 50 is only uncertain', () => {
      expect(severityOf({ age: { status: 'uncertain', value: 60 }, failure_to_improve: 'present' }, 'flag.malignancy')).toBeUndefined();
    });

    it.each(['history_of_cancer', 'unexplained_weight_loss', 'pain_worse_lying_down', 'night_sweats'] as const)('on %s uncertain', (id) => {
      expect(severityOf({ [id]: 'uncertain', age: 60 }, 'flag.malignancy')).toBeUndefined();
    });

    it('on failure to improve uncertain at age 60', () => {
      expect(severityOf({ age: 60, failure_to_improve: 'uncertain' }, 'flag.malignancy')).toBeUndefined();
    });

    it('on radicular pain alone', () => {
      expect(severityOf({ radicular_pain: 'present' }, 'flag.malignancy')).toBeUndefined();
    });
  });

  describe('severity tiers', () => {
    it('age 49 vs 50 with weight loss: info vs warning (≥ 2 of age ≥ 50, weight loss, failure to improve)', () => {
      expect(severityOf({ age: 49, unexplained_weight_loss: 'present' }, 'flag.malignancy')).toBe('info');
      expect(severityOf({ age: 50, unexplained_weight_loss: 'present' }, 'flag.malignancy')).toBe('warning');
    });

    it('weight loss with failure to improve (no age) is warning', () => {
      expect(severityOf({ unexplained_weight_loss: 'present', failure_to_improve: 'present' }, 'flag.malignancy')).toBe('warning');
    });

    it('night sweats and pain lying down are not among the "≥ 2" factors: still info', () => {
      expect(severityOf({ night_sweats: 'present', pain_worse_lying_down: 'present', unexplained_weight_loss: 'present' }, 'flag.malignancy')).toBe('info');
    });

    it('weight loss with failure to improve uncertain stays info', () => {
      expect(severityOf({ unexplained_weight_loss: 'present', failure_to_improve: 'uncertain' }, 'flag.malignancy')).toBe('info');
    });

    it('history of cancer with radicular pain is critical', () => {
      expect(severityOf({ history_of_cancer: 'present', radicular_pain: 'present' }, 'flag.malignancy')).toBe('critical');
    });

    it('history of cancer with radicular pain uncertain stays warning', () => {
      expect(severityOf({ history_of_cancer: 'present', radicular_pain: 'uncertain' }, 'flag.malignancy')).toBe('warning');
    });

    it.each([
      ['leg weakness (warning neuro flag)', { leg_weakness: 'present' }],
      ['a progressive deficit', { progressive_neuro_deficit: 'present' }],
      ['saddle anaesthesia (cauda equina)', { saddle_anesthesia: 'present' }],
    ] as Array<[string, Spec]>)('any malignancy factor with a neurological flag is critical: %s', (_, neuro) => {
      expect(severityOf({ unexplained_weight_loss: 'present', ...neuro }, 'flag.malignancy')).toBe('critical');
      expect(severityOf({ history_of_cancer: 'present', ...neuro }, 'flag.malignancy')).toBe('critical');
    });

    it('a neurological flag alone does not fire the malignancy flag', () => {
      expect(severityOf({ leg_weakness: 'present', age: 60 }, 'flag.malignancy')).toBeUndefined();
    });
  });

  it('says which factors are documented and how many were checked', () => {
    const f = findingOf({ age: 50, unexplained_weight_loss: 'present', history_of_cancer: 'absent' }, 'flag.malignancy')!;
    expect(f.because).toMatch(/Unexplained weight loss/);
    expect(f.because).toMatch(/age ≥ 50/);
    expect(f.because).toMatch(/2 of 7 checked/);
    expect(traceRow(f, 'History of cancer')?.state).toBe('not_met');
    expect(traceRow(f, 'age ≥ 50')).toMatchObject({ state: 'met', seen: '50 years' });
  });

  it('the info action is CRP/ESR and review, not a scan', () => {
    expect(findingOf({ unexplained_weight_loss: 'present' }, 'flag.malignancy')!.action).toMatch(/ESR\/CRP.*review at 4 weeks/);
  });
});

describe('flag.infection', () => {
  describe('fires', () => {
    it('warning on fever alone', () => {
      expect(severityOf({ fever: 'present' }, 'flag.infection')).toBe('warning');
    });

    it.each(INFECTION_OTHER)('warning on %s alone', (id) => {
      expect(severityOf({ [id]: 'present' }, 'flag.infection')).toBe('warning');
    });

    it('info on night sweats alone', () => {
      expect(severityOf({ night_sweats: 'present' }, 'flag.infection')).toBe('info');
    });
  });

  describe('critical', () => {
    it.each([...INFECTION_OTHER, 'night_sweats', 'elevated_crp'] as FeatureId[])('fever with %s', (id) => {
      expect(severityOf({ fever: 'present', [id]: 'present' }, 'flag.infection')).toBe('critical');
    });

    it.each([
      ['night sweats + leg weakness', { night_sweats: 'present', leg_weakness: 'present' }],
      ['injection drug use + urinary retention', { ivdu: 'present', urinary_retention: 'present' }],
      ['fever + progressive deficit', { fever: 'present', progressive_neuro_deficit: 'present' }],
    ] as Array<[string, Spec]>)('with a neurological flag: %s', (_, spec) => {
      expect(severityOf(spec, 'flag.infection')).toBe('critical');
    });
  });

  describe('not critical', () => {
    it('two non-fever factors stay warning', () => {
      expect(severityOf({ ivdu: 'present', recent_infection: 'present' }, 'flag.infection')).toBe('warning');
    });

    it('raised CRP upgrades only with fever', () => {
      expect(severityOf({ ivdu: 'present', elevated_crp: 'present' }, 'flag.infection')).toBe('warning');
      expect(severityOf({ night_sweats: 'present', elevated_crp: 'present' }, 'flag.infection')).toBe('info');
    });

    it('fever uncertain with injection drug use is warning, not critical', () => {
      expect(severityOf({ fever: 'uncertain', ivdu: 'present' }, 'flag.infection')).toBe('warning');
    });

    it('fever with injection drug use uncertain is warning, not critical', () => {
      expect(severityOf({ fever: 'present', ivdu: 'uncertain' }, 'flag.infection')).toBe('warning');
    });
  });

  describe('does not fire', () => {
    it('on fever uncertain alone', () => {
      expect(severityOf({ fever: 'uncertain' }, 'flag.infection')).toBeUndefined();
      expect(assess({ fever: 'uncertain' }).findings.filter((f) => f.id.startsWith('flag.'))).toEqual([]);
    });

    it.each([...INFECTION_OTHER, 'night_sweats'] as FeatureId[])('on %s uncertain', (id) => {
      expect(severityOf({ [id]: 'uncertain' }, 'flag.infection')).toBeUndefined();
    });

    it('on raised CRP alone', () => {
      expect(severityOf({ elevated_crp: 'present' }, 'flag.infection')).toBeUndefined();
    });

    it('on fever absent', () => {
      expect(severityOf({ fever: 'absent', ivdu: 'absent' }, 'flag.infection')).toBeUndefined();
    });
  });
});

describe('flag.fracture', () => {
  describe('fires', () => {
    it.each(['significant_trauma', 'steroid_use'] as const)('warning on %s alone', (id) => {
      expect(severityOf({ [id]: 'present' }, 'flag.fracture')).toBe('warning');
    });

    it('info on osteoporosis alone', () => {
      expect(severityOf({ osteoporosis: 'present' }, 'flag.fracture')).toBe('info');
    });

    it('age 70 does not fire; age 71 fires at info (a man, or sex not documented)', () => {
      expect(severityOf({ age: 70, sex: 'male' }, 'flag.fracture')).toBeUndefined();
      expect(severityOf({ age: 71, sex: 'male' }, 'flag.fracture')).toBe('info');
      expect(severityOf({ age: 71 }, 'flag.fracture')).toBe('info');
    });
  });

  describe('female sex counts as a second factor only when age > 70', () => {
    it('woman of 71: warning', () => {
      expect(severityOf({ age: 71, sex: 'female' }, 'flag.fracture')).toBe('warning');
    });

    it('woman of 70: no flag', () => {
      expect(severityOf({ age: 70, sex: 'female' }, 'flag.fracture')).toBeUndefined();
    });

    it('woman of 60 with osteoporosis: info (sex does not count under 71)', () => {
      expect(severityOf({ age: 60, sex: 'female', osteoporosis: 'present' }, 'flag.fracture')).toBe('info');
    });

    it('sex uncertain at 71 does not count', () => {
      expect(severityOf({ age: 71, sex: { status: 'uncertain', value: 'female' } }, 'flag.fracture')).toBe('info');
    });
  });

  describe('≥ 2 factors', () => {
    it('osteoporosis at 71: warning; at 70: info', () => {
      expect(severityOf({ age: 71, sex: 'male', osteoporosis: 'present' }, 'flag.fracture')).toBe('warning');
      expect(severityOf({ age: 70, sex: 'male', osteoporosis: 'present' }, 'flag.fracture')).toBe('info');
    });

    it('osteoporosis with steroid use uncertain stays info', () => {
      expect(severityOf({ osteoporosis: 'present', steroid_use: 'uncertain' }, 'flag.fracture')).toBe('info');
    });
  });

  describe('does not fire', () => {
    it.each(['significant_trauma', 'osteoporosis', 'steroid_use'] as const)('on %s uncertain', (id) => {
      expect(severityOf({ [id]: 'uncertain' }, 'flag.fracture')).toBeUndefined();
    });

    it('on an uncertain age of 80', () => {
      expect(severityOf({ age: { status: 'uncertain', value: 80 }, sex: 'female' }, 'flag.fracture')).toBeUndefined();
    });
  });

  it('traces the female-over-70 factor', () => {
    const f = findingOf({ age: 71, sex: 'female' }, 'flag.fracture')!;
    expect(traceRow(f, 'female and age > 70')?.state).toBe('met');
    expect(traceRow(f, 'age > 70')?.state).toBe('met');
  });
});

describe('flag.vascular (critical)', () => {
  it('fires critical on a pulsatile abdominal mass', () => {
    expect(severityOf({ pulsatile_abdominal_mass: 'present' }, 'flag.vascular')).toBe('critical');
  });

  it('fires critical on a known AAA with new severe pain', () => {
    expect(severityOf({ known_aaa: 'present', severe_pain: 'present' }, 'flag.vascular')).toBe('critical');
  });

  it('does not fire on a known AAA without severe pain, or severe pain alone', () => {
    expect(severityOf({ known_aaa: 'present' }, 'flag.vascular')).toBeUndefined();
    expect(severityOf({ severe_pain: 'present' }, 'flag.vascular')).toBeUndefined();
  });

  it('does not fire when the mass or the pain is uncertain', () => {
    expect(severityOf({ pulsatile_abdominal_mass: 'uncertain' }, 'flag.vascular')).toBeUndefined();
    expect(severityOf({ known_aaa: 'present', severe_pain: 'uncertain' }, 'flag.vascular')).toBeUndefined();
    expect(severityOf({ known_aaa: 'uncertain', severe_pain: 'present' }, 'flag.vascular')).toBeUndefined();
  });
});

describe('general management advice (no critical flag)', () => {
  it('shows with no flag, with info and warning flags', () => {
    expect(assess({}).generalAdvice).toBe(true);
    expect(assess({ osteoporosis: 'present' }).generalAdvice).toBe(true);
    expect(assess({ history_of_cancer: 'present' }).generalAdvice).toBe(true);
  });

  it.each([
    ['cauda equina', { urinary_retention: 'present' }],
    ['progressive deficit', { progressive_neuro_deficit: 'present' }],
    ['malignancy with radicular pain', { history_of_cancer: 'present', radicular_pain: 'present' }],
    ['infection', { fever: 'present', ivdu: 'present' }],
    ['vascular', { pulsatile_abdominal_mass: 'present' }],
  ] as Array<[string, Spec]>)('is withheld with a critical flag: %s', (_, spec) => {
    expect(assess(spec).generalAdvice).toBe(false);
  });

  it('several flags fire together, each at its own severity', () => {
    expect(fired({ fever: 'present', ivdu: 'present', history_of_cancer: 'present', age: 75, sex: 'female' })).toMatchObject({
      'flag.infection': 'critical',
      'flag.malignancy': 'warning',
      'flag.fracture': 'warning',
    });
  });
});
