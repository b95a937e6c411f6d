import type { Extraction } from '../vocabulary/extraction';
import { FEATURE_TABLE, type FeatureGroup } from '../vocabulary/features';

const GROUP_TITLES: Record<FeatureGroup, string> = {
  patient: 'Patient and course',
  pattern: 'Pain pattern',
  spa: 'Spondyloarthritis features',
  red_flag: 'Red-flag screen',
  exam: 'Examination',
};

const clip = (s: string, n = 70) => (s.length > n ? `${s.slice(0, n - 1)}…` : s).replace(/\s+/g, ' ');

/** A plain-text report of what the engine read, for the terminal. */
export function formatExtraction(ex: Extraction): string {
  const lines: string[] = ['Extracted features (supports, does not replace, clinical judgement)', ''];
  for (const group of Object.keys(GROUP_TITLES) as FeatureGroup[]) {
    const feats = ex.features.filter((f) => FEATURE_TABLE[f.id].group === group);
    if (!feats.length) continue;
    lines.push(GROUP_TITLES[group]);
    for (const f of feats) {
      const value = f.value !== undefined ? ` = ${f.value}` : '';
      const conflict = f.conflict ? '  [mentions disagree]' : '';
      lines.push(`  ${f.status.padEnd(9)} ${FEATURE_TABLE[f.id].label}${value}${conflict}`);
      for (const e of f.evidence) {
        const cue = e.cue ? ` (${e.cue})` : '';
        lines.push(`      ${e.status.padEnd(9)} "${clip(e.text)}"${cue} @${e.start}`);
      }
    }
    lines.push('');
  }
  if (!ex.features.length) lines.push('No back-pain features found in this text.');
  return lines.join('\n');
}
