import * as z from 'zod/mini';
import type { FindingId } from '../findings/schema';
import { GENERAL_ADVICE } from './general';
import { REFERENCES } from './references';
import { Reference, Snippet } from './schema';
import { humanizeSources } from './seeds';
import { SNIPPETS } from './snippets';

/** The snippet library, validated strictly when loaded; every citation tag must resolve. */
export const LIBRARY: Snippet[] = z.array(Snippet).parse(SNIPPETS);
export const REFERENCE_KEY: Record<string, Reference> = z.record(z.string(), Reference).parse(REFERENCES);

const byId = new Map(LIBRARY.map((s) => [s.id, s]));
for (const s of LIBRARY) {
  for (const tag of s.refs) if (!REFERENCE_KEY[tag]) throw new Error(`snippet ${s.id} cites unknown reference ${tag}`);
}

export function snippet(id: string): Snippet {
  const s = byId.get(id);
  if (!s) throw new Error(`unknown snippet ${id}`);
  return s;
}

/** Snippets that attach to a finding, in library order. */
export const snippetsFor = (finding: FindingId): Snippet[] => LIBRARY.filter((s) => s.findings.includes(finding));

/** The first reference of a snippet that has a link, for a card's source. */
export function sourceOf(s: Snippet): { label: string; url?: string } {
  const label = humanizeSources(s.cite.split(';')[0].replace(/\s*\[[^\]]+\]\s*/g, '')).trim();
  const url = s.refs.map((t) => REFERENCE_KEY[t]?.url).find(Boolean);
  return url ? { label, url } : { label };
}

export { GENERAL_ADVICE };
