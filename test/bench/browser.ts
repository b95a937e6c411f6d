/**
 * The benchmark's Chromium measurements, through the end-to-end harness (the e2e build of the
 * extension in Debian's Chromium, fixture pages from 127.0.0.1):
 *  - the chart reader on the largest fixture page, timed in the page with performance.now(),
 *    with long tasks recorded by a PerformanceObserver;
 *  - the side panel: from the moment it is told that the tab's capture changed to the frame in
 *    which the cards for that capture are in the DOM; warm, and for the first capture a newly
 *    opened panel assesses.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Capture } from '@/entrypoints/background/messages';
import { athenaTransform } from '../entrypoints/ehr.content/filler';
import { ROOT, launch, type Session, type WorkerGlobal } from '../e2e/harness';
import { LAYOUTS, THIRD_PARTY } from '../e2e/layouts';
import type { Page } from 'playwright-core';
import { repeatAsync, summarize, type Timing } from './stats';

/** The largest fixture: athena-like, with its generated filler (about 2.4 MB of HTML). */
export const LARGEST_FIXTURE = 'athena.html';

export interface ReaderInBrowser {
  page: string;
  htmlBytes: number;
  elements: number;
  timing: Timing;
  /** Long tasks (over 50 ms) observed while the measured reads ran, in ms. */
  longTasks: number[];
  chiefComplaint: string | null;
}

export interface CardsInBrowser {
  timing: Timing;
}

/** The chart reader as one script for the page: `globalThis.__benchReader.readChartDetailed`. */
async function readerBundle(): Promise<string> {
  // esbuild comes with tsx (a dev dependency): resolve it from there.
  const esbuild = createRequire(createRequire(join(ROOT, 'package.json')).resolve('tsx/package.json'))('esbuild') as typeof import('esbuild');
  const out = await esbuild.build({
    stdin: {
      contents: "import { readChartDetailed } from './entrypoints/ehr.content/reader/index';\n(globalThis as any).__benchReader = { readChartDetailed };",
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    write: false,
    tsconfig: join(ROOT, 'tsconfig.json'),
    logLevel: 'silent',
  });
  return out.outputFiles[0].text;
}

interface Waiting {
  __benchCards?: Promise<number>;
}

/** A capture with cards, made distinct by `k` so that every delivery is a new assessment. */
function captureFor(k: number): Capture {
  const withCards = LAYOUTS.filter((l) => l.cards.length && l.cc && l.hpi);
  const l = withCards[k % withCards.length];
  return {
    source: 'chart',
    origin: 'http://127.0.0.1',
    chiefComplaint: `${l.cc} (bench ${k})`,
    hpi: l.hpi,
    text: null,
    age: l.age,
    sex: l.sex,
    where: [],
    at: Date.now() + k,
  };
}

/**
 * tsx compiles this file keeping function names (`__name(fn, "name")`), and the functions
 * handed to page.evaluate carry those calls into the page: give the page a no-op `__name`.
 */
const KEEP_NAMES = 'globalThis.__name ??= (f) => f';

async function measureReader(s: Session, o: { runs: number }): Promise<ReaderInBrowser> {
  const { page, tabId } = await s.openTab(s.server.url(LARGEST_FIXTURE));
  await page.waitForLoadState('load');
  // The extension's own reads of the page (on load, then as its frames arrive) come first: measure after them.
  await s.waitForCapture(tabId, (c) => !!c.chiefComplaint, 30_000);
  await page.waitForTimeout(2_000);
  await page.evaluate(KEEP_NAMES);
  // The HTML of the page and of every same-origin frame in it, at any depth.
  const htmlBytes = await page.evaluate(() => {
    const size = (d: Document): number => {
      let n = d.documentElement.outerHTML.length;
      for (const f of Array.from(d.querySelectorAll('iframe, frame'))) {
        try {
          const inner = (f as HTMLIFrameElement).contentDocument;
          if (inner?.documentElement) n += size(inner);
        } catch {
          /* another origin */
        }
      }
      return n;
    };
    return size(document);
  });
  await page.evaluate(await readerBundle());
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push(e.duration);
    }).observe({ type: 'longtask' });
  });
  let last: { ms: number; elements: number; cc: string | null } = { ms: NaN, elements: 0, cc: null };
  const read = async () => {
    // The read runs in a task of the page's own (a timer), as the content script's reads do,
    // so that the long-task observer sees it.
    last = await page.evaluate(
      () =>
        new Promise<{ ms: number; elements: number; cc: string | null }>((resolve) => {
          setTimeout(() => {
            const reader = (globalThis as unknown as { __benchReader: { readChartDetailed(d: Document): { capture: Capture; elements: number } } }).__benchReader;
            const t0 = performance.now();
            const r = reader.readChartDetailed(document);
            const ms = performance.now() - t0;
            resolve({ ms, elements: r.elements, cc: r.capture.chiefComplaint });
          }, 0);
        }),
    );
    return last.ms;
  };
  for (let i = 0; i < 3; i++) await read();
  await new Promise((r) => setTimeout(r, 200));
  await page.evaluate(() => void ((window as unknown as { __longTasks: number[] }).__longTasks.length = 0));
  const timing = await repeatAsync(read, { warmup: 0, minRuns: o.runs, maxRuns: o.runs * 3, minMs: 2_000 });
  // Long-task entries are delivered after the task: give them a moment.
  await new Promise((r) => setTimeout(r, 300));
  const longTasks = await page.evaluate(() => [...(window as unknown as { __longTasks: number[] }).__longTasks]);
  await page.close();
  return { page: LARGEST_FIXTURE, htmlBytes, elements: last.elements, timing, longTasks, chiefComplaint: last.cc };
}

/** Delivers capture k to the panel as the hub does and resolves with the ms until its cards are painted. */
function deliverer(s: Session, panel: Page, tabId: number) {
  return async (k: number): Promise<number> => {
    const capture = captureFor(k);
    const token = capture.chiefComplaint!;
    await panel.evaluate((tok) => {
      const w = window as unknown as Waiting & { chrome: { runtime: { onMessage: { addListener(f: (m: unknown) => void): void; removeListener(f: (m: unknown) => void): void } } } };
      w.__benchCards = new Promise<number>((resolve, reject) => {
        let t0 = 0;
        const onMessage = (m: unknown) => {
          if (!t0 && (m as { type?: string } | null)?.type === 'capture-changed') t0 = performance.now();
        };
        w.chrome.runtime.onMessage.addListener(onMessage);
        const shown = () => !!document.querySelector('[data-finding]') && !!document.querySelector('[aria-label="Text assessed"]')?.textContent?.includes(tok);
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error('the cards did not appear within 10 s'));
        }, 10_000);
        const observer = new MutationObserver(() => {
          if (!t0 || !shown()) return;
          observer.disconnect();
          clearTimeout(timer);
          w.chrome.runtime.onMessage.removeListener(onMessage);
          // The frame that paints them.
          requestAnimationFrame(() => resolve(performance.now() - t0));
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      });
    }, token);
    await s.worker().evaluate(
      async ({ tabId: id, capture: c }) => {
        const chrome = (globalThis as unknown as WorkerGlobal).chrome as unknown as {
          storage: { session: { set(v: object): Promise<void> } };
          runtime: { sendMessage(m: unknown): Promise<unknown> };
        };
        // What the hub does with a capture from the chart: keep it for the tab, tell the panel.
        await chrome.storage.session.set({ [`capture:${id}`]: c });
        await chrome.runtime.sendMessage({ type: 'capture-changed', tabId: id }).catch(() => undefined);
      },
      { tabId, capture },
    );
    return panel.evaluate(() => (window as unknown as Waiting).__benchCards!);
  };
}

/** A page the reader is not registered on ('localhost'), so nothing but the bench changes the capture. */
const QUIET_PAGE = ['epic.html', 'localhost'] as const;

async function measureCards(s: Session, o: { runs: number }): Promise<CardsInBrowser> {
  const { page, tabId } = await s.openTab(s.server.url(...QUIET_PAGE));
  const panel = await s.openPanel(tabId);
  await panel.evaluate(KEEP_NAMES);
  const timing = await repeatAsync(deliverer(s, panel, tabId), { warmup: 3, minRuns: o.runs, maxRuns: o.runs * 2, minMs: 2_000 });
  await panel.close();
  await page.close();
  return { timing };
}

/**
 * The first capture a newly opened panel assesses: the panel's engine worker starts cold (the
 * lexicon's regexes compiled, its prefix index built) in every new panel. Each run opens a new
 * panel page.
 */
async function measureFirstCards(s: Session, o: { runs: number }): Promise<CardsInBrowser> {
  const { page, tabId } = await s.openTab(s.server.url(...QUIET_PAGE));
  const runs: number[] = [];
  for (let i = 0; i < o.runs; i++) {
    const panel = await s.openPanel(tabId);
    await panel.evaluate(KEEP_NAMES);
    runs.push(await deliverer(s, panel, tabId)(1_000 + i));
    await panel.close();
  }
  await page.close();
  return { timing: summarize(runs) };
}

export interface BrowserResults {
  reader: ReaderInBrowser;
  cards: CardsInBrowser;
  firstCards: CardsInBrowser;
}

/** Launches the e2e build (it must have been built), measures, closes. */
export async function browserBench(o: { runs: number }): Promise<BrowserResults> {
  const s = await launch({ transform: athenaTransform, thirdParty: THIRD_PARTY });
  try {
    await s.readerRegistered();
    // First, while no extension page has run the engine in this browser (each panel's engine
    // worker compiles the lexicon afresh, but the first panel also starts the extension's process).
    const firstCards = await measureFirstCards(s, { runs: 5 });
    const reader = await measureReader(s, o);
    const cards = await measureCards(s, o);
    return { reader, cards, firstCards };
  } finally {
    await s.close();
  }
}
