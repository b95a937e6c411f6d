import type { WxtBrowser } from 'wxt/browser';
import { Capture } from './messages';

/**
 * The latest capture per tab, in storage.session only (memory-backed, cleared when the
 * browser closes): patient text never goes to storage.local or storage.sync.
 */
const key = (tabId: number) => `capture:${tabId}`;

export async function saveCapture(b: WxtBrowser, tabId: number, capture: Capture): Promise<void> {
  await b.storage.session.set({ [key(tabId)]: capture });
}

export async function loadCapture(b: WxtBrowser, tabId: number): Promise<Capture | null> {
  const raw = (await b.storage.session.get(key(tabId)))[key(tabId)];
  const parsed = Capture.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

export async function dropCapture(b: WxtBrowser, tabId: number): Promise<void> {
  await b.storage.session.remove(key(tabId));
}
