/**
 * The side panel's engine worker: extraction and the rules, off the panel's main thread, so a
 * long note never freezes the panel and a stuck run can be stopped (see ./client.ts). Patient
 * text stays in this worker's memory; nothing is stored or sent anywhere.
 */
import { handle, warmUp } from './handle';

const scope = self as unknown as { postMessage(message: unknown): void; onmessage: ((e: MessageEvent) => void) | null };

scope.onmessage = (e) => {
  const reply = handle(e.data);
  if (reply) scope.postMessage(reply);
};
try {
  warmUp();
} catch {
  // A real request will fail the same way and say so.
}
