import { segment } from '../text/segment';
import { contextOf, findTriggers, outsideTargets, polarity, Words, type Span } from './engine';

/** The NegEx/ConText test-kit contract: one sentence, one target phrase, three judgements. */
export interface SentenceContext {
  negation: 'affirmed' | 'negated' | 'possible';
  temporality: 'recent' | 'historical' | 'hypothetical';
  experiencer: 'patient' | 'other';
}

/**
 * Finds `target` in `sentence` (case and spacing ignored) and classifies its context the way
 * extraction does: within the segment (sentence, list item) that holds the target, with the
 * segment's section scope (family history, return precautions) applied.
 */
export function classifySentence(sentence: string, target: string): SentenceContext {
  const span = findTarget(sentence, target) ?? { start: 0, end: sentence.length };
  const seg = segment(sentence).find((s) => s.start <= span.start && span.end <= s.end);
  const start = seg?.start ?? 0;
  const end = seg?.end ?? sentence.length;
  const hits = outsideTargets(findTriggers(sentence, start, end), [span]);
  const ctx = contextOf(sentence, span, hits, new Words(sentence, start, end));
  return {
    negation: polarity(ctx, span),
    temporality: seg?.scope === 'hypothetical' || ctx.hypothetical ? 'hypothetical' : ctx.historical ? 'historical' : 'recent',
    experiencer: seg?.scope === 'family' || ctx.experiencer ? 'other' : 'patient',
  };
}

/** The first occurrence of the target's words, separated by any whitespace, ignoring case. */
function findTarget(sentence: string, target: string): Span | undefined {
  const words = lowerCase(target).split(/\s+/).filter(Boolean);
  if (!words.length) return undefined;
  const lower = lowerCase(sentence);
  for (let from = lower.indexOf(words[0]); from >= 0; from = lower.indexOf(words[0], from + 1)) {
    let pos = from + words[0].length;
    let ok = true;
    for (let i = 1; i < words.length && ok; i++) {
      const gap = pos;
      while (pos < lower.length && /\s/.test(lower[pos])) pos++;
      ok = pos > gap && lower.startsWith(words[i], pos);
      pos += words[i].length;
    }
    if (ok) return { start: from, end: pos };
  }
  return undefined;
}

/** Lower case that keeps every offset (a few characters grow when lower-cased: those stay). */
function lowerCase(s: string): string {
  const lower = s.toLowerCase();
  if (lower.length === s.length) return lower;
  let out = '';
  for (const ch of s) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}
