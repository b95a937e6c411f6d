import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { WxtBrowser } from 'wxt/browser';
import { installE2eHook, type E2eHook } from '@/entrypoints/background/e2e';
import { ASSESS_MENU_ID } from '@/entrypoints/background/menus';
import { loadCapture } from '@/entrypoints/background/store';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const b = fakeBrowser as unknown as WxtBrowser;

describe('end-to-end test hook', () => {
  it('reaches the right-click handler and tolerates the side panel refusing to open without a gesture', async () => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined as never);
    Object.assign(fakeBrowser, { sidePanel: { open: vi.fn().mockRejectedValue(new Error('may only be called in response to a user gesture')) } });
    installE2eHook(b);
    const hook = (globalThis as { __e2e?: E2eHook }).__e2e!;
    await hook.menuClick({ menuItemId: ASSESS_MENU_ID, selectionText: 'LBP with saddle anaesthesia', editable: false, pageUrl: 'http://127.0.0.1/x' }, { id: 3 } as never);
    expect((await loadCapture(b, 3))?.text).toBe('LBP with saddle anaesthesia');
    delete (globalThis as { __e2e?: E2eHook }).__e2e;
    delete (fakeBrowser as { sidePanel?: unknown }).sidePanel;
  });
});

/**
 * Builds the production background into a temporary folder (the real .output is left alone).
 * The e2e suite proves the other side: in the e2e build the hook is there under this name.
 */
function buildProductionBackground(outDir: string): string {
  const script = `import { build } from 'wxt'; await build({ mode: 'production', outDir: ${JSON.stringify(outDir)}, filterEntrypoints: ['background'] });`;
  // NODE_ENV unset, as for `wxt build` from a shell (the test runner sets it to "test").
  const { NODE_ENV: _unset, ...env } = process.env;
  execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], env });
  return readFileSync(join(outDir, 'chrome-mv3', 'background.js'), 'utf8');
}

describe('production build', () => {
  let tmp: string;
  let background: string;
  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'backpain-build-'));
    background = buildProductionBackground(tmp);
  }, 120_000);
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('the production background.js has no test hook', () => {
    expect(background).toContain('assess-selection');
    expect(background).not.toContain('__e2e');
    expect(background).not.toContain('menuClick');
  });
});
