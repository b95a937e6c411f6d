/**
 * The side panel and the options page call the browser's own extension API, not
 * webextension-polyfill (wxt.config.ts). These are the calls the other end-to-end files do not
 * reach: the panel finding its tab with tabs.query (it is not pinned to one here), and the
 * options page's permissions.getAll, storage.managed.get and storage.sync get and set.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_DIST, launch, type Session } from './harness';

let s: Session;

beforeAll(async () => {
  s = await launch();
});
afterAll(async () => s?.close());

describe('the pages on the native extension API', () => {
  it('ships the pages without webextension-polyfill and the background with it', () => {
    const mark = 'This script should only be loaded in a browser extension';
    const chunks = readdirSync(join(E2E_DIST, 'chunks')).map((f) => readFileSync(join(E2E_DIST, 'chunks', f), 'utf8'));
    for (const js of chunks) expect(js).not.toContain(mark);
    expect(readFileSync(join(E2E_DIST, 'background.js'), 'utf8')).toContain(mark);
  });

  it('the panel, not pinned to a tab, asks tabs.query for the active tab and the hub about it', async () => {
    const page = await s.context.newPage();
    await page.goto(`chrome-extension://${s.extensionId}/sidepanel.html`);
    await page.getByRole('heading', { name: 'Back pain assessment', level: 1 }).waitFor();
    // The active tab is the panel's own: the hub is asked to read it and answers that it cannot
    // (with no tab found, the panel would say "There is no tab to read." without asking).
    await page.getByRole('button', { name: 'Read this page' }).click();
    await page.getByRole('heading', { name: 'This page could not be read' }).waitFor();
    await page.close();
  });

  it('the options page lists the granted origin and saves selectors to storage.sync', async () => {
    const page = await s.context.newPage();
    await page.goto(`chrome-extension://${s.extensionId}/options.html`);
    await page.getByRole('heading', { name: /EHR pages/, level: 1 }).waitFor();
    // permissions.getAll: the test build is granted the fixture origin at install.
    await page.getByText('http://127.0.0.1 — allowed').waitFor();
    await page.getByLabel('CSS selector for the HPI (optional)').fill('#hpi-note');
    await page.getByRole('button', { name: 'Save selectors' }).click();
    await page.getByRole('status').getByText('Saved selectors for http://127.0.0.1.').waitFor();
    const stored = JSON.parse(await s.persistentStorage()) as { sync: { settings?: { selectors?: Record<string, unknown> } } };
    expect(stored.sync.settings?.selectors).toEqual({ 'http://127.0.0.1': { hpi: '#hpi-note' } });
    // A fresh load reads them back (storage.sync.get, storage.managed.get).
    await page.reload();
    await page.getByText('http://127.0.0.1 — allowed').waitFor();
    expect(await page.getByLabel('CSS selector for the HPI (optional)').inputValue()).toBe('#hpi-note');
    await page.getByRole('textbox', { name: 'EHR address' }).fill('ftp://ehr.example.org');
    await page.getByRole('button', { name: 'Allow', exact: true }).first().click();
    await page.getByRole('status').getByText(/not a web address/).waitFor();
    await page.close();
  });

  it('runs the engine in a worker of the panel, and the privacy record would see a request from it', async () => {
    const page = await s.context.newPage();
    await page.goto(`chrome-extension://${s.extensionId}/sidepanel.html`);
    await expect.poll(() => page.workers().map((w) => w.url())).toContainEqual(expect.stringMatching(new RegExp(`^chrome-extension://${s.extensionId}/assets/worker-[\\w-]+\\.js$`)));
    const engine = page.workers()[0];
    // What a leak from the worker would look like (198.51.100.0/24 is reserved for documentation).
    await engine.evaluate(() => fetch('http://198.51.100.7/probe', { signal: AbortSignal.timeout(200) }).catch(() => undefined));
    await expect.poll(() => s.leaks).toContainEqual(expect.stringContaining('GET http://198.51.100.7/probe (from chrome-extension://'));
    await page.close();
  });

  it('raises no error in any extension page', () => {
    expect(s.pageErrors).toEqual([]);
  });
});
