import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Posting } from '@/lib/posting';

/** The LinkedIn pages under tests/fixtures/linkedin and their golden files (README.md there says where each came from). */

/** Vitest runs from the project root. */
const DIR = join(process.cwd(), 'tests/fixtures/linkedin');

/** A golden file: what a person reading the page sees, in Posting terms. `null` means the page does not show it. */
export interface Golden {
  url: string;
  now: string;
  ok?: boolean;
  reason?: string;
  posting?: Record<string, unknown>;
  descriptionText?: { startsWith: string; endsWith: string; contains: string[] } | null;
  skills?: { startsWith?: string[]; includes?: string[]; exact?: string[] };
  /** Registry entries and the selectors of each that must find something on this page. */
  registry?: Record<string, string[]>;
  cards?: Record<string, unknown>[];
  cardRegistry?: Record<string, string[]>;
}

export function fixtureNames(): string[] {
  return readdirSync(DIR)
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.slice(0, -'.html'.length))
    .sort();
}

export function fixtureHtml(name: string): string {
  return readFileSync(join(DIR, `${name}.html`), 'utf8');
}

export function golden(name: string): Golden {
  return JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), 'utf8')) as Golden;
}

// happy-dom reports every stylesheet and iframe it is not allowed to load; the extractors read neither.
(
  window as unknown as { happyDOM: { settings: Record<string, unknown> } }
).happyDOM.settings.handleDisabledFileLoadingAsSuccess = true;

/**
 * A document from saved HTML. Iframes, closed or cut off, are dropped because happy-dom logs an error for each one it
 * does not load.
 */
export function parsePage(html: string): Document {
  return new DOMParser().parseFromString(html.replace(/<iframe\b[\s\S]*?(?:<\/iframe>|$)/gi, ''), 'text/html');
}

/**
 * The fields a list card can show, `null` where it shows none: the shape of a golden file's `cards`. A card's
 * experienceLevel can only come from its title.
 */
export function cardView(posting: Posting): Record<string, unknown> {
  const { id, title, company, locations, workplace, experienceLevel, salary } = posting;
  const { posted, reposted, applicants, closed, flags } = posting;
  const fields = {
    id,
    title,
    company,
    locations,
    workplace,
    experienceLevel,
    salary,
    posted,
    reposted,
    applicants,
    closed,
    flags,
  };
  return Object.fromEntries(Object.entries(fields).map(([key, value]) => [key, value ?? null]));
}
