// @vitest-environment happy-dom
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pinnedTabId, usePanelData, type PanelBrowser } from '../../components/panel/usePanelData';
import { capture, SHORT_NOTE } from './helpers';

afterEach(cleanup);

type Fn = (...args: never[]) => void;
function listeners<F extends Fn>() {
  const set = new Set<F>();
  return { set, addListener: (f: F) => void set.add(f), removeListener: (f: F) => void set.delete(f) };
}

/** A fake extension API: one active tab, a hub that answers from a table. */
function fakeBrowser(answer: (message: { type: string; tabId: number }) => unknown) {
  let active = 7;
  const onMessage = listeners<(m: unknown) => void>();
  const onActivated = listeners<(i: { tabId: number }) => void>();
  const sendMessage = vi.fn(async (m: unknown) => answer(m as { type: string; tabId: number }));
  const b: PanelBrowser = {
    runtime: { sendMessage, onMessage },
    tabs: { query: async () => [{ id: active }], onActivated },
  };
  return {
    b,
    sendMessage,
    broadcast: (m: unknown) => onMessage.set.forEach((f) => f(m)),
    activate: (id: number) => {
      active = id;
      onActivated.set.forEach((f) => f({ tabId: id }));
    },
    listenerCount: () => onMessage.set.size + onActivated.set.size,
  };
}

describe('usePanelData', () => {
  it('asks the hub for the active tab’s capture and shows it', async () => {
    const fake = fakeBrowser(() => ({ capture: capture() }));
    const { result } = renderHook(() => usePanelData(fake.b));
    expect(result.current.view.kind).toBe('loading');
    await waitFor(() => expect(result.current.view.kind).toBe('assessing'));
    expect(fake.sendMessage).toHaveBeenCalledWith({ type: 'get-capture', tabId: 7 });
    expect(result.current.tabId).toBe(7);
  });

  it('ignores answers that fail the schema', async () => {
    const fake = fakeBrowser(() => ({ capture: { text: '<b>not a capture</b>' } }));
    const { result } = renderHook(() => usePanelData(fake.b));
    await waitFor(() => expect(result.current.view.kind).toBe('empty'));
  });

  it('re-fetches on capture-changed for this tab only, and ignores malformed events', async () => {
    let c = capture({ text: 'Sore throat.' });
    const fake = fakeBrowser(() => ({ capture: c }));
    const { result } = renderHook(() => usePanelData(fake.b));
    const text = () => (result.current.view.kind === 'assessing' ? result.current.view.text : undefined);
    await waitFor(() => expect(text()).toBe('Sore throat.'));
    const calls = fake.sendMessage.mock.calls.length;
    c = capture();
    act(() => fake.broadcast({ type: 'capture-changed', tabId: 99 }));
    act(() => fake.broadcast({ type: 'capture-changed', tabId: '7' }));
    act(() => fake.broadcast({ type: 'something-else', tabId: 7 }));
    expect(fake.sendMessage.mock.calls.length).toBe(calls);
    act(() => fake.broadcast({ type: 'capture-changed', tabId: 7 }));
    await waitFor(() => expect(text()).toBe(SHORT_NOTE));
  });

  it('follows the active tab', async () => {
    const fake = fakeBrowser((m) => ({ capture: m.tabId === 8 ? capture() : null }));
    const { result } = renderHook(() => usePanelData(fake.b));
    await waitFor(() => expect(result.current.view.kind).toBe('empty'));
    act(() => fake.activate(8));
    await waitFor(() => expect(result.current.view.kind).toBe('assessing'));
    expect(result.current.tabId).toBe(8);
  });

  it('follows the tab named by ?tabId= (the panel opened as a page), not the active tab', async () => {
    const fake = fakeBrowser((m) => ({ capture: m.tabId === 42 ? capture() : null }));
    const { result } = renderHook(() => usePanelData(fake.b, 42));
    await waitFor(() => expect(result.current.view.kind).toBe('assessing'));
    expect(result.current.tabId).toBe(42);
    act(() => fake.activate(8));
    await waitFor(() => expect(fake.sendMessage).toHaveBeenCalledTimes(2));
    expect(fake.sendMessage).not.toHaveBeenCalledWith({ type: 'get-capture', tabId: 8 });
    expect(result.current.tabId).toBe(42);
    act(() => result.current.read());
    await waitFor(() => expect(fake.sendMessage).toHaveBeenCalledWith({ type: 'read-tab', tabId: 42 }));
  });

  it('reads ?tabId= only as a plain tab number', () => {
    expect(pinnedTabId('?tabId=123')).toBe(123);
    expect(pinnedTabId('?tabId=1696707406')).toBe(1696707406); // Chromium's tab ids run to ten digits
    expect(pinnedTabId('?tabId=2147483648')).toBeUndefined();
    expect(pinnedTabId('')).toBeUndefined();
    expect(pinnedTabId('?tabId=')).toBeUndefined();
    expect(pinnedTabId('?tabId=-1')).toBeUndefined();
    expect(pinnedTabId('?tabId=1e3')).toBeUndefined();
    expect(pinnedTabId('?tab=5')).toBeUndefined();
  });

  it('"Read this page" sends read-tab and shows the hub’s error', async () => {
    const fake = fakeBrowser((m) => (m.type === 'read-tab' ? { capture: null, error: 'This page cannot be read.' } : { capture: null }));
    const { result } = renderHook(() => usePanelData(fake.b));
    await waitFor(() => expect(result.current.view.kind).toBe('empty'));
    act(() => result.current.read());
    expect(result.current.status).toBe('Reading this page…');
    await waitFor(() => expect(result.current.view).toEqual({ kind: 'unreadable', message: 'This page cannot be read.' }));
    expect(fake.sendMessage).toHaveBeenCalledWith({ type: 'read-tab', tabId: 7 });
    expect(result.current.status).toBe('This page could not be read.');
    expect(result.current.reading).toBe(false);
  });

  it('survives a hub that does not answer, and removes its listeners on unmount', async () => {
    const fake = fakeBrowser(() => {
      throw new Error('Could not establish connection');
    });
    const { result, unmount } = renderHook(() => usePanelData(fake.b));
    await waitFor(() => expect(result.current.view.kind).toBe('empty'));
    act(() => result.current.read());
    await waitFor(() => expect(result.current.status).toBe('The extension did not answer. Try again.'));
    expect(fake.listenerCount()).toBe(2);
    unmount();
    expect(fake.listenerCount()).toBe(0);
  });
});
