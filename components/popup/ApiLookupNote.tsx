import type { TabResult } from '@/lib/messages';

/**
 * Why the posting has no exact date from the job site's API, when it has none: the API said the posting is gone,
 * could tell nothing, or was not asked (the setting is off).
 */
export function ApiLookupNote({ result }: { result: TabResult }) {
  const lookup = result.apiLookup;
  if (!lookup || lookup.outcome === 'listed' || !lookup.reason) return null;
  if (lookup.outcome === 'off' && result.posting.posted?.kind === 'exact') return null;
  const lead = lookup.outcome === 'gone' ? 'The job site no longer lists this posting:' : 'No exact posted date:';
  return (
    <p class="notice" data-testid="popup-api-note" data-outcome={lookup.outcome}>
      {lead} {lookup.reason}
    </p>
  );
}
