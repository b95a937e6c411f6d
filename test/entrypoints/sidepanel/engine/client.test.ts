import { afterEach, describe, expect, it, vi } from 'vitest';
import { workerEngine } from '../../../../entrypoints/sidepanel/engine/client';
import { handle } from '../../../../entrypoints/sidepanel/engine/handle';
import { assessCapture } from '../../../../rules/assess';
import { fakeWorker, type FakeWorker } from './fake-worker';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const NOTE = 'CC: back pain. HPI: worse with activity, better with rest.';

/** An engine over fake workers that `answer` every request; `workers` lists each one started. */
function setup(answer: (m: unknown) => unknown = handle, timeoutMs?: number) {
  const workers: FakeWorker[] = [];
  const engine = workerEngine(() => {
    const w = fakeWorker(answer);
    workers.push(w);
    return w;
  }, timeoutMs);
  return { engine, workers };
}

describe('workerEngine', () => {
  it('starts its worker at once, so the engine is warm by the first capture', () => {
    const { workers } = setup();
    expect(workers).toHaveLength(1);
    expect(workers[0].posted).toHaveLength(0);
  });

  it('answers each request from the worker’s reply with its id, checked against the schema', async () => {
    const { engine, workers } = setup();
    const [a, b] = await Promise.all([engine.assess(NOTE, { age: 30 }), engine.assess('Sore throat.', {})]);
    expect(a).toEqual(assessCapture(NOTE, { age: 30 }));
    expect(b.features).toEqual([]);
    const outcome = await engine.rules(a.features);
    expect(outcome.assessment.findings.map((f) => f.id)).toContain('pattern.mechanical');
    expect(workers[0].posted.map((m) => (m as { type: string }).type)).toEqual(['assess', 'assess', 'rules']);
  });

  it('matches replies that arrive out of order to their requests', async () => {
    const replies: unknown[] = [];
    const { engine, workers } = setup((m) => void replies.push(handle(m)));
    const first = engine.assess(NOTE, {});
    const second = engine.assess('CC: back pain with fever.', {});
    await vi.waitFor(() => expect(replies).toHaveLength(2));
    workers[0].emit('message', replies[1]);
    workers[0].emit('message', replies[0]);
    expect(await first).toEqual(assessCapture(NOTE, {}));
    expect((await second).features.find((f) => f.id === 'fever')?.status).toBe('present');
  });

  it('rejects with the worker’s message when it failed, and with its own when a reply is invalid or for another request type', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const failed = setup((m) => ({ type: 'failed', id: (m as { id: number }).id, error: 'Nothing was checked.' }));
    await expect(failed.engine.assess(NOTE, {})).rejects.toThrow('Nothing was checked.');
    const invalid = setup((m) => ({ type: 'assessed', id: (m as { id: number }).id, result: { features: 'many' } }));
    await expect(invalid.engine.assess(NOTE, {})).rejects.toThrow(/not valid/);
    expect(warn).toHaveBeenCalledWith('[panel] dropped a malformed engine reply (object)');
    const crossed = setup((m) => handle({ type: 'assess', id: (m as { id: number }).id, text: NOTE, banner: {} }));
    await expect(crossed.engine.rules([])).rejects.toThrow(/different question/);
  });

  it('stops a run that passes the time limit, rejects everything waiting, and starts a fresh worker next time', async () => {
    vi.useFakeTimers();
    const { engine, workers } = setup(() => undefined, 1_000);
    const a = engine.assess(NOTE, {});
    const b = engine.rules([]);
    vi.advanceTimersByTime(1_000);
    await expect(a).rejects.toThrow('The assessment did not finish within 1 s and was stopped, so nothing was checked, red flags included.');
    await expect(b).rejects.toThrow(/did not finish/);
    expect(workers[0].terminated).toBe(true);
    void engine.rules([]).catch(() => {});
    expect(workers).toHaveLength(2);
    expect(workers[1].posted).toHaveLength(1);
  });

  it('rejects everything waiting when the worker fails or an answer cannot be read, then starts again', async () => {
    const { engine, workers } = setup(() => undefined);
    const a = engine.assess(NOTE, {});
    workers[0].emit('error');
    await expect(a).rejects.toThrow('The clinical engine stopped with an error, so nothing was checked, red flags included.');
    expect(workers[0].terminated).toBe(true);
    const b = engine.assess(NOTE, {});
    workers[1].emit('messageerror');
    await expect(b).rejects.toThrow(/could not be read/);
  });

  it('says so when no worker can be started, and when the text cannot be handed over', async () => {
    const broken = workerEngine(() => {
      throw new Error('Worker is not defined');
    });
    await expect(broken.assess(NOTE, {})).rejects.toThrow('The clinical engine could not be started in this browser.');
    const { engine, workers } = setup();
    workers[0].postMessage = () => {
      throw new DOMException('could not be cloned', 'DataCloneError');
    };
    await expect(engine.assess(NOTE, {})).rejects.toThrow('The text could not be handed to the clinical engine.');
  });
});
