import { defineConfig } from 'vitest/config';

// Three tiers, cheapest first: unit (pure logic), site (one real build, read from disk), e2e (headless Chromium
// against that build). The site and e2e tiers share one build made by the global setup.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Browser tests share two cores with the static server: run files one after another.
          fileParallelism: false,
        },
      },
    ],
  },
});
