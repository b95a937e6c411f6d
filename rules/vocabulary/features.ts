import * as z from 'zod/mini';

/**
 * The feature vocabulary (spec: features.md). One source of truth for ids, groups,
 * labels and value types; every other module imports from here.
 */
export const FeatureGroup = z.enum(['patient', 'pattern', 'spa', 'red_flag', 'exam']);
export type FeatureGroup = z.infer<typeof FeatureGroup>;

export const ValueKind = z.enum(['none', 'years', 'weeks', 'minutes', 'sex']);
export type ValueKind = z.infer<typeof ValueKind>;

const def = (group: FeatureGroup, label: string, value: ValueKind = 'none') => ({ group, label, value });

/** Ordered as in features.md; the side panel groups and orders by this table. */
export const FEATURE_TABLE = {
  age: def('patient', 'Age', 'years'),
  sex: def('patient', 'Sex', 'sex'),
  symptom_duration_weeks: def('patient', 'Duration of back pain', 'weeks'),
  onset_age: def('patient', 'Age at onset', 'years'),
  insidious_onset: def('patient', 'Insidious onset'),
  /** Added by the project (not in features.md): severe or excruciating pain, for the vascular flag. */
  severe_pain: def('patient', 'Severe pain'),

  morning_stiffness: def('pattern', 'Morning stiffness'),
  morning_stiffness_minutes: def('pattern', 'Morning stiffness duration', 'minutes'),
  improves_with_exercise: def('pattern', 'Improves with exercise or movement'),
  worse_with_rest: def('pattern', 'Worse with rest / no improvement with rest'),
  worse_with_activity: def('pattern', 'Worse with activity, better with rest'),
  night_pain: def('pattern', 'Night pain'),
  night_pain_second_half: def('pattern', 'Wakes in the second half of the night'),
  pain_worse_lying_down: def('pattern', 'Pain worse lying flat, eased sitting up'),
  alternating_buttock_pain: def('pattern', 'Alternating buttock pain'),
  static_posture_pain: def('pattern', 'Pain after prolonged static posture'),
  radicular_pain: def('pattern', 'Radicular pain (sciatica)'),
  si_joint_pain: def('pattern', 'Sacroiliac / buttock pain'),

  nsaid_response: def('spa', 'Good response to NSAIDs'),
  family_history_spa: def('spa', 'Family history of SpA-family disease'),
  psoriasis: def('spa', 'Psoriasis'),
  uveitis: def('spa', 'Uveitis / iritis'),
  ibd: def('spa', "Crohn's disease / ulcerative colitis"),
  enthesitis: def('spa', 'Enthesitis'),
  dactylitis: def('spa', 'Dactylitis'),
  peripheral_arthritis: def('spa', 'Peripheral arthritis'),
  hla_b27_positive: def('spa', 'HLA-B27 positive'),
  elevated_crp: def('spa', 'Raised CRP / ESR'),
  sacroiliitis_on_imaging: def('spa', 'Sacroiliitis on imaging'),

  urinary_retention: def('red_flag', 'Urinary retention / new bladder dysfunction'),
  fecal_incontinence: def('red_flag', 'Faecal incontinence'),
  saddle_anesthesia: def('red_flag', 'Saddle anaesthesia'),
  bilateral_leg_symptoms: def('red_flag', 'Bilateral leg symptoms'),
  leg_weakness: def('red_flag', 'Leg weakness / foot drop'),
  progressive_neuro_deficit: def('red_flag', 'Progressive neurological deficit'),
  decreased_anal_tone: def('red_flag', 'Decreased anal tone'),
  history_of_cancer: def('red_flag', 'History of cancer'),
  unexplained_weight_loss: def('red_flag', 'Unexplained weight loss'),
  failure_to_improve: def('red_flag', 'No improvement after ~1 month of care'),
  fever: def('red_flag', 'Fever'),
  night_sweats: def('red_flag', 'Night sweats'),
  ivdu: def('red_flag', 'Injection drug use'),
  immunosuppression: def('red_flag', 'Immunosuppression'),
  recent_infection: def('red_flag', 'Recent bacterial infection'),
  recent_spinal_procedure: def('red_flag', 'Recent spinal procedure'),
  significant_trauma: def('red_flag', 'Significant trauma'),
  osteoporosis: def('red_flag', 'Osteoporosis / osteopenia'),
  steroid_use: def('red_flag', 'Prolonged corticosteroid use'),
  sexual_dysfunction: def('red_flag', 'New sexual dysfunction'),
  pulsatile_abdominal_mass: def('red_flag', 'Pulsatile abdominal mass'),
  known_aaa: def('red_flag', 'Known abdominal aortic aneurysm'),

  schober_restricted: def('exam', 'Restricted Schober test'),
  si_provocation_positive: def('exam', 'Positive SI provocation tests'),
  slr_positive: def('exam', 'Positive straight-leg raise'),
} as const satisfies Record<string, { group: FeatureGroup; label: string; value: ValueKind }>;

export type FeatureId = keyof typeof FEATURE_TABLE;
export const FEATURE_IDS = Object.keys(FEATURE_TABLE) as [FeatureId, ...FeatureId[]];
export const FeatureId = z.enum(FEATURE_IDS);

export const featureDef = (id: FeatureId) => FEATURE_TABLE[id];
export const featuresInGroup = (group: FeatureGroup): FeatureId[] =>
  FEATURE_IDS.filter((id) => FEATURE_TABLE[id].group === group);

/** Red-flag features, in table order: the red-flag screen lists exactly these. */
export const RED_FLAG_FEATURES = featuresInGroup('red_flag');
