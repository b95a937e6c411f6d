/**
 * The console guard itself (test/setup/console-guard.ts, a setup file of the whole unit suite):
 * it sees every console call, through its wrapper or through a spy a test installed, and finds
 * a sentinel phrase wherever it sits in the arguments. Each test here takes the calls it made
 * before the guard's own check runs, so the sentinel it logs on purpose does not fail it.
 */
import { describe, expect, it, vi } from 'vitest';
import { flatten, leaks, takeCalls } from '../setup/console-guard';
import { PATIENT_SENTINEL, SENTINEL_PHRASES } from './sentinels';

describe('the console guard', () => {
  it('records every console method through its wrapper', () => {
    takeCalls();
    const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
    for (const m of methods) console[m](`console guard check: console.${m}`);
    const calls = takeCalls();
    expect(calls.map((c) => c.method)).toEqual([...methods]);
    expect(leaks(calls)).toEqual([]);
  });

  it('finds a sentinel in strings, objects, arrays, errors and circular values', () => {
    const circular: Record<string, unknown> = { note: `HPI: ${PATIENT_SENTINEL}` };
    circular.self = circular;
    const error = new Error(`failed on ${PATIENT_SENTINEL}`);
    const cases: unknown[][] = [
      [`text ${PATIENT_SENTINEL}`],
      ['dropped', { capture: { hpi: PATIENT_SENTINEL } }],
      [[1, [2, [PATIENT_SENTINEL]]]],
      [error],
      [circular],
      ['%s', 'secret patient words'],
    ];
    for (const args of cases) expect(leaks([{ method: 'warn', args }]), flatten(args[0]).slice(0, 40)).toHaveLength(1);
    expect(leaks([{ method: 'warn', args: ['[hub] dropped message (malformed content message): type capture', { type: 'capture' }] }])).toEqual([]);
    expect(SENTINEL_PHRASES).toContain(PATIENT_SENTINEL);
  });

  it('never repeats the logged line itself in its report', () => {
    const report = leaks([{ method: 'error', args: [`${PATIENT_SENTINEL} and more chart text`] }]);
    expect(report).toEqual([`console.error printed the sentinel ${JSON.stringify(PATIENT_SENTINEL)}`]);
    expect(report.join('')).not.toContain('more chart text');
  });

  it('sees calls a test sends to its own console spy', () => {
    takeCalls();
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    console.error('capture', { hpi: PATIENT_SENTINEL });
    const calls = takeCalls();
    spy.mockRestore();
    expect(leaks(calls)).toEqual([`console.error printed the sentinel ${JSON.stringify(PATIENT_SENTINEL)}`]);
    // Each spy call is checked once.
    expect(takeCalls()).toEqual([]);
  });
});
