import type { Concept, ParsedEntry } from './schema';
import { expandMacros } from './macros';
import { LEXICON } from './index';

/** One lexicon hit in the text, before context. */
export interface LexiconMatch {
  concept: Concept;
  start: number;
  end: number;
  entry: ParsedEntry;
}

interface Compiled {
  entry: ParsedEntry;
  regex: RegExp;
}

/** Pattern source → regex source: {macros} expanded, spaces match any whitespace, whole words only. */
export function compilePattern(pattern: string): string {
  const body = expandMacros(pattern).replace(/ \?/g, '\\s{0,4}').replace(/ /g, '\\s{1,4}');
  return `(?<![\\w])(?:${body})(?![\\w])`;
}

let compiled: Compiled[] | undefined;

/** One regex per entry: its alternatives in one pass over the text. */
export function compiledLexicon(lexicon: ParsedEntry[] = LEXICON): Compiled[] {
  if (lexicon === LEXICON && compiled) return compiled;
  const out = lexicon.map((entry) => ({
    entry,
    regex: new RegExp(entry.patterns.map(compilePattern).join('|'), entry.caseSensitive ? 'g' : 'gi'),
  }));
  if (lexicon === LEXICON) compiled = out;
  return out;
}

/**
 * Every lexicon match. For one concept, a match inside a longer one is dropped
 * ("HLA-B27" inside "HLA-B27 positive"), so each mention is counted once.
 */
export function matchLexicon(text: string, lexicon: ParsedEntry[] = LEXICON): LexiconMatch[] {
  const all: LexiconMatch[] = [];
  for (const { entry, regex } of compiledLexicon(lexicon)) {
    regex.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = regex.exec(text))) {
      if (m[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      all.push({ concept: entry.concept, start: m.index, end: m.index + m[0].length, entry });
    }
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: LexiconMatch[] = [];
  const lastEnd = new Map<Concept, number>();
  for (const m of all) {
    if ((lastEnd.get(m.concept) ?? -1) >= m.end) continue;
    kept.push(m);
    lastEnd.set(m.concept, Math.max(lastEnd.get(m.concept) ?? -1, m.end));
  }
  return kept;
}
