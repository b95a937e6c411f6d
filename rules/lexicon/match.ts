import type { Concept, ParsedEntry } from './schema';
import { expandMacros } from './macros';
import { LEXICON } from './index';
import { isWordCode, matchPrefixes } from '../text/prefixes';
import { PrefixIndex } from '../text/prefix-index';
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

/** Prefixes of up to this many characters say where an entry is worth trying. */
const KEY = 3;

/** The lexicon ready to match: one sticky regex per entry, and the entries by their prefixes. */
interface Index {
  entries: ParsedEntry[];
  /** Each entry's alternatives, tried at one position. */
  regexes: RegExp[];
  prefixes: PrefixIndex<number>;
}

const indexes = new WeakMap<ParsedEntry[], Index>();

function indexOf(lexicon: ParsedEntry[]): Index {
  const known = indexes.get(lexicon);
  if (known) return known;
  const prefixes = new PrefixIndex<number>();
  const regexes = lexicon.map((entry, i) => {
    const source = entrySource(entry.patterns);
    for (const p of matchPrefixes(source, KEY)) prefixes.add(p, i);
    return new RegExp(source, entry.caseSensitive ? 'y' : 'iy');
  });
  const index = { entries: lexicon, regexes, prefixes };
  indexes.set(lexicon, index);
  return index;
}

/**
 * Every lexicon match. Each entry's regex is tried only where a word can begin and the text
 * starts with one of its prefixes, left to right, resuming after each of its matches: the same
 * matches a global scan of the whole text finds, without one scan per entry. For one concept,
 * a match inside a longer one is dropped ("HLA-B27" inside "HLA-B27 positive"), so each
 * mention is counted once.
 */
export function matchLexicon(text: string, lexicon: ParsedEntry[] = LEXICON): LexiconMatch[] {
  const { entries, regexes, prefixes } = indexOf(lexicon);
  const from = new Int32Array(entries.length);
  const tried = new Int32Array(entries.length).fill(-1);
  const found: Array<{ at: number; end: number; entry: number }> = [];
  const everywhere = prefixes.everywhere;
  const candidates: number[] = [];
  for (let p = 0; p < text.length; p++) {
    if (p > 0 && isWordCode(text.charCodeAt(p - 1))) continue;
    const n = prefixes.collect(text, p, candidates);
    for (let c = -everywhere.length; c < n; c++) {
      const i = c < 0 ? everywhere[c + everywhere.length] : candidates[c];
      if (tried[i] === p || from[i] > p) continue;
      tried[i] = p;
      const re = regexes[i];
      re.lastIndex = p;
      // A sticky test leaves lastIndex at the end of the match.
      if (re.test(text) && re.lastIndex > p) {
        found.push({ at: p, end: re.lastIndex, entry: i });
        from[i] = re.lastIndex;
      }
    }
  }
  // By start, longest first, then in lexicon order (which entry speaks for a shared span).
  found.sort((a, b) => a.at - b.at || b.end - a.end || a.entry - b.entry);
  const kept: LexiconMatch[] = [];
  const lastEnd = new Map<Concept, number>();
  for (const f of found) {
    const entry = entries[f.entry];
    if ((lastEnd.get(entry.concept) ?? -1) >= f.end) continue;
    kept.push({ concept: entry.concept, start: f.at, end: f.end, entry });
    lastEnd.set(entry.concept, Math.max(lastEnd.get(entry.concept) ?? -1, f.end));
  }
  return kept;
}
