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
});
