// The harness itself: the built extension loads into Debian's Chromium, its service worker runs, and a job-site
// page is served over HTTPS from the local server under its real host name.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { EXTENSION_DIR, launchWithExtension } from './harness/browser.mjs';
import { FixtureServer } from './harness/server.mjs';

let server;
let browser;

before(async () => {
  server = await new FixtureServer()
    .route('jobs.lever.co', '/smoke-co/00000000-0000-4000-8000-000000000000', {
      html: '<!doctype html><title>Smoke</title><h1>Served locally</h1>',
    })
    .start();
  browser = await launchWithExtension(server);
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

test('the extension loads and its service worker runs', async () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  assert.match(browser.extensionId, /^[a-p]{32}$/);
  const name = await browser.worker.evaluate(() => chrome.runtime.getManifest().name);
  assert.equal(name, manifest.name);
});

test('a job-site page is served over HTTPS under its real host, and the worker sees its tab', async () => {
  const page = await browser.context.newPage();
  const url = 'https://jobs.lever.co/smoke-co/00000000-0000-4000-8000-000000000000';
  await page.goto(url);
  assert.equal(await page.textContent('h1'), 'Served locally');
  assert.equal(await page.evaluate(() => window.isSecureContext && location.origin), 'https://jobs.lever.co');
  const tabs = await browser.worker.evaluate(async (u) => (await chrome.tabs.query({ url: u })).length, url);
  assert.equal(tabs, 1);
  assert.ok(server.requests.includes('jobs.lever.co/smoke-co/00000000-0000-4000-8000-000000000000'));
  await page.close();
});

test('hosts outside the job sites resolve nowhere, so nothing leaves the machine', async () => {
  const page = await browser.context.newPage();
  await assert.rejects(page.goto('https://example.com/'), /ERR_NAME_NOT_RESOLVED/);
  await page.close();
});
