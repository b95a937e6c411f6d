import type { FeatureId } from '../vocabulary/features';

/**
 * A present feature that implies another: waking in the second half of the night is night
 * pain; a stated stiffness time is morning stiffness. Data, applied after extraction.
 */
export const IMPLIES: Array<[FeatureId, FeatureId]> = [
  ['night_pain_second_half', 'night_pain'],
  ['morning_stiffness_minutes', 'morning_stiffness'],
];

/** A mention of a procedure or infection counts as recent only with one of these cues nearby. */
export const RECENCY =
  /\b(?:recent(?:ly)?|just|new|(?:\d+|a|one|two|three|four|five|six|few|several|couple of) (?:days?|d|wks?|weeks?) ago|pod ?#?\d+|post-?op(?:erative)? day|last (?:week|month)|yesterday|this (?:week|month)|days? ago|since (?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i;
