import { describe, expect, it } from 'vitest';
import config from '../wxt.config';

describe('wxt.config manifest', () => {
  it.each(['chrome', 'firefox'])(
    'requests exactly storage, contextMenus, activeTab, scripting and no host permissions (%s)',
    async (browser) => {
      const manifest = await (typeof config.manifest === 'function'
        ? config.manifest({ browser, manifestVersion: 3, mode: 'production', command: 'build' })
        : config.manifest);
      expect([...(manifest?.permissions ?? [])].sort()).toEqual([
        'activeTab',
        'contextMenus',
        'scripting',
        'storage',
      ]);
      expect(manifest?.host_permissions).toBeUndefined();
    },
  );

  it('grants the fixture origin 127.0.0.1 to the end-to-end test build only', async () => {
    const manifest = await (typeof config.manifest === 'function'
      ? config.manifest({ browser: 'chrome', manifestVersion: 3, mode: 'e2e', command: 'build' })
      : config.manifest);
    expect(manifest?.host_permissions).toEqual(['http://127.0.0.1/*']);
    expect([...(manifest?.permissions ?? [])].sort()).toEqual(['activeTab', 'contextMenus', 'scripting', 'storage']);
  });
});
