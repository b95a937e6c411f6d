import type { Cond } from './conditions';
import type { Rule } from './rule';

const NEURO: Cond = { any: [{ fired: 'flag.cauda_equina' }, { fired: 'flag.neuro_deficit' }] };
const ANY_FLAG_ABOVE_INFO: Cond = {
  any: (['flag.cauda_equina', 'flag.neuro_deficit', 'flag.malignancy', 'flag.infection', 'flag.fracture', 'flag.vascular'] as const).map(
    (id): Cond => ({ fired: id, severity: ['warning', 'critical'] }),
  ),
};

/** Imaging advice follows the flags' severity, never a single weak factor (spec: rules.md, Imaging). */
export const IMAGING_RULES: Rule[] = [
  {
    id: 'imaging.mri_emergency',
    title: 'Emergency MRI',
    criteria: [
      { key: 'ces', label: 'possible cauda equina syndrome', cond: { fired: 'flag.cauda_equina' } },
      { key: 'neuro', label: 'progressive neurological deficit', cond: { fired: 'flag.neuro_deficit', severity: ['critical'] } },
      { key: 'malignancy', label: 'malignancy flags with neurological signs', cond: { all: [{ fired: 'flag.malignancy' }, NEURO] } },
      { key: 'infection', label: 'infection flags with neurological signs', cond: { all: [{ fired: 'flag.infection' }, NEURO] } },
    ],
    fires: { any: [{ criterion: 'ces' }, { criterion: 'neuro' }, { criterion: 'malignancy' }, { criterion: 'infection' }] },
    tiers: [],
    otherwise: 'critical',
    actions: { critical: 'Cauda equina: MRI immediately, any hour. Suspected cord compression in cancer: MRI within 24 hours.' },
    snippets: ['imaging.mri_timing', 'redflag.cauda_equina.emergency', 'redflag.neuro_deficit.urgent', 'redflag.malignancy.known_cancer_mscc', 'redflag.infection.suspect_workup', 'redflag.infection.atypical'],
  },
  {
    id: 'imaging.mri_urgent',
    title: 'Same-day MRI with blood cultures and CRP/ESR',
    criteria: [
      { key: 'infection', label: 'critical infection flags', cond: { fired: 'flag.infection', severity: ['critical'] } },
      { key: 'noNeuro', label: 'no neurological flag', cond: { not: NEURO } },
    ],
    fires: { all: [{ criterion: 'infection' }, { criterion: 'noNeuro' }] },
    tiers: [],
    otherwise: 'critical',
    actions: { critical: 'Same-day MRI of the spine with contrast; two sets of blood cultures and CRP/ESR first.' },
    snippets: ['redflag.infection.suspect_workup', 'imaging.mri_timing'],
  },
  {
    id: 'imaging.mri_soon',
    title: 'MRI within about a week',
    criteria: [
      { key: 'malignancy', label: 'malignancy flags (warning)', cond: { fired: 'flag.malignancy', severity: ['warning'] } },
      { key: 'noNeuro', label: 'no neurological flag', cond: { not: NEURO } },
    ],
    fires: { all: [{ criterion: 'malignancy' }, { criterion: 'noNeuro' }] },
    tiers: [],
    otherwise: 'warning',
    actions: { warning: 'MRI within about a week (NICE; the source article says two weeks); plain radiographs cannot exclude metastases.' },
    snippets: ['redflag.malignancy.history_of_cancer', 'redflag.malignancy.known_cancer_mscc', 'imaging.mri_timing', 'redflag.infection.suspect_workup'],
  },
  {
    id: 'imaging.xray_first',
    title: 'Plain radiographs first',
    criteria: [{ key: 'fracture', label: 'fracture flags (warning)', cond: { fired: 'flag.fracture', severity: ['warning'] } }],
    fires: { criterion: 'fracture' },
    tiers: [],
    otherwise: 'warning',
    actions: { warning: 'Plain radiographs of the painful segment; CT after high-energy trauma.' },
    snippets: ['redflag.fracture.imaging'],
  },
  {
    id: 'imaging.sij_mri',
    title: 'Imaging of the sacroiliac joints',
    criteria: [{ key: 'ibp', label: 'chronic inflammatory pattern (warning)', cond: { fired: 'pattern.inflammatory', severity: ['warning'] } }],
    fires: { criterion: 'ibp' },
    tiers: [],
    otherwise: 'info',
    actions: { info: 'Pelvic radiograph or MRI of the sacroiliac joints (semi-coronal T1 and STIR), usually through rheumatology.' },
    snippets: ['imaging.sij.first_line', 'imaging.sij.protocol', 'imaging.sij.false_positive'],
  },
  {
    id: 'imaging.not_indicated',
    title: 'No routine imaging',
    criteria: [
      { key: 'noFlag', label: 'no red flag above info', cond: { not: ANY_FLAG_ABOVE_INFO } },
      { key: 'noIbp', label: 'no chronic inflammatory pattern', cond: { not: { fired: 'pattern.inflammatory', severity: ['warning'] } } },
      { key: 'early', label: 'duration under 6 weeks (or not documented)', cond: { number: 'symptom_duration_weeks', op: '<', value: 6, orMissing: true } },
    ],
    fires: { all: [{ criterion: 'noFlag' }, { criterion: 'noIbp' }, { criterion: 'early' }] },
    tiers: [],
    otherwise: 'info',
    actions: { info: 'No routine imaging for nonspecific low back pain: reassure, stay active, review if not improving.' },
    snippets: ['imaging.no_routine', 'imaging.incidental_findings', 'imaging.persistent_radicular', 'mgmt.remain_active', 'mgmt.reassess_one_month', 'redflag.nonspinal_mimics'],
  },
];
