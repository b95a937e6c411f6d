import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { HubEvent, PanelResponse, type PanelRequest } from '@/entrypoints/background/messages';
import { viewOf, type PanelView } from './view';

type Listener<A extends unknown[]> = { addListener(fn: (...args: A) => void): void; removeListener(fn: (...args: A) => void): void };

/** The slice of the extension API the panel uses, so tests can hand in a fake. */
export interface PanelBrowser {
  runtime: { sendMessage(message: unknown): Promise<unknown>; onMessage: Listener<[unknown]> };
  tabs: {
    query(query: { active: boolean; currentWindow: boolean }): Promise<Array<{ id?: number }>>;
    onActivated: Listener<[{ tabId: number }]>;
  };
}

export interface PanelData {
  view: PanelView;
  tabId?: number;
  reading: boolean;
  /** A short message for the live region ("Reading this page…", "Page read."). */
  status: string;
  read(): void;
}

/**
 * `sidepanel.html?tabId=N`: the panel opened as a page of its own (beside the chart, or by the
 * end-to-end tests) follows tab N instead of the active tab, which would be the panel itself.
 */
export function pinnedTabId(search: string = globalThis.location?.search ?? ''): number | undefined {
  const raw = new URLSearchParams(search).get('tabId');
  const id = raw !== null && /^\d{1,10}$/.test(raw) ? Number(raw) : NaN;
  return id <= 2 ** 31 - 1 ? id : undefined;
}

/**
 * The panel's data: the current tab's latest capture from the background hub, refreshed when
 * the hub says it changed and when the user switches tab. Every answer and event is checked
 * against its schema; anything else is ignored.
 */
export function usePanelData(b: PanelBrowser = browser, pinned: number | undefined = pinnedTabId()): PanelData {
  const [tabId, setTabId] = useState<number>();
  const [response, setResponse] = useState<PanelResponse | null | undefined>(undefined);
  const [reading, setReading] = useState(false);
  const [status, setStatus] = useState('');
  const tab = useRef<number | undefined>(undefined);

  /** Sends a request; undefined when the tab changed meanwhile, null when the answer is not valid. */
  const ask = useCallback(
    async (req: PanelRequest): Promise<PanelResponse | null | undefined> => {
      let reply: unknown;
      try {
        reply = await b.runtime.sendMessage(req);
      } catch {
        reply = undefined;
      }
      if (tab.current !== req.tabId) return undefined;
      const parsed = PanelResponse.safeParse(reply);
      return parsed.success ? parsed.data : null;
    },
    [b],
  );

  const load = useCallback(
    async (id: number) => {
      const res = await ask({ type: 'get-capture', tabId: id });
      if (res === undefined) return;
      // An invalid answer leaves what is shown, unless nothing is shown yet.
      setResponse((prev) => res ?? (prev === undefined ? null : prev));
    },
    [ask],
  );

  const refreshTab = useCallback(async () => {
    let tabs: Array<{ id?: number }> = [];
    try {
      tabs = pinned !== undefined ? [{ id: pinned }] : await b.tabs.query({ active: true, currentWindow: true });
    } catch {
      tabs = [];
    }
    const id = tabs[0]?.id;
    if (id !== undefined && id === tab.current) return load(id);
    tab.current = id;
    setTabId(id);
    setStatus('');
    if (id === undefined) {
      setResponse(null);
      return;
    }
    setResponse(undefined);
    await load(id);
  }, [b, load, pinned]);

  useEffect(() => {
    void refreshTab();
    const onMessage = (message: unknown) => {
      const event = HubEvent.safeParse(message);
      if (event.success && event.data.tabId === tab.current) void load(event.data.tabId);
    };
    const onActivated = () => void refreshTab();
    b.runtime.onMessage.addListener(onMessage);
    b.tabs.onActivated.addListener(onActivated);
    return () => {
      b.runtime.onMessage.removeListener(onMessage);
      b.tabs.onActivated.removeListener(onActivated);
    };
  }, [b, load, refreshTab]);

  const read = useCallback(async () => {
    const id = tab.current;
    if (id === undefined) {
      setStatus('There is no tab to read.');
      return;
    }
    setReading(true);
    setStatus('Reading this page…');
    const res = await ask({ type: 'read-tab', tabId: id });
    setReading(false);
    if (res === undefined) return;
    if (res === null) {
      setStatus('The extension did not answer. Try again.');
      return;
    }
    setResponse(res);
    setStatus(res.error ? 'This page could not be read.' : res.capture ? 'Page read.' : 'Nothing was found to read on this page.');
  }, [ask]);

  const view = useMemo(() => viewOf(response), [response]);
  return { view, tabId, reading, status, read: () => void read() };
}
