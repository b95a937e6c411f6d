import type { Concept, ParsedEntry } from './schema';
import { expandMacros } from './macros';
import { LEXICON } from './index';
import { scanAll, scanner, type Scanner } from '../text/scan';
import { OPTIONAL_SPACE, PHRASE_SPACE } from '../text/whitespace';

/** One lexicon hit in the text, before context. */
export interface LexiconMatch {
  concept: Concept;
  start: number;
  end: number;
  entry: ParsedEntry;
}

/** Pattern source → regex body: {macros} expanded, a space matches a short run of any whitespace (see PHRASE_SPACE). */
const patternBody = (pattern: string) => expandMacros(pattern).replace(/ \?/g, OPTIONAL_SPACE).replace(/ /g, PHRASE_SPACE);

/** Pattern source → regex source: {macros} expanded, spaces match any whitespace, whole words only. */
export function compilePattern(pattern: string): string {
  return `(?<![\\w])(?:${patternBody(pattern)})(?![\\w])`;
}

/**
 * An entry's patterns as one regex source, the same as its compiled patterns joined by "|" but
 * with the word-start check once in front, so the regex can pick alternatives by their first letter.
 */
function entrySource(patterns: string[]): string {
  return `(?<![\\w])(?:${patterns.map((p) => `(?:${patternBody(p)})(?![\\w])`).join('|')})`;
}

/** Each entry's alternatives as one regex, for the lexicon's scanner (built once per lexicon). */
const scanners = new WeakMap<ParsedEntry[], Scanner>();

function scannerOf(lexicon: ParsedEntry[]): Scanner {
  let s = scanners.get(lexicon);
  if (!s) scanners.set(lexicon, (s = scanner(lexicon.map((e) => new RegExp(entrySource(e.patterns), e.caseSensitive ? '' : 'i')))));
  return s;
}

/**
 * A match that runs past the end of its segment ("Bilateral leg symptoms  Y⏎Progressive
 * weakness": a word gap crossed the line), tried again at its start on the text cut at `end`:
 * the phrase within the segment ("Bilateral leg symptoms"), or undefined if there is none.
 */
export function matchWithin(text: string, m: LexiconMatch, end: number, lexicon: ParsedEntry[] = LEXICON): LexiconMatch | undefined {
  const i = lexicon.indexOf(m.entry);
  if (i < 0 || end <= m.start) return undefined;
  const re = scannerOf(lexicon).sticky[i];
  re.lastIndex = m.start;
  const r = re.exec(text.slice(0, end));
  return r && r[0].length > 0 ? { ...m, end: m.start + r[0].length } : undefined;
}

/**
 * Every lexicon match: what a global scan of the text with each entry's regex finds, in one pass
 * (rules/text/scan.ts tries an entry only where a word can begin and the text starts with one of
 * its prefixes). For one concept, a match inside a longer one is dropped ("HLA-B27" inside
 * "HLA-B27 positive"), so each mention is counted once.
 */
export function matchLexicon(text: string, lexicon: ParsedEntry[] = LEXICON): LexiconMatch[] {
  const found: Array<{ at: number; end: number; entry: number }> = [];
  scanAll(text, scannerOf(lexicon)).forEach((list, entry) => {
    for (const m of list) found.push({ at: m.index, end: m.index + m[0].length, entry });
  });
  // By start, longest first, then in lexicon order (which entry speaks for a shared span).
  found.sort((a, b) => a.at - b.at || b.end - a.end || a.entry - b.entry);
  const kept: LexiconMatch[] = [];
  const lastEnd = new Map<Concept, number>();
  for (const f of found) {
    const entry = lexicon[f.entry];
    if ((lastEnd.get(entry.concept) ?? -1) >= f.end) continue;
    kept.push({ concept: entry.concept, start: f.at, end: f.end, entry });
    lastEnd.set(entry.concept, Math.max(lastEnd.get(entry.concept) ?? -1, f.end));
  }
  return kept;
}
