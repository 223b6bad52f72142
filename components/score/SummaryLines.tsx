import { type PostingSummary, SUMMARY_LABELS } from '@/lib/summary/summary';
import './score.css';

/** The posting's summary lines, and how they were made ("Key lines from the posting"). */
export function SummaryLines({ summary }: { summary: PostingSummary }) {
  return (
    <div class="sh-summary" data-testid="still-hiring-summary" data-method={summary.method}>
      <ul class="sh-summary__lines">
        {summary.lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p class="sh-summary__label">{SUMMARY_LABELS[summary.method]}</p>
    </div>
  );
}
