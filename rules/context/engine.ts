import * as z from 'zod/mini';
import { DEFAULT_SCOPE, LIST_LEAD_IN, TriggerRule, type Category } from './schema';
import { foldCode, PrefixIndex } from '../text/prefix-index';
import { bestLiteral, literalTrie, type LiteralTrie } from './literal-trie';
import { isWordCode, matchPrefixes, opensAtWordStart } from '../text/prefixes';
import { PHRASE_SPACE, isSpaceCode } from '../text/whitespace';
import { TRIGGERS } from './triggers';

/**
 * A ConText-style context engine. Triggers are data (triggers.ts); this file only finds
 * them and decides which targets fall inside their scope.
 */
export interface Hit {
  start: number;
  end: number;
  text: string;
  rules: TriggerRule[];
}

export interface Span {
  start: number;
  end: number;
}

export interface Context {
  negated?: Hit;
  possible?: Hit;
  hypothetical?: Hit;
  historical?: Hit;
  /** A relative or other person the mention belongs to. */
  experiencer?: Hit;
  experiencerKind?: 'family' | 'other';
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The regex source of one trigger: a literal phrase with word boundaries, or its pattern as written. */
export function triggerSource(rule: TriggerRule): string {
  if (rule.pattern) return rule.pattern;
  const lit = rule.literal!;
  // Bounded whitespace (see PHRASE_SPACE): a run of 100,000 spaces must not make one phrase backtrack for seconds.
  const body = lit.split(/\s+/).map(escape).join(PHRASE_SPACE);
  const head = /^\w/.test(lit) ? '(?<![\\w])' : '';
  const tail = /\w$/.test(lit) ? '(?![\\w])' : '';
  return head + body + tail;
}

export interface TriggerSet {
  /** The literal phrases, as a trie (literal-trie.ts), each with its place in the trigger order. */
  literals: LiteralTrie;
  /**
   * The patterns in the trigger order (longest first), each with its place in it, sticky, and
   * the rules written with it (their places in `patterns`).
   */
  ranked: Array<{ re: RegExp; rank: number; guarded: boolean; rules: number[] }>;
  /** Where each of `ranked` can start: its first three characters (matchPrefixes). */
  patternStarts: PrefixIndex<number>;
  /** Every pattern in one alternation: where it fails, no pattern matches. */
  anyPattern: RegExp | undefined;
  /** By ASCII code of the first character: the patterns that can start with it, in one alternation. */
  patternsByFirst: Array<RegExp | undefined>;
  /** The same, of the patterns that can start right after a word character (no word boundary in front). */
  patternsInWord: Array<RegExp | undefined>;
  /** Whether any trigger can start at a word character that follows another: if not, the rest of a word is skipped. */
  startsInsideWords: boolean;
  byLiteral: Map<string, TriggerRule[]>;
  patterns: Array<{ rule: TriggerRule; re: RegExp }>;
}

/**
 * Validates the rules strictly and compiles them into one leftmost-longest matcher: at each
 * position, of the triggers that match there, the first in the order longest phrase first —
 * what one alternation of all of them in that order matches.
 */
export function compileTriggers(input: unknown[]): TriggerSet {
  const rules = z.array(TriggerRule).parse(input);
  const byLiteral = new Map<string, TriggerRule[]>();
  const patterns: TriggerSet['patterns'] = [];
  for (const r of rules) {
    if (r.literal) {
      const key = norm(r.literal);
      byLiteral.set(key, [...(byLiteral.get(key) ?? []), r]);
    } else patterns.push({ rule: r, re: new RegExp(`(?:${r.pattern})`, 'iy') });
  }
  // Longer alternatives first: at one position the longest phrase wins ("no improvement" over "no").
  // Ordered by the length of the phrase itself (not of its regex source, which boundary
  // assertions lengthen), so "if that matters?" is tried before "if that matters".
  const weight = (r: TriggerRule) => (r.literal ? r.literal.length : r.pattern!.length);
  const rank = new Map<string, number>();
  const phrases: Array<{ literal: string; rank: number }> = [];
  const ranked: TriggerSet['ranked'] = [];
  const rulesOf = new Map<string, number[]>();
  patterns.forEach((p, i) => {
    const src = triggerSource(p.rule);
    rulesOf.set(src, [...(rulesOf.get(src) ?? []), i]);
  });
  for (const r of [...rules].sort((a, b) => weight(b) - weight(a))) {
    const src = triggerSource(r);
    if (rank.has(src)) continue;
    rank.set(src, rank.size);
    if (r.literal) phrases.push({ literal: r.literal, rank: rank.size - 1 });
    else ranked.push({ re: new RegExp(src, 'iy'), rank: rank.size - 1, guarded: opensAtWordStart(src), rules: rulesOf.get(src)! });
  }
  const patternStarts = new PrefixIndex<number>();
  ranked.forEach((p, i) => {
    for (const prefix of matchPrefixes(p.re.source, 3)) patternStarts.add(prefix, i);
  });
  const alternation = (list: typeof ranked) => (list.length ? new RegExp(list.map((p) => p.re.source).join('|'), 'iy') : undefined);
  const firsts = ranked.map((p) => matchPrefixes(p.re.source, 1));
  const cache = new Map<string, RegExp | undefined>();
  const byFirst = (keep: (p: (typeof ranked)[number]) => boolean) =>
    Array.from({ length: 128 }, (_, code) => {
      const folded = String.fromCharCode(foldCode(code));
      const list = ranked.filter((p, i) => keep(p) && firsts[i].some((f) => f === '' || f === folded));
      const key = list.map((p) => p.rank).join(',');
      if (!cache.has(key)) cache.set(key, alternation(list));
      return cache.get(key);
    });
  const patternsInWord = byFirst((p) => !p.guarded);
  return {
    literals: literalTrie(phrases),
    ranked,
    patternStarts,
    anyPattern: alternation(ranked),
    patternsByFirst: byFirst(() => true),
    patternsInWord,
    // Literals never start inside a word (triggerSource puts a word boundary before each that opens with a word character).
    startsInsideWords: patternsInWord.some((gate, code) => gate !== undefined && isWordCode(code)),
    byLiteral,
    patterns,
  };
}

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');

let defaultSet: TriggerSet | undefined;
export const defaultTriggers = () => (defaultSet ??= compileTriggers(TRIGGERS));


/** Every trigger occurrence in text[start, end), in order. */
export function findTriggers(text: string, start: number, end: number, set = defaultTriggers()): Hit[] {
  const hits: Hit[] = [];
  const candidates: number[] = [];
  let at = start;
  while (at < end) {
    // Inside a word only an unguarded pattern can start: every literal that begins with a
    // letter or digit has a word boundary in front (see triggerSource), and so do most patterns.
    const inWord = at > 0 && isWordCode(text.charCodeAt(at)) && isWordCode(text.charCodeAt(at - 1));
    if (inWord && !set.startsInsideWords) {
      while (at < end && isWordCode(text.charCodeAt(at))) at++;
      continue;
    }
    const literal = inWord ? undefined : bestLiteral(set.literals, text, at);
    const pattern = firstPattern(set, text, at, inWord, literal?.rank ?? Infinity, candidates);
    const mEnd = pattern ? pattern.end : literal ? literal.end : at;
    if (mEnd === at) {
      at++;
      continue;
    }
    if (mEnd > end) break;
    const found = text.slice(at, mEnd);
    const rules = [...(set.byLiteral.get(norm(found)) ?? []), ...patternRules(set, text, at, mEnd - at, candidates)];
    if (rules.length) hits.push({ start: at, end: mEnd, text: found, rules });
    at = mEnd;
  }
  return hits;
}

/** The first pattern in the trigger order, ahead of rank `before`, that matches at `at`: where its match ends. */
function firstPattern(set: TriggerSet, text: string, at: number, inWord: boolean, before: number, candidates: number[]): { end: number } | undefined {
  const code = text.charCodeAt(at);
  // One try of the patterns that can start with this character, together, first: where that
  // fails, none is tried alone.
  const gate = code >= 128 ? set.anyPattern : inWord ? set.patternsInWord[code] : set.patternsByFirst[code];
  if (!gate || !set.patternStarts.startsAt(text, at)) return undefined;
  gate.lastIndex = at;
  if (!gate.test(text)) return undefined;
  let n = set.patternStarts.collect(text, at, candidates);
  for (const i of set.patternStarts.everywhere) candidates[n++] = i;
  const order = candidates.slice(0, n).sort((a, b) => a - b);
  for (let k = 0; k < order.length; k++) {
    const p = set.ranked[order[k]];
    if (p.rank > before) break;
    if ((k > 0 && order[k] === order[k - 1]) || (inWord && p.guarded)) continue;
    p.re.lastIndex = at;
    if (p.re.test(text)) return { end: p.re.lastIndex };
  }
  return undefined;
}

/**
 * The pattern rules that match exactly text[at, at + length) (in place, so lookarounds see the
 * text), in the order they are written: only the patterns that can start here are tried.
 */
function patternRules(set: TriggerSet, text: string, at: number, length: number, candidates: number[]): TriggerRule[] {
  const code = text.charCodeAt(at);
  const gate = code >= 128 ? set.anyPattern : set.patternsByFirst[code];
  if (!gate) return [];
  let n = set.patternStarts.collect(text, at, candidates);
  for (const i of set.patternStarts.everywhere) candidates[n++] = i;
  const found: number[] = [];
  for (let k = 0; k < n; k++) {
    const p = set.ranked[candidates[k]];
    p.re.lastIndex = at;
    const m = p.re.exec(text);
    if (m && m[0].length === length) for (const i of p.rules) if (!found.includes(i)) found.push(i);
  }
  return found.sort((a, b) => a - b).map((i) => set.patterns[i].rule);
}

/** Word positions in a segment, to measure scopes in words. */
export class Words {
  private starts: number[] = [];
  constructor(text: string, start: number, end: number) {
    // A word starts at a non-space after a space, or at `start` (as /\S+/g from there finds them).
    let inWord = false;
    for (let i = start; i < end; i++) {
      const space = isSpaceCode(text.charCodeAt(i));
      if (!space && !inWord) this.starts.push(i);
      inWord = !space;
    }
  }
  /** Number of words that start in [a, b). */
  between(a: number, b: number): number {
    return this.index(b) - this.index(a);
  }
  private index(pos: number): number {
    let lo = 0, hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** No scope reaches farther than this many words (the largest maxScope a rule may set). */
const MAX_WINDOW = 60;

const SCOPE_CATEGORIES: Category[] = ['negated', 'possible', 'hypothetical', 'historical', 'family', 'other'];

/**
 * The context of one target inside a segment. `hits` are the segment's triggers (already
 * stripped of those inside other targets); the nearest trigger of each category governs.
 */
export function contextOf(text: string, target: Span, hits: Hit[], words: Words): Context {
  const ctx: Context = {};
  const closed = new Set<Category>();
  const take = (c: Category, hit: Hit) => {
    if (c === 'family' || c === 'other') {
      if (!ctx.experiencer) {
        ctx.experiencer = hit;
        ctx.experiencerKind = c;
      }
      closed.add('family').add('other');
      return;
    }
    if (!ctx[c]) ctx[c] = hit;
  };
  const endsFor = (r: TriggerRule) => r.ends ?? SCOPE_CATEGORIES;

  // Leftwards: forward and bidirectional triggers before the target.
  for (let i = hits.length - 1; i >= 0; i--) {
    const h = hits[i];
    if (h.end > target.start) continue;
    const dist = words.between(h.end, target.start);
    if (dist > MAX_WINDOW) break;
    let sawCategory = false;
    for (const r of h.rules) {
      if (r.direction !== 'terminate') continue;
      // A colon right after a trigger opens that trigger's list; it still ends the others.
      const kept = r.opensList ? listOpener(hits, i, words) : r.continuesList ? openList(hits, i, words) : undefined;
      for (const c of endsFor(r)) if (!kept?.has(c) && !(r.unlessListed && listedBefore(text, hits, i, c))) closed.add(c);
    }
    // A trigger that opens a list with a colon ("denies: …; …; …") reaches the whole list.
    const next = hits[i + 1];
    const opensList = !!next && next.rules.some((r) => r.opensList) && words.between(h.end, next.start) <= LIST_LEAD_IN;
    for (const r of h.rules) {
      if (r.direction !== 'forward' && r.direction !== 'bidirectional') continue;
      const c = r.category!;
      if (closed.has(c)) continue;
      if (dist <= (opensList ? MAX_WINDOW : (r.maxScope ?? DEFAULT_SCOPE.forward))) take(c, h);
      sawCategory = true;
    }
    // The nearest trigger of a category owns the scope; farther ones of that category stop here.
    if (sawCategory) for (const r of h.rules) if (r.category && r.direction !== 'backward') closed.add(r.category);
    if (closed.size === SCOPE_CATEGORIES.length) break;
  }

  // Rightwards: backward and bidirectional triggers after the target, within the clause.
  closed.clear();
  // The first comma or colon after the target, found once (not once per trigger after it).
  let gapEnd = target.end;
  for (const h of hits) {
    if (h.start < target.end) continue;
    const dist = words.between(target.end, h.start);
    if (dist > MAX_WINDOW) break;
    while (gapEnd < h.start && text[gapEnd] !== ',' && text[gapEnd] !== ':') gapEnd++;
    const clauseBreak = gapEnd < h.start;
    for (const r of h.rules) {
      if (r.direction === 'terminate' && !r.forwardOnly) for (const c of endsFor(r)) closed.add(c);
    }
    // The break is one comma right before this trigger ("…, now resolved"): only afterComma rules cross it.
    const ownClause = clauseBreak && text[gapEnd] === ',' && !text.slice(gapEnd + 1, h.start).trim() && !/[,:]/.test(text.slice(target.end, gapEnd));
    for (const r of h.rules) {
      if (r.direction !== 'backward' && r.direction !== 'bidirectional') continue;
      const c = r.category!;
      if (closed.has(c) || (clauseBreak && !(ownClause && r.afterComma))) continue;
      if (dist <= (r.maxScope ?? DEFAULT_SCOPE.backward)) {
        // A forward trigger already closer to the target wins over a farther backward one.
        const existing = c === 'family' || c === 'other' ? ctx.experiencer : ctx[c];
        if (!existing || words.between(existing.end, target.start) > dist) {
          if (c === 'family' || c === 'other') {
            ctx.experiencer = h;
            ctx.experiencerKind = c;
          } else ctx[c] = h;
        }
      }
    }
    if (clauseBreak) break;
  }
  return ctx;
}

/**
 * The categories whose list hit i (a list-opening terminator such as a colon) opens: those of a
 * forward trigger at most LIST_LEAD_IN words before it ("denies: ...", "PMH: ...").
 */
function listOpener(hits: Hit[], i: number, words: Words): Set<Category> | undefined {
  const prev = hits[i - 1];
  if (!prev || words.between(prev.end, hits[i].start) > LIST_LEAD_IN) return undefined;
  const kept = new Set<Category>();
  for (const r of prev.rules) if (r.direction === 'forward' || r.direction === 'bidirectional') kept.add(r.category!);
  if (kept.has('family') || kept.has('other')) kept.add('family').add('other');
  return kept;
}

/**
 * Whether the nearest forward trigger of category c before hit i already reaches over a list:
 * a comma between it and hit i ("denies fever, chills, | history of cancer").
 */
function listedBefore(text: string, hits: Hit[], i: number, c: Category): boolean {
  for (let j = i - 1; j >= 0 && i - j <= 40; j--) {
    if (!hits[j].rules.some((r) => r.category === c && (r.direction === 'forward' || r.direction === 'bidirectional'))) continue;
    return text.slice(hits[j].end, hits[i].start).includes(',');
  }
  return false;
}

/**
 * The categories of a list a colon opened earlier in the same clause run ("She denies: numbness
 * of the saddle; change in stream; bowel incontinence"), for a separator at hit i.
 */
function openList(hits: Hit[], i: number, words: Words): Set<Category> | undefined {
  for (let j = i - 1; j >= 0 && i - j <= 40; j--) {
    const h = hits[j];
    if (h.rules.some((r) => r.opensList)) return listOpener(hits, j, words);
    // Any other clause break before the colon means the list has already ended.
    if (h.rules.some((r) => r.direction === 'terminate' && !r.continuesList && !r.ends)) return undefined;
  }
  return undefined;
}

/**
 * Drops triggers that lie inside a target phrase: the lexicon owns its words
 * ("no improvement with rest", "can't feel", "rest doesn't help").
 */
export function outsideTargets(hits: Hit[], targets: Span[], set = defaultTriggers()): Hit[] {
  if (!targets.length) return hits;
  const out: Hit[] = [];
  for (const h of hits) {
    const overlapped = targets.filter((t) => h.start < t.end && h.end > t.start);
    if (!overlapped.length) {
      out.push(h);
      continue;
    }
    // A phrase that runs into a target ("no known | allergies", "no change | in hearing") gives
    // way to the target; the triggers inside its own words before the target still count.
    const cut = Math.min(...overlapped.map((t) => t.start)) - h.start;
    if (cut > 0 && !/\w/.test(h.text[cut - 1])) {
      const head = h.text.slice(0, cut);
      for (const inner of findTriggers(head, 0, head.length, set)) {
        out.push({ ...inner, start: h.start + inner.start, end: h.start + inner.end });
      }
    }
  }
  return out;
}

/**
 * Negation and uncertainty together: a doubt after a denial weakens it ("no saddle numbness, but
 * not sure"); otherwise the nearer cue decides.
 */
export function polarity(ctx: Context, target: Span): 'negated' | 'possible' | 'affirmed' {
  const { negated: n, possible: p } = ctx;
  if (n && p) {
    if (n.end <= target.start && p.start >= target.end) return 'possible';
    const d = (h: Hit) => (h.end <= target.start ? target.start - h.end : h.start - target.end);
    return d(n) <= d(p) ? 'negated' : 'possible';
  }
  return n ? 'negated' : p ? 'possible' : 'affirmed';
}
