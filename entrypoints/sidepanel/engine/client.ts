import type { Engine } from '@/components/panel/engine';
import { EngineReply, REPLY_TYPE, type EngineRequest } from './messages';

/** The part of a Worker the client uses, so tests can hand in a fake. */
export interface WorkerLike {
  postMessage(message: unknown): void;
  terminate(): void;
  addEventListener(type: 'message' | 'messageerror' | 'error', listener: (e: { data?: unknown }) => void): void;
}

/**
 * How long one request may take before the worker is stopped. A 1 MB note takes about 0.3 s
 * here, and the longest text accepted (5 M characters) about 1.5 s, so only a stuck run gets this far.
 */
export const ENGINE_TIMEOUT_MS = 20_000;

type Pending = { type: EngineRequest['type']; resolve(result: unknown): void; reject(error: Error): void; timer: ReturnType<typeof setTimeout> };

const idOf = (m: unknown) => (m && typeof m === 'object' && 'id' in m ? m.id : undefined);

/**
 * The panel's engine, in a worker started when the engine is made. Every reply is checked against its
 * schema and matched to its request by id. A request that runs past the time limit, or a worker
 * that fails, stops the worker and rejects everything waiting with a message for the clinician;
 * the next request starts a fresh worker.
 */
export function workerEngine(create: () => WorkerLike, timeoutMs = ENGINE_TIMEOUT_MS): Engine {
  let worker: WorkerLike | null = null;
  let nextId = 0;
  const pending = new Map<number, Pending>();

  function stop(why: string): void {
    worker?.terminate();
    worker = null;
    for (const p of pending.values()) {
      clearTimeout(p.timer);
      p.reject(new Error(why));
    }
    pending.clear();
  }

  function settle(id: number, outcome: { result: unknown } | { error: string }): void {
    const p = pending.get(id);
    if (!p) return;
    pending.delete(id);
    clearTimeout(p.timer);
    if ('error' in outcome) p.reject(new Error(outcome.error));
    else p.resolve(outcome.result);
  }

  function onReply(data: unknown): void {
    const parsed = EngineReply.safeParse(data);
    if (!parsed.success) {
      console.warn(`[panel] dropped a malformed engine reply (${typeof data})`);
      const id = idOf(data);
      if (typeof id === 'number') settle(id, { error: 'The clinical engine gave an answer that is not valid, so it is not shown.' });
      return;
    }
    const reply = parsed.data;
    if (reply.type === 'failed') return settle(reply.id, { error: reply.error });
    const asked = pending.get(reply.id)?.type;
    if (asked && reply.type !== REPLY_TYPE[asked]) return settle(reply.id, { error: 'The clinical engine answered a different question.' });
    settle(reply.id, { result: reply.result });
  }

  function start(): WorkerLike {
    const w = create();
    w.addEventListener('message', (e) => onReply(e.data));
    w.addEventListener('messageerror', () => stop('An answer from the clinical engine could not be read, so nothing was checked, red flags included.'));
    w.addEventListener('error', () => stop('The clinical engine stopped with an error, so nothing was checked, red flags included.'));
    return w;
  }

  function request<T>(req: EngineRequest): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      let w: WorkerLike;
      try {
        w = worker ??= start();
      } catch {
        reject(new Error('The clinical engine could not be started in this browser.'));
        return;
      }
      const timer = setTimeout(
        () => stop(`The assessment did not finish within ${timeoutMs / 1000} s and was stopped, so nothing was checked, red flags included.`),
        timeoutMs,
      );
      pending.set(req.id, { type: req.type, resolve: resolve as (r: unknown) => void, reject, timer });
      try {
        w.postMessage(req);
      } catch {
        settle(req.id, { error: 'The text could not be handed to the clinical engine.' });
      }
    });
  }

  // Started at once, so the engine is compiled while the panel loads; a failure here is reported by the first request.
  try {
    worker = start();
  } catch {
    worker = null;
  }

  return {
    assess: (text, banner) => request({ type: 'assess', id: nextId++, text, banner }),
    rules: (features) => request({ type: 'rules', id: nextId++, features }),
  };
}
