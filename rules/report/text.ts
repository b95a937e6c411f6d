import type { FullAssessment } from '../assess';
import { snippet } from '../guidelines';
import { plainCite } from './labels';
import { BOUND_SIGN, type Extraction } from '../vocabulary/extraction';
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
      const value = f.value !== undefined ? ` = ${f.bound ? BOUND_SIGN[f.bound] : ''}${f.value}` : '';
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

const SEVERITY_ICON = { critical: '‼ CRITICAL', warning: '! WARNING', info: 'i INFO' } as const;
const STATE_WORD = { met: 'met', not_met: 'not met', not_documented: 'not documented' } as const;
const SCREEN_WORD = { present: 'PRESENT', absent: 'absent', ask: 'ask or examine', not_documented: 'not documented' } as const;

/** Features, findings with their traces and snippets, and the red-flag screen, for the terminal. */
export function formatAssessment(a: FullAssessment): string {
  const lines = [formatExtraction({ features: a.features }), '', 'Findings', ''];
  if (!a.findings.length) lines.push('  No finding fired.', '');
  for (const f of a.findings) {
    lines.push(`${SEVERITY_ICON[f.severity]}  ${f.title}  [${f.id}]`);
    lines.push(`  Why: ${f.because}`);
    for (const r of f.trace) lines.push(`    ${STATE_WORD[r.state].padEnd(15)} ${r.label}${r.seen ? ` (${r.seen})` : ''}`);
    lines.push(`  What to do: ${f.action}`);
    if (f.id === 'flag.malignancy' && a.malignancy) lines.push(`  Probability of malignancy ${a.malignancy.display}: ${a.malignancy.caveat}`);
    for (const id of f.snippets.slice(0, 2)) {
      const s = snippet(id);
      lines.push(`  [${s.id}] ${s.text}`, `      — ${plainCite(s.cite)}`);
    }
    lines.push('');
  }
  lines.push('Red-flag screen');
  for (const r of a.screen) lines.push(`  ${SCREEN_WORD[r.state].padEnd(15)} ${r.label}`);
  lines.push('', 'Supports, does not replace, clinical judgement.');
  return lines.join('\n');
}
