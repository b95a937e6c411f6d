/**
 * Console guard for the whole unit suite (a vitest setup file, so it runs in every test file):
 * wraps console.log/info/warn/error/debug, records every call, and fails a test during which a
 * sentinel patient phrase (test/hardening/sentinels.ts) reached the console. Output still goes
 * through, and other logging (a dropped message's type, React warnings) is allowed.
 *
 * A test that replaces a console method with its own spy (vi.spyOn(console, 'warn')
 * .mockImplementation(...)) bypasses the wrapper, so the spy's recorded calls are checked too.
 * Calls made in beforeAll/afterAll hooks are checked by the next test or at the end of the file.
 */
import { inspect } from 'node:util';
import { afterAll, afterEach, expect, vi } from 'vitest';
import { SENTINEL_PHRASES } from '../hardening/sentinels';

const METHODS = ['log', 'info', 'warn', 'error', 'debug'] as const;
type Method = (typeof METHODS)[number];

export interface Call {
  method: Method;
  args: unknown[];
}

let pending: Call[] = [];
/** Spy calls already checked (each call's argument list is its own array), so each is looked at once. */
const seenSpyCalls = new WeakSet<unknown[]>();

for (const method of METHODS) {
  const original = console[method];
  const recorder = function (this: unknown, ...args: unknown[]) {
    pending.push({ method, args });
    return original.apply(this ?? console, args);
  };
  Object.defineProperty(recorder, 'name', { value: method });
  console[method] = recorder as Console[Method];
}

/** Everything a call would print, as one string: strings as they are, objects in full. */
export function flatten(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Error) return `${value.name}: ${value.message}\n${value.stack ?? ''}`;
  try {
    const json = JSON.stringify(value);
    if (json !== undefined) return json;
  } catch {
    // circular: fall through to inspect
  }
  return inspect(value, { depth: 12, maxArrayLength: Infinity, maxStringLength: Infinity, breakLength: Infinity });
}

/** The calls since the last check, from the wrapper and from any spy a test installed. */
export function takeCalls(): Call[] {
  const calls = pending;
  pending = [];
  for (const method of METHODS) {
    const current = console[method];
    if (!vi.isMockFunction(current)) continue;
    for (const args of current.mock.calls as unknown[][]) {
      if (seenSpyCalls.has(args)) continue;
      seenSpyCalls.add(args);
      calls.push({ method, args });
    }
  }
  return calls;
}

/** What in these calls printed a sentinel phrase, by method and phrase. */
export function leaks(calls: Call[]): string[] {
  const out: string[] = [];
  for (const call of calls) {
    const line = call.args.map(flatten).join(' ');
    for (const phrase of SENTINEL_PHRASES) {
      // Say which phrase and which method, never the line itself: it may hold more patient text.
      if (line.includes(phrase)) out.push(`console.${call.method} printed the sentinel ${JSON.stringify(phrase)}`);
    }
  }
  return out;
}

afterEach(() => {
  expect(leaks(takeCalls()), 'patient text reached the console').toEqual([]);
});

afterAll(() => {
  expect(leaks(takeCalls()), 'patient text reached the console').toEqual([]);
});
