import { useEffect } from 'preact/hooks';
import type { CareerSitesStore } from '@/lib/options/career-sites-store';
import type { DataStore } from '@/lib/options/data-store';
import type { SettingsStore } from '@/lib/options/settings-store';
import { BandsSection } from './BandsSection';
import { BlockList } from './BlockList';
import { CardRulesSection } from './CardRulesSection';
import { CareerSitesSection } from './CareerSitesSection';
import { ConfirmButton } from './ConfirmButton';
import { DataSection } from './DataSection';
import { HiddenJobsSection } from './HiddenJobsSection';
import { JobListsSection } from './JobListsSection';
import { SaveStatus } from './SaveStatus';
import { SitesSection } from './SitesSection';
import { SummariesSection } from './SummariesSection';
import '@/components/theme.css';
import './options.css';

export function Options({
  settings,
  data,
  careerSites,
}: {
  settings: SettingsStore;
  data: DataStore;
  careerSites: CareerSitesStore;
}) {
  useEffect(() => {
    const stop = settings.start();
    void data.refresh();
    return () => void stop.then((unwatch) => unwatch());
  }, [settings, data]);

  return (
    <div class="options">
      <header class="options__header">
        <h1>Still Hiring settings</h1>
        <SaveStatus settings={settings} />
      </header>
      <p class="muted">Changes are checked as you type and saved on their own once every field is valid.</p>
      {settings.form.value && (
        <>
          <BandsSection settings={settings} />
          <SitesSection settings={settings} />
          <CareerSitesSection sites={careerSites} />
          <JobListsSection settings={settings} />
          <CardRulesSection settings={settings} />
          <BlockList settings={settings} />
          <SummariesSection settings={settings} />
        </>
      )}
      <HiddenJobsSection data={data} />
      <DataSection data={data} />
      <footer class="options__footer">
        <ConfirmButton
          label="Reset to defaults"
          question="Reset every setting to its default?"
          confirmLabel="Reset settings"
          onConfirm={() => void settings.resetToDefaults()}
          testId="options-reset"
        >
          <p>
            Bands, thresholds, sites, job lists and their rules, and summaries go back to their defaults and the hidden
            companies list is emptied. Hidden jobs stay hidden.
          </p>
        </ConfirmButton>
      </footer>
    </div>
  );
}
