import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');
const TIMEOUT = 60_000;

/** Runs the CLI the way a person would, from the repository root. */
function assess(args: string[], input?: string | Buffer) {
  const r = spawnSync('npx', ['tsx', 'rules/cli/assess.ts', ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    timeout: TIMEOUT,
    // Keep npm's own notices out of the CLI's stderr.
    env: { ...process.env, npm_config_loglevel: 'error', NO_COLOR: '1' },
  });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A failure: non-zero exit, a one-line "assess: …" message first, and no stack trace. */
function expectCleanFailure(r: ReturnType<typeof assess>, message: RegExp) {
  expect(r.code).not.toBe(0);
  expect(r.code).not.toBeNull();
  const lines = r.stderr.split('\n').filter((l) => l.trim());
  expect(lines.length).toBeGreaterThan(0);
  expect(lines[0]).toMatch(/^assess: /);
  expect(lines[0]).toMatch(message);
  expect(r.stderr).not.toMatch(/^\s+at /m);
  expect(r.stderr).not.toMatch(/Error:|node:internal/);
  expect(r.stdout).toBe('');
  return lines;
}

const NOTE = '42M with LBP x 3 months. Denies fever. Stiff in the morning for about an hour.\n';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'assess-test-'));
  writeFileSync(join(dir, 'note.txt'), NOTE);
  writeFileSync(join(dir, 'binary.dat'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x00, 0x01, 0x02, 0x00, 0x41, 0x42]));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('assess CLI', () => {
  it('prints a readable report for a note file and exits 0', { timeout: TIMEOUT }, () => {
    const r = assess([join(dir, 'note.txt')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Extracted features/);
    expect(r.stdout).toMatch(/present\s+Age = 42/);
    expect(r.stdout).toMatch(/present\s+Sex = male/);
    expect(r.stdout).toMatch(/absent\s+Fever/);
    expect(r.stdout).toContain('"fever" (Denies)');
    expect(r.stdout).toMatch(/Morning stiffness duration = 60/);
  });

  it('--json prints one parseable object with a features array', { timeout: TIMEOUT }, () => {
    const r = assess(['--json', join(dir, 'note.txt')]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { features: Array<{ id: string; status: string; value?: unknown; evidence: Array<{ start: number; end: number; text: string }> }> };
    expect(Array.isArray(out.features)).toBe(true);
    const byId = new Map(out.features.map((f) => [f.id, f]));
    expect(byId.get('age')?.value).toBe(42);
    expect(byId.get('fever')?.status).toBe('absent');
    for (const f of out.features) for (const e of f.evidence) expect(NOTE.slice(e.start, e.end)).toBe(e.text);
  });

  it('--jsonl turns two input lines into two output lines with their ids', { timeout: TIMEOUT }, () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Denies fever.' }),
      JSON.stringify({ id: 'b', text: 'SLR + at 40 degrees L' }),
    ].join('\n');
    const r = assess(['--jsonl'], input + '\n');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    const [a, b] = lines.map((l) => JSON.parse(l));
    expect(a.id).toBe('a');
    expect(b.id).toBe('b');
    expect(a.features).toEqual([{ id: 'fever', status: 'absent', evidence: [{ start: 7, end: 12 }] }]);
    expect(b.features.map((f: { id: string; status: string }) => [f.id, f.status])).toEqual([['slr_positive', 'present']]);
  });

  it('--context-jsonl gives negation, temporality and experiencer per sentence', { timeout: TIMEOUT }, () => {
    const input = [
      JSON.stringify({ id: 1, sentence: 'Patient denies fever.', target: 'fever' }),
      JSON.stringify({ id: 2, sentence: 'Mother has a history of psoriasis.', target: 'psoriasis' }),
      JSON.stringify({ id: 3, sentence: 'Return if you develop numbness in the groin.', target: 'numbness' }),
    ].join('\n');
    const r = assess(['--context-jsonl'], input);
    expect(r.code).toBe(0);
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows).toEqual([
      { id: 1, negation: 'negated', temporality: 'recent', experiencer: 'patient' },
      { id: 2, negation: 'affirmed', temporality: 'historical', experiencer: 'other' },
      { id: 3, negation: 'affirmed', temporality: 'hypothetical', experiencer: 'patient' },
    ]);
  });

  it('rejects empty input with a one-line message', { timeout: TIMEOUT }, () => {
    const lines = expectCleanFailure(assess(['-'], ''), /empty/);
    expect(lines).toHaveLength(1);
  });

  it('rejects a binary file with a one-line message', { timeout: TIMEOUT }, () => {
    const lines = expectCleanFailure(assess([join(dir, 'binary.dat')]), /binary/);
    expect(lines).toHaveLength(1);
  });

  it('rejects an unknown flag, naming it, without a stack trace', { timeout: TIMEOUT }, () => {
    const lines = expectCleanFailure(assess(['--bogus', join(dir, 'note.txt')]), /unknown option --bogus/);
    // The message may be followed by the usage text, and nothing else.
    for (const l of lines.slice(1)) expect(l).toMatch(/^\s*(?:usage: )?npm run assess/);
  });
});

describe('assess --page (a saved chart page, read as the extension reads it)', () => {
  it('prints the capture and the assessment as JSON', () => {
    const r = assess(['--json', '--page', 'test/fixtures/ehr/epic.html']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.capture).toMatchObject({ chiefComplaint: 'Low back pain', age: 45, sex: 'female' });
    expect(out.capture.hpi).toContain('low back pain for 3 weeks');
    expect(out.features.find((f: { id: string }) => f.id === 'saddle_anesthesia')?.status).toBe('absent');
    expect(Array.isArray(out.findings)).toBe(true);
  }, TIMEOUT);

  it('refuses a multi-patient board with a reason and no findings', () => {
    const r = assess(['--json', '--page', 'test/fixtures/ehr/board.html']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.capture).toBeNull();
    expect(out.reason).toMatch(/several patients/);
    expect(out.findings).toEqual([]);
  }, TIMEOUT);

  it('fails cleanly without a file', () => {
    expectCleanFailure(assess(['--page']), /needs a saved \.html file/);
  }, TIMEOUT);
});
