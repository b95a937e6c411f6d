import type { Browser, WxtBrowser } from 'wxt/browser';
import { Capture, MAX_SELECTION } from './messages';
import { openPanel } from './panel';
import { saveCapture } from './store';
import { notifyPanel } from './notify';

export const ASSESS_MENU_ID = 'assess-selection';

/** The right-click item, on selected text on any page. */
export function registerMenus(b: WxtBrowser): void {
  b.contextMenus.removeAll().finally(() => {
    b.contextMenus.create({ id: ASSESS_MENU_ID, title: 'Assess selected text', contexts: ['selection'] });
  });
}

/** Opens the panel first (inside the gesture), then stores the selection for that tab. */
export function onMenuClicked(b: WxtBrowser, info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab): Promise<void> {
  if (info.menuItemId !== ASSESS_MENU_ID || tab?.id === undefined) return Promise.resolve();
  const tabId = tab.id;
  const opened = openPanel(b, tabId).catch(() => undefined);
  const text = (info.selectionText ?? '').slice(0, MAX_SELECTION);
  let origin = '';
  try {
    origin = new URL(info.pageUrl ?? tab.url ?? '').origin;
  } catch {
    origin = '';
  }
  const capture: Capture = { source: 'selection', origin, chiefComplaint: null, hpi: null, text, age: null, sex: null, where: [{ part: 'text', label: 'Right-clicked selection' }], at: Date.now() };
  return Promise.all([opened, saveCapture(b, tabId, capture).then(() => notifyPanel(b, tabId))]).then(() => undefined);
}
