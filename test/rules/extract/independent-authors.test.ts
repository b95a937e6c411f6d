import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../rules/extract/extract';
import { RED_FLAG_FEATURES, type FeatureId } from '../../../rules/vocabulary/features';
import type { Status } from '../../../rules/vocabulary/extraction';

/**
 * 160 short notes written, and labelled, by three authors who did not see the engine: US ED
 * templates, UK GP shorthand, physiotherapy, triage calls, portal messages, dictation with its
 * errors, checklists (authors A and B: red flags; C: inflammatory, mechanical and degenerative
 * stories, with values). The engine is not tuned to them one by one; these tests hold the
 * agreement it reached and the one thing that must never happen.
 */
interface Labelled {
  author: string;
  text: string;
  /** A status, or for a value feature (minutes, weeks, years) the number. */
  expect: Partial<Record<FeatureId, Status | number>>;
}

const NOTES: Labelled[] = JSON.parse(readFileSync(new URL('../../fixtures/labelled/independent-authors.json', import.meta.url), 'utf8'));
const RED_FLAGS = new Set<FeatureId>(RED_FLAG_FEATURES);

function read(text: string): Map<FeatureId, { status: Status; value?: unknown }> {
  return new Map(extract(text).features.map((f) => [f.id, { status: f.status, value: f.value }]));
}

/** A status as labelled, or a number within 5 % (half a unit at least: "4 months" is 17.3 weeks). */
function agrees(want: Status | number, got: { status: Status; value?: unknown } | undefined): boolean {
  if (typeof want !== 'number') return got?.status === want;
  return typeof got?.value === 'number' && Math.abs(got.value - want) <= Math.max(0.6, want * 0.05);
}

describe('notes by independent authors', () => {
  const rows = NOTES.flatMap((n) => {
    const got = read(n.text);
    return Object.entries(n.expect).map(([id, want]) => {
      const g = got.get(id as FeatureId);
      return { author: n.author, text: n.text, id: id as FeatureId, want: want as Status | number, got: g?.status, agrees: agrees(want as Status | number, g) };
    });
  });

  it('has the three sets', () => {
    expect(NOTES.filter((n) => n.author === 'A')).toHaveLength(60);
    expect(NOTES.filter((n) => n.author === 'B')).toHaveLength(50);
    expect(NOTES.filter((n) => n.author === 'C')).toHaveLength(50);
  });

  it.each([
    ['A and B (red flags)', (a: string) => a !== 'C', 311, 286],
    ['C (pain patterns and values)', (a: string) => a === 'C', 349, 273],
  ] as const)('reads the labels of %s as the authors did, at least as often as when this test was written', (_set, of, labels, agreed) => {
    const mine = rows.filter((r) => of(r.author));
    expect(mine).toHaveLength(labels);
    expect(mine.filter((r) => r.agrees).length).toBeGreaterThanOrEqual(agreed);
  });

  it('never reads a red flag the author marked present as absent', () => {
    const denied = rows.filter((r) => RED_FLAGS.has(r.id) && r.want === 'present' && r.got === 'absent');
    expect(denied).toEqual([]);
  });

  it('misses only the two known red-flag mentions the author marked present', () => {
    const missed = rows.filter((r) => RED_FLAGS.has(r.id) && r.want === 'present' && r.got !== 'present');
    // Prednisone named only in the patient's question ("Is it ok to keep taking my prednisone?":
    // asked), and "numb bus in both legs" (a dictation error for numbness).
    expect(missed.map((r) => `${r.id}:${r.got ?? 'not read'}`)).toEqual(['steroid_use:uncertain', 'bilateral_leg_symptoms:not read']);
  });
});
