/**
 * The extension API for the chart content script: the browser's own object, not
 * webextension-polyfill. The script is injected into every allowed EHR page, so it stays small;
 * the two calls it makes (storage.sync.get, runtime.sendMessage) return promises natively in
 * Chrome MV3 and in Firefox. wxt.config.ts points `wxt/browser` here for content scripts only.
 */
import type { WxtBrowser } from 'wxt/browser';

type Global = { browser?: WxtBrowser; chrome?: WxtBrowser };
const g = globalThis as unknown as Global;

export const browser = (g.browser?.runtime?.id ? g.browser : g.chrome) as WxtBrowser;
