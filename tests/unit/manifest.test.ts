import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The built manifests' permissions are spelled out here on purpose: widening them (a new permission, a new host)
 * must be a visible decision in a diff of this file, not a side effect of a config change.
 */

const root = resolve(__dirname, '../..');

function builtManifest(target: 'chrome-mv3' | 'firefox-mv3'): Record<string, unknown> {
  const file = resolve(root, '.output', target, 'manifest.json');
  if (!existsSync(file)) {
    const args = target === 'chrome-mv3' ? ['wxt', 'build'] : ['wxt', 'build', '-b', 'firefox', '--mv3'];
    execFileSync('npx', args, { cwd: root, stdio: 'ignore' });
  }
  return JSON.parse(readFileSync(file, 'utf8'));
}

const HOSTS = [
  'https://jobs.lever.co/*',
  'https://jobs.eu.lever.co/*',
  'https://*.myworkdayjobs.com/*',
  'https://*.myworkdaysite.com/*',
  'https://*.linkedin.com/*',
  'https://job-boards.greenhouse.io/*',
  'https://boards.greenhouse.io/*',
  'https://job-boards.eu.greenhouse.io/*',
  'https://boards.eu.greenhouse.io/*',
  'https://jobs.ashbyhq.com/*',
  'https://api.lever.co/*',
  'https://api.eu.lever.co/*',
  'https://boards-api.greenhouse.io/*',
  'https://api.ashbyhq.com/*',
];

describe.each(['chrome-mv3', 'firefox-mv3'] as const)('%s manifest', (target) => {
  const manifest = builtManifest(target);

  it('asks at install only for storage, activeTab (no warning, nothing until the toolbar button is clicked), alarms (the daily watch) and the job sites', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions).toEqual(['storage', 'activeTab', 'alarms']);
    expect([...(manifest.host_permissions as string[])].sort()).toEqual([...HOSTS].sort());
  });

  it('asks for a career site, and the scripting to read it, only when the user turns it on', () => {
    expect(manifest.optional_host_permissions).toEqual(['https://*/*']);
    expect(manifest.optional_permissions).toEqual(['scripting']);
  });

  it('names the product and has a popup and icons', () => {
    expect(manifest.name).toBe('Still Hiring');
    expect(manifest.version).toBe(JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')).version);
    expect(manifest.action).toMatchObject({ default_popup: 'popup.html' });
    expect(Object.keys(manifest.icons as object)).toEqual(['16', '32', '48', '128']);
  });

  it('runs content scripts only on job sites; the career sites’ script is registered at runtime, never here', () => {
    expect(JSON.stringify(manifest.content_scripts)).not.toContain('career-site');
    const scripts = (manifest.content_scripts ?? []) as { matches: string[] }[];
    for (const script of scripts) {
      for (const match of script.matches) {
        expect(HOSTS.some((host) => match.startsWith(host.replace(/\/\*$/, '/')))).toBe(true);
      }
    }
  });
});

it('tells Firefox that no data is collected', () => {
  const gecko = (builtManifest('firefox-mv3').browser_specific_settings as { gecko: Record<string, unknown> }).gecko;
  expect(gecko.id).toBe('still-hiring@still-hiring.app');
  expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
});
