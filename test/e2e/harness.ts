/**
 * The end-to-end harness: the e2e build of the extension in Debian's Chromium (headless, driven
 * by playwright-core), fixture EHR pages served from 127.0.0.1, and a record of every request
 * the extension's pages and service worker make. Builds nothing: `npm run e2e` builds first.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Request, type Worker } from 'playwright-core';
import type { Capture } from '@/entrypoints/background/messages';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const FIXTURE_DIR = join(ROOT, 'test/fixtures/ehr');
/** The test build: `wxt build --mode e2e`. */
export const E2E_DIST = join(ROOT, '.output/chrome-mv3-e2e');
/** The production build: `wxt build`. */
export const PROD_DIST = join(ROOT, '.output/chrome-mv3');
/** Where screenshots and other artefacts go (ignored by git). */
export const RESULTS_DIR = join(ROOT, 'test-results/e2e');
/** Debian's Chromium (`apt-get install chromium`); never a downloaded browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/**
 * Flags for a quiet browser with the extension loaded: no background traffic, no first-run UI.
 * `hermetic` (the tests) also makes every host name but this machine's fail to resolve.
 */
export function chromiumArgs(dist: string, { hermetic = true } = {}): string[] {
  const args = [
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--disable-extensions-except=${dist}`,
    `--load-extension=${dist}`,
  ];
  // Chromium's sandbox cannot run as root (CI containers); a person's desktop session keeps it.
  if (hermetic || process.getuid?.() === 0) args.unshift('--no-sandbox');
  if (hermetic) args.push('--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost');
  return args;
}

// ---------------------------------------------------------------------------------------------
// Fixture server

export interface ServerHit {
  method: string;
  host: string;
  path: string;
  status: number;
}

export interface FixtureServer {
  port: number;
  /** A fixture's address; `host` 'localhost' gives a second origin that the reader is not registered on. */
  url(file: string, host?: '127.0.0.1' | 'localhost'): string;
  hits: ServerHit[];
  /** Requests that were not a GET of a fixture page (or the browser's favicon probe). */
  unexpected(): ServerHit[];
  close(): Promise<void>;
}

export type Transform = (html: string, file: string) => string;

/** The fixture pages that are a chart layout of their own (not only a frame inside another page). */
export function topLevelFixtures(): string[] {
  const files = readdirSync(FIXTURE_DIR).filter((f) => f.endsWith('.html'));
  const framed = new Set<string>();
  for (const f of files) {
    const html = readFileSync(join(FIXTURE_DIR, f), 'utf8');
    for (const m of html.matchAll(/\b(?:src|data-fixture)="([a-z0-9-]+\.html)"/g)) framed.add(m[1]);
  }
  return files.filter((f) => !framed.has(f)).sort();
}

/** A static server for test/fixtures/ehr on 127.0.0.1 (random port); GET and HEAD of *.html only. */
export async function startFixtureServer(transform?: Transform): Promise<FixtureServer> {
  const hits: ServerHit[] = [];
  const server = createServer((req: IncomingMessage, res) => {
    const path = (req.url ?? '/').split(/[?#]/)[0];
    const name = path.slice(1);
    const file = join(FIXTURE_DIR, name);
    const ok = (req.method === 'GET' || req.method === 'HEAD') && /^[a-z0-9-]+\.html$/.test(name) && existsSync(file);
    const status = ok ? 200 : 404;
    hits.push({ method: req.method ?? '', host: req.headers.host ?? '', path, status });
    if (!ok) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    let html = readFileSync(file, 'utf8');
    if (transform) html = transform(html, name);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(req.method === 'HEAD' ? undefined : html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: (file, host = '127.0.0.1') => `http://${host}:${port}/${file}`,
    hits,
    unexpected: () => hits.filter((h) => h.status !== 200 && !(h.method === 'GET' && h.path === '/favicon.ico')),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// ---------------------------------------------------------------------------------------------
// The browser

/** The extension API as seen from the service worker, typed only as far as the tests use it. */
type Area = { get(keys: string | null): Promise<Record<string, unknown>> };
export interface ChromeApi {
  storage: { session: Area; local: Area; sync: Area };
  tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> };
  scripting: { getRegisteredContentScripts(): Promise<Array<{ id: string; matches?: string[]; js?: string[] }>> };
  runtime: { reload(): void };
}
/** `globalThis` in the service worker; evaluated callbacks cannot reach this module, so each casts it. */
export type WorkerGlobal = { chrome: ChromeApi };

export interface Session {
  context: BrowserContext;
  extensionId: string;
  server: FixtureServer;
  /** The service worker (after the extension was restarted under observation). */
  worker(): Worker;
  /** Requests from the extension's pages or service worker to anything outside the extension. */
  leaks: string[];
  /** Requests from fixture pages to other hosts: answered from the fixture they name, never sent. */
  external: string[];
  /** Errors thrown in the extension's pages. */
  pageErrors: string[];
  /** The service worker's console (it logs only the type of a dropped message, never its content). */
  workerLog: string[];
  /** A new tab at this address, and its tab id. */
  openTab(url: string): Promise<{ page: Page; tabId: number }>;
  /** The side panel opened as a page, following tab `tabId`, at a side panel's width. */
  openPanel(tabId: number): Promise<Page>;
  /** The capture the background keeps for a tab (storage.session), or null. */
  captureOf(tabId: number): Promise<Capture | null>;
  /** Waits until the tab's capture satisfies `ok`; the error says what was there instead. */
  waitForCapture(tabId: number, ok: (c: Capture) => boolean, timeoutMs?: number): Promise<Capture>;
  /** Resolves once the background has registered the chart reader on the fixture origin. */
  readerRegistered(timeoutMs?: number): Promise<void>;
  /** storage.local and storage.sync, serialised. */
  persistentStorage(): Promise<string>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  transform?: Transform;
  /** Cross-origin frames the fixtures embed: URL → fixture file that stands in for it. */
  thirdParty?: Record<string, string>;
}

function requestSource(req: Request): string {
  const sw = req.serviceWorker();
  if (sw) return sw.url();
  try {
    return req.frame().url();
  } catch {
    return '';
  }
}

export function requireBuild(dist = E2E_DIST): void {
  const manifest = join(dist, 'manifest.json');
  if (!existsSync(manifest)) throw new Error(`No extension build in ${dist}: run \`npm run e2e\`, which builds the e2e variant first.`);
}

export async function launch(options: LaunchOptions = {}): Promise<Session> {
  requireBuild();
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium`);
  const server = await startFixtureServer(options.transform);
  const profile = mkdtempSync(join(tmpdir(), 'backpain-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: chromiumArgs(E2E_DIST),
  });
  // Fail fast: every wait in these tests is for something local that takes well under a second.
  context.setDefaultTimeout(10_000);
  const leaks: string[] = [];
  const external: string[] = [];
  const pageErrors: string[] = [];
  const workerLog: string[] = [];
  context.on('request', (req) => {
    const from = requestSource(req);
    const url = req.url();
    if (from.startsWith('chrome-extension://') && !/^(chrome-extension|data|blob):/.test(url)) leaks.push(`${req.method()} ${url} (from ${from})`);
  });
  context.on('page', (page) => {
    page.on('pageerror', (e) => {
      if (page.url().startsWith('chrome-extension://')) pageErrors.push(`${page.url()}: ${e.message}`);
    });
  });

  let worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  // The worker started before anything could listen; restart the extension so its start-up is recorded too.
  const restarted = context.waitForEvent('serviceworker', { timeout: 15_000, predicate: (w) => w.url().startsWith(`chrome-extension://${extensionId}/`) });
  await worker.evaluate(() => void setTimeout(() => (globalThis as unknown as WorkerGlobal).chrome.runtime.reload(), 0)).catch(() => undefined);
  worker = await restarted;
  worker.on('console', (m) => workerLog.push(`${m.type()}: ${m.text()}`));
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);

  const tabIds = async () => new Set((await worker.evaluate(() => (globalThis as unknown as WorkerGlobal).chrome.tabs.query({}))).map((t) => t.id!));

  const session: Session = {
    context,
    extensionId,
    server,
    worker: () => worker,
    leaks,
    external,
    pageErrors,
    workerLog,
    async openTab(url) {
      const before = await tabIds();
      const page = await context.newPage();
      const after = await tabIds();
      const fresh = [...after].filter((id) => !before.has(id));
      if (fresh.length !== 1) throw new Error(`expected one new tab, found ${fresh.length}`);
      // Fixture pages embed frames from other sites: answer them from the fixture named for them, send nothing.
      await page.route(
        (u) => u.protocol.startsWith('http') && u.hostname !== '127.0.0.1' && u.hostname !== 'localhost',
        (route) => {
          const target = route.request().url();
          external.push(target);
          const file = options.thirdParty?.[target];
          if (file) return route.fulfill({ contentType: 'text/html; charset=utf-8', body: readFileSync(join(FIXTURE_DIR, file), 'utf8') });
          return route.abort('blockedbyclient');
        },
      );
      await page.goto(url);
      return { page, tabId: fresh[0] };
    },
    async openPanel(tabId) {
      const page = await context.newPage();
      await page.setViewportSize({ width: 480, height: 900 });
      await page.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
      await page.getByRole('heading', { name: 'Back pain assessment', level: 1 }).waitFor();
      return page;
    },
    async captureOf(tabId) {
      const key = `capture:${tabId}`;
      const got = await worker.evaluate((k) => (globalThis as unknown as WorkerGlobal).chrome.storage.session.get(k), key);
      return (got[key] as Capture | undefined) ?? null;
    },
    async waitForCapture(tabId, ok, timeoutMs = 10_000) {
      const end = Date.now() + timeoutMs;
      let last: Capture | null = null;
      for (;;) {
        last = await session.captureOf(tabId);
        if (last && ok(last)) return last;
        if (Date.now() > end) {
          const seen = last ? JSON.stringify({ chiefComplaint: last.chiefComplaint, hpi: last.hpi, text: last.text, age: last.age, sex: last.sex, reason: last.reason }) : 'no capture at all';
          throw new Error(`tab ${tabId}: no matching capture within ${timeoutMs} ms; last seen: ${seen}`);
        }
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async readerRegistered(timeoutMs = 5_000) {
      const end = Date.now() + timeoutMs;
      for (;;) {
        const scripts = await worker.evaluate(() => (globalThis as unknown as WorkerGlobal).chrome.scripting.getRegisteredContentScripts());
        if (scripts.some((s) => s.matches?.includes('http://127.0.0.1/*'))) return;
        if (Date.now() > end) {
          throw new Error(
            `the chart reader is not registered on http://127.0.0.1/* (registered: ${JSON.stringify(scripts)}); ` +
              'is entrypoints/ehr.content/ in the build (content-scripts/ehr.js)?',
          );
        }
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async persistentStorage() {
      return worker.evaluate(async () => {
        const c = (globalThis as unknown as WorkerGlobal).chrome;
        return JSON.stringify({ local: await c.storage.local.get(null), sync: await c.storage.sync.get(null) });
      });
    },
    async close() {
      await context.close().catch(() => undefined);
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
  return session;
}

// ---------------------------------------------------------------------------------------------
// The panel

/** The checked status of a feature row in the panel ('not_documented' when it is not listed). */
export async function featureStatus(panel: Page, id: string): Promise<string> {
  const row = panel.locator(`[data-feature="${id}"]`);
  if (!(await row.count())) return 'not_documented';
  return row.locator('input[type="radio"]:checked').inputValue();
}

/** The finding ids of the cards shown, in order. */
export async function cardIds(panel: Page): Promise<string[]> {
  return panel.locator('[data-finding]').evaluateAll((els) => els.map((e) => e.getAttribute('data-finding') ?? ''));
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: number;
}

/** Runs axe-core in the page (evaluated through the debugger, so the page's CSP does not block it). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const source = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: unknown[] }> }> } }).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length }));
  });
}

export const serious = (v: AxeViolation[]) => v.filter((x) => x.impact === 'serious' || x.impact === 'critical');
