/**
 * Keeps a chart capture current on single-page EHRs: re-reads after DOM changes, typing and
 * route changes (debounced), sends only when the capture changed, and clears at once when the
 * patient banner changes so one patient's text is never shown under another's name.
 * Observes only; never writes to the page.
 */
import type { Capture } from '@/entrypoints/background/messages';
import type { ChartReading } from './reader';
import { identityText } from './reader/demographics';
import { hash53 } from './reader/text';
import { frameDocument } from './reader/walk';

export interface WatchOptions {
  read: () => ChartReading;
  send: (capture: Capture) => void;
  /** The window whose timers, observers and location are used. */
  win: Window;
  /** Quiet time after the last change before re-reading. */
  debounceMs?: number;
  /** Re-read at the latest this long after the first of a stream of changes. */
  maxWaitMs?: number;
  /** The debounce grows with the time a read takes (slow pages are read less often), up to this. */
  maxDebounceMs?: number;
  /** How often the URL and frame documents are checked. */
  pollMs?: number;
  /** Clock (tests). */
  now?: () => number;
}

export interface ChartWatcher {
  /** Re-read after the debounce. */
  schedule(): void;
  /** Re-read now. */
  flush(): void;
  stop(): void;
  readonly last: Capture | null;
  readonly reads: number;
}

export const PATIENT_CHANGED = 'the patient on this page changed; reading the new chart';

/** A hash of what the panel shows (not the time), to send only real changes. */
export function captureKey(c: Capture): string {
  const parts = [c.chiefComplaint ?? '\u0001', c.hpi ?? '\u0001', c.text ?? '\u0001', String(c.age), String(c.sex), c.reason ?? ''];
  const joined = parts.join('\u0000');
  return `${hash53(joined).toString(36)}.${hash53(joined, 7).toString(36)}.${joined.length}`;
}

/** Events of typing into a field. */
const INPUT_EVENTS = ['input', 'change'];

const OBSERVE: MutationObserverInit = {
  subtree: true,
  childList: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['class', 'style', 'hidden', 'aria-hidden', 'open', 'aria-selected', 'aria-expanded', 'value', 'src', 'srcdoc'],
};

export function watchChart(opts: WatchOptions): ChartWatcher {
  const { win } = opts;
  const baseDebounce = opts.debounceMs ?? 400;
  const maxWait = opts.maxWaitMs ?? 2_000;
  const maxDebounce = opts.maxDebounceMs ?? 5_000;
  const now = opts.now ?? (() => Date.now());
  let debounce = baseDebounce;
  let timer: number | null = null;
  let firstChangeAt = 0;
  let stopped = false;
  let lastKey: string | null = null;
  let lastPatient: string | null = null;
  let last: Capture | null = null;
  let reads = 0;
  let banner: { el: Element; text: string } | null = null;
  let frames: { frame: Element; doc: Document | null }[] = [];
  let href = safeHref();
  const observed = new WeakSet<Node>();
  const listened: (Document | ShadowRoot)[] = [];

  function safeHref(): string {
    try {
      return win.location.href;
    } catch {
      return '';
    }
  }

  const observer = new (win as Window & typeof globalThis).MutationObserver(() => {
    if (stopped) return;
    if (banner && (!banner.el.isConnected || identityText(banner.el) !== banner.text)) bannerChanged();
    else schedule();
  });
  const onInput = () => schedule();
  const bannerOf = (r: ChartReading) => (r.banner ? { el: r.banner, text: identityText(r.banner) } : null);

  function read(): ChartReading | null {
    try {
      const r = opts.read();
      reads++;
      // A slow page is read less often.
      debounce = Math.min(maxDebounce, Math.max(baseDebounce, Math.round(r.ms * 4)));
      return r;
    } catch {
      return null;
    }
  }

  /** The banner changed: same patient re-rendered, or another patient? Read now to know. */
  function bannerChanged(): void {
    const reading = read();
    if (reading && reading.patientKey !== null && reading.patientKey === lastPatient) {
      apply(reading);
      return;
    }
    banner = reading && bannerOf(reading);
    lastPatient = reading?.patientKey ?? null;
    if (reading) watchRoots(reading.roots);
    // Another patient: drop the previous one's text at once, read the new chart when the page settles.
    if (last && (last.chiefComplaint || last.hpi || last.text || last.age !== null || last.sex)) {
      const cleared: Capture = {
        source: 'chart',
        origin: last.origin,
        chiefComplaint: null,
        hpi: null,
        text: null,
        age: null,
        sex: null,
        where: [],
        reason: PATIENT_CHANGED,
        at: now(),
      };
      last = cleared;
      lastKey = captureKey(cleared);
      opts.send(cleared);
    }
    schedule();
  }

  function apply(reading: ChartReading): void {
    const key = captureKey(reading.capture);
    const patientMoved = lastPatient !== null && reading.patientKey !== null && reading.patientKey !== lastPatient;
    if (key !== lastKey || patientMoved) {
      lastKey = key;
      last = reading.capture;
      opts.send(reading.capture);
    }
    if (reading.patientKey !== null) lastPatient = reading.patientKey;
    banner = bannerOf(reading);
    frames = reading.frames;
    watchRoots(reading.roots);
  }

  function watchRoots(roots: (Document | ShadowRoot)[]): void {
    for (const r of roots) {
      if (observed.has(r)) continue;
      observed.add(r);
      try {
        observer.observe(r, OBSERVE);
        for (const type of INPUT_EVENTS) r.addEventListener(type, onInput, { capture: true, passive: true });
        listened.push(r);
      } catch {
        /* a root that cannot be observed is read on the next change elsewhere */
      }
    }
  }

  function flush(): void {
    if (stopped) return;
    if (timer !== null) win.clearTimeout(timer);
    timer = null;
    firstChangeAt = 0;
    const reading = read();
    if (reading) apply(reading);
  }

  function schedule(): void {
    if (stopped) return;
    const t = now();
    if (!firstChangeAt) firstChangeAt = t;
    if (timer !== null) win.clearTimeout(timer);
    const wait = t - firstChangeAt >= maxWait ? 0 : debounce;
    timer = win.setTimeout(flush, wait);
  }

  // Route changes (history API, hash) and frames that loaded a new document.
  const poll = win.setInterval(() => {
    if (stopped) return;
    const h = safeHref();
    if (h !== href) {
      href = h;
      schedule();
      return;
    }
    for (const f of frames) {
      if (f.frame.isConnected && frameDocument(f.frame) !== f.doc) {
        schedule();
        return;
      }
    }
  }, opts.pollMs ?? 1_000);

  function stop(): void {
    if (stopped) return;
    stopped = true;
    observer.disconnect();
    if (timer !== null) win.clearTimeout(timer);
    win.clearInterval(poll);
    for (const r of listened) for (const type of INPUT_EVENTS) r.removeEventListener(type, onInput, { capture: true });
  }

  flush();
  return {
    schedule,
    flush,
    stop,
    get last() {
      return last;
    },
    get reads() {
      return reads;
    },
  };
}
