// @vitest-environment happy-dom
/**
 * Every message type that crosses a boundary, malformed and from the wrong sender: the hub drops
 * it without a side effect (no storage write, no answer, no broadcast, no script injected) and
 * logs at most its type; the panel ignores malformed answers and events.
 */
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser, WxtBrowser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { usePanelData, type PanelBrowser } from '@/components/panel/usePanelData';
import { handleMessage } from '@/entrypoints/background/hub';
import { Capture, ContentMessage, describeDropped, HubEvent, MAX_SELECTION, PanelRequest, PanelResponse } from '@/entrypoints/background/messages';
import { PATIENT_SENTINEL, SENTINEL_NOTE } from './sentinels';

type Sender = Browser.runtime.MessageSender;

const b = fakeBrowser as unknown as WxtBrowser;
const flush = () => new Promise((r) => setTimeout(r, 0));
/** waitFor's patience: the panel assesses the chart as it renders, slow on a busy machine. */
const PATIENCE = { timeout: 15_000 };
// Hundreds of variants per test, each awaited: generous on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

const capture = (over: Record<string, unknown> = {}): Capture =>
  ({
    source: 'chart',
    origin: 'https://ehr.example.org',
    title: 'Office visit',
    chiefComplaint: 'Low back pain',
    hpi: SENTINEL_NOTE,
    text: null,
    age: 45,
    sex: 'female',
    where: [{ part: 'hpi', label: 'HPI' }],
    at: 1,
    ...over,
  }) as Capture;

/** One valid message of each type, as its sender would send it. */
const VALID = {
  capture: { type: 'capture', capture: capture() },
  'get-capture': { type: 'get-capture', tabId: 7 },
  'read-tab': { type: 'read-tab', tabId: 7 },
  'capture-changed': { type: 'capture-changed', tabId: 7 },
} as const;
type Kind = keyof typeof VALID;
const KINDS = Object.keys(VALID) as Kind[];

// ── Senders ─────────────────────────────────────────────────────────────────────────────────
const base = () => fakeBrowser.runtime.getURL('/' as never);
const contentScript = (tabId = 7, frameId = 0): Sender => ({ id: fakeBrowser.runtime.id, tab: { id: tabId } as never, frameId, url: 'https://ehr.example.org/chart' });
const panel = (): Sender => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/sidepanel.html' as never) });

/** Senders that must never be obeyed, whatever they send. */
const WRONG_SENDERS: Array<[string, () => Sender]> = [
  ['another extension (content script)', () => ({ id: 'other-extension-id', tab: { id: 7 } as never, frameId: 0, url: 'https://ehr.example.org/' })],
  ['another extension (its page)', () => ({ id: 'other-extension-id', url: 'chrome-extension://other-extension-id/panel.html' })],
  ['no extension id', () => ({ url: panel().url })],
  ['a web page', () => ({ id: fakeBrowser.runtime.id, url: 'https://evil.example/' })],
  ['a web page that embeds our address', () => ({ id: fakeBrowser.runtime.id, url: `https://evil.example/${base()}` })],
  ['a look-alike origin', () => ({ id: fakeBrowser.runtime.id, url: `${base().replace(/\/$/, '')}.evil.example/sidepanel.html` })],
  ['no URL and no tab', () => ({ id: fakeBrowser.runtime.id })],
  ['a sub-frame of the chart', () => contentScript(7, 3)],
  ['a tab without an id', () => ({ id: fakeBrowser.runtime.id, tab: {} as never, frameId: 0, url: 'https://ehr.example.org/' })],
];

// ── Malformed variants ──────────────────────────────────────────────────────────────────────
const HUGE = `${PATIENT_SENTINEL} `.repeat(Math.ceil((MAX_SELECTION + 10) / (PATIENT_SENTINEL.length + 1)));
const WRONG_VALUES: unknown[] = [null, undefined, 42, -1, 1.5, NaN, Infinity, '', PATIENT_SENTINEL, true, [], [PATIENT_SENTINEL], {}, { [PATIENT_SENTINEL]: 1 }];

/** A key that pollutes prototypes if copied naively, as it arrives: an own property (after JSON). */
function withOwnKey(obj: object, key: string, value: unknown): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...obj };
  Object.defineProperty(copy, key, { value, enumerable: true, configurable: true, writable: true });
  return copy;
}

function nested(depth: number): unknown {
  let v: unknown = PATIENT_SENTINEL;
  for (let i = 0; i < depth; i++) v = i % 2 ? { x: v } : [v];
  return v;
}

/** Malformed variants of a valid message: each field missing, of every wrong type, oversized, and with junk or prototype keys. */
function malformed(kind: Kind): Array<[string, unknown]> {
  const valid = VALID[kind] as Record<string, unknown>;
  const out: Array<[string, unknown]> = [];
  const fields = (obj: Record<string, unknown>, path: string, rebuild: (o: Record<string, unknown>) => unknown) => {
    for (const key of Object.keys(obj)) {
      const { [key]: _gone, ...rest } = obj;
      if (key !== 'title') out.push([`${path}${key} missing`, rebuild(rest)]);
      for (const v of WRONG_VALUES) {
        if (Object.is(v, obj[key])) continue;
        // Values a field may legitimately hold are not malformed.
        if (key === 'title' && (v === '' || v === undefined || v === PATIENT_SENTINEL)) continue;
        if (['chiefComplaint', 'hpi', 'text'].includes(key) && (v === null || v === '' || v === PATIENT_SENTINEL)) continue;
        if (key === 'age' && (v === null || v === 42)) continue;
        if (key === 'sex' && v === null) continue;
        if (key === 'where' && Array.isArray(v) && v.length === 0) continue;
        if (key === 'origin' && (v === '' || v === PATIENT_SENTINEL)) continue;
        if (key === 'at' && typeof v === 'number' && Number.isFinite(v)) continue;
        if (key === 'tabId' && v === 42) continue;
        out.push([`${path}${key} = ${show(v)}`, rebuild({ ...obj, [key]: v })]);
      }
    }
  };
  fields(valid, '', (o) => o);
  if (kind === 'capture') {
    const c = valid.capture as Record<string, unknown>;
    const wrap = (o: Record<string, unknown>) => ({ type: 'capture', capture: o });
    fields(c, 'capture.', wrap);
    for (const key of ['chiefComplaint', 'hpi', 'text']) out.push([`capture.${key} over the limit`, wrap({ ...c, [key]: HUGE })]);
    out.push(['capture.origin over the limit', wrap({ ...c, origin: 'https://x.example/' + HUGE.slice(0, 600) })]);
    out.push(['capture.title over the limit', wrap({ ...c, title: HUGE.slice(0, 301) })]);
    out.push(['capture.reason over the limit', wrap({ ...c, reason: HUGE.slice(0, 301) })]);
    out.push(['capture.source unknown', wrap({ ...c, source: 'page-script' })]);
    out.push(['capture.sex unknown', wrap({ ...c, sex: PATIENT_SENTINEL })]);
    out.push(['capture.age out of range', wrap({ ...c, age: 121 })]);
    out.push(['capture.where too long', wrap({ ...c, where: Array.from({ length: 21 }, () => ({ part: 'text', label: 'x' })) })]);
    out.push(['capture.where with an unknown part', wrap({ ...c, where: [{ part: 'password', label: 'x' }] })]);
    out.push(['capture.where with a junk key', wrap({ ...c, where: [{ part: 'hpi', label: 'HPI', html: `<img src=x onerror=alert(1)>${PATIENT_SENTINEL}` }] })]);
    out.push(['capture.where label over the limit', wrap({ ...c, where: [{ part: 'hpi', label: HUGE.slice(0, 201) }] })]);
    out.push(['capture with nested junk', wrap({ ...c, where: nested(200) })]);
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      out.push([`capture with an own ${key} key`, wrap(withOwnKey(c, key, { polluted: PATIENT_SENTINEL }))]);
    }
    out.push(['capture with an extra field', wrap({ ...c, html: `<script>${PATIENT_SENTINEL}</script>` })]);
  }
  for (const key of ['__proto__', 'constructor', 'prototype']) out.push([`own ${key} key`, withOwnKey(valid, key, { polluted: PATIENT_SENTINEL })]);
  out.push(['__proto__ from JSON', JSON.parse(`{"type":"${kind}","__proto__":{"polluted":"${PATIENT_SENTINEL}"}}`)]);
  out.push(['an extra field', { ...valid, extra: PATIENT_SENTINEL }]);
  out.push(['a huge extra field', { ...valid, extra: HUGE }]);
  out.push(['nested junk', { ...valid, junk: nested(500) }]);
  out.push(['type in upper case', { ...valid, type: kind.toUpperCase() }]);
  out.push(['type padded', { ...valid, type: ` ${kind}` }]);
  out.push(['type as an array', { ...valid, type: [kind] }]);
  out.push(['the message as a JSON string', JSON.stringify(valid)]);
  out.push(['the message in an array', [valid]]);
  return out;
}

function show(v: unknown): string {
  if (typeof v === 'string') return v.length > 20 ? `string(${v.length})` : JSON.stringify(v);
  if (typeof v === 'number' || v === null || v === undefined || typeof v === 'boolean') return String(v);
  return Array.isArray(v) ? `array(${v.length})` : 'object';
}

/** Messages of no known type at all. */
const UNKNOWN: Array<[string, unknown]> = [
  ['null', null],
  ['undefined', undefined],
  ['a number', 7],
  ['a string', PATIENT_SENTINEL],
  ['an empty object', {}],
  ['an unknown type', { type: 'steal-everything', tabId: 7 }],
  ['patient text as the type', { type: SENTINEL_NOTE, tabId: 7 }],
  ['a huge type', { type: HUGE }],
  ['a numeric type', { type: 7 }],
  ['an object type', { type: { toString: PATIENT_SENTINEL } }],
  ['an array', [PATIENT_SENTINEL]],
  ['deep junk', nested(1000)],
];

// ── The hub ─────────────────────────────────────────────────────────────────────────────────
const LOG_LINE = /^\[hub\] dropped message \([a-z ]+\): type (capture|get-capture|read-tab|capture-changed|\(unknown type\)|\((?:null|undefined|number|string|object|boolean|bigint|symbol|function)\))$/;

describe('the background hub drops what it must not obey', () => {
  let warn: ReturnType<typeof vi.spyOn>;
  let effects: Array<ReturnType<typeof vi.spyOn>>;
  const STORED = capture({ hpi: 'the stored chart' });

  beforeEach(async () => {
    fakeBrowser.reset();
    // A capture already stored for the tab: a wrongly obeyed message would change or drop it.
    await fakeBrowser.storage.session.set({ 'capture:7': STORED });
    warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    effects = [
      vi.spyOn(fakeBrowser.storage.session, 'set'),
      vi.spyOn(fakeBrowser.storage.session, 'remove'),
      vi.spyOn(fakeBrowser.storage.session, 'clear'),
      vi.spyOn(fakeBrowser.storage.local, 'set'),
      vi.spyOn(fakeBrowser.storage.sync, 'set'),
      vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined as never),
      vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([] as never),
    ];
  });
  afterEach(() => {
    warn.mockRestore();
    for (const e of effects) e.mockRestore();
  });

  /** Sends one message and checks: no answer, no side effect, at most its type logged. */
  async function expectDropped(message: unknown, sender: Sender, what: string) {
    warn.mockClear();
    const answer = handleMessage(b, message, sender);
    await flush();
    expect(answer, `${what}: answered`).toBeUndefined();
    for (const e of effects) expect(e, `${what}: side effect`).not.toHaveBeenCalled();
    expect(await fakeBrowser.storage.session.get(null), `${what}: storage changed`).toEqual({ 'capture:7': STORED });
    expect(({} as Record<string, unknown>).polluted, `${what}: prototype polluted`).toBeUndefined();
    for (const call of warn.mock.calls) {
      expect(call, `${what}: logged more than a line`).toHaveLength(1);
      expect(String(call[0]), `${what}: logged content`).toMatch(LOG_LINE);
      expect(String(call[0]).endsWith(`type ${describeDropped(message)}`), `${what}: logged something other than its type`).toBe(true);
    }
  }

  it('accepts the valid messages from the right senders (the baseline the drops are measured against)', async () => {
    handleMessage(b, { type: 'capture', capture: capture({ hpi: 'new chart' }) }, contentScript(8));
    await flush();
    expect(((await fakeBrowser.storage.session.get('capture:8')) as Record<string, Capture>)['capture:8'].hpi).toBe('new chart');
    await expect(handleMessage(b, VALID['get-capture'], panel())).resolves.toEqual({ capture: STORED });
    await expect(handleMessage(b, VALID['read-tab'], panel())).resolves.toEqual({ capture: STORED });
    expect(fakeBrowser.scripting.executeScript).toHaveBeenCalledTimes(1);
    // The hub's own broadcast reaching it back is ignored quietly.
    expect(handleMessage(b, VALID['capture-changed'], panel())).toBeUndefined();
    expect(warn).not.toHaveBeenCalled();
  });

  for (const kind of KINDS) {
    const sender = kind === 'capture' ? contentScript : panel;
    it(`drops every malformed ${kind} message from its usual sender`, async () => {
      const variants = malformed(kind);
      expect(variants.length).toBeGreaterThan(30);
      for (const [what, message] of variants) {
        expect(ContentMessage.safeParse(message).success || PanelRequest.safeParse(message).success, `${what} is not malformed`).toBe(false);
        await expectDropped(message, sender(), `${kind}: ${what}`);
      }
    });

    it(`drops a valid ${kind} message from every wrong sender`, async () => {
      for (const [who, wrong] of WRONG_SENDERS) await expectDropped(VALID[kind], wrong(), `${kind} from ${who}`);
      // A content script may not ask for captures or inject; a panel may not report a chart.
      await expectDropped(VALID[kind], kind === 'capture' ? panel() : contentScript(), `${kind} from the other side`);
    });
  }

  it('drops messages of unknown type from every sender, logging no content', async () => {
    for (const [what, message] of UNKNOWN) {
      for (const sender of [contentScript(), panel(), ...WRONG_SENDERS.map(([, s]) => s())]) await expectDropped(message, sender, what);
    }
    const logged = warn.mock.calls.flat().join('\n');
    expect(logged).not.toContain(PATIENT_SENTINEL);
  });

  it('random messages and random mutations of valid ones: accepted exactly when valid and from the right sender', async () => {
    const junk = fc.oneof(fc.anything({ maxDepth: 3 }), fc.constant(PATIENT_SENTINEL), fc.string({ unit: 'binary', maxLength: 40 }));
    const mutated = fc
      .tuple(fc.constantFrom(...KINDS), fc.string({ maxLength: 12 }), junk, fc.boolean())
      .map(([kind, key, value, inside]) => {
        const valid = VALID[kind] as Record<string, unknown>;
        const field = key || Object.keys(valid)[key.length % Object.keys(valid).length];
        if (kind === 'capture' && inside) return { ...valid, capture: { ...(valid.capture as object), [field]: value } };
        return { ...valid, [field]: value };
      });
    const senders = fc.constantFrom<[string, () => Sender]>(['content script', () => contentScript()], ['panel', panel], ...WRONG_SENDERS);
    await fc.assert(
      fc.asyncProperty(fc.oneof(mutated, junk), senders, async (message, [who, sender]) => {
        const fromContent = who === 'content script';
        const fromPanel = who === 'panel';
        const ok = (fromContent && ContentMessage.safeParse(message).success) || (fromPanel && PanelRequest.safeParse(message).success);
        if (!ok) {
          await expectDropped(message, sender(), `random message from ${who}`);
          return;
        }
        const answer = handleMessage(b, message, sender());
        await flush();
        if (fromPanel) await expect(answer).resolves.toBeDefined();
        else expect(answer).toBeUndefined();
        // Put back the state the drops are measured against.
        await fakeBrowser.storage.session.clear();
        await fakeBrowser.storage.session.set({ 'capture:7': STORED });
        for (const e of effects) e.mockClear();
      }),
      { numRuns: 400 },
    );
  });
});

// ── The panel ───────────────────────────────────────────────────────────────────────────────
type Fn = (...args: never[]) => void;
function listeners<F extends Fn>() {
  const set = new Set<F>();
  return { set, addListener: (f: F) => void set.add(f), removeListener: (f: F) => void set.delete(f) };
}

function fakePanelBrowser(answer: () => unknown) {
  const onMessage = listeners<(m: unknown) => void>();
  const onActivated = listeners<(i: { tabId: number }) => void>();
  const sendMessage = vi.fn(async () => answer());
  const b: PanelBrowser = { runtime: { sendMessage, onMessage }, tabs: { query: async () => [{ id: 7 }], onActivated } };
  return { b, sendMessage, broadcast: (m: unknown) => onMessage.set.forEach((f) => f(m)) };
}

/** Answers the hub never gives: each must leave the panel as it was. */
const BAD_RESPONSES: Array<[string, unknown]> = [
  ['nothing', undefined],
  ['null', null],
  ['a string', SENTINEL_NOTE],
  ['an array', [{ capture: capture() }]],
  ['a capture of the wrong shape', { capture: { text: `<img src=x onerror=alert(1)> ${PATIENT_SENTINEL}` } }],
  ['a capture with a wrong field', { capture: capture({ age: 'forty' }) }],
  ['a capture with an extra field', { capture: capture({ html: '<b>bold</b>' }) }],
  ['a capture over the size limit', { capture: capture({ hpi: HUGE }) }],
  ['an own __proto__ key', withOwnKey({ capture: capture() }, '__proto__', { polluted: PATIENT_SENTINEL })],
  ['an error that is not a string', { capture: null, error: { message: PATIENT_SENTINEL } }],
  ['an error over the limit', { capture: null, error: HUGE.slice(0, 301) }],
  ['an extra field', { capture: null, debug: PATIENT_SENTINEL }],
];

describe('the side panel ignores malformed answers and events', () => {
  afterEach(cleanup);

  it.each(BAD_RESPONSES)('an answer that is %s shows nothing', async (_what, response) => {
    expect(PanelResponse.safeParse(response).success).toBe(false);
    const fake = fakePanelBrowser(() => response);
    const { result } = renderHook(() => usePanelData(fake.b));
    await waitFor(() => expect(result.current.view.kind).toBe('empty'), PATIENCE);
    expect(JSON.stringify(result.current)).not.toContain(PATIENT_SENTINEL);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a malformed answer after a good one keeps the chart that is shown', async () => {
    let response: unknown = { capture: capture({ hpi: 'Low back pain, worse with rest, denies fever.' }) };
    const fake = fakePanelBrowser(() => response);
    const { result } = renderHook(() => usePanelData(fake.b));
    await waitFor(() => expect(result.current.view.kind).toBe('assessing'), PATIENCE);
    const shown = result.current.view;
    for (const [, bad] of BAD_RESPONSES) {
      response = bad;
      const calls = fake.sendMessage.mock.calls.length;
      act(() => fake.broadcast({ type: 'capture-changed', tabId: 7 }));
      await waitFor(() => expect(fake.sendMessage.mock.calls.length).toBe(calls + 1), PATIENCE);
      await flush();
      expect(result.current.view).toBe(shown);
    }
  });

  it('events that are not a capture-changed for this tab send nothing', async () => {
    const fake = fakePanelBrowser(() => ({ capture: null }));
    const { result } = renderHook(() => usePanelData(fake.b));
    await waitFor(() => expect(result.current.view.kind).toBe('empty'), PATIENCE);
    const calls = fake.sendMessage.mock.calls.length;
    const events: unknown[] = [
      ...malformed('capture-changed').map(([, m]) => m),
      ...UNKNOWN.map(([, m]) => m),
      { type: 'capture-changed', tabId: 8 },
      VALID.capture,
      VALID['get-capture'],
    ];
    for (const event of events) {
      if (HubEvent.safeParse(event).success && (event as { tabId: number }).tabId === 7) throw new Error('a valid event in the malformed list');
      act(() => fake.broadcast(event));
    }
    await flush();
    expect(fake.sendMessage.mock.calls.length).toBe(calls);
    fc.assert(
      fc.property(fc.anything(), (event) => {
        if (HubEvent.safeParse(event).success) return;
        act(() => fake.broadcast(event));
      }),
      { numRuns: 300 },
    );
    await flush();
    expect(fake.sendMessage.mock.calls.length).toBe(calls);
  });
});
