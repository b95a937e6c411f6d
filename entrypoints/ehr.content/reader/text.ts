/** Tidying page text: whitespace, invisible characters, placeholders, length caps. */
import { LABELLED_WILDCARD, PLACEHOLDER_VALUE, WILDCARD } from './labels';

/** Caps per captured part; together they stay under the engine's input limit (tested). */
export const LIMITS = {
  chiefComplaint: 4_000,
  hpi: 200_000,
  text: 400_000,
  title: 300,
  origin: 512,
  whereLabel: 200,
  reason: 300,
  where: 20,
} as const;

const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
// Control characters other than tab and newline.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** One line: invisible characters out, spaces collapsed, trimmed. */
export function squash(s: string): string {
  return s.replace(INVISIBLE, '').replace(CONTROL, ' ').replace(/[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, ' ').trim();
}

/** The text of a node on one line. */
export function textOf(node: Node): string {
  return squash(node.textContent || '');
}

/** An attribute's value, '' when the element does not have it. */
export function attr(el: Element, name: string): string {
  return el.getAttribute(name) || '';
}

/** The words an element is named by: its class, id, aria-label and, when given, one more attribute. */
export function nameWords(el: Element, extra = ''): string {
  return `${attr(el, 'class')} ${el.id || ''} ${attr(el, 'aria-label')} ${extra && attr(el, extra)}`;
}

/** Lines joined: runs of blank lines reduced to one, blank lines at either end dropped. */
function joinLines(lines: string[]): string {
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').replace(/^\n+|\n+$/g, '');
}

/** Several lines: each squashed, runs of blank lines reduced to one, ends trimmed. */
export function squashLines(s: string): string {
  return joinLines(s.replace(/\r\n?/g, '\n').split('\n').map(squash));
}

export function isPlaceholder(s: string): boolean {
  const t = squash(s);
  return !t || PLACEHOLDER_VALUE.test(t);
}

/**
 * A field value as the clinician meant it: SmartText wildcards and "Label: ***" fragments
 * removed, placeholder-only lines dropped. Empty when nothing real is left.
 */
export function cleanValue(raw: string): string {
  const out = joinLines(
    squashLines(raw).split('\n').map((line) => {
      if (WILDCARD.test(line)) {
        line = squash(line.replace(LABELLED_WILDCARD, '$1').replace(/\*{3,}/g, ' ')).replace(/\s+([.,;:])/g, '$1').replace(/^[.,;:]\s*/, '');
        // What is left of a template line: "Onset:" or "Severity: , quality:".
        if (/^[^:]{1,40}:[\s,;.]*$/.test(line)) return '';
      }
      return line && isPlaceholder(line) ? '' : line;
    }),
  );
  return /[\p{L}\p{N}]/u.test(out) ? out : '';
}

export function cap(s: string, max: number): string {
  if (s.length <= max) return s;
  let cut = s.slice(0, max);
  // Do not leave half of a surrogate pair.
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  return cut;
}

/** A 53-bit string hash (for change detection only; never sent anywhere). */
export function hash53(s: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
