/**
 * Privacy: patient text lives only in memory and storage.session, keyed by tab, and is dropped
 * when the tab closes or navigates away; it never reaches storage.local or storage.sync, and
 * session storage stays out of reach of content scripts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { WxtBrowser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage, watchTabs } from '@/entrypoints/background/hub';
import { ASSESS_MENU_ID, onMenuClicked } from '@/entrypoints/background/menus';
import type { Capture } from '@/entrypoints/background/messages';
import { PATIENT_SENTINEL, SENTINEL_NOTE } from './sentinels';

const b = fakeBrowser as unknown as WxtBrowser;
const flush = () => new Promise((r) => setTimeout(r, 0));

const chart = (hpi: string): Capture => ({
  source: 'chart',
  origin: 'https://ehr.example.org',
  chiefComplaint: 'Low back pain',
  hpi,
  text: null,
  age: 45,
  sex: 'female',
  where: [{ part: 'hpi', label: 'HPI' }],
  at: 1,
});
const contentScript = (tabId: number) => ({ id: fakeBrowser.runtime.id, tab: { id: tabId } as never, frameId: 0, url: 'https://ehr.example.org/chart' });
const session = async () => (await fakeBrowser.storage.session.get(null)) as Record<string, Capture>;

describe('patient text in the background', () => {
  let localSet: ReturnType<typeof vi.spyOn>;
  let syncSet: ReturnType<typeof vi.spyOn>;
  let broadcast: ReturnType<typeof vi.spyOn>;

  beforeEach(() => {
    fakeBrowser.reset();
    localSet = vi.spyOn(fakeBrowser.storage.local, 'set');
    syncSet = vi.spyOn(fakeBrowser.storage.sync, 'set');
    broadcast = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined as never);
    Object.assign(fakeBrowser, { sidePanel: { open: vi.fn().mockResolvedValue(undefined) } });
    watchTabs(b);
  });

  /** A chart read in tab 7 and a right-clicked selection in tab 8, both with the sentinel. */
  async function captureTwoTabs() {
    handleMessage(b, { type: 'capture', capture: chart(SENTINEL_NOTE) }, contentScript(7));
    await onMenuClicked(b, { menuItemId: ASSESS_MENU_ID, selectionText: SENTINEL_NOTE, pageUrl: 'https://ehr.example.org/chart/2', editable: false }, { id: 8 } as never);
    await flush();
  }

  it('keeps each tab’s capture in storage.session only', async () => {
    await captureTwoTabs();
    expect(Object.keys(await session()).sort()).toEqual(['capture:7', 'capture:8']);
    expect(JSON.stringify(await session())).toContain(PATIENT_SENTINEL);
    expect(localSet).not.toHaveBeenCalled();
    expect(syncSet).not.toHaveBeenCalled();
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain(PATIENT_SENTINEL);
    expect(JSON.stringify(await fakeBrowser.storage.sync.get(null))).not.toContain(PATIENT_SENTINEL);
  });

  it('drops a tab’s capture when the tab closes, and only that tab’s', async () => {
    await captureTwoTabs();
    await fakeBrowser.tabs.onRemoved.trigger(7, { windowId: 1, isWindowClosing: false });
    await flush();
    expect(Object.keys(await session())).toEqual(['capture:8']);
  });

  it('drops a tab’s capture when the tab navigates away, and tells the panel', async () => {
    await captureTwoTabs();
    broadcast.mockClear();
    await fakeBrowser.tabs.onUpdated.trigger(8, { status: 'loading', url: 'https://elsewhere.example/' }, { id: 8 } as never);
    await flush();
    expect(Object.keys(await session())).toEqual(['capture:7']);
    expect(broadcast).toHaveBeenCalledWith({ type: 'capture-changed', tabId: 8 });
  });

  it('drops every capture when the whole window closes', async () => {
    await captureTwoTabs();
    for (const tabId of [7, 8]) await fakeBrowser.tabs.onRemoved.trigger(tabId, { windowId: 1, isWindowClosing: true });
    await flush();
    expect(await session()).toEqual({});
  });

  it('a later capture of the same tab replaces the earlier one instead of piling up', async () => {
    handleMessage(b, { type: 'capture', capture: chart(`first ${PATIENT_SENTINEL}`) }, contentScript(7));
    await flush();
    handleMessage(b, { type: 'capture', capture: chart('second') }, contentScript(7));
    await flush();
    expect(await session()).toEqual({ 'capture:7': chart('second') });
  });
});

describe('where the source stores anything', () => {
  const ROOT = join(__dirname, '..', '..');
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : /\.[jt]sx?$/.test(d.name) ? [join(dir, d.name)] : []));
  const SOURCES = ['components', 'entrypoints', 'rules'].flatMap((f) => files(join(ROOT, f))).map((p) => ({ file: relative(ROOT, p).split('\\').join('/'), code: readFileSync(p, 'utf8') }));
  const using = (re: RegExp) => SOURCES.filter((s) => re.test(s.code.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, ''))).map((s) => s.file);

  it('nothing uses storage.local, and only the options page writes storage.sync', () => {
    expect(using(/storage\s*\.\s*local\b/)).toEqual([]);
    expect(using(/storage\s*\.\s*sync\s*\.\s*(?:set|remove|clear)\b/)).toEqual(['entrypoints/options/settings.ts']);
  });

  it('only the background store touches storage.session, and it stays closed to content scripts', () => {
    expect(using(/storage\s*\.\s*session\b/)).toEqual(['entrypoints/background/store.ts']);
    // Chrome keeps storage.session from content scripts unless setAccessLevel opens it.
    expect(using(/setAccessLevel/)).toEqual([]);
  });

  it('nothing persists through other browser storage', () => {
    expect(using(/\b(?:localStorage|sessionStorage|indexedDB|caches\s*\.\s*open|document\s*\.\s*cookie)\b/)).toEqual([]);
  });
});
