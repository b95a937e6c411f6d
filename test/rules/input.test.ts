import { describe, it, expect } from 'vitest';
import { checkText, MAX_TEXT_CHARS } from '../../rules/input';

function rejected(text: string): string {
  const r = checkText(text);
  expect(r.ok).toBe(false);
  if (r.ok) throw new Error('accepted');
  expect(r.reason.length).toBeGreaterThan(10);
  expect(r.reason).not.toMatch(/\n/);
  return r.reason;
}

describe('checkText', () => {
  it('accepts a normal note and returns the text unchanged', () => {
    const note = 'HPI: 42M with LBP x 3 months.\r\n\tStiff in the morning ~1 h. Denies fever.\n';
    const r = checkText(note);
    expect(r).toEqual({ ok: true, text: note });
  });

  it('accepts text with accents, symbols and a few stray control characters', () => {
    const r = checkText('Schober 3.5 cm — réduit; T 38.9 °C ✓\u000c page break\u0007 bell. '.repeat(20));
    expect(r.ok).toBe(true);
  });

  it('rejects empty input', () => {
    expect(rejected('')).toMatch(/empty/);
  });

  it('rejects whitespace-only input', () => {
    expect(rejected(' \n\t\r\n   ')).toMatch(/empty/);
  });

  it('rejects input with NUL bytes, even a single one in otherwise normal text', () => {
    expect(rejected('LBP x 3 months\u0000\u0000 more text')).toMatch(/binary/);
    expect(rejected('LBP x 3 months. '.repeat(100) + '\u0000' + 'Denies fever.')).toMatch(/NUL/);
  });

  it('rejects mostly control characters', () => {
    const junk = Array.from({ length: 400 }, (_, i) => String.fromCharCode(1 + (i % 8)) + 'ab').join('');
    expect(rejected(junk)).toMatch(/binary|control/);
  });

  it('rejects text full of undecodable characters', () => {
    expect(rejected('\ufffd\ufffdab'.repeat(100))).toMatch(/binary|undecodable/);
  });

  it('rejects oversize input, naming the limit', () => {
    const reason = rejected('a'.repeat(MAX_TEXT_CHARS + 1));
    expect(reason).toMatch(/limit/);
    expect(reason).toContain(String(MAX_TEXT_CHARS / 1e6));
  });

  it('accepts input exactly at the size limit', () => {
    expect(checkText('a '.repeat(MAX_TEXT_CHARS / 2)).ok).toBe(true);
  });
});
