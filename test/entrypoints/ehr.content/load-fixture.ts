/**
 * Loads an EHR fixture page into a scriptless happy-dom window, the way a browser would show it:
 * declarative shadow roots attached, same-origin frames (src="other-fixture.html" or srcdoc)
 * loaded as their own documents, and frames from another origin unreadable — reading their
 * document throws, as a cross-origin frame does.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { OFFLINE_SETTINGS, attachDeclarativeShadowRoots, offlineWindow } from '@/entrypoints/ehr.content/reader/page-cli';

export const FIXTURE_DIR = (() => {
  try {
    return join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/ehr');
  } catch {
    // Under a DOM test environment the module URL may not be a file URL.
    return join(process.cwd(), 'test/fixtures/ehr');
  }
})();
export const FIXTURE_ORIGIN = 'https://ehr.example.org';

export interface LoadOptions {
  /** Change a file's HTML before it is parsed (e.g. splice in generated filler). */
  transform?: (html: string, file: string) => string;
  /** How a cross-origin frame refuses access: throw (contentWindow.document) or null (contentDocument). */
  crossOrigin?: 'throw' | 'null';
}

export interface LoadedPage {
  window: Window;
  document: Document;
  /** Every document loaded, by file name (top page included). */
  docs: Map<string, Document>;
  /** Frame elements that were made cross-origin. */
  crossOriginFrames: Element[];
  close(): Promise<void>;
}

export function fixtureHtml(file: string): string {
  return readFileSync(join(FIXTURE_DIR, file), 'utf8');
}

const shadowRoots = new WeakMap<Document, ShadowRoot[]>();

function allRoots(doc: Document): (Document | ShadowRoot)[] {
  return [doc, ...(shadowRoots.get(doc) ?? [])];
}

function securityError(): Error {
  const e = new Error('Blocked a frame from accessing a cross-origin frame.');
  e.name = 'SecurityError';
  return e;
}

export function loadFixture(file: string, options: LoadOptions = {}): LoadedPage {
  const windows: Window[] = [];
  const docs = new Map<string, Document>();
  const crossOriginFrames: Element[] = [];

  function load(name: string, url: string, depth: number, frameElement: Element | null): Window {
    let html = fixtureHtml(name);
    if (options.transform) html = options.transform(html, name);
    const window = new Window({ url, width: 1280, height: 900, settings: OFFLINE_SETTINGS as never });
    windows.push(window);
    const document = window.document as unknown as Document;
    document.write(html);
    shadowRoots.set(document, attachDeclarativeShadowRoots(document));
    if (frameElement) Object.defineProperty(window, 'frameElement', { configurable: true, get: () => frameElement });
    docs.set(name, document);
    if (depth < 8) wireFrames(document, url, depth);
    return window;
  }

  function wireFrames(document: Document, baseUrl: string, depth: number): void {
    for (const root of allRoots(document)) {
      for (const frame of Array.from(root.querySelectorAll('iframe, frame'))) {
        const src = frame.getAttribute('src');
        if (frame.hasAttribute('srcdoc')) {
          const d = (frame as HTMLIFrameElement).contentDocument;
          if (d) {
            shadowRoots.set(d, attachDeclarativeShadowRoots(d));
            wireFrames(d, baseUrl, depth + 1);
          }
          continue;
        }
        if (!src) continue;
        const url = new URL(src, baseUrl);
        if (url.origin !== new URL(baseUrl).origin) {
          crossOriginFrames.push(frame);
          // The other site's page exists (data-fixture names it), but this origin cannot reach into it.
          const file = frame.getAttribute('data-fixture');
          if (file) load(file, url.href, depth + 1, null);
          const contentWindow = {
            get document(): Document {
              throw securityError();
            },
          };
          Object.defineProperty(frame, 'contentWindow', { configurable: true, get: () => contentWindow });
          Object.defineProperty(frame, 'contentDocument', {
            configurable: true,
            get: () => {
              if (options.crossOrigin === 'null') return null;
              throw securityError();
            },
          });
          continue;
        }
        const child = load(url.pathname.split('/').pop()!, url.href, depth + 1, frame);
        Object.defineProperty(frame, 'contentWindow', { configurable: true, get: () => child });
        Object.defineProperty(frame, 'contentDocument', { configurable: true, get: () => child.document });
      }
    }
  }

  const top = load(file, `${FIXTURE_ORIGIN}/${file.replace(/\.html$/, '')}`, 0, null);
  return {
    window: top,
    document: top.document as unknown as Document,
    docs,
    crossOriginFrames,
    close: async () => {
      for (const w of windows) await w.happyDOM.close();
    },
  };
}

/** Every text field of a capture, for "no distractor leaked" assertions. */
export function capturedText(c: { chiefComplaint: string | null; hpi: string | null; text: string | null; title?: string; where: { label: string }[]; reason?: string }): string {
  return [c.chiefComplaint, c.hpi, c.text, c.title, c.reason, ...c.where.map((w) => w.label)].filter(Boolean).join('\n');
}

/** The serialized state of every loaded document (to prove a read changed nothing). */
export function snapshot(page: LoadedPage): string {
  const parts: string[] = [];
  for (const [name, d] of page.docs) {
    parts.push(name, d.documentElement.outerHTML);
    for (const root of allRoots(d)) if (root !== d) parts.push((root as ShadowRoot).innerHTML);
    for (const el of Array.from(d.querySelectorAll('textarea, input'))) parts.push((el as HTMLInputElement).value);
  }
  return parts.join('\n\u0000\n');
}

/** Asserts that none of the distractor strings appears in any captured field (case-insensitive). */
export function expectNoLeak(
  c: { chiefComplaint: string | null; hpi: string | null; text: string | null; title?: string; where: { label: string }[]; reason?: string },
  distractors: string[],
): void {
  const all = capturedText(c).toLowerCase();
  const leaked = distractors.filter((d) => all.includes(d.toLowerCase()));
  if (leaked.length) throw new Error(`distractor text leaked into the capture: ${leaked.map((d) => JSON.stringify(d)).join(', ')}`);
}

/** A page from inline HTML (for small unit tests). */
export function htmlPage(html: string, url = `${FIXTURE_ORIGIN}/inline`): { window: Window; document: Document; close(): Promise<void> } {
  const window = offlineWindow(html, url);
  return { window, document: window.document as unknown as Document, close: () => window.happyDOM.close() };
}
