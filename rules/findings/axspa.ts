import type { Cond } from './conditions';
import { CHRONIC } from './patterns';
import { c, type Rule } from './rule';

const ONSET_UNDER_45: Cond = { number: 'onset_age', op: '<', value: 45 };
const SPA = (['peripheral_arthritis', 'enthesitis', 'uveitis', 'dactylitis', 'psoriasis', 'ibd', 'nsaid_response', 'family_history_spa', 'elevated_crp'] as const).map(
  (id) => ({ key: id, cond: { feature: id } as Cond }),
);
const SPA_KEYS = ['asasIbp', ...SPA.map((s) => s.key)];

/** ASAS axial SpA classification and the NICE NG65 referral rule (spec: rules.md, Axial spondyloarthritis). */
export const AXSPA_RULES: Rule[] = [
  {
    id: 'axspa.asas_classification',
    title: 'ASAS axial SpA classification criteria fulfilled',
    criteria: [
      { key: 'chronic', label: 'back pain ≥ 12 weeks', cond: CHRONIC },
      { key: 'onset45', label: 'onset before age 45', cond: ONSET_UNDER_45 },
      { key: 'sacroiliitis', label: 'sacroiliitis on imaging', cond: { feature: 'sacroiliitis_on_imaging' } },
      { key: 'hla', label: 'HLA-B27 positive', cond: { feature: 'hla_b27_positive' } },
      { key: 'asasIbp', label: 'inflammatory back pain (ASAS)', cond: { criteriaSet: 'asas' } },
      ...SPA,
    ],
    fires: {
      all: [
        c('chronic'),
        c('onset45'),
        {
          any: [
            { all: [c('sacroiliitis'), { atLeast: 1, of: [...SPA_KEYS, 'hla'].map(c) }] },
            { all: [c('hla'), { atLeast: 2, of: SPA_KEYS.map(c) }] },
          ],
        },
      ],
    },
    tiers: [],
    otherwise: 'warning',
    actions: {
      warning: 'Refer to rheumatology. These are classification criteria, not diagnostic criteria: the diagnosis is a rheumatologist\'s judgement.',
    },
    snippets: ['axspa.asas_criteria', 'axspa.feature_definitions', 'ibp.classification_not_diagnosis', 'ibp.pretest_probability', 'axspa.workup_tests', 'axspa.nice_referral', 'imaging.sij.false_positive', 'ibp.nsaid_first_line', 'ibp.nsaid_adequate_trial', 'ibp.biologic_escalation', 'ibp.exercise_physio', 'ibp.no_long_term_systemic_steroids', 'ibp.analgesics_residual', 'redflag.fracture.ankylosed_spine'],
  },
  {
    id: 'axspa.nice_referral',
    title: 'NICE NG65: consider rheumatology referral for suspected axial SpA',
    criteria: [
      { key: 'chronic', label: 'back pain ≥ 12 weeks', cond: CHRONIC },
      { key: 'onset45', label: 'onset before age 45', cond: ONSET_UNDER_45 },
      { key: 'onset35', label: 'onset before age 35', cond: { number: 'onset_age', op: '<', value: 35 } },
      { key: 'secondHalf', label: 'waking in the second half of the night', cond: { feature: 'night_pain_second_half' } },
      { key: 'buttock', label: 'buttock pain', cond: { any: [{ feature: 'alternating_buttock_pain' }, { feature: 'si_joint_pain' }] } },
      { key: 'exercise', label: 'improves with movement', cond: { feature: 'improves_with_exercise' } },
      { key: 'nsaid', label: 'improves within 48 h of NSAIDs', cond: { feature: 'nsaid_response' } },
      { key: 'family', label: 'first-degree relative with SpA', cond: { feature: 'family_history_spa' } },
      { key: 'arthritis', label: 'current or past arthritis', cond: { feature: 'peripheral_arthritis' } },
      { key: 'enthesitis', label: 'current or past enthesitis', cond: { feature: 'enthesitis' } },
      { key: 'psoriasis', label: 'current or past psoriasis', cond: { feature: 'psoriasis' } },
    ],
    fires: { all: [c('chronic'), c('onset45'), { atLeast: 3, of: ['onset35', 'secondHalf', 'buttock', 'exercise', 'nsaid', 'family', 'arthritis', 'enthesitis', 'psoriasis'].map(c) }] },
    tiers: [{ level: 'warning', when: { atLeast: 4, of: ['onset35', 'secondHalf', 'buttock', 'exercise', 'nsaid', 'family', 'arthritis', 'enthesitis', 'psoriasis'].map(c) } }],
    otherwise: 'info',
    actions: {
      warning: '4 or more NICE criteria: refer to rheumatology for assessment of axial spondyloarthritis.',
      info: 'Exactly 3 NICE criteria: test HLA-B27 and refer if positive.',
    },
    snippets: ['axspa.nice_referral', 'axspa.workup_tests', 'ibp.pretest_probability'],
  },
];
