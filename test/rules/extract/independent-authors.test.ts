import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../rules/extract/extract';
import { RED_FLAG_FEATURES, type FeatureId } from '../../../rules/vocabulary/features';
import type { Status } from '../../../rules/vocabulary/extraction';

/**
 * 250 short notes written, and labelled, by five authors who did not see the engine: US ED
 * templates, UK GP shorthand, physiotherapy, triage calls, portal messages, dictation with its
 * errors, checklists (authors A and B: red flags; C: inflammatory, mechanical and degenerative
 * stories, with values; D: how patients, relatives, nurses and busy clinicians actually write,
 * with negation traps; E: physiotherapy, specialist letters, ED templates and copied-forward
 * notes). The engine is not tuned to them one by one; these tests hold the agreement it reached
 * and the one thing that must never happen.
 */
interface Labelled {
  author: string;
  text: string;
  /** A status, or for a value feature (minutes, weeks, years) the number. */
  expect: Partial<Record<FeatureId, Status | number | 'male' | 'female'>>;
}

const NOTES: Labelled[] = JSON.parse(readFileSync(new URL('../../fixtures/labelled/independent-authors.json', import.meta.url), 'utf8'));
const RED_FLAGS = new Set<FeatureId>(RED_FLAG_FEATURES);

function read(text: string): Map<FeatureId, { status: Status; value?: unknown }> {
  return new Map(extract(text).features.map((f) => [f.id, { status: f.status, value: f.value }]));
}

/** A status as labelled, a sex, or a number within 5 % (half a unit at least: "4 months" is 17.3 weeks). */
function agrees(want: Status | number | 'male' | 'female', got: { status: Status; value?: unknown } | undefined): boolean {
  if (want === 'male' || want === 'female') return got?.value === want;
  if (typeof want !== 'number') return got?.status === want;
  return typeof got?.value === 'number' && Math.abs(got.value - want) <= Math.max(0.6, want * 0.05);
}

describe('notes by independent authors', () => {
  const rows = NOTES.flatMap((n) => {
    const got = read(n.text);
    return Object.entries(n.expect).map(([id, want]) => {
      const g = got.get(id as FeatureId);
      return { author: n.author, text: n.text, id: id as FeatureId, want, got: g?.status, agrees: agrees(want, g) };
    });
  });

  it('has the five sets', () => {
    expect(NOTES.filter((n) => n.author === 'A')).toHaveLength(60);
    expect(NOTES.filter((n) => n.author === 'B')).toHaveLength(50);
    expect(NOTES.filter((n) => n.author === 'C')).toHaveLength(50);
    expect(NOTES.filter((n) => n.author === 'D')).toHaveLength(45);
    expect(NOTES.filter((n) => n.author === 'E')).toHaveLength(45);
  });

  it.each([
    ['A and B (red flags)', (a: string) => a === 'A' || a === 'B', 311, 287],
    ['C (pain patterns and values)', (a: string) => a === 'C', 349, 274],
    ['D (patients, relatives, nurses, shorthand)', (a: string) => a === 'D', 379, 312],
    ['E (physiotherapy, letters, templates)', (a: string) => a === 'E', 528, 452],
  ] as const)('reads the labels of %s as the authors did, at least as often as when this test was written', (_set, of, labels, agreed) => {
    const mine = rows.filter((r) => of(r.author));
    expect(mine).toHaveLength(labels);
    expect(mine.filter((r) => r.agrees).length).toBeGreaterThanOrEqual(agreed);
  });

  it('never reads a red flag the author marked present as absent', () => {
    const denied = rows.filter((r) => RED_FLAGS.has(r.id) && r.want === 'present' && r.got === 'absent');
    expect(denied).toEqual([]);
  });

  it('misses only the two known red-flag mentions authors A to C marked present', () => {
    const missed = rows.filter((r) => 'ABC'.includes(r.author) && RED_FLAGS.has(r.id) && r.want === 'present' && r.got !== 'present');
    // Prednisone named only in the patient's question ("Is it ok to keep taking my prednisone?":
    // asked), and "numb bus in both legs" (a dictation error for numbness).
    expect(missed.map((r) => `${r.id}:${r.got ?? 'not read'}`)).toEqual(['steroid_use:uncertain', 'bilateral_leg_symptoms:not read']);
  });

  it('misses only the known red-flag mentions authors D and E marked present', () => {
    const missed = rows.filter((r) => 'DE'.includes(r.author) && RED_FLAGS.has(r.id) && r.want === 'present' && r.got !== 'present');
    // Not read (none read the other way): legs that "got worse over the week" (a relative's
    // message) and "worse again today" (progressive); an abscess elsewhere as the recent
    // infection; "temps to 37.9 at home; 38.4 on the ward" (the second number has no label).
    expect(missed.map((r) => `${r.author} ${r.id}:${r.got ?? 'not read'}`)).toEqual([
      'D progressive_neuro_deficit:not read',
      'E recent_infection:not read',
      'E progressive_neuro_deficit:not read',
      'E fever:not read',
    ]);
  });
});
