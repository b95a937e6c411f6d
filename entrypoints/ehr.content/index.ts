/**
 * Chart content script: injected at run time (an allowed EHR origin, or the toolbar button via
 * activeTab), never declared in the manifest. Top frame only; it reads same-origin frames itself.
 * Reads the visible chart, sends the capture, and keeps it current while the page changes.
 */
import type { ContentMessage } from '@/entrypoints/background/messages';
import { readChartDetailed, type ReaderSelectors } from './reader';
import { parseSettings, selectorsFor } from './settings';
import { watchChart } from './watch';

/** Set on the (isolated-world) window while a reader runs; a new injection replaces the old one. */
const FLAG = '__backpainCdsChartReader';

type Holder = Record<string, { stop(): void } | undefined>;

export default defineContentScript({
  registration: 'runtime',
  async main(ctx) {
    if (window.top !== window) return null;
    const holder = window as unknown as Holder;
    holder[FLAG]?.stop();
    let cancelled = false;
    const pending = { stop: () => void (cancelled = true) };
    holder[FLAG] = pending;

    let selectors: ReaderSelectors | undefined;
    try {
      const stored = await browser.storage.sync.get('settings');
      selectors = selectorsFor(parseSettings(stored?.settings), location.origin);
    } catch {
      selectors = undefined;
    }
    if (cancelled || ctx.isInvalid) return null;

    const watcher = watchChart({
      win: window,
      read: () => readChartDetailed(document, { selectors }),
      send: (capture) => {
        if (ctx.isInvalid) return;
        const message: ContentMessage = { type: 'capture', capture };
        // The browser's own API (not the polyfill, see ./browser.ts) may also throw at once.
        try {
          browser.runtime.sendMessage(message).catch(() => {});
        } catch {
          /* the extension was reloaded or removed */
        }
      },
    });
    holder[FLAG] = watcher;
    ctx.onInvalidated(() => {
      watcher.stop();
      if (holder[FLAG] === watcher) delete holder[FLAG];
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => watcher.schedule());
    return watcher.last;
  },
});
