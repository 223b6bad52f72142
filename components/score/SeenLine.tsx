import type { PostingHistory } from '@/lib/history';
import { formatSeenLine } from '@/lib/text/format';
import './score.css';

/** "First seen 3 days, 12 hours ago · Last seen 0 minutes ago" */
export function SeenLine({ history, now }: { history: PostingHistory; now: Date }) {
  return (
    <p class="sh-seen" data-testid="still-hiring-seen">
      {formatSeenLine(history, now)}
    </p>
  );
}
