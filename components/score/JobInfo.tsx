import { Fragment } from 'preact';
import type { EmploymentType, ExperienceLevel, Posting, Workplace } from '@/lib/posting';
import { postingSourceName } from '@/lib/posting-keys';
import { formatPostedAge } from '@/lib/text/format';
import './score.css';

const EMPLOYMENT_NAMES: Record<EmploymentType, string> = {
  'full-time': 'Full-time',
  'part-time': 'Part-time',
  contract: 'Contract',
  internship: 'Internship',
  temporary: 'Temporary',
};

const WORKPLACE_NAMES: Record<Workplace, string> = { onsite: 'On-site', hybrid: 'Hybrid', remote: 'Remote' };

const LEVEL_NAMES: Record<ExperienceLevel, string> = {
  intern: 'Intern',
  junior: 'Junior',
  mid: 'Mid-level',
  senior: 'Senior',
  staff: 'Staff',
  manager: 'Manager',
  director: 'Director',
};

function jobType(posting: Posting): string | undefined {
  const parts = [
    posting.employmentType && EMPLOYMENT_NAMES[posting.employmentType],
    posting.workplace && WORKPLACE_NAMES[posting.workplace],
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : undefined;
}

/** The facts about the job the score was computed from; rows the site did not give are left out. */
export function JobInfo({ posting, now }: { posting: Posting; now: Date }) {
  const rows: [string, string | undefined][] = [
    ['Company', posting.company],
    ['Location', posting.locations.length > 0 ? posting.locations.join('; ') : undefined],
    ['Job type', jobType(posting)],
    ['Experience', posting.experienceLevel && LEVEL_NAMES[posting.experienceLevel]],
    ['Age', posting.posted && formatPostedAge(posting.posted, now)],
    ['Source', postingSourceName(posting.source, posting.url)],
    ['Status', posting.closed ? `Closed: ${posting.closed.reason}` : 'Open'],
  ];
  return (
    <dl class="sh-info" data-testid="still-hiring-job-info">
      {rows.map(([name, value]) =>
        value ? (
          <Fragment key={name}>
            <dt>{name}</dt>
            <dd>{value}</dd>
          </Fragment>
        ) : null,
      )}
    </dl>
  );
}
