import { useEffect } from 'preact/hooks';
import type { CareerSitesStore } from '@/lib/options/career-sites-store';

/** The career sites turned on from the popup, each with its way off (which gives the site's permission back). */
export function CareerSitesSection({ sites }: { sites: CareerSitesStore }) {
  useEffect(() => sites.start(), [sites]);
  const hosts = sites.hosts.value;
  return (
    <section class="card" aria-labelledby="career-sites-title">
      <h2 id="career-sites-title">Career sites</h2>
      <p class="muted">
        Companies' own career sites you turned on from the toolbar popup ("Score job postings on …"). On them Still
        Hiring reads the JobPosting data (schema.org) of the page you open, and nothing else. Turning one off gives its
        permission back to your browser.
      </p>
      {hosts === undefined ? null : hosts.length > 0 ? (
        <ul class="block-list" data-testid="options-career-sites">
          {hosts.map((host) => (
            <li key={host} data-testid="options-career-site">
              <span>{host}</span>
              <button
                type="button"
                class="link-button"
                aria-label={`Turn off ${host}`}
                disabled={sites.busy.value !== undefined}
                onClick={() => void sites.turnOff(host)}
                data-testid={`options-career-site-off-${host}`}
              >
                {sites.busy.value === host ? 'Turning off…' : 'Turn off'}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p data-testid="options-career-sites-empty">
          None yet. Open a job posting on a company's career site, click the Still Hiring button in the toolbar and
          choose "Score job postings on …".
        </p>
      )}
      {sites.error.value && (
        <p class="field__error" role="alert" data-testid="options-career-sites-error">
          {sites.error.value}
        </p>
      )}
    </section>
  );
}
