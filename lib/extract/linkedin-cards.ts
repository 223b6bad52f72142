import { allMatches, cleanText, firstMatch, parseSalaryText, toIsoDate } from '@/lib/extract/common';
import { PostingDraft } from '@/lib/extract/linkedin';
import { CARD_SELECTORS as C, everyMatch, firstText, visibleText } from '@/lib/extract/linkedin-selectors';
import {
  closedPhrase,
  isActivelyReviewing,
  isApplied,
  isEarlyApplicantBadge,
  isEasyApply,
  isPromoted,
  isViewed,
  jobIdFromLink,
  jobIdFromUrn,
  looksLikeSalary,
  parseApplicants,
  splitWorkplaceSuffix,
} from '@/lib/extract/linkedin-text';
import type { Posting } from '@/lib/posting';
import { isRepostText, parseRelativeTime } from '@/lib/text/relative-time';

/**
 * Every job card in a LinkedIn list: the guest search page, the guest seeMoreJobPostings fragment, logged-in search
 * and collections lists, and a job view's similar-jobs side list. Each card becomes a `view: 'card'` Posting whose
 * url is the job's canonical /jobs/view/{id}/ address. A card without a job id or a title is skipped, not an error:
 * LinkedIn keeps off-screen list items empty until they scroll into view.
 */

export interface LinkedInCard {
  element: Element;
  posting: Posting;
}

/** Card roots, outermost first: a list item holding a card container is one card, not two. */
function cardElements(root: ParentNode): Element[] {
  const found = everyMatch(root, C.card);
  return found.filter((card) => !found.some((other) => other !== card && other.contains(card)));
}

/** The card's job id: its own urn or id attribute, its list item's, or the job its link opens. */
function cardJobId(card: Element, base: string): string | undefined {
  for (const attribute of C.idAttribute) {
    const id = jobIdFromUrn(card.getAttribute(attribute));
    if (id) return id;
  }
  const item = card.closest('[data-occludable-job-id]')?.getAttribute('data-occludable-job-id');
  return jobIdFromUrn(item) ?? jobIdFromLink(firstMatch(card, C.link)?.element.getAttribute('href'), base);
}

/** A `time[datetime]` day is exact; otherwise the relative text ("2 weeks ago", "Il y a 3 semaines") gives a range. */
function readTime(draft: PostingDraft, card: Element, now: Date): void {
  const time = firstMatch(card, C.time)?.element;
  if (!time) return;
  const datetime = time.getAttribute('datetime')?.trim() ?? '';
  const exact = /^\d{4}-\d{2}-\d{2}/.test(datetime) ? toIsoDate(datetime) : undefined;
  const text = visibleText(time) ?? '';
  if (isRepostText(text)) draft.set('reposted', { text }, 'text');
  if (exact) draft.set('posted', { kind: 'exact', date: exact }, 'dom');
  draft.set('posted', parseRelativeTime(text, now), 'text');
}

/** The location line, its "(Hybride)" workplace suffix, and a salary when LinkedIn lists one beside it. */
function readMetadata(draft: PostingDraft, card: Element): void {
  for (const element of allMatches(card, C.metadata)?.elements ?? []) {
    const text = visibleText(element);
    if (!text) continue;
    if (looksLikeSalary(text)) {
      draft.set('salary', parseSalaryText(text), 'dom');
      continue;
    }
    const { location, workplace } = splitWorkplaceSuffix(text);
    draft.set('locations', location ? [location] : undefined, 'dom');
    draft.set('workplace', workplace, 'dom');
  }
  draft.set('salary', parseSalaryText(firstText(card, C.salary)?.text), 'dom');
}

/** Footer labels ("Promoted", "Viewed", "Easy Apply", "18 candidats", "Reposted …") and insight badges. */
function readLabels(draft: PostingDraft, card: Element): void {
  for (const item of everyMatch(card, C.footerItem)) {
    const text = visibleText(item);
    if (!text) continue;
    if (isViewed(text)) draft.flag('viewed', true, 'dom');
    if (isApplied(text)) draft.flag('applied', true, 'dom');
    if (isPromoted(text)) draft.flag('promoted', true, 'dom');
    if (isEasyApply(text)) draft.flag('easyApply', true, 'dom');
    if (isRepostText(text)) draft.set('reposted', { text }, 'text');
    draft.applicants(parseApplicants(text), 'text');
  }
  for (const badge of everyMatch(card, C.badge)) {
    const text = visibleText(badge) ?? '';
    if (isEarlyApplicantBadge(text)) draft.flag('earlyApplicant', true, 'dom');
    if (isActivelyReviewing(text)) draft.flag('activelyReviewing', true, 'dom');
  }
  const closed = closedPhrase(visibleText(card) ?? '');
  draft.set('closed', closed ? { reason: closed } : undefined, 'text');
}

/** One card as a Posting, or undefined when it has no job id or title yet. `base` resolves its links. */
export function readCard(card: Element, base: string, now: Date): Posting | undefined {
  const id = cardJobId(card, base);
  if (!id) return undefined;
  const draft = new PostingDraft();
  draft.set('title', firstText(card, C.title)?.text, 'dom');
  draft.set('company', firstText(card, C.company)?.text, 'dom');
  readMetadata(draft, card);
  readTime(draft, card, now);
  readLabels(draft, card);
  const built = draft.build(id, 'dom', 'card');
  return built.ok ? built.posting : undefined;
}

/** Every readable job card under `root`, in page order. `url` is the list page's address. */
export function extractLinkedInCards(root: ParentNode, url: string, now: Date): LinkedInCard[] {
  const cards: LinkedInCard[] = [];
  for (const element of cardElements(root)) {
    const posting = readCard(element, url, now);
    if (posting) cards.push({ element, posting });
  }
  return cards;
}

/** The card's job id and text: equal keys mean an unchanged card, so the UI scores each card once per content. */
export function cardContentKey(element: Element): string {
  const id = cardJobId(element, 'https://www.linkedin.com/') ?? '';
  return `${id}|${cleanText(element.textContent) ?? ''}`;
}
