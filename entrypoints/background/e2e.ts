import type { Browser, WxtBrowser } from 'wxt/browser';
import { onMenuClicked } from './menus';

/** What the end-to-end suite can call in the service worker of a test build. */
export interface E2eHook {
  /** A click on the right-click menu item, through the same handler the browser calls. */
  menuClick(info: Browser.contextMenus.OnClickData, tab: Browser.tabs.Tab): Promise<void>;
}

/**
 * Test builds only (`wxt build --mode e2e`): a native context menu cannot be clicked by a test,
 * so the suite reaches the menu handler here. Installed behind `import.meta.env.MODE === 'e2e'`,
 * which the bundler folds to false in every other build, so none of this ships.
 * The handler's side panel open is refused without a user gesture; the handler tolerates that.
 */
export function installE2eHook(b: WxtBrowser): void {
  const hook: E2eHook = { menuClick: (info, tab) => onMenuClicked(b, info, tab) };
  (globalThis as { __e2e?: E2eHook }).__e2e = hook;
}
