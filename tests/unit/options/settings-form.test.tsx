import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { browser } from 'wxt/browser';
import type { Settings } from '@/lib/settings';
import { DEFAULT_SETTINGS } from '@/lib/settings-defaults';
import { loadSettings, saveSettings } from '@/lib/settings-storage';
import { SETTINGS_KEY } from '@/lib/settings-sync';
import { renderOptions, settle } from './render-options';

const CUSTOM: Settings = { ...DEFAULT_SETTINGS, staleDays: 90, blockedCompanies: ['globex'] };

async function stored(): Promise<unknown> {
  return (await browser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY];
}

async function openPage() {
  await saveSettings(CUSTOM);
  const page = await renderOptions();
  await screen.findByLabelText('Likely Active starts at');
  return page;
}

const type = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });

describe('options: band thresholds', () => {
  it('shows the schema message next to an invalid field and saves nothing', async () => {
    await openPage();
    type('Likely Active starts at', '80');

    const input = screen.getByLabelText('Likely Active starts at');
    const message = await screen.findByText('Likely Active must start below Actively Hiring (80)');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')?.split(' ')).toContain(message.id);
    expect(screen.getByTestId('options-status').textContent).toBe('Fix the highlighted fields');
    await settle();
    expect(await stored()).toEqual(CUSTOM);
  });

  it('saves a valid change and redraws the band picture as it is typed', async () => {
    await openPage();
    type('Likely Active starts at', '70');

    await waitFor(() => expect(screen.getByTestId('options-status').textContent).toBe('Saved'));
    expect(await loadSettings()).toEqual({ ...CUSTOM, bands: { ...CUSTOM.bands, likely: 70 } });
    const legend = within(screen.getByTestId('options-band-bar'));
    expect(legend.getByText('Likely Active (70–79)')).toBeTruthy();
    expect(legend.getByText('Uncertain (50–69)')).toBeTruthy();
  });

  it('keeps picturing the saved bands while the typed ones are invalid', async () => {
    await openPage();
    type('Uncertain starts at', '');

    expect(await screen.findByText('Uncertain starts at must be a number')).toBeTruthy();
    const bar = screen.getByTestId('options-band-bar');
    expect(bar.dataset.fromForm).toBe('false');
    expect(within(bar).getByText('Uncertain (50–64)')).toBeTruthy();
  });

  it('saves again once an invalid field is fixed', async () => {
    await openPage();
    type('Stale after (days)', '3');
    expect(await screen.findByText('The stale point must be at least 7 days')).toBeTruthy();
    type('Stale after (days)', '30');

    await waitFor(() => expect(screen.getByTestId('options-status').textContent).toBe('Saved'));
    expect(screen.queryByText('The stale point must be at least 7 days')).toBeNull();
    expect((await loadSettings()).staleDays).toBe(30);
  });

  it('saves an empty job-list threshold as "use the ghost threshold"', async () => {
    await saveSettings({ ...CUSTOM, lists: { mode: 'dim', threshold: 40 } });
    await renderOptions();
    const field = await screen.findByLabelText('Job list threshold');
    fireEvent.input(field, { target: { value: '' } });
    fireEvent.click(screen.getByLabelText('Hide below threshold'));

    await waitFor(async () => expect((await loadSettings()).lists).toEqual({ mode: 'hide', threshold: null }));
  });

  it('turns a site and the date look-up off', async () => {
    await openPage();
    fireEvent.click(screen.getByLabelText('LinkedIn'));
    fireEvent.click(screen.getByTestId('options-ats-lookup'));

    await waitFor(async () => expect((await loadSettings()).atsDateLookup).toBe(false));
    expect((await loadSettings()).sites).toEqual({ ...DEFAULT_SETTINGS.sites, linkedin: false });
    // With no request allowed at all, watching is off too, and the switch says so.
    const watch = screen.getByLabelText("Check saved listings once a day on the employer's site") as HTMLInputElement;
    expect(watch.checked).toBe(false);
    expect(watch.disabled).toBe(true);
  });

  it('turns summaries to key lines only, then off', async () => {
    await openPage();
    expect(screen.getByTestId('options-summaries-on-device')).toHaveProperty('checked', true);
    fireEvent.click(screen.getByLabelText('Key lines from the posting only'));
    await waitFor(async () => expect((await loadSettings()).summaries).toBe('extractive'));
    fireEvent.click(screen.getByLabelText('No summaries'));
    await waitFor(async () => expect((await loadSettings()).summaries).toBe('off'));
  });

  it('turns watching saved listings off on its own', async () => {
    await openPage();
    const watch = screen.getByLabelText("Check saved listings once a day on the employer's site") as HTMLInputElement;
    expect(watch.checked).toBe(true);
    fireEvent.click(watch);

    await waitFor(async () => expect((await loadSettings()).watchSaved).toBe(false));
    expect((await loadSettings()).atsDateLookup).toBe(true);
  });
});

describe('options: reset to defaults', () => {
  it('asks first; Cancel keeps the settings, confirming restores the defaults', async () => {
    await openPage();
    fireEvent.click(screen.getByTestId('options-reset'));
    const dialog = screen.getByTestId('options-reset-dialog') as HTMLDialogElement;
    expect(dialog.open).toBe(true);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByTestId('options-reset-dialog')).toBeNull();
    await settle();
    expect(await stored()).toEqual(CUSTOM);

    fireEvent.click(screen.getByTestId('options-reset'));
    fireEvent.click(within(screen.getByTestId('options-reset-dialog')).getByRole('button', { name: 'Reset settings' }));

    await waitFor(async () => expect(await stored()).toEqual(DEFAULT_SETTINGS));
    expect((screen.getByLabelText('Stale after (days)') as HTMLInputElement).value).toBe('60');
    expect(screen.getByTestId('options-blocked-empty')).toBeTruthy();
  });
});

describe('options: hidden companies', () => {
  it('adds a company by its key, refuses a repeat, removes, and exports the list', async () => {
    const { downloads } = await openPage();
    fireEvent.input(screen.getByLabelText('Hide a company'), { target: { value: 'Acme, Inc.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));

    await waitFor(async () => expect((await loadSettings()).blockedCompanies).toEqual(['globex', 'acme']));
    expect(screen.getAllByTestId('options-blocked-company').map((li) => li.firstChild?.textContent)).toEqual([
      'globex',
      'acme',
    ]);
    expect((screen.getByLabelText('Hide a company') as HTMLInputElement).value).toBe('');

    fireEvent.input(screen.getByLabelText('Hide a company'), { target: { value: 'ACME' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(screen.getByText('"acme" is already on the list.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Export list' }));
    expect(downloads).toEqual([
      { fileName: 'still-hiring-blocked-companies.txt', text: 'globex\nacme\n', type: 'text/plain' },
    ]);

    fireEvent.click(screen.getByRole('button', { name: 'Remove globex' }));
    await waitFor(async () => expect((await loadSettings()).blockedCompanies).toEqual(['acme']));
    expect(screen.queryByRole('button', { name: 'Remove globex' })).toBeNull();
  });

  it('shows a company hidden from the popup while the page is open', async () => {
    await openPage();
    await saveSettings({ ...CUSTOM, blockedCompanies: ['globex', 'initech'] });

    expect(await screen.findByRole('button', { name: 'Remove initech' })).toBeTruthy();
  });
});

describe('options: job list rules', () => {
  it('are all off at first, and each saves its own choice and figure', async () => {
    await openPage();
    for (const rule of ['viewed', 'applied', 'promoted', 'reposted', 'easyApply', 'notEasyApply', 'olderThan']) {
      expect((screen.getByTestId(`options-rule-${rule}`) as HTMLSelectElement).value).toBe('show');
    }
    fireEvent.change(screen.getByLabelText('Jobs you viewed'), { target: { value: 'dim' } });
    fireEvent.change(screen.getByLabelText('Reposted jobs'), { target: { value: 'hide' } });
    fireEvent.change(screen.getByLabelText('Jobs posted more than … days ago'), { target: { value: 'hide' } });
    type('Days', '21');
    fireEvent.click(screen.getByLabelText(/Collapse the same job posted many times/));
    await waitFor(async () =>
      expect((await loadSettings()).listRules).toEqual({
        ...DEFAULT_SETTINGS.listRules,
        viewed: 'dim',
        reposted: 'hide',
        olderThan: { mode: 'hide', days: 21 },
        duplicates: true,
      }),
    );
    type('Applicants', '0');
    expect(await screen.findByText('The applicant count must be 1 or more')).toBeTruthy();
  });

  it('refuse a keyword expression the background could not run, with the reason, and save nothing until fixed', async () => {
    await openPage();
    fireEvent.change(screen.getByLabelText('Titles with one of these keywords'), { target: { value: 'hide' } });
    const field = screen.getByLabelText('Title keywords, one a line');
    fireEvent.input(field, { target: { value: 'intern\n/(senior/i\n/(?=lead)/\n\n/staff/g' } });
    const errors = await screen.findByTestId('options-keywords-error');
    expect([...errors.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      '/(senior/i is not an expression Still Hiring can use: missing closing ): `(senior` (look-arounds and back-references are not supported)',
      '/(?=lead)/ is not an expression Still Hiring can use: invalid or unsupported Perl syntax: `(?=` (look-arounds and back-references are not supported)',
      '/staff/g: only the i flag is allowed after the closing /',
    ]);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByTestId('options-status').textContent).toBe('Fix the highlighted fields');
    await settle();
    expect(await stored()).toEqual(CUSTOM);

    fireEvent.input(field, { target: { value: 'intern\n/\\b(senior|staff)\\b/i\n' } });
    await waitFor(async () =>
      expect((await loadSettings()).listRules.keywords).toEqual({
        mode: 'hide',
        terms: ['intern', '/\\b(senior|staff)\\b/i'],
      }),
    );
    expect(screen.queryByTestId('options-keywords-error')).toBeNull();
  });
});
