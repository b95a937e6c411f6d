import { defineWebExtConfig } from 'wxt';

// `wxt dev` cannot launch a browser on this headless machine; load the build by hand.
export default defineWebExtConfig({ disabled: true });
