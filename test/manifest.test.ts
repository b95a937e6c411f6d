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

describe('wxt.config extension API per build', () => {
  type ExtendConfig = (entrypoints: Array<{ type: string }>, config: { resolve?: { alias?: unknown } }) => void;
  const extend = (config.hooks as unknown as Record<string, ExtendConfig>)['vite:build:extendConfig'];
  const aliasFor = (...types: string[]) => {
    const vite: { resolve?: { alias?: unknown } } = { resolve: { alias: { '@': '/src' } } };
    extend(types.map((type) => ({ type })), vite);
    return vite.resolve?.alias as Record<string, string>;
  };

  it('points wxt/browser at the native API for content scripts and for the side panel and options pages', () => {
    expect(aliasFor('content-script')['wxt/browser']).toMatch(/entrypoints[\\/]ehr\.content[\\/]browser\.ts$/);
    expect(aliasFor('sidepanel', 'options')['wxt/browser']).toMatch(/entrypoints[\\/]ehr\.content[\\/]browser\.ts$/);
    expect(aliasFor('sidepanel', 'options')['@']).toBe('/src');
  });

  it('leaves the background, and any build group with another kind of entrypoint, on the polyfill', () => {
    expect(aliasFor('background')['wxt/browser']).toBeUndefined();
    expect(aliasFor('sidepanel', 'options', 'popup')['wxt/browser']).toBeUndefined();
  });
});
