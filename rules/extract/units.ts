/** Number words and time units as data, for reading durations and stiffness times. */
export const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, eighteen: 18, twenty: 20, thirty: 30, forty: 40, 'forty-five': 45,
  'a couple of': 2, 'couple of': 2, 'a couple': 2, 'a few': 3, few: 3, half: 0.5, 'half an': 0.5,
  fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** "seventy-two", "forty five": a tens word and a digit word (ages written out). */
const TENS_AND_UNIT = /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](one|two|three|four|five|six|seven|eight|nine)$/;

/** Regex source for a number: digits, decimals, ranges ("1-2") or words. */
export const NUM = "\\d{1,3}(?:\\.\\d+)?(?:\\s?(?:-|–|to)\\s?\\d{1,3}(?:\\.\\d+)?)?|a couple of|couple of|a couple|a few|few|half an|an|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty|thirty|forty-five|forty";

/** Weeks per unit of symptom duration. */
export const DURATION_UNITS: Array<[RegExp, number]> = [
  [/^(?:d|ds|dy|dys|day|days)$/i, 1 / 7],
  [/^(?:w|wk|wks|week|weeks)$/i, 1],
  [/^(?:fortnight|fortnights)$/i, 2],
  [/^(?:m|mo|mos|mth|mths|mnth|mnths|month|months)$/i, 52 / 12],
  [/^(?:y|yr|yrs|year|years)$/i, 52],
];
/** Single-letter units only straight after digits ("x3d"), so "and" is never "an d". */
export const DURATION_UNIT = '(?:days?|dys?|weeks?|wks?|fortnights?|months?|mths?|mnths?|mos?|years?|yrs?|(?<=\\d\\s?)(?:d|w))';

/** Minutes per unit of stiffness time. */
export const MINUTE_UNITS: Array<[RegExp, number]> = [
  [/^(?:min|mins|minute|minutes|m)$/i, 1],
  [/^(?:h|hr|hrs|hour|hours)$/i, 60],
];
export const MINUTE_UNIT = '(?:minutes?|mins?|hours?|hrs?|h)';

/** "1-2" → 1 (the lower bound: never inflate), "an" → 1, "half an" → 0.5, "seventy-two" → 72. */
export function parseNumber(raw: string): number | undefined {
  const s = raw.trim().toLowerCase();
  if (s in NUMBER_WORDS) return NUMBER_WORDS[s];
  const words = TENS_AND_UNIT.exec(s);
  if (words) return NUMBER_WORDS[words[1]] + NUMBER_WORDS[words[2]];
  const m = /^(\d{1,3}(?:\.\d+)?)/.exec(s);
  return m ? Number(m[1]) : undefined;
}

export function unitFactor(table: Array<[RegExp, number]>, unit: string): number | undefined {
  for (const [re, f] of table) if (re.test(unit.trim())) return f;
  return undefined;
}
