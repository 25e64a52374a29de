import { defineConfig } from 'vitest/config';

// Three tiers, cheapest first: unit (pure logic), site (a real build, read from dist/), e2e (headless Chromium).
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
  },
});
