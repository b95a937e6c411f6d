import { isWordCode, matchPrefixes, opensAtWordStart } from './prefixes';
import { PrefixIndex } from './prefix-index';

/**
 * Many regular expressions over one text in one pass. Each finds exactly the matches a global
 * scan of its own finds (left to right, resuming after each match, an empty match skipped), but
 * is tried only where the text starts with one of its first characters (matchPrefixes), and,
 * when it opens with "not after a word character", only where a word can begin. Forty regular
 * expressions cost one walk over the text instead of forty scans of every character.
 */
export interface Scanner {
  /** Each regular expression, sticky: tried at one position. */
  readonly sticky: RegExp[];
  /** Each one's global form, for those that may start anywhere (scanned the plain way). */
  readonly global: Array<RegExp | undefined>;
  /** Where each one (of those not scanned the plain way) can start: its prefixes. */
  readonly prefixes: PrefixIndex<number>;
  /** The same, of those that can start right after a word character; undefined if none can. */
  readonly inWord: PrefixIndex<number> | undefined;
  /** Scratch lists, one per regular expression, of the places to try it (emptied after each block). */
  readonly places: number[][];
}

/**
 * Prefixes of up to this many characters say where a regular expression is worth trying. Three
 * let "morning" try the phrases of "more painful" and "and" the durations of "an d(ay)": about
 * a third more tries, each costing a few hundred nanoseconds. Five saves little more and takes
 * longer to build (the first assessment in a new panel waits for it).
 */
const KEY = 4;
/** Characters walked before the regexes are tried at the places found (see scanAll). */
export const BLOCK = 262_144;

/**
 * A subject long enough that V8 (Chrome, Node) compiles a regular expression straight to machine
 * code on its first run. On a shorter one it first compiles bytecode, interprets it once and then
 * compiles machine code anyway ("tier-up"; the threshold is 1,000 characters), so the first
 * assessment of a short note compiled the lexicon twice. One run on this, where no match can
 * start, at construction compiles each once: about 100 ms less before the first cards.
 */
const COMPILE_SUBJECT = '\0'.repeat(1_024);

function compiled(re: RegExp): RegExp {
  re.lastIndex = 0;
  re.test(COMPILE_SUBJECT);
  re.lastIndex = 0;
  return re;
}

/** A scanner of the regexes; `key`: how many first characters of each are looked up (see KEY). */
export function scanner(regexes: RegExp[], key = KEY): Scanner {
  const prefixes = new PrefixIndex<number>();
  let inWord: PrefixIndex<number> | undefined;
  const global: Array<RegExp | undefined> = [];
  const flags = (re: RegExp, add: string) => re.flags.replace(/[gy]/g, '') + add;
  regexes.forEach((re, i) => {
    const starts = matchPrefixes(re.source, key);
    // A match that may start with anything (or be empty) leaves nothing to skip.
    if (starts.includes('')) {
      global.push(new RegExp(re.source, flags(re, 'g')));
      return;
    }
    global.push(undefined);
    const unguarded = !opensAtWordStart(re.source);
    for (const p of starts) {
      prefixes.add(p, i);
      if (unguarded) (inWord ??= new PrefixIndex<number>()).add(p, i);
    }
  });
  return {
    sticky: regexes.map((re) => compiled(new RegExp(re.source, flags(re, 'y')))),
    global,
    prefixes,
    inWord,
    places: regexes.map(() => []),
  };
}

/** Each regular expression's matches in the text, in order (the result is indexed like the scanner's list). */
export function scanAll(text: string, s: Scanner): RegExpExecArray[][] {
  const n = s.sticky.length;
  const out: RegExpExecArray[][] = Array.from({ length: n }, () => []);
  s.global.forEach((re, i) => {
    if (!re) return;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      if (m[0].length === 0) re.lastIndex++;
      else out[i].push(m);
    }
  });
  // First the places where each one can start, in one walk over a block of the text; then each
  // one is tried at its own places, one after another: the tries of one regex run together,
  // while its compiled code is still in the processor's caches (alternating between some eighty
  // large regexes at every word cost about ten times as much per try). Blocks bound the lists
  // of places on a long text.
  const places = s.places;
  for (const list of places) list.length = 0;
  /** Where each one's previous match ended: it is not tried before. */
  const from = new Int32Array(n);
  const candidates: number[] = [];
  for (let block = 0; block < text.length; block += BLOCK) {
    const blockEnd = Math.min(text.length, block + BLOCK);
    for (let p = block; p < blockEnd; p++) {
      // Right after a word character only those without "not after a word character" in front.
      const index = p > 0 && isWordCode(text.charCodeAt(p - 1)) ? s.inWord : s.prefixes;
      if (!index) continue;
      const count = index.collect(text, p, candidates);
      for (let c = 0; c < count; c++) {
        const list = places[candidates[c]];
        // An expression filed under several prefixes here is tried once.
        if (list[list.length - 1] !== p) list.push(p);
      }
    }
    places.forEach((list, i) => {
      const re = s.sticky[i];
      for (const p of list) {
        if (p < from[i]) continue;
        re.lastIndex = p;
        const m = re.exec(text);
        if (m && m[0].length > 0) {
          out[i].push(m);
          from[i] = p + m[0].length;
        }
      }
      list.length = 0;
    });
  }
  return out;
}
