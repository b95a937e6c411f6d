import type { WxtBrowser } from 'wxt/browser';

interface FirefoxSidebar {
  sidebarAction?: { open(): Promise<void> };
}

/**
 * Opens the panel beside the tab. Must be called synchronously inside the user gesture
 * (menu click, toolbar click) — before any await — or the browser refuses.
 */
export function openPanel(b: WxtBrowser, tabId: number | undefined): Promise<void> {
  if (b.sidePanel && tabId !== undefined) return b.sidePanel.open({ tabId });
  const sidebar = (b as unknown as FirefoxSidebar).sidebarAction;
  if (sidebar) return sidebar.open();
  return Promise.resolve();
}
