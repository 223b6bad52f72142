import type { CompanyHistory, PostingHistory } from '@/lib/history';
import { compileKeywords, type Keyword, matchingKeywords } from '@/lib/lists/keywords';
import type { CardResult } from '@/lib/messages';
import type { Posting } from '@/lib/posting';
import { companyKey } from '@/lib/posting-keys';
import { scorePosting } from '@/lib/score';
import type { Settings } from '@/lib/settings';
import type { PostingMarks } from '@/lib/store/types';

/** What the background knows of one card's job when it answers `cards:seen`. */
export interface CardSighting {
  history: PostingHistory;
  company?: CompanyHistory;
  marks?: PostingMarks;
  hidden?: boolean;
}

/**
 * One card's answer: its score, and what the job lists' rules read from here. Its marks join what the card says to
 * what the store remembers (a detail pane that said "Applied", a repost the store detected); its keywords are
 * matched here, never on the page (lib/lists/keywords.ts says why).
 */
export function cardResult(
  posting: Posting,
  sighting: CardSighting,
  settings: Settings,
  keywords: readonly Keyword[],
  now: Date,
): CardResult {
  const { history, company, marks } = sighting;
  return {
    source: posting.source,
    id: posting.id,
    score: scorePosting(posting, { posting: history, company }, settings, now),
    blocked: posting.company !== undefined && settings.blockedCompanies.includes(companyKey(posting.company)),
    hidden: sighting.hidden === true,
    marks: {
      viewed: posting.flags.viewed === true || marks?.viewed !== undefined,
      applied: posting.flags.applied === true || marks?.applied !== undefined,
      reposted: posting.reposted !== undefined || marks?.reposted !== undefined || history.repostsSeen > 0,
    },
    keywords: keywords.length > 0 ? matchingKeywords(posting.title, keywords) : [],
  };
}

/**
 * The settings' title keywords, compiled once per list of terms (settings are replaced whole, so the list's identity
 * tells a change); none while the keyword rule is off.
 */
export function createKeywordCache(): (settings: Settings) => Keyword[] {
  let cached: { terms: readonly string[]; compiled: Keyword[] } | undefined;
  return (settings) => {
    const { mode, terms } = settings.listRules.keywords;
    if (mode === 'show') return [];
    if (cached?.terms !== terms) cached = { terms, compiled: compileKeywords(terms) };
    return cached.compiled;
  };
}
