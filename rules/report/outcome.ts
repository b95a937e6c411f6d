import { runRules } from '../findings/engine';
import { GENERAL_ADVICE, REFERENCE_KEY, snippet } from '../guidelines';
import { humanizeSources } from '../guidelines/seeds';
import type { ExtractedFeature } from '../vocabulary/extraction';
import { plainCite, referenceLabel } from './labels';
import { cdsHooksJson, noteText } from './note';
import type { Outcome, SnippetView } from './schema';

/** One snippet for display: only https reference links are kept (the panel's only outbound links). */
export function snippetView(id: string): SnippetView {
  const s = snippet(id);
  const links = s.refs
    .map((tag) => REFERENCE_KEY[tag])
    .filter((r) => r?.url?.startsWith('https://'))
    .map((r) => ({ label: referenceLabel(r.text), url: r.url! }));
  return { id, text: s.text, ...(s.note ? { note: humanizeSources(s.note) } : {}), cite: plainCite(s.cite), links };
}

/** Confirmed features in; the findings, the guidance they cite, the note and the CDS Hooks JSON out. */
export function outcomeOf(features: ExtractedFeature[]): Outcome {
  const assessment = runRules(features);
  const ids = new Set(assessment.findings.flatMap((f) => f.snippets));
  if (assessment.generalAdvice) for (const id of GENERAL_ADVICE) ids.add(id);
  const guidance: Record<string, SnippetView> = {};
  for (const id of ids) guidance[id] = snippetView(id);
  return { assessment, guidance, note: noteText(features, assessment), json: cdsHooksJson(assessment.findings) };
}
