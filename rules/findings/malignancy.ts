import type { Facts } from './facts';
import type { Probability } from './schema';

/** Pre-test probability of spinal malignancy in primary care and the positive LRs (Deyo & Diehl 1988). */
export const MALIGNANCY_PRETEST = 0.007;
export const MALIGNANCY_LRS = [
  { key: 'history_of_cancer', label: 'history of cancer', lr: 14.7 },
  { key: 'age50', label: 'age ≥ 50', lr: 2.7 },
  { key: 'unexplained_weight_loss', label: 'unexplained weight loss', lr: 2.7 },
  { key: 'failure_to_improve', label: 'no improvement after a month', lr: 3.0 },
] as const;


/** Bayes with odds: pre-test odds × the LRs of the present items (assumes independence). */
export function postTestProbability(pretest: number, lrs: number[]): number {
  const odds = (pretest / (1 - pretest)) * lrs.reduce((a, b) => a * b, 1);
  return odds / (1 + odds);
}

export function malignancyProbability(facts: Facts): Probability {
  const present = MALIGNANCY_LRS.filter((f) =>
    f.key === 'age50' ? (facts.number('age') ?? 0) >= 50 : facts.status(f.key) === 'present',
  );
  const value = postTestProbability(MALIGNANCY_PRETEST, present.map((f) => f.lr));
  const pct = value * 100;
  return {
    value,
    display: `≈ ${pct < 10 ? pct.toFixed(1) : Math.round(pct)} %`,
    factors: present.map((f) => `${f.label} (LR+ ${f.lr})`),
    caveat: 'From a 0.7 % primary-care pre-test probability; combining likelihood ratios assumes they are independent and rests on one small cohort — a rough estimate.',
  };
}
