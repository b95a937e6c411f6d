/**
 * The whitespace between two words of a phrase in a lexicon pattern or a context trigger: any
 * whitespace (spaces, tabs, a line break and indentation), at most eight characters.
 *
 * Bounded, so a run of 100,000 spaces cannot make a phrase backtrack for seconds. Eight, not
 * fewer than four: V8 unrolls a bounded repeat whose upper end is three or less over the
 * optional part ("\s{1,4}" is one space and three nested choices) and then copies the rest of
 * the phrase after each choice. With "\s{1,4}" the lexicon's regexes compiled to over 10 MB of
 * code; past a few MB of regex code V8 stops optimising the regexes it compiles next, so the
 * same engine ran up to 40% slower depending on which note it saw first. "\s{1,8}" compiles to
 * a loop: about a third of the code, and the speed no longer depends on that order.
 */
export const MAX_PHRASE_SPACE = 8;
/** The same as a regex (the trigger trie, rules/context/literal-trie.ts, walks it by MAX_PHRASE_SPACE). */
export const PHRASE_SPACE = `\\s{1,${MAX_PHRASE_SPACE}}`;
/** Optional whitespace inside a phrase (" ?" in a pattern): the same bound. */
export const OPTIONAL_SPACE = `\\s{0,${MAX_PHRASE_SPACE}}`;

/** What \s matches in a regex: the ECMAScript white space and line terminators. */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
