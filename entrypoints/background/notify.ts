import type { WxtBrowser } from 'wxt/browser';
import type { HubEvent } from './messages';

/** Tells an open panel that a tab's capture changed; no panel open is not an error. */
export function notifyPanel(b: WxtBrowser, tabId: number): Promise<void> {
  const event: HubEvent = { type: 'capture-changed', tabId };
  return b.runtime.sendMessage(event).then(
    () => undefined,
    () => undefined,
  );
}
