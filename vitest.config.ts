import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'node',
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    // Fails any test during which a sentinel patient phrase reaches the console.
    setupFiles: ['test/setup/console-guard.ts'],
  },
});
