import { defineConfig } from 'wxt';

export const PERMISSIONS = ['storage', 'contextMenus', 'activeTab', 'scripting'];

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'Back Pain CDS',
    description:
      'Clinical decision support for back-pain visits, beside the chart. Supports, does not replace, clinical judgement. Nothing leaves the browser.',
    permissions: [...PERMISSIONS],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'backpain-cds@example.org',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {
          // A toolbar button, so background.ts can make clicking it open the side panel.
          action: { default_title: 'Back pain assessment' },
        }),
  }),
});
