import { fakeBrowser } from 'wxt/testing';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import linkedinLists from '@/entrypoints/linkedin-lists.content/index';
import type { BackgroundMessage, CardResult } from '@/lib/messages';
import type { Posting } from '@/lib/posting';
import type { Score } from '@/lib/score/types';
import { fixtureHtml } from '../../extract/linkedin-fixtures';
import { makeCardResult, makeScore } from '../../helpers/results';
import { setUrl } from '../page';

/** A stand-in background for the job-list tests, the pages they load and ways to read the pills. */

const BANDS = [
  { id: 'active', name: 'Actively Hiring', min: 80, max: 100 },
  { id: 'likely', name: 'Likely Active', min: 65, max: 79 },
  { id: 'uncertain', name: 'Uncertain', min: 50, max: 64 },
  { id: 'stale', name: 'Possibly Stale', min: 35, max: 49 },
  { id: 'ghost', name: 'Likely Ghost', min: 0, max: 34 },
] as const;

/** A score of `value` in the default bands, whose top reason is "Posted 3 days ago". */
export function scoreOf(value: number, overrides: Partial<Score> = {}): Score {
  const band = BANDS.find((b) => value >= b.min) ?? BANDS[4];
  return makeScore({ value, band: { ...band, label: `${band.name} (${band.min}–${band.max})` }, ...overrides });
}

/** The score the fake background gives a job by default: 40–89, from its id. */
export const defaultValue = (id: string) => 40 + (Number(id) % 50);

export interface CardsBackground {
  /** Every cards:seen message's postings, in order. */
  batches: Posting[][];
  /** Whether each of those messages asked to score again without recording (`rescore`). */
  rescores: boolean[];
  /** How a posting is scored; replace it to change what later answers say. */
  score: (posting: Posting) => Score;
  /** The title keywords a posting matches (the real background matches the settings' keywords). */
  keywords: (posting: Posting) => string[];
  /** Job ids the user hid; job:set-hidden changes it, unless `refuseHiding` says why it cannot. */
  hidden: Set<string>;
  refuseHiding?: string;
  /** Every job:set-hidden message, in order. */
  hides: { id: string; hidden: boolean }[];
}

/** A stand-in background answering cards:seen as the real one does, marks from the cards' own labels. */
export function fakeCardsBackground(): CardsBackground {
  const background: CardsBackground = {
    batches: [],
    rescores: [],
    score: (posting) => scoreOf(defaultValue(posting.id)),
    keywords: () => [],
    hidden: new Set(),
    hides: [],
  };
  fakeBrowser.runtime.onMessage.addListener((received: unknown) => {
    const message = received as BackgroundMessage;
    if (message.type === 'job:set-hidden') {
      background.hides.push({ id: message.id, hidden: message.hidden });
      if (background.refuseHiding) return Promise.resolve({ ok: false, error: background.refuseHiding });
      if (message.hidden) background.hidden.add(message.id);
      else background.hidden.delete(message.id);
      return Promise.resolve({ ok: true, hidden: message.hidden });
    }
    if (message.type !== 'cards:seen') return undefined;
    background.batches.push(message.postings);
    background.rescores.push(message.rescore === true);
    const results: CardResult[] = message.postings.map((posting) =>
      makeCardResult({
        source: posting.source,
        id: posting.id,
        score: background.score(posting),
        hidden: background.hidden.has(posting.id),
        marks: {
          viewed: posting.flags.viewed === true,
          applied: posting.flags.applied === true,
          reposted: posting.reposted !== undefined,
        },
        keywords: background.keywords(posting),
      }),
    );
    return Promise.resolve({ ok: true, results });
  });
  return background;
}

/** Every posting id sent so far, in order. */
export const idsSent = (background: CardsBackground) => background.batches.flat().map((posting) => posting.id);

/** A saved LinkedIn page (tests/fixtures/linkedin/<name>.html) as the document, at `url`. */
export function loadFixture(name: string, url: string): void {
  setUrl(url);
  document.documentElement.innerHTML = fixtureHtml(name)
    .replace(/<iframe\b[\s\S]*?(?:<\/iframe>|$)/gi, '')
    .replace(/^[\s\S]*?<html[^>]*>/i, '')
    .replace(/<\/html>[\s\S]*$/i, '');
}

/** A guest search card as LinkedIn serves it, trimmed to what the extractor reads. */
export function guestCard(id: string, title: string, company = 'Acme', when = '3 days ago'): string {
  return `<li><div class="base-card relative base-search-card job-search-card" data-entity-urn="urn:li:jobPosting:${id}">
  <a class="base-card__full-link" href="https://www.linkedin.com/jobs/view/${id}/"><span class="sr-only">${title}</span></a>
  <div class="base-search-card__info">
    <h3 class="base-search-card__title">${title}</h3>
    <h4 class="base-search-card__subtitle"><a class="hidden-nested-link" href="https://www.linkedin.com/company/x">${company}</a></h4>
    <div class="base-search-card__metadata"><span class="job-search-card__location">Berlin, Germany</span>
    <time class="job-search-card__listdate">${when}</time></div>
  </div></div></li>`;
}

export function pillHosts(root: ParentNode = document): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('still-hiring-card-pill')];
}

/** The pill inside a host's shadow root. */
export function pillIn(host: HTMLElement | undefined): HTMLElement | null {
  return host?.shadowRoot?.querySelector<HTMLElement>('[data-testid="still-hiring-card-pill"]') ?? null;
}

/** The one pill of a card; throws when the card has more than one. */
export function pillOf(card: Element): HTMLElement | null {
  const hosts = pillHosts(card);
  if (hosts.length > 1) throw new Error(`${hosts.length} pills on one card`);
  return pillIn(hosts[0]);
}

export function bars(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('still-hiring-hidden-bar')];
}

export function barButton(bar: HTMLElement | undefined): HTMLButtonElement | null {
  return bar?.shadowRoot?.querySelector('button') ?? null;
}

export const treatmentOf = (element: Element | null | undefined) => element?.getAttribute('data-still-hiring-card');

let ctx: ContentScriptContext | undefined;

/** Runs LinkedIn's job-list content script. */
export async function startCards(): Promise<void> {
  ctx = new ContentScriptContext('linkedin-lists', linkedinLists);
  await linkedinLists.main(ctx);
}

export function stopCards(): void {
  ctx?.notifyInvalidated();
  ctx = undefined;
}

/** Lets a mutation reach the next animation frame and its answer come back. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
