import * as z from 'zod/mini';
import { EXAM_LEXICON } from './exam';
import { PATTERN_LEXICON } from './pattern';
import { RED_FLAG_LEXICON } from './red-flags';
import { LexiconEntry, type ParsedEntry } from './schema';
import { SPA_LEXICON } from './spa';

/** The whole lexicon, validated strictly when loaded. */
export const LEXICON: ParsedEntry[] = z
  .array(LexiconEntry)
  .parse([...PATTERN_LEXICON, ...SPA_LEXICON, ...RED_FLAG_LEXICON, ...EXAM_LEXICON]);
