/**
 * Which words can start a match of a regular expression: the set of its first few characters,
 * read from the pattern source. Matchers use it to try a pattern only where the text starts
 * with one of them, instead of scanning every position with every pattern.
 *
 * The answer may be too wide (lookarounds are ignored, big character classes become "any
 * character") but never too narrow: wherever the regular expression matches, the text there
 * starts with one of the prefixes. Characters are folded as `foldText` folds the text: upper
 * case (as case-insensitive matching compares them), any whitespace as a space, any digit as 0
 * (so `\d{1,3}` is three prefixes, not 1,110: small sets are quick to build and to look up).
 */

/** Ends a prefix after which any text may follow. */
const OPEN = '\u0000';
/** A set grown past this many prefixes is cut shorter (still never too narrow). */
const LIMIT = 4096;
/** A character class or range wider than this counts as any character. */
const WIDE = 64;

/** [A-Za-z0-9_]: what \w matches without the unicode flag. */
export const isWordCode = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/** The text as prefixes are written: same length, upper case, whitespace as spaces, digits as 0. */
export function foldText(text: string): string {
  const upper = text.toUpperCase();
  const folded = upper.length === text.length ? upper : Array.from({ length: text.length }, (_, i) => foldChar(text[i])).join('');
  return folded.replace(/\s/g, ' ').replace(/[0-9]/g, '0');
}

/** One character, folded; a character whose upper case is longer stays as it is. */
function foldChar(c: string): string {
  if (/\s/.test(c)) return ' ';
  if (c >= '0' && c <= '9') return '0';
  const u = c.toUpperCase();
  return u.length === 1 ? u : c;
}

/**
 * The prefixes of at most `k` characters that every match of `source` starts with. An empty
 * string in the result means a match can start with anything (or be empty).
 */
export function matchPrefixes(source: string, k: number): string[] {
  const parser = new Parser(source, k);
  const set = parser.alternation();
  if (parser.pos < source.length) throw new Error(`prefixes: unexpected ")" at ${parser.pos} in ${source.slice(0, 60)}`);
  return [...new Set([...set].map((s) => (s.endsWith(OPEN) ? s.slice(0, -1) : s)))];
}

type Prefixes = Set<string>;

const EMPTY: Prefixes = new Set(['']);
const ANY: Prefixes = new Set([OPEN]);
const SPACE_CLASS = ' ';
/** \d: every digit folds to 0. */
const DIGITS = '0';
const WORD = `${DIGITS}ABCDEFGHIJKLMNOPQRSTUVWXYZ_`;

/** Prefixes of groups already worked out, by k and group source: lexicon macros recur a lot. */
const groupCache = new Map<string, Prefixes>();
/** A bounded quantifier, {n}, {n,} or {n,m}, read where it stands. */
const BOUNDS = /\{(\d+)(,(\d*))?\}/y;

class Parser {
  pos = 0;
  /** Inside a lookaround, or after the prefixes are complete: skip, computing nothing. */
  private skipping = 0;
  /** For each "(" the position of its ")". */
  private readonly closing: Map<number, number>;
  constructor(
    private readonly src: string,
    private readonly k: number,
  ) {
    this.closing = closingParens(src);
  }

  alternation(): Prefixes {
    const out = new Set<string>();
    for (;;) {
      for (const s of this.sequence()) out.add(s);
      if (this.src[this.pos] !== '|') return limit(out, this.k);
      this.pos++;
    }
  }

  private sequence(): Prefixes {
    let acc: Prefixes = EMPTY;
    let done = false;
    while (this.pos < this.src.length && this.src[this.pos] !== '|' && this.src[this.pos] !== ')') {
      if (this.skipping || complete(acc, this.k)) {
        // Nothing more to learn here (the prefixes are complete, or this is inside a lookaround).
        this.skipAlternative();
        break;
      }
      acc = concat(acc, this.quantified(this.atom()), this.k);
    }
    return acc;
  }

  /** Moves to the end of the current alternative: the next "|" or ")" of this group. */
  private skipAlternative(): void {
    const src = this.src;
    while (this.pos < src.length) {
      const c = src[this.pos];
      if (c === '|' || c === ')') return;
      if (c === '\\') this.pos += 2;
      else if (c === '(') this.pos = this.closeOf(this.pos) + 1;
      else if (c === '[') {
        this.pos++;
        while (this.pos < src.length && src[this.pos] !== ']') this.pos += src[this.pos] === '\\' ? 2 : 1;
        this.pos++;
      } else this.pos++;
    }
  }

  private closeOf(open: number): number {
    const close = this.closing.get(open);
    if (close === undefined) throw new Error(`prefixes: unclosed group in ${this.src.slice(0, 60)}`);
    return close;
  }

  /** A quantifier after an atom, if any, applied to the atom's prefixes. */
  private quantified(atom: Prefixes): Prefixes {
    const c = this.src[this.pos];
    let min = 1;
    let max = 1;
    if (c === '?' || c === '*' || c === '+') {
      this.pos++;
      min = c === '+' ? 1 : 0;
      max = c === '?' ? 1 : Infinity;
    } else if (c === '{') {
      BOUNDS.lastIndex = this.pos;
      const m = BOUNDS.exec(this.src);
      if (!m) return atom; // a literal "{"
      this.pos += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
    } else {
      return atom;
    }
    if (this.src[this.pos] === '?') this.pos++; // lazy
    return this.skipping ? EMPTY : repeat(atom, min, max, this.k);
  }

  private atom(): Prefixes {
    const c = this.src[this.pos++];
    switch (c) {
      case '(':
        return this.group();
      case '[':
        return this.charClass();
      case '\\':
        return this.escape(false);
      case '.':
        return ANY;
      case '^':
      case '$':
        return EMPTY;
      default:
        return new Set([foldChar(c)]);
    }
  }

  private group(): Prefixes {
    const open = this.pos - 1;
    const close = this.closing.get(open);
    if (close === undefined) throw new Error(`prefixes: unclosed group in ${this.src.slice(0, 60)}`);
    if (this.skipping) {
      this.pos = close + 1;
      return EMPTY;
    }
    const key = `${this.k}${this.src.slice(open, close + 1)}`;
    const known = groupCache.get(key);
    if (known) {
      this.pos = close + 1;
      return known;
    }
    const set = this.groupBody();
    groupCache.set(key, set);
    return set;
  }

  private groupBody(): Prefixes {
    const rest = this.src.slice(this.pos, this.pos + 3);
    let lookaround = false;
    if (rest.startsWith('?:')) this.pos += 2;
    else if (rest.startsWith('?=') || rest.startsWith('?!')) (this.pos += 2), (lookaround = true);
    else if (rest.startsWith('?<=') || rest.startsWith('?<!')) (this.pos += 3), (lookaround = true);
    else if (rest.startsWith('?<')) this.pos = this.src.indexOf('>', this.pos) + 1;
    if (lookaround) this.skipping++;
    const body = this.alternation();
    if (lookaround) this.skipping--;
    if (this.src[this.pos] !== ')') throw new Error(`prefixes: unclosed group in ${this.src.slice(0, 60)}`);
    this.pos++;
    return lookaround ? EMPTY : body;
  }

  /** `[...]`: its characters, or any character when it is negated or wide. */
  private charClass(): Prefixes {
    const negated = this.src[this.pos] === '^';
    if (negated) this.pos++;
    const chars = new Set<string>();
    let wide = negated;
    while (this.pos < this.src.length && this.src[this.pos] !== ']') {
      const from = this.classChar(chars);
      if (from === undefined) {
        wide = true;
        continue;
      }
      if (this.src[this.pos] === '-' && this.src[this.pos + 1] !== ']' && this.pos + 1 < this.src.length) {
        this.pos++;
        const to = this.classChar(chars);
        if (to === undefined || to.length !== 1 || from.length !== 1) {
          wide = true;
          continue;
        }
        const a = from.charCodeAt(0);
        const b = to.charCodeAt(0);
        if (b - a > WIDE) wide = true;
        else for (let x = a; x <= b; x++) chars.add(foldChar(String.fromCharCode(x)));
      } else {
        chars.add(foldChar(from));
      }
    }
    this.pos++; // ]
    return wide || chars.size > WIDE ? ANY : new Set(chars);
  }

  /** One character of a class; escapes for sets (\d, \s…) add to `chars` and return ''. */
  private classChar(chars: Set<string>): string | undefined {
    const c = this.src[this.pos++];
    if (c !== '\\') return c;
    const set = this.escape(true);
    if (set === ANY) return undefined;
    if (set.size === 1) {
      const [only] = set;
      return only;
    }
    for (const s of set) chars.add(s);
    return '';
  }

  private escape(inClass: boolean): Prefixes {
    const c = this.src[this.pos++];
    switch (c) {
      case 'd':
        return new Set(DIGITS);
      case 'w':
        return new Set(WORD);
      case 's':
        return new Set([SPACE_CLASS]);
      case 'D':
      case 'W':
      case 'S':
        return ANY;
      case 'b':
        return inClass ? new Set(['\b']) : EMPTY;
      case 'B':
        return EMPTY;
      case 'n':
      case 'r':
      case 't':
      case 'f':
      case 'v':
        return new Set([SPACE_CLASS]);
      case '0':
        return new Set(['\0']);
      case 'x': {
        const hex = this.src.slice(this.pos, this.pos + 2);
        this.pos += 2;
        return new Set([foldChar(String.fromCharCode(parseInt(hex, 16)))]);
      }
      case 'u': {
        const hex = this.src.slice(this.pos, this.pos + 4);
        this.pos += 4;
        return new Set([foldChar(String.fromCharCode(parseInt(hex, 16)))]);
      }
      case 'c':
        this.pos++;
        return ANY;
      case 'k':
        this.pos = this.src.indexOf('>', this.pos) + 1;
        return ANY;
      default:
        // A back-reference could be anything; any other escaped character is itself.
        if (c >= '1' && c <= '9') return ANY;
        return new Set([foldChar(c)]);
    }
  }
}

/** The grouping characters of a source, "(", ")" and "|", outside escapes and character classes, with their places. */
function groupingChars(src: string): Array<{ at: number; c: string }> {
  const out: Array<{ at: number; c: string }> = [];
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(' || c === ')' || c === '|') out.push({ at: i, c });
  }
  return out;
}

/** Whether the source has a "|" outside every group. */
function hasTopLevelAlternation(src: string): boolean {
  let depth = 0;
  for (const { c } of groupingChars(src)) {
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (depth === 0) return true;
  }
  return false;
}

/** Where each group closes. */
function closingParens(src: string): Map<number, number> {
  const out = new Map<number, number>();
  const open: number[] = [];
  for (const { at, c } of groupingChars(src)) {
    if (c === '(') open.push(at);
    else if (c === ')' && open.length) out.set(open.pop()!, at);
  }
  return out;
}

/** Whether no prefix in the set can grow any longer. */
function complete(set: Prefixes, k: number): boolean {
  for (const s of set) if (s.length < k && !s.endsWith(OPEN)) return false;
  return true;
}

/** Every prefix of `a` followed by every prefix of `b`, cut at k characters. */
function concat(a: Prefixes, b: Prefixes, k: number): Prefixes {
  if (b === EMPTY) return a;
  const out = new Set<string>();
  for (const x of a) {
    if (x.endsWith(OPEN) || x.length >= k) {
      out.add(x);
      continue;
    }
    for (const y of b) {
      const s = x + y;
      const open = s.endsWith(OPEN);
      const body = open ? s.slice(0, -1) : s;
      out.add(body.length >= k ? body.slice(0, k) : s);
    }
  }
  return limit(out, k);
}

/** `atom{min,max}`: at most k repeats matter, since each adds a character or nothing. */
function repeat(atom: Prefixes, min: number, max: number, k: number): Prefixes {
  let acc: Prefixes = EMPTY;
  for (let i = 0; i < Math.min(min, k); i++) acc = concat(acc, atom, k);
  const out = new Set(acc);
  for (let i = min; i < Math.min(max, min + k); i++) {
    // "\w+" would be 37 × 37 × 37 × … prefixes, only to be cut short by limit: past the limit,
    // what more repeats add is "anything", once.
    if (acc.size * atom.size > LIMIT) {
      for (const s of acc) out.add(s.endsWith(OPEN) || s.length >= k ? s : s + OPEN);
      break;
    }
    acc = concat(acc, atom, k);
    for (const s of acc) out.add(s);
  }
  return limit(out, k);
}

/** A set that has grown too big is cut to shorter, open prefixes until it is small enough. */
function limit(set: Prefixes, k: number): Prefixes {
  let out = set;
  for (let len = k - 1; out.size > LIMIT && len >= 0; len--) {
    const next = new Set<string>();
    for (const s of out) {
      const body = s.endsWith(OPEN) ? s.slice(0, -1) : s;
      next.add(body.length > len ? body.slice(0, len) + OPEN : s);
    }
    out = next;
  }
  return out;
}

/**
 * Whether a source opens (among its leading look-arounds) with "not after a word character":
 * then it cannot start right after one. A top-level "|" makes it false: the guard in front
 * belongs to the first alternative only.
 */
export function opensAtWordStart(source: string): boolean {
  if (hasTopLevelAlternation(source)) return false;
  let at = 0;
  const closing = closingParens(source);
  while (/^\(\?<?[=!]/.test(source.slice(at, at + 4))) {
    const close = closing.get(at);
    if (close === undefined) return false;
    const group = source.slice(at, close + 1);
    if (group.startsWith('(?<![\\w') || group.startsWith('(?<!\\w')) return true;
    at = close + 1;
  }
  return false;
}
