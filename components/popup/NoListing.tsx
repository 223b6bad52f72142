/** What the popup says when the active tab shows no listing it can read. */
export function NoListing({ problem }: { problem?: string }) {
  return (
    <section class="no-listing" data-testid="popup-no-listing">
      <p>
        This tab has no job listing to score. Still Hiring reads job postings on <strong>Lever</strong>,{' '}
        <strong>Workday</strong> and <strong>LinkedIn</strong>.
      </p>
      {problem && (
        <p class="notice notice--error" data-testid="popup-problem">
          {problem}
        </p>
      )}
    </section>
  );
}
