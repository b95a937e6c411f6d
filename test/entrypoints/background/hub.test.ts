import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { WxtBrowser } from 'wxt/browser';
import { handleMessage, watchTabs } from '@/entrypoints/background/hub';
import type { Capture } from '@/entrypoints/background/messages';
import { loadCapture, saveCapture } from '@/entrypoints/background/store';

const b = fakeBrowser as unknown as WxtBrowser;
const PATIENT_TEXT = 'Denies saddle anaesthesia; secret patient words';

const capture = (over: Partial<Capture> = {}): Capture => ({
  source: 'chart',
  origin: 'https://ehr.example.org',
  chiefComplaint: 'Low back pain',
  hpi: PATIENT_TEXT,
  text: null,
  age: 45,
  sex: 'female',
  where: [{ part: 'hpi', label: 'HPI' }],
  at: 1,
  ...over,
});

const contentSender = (tabId = 7, frameId = 0) => ({ id: fakeBrowser.runtime.id, tab: { id: tabId } as never, frameId, url: 'https://ehr.example.org/chart/1', origin: 'https://ehr.example.org' });
const panelSender = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/sidepanel.html' as never) });
const flush = () => new Promise((r) => setTimeout(r, 0));

describe('background hub', () => {
  let warn: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    fakeBrowser.reset();
    warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined as never);
  });

  it('keeps the latest capture of a tab from its content script and answers the panel', async () => {
    handleMessage(b, { type: 'capture', capture: capture() }, contentSender(7));
    await flush();
    const res = await handleMessage(b, { type: 'get-capture', tabId: 7 }, panelSender());
    expect(res?.capture?.hpi).toBe(PATIENT_TEXT);
    const other = await handleMessage(b, { type: 'get-capture', tabId: 8 }, panelSender());
    expect(other?.capture).toBeNull();
  });

  it('tells an open panel that the capture changed', async () => {
    handleMessage(b, { type: 'capture', capture: capture() }, contentSender(7));
    await flush();
    expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'capture-changed', tabId: 7 });
  });

  it.each([
    ['unknown type', { type: 'steal-everything' }],
    ['missing capture', { type: 'capture' }],
    ['capture with a wrong field type', { type: 'capture', capture: { ...capture(), age: 'forty' } }],
    ['not an object', 'capture'],
    ['null', null],
  ])('drops a malformed content message (%s) without storing anything', async (_name, message) => {
    handleMessage(b, message, contentSender(7));
    await flush();
    expect(await loadCapture(b, 7)).toBeNull();
    expect(warn).toHaveBeenCalled();
  });

  it('drops messages from another extension and from sub-frames', async () => {
    handleMessage(b, { type: 'capture', capture: capture() }, { id: 'someone-else', tab: { id: 7 } as never, frameId: 0 });
    handleMessage(b, { type: 'capture', capture: capture() }, contentSender(7, 3));
    await flush();
    expect(await loadCapture(b, 7)).toBeNull();
  });

  it('answers the panel open as a page in a tab, and never stores a capture it sends', async () => {
    const panelTab = { ...panelSender(), tab: { id: 9 } as never, frameId: 0 };
    handleMessage(b, { type: 'capture', capture: capture() }, contentSender(7));
    await flush();
    const res = await handleMessage(b, { type: 'get-capture', tabId: 7 }, panelTab);
    expect(res?.capture?.hpi).toBe(PATIENT_TEXT);
    handleMessage(b, { type: 'capture', capture: capture() }, panelTab);
    await flush();
    expect(await loadCapture(b, 9)).toBeNull();
  });

  it('does not answer a panel request that comes from a web page', async () => {
    await saveCapture(b, 7, capture());
    const res = handleMessage(b, { type: 'get-capture', tabId: 7 }, { id: fakeBrowser.runtime.id, url: 'https://evil.example/' });
    expect(res).toBeUndefined();
  });

  it('never logs patient text when it drops a message', async () => {
    handleMessage(b, { type: 'capture', capture: { ...capture(), age: 'x' } }, contentSender(7));
    handleMessage(b, { type: PATIENT_TEXT }, panelSender());
    await flush();
    const logged = warn.mock.calls.flat().join(' ');
    expect(logged).not.toContain('secret patient words');
    expect(logged).not.toContain('saddle');
  });

  it('drops the capture when the tab closes or navigates', async () => {
    watchTabs(b);
    await saveCapture(b, 7, capture());
    await saveCapture(b, 8, capture());
    await fakeBrowser.tabs.onRemoved.trigger(7, { windowId: 1, isWindowClosing: false });
    await fakeBrowser.tabs.onUpdated.trigger(8, { status: 'loading' }, { id: 8 } as never);
    await flush();
    expect(await loadCapture(b, 7)).toBeNull();
    expect(await loadCapture(b, 8)).toBeNull();
  });

  it('keeps patient text out of storage.local and storage.sync', async () => {
    handleMessage(b, { type: 'capture', capture: capture() }, contentSender(7));
    await flush();
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('secret');
    expect(JSON.stringify(await fakeBrowser.storage.sync.get(null))).not.toContain('secret');
  });
});

describe('a capture must come from the page it describes', () => {
  it('drops a capture whose origin is not the sender’s (a navigation raced it, or a page lies)', async () => {
    fakeBrowser.reset();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined as never);
    const c: Capture = { source: 'chart', origin: 'https://ehr.example.org', chiefComplaint: 'LBP', hpi: null, text: null, age: null, sex: null, where: [], at: 1 };
    handleMessage(b, { type: 'capture', capture: c }, { id: fakeBrowser.runtime.id, tab: { id: 9 } as never, frameId: 0, url: 'https://news.example.com/', origin: 'https://news.example.com' });
    await new Promise((r) => setTimeout(r, 0));
    expect(await loadCapture(b, 9)).toBeNull();
  });
});
