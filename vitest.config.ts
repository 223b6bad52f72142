import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    globals: true,
    environment: 'happy-dom',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
    restoreMocks: true,
    // Speed is checked by the benchmarks, never by a test's time limit: the limit only catches a test that hangs, so
    // it is set high enough that a loaded machine (fuzzing, saved pages parsed in happy-dom, CLI runs) never trips it.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    benchmark: { include: ['tests/bench/**/*.bench.ts'] },
  },
});
