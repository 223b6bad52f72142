import { render } from 'preact';
import { Popup } from '@/components/popup/Popup';
import { browserPopupDeps } from '@/lib/popup/browser-deps';
import { createPopupStore } from '@/lib/popup/popup-store';

const root = document.getElementById('app');
if (root) render(<Popup store={createPopupStore(browserPopupDeps())} />, root);
