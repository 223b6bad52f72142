import { computed, signal } from '@preact/signals';
import type { ClosedListing, Store } from '@/lib/store/types';
import { closedNoticedAt } from '@/lib/watch/record';
import type { Send } from './current-listing';

export interface ClosedListingsDeps {
  store: () => Promise<Pick<Store, 'closedListings'>>;
  send: Send;
}

/** How a closed saved listing is shown: when it closed, whether after it was saved, whether it is news. */
export interface ClosedMark {
  at: string;
  sinceSaved: boolean;
  /** Seen to close after the popup was last opened: what the toolbar counted. */
  fresh: boolean;
}

/**
 * The saved listings whose employer no longer lists them, which the popup shows first. Opening the popup is
 * looking at them: the background is told (the toolbar count starts again) and answers when they were last looked
 * at, so those that closed since are marked new.
 */
export function createClosedListings(deps: ClosedListingsDeps) {
  const listings = signal<ClosedListing[]>([]);
  const lastLooked = signal<string | undefined>(undefined);
  const error = signal<string | undefined>(undefined);

  const marks = computed(() => {
    const before = lastLooked.value ?? '';
    return new Map<string, ClosedMark>(
      listings.value.map(({ posting, watch }) => [
        posting.key,
        {
          at: watch.closedAt,
          sinceSaved: posting.saved !== undefined && watch.closedAt >= posting.saved.at,
          fresh: (closedNoticedAt(watch) ?? '') > before,
        },
      ]),
    );
  });

  async function load(): Promise<void> {
    const [seen, found] = await Promise.all([
      deps.send({ type: 'watch:seen' }),
      deps
        .store()
        .then((store) => store.closedListings())
        .catch((thrown: unknown) => thrown),
    ]);
    // Without the background's answer every closed listing counts as new, which only overstates what is news.
    lastLooked.value = seen.ok ? seen.seenAt : undefined;
    if (Array.isArray(found)) {
      listings.value = found;
      error.value = undefined;
    } else {
      error.value = `Could not read which saved listings closed: ${found instanceof Error ? found.message : String(found)}`;
    }
  }

  return { listings, marks, error, load };
}

export type ClosedListingsStore = ReturnType<typeof createClosedListings>;
