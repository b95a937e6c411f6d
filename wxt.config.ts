import { defineConfig } from 'wxt';

/** The extension's permissions: the documented set, asserted by test/manifest.test.ts. */
export const PERMISSIONS = ['storage', 'contextMenus', 'activeTab', 'scripting'];
/** EHR origins are requested one by one at run time from the options page; none at install. */
export const OPTIONAL_HOST_PERMISSIONS = ['https://*/*', 'http://*/*'];

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

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'Back Pain CDS',
    description:
      'Clinical decision support for back-pain visits, beside the chart. Supports, does not replace, clinical judgement. Nothing leaves the browser.',
    permissions: [...PERMISSIONS],
    optional_host_permissions: [...OPTIONAL_HOST_PERMISSIONS],
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
  hooks: {
    'build:publicAssets': (_wxt, assets) => {
      assets.push({ relativeDest: 'managed_schema.json', contents: JSON.stringify(MANAGED_SCHEMA, null, 2) });
    },
  },
});
