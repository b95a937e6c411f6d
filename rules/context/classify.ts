import { contextOf, findTriggers, outsideTargets, polarity, Words } from './engine';

/** The NegEx/ConText test-kit contract: one sentence, one target phrase, three judgements. */
export interface SentenceContext {
  negation: 'affirmed' | 'negated' | 'possible';
  temporality: 'recent' | 'historical' | 'hypothetical';
  experiencer: 'patient' | 'other';
}

/** Finds `target` in `sentence` (case and spacing ignored) and classifies its context. */
export function classifySentence(sentence: string, target: string): SentenceContext {
  const span = findTarget(sentence, target) ?? { start: 0, end: sentence.length };
  const hits = outsideTargets(findTriggers(sentence, 0, sentence.length), [span]);
  const ctx = contextOf(sentence, span, hits, new Words(sentence, 0, sentence.length));
  return {
    negation: polarity(ctx, span),
    temporality: ctx.hypothetical ? 'hypothetical' : ctx.historical ? 'historical' : 'recent',
    experiencer: ctx.experiencer ? 'other' : 'patient',
  };
}

function findTarget(sentence: string, target: string): { start: number; end: number } | undefined {
  const words = target.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return undefined;
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const m = new RegExp(escaped.join('\\s+'), 'i').exec(sentence);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}
