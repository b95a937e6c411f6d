import type { Cond } from './conditions';
import { c, type Rule } from './rule';

const ONSET_UNDER_40: Cond = { number: 'onset_age', op: '<', value: 40 };
export const CHRONIC: Cond = { number: 'symptom_duration_weeks', op: '>=', value: 12 };

/**
 * Inflammatory back pain criteria sets (spec: rules.md, Back-pain patterns). Each is a rule
 * of its own whose criteria are the set's items; pattern.inflammatory fires when any is met.
 */
export interface CriteriaSet {
  key: 'asas' | 'berlin' | 'calin';
  name: string;
  threshold: number;
  /** Must hold for the set to apply (Berlin: age ≤ 50). */
  entry?: { label: string; cond: Cond };
  items: Array<{ key: string; label: string; cond: Cond }>;
  /** Likelihood ratio by number of items met, where the source gives one. */
  lrByCount?: Array<{ atLeast: number; lr: number }>;
}

export const CRITERIA_SETS: CriteriaSet[] = [
  {
    key: 'asas',
    name: 'ASAS (experts, 2009)',
    threshold: 4,
    items: [
      { key: 'onset40', label: 'onset before age 40', cond: ONSET_UNDER_40 },
      { key: 'insidious', label: 'insidious onset', cond: { feature: 'insidious_onset' } },
      { key: 'exercise', label: 'improvement with exercise', cond: { feature: 'improves_with_exercise' } },
      { key: 'rest', label: 'no improvement with rest', cond: { feature: 'worse_with_rest' } },
      { key: 'night', label: 'pain at night (improving on getting up)', cond: { feature: 'night_pain' } },
    ],
  },
  {
    key: 'berlin',
    name: 'Berlin (2006)',
    threshold: 2,
    entry: { label: 'age ≤ 50', cond: { number: 'age', op: '<=', value: 50 } },
    items: [
      { key: 'stiffness30', label: 'morning stiffness > 30 min', cond: { number: 'morning_stiffness_minutes', op: '>', value: 30 } },
      { key: 'exerciseRest', label: 'better with exercise, not with rest', cond: { all: [{ feature: 'improves_with_exercise' }, { feature: 'worse_with_rest' }] } },
      { key: 'secondHalf', label: 'waking in the second half of the night', cond: { feature: 'night_pain_second_half' } },
      { key: 'buttock', label: 'alternating buttock pain', cond: { feature: 'alternating_buttock_pain' } },
    ],
    lrByCount: [
      { atLeast: 3, lr: 12.4 },
      { atLeast: 2, lr: 3.7 },
    ],
  },
  {
    key: 'calin',
    name: 'Calin (1977)',
    threshold: 4,
    items: [
      { key: 'onset40', label: 'onset before age 40', cond: ONSET_UNDER_40 },
      { key: 'insidious', label: 'insidious onset', cond: { feature: 'insidious_onset' } },
      { key: 'chronic', label: 'duration over 3 months', cond: CHRONIC },
      { key: 'stiffness', label: 'morning stiffness', cond: { feature: 'morning_stiffness' } },
      { key: 'exercise', label: 'improvement with exercise', cond: { feature: 'improves_with_exercise' } },
    ],
  },
];

/** The other patterns (spec: rules.md, Other patterns). */
export const OTHER_PATTERN_RULES: Rule[] = [
  {
    id: 'pattern.mechanical',
    title: 'Mechanical pattern',
    criteria: [
      { key: 'activity', label: 'worse with activity, better with rest', cond: { feature: 'worse_with_activity' } },
      { key: 'noExercise', label: 'not better with exercise', cond: { notPresent: 'improves_with_exercise' } },
    ],
    fires: { all: [c('activity'), c('noExercise')] },
    tiers: [],
    otherwise: 'info',
    actions: { info: 'Stay active, heat, exercise therapy; review at about a month if not improving.' },
    snippets: ['mech.pattern_prognosis', 'pitfall.ibp_labelled_mechanical', 'si.prevalence', 'si.provocation_cluster', 'si.diagnostic_block', 'si.treatment_ladder', 'sleep.pillow_between_knees', 'mgmt.remain_active', 'mgmt.heat', 'mgmt.exercise_therapy', 'mgmt.manual_therapy_massage', 'mgmt.nsaid_nonspecific', 'mgmt.reassess_one_month', 'pitfall.no_systemic_steroids', 'pitfall.opioid_caution', 'redflag.nonspinal_mimics'],
  },
  {
    id: 'pattern.static_posture',
    title: 'Static-posture (myofascial) pattern',
    criteria: [{ key: 'posture', label: 'pain after prolonged static posture', cond: { feature: 'static_posture_pain' } }],
    fires: c('posture'),
    tiers: [],
    otherwise: 'info',
    actions: { info: 'Movement breaks, stretching and exercise; ergonomic changes help little on their own.' },
    snippets: ['posture.movement_breaks', 'posture.ergonomics_limited', 'pitfall.ibp_labelled_mechanical', 'exercise.morning_routine', 'exercise.lumbar_rotation', 'exercise.knees_to_chest', 'exercise.glute_stretch', 'exercise.cat_camel', 'exercise.prayer_stretch', 'exercise.thread_the_needle', 'mgmt.remain_active', 'mgmt.heat', 'mgmt.exercise_therapy', 'mgmt.manual_therapy_massage', 'mgmt.nsaid_nonspecific', 'pitfall.no_systemic_steroids'],
  },
  {
    id: 'pattern.degenerative_stiffness',
    title: 'Short morning stiffness (degenerative)',
    criteria: [
      { key: 'stiffness', label: 'morning stiffness', cond: { feature: 'morning_stiffness' } },
      { key: 'short', label: 'lasting 30 min or less', cond: { number: 'morning_stiffness_minutes', op: '<=', value: 30 } },
    ],
    fires: { all: [c('stiffness'), c('short')] },
    tiers: [],
    otherwise: 'info',
    actions: { info: 'Morning mobility routine; a pillow between the knees for side sleepers (expert opinion).' },
    snippets: ['degen.short_stiffness', 'imaging.incidental_findings', 'exercise.morning_routine', 'exercise.lumbar_rotation', 'exercise.knees_to_chest', 'exercise.glute_stretch', 'exercise.cat_camel', 'exercise.prayer_stretch', 'exercise.thread_the_needle', 'sleep.pillow_between_knees', 'mgmt.remain_active', 'mgmt.heat', 'mgmt.exercise_therapy', 'mgmt.nsaid_nonspecific'],
  },
  {
    id: 'pattern.radicular',
    title: 'Radicular pain (sciatica)',
    criteria: [
      { key: 'radicular', label: 'radicular pain', cond: { feature: 'radicular_pain' } },
      { key: 'slr', label: 'positive straight-leg raise', cond: { feature: 'slr_positive' } },
    ],
    fires: { any: [c('radicular'), c('slr')] },
    tiers: [],
    otherwise: 'info',
    actions: { info: 'Examine power, reflexes and sensation; give written cauda equina safety-netting advice; imaging only for red flags or intervention.' },
    snippets: ['radicular.assessment', 'redflag.cauda_equina.early_symptoms', 'redflag.neuro_deficit.urgent', 'imaging.persistent_radicular', 'mgmt.remain_active', 'pitfall.no_systemic_steroids', 'pitfall.opioid_caution'],
  },
];

export const INFLAMMATORY_SNIPPETS = [
  'ibp.criteria_sets', 'ibp.pretest_probability', 'ibp.classification_not_diagnosis', 'axspa.workup_tests', 'axspa.nice_referral',
  'ibp.nsaid_first_line', 'ibp.nsaid_adequate_trial', 'ibp.exercise_physio', 'ibp.no_long_term_systemic_steroids',
  'ibp.biologic_escalation', 'ibp.analgesics_residual', 'pitfall.ibp_labelled_mechanical', 'imaging.sij.first_line',
  'redflag.malignancy.recumbent_night_pain', 'mgmt.remain_active', 'pitfall.opioid_caution',
];
