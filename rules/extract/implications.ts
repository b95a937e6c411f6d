import type { FeatureId } from '../vocabulary/features';

/**
 * A present feature that implies another: waking in the second half of the night is night
 * pain; a stated stiffness time is morning stiffness. Data, applied after extraction.
 */
export const IMPLIES: Array<[FeatureId, FeatureId]> = [
  ['night_pain_second_half', 'night_pain'],
  ['morning_stiffness_minutes', 'morning_stiffness'],
];

/**
 * Cues that put a mention in the past ("s/p discectomy 2012 for sciatica", "episode in 2018
 * that resolved"). For the pain-pattern features only the current pain counts, so a past
 * mention is set aside; red flags and conditions keep their history (history counts).
 */
export const PAST_CUE =
  /^(?:(?:now|since|has since|have since|fully|completely|which|which has|which have)\s+)?(?:previous(?:ly)?|prior|remote|former(?:ly)?|ex$|s\/p|status post|used\s+to|resolved|settled|went\s+away|gone\s+away|in remission|years? ago|yrs ago|as a child|childhood|back\s+in\s|\(?\s*(?:in|from|dx|diagnosed)?\s*(?:19|20)\d\d)/i;

/** Cues that a symptom is longstanding ("longstanding hesitancy", "numb feet for years"), not new. */
export const CHRONIC_CUE = /^(?:long[- ]?standing|life-?long|for (?:many )?years|unchanged for years|unchanged since (?:surgery|the operation)|at baseline|since childbirth|\s?\(\s*(?:at\s+)?baseline\s*\)|(?:which )?is baseline)$/i;

/**
 * Red-flag symptoms (and a habit) that matter only now. A mention put in the past by an explicit cue
 * ("retention after a hernia repair in 2010 that resolved") becomes uncertain — ask whether
 * it is current — rather than firing a flag or vanishing from the screen.
 */
export const CURRENT_RED_FLAGS = new Set<FeatureId>([
  'urinary_retention', 'fecal_incontinence', 'saddle_anesthesia', 'bilateral_leg_symptoms', 'leg_weakness',
  'progressive_neuro_deficit', 'decreased_anal_tone', 'fever', 'night_sweats', 'sexual_dysfunction', 'pulsatile_abdominal_mass',
  // Drug injection given up ("ex-IVDU", "former IVDU") is to ask about, not an infection flag.
  // (Immunosuppression is not here: "s/p kidney transplant 2020" means immunosuppressed now.)
  'ivdu',
]);

/**
 * Cauda equina and neurological symptoms. Said of a relative outside a family-history section
 * ("Son says father ... cannot control his urine since last week"), one may be the patient's,
 * told by a relative who speaks for them: it is asked about, never dropped.
 */
export const NEURO_RED_FLAGS = new Set<FeatureId>([
  'urinary_retention', 'fecal_incontinence', 'saddle_anesthesia', 'bilateral_leg_symptoms', 'leg_weakness',
  'progressive_neuro_deficit', 'decreased_anal_tone', 'sexual_dysfunction',
]);

/** A mention of a procedure or infection counts as recent only with one of these cues nearby. */
export const RECENCY =
  /\b(?:recent(?:ly)?|just|new|(?:\d+|a|one|two|three|four|five|six|few|several|couple of) (?:days?|d|wks?|weeks?) ago|pod ?#?\d+|post-?op(?:erative)? day|last (?:week|month)|yesterday|this (?:week|month)|days? ago|\d+ ?(?:h|hrs?|hours?) (?:ago|pta)|pta|prior to arrival|since (?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i;

/**
 * A negation that a time undoes: "no saddle numbness until this morning" says it began this
 * morning. Read right after the negated words.
 */
export const UNTIL_RECENTLY =
  /^[\s,]*(?:until|till)\s+(?:this|today|tonight|yesterday|last|recently|\d|a (?:few|couple)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i;
