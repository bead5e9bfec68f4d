import { defineConfig } from 'vitest/config';

// Firefox ESR with the built Firefox add-on (puppeteer-core over WebDriver BiDi); one browser at a time.
export default defineConfig({
  test: {
    include: ['tests/e2e-firefox/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
