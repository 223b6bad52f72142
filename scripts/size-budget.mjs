// The content scripts run on every job page the user opens, so their size is a budget the build enforces
// (wxt.config.ts, build:done) and bench-browser.mjs prints. Plain JS so both TypeScript and Node import it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const CONTENT_SCRIPT_GZIP_BUDGET = 30 * 1024;

/** Raw and gzip size of each content script in a built extension folder, largest gzip first. */
export function contentScriptSizes(outDir) {
  const dir = join(outDir, 'content-scripts');
  let names;
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.js'));
  } catch {
    return [];
  }
  return names
    .map((name) => {
      const bytes = readFileSync(join(dir, name));
      return { file: `content-scripts/${name}`, raw: bytes.length, gzip: gzipSync(bytes).length };
    })
    .sort((a, b) => b.gzip - a.gzip);
}

const kb = (bytes) => (bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`);

/** One line per script: "content-scripts/lever.js  41.2 KB raw  12.3 KB gzip". */
export function formatSizes(sizes) {
  const width = Math.max(0, ...sizes.map((s) => s.file.length));
  return sizes.map((s) => `${s.file.padEnd(width)}  ${kb(s.raw).padStart(9)} raw  ${kb(s.gzip).padStart(8)} gzip`);
}

/** Prints the sizes and throws, naming the offenders, when a content script is over the gzip budget. */
export function enforceContentScriptBudget(outDir, log = console.log, budget = CONTENT_SCRIPT_GZIP_BUDGET) {
  const sizes = contentScriptSizes(outDir);
  if (sizes.length === 0) return;
  log(`Content script sizes (budget ${kb(budget)} gzip each):\n${formatSizes(sizes).join('\n')}`);
  const over = sizes.filter((s) => s.gzip > budget);
  if (over.length > 0) {
    throw new Error(
      `Content script size budget exceeded: ${over.map((s) => `${s.file} is ${kb(s.gzip)} gzip`).join('; ')}, budget ${kb(budget)}.`,
    );
  }
}
