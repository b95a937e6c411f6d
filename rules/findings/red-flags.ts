import { c, featureCriteria, type Rule } from './rule';

const NEURO_FLAG = { any: [{ fired: 'flag.cauda_equina' as const }, { fired: 'flag.neuro_deficit' as const }] };

/** Red flags (spec: rules.md, Red flags). Order matters: later rules read earlier findings. */
export const RED_FLAG_RULES: Rule[] = [
  {
    id: 'flag.cauda_equina',
    title: 'Possible cauda equina syndrome',
    criteria: featureCriteria('urinary_retention', 'fecal_incontinence', 'saddle_anesthesia', 'decreased_anal_tone', 'bilateral_leg_symptoms', 'sexual_dysfunction'),
    fires: { any: [c('urinary_retention'), c('fecal_incontinence'), c('saddle_anesthesia'), c('decreased_anal_tone'), c('bilateral_leg_symptoms'), c('sexual_dysfunction')] },
    tiers: [],
    otherwise: 'critical',
    actions: { critical: 'Emergency: same-day emergency assessment and MRI (do not book an outpatient scan); document bladder, bowel, saddle sensation and anal tone.' },
    snippets: ['redflag.cauda_equina.emergency', 'redflag.cauda_equina.early_symptoms'],
  },
  {
    id: 'flag.neuro_deficit',
    title: 'Neurological deficit',
    criteria: featureCriteria('progressive_neuro_deficit', 'leg_weakness'),
    fires: { any: [c('progressive_neuro_deficit'), c('leg_weakness')] },
    tiers: [{ level: 'critical', when: c('progressive_neuro_deficit') }],
    otherwise: 'warning',
    actions: {
      critical: 'Progressive deficit: urgent MRI and same-day discussion with the spinal team.',
      warning: 'Record power, reflexes and sensation; re-examine early; MRI and spinal referral if severe or progressing.',
    },
    snippets: ['redflag.neuro_deficit.urgent'],
  },
  {
    id: 'flag.malignancy',
    title: 'Red flags for spinal malignancy',
    criteria: [
      ...featureCriteria('history_of_cancer', 'unexplained_weight_loss', 'pain_worse_lying_down', 'night_sweats', 'failure_to_improve'),
      { key: 'age50', label: 'age ≥ 50', cond: { number: 'age', op: '>=', value: 50 } },
      { key: 'radicular_pain', cond: { feature: 'radicular_pain' } },
    ],
    fires: { any: [c('history_of_cancer'), c('unexplained_weight_loss'), c('pain_worse_lying_down'), c('night_sweats'), { all: [c('age50'), c('failure_to_improve')] }] },
    tiers: [
      { level: 'critical', when: { any: [NEURO_FLAG, { all: [c('history_of_cancer'), c('radicular_pain')] }] } },
      { level: 'warning', when: { any: [c('history_of_cancer'), { atLeast: 2, of: [c('age50'), c('unexplained_weight_loss'), c('failure_to_improve')] }] } },
    ],
    otherwise: 'info',
    actions: {
      critical: 'Possible spinal metastasis with neurological symptoms: oncological emergency, MRI within 24 hours.',
      warning: 'MRI within about a week (plain radiographs cannot exclude metastases); CBC, ESR/CRP.',
      info: 'Single weak factor: check ESR/CRP and review at 4 weeks rather than scan now.',
    },
    snippets: ['redflag.malignancy.history_of_cancer', 'redflag.malignancy.weak_flags', 'redflag.malignancy.known_cancer_mscc', 'redflag.malignancy.recumbent_night_pain', 'mgmt.reassess_one_month'],
  },
  {
    id: 'flag.infection',
    title: 'Red flags for spinal infection',
    criteria: featureCriteria('fever', 'ivdu', 'recent_infection', 'recent_spinal_procedure', 'immunosuppression', 'night_sweats', 'elevated_crp'),
    fires: { any: [c('fever'), c('ivdu'), c('recent_infection'), c('recent_spinal_procedure'), c('immunosuppression'), c('night_sweats')] },
    tiers: [
      {
        level: 'critical',
        when: { any: [{ all: [c('fever'), { any: [c('ivdu'), c('recent_infection'), c('recent_spinal_procedure'), c('immunosuppression'), c('night_sweats'), c('elevated_crp')] }] }, NEURO_FLAG] },
      },
      { level: 'warning', when: { any: [c('fever'), c('ivdu'), c('recent_infection'), c('recent_spinal_procedure'), c('immunosuppression')] } },
    ],
    otherwise: 'info',
    actions: {
      critical: 'Same-day MRI with blood cultures and CRP/ESR; examine the neurology; hold empirical antibiotics in a stable patient until cultures are taken.',
      warning: 'Check temperature, CRP/ESR and blood cultures if febrile; low threshold for MRI.',
      info: 'Night sweats alone: check CRP/ESR and review.',
    },
    snippets: ['redflag.infection.suspect_workup', 'redflag.infection.atypical'],
  },
  {
    id: 'flag.fracture',
    title: 'Red flags for vertebral fracture',
    criteria: [
      ...featureCriteria('significant_trauma', 'osteoporosis', 'steroid_use'),
      { key: 'age70', label: 'age > 70', cond: { number: 'age', op: '>', value: 70 } },
      { key: 'female70', label: 'female and age > 70', cond: { all: [{ sex: 'female' }, { number: 'age', op: '>', value: 70 }] } },
    ],
    fires: { any: [c('significant_trauma'), c('osteoporosis'), c('steroid_use'), c('age70')] },
    tiers: [
      {
        level: 'warning',
        when: { any: [c('significant_trauma'), c('steroid_use'), { atLeast: 2, of: [c('significant_trauma'), c('osteoporosis'), c('steroid_use'), c('age70'), c('female70')] }] },
      },
    ],
    otherwise: 'info',
    actions: {
      warning: 'Plain radiographs first (CT after high-energy trauma).',
      info: 'Single risk factor: examine for focal tenderness; image if pain is severe or persistent.',
    },
    snippets: ['redflag.fracture.risk_factors', 'redflag.fracture.imaging', 'redflag.fracture.ankylosed_spine'],
  },
  {
    id: 'flag.vascular',
    title: 'Possible abdominal aortic aneurysm',
    criteria: featureCriteria('pulsatile_abdominal_mass', 'known_aaa', 'severe_pain'),
    fires: { any: [c('pulsatile_abdominal_mass'), { all: [c('known_aaa'), c('severe_pain')] }] },
    tiers: [],
    otherwise: 'critical',
    actions: { critical: 'Emergency: treat as possible aortic aneurysm until excluded — emergency assessment and imaging.' },
    snippets: ['redflag.nonspinal_mimics'],
  },
];
