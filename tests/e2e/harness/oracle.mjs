// The expected score for a page comes from the project's command-line scorer (npm run score), run on the very
// page and API answer the local server sent, with the extension's own history and clock: the browser and the
// CLI must agree.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from './browser.mjs';

const run = promisify(execFile);

/** Runs the CLI on `html` at `url`; returns its { posting, score }. */
export async function scoreWithCli({ html, url, now, history, api }) {
  const dir = mkdtempSync(join(tmpdir(), 'still-hiring-oracle-'));
  try {
    const page = join(dir, 'page.html');
    writeFileSync(page, html);
    const args = [join(ROOT, 'scripts/score.mjs'), page, '--url', url, '--now', now.toISOString()];
    if (history) {
      writeFileSync(join(dir, 'history.json'), JSON.stringify(history));
      args.push('--history', join(dir, 'history.json'));
    }
    if (api !== undefined) {
      writeFileSync(join(dir, 'api.json'), JSON.stringify(api));
      args.push('--api', join(dir, 'api.json'));
    }
    const { stdout } = await run(process.execPath, args, { cwd: ROOT });
    return JSON.parse(stdout);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
