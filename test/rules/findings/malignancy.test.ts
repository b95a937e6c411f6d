import { describe, it, expect } from 'vitest';
import { factsFrom } from '../../../rules/findings/facts';
import { MALIGNANCY_LRS, MALIGNANCY_PRETEST, malignancyProbability, postTestProbability } from '../../../rules/findings/malignancy';
import { assess, features, findingOf, type Spec } from './helpers';

const probability = (spec: Spec) => malignancyProbability(factsFrom(features(spec)));

// Pre-test odds = 0.007 / 0.993 = 0.0070493
const PRE_ODDS = 0.007 / 0.993;

describe('the constants of rules.md', () => {
  it('pre-test 0.7 %; LR+ cancer 14.7, age ≥ 50 2.7, weight loss 2.7, failure to improve 3.0', () => {
    expect(MALIGNANCY_PRETEST).toBe(0.007);
    expect(Object.fromEntries(MALIGNANCY_LRS.map((l) => [l.key, l.lr]))).toEqual({
      history_of_cancer: 14.7,
      age50: 2.7,
      unexplained_weight_loss: 2.7,
      failure_to_improve: 3.0,
    });
  });
});

describe('postTestProbability (odds × LRs)', () => {
  it('no LR leaves the pre-test probability unchanged', () => {
    expect(postTestProbability(0.007, [])).toBeCloseTo(0.007, 10);
  });

  it('cancer history: 0.0070493 × 14.7 = 0.103625 odds → 0.103625 / 1.103625 = 0.0939 (≈ 9.4 %)', () => {
    const p = postTestProbability(0.007, [14.7]);
    expect(Math.abs(p - 0.094)).toBeLessThanOrEqual(0.001);
  });

  it('cancer + age ≥ 50: 0.0070493 × 14.7 × 2.7 = 0.279789 odds → 0.279789 / 1.279789 = 0.21862', () => {
    expect(postTestProbability(0.007, [14.7, 2.7])).toBeCloseTo(0.21862, 4);
  });

  it('all four: 0.0070493 × 14.7 × 2.7 × 2.7 × 3.0 = 2.266287 odds → 2.266287 / 3.266287 = 0.69384', () => {
    expect(postTestProbability(0.007, [14.7, 2.7, 2.7, 3.0])).toBeCloseTo(0.69384, 4);
  });

  it('age ≥ 50 alone: 0.0070493 × 2.7 = 0.019033 → 0.01868 (≈ 2 %); two weak factors ≈ 5 %', () => {
    expect(postTestProbability(0.007, [2.7])).toBeCloseTo(0.01868, 4);
    // 0.0070493 × 2.7 × 3.0 = 0.057099 → 0.05402
    expect(postTestProbability(0.007, [2.7, 3.0])).toBeCloseTo(0.05402, 4);
  });

  it('is the odds form of Bayes: multiplying LRs commutes', () => {
    expect(postTestProbability(0.2, [3, 0.5])).toBeCloseTo(postTestProbability(0.2, [0.5, 3]), 12);
    // 0.25 × 3 × 0.5 = 0.375 → 0.375 / 1.375
    expect(postTestProbability(0.2, [3, 0.5])).toBeCloseTo(0.375 / 1.375, 12);
    expect(PRE_ODDS * 14.7).toBeCloseTo(0.103625, 5);
  });
});

describe('malignancyProbability from the confirmed features', () => {
  it('cancer history alone: ≈ 9.4 %', () => {
    const p = probability({ history_of_cancer: 'present' });
    expect(Math.abs(p.value - 0.094)).toBeLessThanOrEqual(0.001);
    expect(p.display).toBe('≈ 9.4 %');
    expect(p.factors).toEqual(['history of cancer (LR+ 14.7)']);
  });

  it('cancer at age 50: ≈ 22 % (0.21862); at age 49 only the cancer counts', () => {
    expect(probability({ history_of_cancer: 'present', age: 50 }).value).toBeCloseTo(0.21862, 4);
    expect(probability({ history_of_cancer: 'present', age: 50 }).display).toBe('≈ 22 %');
    expect(probability({ history_of_cancer: 'present', age: 49 }).value).toBeCloseTo(0.09390, 4);
  });

  it('all four: ≈ 69 % (0.69384)', () => {
    const p = probability({ history_of_cancer: 'present', age: 72, unexplained_weight_loss: 'present', failure_to_improve: 'present' });
    expect(p.value).toBeCloseTo(0.69384, 4);
    expect(p.display).toBe('≈ 69 %');
    expect(p.factors).toHaveLength(4);
  });

  it('uncertain or absent items do not multiply in', () => {
    const p = probability({ history_of_cancer: 'present', unexplained_weight_loss: 'uncertain', failure_to_improve: 'absent', age: { status: 'uncertain', value: 70 } });
    expect(p.value).toBeCloseTo(0.09390, 4);
  });

  it('items without an LR (night sweats, pain lying down) leave it at the pre-test 0.7 %', () => {
    const p = probability({ night_sweats: 'present', pain_worse_lying_down: 'present' });
    expect(p.value).toBeCloseTo(0.007, 6);
    expect(p.display).toBe('≈ 0.7 %');
    expect(p.factors).toEqual([]);
  });

  it('the caveat says combining LRs assumes independence and rests on one small cohort', () => {
    const p = probability({ history_of_cancer: 'present' });
    expect(p.caveat).toMatch(/independen/);
    expect(p.caveat).toMatch(/one small cohort/);
    expect(p.caveat).toMatch(/0\.7 %/);
  });
});

describe('in the assessment', () => {
  it('is given only when the malignancy flag fires', () => {
    expect(assess({ age: 60 }).malignancy).toBeUndefined();
    expect(assess({ history_of_cancer: 'uncertain' }).malignancy).toBeUndefined();
    expect(assess({ history_of_cancer: 'present' }).malignancy?.display).toBe('≈ 9.4 %');
  });

  it('the malignancy card shows the rounded probability with "≈" and the caveat', () => {
    const f = findingOf({ history_of_cancer: 'present', age: 55 }, 'flag.malignancy')!;
    expect(f.card.detail).toMatch(/\*\*Probability of malignancy:\*\* ≈ 22 % \(history of cancer \(LR\+ 14\.7\), age ≥ 50 \(LR\+ 2\.7\)\)/);
    expect(f.card.detail).toMatch(/independent and rests on one small cohort/);
    expect(f.card.detail).toMatch(/Supports, does not replace, clinical judgement/);
  });
});
