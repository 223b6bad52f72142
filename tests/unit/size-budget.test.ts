import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONTENT_SCRIPT_GZIP_BUDGET, enforceContentScriptBudget } from '../../scripts/size-budget.mjs';

/** A built extension folder whose content scripts gzip to about the given sizes (random bytes barely compress). */
function builtWith(scripts: Record<string, number>): string {
  const outDir = mkdtempSync(join(tmpdir(), 'size-budget-'));
  mkdirSync(join(outDir, 'content-scripts'));
  for (const [name, bytes] of Object.entries(scripts)) {
    writeFileSync(join(outDir, 'content-scripts', name), randomBytes(bytes).toString('base64').slice(0, bytes));
  }
  return outDir;
}

describe('content script size budget', () => {
  it('is 30 KB gzip for every content script, LinkedIn included', () => {
    expect(CONTENT_SCRIPT_GZIP_BUDGET).toBe(30 * 1024);
  });

  it('prints every script and passes when all are within it', () => {
    const log = vi.fn();
    enforceContentScriptBudget(builtWith({ 'lever.js': 2_000, 'linkedin.js': 3_000 }), log);
    expect(log.mock.calls[0]?.[0]).toMatch(/content-scripts\/linkedin\.js.*gzip\n.*content-scripts\/lever\.js/s);
  });

  it('fails the build naming each script over it', () => {
    const outDir = builtWith({ 'lever.js': 2_000, 'linkedin.js': 60_000 });
    expect(() => enforceContentScriptBudget(outDir, () => undefined)).toThrow(
      /^Content script size budget exceeded: content-scripts\/linkedin\.js is [\d.]+ KB gzip, budget 30\.0 KB\.$/,
    );
  });
});
