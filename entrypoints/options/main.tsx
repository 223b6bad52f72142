import { render } from 'preact';
import { Options } from '@/components/options/Options';
import { browserOptionsDeps } from '@/lib/options/browser-deps';
import { createDataStore } from '@/lib/options/data-store';
import { createSettingsStore } from '@/lib/options/settings-store';

const deps = browserOptionsDeps();
const root = document.getElementById('app');
if (root) render(<Options settings={createSettingsStore(deps.settings)} data={createDataStore(deps.data)} />, root);
