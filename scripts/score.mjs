#!/usr/bin/env node
// Scores a saved job page from the command line (see cli/score.ts for the options).
// The scorer is TypeScript under lib/, so this loads cli/score.ts through Vite's SSR module loader: the same code
// and the same `@/` alias as the extension, with no build step and no extra dependency. Nothing is written to disk.
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');

const server = await createServer({
  root,
  configFile: false,
  resolve: { alias: [{ find: /^@\//, replacement: `${root}/` }] },
  server: { middlewareMode: true, watch: null, hmr: false, ws: false },
  optimizeDeps: { noDiscovery: true, include: [] },
  appType: 'custom',
  logLevel: 'silent',
});

try {
  const { main } = await server.ssrLoadModule('/cli/score.ts');
  process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
} catch (error) {
  process.stderr.write(`score: could not load the scorer: ${error instanceof Error ? error.message : error}\n`);
  process.exitCode = 2;
} finally {
  await server.close();
}
