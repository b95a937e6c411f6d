/**
 * The built manifests, not just the config: a production build for Chrome and for Firefox
 * (into a scratch folder, so .output is left alone), checked against the permissions the README
 * documents, exactly.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const BROWSERS = ['chrome', 'firefox'] as const;
type Target = (typeof BROWSERS)[number];

interface Manifest {
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: Array<{ matches?: string[] }>;
  web_accessible_resources?: unknown[];
  externally_connectable?: unknown;
  content_security_policy?: { extension_pages?: string; sandbox?: string } | string;
  sandbox?: unknown;
  [key: string]: unknown;
}

let outDir = '';
const manifests = {} as Record<Target, Manifest>;
const folders = {} as Record<Target, string>;

beforeAll(() => {
  outDir = mkdtempSync(join(tmpdir(), 'manifest-check-'));
  for (const browser of BROWSERS) {
    // The same build as `npx wxt build [-b firefox]`, only written elsewhere.
    const script = `import { build } from 'wxt'; await build({ browser: ${JSON.stringify(browser)}, mode: 'production', outDir: ${JSON.stringify(outDir)} });`;
    execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, stdio: 'pipe', timeout: 240_000 });
    folders[browser] = join(outDir, `${browser}-mv3`);
    manifests[browser] = JSON.parse(readFileSync(join(folders[browser], 'manifest.json'), 'utf8'));
  }
}, 300_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

/** The permission table of the README's "Security and privacy" section. */
function documented(): Array<{ name: string; kind: string; chrome: boolean; firefox: boolean }> {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf('### Permissions');
  expect(start, 'README has a "### Permissions" section').toBeGreaterThanOrEqual(0);
  const section = readme.slice(start).split(/\n#{2,3} /)[0];
  return section
    .split('\n')
    .filter((l) => /^\|\s*`/.test(l))
    .map((l) => {
      const [name, kind, chrome, firefox] = l.split('|').slice(1).map((c) => c.trim());
      return { name: name.replace(/`/g, ''), kind, chrome: chrome === 'yes', firefox: firefox === 'yes' };
    });
}

const sorted = (a: string[] | undefined) => [...(a ?? [])].sort();
const docFor = (browser: Target, kind: string) =>
  documented()
    .filter((d) => d.kind === kind && d[browser])
    .map((d) => d.name)
    .sort();

describe.each(BROWSERS)('the built %s manifest', (browser) => {
  const m = () => manifests[browser];

  it('requests exactly the documented permissions', () => {
    const expected = browser === 'chrome' ? ['activeTab', 'contextMenus', 'scripting', 'sidePanel', 'storage'] : ['activeTab', 'contextMenus', 'scripting', 'storage'];
    expect(sorted(m().permissions)).toEqual(expected);
    expect(sorted(m().permissions)).toEqual(docFor(browser, 'permission'));
    expect(m().optional_permissions ?? []).toEqual([]);
  });

  it('has no host permissions at install, and exactly the documented optional ones', () => {
    expect(m().host_permissions).toBeUndefined();
    expect(sorted(m().optional_host_permissions)).toEqual(['http://*/*', 'https://*/*']);
    expect(sorted(m().optional_host_permissions)).toEqual(docFor(browser, 'optional host'));
  });

  it('declares no content script (the reader is injected on a click or registered per allowed origin)', () => {
    expect(m().content_scripts ?? []).toEqual([]);
    expect(JSON.stringify(m())).not.toContain('<all_urls>');
  });

  it('exposes no page or resource to web pages, and accepts no messages from them', () => {
    expect(m().web_accessible_resources).toBeUndefined();
    expect(m().externally_connectable).toBeUndefined();
    expect(m().sandbox).toBeUndefined();
  });

  it('has a content security policy that allows no remote or inline script and no eval', () => {
    const csp = m().content_security_policy;
    // Absent means the browser's MV3 default: script-src 'self'; object-src 'self'.
    if (csp === undefined) return;
    const policy = typeof csp === 'string' ? csp : (csp.extension_pages ?? '');
    expect(policy).not.toMatch(/https?:|\*|'unsafe-eval'|'unsafe-inline'|'wasm-unsafe-eval'|data:|blob:/);
  });

  it('its pages load only their own bundled scripts', () => {
    const pages = readdirSync(folders[browser]).filter((f) => f.endsWith('.html'));
    expect(pages.sort()).toEqual(['options.html', 'sidepanel.html']);
    for (const page of pages) {
      const html = readFileSync(join(folders[browser], page), 'utf8');
      const sources = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]*)"/g)].map((x) => x[1]);
      expect(sources.length, page).toBeGreaterThan(0);
      for (const src of sources) expect(src, page).toMatch(/^\/(?!\/)/);
      expect(html, page).not.toMatch(/<script\b(?![^>]*\bsrc=)[^>]*>\s*\S/);
    }
  });

  it('ships the chart reader only as a file the background injects', () => {
    expect(existsSync(join(folders[browser], 'content-scripts', 'ehr.js'))).toBe(true);
  });
});

/** A string only webextension-polyfill's bundled code contains. */
const POLYFILL_MARK = 'This script should only be loaded in a browser extension';

describe.each(BROWSERS)('the built %s scripts', (browser) => {
  const script = (...parts: string[]) => readFileSync(join(folders[browser], ...parts), 'utf8');
  /** The side panel's and the options page's scripts: every file their HTML loads, and the chunks those import. */
  const pageScripts = () => readdirSync(join(folders[browser], 'chunks')).map((f) => script('chunks', f));

  it('the background keeps webextension-polyfill (its hub answers by returning a promise from runtime.onMessage)', () => {
    expect(script('background.js')).toContain(POLYFILL_MARK);
  });

  it('the pages and the chart reader use the browser\'s own API, without the polyfill (wxt.config.ts)', () => {
    const pages = pageScripts();
    expect(pages.length).toBeGreaterThan(0);
    for (const js of pages) expect(js).not.toContain(POLYFILL_MARK);
    expect(script('content-scripts', 'ehr.js')).not.toContain(POLYFILL_MARK);
  });
});

describe('the README permission table', () => {
  it('lists each permission once, with a reason', () => {
    const rows = documented();
    expect(rows.length).toBeGreaterThanOrEqual(7);
    expect(new Set(rows.map((r) => r.name)).size).toBe(rows.length);
  });
});
