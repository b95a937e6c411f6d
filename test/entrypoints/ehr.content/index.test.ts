// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ContentMessage } from '@/entrypoints/background/messages';
import definition from '@/entrypoints/ehr.content/index';
import { fixtureHtml } from './load-fixture';

const FLAG = '__backpainCdsChartReader';
const holder = window as unknown as Record<string, { stop(): void } | undefined>;

function loadBody(file: string): void {
  const html = fixtureHtml(file);
  document.head.innerHTML = /<head>([\s\S]*)<\/head>/i.exec(html)?.[1] ?? '';
  document.body.innerHTML = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? '';
}

let contexts: ContentScriptContext[] = [];
beforeEach(() => {
  fakeBrowser.reset();
  loadBody('eye-form.html');
});
afterEach(() => {
  for (const c of contexts) c.abort();
  contexts = [];
  vi.restoreAllMocks();
});

function context(): ContentScriptContext {
  const ctx = new ContentScriptContext('ehr', definition);
  contexts.push(ctx);
  return ctx;
}

describe('ehr content script', () => {
  it('is registered at run time only: no manifest entry, no host match patterns', () => {
    expect(definition.registration).toBe('runtime');
    expect(definition.matches).toBeUndefined();
    expect(definition.allFrames).toBeFalsy();
  });

  it('reads the page, sends one capture message, and returns it', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    const result = await definition.main(context());
    expect(send).toHaveBeenCalledTimes(1);
    const message = ContentMessage.parse(send.mock.calls[0][0]);
    expect(message.capture.chiefComplaint).toBe('Low back pain that wakes her at night, 4 months');
    expect(message.capture.age).toBe(34);
    expect(result).toEqual(message.capture);
  });

  it('applies the selectors saved for this origin', async () => {
    await fakeBrowser.storage.sync.set({ settings: { origins: [location.origin], selectors: { [location.origin]: { chiefComplaint: '#CC1', hpi: '#HPI1' } } } });
    // The selected fields are in a hidden tab: a selector never reads hidden text, so show it.
    document.getElementById('tab1_CC_text')!.classList.add('active');
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    await definition.main(context());
    const { capture } = ContentMessage.parse(send.mock.calls[0][0]);
    expect(capture.chiefComplaint).toBe('Floaters in the left eye for 2 days');
    expect(capture.where[0].label).toBe("selector '#CC1'");
  });

  it('replaces an earlier injection instead of running twice', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    await definition.main(context());
    const first = holder[FLAG]!;
    const stop = vi.spyOn(first, 'stop');
    await definition.main(context());
    expect(stop).toHaveBeenCalled();
    expect(holder[FLAG]).not.toBe(first);
    contexts[1].abort();
    expect(holder[FLAG]).toBeUndefined();
  });

  it('tolerates a failing storage read and an absent receiver', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('no storage'));
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('Could not establish connection'));
    await expect(definition.main(context())).resolves.toMatchObject({ source: 'chart' });
  });
});
