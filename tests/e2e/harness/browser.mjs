// Launches Debian's Chromium with the built extension loaded, through playwright-core (which never downloads a browser).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
const CHROMIUM_PATHS = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium'].filter(Boolean);

/** The Chromium binary to drive, or a sentence saying how to get one. */
export function findChromium() {
  const found = CHROMIUM_PATHS.find((p) => existsSync(p));
  if (found) return { ok: true, path: found };
  return {
    ok: false,
    reason:
      'Chromium is not installed: run `sudo apt-get install -y chromium` (or set CHROMIUM_PATH to a Chromium binary).',
  };
}

/** Throws a readable error when the extension has not been built. */
export function assertExtensionBuilt() {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`The extension is not built: ${EXTENSION_DIR} is missing. Run \`npx wxt build\` first.`);
  }
}

export function newProfileDir() {
  return mkdtempSync(join(tmpdir(), 'still-hiring-profile-'));
}

/**
 * Opens a persistent context (extensions need one) with the extension loaded and the job-site hosts mapped to the
 * local server. Returns { context, worker, extensionId, close }. `profileDir` is reused by the restart test; `args`
 * adds switches (the permission-prompt tests open Chromium's UI DevTools with them).
 */
export async function launchWithExtension(
  server,
  { profileDir = newProfileDir(), headless = true, viewport, handleSIGINT = true, args = [] } = {},
) {
  assertExtensionBuilt();
  const chromiumPath = findChromium();
  if (!chromiumPath.ok) throw new Error(chromiumPath.reason);
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath.path,
    headless,
    // The demo handles Ctrl-C itself so it can remove its profile; Playwright's own handler exits at once.
    handleSIGINT,
    viewport: viewport ?? { width: 1280, height: 900 },
    // Playwright passes --disable-extensions by default; Chromium 156 lets --disable-extensions-except override it,
    // but dropping it keeps the launch independent of which flag a given Chromium lets win.
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      `--host-resolver-rules=${server.hostResolverRules}`,
      '--ignore-certificate-errors',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Headless Chromium's screen is 800x600 unless told otherwise, and a popup is then held to 510 px high: shorter
      // than the 600 px the popup is laid out for, so its document scrolls and a scrollbar widens it. A laptop's screen.
      '--screen-info={1280x900}',
      ...args,
    ],
  });
  let worker;
  try {
    worker =
      context.serviceWorkers().find(isOurs) ??
      (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 15_000 }));
  } catch (error) {
    // A browser left running would keep the test process alive forever.
    await context.close();
    rmSync(profileDir, { recursive: true, force: true });
    throw new Error(`The extension's service worker did not start (was ${EXTENSION_DIR} rebuilt meanwhile?)`, {
      cause: error,
    });
  }
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    profileDir,
    /** Closes the browser; removes the profile unless `keepProfile` (the restart test reopens it). */
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

function isOurs(worker) {
  return worker.url().startsWith('chrome-extension://') && worker.url().endsWith('/background.js');
}
