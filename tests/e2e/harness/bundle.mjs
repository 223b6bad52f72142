// Bundles a TypeScript module of the project into one browser script with Vite's build API, so benchmarks can run
// the project's own code in a plain https page (real Chromium IndexedDB, real layout) without an extension page.
import { build } from 'vite';
import { ROOT } from './browser.mjs';

/** Returns the code of an IIFE that puts the module's exports on `window[globalName]`. */
export async function bundleForBrowser(entry, globalName) {
  const result = await build({
    root: ROOT,
    configFile: false,
    logLevel: 'silent',
    resolve: { alias: { '@': ROOT, '~': ROOT } },
    build: {
      write: false,
      minify: true,
      lib: { entry, name: globalName, formats: ['iife'], fileName: () => 'bundle.js' },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  const chunk = outputs.flatMap((o) => o.output).find((o) => o.type === 'chunk');
  if (!chunk) throw new Error(`bundling ${entry} produced no script`);
  return chunk.code;
}
