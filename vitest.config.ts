import { defineConfig } from 'vitest/config';
import SummaryLineReporter from './tests/support/summary-line-reporter.js';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The machine is shared and has 2 cores: generous bounds, never timing assertions.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    setupFiles: ['tests/support/property-seed.ts'],
    reporters: ['default', new SummaryLineReporter()],
  },
});
