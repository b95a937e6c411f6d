import { assessCapture } from '@/rules/assess';
import { outcomeOf } from '@/rules/report/outcome';
import { EngineRequest, type EngineReply } from './messages';

/** What the clinician reads when the engine throws: never the error's own text, which may quote the note. */
export const ENGINE_ERROR = 'The clinical engine failed on this text, so nothing was checked, red flags included. Assess the note yourself.';

const requestId = (m: unknown) => (m && typeof m === 'object' && 'id' in m && typeof m.id === 'number' ? m.id : undefined);

/**
 * The engine worker's answer to one message from the panel. A malformed request is dropped
 * (only its type is logged, never its text); if it carried an id, the panel is told it failed.
 */
export function handle(message: unknown): EngineReply | null {
  const parsed = EngineRequest.safeParse(message);
  if (!parsed.success) {
    const id = requestId(message);
    console.warn(`[engine] dropped a malformed request (${typeof message})`);
    return id === undefined || !Number.isSafeInteger(id) || id < 0 ? null : { type: 'failed', id, error: 'The panel sent the engine a malformed request.' };
  }
  const req = parsed.data;
  try {
    if (req.type === 'assess') return { type: 'assessed', id: req.id, result: assessCapture(req.text, req.banner) };
    return { type: 'ruled', id: req.id, result: outcomeOf(req.features) };
  } catch (e) {
    console.error(`[engine] ${req.type} failed: ${e instanceof Error ? e.name : typeof e}`);
    return { type: 'failed', id: req.id, error: ENGINE_ERROR };
  }
}

/** A short note run once when the worker starts, so the lexicon is compiled before the first capture arrives. */
export function warmUp(): void {
  assessCapture('CC: low back pain. HPI: worse with activity, better with rest; no fever, no saddle numbness.');
}
