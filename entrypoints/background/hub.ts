import type { Browser, WxtBrowser } from 'wxt/browser';
import { ContentMessage, describeDropped, PanelRequest, type PanelResponse } from './messages';
import { notifyPanel } from './notify';
import { injectReader } from './origins';
import { dropCapture, loadCapture, saveCapture } from './store';

/**
 * The hub: keeps the latest capture per tab, answers the panel, drops captures when the tab
 * closes or navigates. Every message is checked: our own extension, the expected kind of
 * sender, and a schema; anything else is dropped and only its type is logged.
 */
export function handleMessage(b: WxtBrowser, message: unknown, sender: Browser.runtime.MessageSender): Promise<PanelResponse> | undefined {
  if (sender.id !== b.runtime.id) return drop(message, 'foreign sender');
  // The panel may also be open as a page in a tab (sidepanel.html?tabId=N): a tab whose sender
  // is one of our own pages is a panel, never a content script.
  if (sender.tab && !isExtensionPage(b, sender)) {
    // A content script: only the top frame of a tab may report that tab's chart.
    const parsed = ContentMessage.safeParse(message);
    if (!parsed.success || sender.tab.id === undefined || (sender.frameId ?? 0) !== 0) return drop(message, 'malformed content message');
    // A capture must describe the page that sent it: one sent just before a navigation, or one
    // claiming another origin, is not kept for the tab's new page.
    const from = senderOrigin(sender);
    if (from?.startsWith('http') && parsed.data.capture.origin !== from) return drop(message, 'capture from another page');
    const tabId = sender.tab.id;
    void saveCapture(b, tabId, parsed.data.capture).then(() => notifyPanel(b, tabId));
    return undefined;
  }
  if (!isExtensionPage(b, sender)) return drop(message, 'unexpected sender');
  const parsed = PanelRequest.safeParse(message);
  if (!parsed.success) {
    // The hub's own broadcasts reach other extension pages too; they are not requests.
    if (describeDropped(message) !== 'capture-changed') drop(message, 'malformed panel request');
    return undefined;
  }
  const req = parsed.data;
  if (req.type === 'get-capture') return loadCapture(b, req.tabId).then((capture) => ({ capture }));
  return injectReader(b, req.tabId).then(
    () => loadCapture(b, req.tabId).then((capture) => ({ capture })),
    () => ({
      capture: null,
      error: 'This page cannot be read. Allow the EHR’s address in the extension’s options, or open the panel from the toolbar button on the chart page.',
    }),
  );
}

function senderOrigin(sender: Browser.runtime.MessageSender): string | undefined {
  if (sender.origin) return sender.origin;
  try {
    return sender.url ? new URL(sender.url).origin : undefined;
  } catch {
    return undefined;
  }
}

function isExtensionPage(b: WxtBrowser, sender: Browser.runtime.MessageSender): boolean {
  const base = b.runtime.getURL('/' as never);
  return typeof sender.url === 'string' && sender.url.startsWith(base);
}

function drop(message: unknown, why: string): undefined {
  console.warn(`[hub] dropped message (${why}): type ${describeDropped(message)}`);
  return undefined;
}

/** Tab lifecycle: a closed tab's capture goes; a navigation drops the old page's capture. */
export function watchTabs(b: WxtBrowser): void {
  b.tabs.onRemoved.addListener((tabId) => {
    void dropCapture(b, tabId);
  });
  b.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void dropCapture(b, tabId).then(() => notifyPanel(b, tabId));
  });
}
