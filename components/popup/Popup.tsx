import { useEffect } from 'preact/hooks';
import type { PopupStore } from '@/lib/popup/popup-store';
import { CurrentListing } from './CurrentListing';
import { SavedListings } from './SavedListings';
import '@/components/theme.css';
import '@/components/score/score.css';
import './popup.css';

export function Popup({ store }: { store: PopupStore }) {
  useEffect(() => {
    void store.load();
  }, [store]);

  return (
    <div class="popup">
      <header class="popup__header">
        <span class="popup__brand">Still Hiring</span>
        <button type="button" class="link-button" onClick={store.openOptions} data-testid="popup-open-options">
          Settings
        </button>
      </header>
      <main class="popup__main" data-testid="popup-main">
        <CurrentListing store={store} />
        <SavedListings store={store} />
      </main>
    </div>
  );
}
