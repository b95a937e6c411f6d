/**
 * Section headers clinicians use, as data. A header is a label followed by a colon at the
 * start of a line or sentence ("HPI:", "FHx: mother - psoriasis", "A/P:").
 * `scope`: what a section does to the context of the mentions inside it.
 */
export type SectionId =
  | 'body' | 'cc' | 'hpi' | 'ros' | 'pmh' | 'psh' | 'fhx' | 'social' | 'meds' | 'allergies'
  | 'exam' | 'labs' | 'imaging' | 'assessment' | 'plan' | 'precautions' | 'screen';

export interface SectionDef {
  id: SectionId;
  names: string[];
  /** family: mentions belong to relatives; hypothetical: return precautions. */
  scope?: 'family' | 'hypothetical';
  /** Single letters (S/O/A/P) count only at the start of a line. */
  lineStartOnly?: boolean;
}

export const SECTIONS: SectionDef[] = [
  { id: 'cc', names: ['cc', 'chief complaint', 'reason for visit', 'reason for call', 'reason for referral', 'reason', 'presenting complaint', 'pc', 'complaint'] },
  { id: 'hpi', names: ['hpi', 'history of present illness', 'history of presenting complaint', 'hpc', 'history', 'subjective', 'interval history'] },
  { id: 'hpi', names: ['s'], lineStartOnly: true },
  { id: 'ros', names: ['ros', 'review of systems', 'systems review', 'constitutional', 'const'] },
  { id: 'pmh', names: ['pmh', 'pmhx', 'past medical history', 'medical history', 'pmh/psh', 'hx', 'past history', 'problem list', 'problems'] },
  { id: 'psh', names: ['psh', 'pshx', 'past surgical history', 'surgical history'] },
  { id: 'fhx', names: ['fhx', 'fh', 'fmhx', 'family history', 'family hx', 'family medical history'], scope: 'family' },
  { id: 'social', names: ['social', 'social history', 'shx', 'sh', 'social hx'] },
  { id: 'meds', names: ['meds', 'medications', 'current meds', 'current medications', 'medication list', 'rx'] },
  { id: 'allergies', names: ['allergies', 'allergy', 'nkda'] },
  { id: 'exam', names: ['exam', 'examination', 'physical exam', 'physical examination', 'pe', 'o/e', 'objective', 'obj', 'vs', 'vitals', 'neuro', 'msk', 'back', 'spine'] },
  { id: 'exam', names: ['o'], lineStartOnly: true },
  { id: 'labs', names: ['labs', 'laboratory', 'bloods', 'results', 'data', 'investigations'] },
  { id: 'imaging', names: ['imaging', 'radiology', 'xr', 'mri'] },
  { id: 'assessment', names: ['assessment', 'impression', 'a', 'mdm', 'diagnosis', 'dx', 'working diagnosis'], lineStartOnly: false },
  { id: 'plan', names: ['plan', 'p', 'a/p', 'a&p', 'assessment and plan', 'assessment & plan', 'disposition', 'recommendations', 'advice'] },
  { id: 'precautions', names: ['return precautions', 'precautions', 'safety net', 'safety netting', 'red flag advice', 'warning signs', 'when to seek help', 'seek care if'], scope: 'hypothetical' },
  { id: 'screen', names: ['red flags', 'red flag screen', 'screening', 'red flag review', 'red-flag review'] },
];

const byName = new Map<string, SectionDef>();
for (const s of SECTIONS) for (const n of s.names) byName.set(n, s);

/** The section a header label names, if it is one ("Family History" → fhx). */
export function sectionForLabel(label: string, atLineStart: boolean): SectionDef | undefined {
  const key = label.toLowerCase().replace(/\s+/g, ' ').trim();
  const def = byName.get(key);
  if (!def) return undefined;
  if (key.length <= 2 && !atLineStart) return undefined;
  if (def.lineStartOnly && !atLineStart) return undefined;
  return def;
}
