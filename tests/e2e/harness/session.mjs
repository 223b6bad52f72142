// One test's world: the local job sites and a fresh browser profile with the extension, torn down after the test.
import { launchWithExtension } from './browser.mjs';
import { FixtureServer } from './server.mjs';
import { addSampleSites } from './sites.mjs';

/**
 * Starts the sample sites (plus `routes(server)` for the test's own pages) and the browser; both stop when the test
 * ends. Pass `profileDir` (and `keepProfile`) to reopen the same profile, as a browser restart does.
 */
export async function startSession(t, { routes, profileDir, keepProfile = false, args } = {}) {
  const server = addSampleSites(new FixtureServer());
  routes?.(server);
  await server.start();
  let browser;
  try {
    browser = await launchWithExtension(server, { ...(profileDir ? { profileDir } : {}), ...(args ? { args } : {}) });
  } catch (error) {
    await server.stop();
    throw error;
  }
  t.after(async () => {
    await browser.close({ keepProfile }).catch(() => undefined);
    await server.stop();
  });
  return { server, browser };
}
