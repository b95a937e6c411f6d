import type { Assessment } from '../findings/engine';
import type { Finding } from '../findings/schema';
import { GENERAL_ADVICE, REFERENCE_KEY, snippet } from '../guidelines';
import type { ExtractedFeature } from '../vocabulary/extraction';
import { FEATURE_TABLE } from '../vocabulary/features';
import { featureText, LEAD_SNIPPETS, SEVERITY_WORD } from './labels';

export const NOTE_DISCLAIMER = 'Decision support only; supports, does not replace, clinical judgement.';

const bullets = (items: string[], none: string) => (items.length ? items.map((s) => `- ${s}`) : [`- ${none}`]);

/** The snippet ids behind the assessment, in card order: each finding's lead snippets, then general advice. */
export function citedSnippets(assessment: Assessment): string[] {
  const ids = assessment.findings.flatMap((f) => f.snippets.slice(0, LEAD_SNIPPETS));
  if (assessment.generalAdvice) ids.push(...GENERAL_ADVICE);
  return [...new Set(ids)];
}

/**
 * A plain-text assessment to paste into the chart, built only from the confirmed features and
 * the findings: no quotes from the page, no identifiers beyond the age and sex confirmed here.
 */
export function noteText(features: ExtractedFeature[], assessment: Assessment): string {
  const positives = features.filter((f) => f.status === 'present').map((f) => featureText(f.id, f.value, f.bound));
  const negatives = features
    .filter((f) => f.status === 'absent' && FEATURE_TABLE[f.id].group === 'red_flag')
    .map((f) => FEATURE_TABLE[f.id].label);
  const uncertain = features.filter((f) => f.status === 'uncertain').map((f) => FEATURE_TABLE[f.id].label);
  const undocumented = assessment.screen.filter((r) => r.state === 'not_documented').map((r) => r.label);

  const lines = ['Back pain assessment (clinical decision support)', ''];
  lines.push('Confirmed positive:', ...bullets(positives, 'none'), '');
  lines.push('Pertinent negatives (red flags documented absent):', ...bullets(negatives, 'none documented'), '');
  if (uncertain.length) lines.push('Uncertain, to ask or examine:', ...bullets(uncertain, 'none'), '');
  lines.push('Red flags not yet documented:', ...bullets(undocumented, 'none'), '');

  lines.push('Findings:');
  if (!assessment.findings.length) lines.push('- No finding fired.');
  for (const f of assessment.findings) lines.push(findingLine(f));
  if (assessment.malignancy) {
    const m = assessment.malignancy;
    lines.push(`- Probability of malignancy ${m.display}${m.factors.length ? ` (${m.factors.join(', ')})` : ''}. ${m.caveat}`);
  }
  lines.push('');

  const actions = [...new Set(assessment.findings.map((f) => f.action).filter(Boolean))];
  lines.push('Suggested next steps:', ...bullets(actions, 'none beyond usual care'), '');

  const tags = [...new Set(citedSnippets(assessment).flatMap((id) => snippet(id).refs))];
  const refs = tags.map((t) => REFERENCE_KEY[t]?.text).filter((t): t is string => !!t);
  lines.push('References:', ...bullets(refs, 'none'), '');

  lines.push(NOTE_DISCLAIMER);
  return lines.join('\n');
}

/** "- CRITICAL: Suspected cauda equina syndrome. Saddle anaesthesia is documented (1 of 6 checked)." */
function findingLine(f: Finding): string {
  return `- ${SEVERITY_WORD[f.severity].toUpperCase()}: ${f.title}. ${f.because}`;
}

/** The finding cards as a CDS Hooks response body, unchanged. */
export function cdsHooksJson(findings: Finding[]): string {
  return JSON.stringify({ cards: findings.map((f) => f.card) }, null, 2);
}
