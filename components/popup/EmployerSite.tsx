import type { EmployerCheck } from '@/lib/ats/types';
import { employerLine, watchLines } from '@/lib/popup/employer-lines';
import type { WatchRecord } from '@/lib/watch/record';

/**
 * What the employer's own ATS said of this listing: the answer the score used, then what the daily watch saw over
 * time (closed, listed again, reposted, a new posted date). Nothing when the listing was never checked.
 */
export function EmployerSite({ check, watch, now }: { check?: EmployerCheck; watch?: WatchRecord; now: Date }) {
  const lines = watch ? watchLines(watch, now) : [];
  if (!check && lines.length === 0) return null;
  return (
    <section class="employer" data-testid="popup-employer">
      <h2 class="sh-section-title">Employer's site</h2>
      {check && (
        <p class="muted" data-testid="popup-employer-check">
          {employerLine(check, now)}
        </p>
      )}
      {lines.length > 0 && (
        <ul class="employer__lines muted" data-testid="popup-employer-watch">
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
