/**
 * The thin line above a job list saying how many of its cards Still Hiring hid, with a real button that shows them
 * (dimmed) and hides them again, so no card disappears without a trace.
 */
export function HiddenCardsBar({
  count,
  revealed,
  onToggle,
}: {
  count: number;
  revealed: boolean;
  onToggle: () => void;
}) {
  return (
    <div class="sh-hidden-bar" data-testid="still-hiring-hidden-bar">
      <span id="sh-hidden-count">{count} hidden by Still Hiring</span>
      <span aria-hidden="true"> — </span>
      <button type="button" class="sh-hidden-bar__toggle" aria-describedby="sh-hidden-count" onClick={onToggle}>
        {revealed ? 'hide again' : 'show'}
      </button>
    </div>
  );
}
