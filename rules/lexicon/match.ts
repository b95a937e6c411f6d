import type { Concept, ParsedEntry } from './schema';
import { expandMacros } from './macros';
import { LEXICON } from './index';
import { foldText, matchPrefixes } from '../text/prefixes';

/** One lexicon hit in the text, before context. */
export interface LexiconMatch {
  concept: Concept;
  start: number;
  end: number;
  entry: ParsedEntry;
}

/** Pattern source → regex source: {macros} expanded, spaces match any whitespace, whole words only. */
export function compilePattern(pattern: string): string {
  const body = expandMacros(pattern).replace(/ \?/g, '\\s{0,4}').replace(/ /g, '\\s{1,4}');
  return `(?<![\\w])(?:${body})(?![\\w])`;
}

/** Prefixes of up to this many characters say where an entry is worth trying. */
const KEY = 3;

/**
 * The lexicon ready to match: one sticky regex per entry (its alternatives tried at one
 * position), and for each text prefix of 1…KEY folded characters, the entries a match can
 * start with it; `anywhere` holds entries that could start with any character.
 */
interface Index {
  entries: ParsedEntry[];
  regexes: RegExp[];
  byPrefix: Array<Map<string, number[]>>;
  anywhere: number[];
  /** Folded first characters that start some prefix (an entry in `anywhere` starts anywhere). */
  firsts: Set<string>;
}

const indexes = new WeakMap<ParsedEntry[], Index>();

function indexOf(lexicon: ParsedEntry[]): Index {
  const known = indexes.get(lexicon);
  if (known) return known;
  const byPrefix = Array.from({ length: KEY + 1 }, () => new Map<string, number[]>());
  const anywhere: number[] = [];
  const firsts = new Set<string>();
  const regexes = lexicon.map((entry, i) => {
    const source = entry.patterns.map(compilePattern).join('|');
    const prefixes = matchPrefixes(source, KEY);
    if (prefixes.includes('')) anywhere.push(i);
    else {
      for (const p of prefixes) {
        const list = byPrefix[p.length].get(p);
        if (list) list.push(i);
        else byPrefix[p.length].set(p, [i]);
        firsts.add(p[0]);
      }
    }
    return new RegExp(source, entry.caseSensitive ? 'y' : 'iy');
  });
  const index = { entries: lexicon, regexes, byPrefix, anywhere, firsts };
  indexes.set(lexicon, index);
  return index;
}

const isWordCode = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/**
 * Every lexicon match. Each entry's regex is tried only where the text starts with one of its
 * prefixes and a word can begin, left to right, resuming after each of its matches: the same
 * matches a global scan of the whole text finds, without one scan per entry. For one concept,
 * a match inside a longer one is dropped ("HLA-B27" inside "HLA-B27 positive"), so each
 * mention is counted once.
 */
export function matchLexicon(text: string, lexicon: ParsedEntry[] = LEXICON): LexiconMatch[] {
  const { entries, regexes, byPrefix, anywhere, firsts } = indexOf(lexicon);
  const folded = foldText(text);
  const from = new Int32Array(entries.length);
  const tried = new Int32Array(entries.length).fill(-1);
  const found: Array<{ at: number; end: number; entry: number }> = [];
  const attempt = (i: number, p: number) => {
    if (tried[i] === p || from[i] > p) return;
    tried[i] = p;
    const re = regexes[i];
    re.lastIndex = p;
    // A sticky test leaves lastIndex at the end of the match.
    if (re.test(text) && re.lastIndex > p) {
      found.push({ at: p, end: re.lastIndex, entry: i });
      from[i] = re.lastIndex;
    }
  };
  for (let p = 0; p < text.length; p++) {
    if (p > 0 && isWordCode(text.charCodeAt(p - 1))) continue;
    for (const i of anywhere) attempt(i, p);
    if (!firsts.has(folded[p])) continue;
    for (let len = 1; len <= KEY && p + len <= text.length; len++) {
      const list = byPrefix[len].get(folded.slice(p, p + len));
      if (list) for (const i of list) attempt(i, p);
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
