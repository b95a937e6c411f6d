import { installE2eHook } from './e2e';
import { handleMessage, watchTabs } from './hub';
import { onMenuClicked, registerMenus } from './menus';
import { injectReader, syncRegistration } from './origins';
import { openPanel } from './panel';

/** Thin wiring: menus, the toolbar button, the message hub, tab lifecycle, allowed origins. */
export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => registerMenus(browser));
  browser.contextMenus.onClicked.addListener((info, tab) => {
    void onMenuClicked(browser, info, tab);
  });
  // Toolbar button: open the panel inside the gesture, then read the chart (activeTab).
  browser.action?.onClicked.addListener((tab) => {
    void openPanel(browser, tab.id).catch(() => undefined);
    if (tab.id !== undefined) void injectReader(browser, tab.id).catch(() => undefined);
  });
  browser.runtime.onMessage.addListener((message, sender) => handleMessage(browser, message, sender));
  watchTabs(browser);
  browser.permissions.onAdded.addListener(() => void syncRegistration(browser));
  browser.permissions.onRemoved.addListener(() => void syncRegistration(browser));
  void syncRegistration(browser).catch(() => undefined);
  // End-to-end test builds only; folded away (with the hook) in every other build.
  if (import.meta.env.MODE === 'e2e') installE2eHook(browser);
});
