/**
 * A sign glued to the start of a word, as a review of systems writes its negatives and positives:
 * "-fever -wt loss +night sweats". Only after whitespace, a bracket, a comma, a semicolon or a
 * colon (or at the start), and never the "-ve"/"+ve" of "SLR -ve": "2-3" is a range, "non-tender"
 * one word. The context rules (rules/context/triggers.ts) and the segmenter's bullet test
 * (rules/text/segment.ts) read it from here.
 */
export const gluedSign = (sign: '-' | '\\+' | '[-+]') => `(?<![^\\s(,;:])${sign}(?=[a-z])(?!ve(?![a-z]))`;
