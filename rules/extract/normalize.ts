/**
 * A same-length copy of the text for matching: quotation marks become spaces and curly
 * apostrophes straight ones, so patterns need not care about quoting. Offsets are unchanged.
 */
export function matchingText(text: string): string {
  return text.replace(/[“”„"«»`]|(?<![A-Za-z])['‘’]|['‘’](?![A-Za-z])/g, ' ').replace(/[‘’]/g, "'");
}
