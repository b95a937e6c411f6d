/**
 * A sign glued to the start of a word, as a review of systems writes its negatives and positives:
 * "-fever -wt loss +night sweats". Only after whitespace, a bracket, a comma, a semicolon or a
 * colon (or at the start), and never the "-ve"/"+ve" of "SLR -ve": "2-3" is a range, "non-tender"
 * one word. The context rules (rules/context/triggers.ts) and the segmenter's bullet test
 * (rules/text/segment.ts) read it from here.
 */
export const gluedSign = (sign: '-' | '\\+' | '[-+]') => `(?<![^\\s(,;:])${sign}(?=[a-z])(?!ve(?![a-z]))`;

/**
 * A sign with a space after it inside a one-line list of signed items, as an ED template writes
 * its review of systems: "ROS: - leg weakness, - bladder/bowel change", "GU: - urinary retention.
 * Neuro: + leg weakness". Only right after a colon, comma or semicolon, and only where another
 * signed item shares the line: a lone "Red flags: - saddle anaesthesia" is a bullet or a dash.
 */
export const spacedSign = (sign: '-' | '\\+') => {
  const lead = '[:,;][ \\t]{0,3}';
  const item = '[-+][ \\t]{1,2}[a-z]';
  // From the space before the sign, where a spaced dash (" - ", a separator) would otherwise start.
  return `(?<=${lead})[ \\t]{0,3}${sign}(?=[ \\t]{1,2}[a-z])(?:(?=[^\\n]{0,300}?${lead}${item})|(?<=${lead}${item}[^\\n]{0,300}?${lead}${sign}))`;
};
