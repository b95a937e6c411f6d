/** Limits and checks for text handed to the engine from outside (CLI, pages, messages). */
export const MAX_TEXT_CHARS = 5_000_000;

export type TextCheck = { ok: true; text: string } | { ok: false; reason: string };

/** Rejects empty, binary and oversized input with a reason a person can act on. */
export function checkText(text: string): TextCheck {
  if (text.length > MAX_TEXT_CHARS) {
    return { ok: false, reason: `input is ${(text.length / 1e6).toFixed(1)} million characters; the limit is ${MAX_TEXT_CHARS / 1e6} million` };
  }
  if (!text.trim()) return { ok: false, reason: 'input is empty: there is no text to assess' };
  const sample = text.slice(0, 65536);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return { ok: false, reason: 'input looks binary (it contains NUL bytes), not clinical text' };
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) control++;
  }
  if (control > sample.length * 0.05) return { ok: false, reason: 'input looks binary (too many control or undecodable characters), not clinical text' };
  return { ok: true, text };
}
