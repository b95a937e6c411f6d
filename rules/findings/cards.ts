import { snippet, sourceOf, REFERENCE_KEY } from '../guidelines';
import { humanizeSources } from '../guidelines/seeds';
import type { CdsCard, Finding, FindingId, Severity, TraceRow } from './schema';

export const JUDGEMENT = 'Supports, does not replace, clinical judgement.';
const SEVERITY_WORD: Record<Severity, string> = { critical: 'Critical', warning: 'Warning', info: 'Info' };

/** Cuts at a word boundary so a summary fits CDS Hooks' 140 characters. */
export function fit(text: string, max = 140): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 20)).replace(/[\s,;:.—-]+$/, '')}…`;
}

const mark = (r: TraceRow) => (r.state === 'met' ? 'met' : r.state === 'not_met' ? 'not met' : 'not documented');

export interface FindingParts {
  id: FindingId;
  severity: Severity;
  title: string;
  because: string;
  trace: TraceRow[];
  missing: string[];
  action: string;
  snippets: string[];
  /** Extra markdown for the card (probability, caveats). */
  extra?: string[];
}

/** A function of a key, worked out once per key: snippets and references never change. */
function once<T>(make: (key: string) => T): (key: string) => T {
  const made = new Map<string, T>();
  return (key) => {
    if (!made.has(key)) made.set(key, make(key));
    return made.get(key)!;
  };
}

/** A snippet as a quoted line with its sources named. */
const quote = once((id) => {
  const s = snippet(id);
  return `> ${s.text} — *${humanizeSources(s.cite.replace(/\s*\[[^\]]+\]/g, ''))}*`;
});

const sourceFor = once((id) => sourceOf(snippet(id)));

/** Up to five links to the references of the snippets ("id|id|…"), each address once. */
const linksFor = once((ids): CdsCard['links'] => {
  const links: CdsCard['links'] = [];
  const seen = new Set<string>();
  for (const id of ids.split('|')) {
    for (const tag of snippet(id).refs) {
      const ref = REFERENCE_KEY[tag];
      if (!ref?.url || seen.has(ref.url) || links.length >= 5) continue;
      seen.add(ref.url);
      links.push({ label: ref.text.split('.').slice(0, 2).join('.').slice(0, 80), url: ref.url, type: 'absolute' });
    }
  }
  return links;
});

/** A finding with its CDS Hooks card: summary, indicator, detail, source and links. */
export function buildFinding(p: FindingParts): Finding {
  const snippets = [...new Set(p.snippets)];
  const detail = [
    `**Why:** ${p.because}`,
    '',
    '| criterion | result | seen |',
    '|---|---|---|',
    ...p.trace.map((r) => `| ${r.label} | ${mark(r)} | ${r.seen ?? ''} |`),
    '',
    `**What to do:** ${p.action}`,
    ...(p.missing.length ? ['', `**Not documented:** ${p.missing.join('; ')}`] : []),
    ...(p.extra?.length ? ['', ...p.extra] : []),
    '',
    ...snippets.slice(0, 3).map(quote),
    '',
    `_${JUDGEMENT}_`,
  ].join('\n');
  const card: CdsCard = {
    uuid: `backpain-cds-${p.id}`,
    summary: fit(`${p.title} — ${SEVERITY_WORD[p.severity].toLowerCase()}: ${p.because}`),
    indicator: p.severity,
    detail,
    // Copies: a card is the caller's to change.
    source: { ...sourceFor(snippets[0]) },
    links: linksFor(snippets.join('|')).map((l) => ({ ...l })),
  };
  return { id: p.id, severity: p.severity, title: p.title, because: p.because, trace: p.trace, missing: p.missing, action: p.action, snippets, card };
}
