import type { History } from '@/lib/history';
import { type Posting, type PostingInput, parsePosting } from '@/lib/posting';

export const NOW = new Date('2026-11-24T12:00:00Z');
const DAY = 86_400_000;

export const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString();

/** Sentences about the job that name no skill, requirement or pipeline wording: filler of a known length. */
const PROSE = [
  'You will join a team that owns the checkout and subscription flows used by millions of listeners every day.',
  'Together with product managers and designers you will shape how customers pay, upgrade and manage their plans.',
  'We care about reliability, clear ownership and a calm on-call rotation that leaves room for deep work.',
  'You will review designs, mentor engineers and help the team decide what to build next and why it matters.',
  'We value written communication, thoughtful trade-offs and curiosity about how our listeners use the product.',
];

/** A description of exactly `length` characters that names `skills` once each, in a list, and nothing else. */
export function description(length: number, skills: string[] = []): string {
  const lead = skills.length > 0 ? `Our services are built with ${skills.join(', ')}. ` : '';
  let text = lead;
  for (let i = 0; text.length < length; i++) text += `${PROSE[i % PROSE.length]} `;
  return text.slice(0, length);
}

export function posting(input: Partial<PostingInput> = {}): Posting {
  const parsed = parsePosting({
    source: 'lever',
    id: 'f1d2c3b4-0000-4000-8000-000000000001',
    url: 'https://jobs.lever.co/spotify/f1d2c3b4-0000-4000-8000-000000000001',
    title: 'Senior Backend Engineer - Commerce Platform',
    company: 'Spotify',
    ...input,
  });
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.posting;
}

/** The product brief's example: Lever, London, posted 3 days ago (exact, from the API), 2590 characters, 4 skills. */
export function spotify(): Posting {
  return posting({
    locations: ['London'],
    descriptionText: description(2590, ['AWS', 'Java', 'Python', 'Go']),
    posted: { kind: 'exact', date: daysAgo(3) },
    evidence: { posted: 'ats-api', title: 'ats-api', descriptionText: 'ats-api', locations: 'ats-api' },
  });
}

export const NO_HISTORY: History = {};
