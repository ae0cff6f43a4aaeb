import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    globalSetup: ['scripts/corpus-notice.ts'],
    include: ['engine/**/*.test.ts', 'dom/**/*.test.ts', 'storage/**/*.test.ts', 'components/**/*.test.{ts,tsx}', 'entrypoints/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'utils/**/*.test.ts'],
  },
});
