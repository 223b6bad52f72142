import 'fake-indexeddb/auto';
import { configure } from '@testing-library/preact';
import { beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';

beforeEach(() => {
  fakeBrowser.reset();
});

// A wait for a condition is not a time limit on the code (speed is the benchmarks' business): on a loaded machine
// a re-render or a store round trip can take seconds, so waits give up only after 30 s unless a test says otherwise.
const WAIT_MS = 30_000;
configure({ asyncUtilTimeout: WAIT_MS });
const waitFor = vi.waitFor;
vi.waitFor = ((callback, options) =>
  waitFor(callback, typeof options === 'number' ? options : { timeout: WAIT_MS, ...options })) as typeof vi.waitFor;
