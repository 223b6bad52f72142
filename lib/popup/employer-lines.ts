import { ATS_LABELS, type EmployerCheck } from '@/lib/ats/types';
import { formatAgo, formatDaysAgo } from '@/lib/text/format';
import type { WatchEntry, WatchRecord } from '@/lib/watch/record';
import type { ClosedMark } from './closed-listings';

/** What the popup says of a listing's employer site: the answer on screen, the watch's milestones, a closed row. */

const day = (iso: string) => iso.slice(0, 10);

/** "Still listed on Lever, posted 2026-01-31 · checked 5 minutes ago" */
export function employerLine(check: EmployerCheck, now: Date): string {
  const checked = `checked ${formatAgo(check.checkedAt, now)}`;
  if (check.state === 'listed') {
    const posted = check.posted ? `, posted ${day(check.posted)}` : '';
    return `Still listed on ${ATS_LABELS[check.ats]}${posted} · ${checked}`;
  }
  if (check.state === 'gone') return `No longer on the employer's site: ${check.reason} · ${checked}`;
  return `Not checked on the employer's site: ${check.reason}`;
}

/** The watch entries a person cares about; the plain checks in between are summed up by the last one. */
function milestone(entry: WatchEntry): string | undefined {
  switch (entry.kind) {
    case 'closed':
      return `${day(entry.at)}: closed (gone from the employer's site since ${day(entry.since)})`;
    case 'returned':
      return `${day(entry.at)}: listed again on the employer's site`;
    case 'reposted':
      return `${day(entry.at)}: reposted under a new id (${entry.url})`;
    case 'date-changed':
      return `${day(entry.at)}: the employer's posted date moved from ${day(entry.from)} to ${day(entry.to)}`;
    default:
      return undefined;
  }
}

/** The milestones of a watched listing, newest first, then when it was last asked and what it said. */
export function watchLines(record: WatchRecord, now: Date): string[] {
  const lines = record.history
    .map(milestone)
    .filter((line): line is string => line !== undefined)
    .reverse();
  const last = record.history.at(-1);
  if (last) {
    const said = last.kind === 'unknown' ? `no answer (${last.reason})` : record.state === 'gone' ? 'gone' : 'listed';
    lines.push(`Last asked ${formatAgo(last.at, now)}: ${said}`);
  }
  return lines;
}

/** "Closed since you saved it, 3 days ago", or "Closed 3 days ago" for one that was gone before it was saved. */
export function closedLine(mark: ClosedMark, now: Date): string {
  const when = formatDaysAgo(mark.at, now);
  return mark.sinceSaved ? `Closed since you saved it, ${when}` : `Closed ${when}`;
}
