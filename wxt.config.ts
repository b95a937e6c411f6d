import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';

/** The extension's permissions: the documented set, asserted by test/manifest.test.ts. */
export const PERMISSIONS = ['storage', 'contextMenus', 'activeTab', 'scripting'];
/** EHR origins are requested one by one at run time from the options page; none at install. */
export const OPTIONAL_HOST_PERMISSIONS = ['https://*/*', 'http://*/*'];
/**
 * The end-to-end test build (`wxt build --mode e2e`, written to .output/chrome-mv3-e2e) is
 * granted the local fixture server's origin, as if a user had allowed it in the options: the
 * background then registers the chart reader there, so fixture pages are read without a click.
 * The production manifest never has it (test/manifest.test.ts).
 */
export const E2E_HOST_PERMISSIONS = ['http://127.0.0.1/*'];

/** What an IT department may pre-set through managed storage (chrome.storage.managed). */
export const MANAGED_SCHEMA = {
  type: 'object',
  properties: {
    origins: {
      title: 'EHR origins',
      description: 'Origins (e.g. https://ehr.example.org) whose charts the extension reads once the user allows them.',
      type: 'array',
      items: { type: 'string' },
    },
    selectors: {
      title: 'Per-origin CSS selectors',
      description: 'Map from origin to {"chiefComplaint": selector, "hpi": selector}, overriding the heuristics.',
      type: 'object',
      additionalProperties: {
        type: 'object',
        properties: { chiefComplaint: { type: 'string' }, hpi: { type: 'string' } },
      },
    },
  },
};

/**
 * Content scripts, the side panel and the options page get the browser's own extension API
 * (`browser` in Firefox, `chrome` in Chrome) instead of webextension-polyfill: `wxt/browser`
 * resolves to entrypoints/ehr.content/browser.ts in their builds. That saves about 10 KB in
 * every EHR page the reader is injected into and in the pages' shared chunk. It is safe because
 * of what they call: in Chrome MV3 and Firefox MV3 every call they make returns a promise
 * natively (storage.sync/managed get and set, runtime.sendMessage, tabs.query, permissions
 * getAll/request/remove), and their runtime.onMessage listeners never answer, so the
 * polyfill's one extra (a listener answering by returning a promise) is not used. A request
 * nobody answers ends as no valid reply either way: the polyfill resolves undefined, Chrome
 * rejects, and the panel treats both as no answer. The background keeps the polyfill: its hub
 * answers the panel by returning a promise from runtime.onMessage, which Chrome does not support
 * natively. test/hardening/manifest.test.ts checks which built files carry the polyfill.
 */
const NATIVE_BROWSER = fileURLToPath(new URL('./entrypoints/ehr.content/browser.ts', import.meta.url));
/** The entrypoint types built that way; a build group with any other type (the background) keeps the polyfill. */
export const NATIVE_BROWSER_TYPES: ReadonlySet<string> = new Set(['content-script', 'sidepanel', 'options']);

type Alias = Record<string, string> | Array<{ find: string | RegExp; replacement: string }> | undefined;

function withNativeBrowser(alias: Alias): Alias {
  if (Array.isArray(alias)) return [{ find: 'wxt/browser', replacement: NATIVE_BROWSER }, ...alias.filter((a) => a.find !== 'wxt/browser')];
  return { ...(alias ?? {}), 'wxt/browser': NATIVE_BROWSER };
}

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  manifest: ({ browser, mode }) => ({
    name: mode === 'e2e' ? 'Back Pain CDS (end-to-end test build)' : 'Back Pain CDS',
    description:
      'Clinical decision support for back-pain visits, beside the chart. Supports, does not replace, clinical judgement. Nothing leaves the browser.',
    permissions: [...PERMISSIONS],
    optional_host_permissions: [...OPTIONAL_HOST_PERMISSIONS],
    ...(mode === 'e2e' ? { host_permissions: [...E2E_HOST_PERMISSIONS] } : {}),
    action: { default_title: 'Back pain assessment' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'backpain-cds@example.org',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : { storage: { managed_schema: 'managed_schema.json' } }),
  }),
  // The test build must compile and run exactly like production (production React, no JSX
  // debug info); WXT otherwise derives NODE_ENV from the mode. Only the manifest and the test hook differ.
  vite: ({ mode }) => {
    if (mode !== 'e2e') return {};
    process.env.NODE_ENV = 'production';
    return {
      plugins: [{ name: 'e2e-production-runtime', config: () => ({ define: { 'process.env.NODE_ENV': JSON.stringify('production') } }) }],
    };
  },
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => NATIVE_BROWSER_TYPES.has(e.type))) return;
      config.resolve ??= {};
      config.resolve.alias = withNativeBrowser(config.resolve.alias as Alias) as typeof config.resolve.alias;
    },
    'build:publicAssets': (_wxt, assets) => {
      assets.push({ relativeDest: 'managed_schema.json', contents: JSON.stringify(MANAGED_SCHEMA, null, 2) });
    },
  },
});
