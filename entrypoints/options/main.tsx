import { render } from 'preact';
import { Options } from '@/components/options/Options';
import { browserOptionsDeps } from '@/lib/options/browser-deps';
import { createCareerSitesStore } from '@/lib/options/career-sites-store';
import { createDataStore } from '@/lib/options/data-store';
import { createSettingsStore } from '@/lib/options/settings-store';

const deps = browserOptionsDeps();
const settings = createSettingsStore(deps.settings);
// A change typed just before the tab is closed would otherwise wait out its pause and be lost.
addEventListener('pagehide', settings.flush);
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') settings.flush();
});
const root = document.getElementById('app');
if (root) {
  render(
    <Options
      settings={settings}
      data={createDataStore(deps.data)}
      careerSites={createCareerSitesStore(deps.careerSites)}
    />,
    root,
  );
}
