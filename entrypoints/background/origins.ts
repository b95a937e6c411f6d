import type { WxtBrowser } from 'wxt/browser';

/** The reader's bundle, injected on demand (toolbar, "Read this page") or registered per allowed origin. */
export const READER_FILE = '/content-scripts/ehr.js';
const REGISTRATION_ID = 'ehr-reader';

/** Reads the chart in a tab now: needs activeTab (toolbar click) or a granted origin. */
export async function injectReader(b: WxtBrowser, tabId: number): Promise<void> {
  await b.scripting.executeScript({ target: { tabId }, files: [READER_FILE as never] });
}

/** The EHR origins the user granted at run time (optional host permissions), as match patterns. */
export async function grantedOrigins(b: WxtBrowser): Promise<string[]> {
  const all = await b.permissions.getAll();
  return (all.origins ?? []).filter((o) => /^https?:\/\//.test(o));
}

/**
 * Keeps the reader registered on exactly the granted origins, so it runs on the EHR pages
 * the user allowed and nowhere else.
 */
export async function syncRegistration(b: WxtBrowser): Promise<void> {
  const origins = await grantedOrigins(b);
  const existing = await b.scripting.getRegisteredContentScripts({ ids: [REGISTRATION_ID] }).catch(() => []);
  if (existing.length) await b.scripting.unregisterContentScripts({ ids: [REGISTRATION_ID] });
  if (!origins.length) return;
  await b.scripting.registerContentScripts([
    { id: REGISTRATION_ID, matches: origins, js: [READER_FILE.slice(1)], runAt: 'document_idle', allFrames: false, persistAcrossSessions: true },
  ]);
}
