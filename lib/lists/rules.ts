import type { PageSettings } from '@/lib/content/page-settings';
import type { CardResult } from '@/lib/messages';
import type { Posting } from '@/lib/posting';
import { postingAgeDays } from '@/lib/posting-age';
import { companyKey } from '@/lib/posting-keys';
import type { ListMode } from '@/lib/settings-defaults';

/**
 * The job lists' one rule list, the same for every site: each card is treated once, by the strongest treatment any
 * rule gives it (hide over dim over show), and its reason is the first rule in RULES that gives that treatment, so
 * the "N hidden" bar counts every hidden card once. A rule's treatment is its setting ('show' is off), except the
 * block list and the user's own hidden jobs, which always hide. Sites feed it through their ListSite
 * (lib/content/cards/list-site.ts); the background adds the job's history and keyword matches (CardResult).
 */

export type CardTreatment = ListMode;

/** What is known about one card: what it shows, and what the background answered for it. */
export interface CardFacts {
  posting: Posting;
  result: CardResult;
  /** The card's variant labels Easy Apply jobs (ListSite.labelsEasyApply). */
  labelsEasyApply: boolean;
}

interface Rule {
  /** What it does to a card it fires on. */
  treatment(settings: PageSettings): CardTreatment;
  fires(facts: CardFacts, settings: PageSettings, now: Date): boolean;
  /** How the bar names the cards it hid: "2 reposted", "1 below 40". */
  label(settings: PageSettings): string;
}

const always = (): CardTreatment => 'hide';

/** Read from the current settings, not the background's `blocked` flag: a change needs no new answer. */
export function isBlockedCompany(posting: Posting, settings: PageSettings): boolean {
  return posting.company !== undefined && settings.blockedCompanies.includes(companyKey(posting.company));
}

/** "More than N applicants" on a card that shows a count; "be among the first 25" is fewer, never more. */
function moreApplicants({ posting }: CardFacts, count: number): boolean {
  const applicants = posting.applicants;
  if (!applicants || posting.flags.earlyApplicant) return false;
  return applicants.count > count || (applicants.atLeast && applicants.count >= count);
}

/** In priority order: the first rule giving a hidden card its treatment is the reason the bar counts. */
export const RULES = {
  hiddenJob: { treatment: always, fires: ({ result }) => result.hidden, label: () => 'hidden by you' },
  blocked: {
    treatment: always,
    fires: ({ posting }, s) => isBlockedCompany(posting, s),
    label: () => 'hidden company',
  },
  keywords: {
    treatment: (s) => s.rules.keywords.mode,
    fires: ({ result }) => result.keywords.length > 0,
    label: () => 'title keyword',
  },
  applied: { treatment: (s) => s.rules.applied, fires: ({ result }) => result.marks.applied, label: () => 'applied' },
  viewed: { treatment: (s) => s.rules.viewed, fires: ({ result }) => result.marks.viewed, label: () => 'viewed' },
  reposted: {
    treatment: (s) => s.rules.reposted,
    fires: ({ result }) => result.marks.reposted,
    label: () => 'reposted',
  },
  promoted: {
    treatment: (s) => s.rules.promoted,
    fires: ({ posting }) => posting.flags.promoted === true,
    label: () => 'promoted',
  },
  easyApply: {
    treatment: (s) => s.rules.easyApply,
    fires: ({ posting }) => posting.flags.easyApply === true,
    label: () => 'Easy Apply',
  },
  notEasyApply: {
    treatment: (s) => s.rules.notEasyApply,
    fires: ({ posting, labelsEasyApply }) => labelsEasyApply && posting.flags.easyApply !== true,
    label: () => 'not Easy Apply',
  },
  olderThan: {
    treatment: (s) => s.rules.olderThan.mode,
    fires: ({ posting }, s, now) => (postingAgeDays(posting.posted, now)?.min ?? 0) > s.rules.olderThan.days,
    label: (s) => `older than ${s.rules.olderThan.days} days`,
  },
  applicants: {
    treatment: (s) => s.rules.applicants.mode,
    fires: (facts, s) => moreApplicants(facts, s.rules.applicants.count),
    label: (s) => `over ${s.rules.applicants.count} applicants`,
  },
  belowThreshold: {
    treatment: (s) => s.lists.mode,
    fires: ({ result }, s) => result.score.value < s.lists.threshold,
    label: (s) => `below ${s.lists.threshold}`,
  },
} satisfies Record<string, Rule>;

export type RuleId = keyof typeof RULES;
const RULE_IDS = Object.keys(RULES) as RuleId[];

export interface CardVerdict {
  treatment: CardTreatment;
  /** The rule behind a dim or hide. */
  reason?: RuleId;
}

const STRENGTH: Record<CardTreatment, number> = { show: 0, dim: 1, hide: 2 };

/** What the rules do to one card. */
export function cardVerdict(facts: CardFacts, settings: PageSettings, now: Date): CardVerdict {
  let verdict: CardVerdict = { treatment: 'show' };
  for (const id of RULE_IDS) {
    const rule: Rule = RULES[id];
    const treatment = rule.treatment(settings);
    if (STRENGTH[treatment] > STRENGTH[verdict.treatment] && rule.fires(facts, settings, now)) {
      verdict = { treatment, reason: id };
      if (treatment === 'hide') break;
    }
  }
  return verdict;
}

/** How a reason reads on the bar and in the pill's label: "viewed", "below 40". */
export const reasonLabel = (reason: RuleId, settings: PageSettings): string => RULES[reason].label(settings);

/** "2 reposted, 1 viewed, 1 below 40": the hidden cards counted by reason, in the rules' order. */
export function hiddenSummary(reasons: ReadonlyMap<RuleId, number>, settings: PageSettings): string {
  return RULE_IDS.filter((id) => reasons.get(id))
    .map((id) => `${reasons.get(id)} ${reasonLabel(id, settings)}`)
    .join(', ');
}
