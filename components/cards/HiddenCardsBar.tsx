export interface HiddenCardsBarProps {
  count: number;
  /** Why, by reason: "2 reposted, 1 viewed, 1 below 40". */
  summary: string;
  revealed: boolean;
  onToggle: () => void;
  /** Shows again the job last hidden from this list's pills; absent when there is none to undo. */
  onUndo?: () => void;
}

/**
 * The thin line above a job list saying how many of its cards Still Hiring hid and why, with a real button that
 * shows them (dimmed) and hides them again, so no card disappears without a trace; and, after "Hide this job", one
 * that undoes it.
 */
export function HiddenCardsBar({ count, summary, revealed, onToggle, onUndo }: HiddenCardsBarProps) {
  return (
    <div class="sh-hidden-bar" data-testid="still-hiring-hidden-bar">
      <span id="sh-hidden-count">
        {count} hidden: {summary}
      </span>
      <span aria-hidden="true"> — </span>
      <button type="button" class="sh-hidden-bar__toggle" aria-describedby="sh-hidden-count" onClick={onToggle}>
        {revealed ? 'hide again' : 'show'}
      </button>
      {onUndo && (
        <>
          <span aria-hidden="true"> · </span>
          <button type="button" class="sh-hidden-bar__toggle" onClick={onUndo} data-testid="still-hiring-undo-hide">
            undo hide
          </button>
        </>
      )}
    </div>
  );
}
