import { workerEngine, type WorkerLike } from '../../../../entrypoints/sidepanel/engine/client';
import { handle } from '../../../../entrypoints/sidepanel/engine/handle';

type Listener = (e: { data?: unknown }) => void;

export interface FakeWorker extends WorkerLike {
  posted: unknown[];
  terminated: boolean;
  /** Delivers an event as the real worker would. */
  emit(type: 'message' | 'messageerror' | 'error', data?: unknown): void;
}

/**
 * A worker that runs `answer` (by default the real engine handler) in this thread, a task
 * later, with messages structured-cloned both ways as postMessage would. `answer` may return
 * undefined to stay silent.
 */
export function fakeWorker(answer: (message: unknown) => unknown = handle): FakeWorker {
  const listeners: Record<string, Listener[]> = { message: [], messageerror: [], error: [] };
  const w: FakeWorker = {
    posted: [],
    terminated: false,
    addEventListener: (type, fn) => void listeners[type].push(fn),
    emit: (type, data) => listeners[type].forEach((fn) => fn({ data })),
    postMessage(message) {
      w.posted.push(message);
      const copy = structuredClone(message);
      setTimeout(() => {
        if (w.terminated) return;
        const reply = answer(copy);
        if (reply !== undefined && reply !== null) w.emit('message', structuredClone(reply));
      }, 0);
    },
    terminate: () => void (w.terminated = true),
  };
  return w;
}

/** The panel's engine over a fake worker running the real handler: the extension's protocol, in one thread. */
export const inThreadEngine = () => workerEngine(() => fakeWorker());
