import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import type { DataStoreAccess } from '@/lib/options/data-store';
import { daysBefore, freshStore, NOW, posting, score } from '../popup/fixtures';
import { renderOptions } from './render-options';

async function seededStore(ids: string[], company = 'Acme') {
  const store = await freshStore();
  for (const id of ids) {
    await store.recordSighting(posting({ id, company, title: `Role ${id}` }), daysBefore(2), { staleDays: 60 });
    await store.recordScore('lever', id, score(72, 'likely'), daysBefore(2));
  }
  await store.setSaved('lever', ids[0] ?? '', true, daysBefore(1));
  return store;
}

const counts = () => screen.getByTestId('options-counts').textContent;

function chooseFile(text: string) {
  const file = new File([text], 'still-hiring-export.json', { type: 'application/json' });
  fireEvent.change(screen.getByLabelText('Import a JSON export'), { target: { files: [file] } });
}

describe('options: data', () => {
  it('counts what is stored', async () => {
    await renderOptions(await seededStore(['a', 'b']));
    await waitFor(() => expect(counts()).toBe('Stored on this device: 2 postings, 1 saved, 1 company, 0 hidden jobs.'));
  });

  it('refuses a bad import with its message and changes nothing', async () => {
    const store = await seededStore(['a', 'b']);
    const good = JSON.parse(await (await seededStore(['x'], 'Globex')).exportJson(NOW));
    good.postings[0].url = 'not a url';
    await renderOptions(store);
    await waitFor(() => expect(counts()).toContain('2 postings'));
    const before = counts();

    chooseFile(JSON.stringify(good));

    const message = screen.getByTestId('options-data-message');
    await waitFor(() => expect(message.textContent).toMatch(/^Nothing was imported\. .+/));
    expect(message.className).toContain('notice--error');
    expect(counts()).toBe(before);
    expect(await store.counts()).toEqual({ postings: 2, saved: 1, companies: 1, hiddenJobs: 0 });
  });

  it('refuses a file that is not JSON at all', async () => {
    await renderOptions(await seededStore(['a']));
    chooseFile('this is not json');
    await waitFor(() =>
      expect(screen.getByTestId('options-data-message').textContent).toMatch(/^Nothing was imported/),
    );
  });

  it('merges a good import and says how many postings it brought', async () => {
    const exported = await (await seededStore(['x', 'y', 'z'], 'Globex')).exportJson(NOW);
    await renderOptions(await seededStore(['a', 'b']));
    await waitFor(() => expect(counts()).toContain('2 postings'));

    chooseFile(exported);

    await waitFor(() =>
      expect(screen.getByTestId('options-data-message').textContent).toBe(
        'Imported: merged 3 postings, 1 company, 0 hidden jobs.',
      ),
    );
    expect(counts()).toBe('Stored on this device: 5 postings, 2 saved, 2 companies, 0 hidden jobs.');
  });

  it('clears everything only after the dialog is confirmed', async () => {
    await renderOptions(await seededStore(['a', 'b']));
    await waitFor(() => expect(counts()).toContain('2 postings'));

    fireEvent.click(screen.getByTestId('options-clear'));
    const dialog = screen.getByTestId('options-clear-dialog') as HTMLDialogElement;
    expect(dialog.open).toBe(true);
    expect(within(dialog).getByRole('heading').textContent).toBe(
      'Delete every posting, saved listing, hidden job and company history?',
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByTestId('options-clear-dialog')).toBeNull();
    expect(counts()).toContain('2 postings');

    fireEvent.click(screen.getByTestId('options-clear'));
    fireEvent.click(
      within(screen.getByTestId('options-clear-dialog')).getByRole('button', { name: 'Delete everything' }),
    );

    await waitFor(() =>
      expect(counts()).toBe('Stored on this device: 0 postings, 0 saved, 0 companies, 0 hidden jobs.'),
    );
  });

  it('exports everything as a dated JSON file and the saved listings as CSV', async () => {
    const { downloads } = await renderOptions(await seededStore(['a', 'b']));
    fireEvent.click(await screen.findByRole('button', { name: 'Export everything (JSON)' }));
    await screen.findByText('Exported everything as a JSON file.');
    fireEvent.click(screen.getByRole('button', { name: 'Export saved listings (CSV)' }));
    await screen.findByText('Exported the saved listings as a CSV file.');

    const [json, csv] = downloads;
    const day = `${NOW.getFullYear()}-${String(NOW.getMonth() + 1).padStart(2, '0')}-${String(NOW.getDate()).padStart(2, '0')}`;
    expect(json?.fileName).toBe(`still-hiring-export-${day}.json`);
    expect(json?.type).toBe('application/json');
    expect(JSON.parse(json?.text ?? '').postings).toHaveLength(2);
    expect(csv?.fileName).toBe(`still-hiring-saved-${day}.csv`);
    expect(csv?.text).toContain('Role a');
    expect(csv?.text).not.toContain('Role b');
  });

  it('lists the problems the store met', async () => {
    const store = await seededStore(['a']);
    const withProblems: DataStoreAccess = {
      ...store,
      counts: () => store.counts(),
      problems: () => ['Skipped a damaged posting record (lever:zz): url: Invalid URL'],
    };
    await renderOptions(withProblems);
    expect(await screen.findByText('Skipped a damaged posting record (lever:zz): url: Invalid URL')).toBeTruthy();
  });
});

describe('options: hidden jobs', () => {
  it('lists the hidden jobs with a link each, latest first, and says when there is none', async () => {
    const store = await freshStore();
    await renderOptions(store);
    expect(await screen.findByTestId('options-hidden-jobs-empty')).toBeTruthy();

    const seen = new Date('2026-02-01T00:00:00.000Z');
    await store.recordSighting(posting({ id: 'a', title: 'Designer' }), seen, { staleDays: 60 });
    await store.recordSighting(posting({ id: 'b', company: undefined }), seen, { staleDays: 60 });
    await store.setHidden('lever', 'a', true, seen);
    await store.setHidden('lever', 'b', true, new Date('2026-02-02T00:00:00.000Z'));
    cleanup();
    await renderOptions(store);
    const jobs = await screen.findAllByTestId('options-hidden-job');
    expect(jobs.map((job) => job.querySelector('a')?.textContent)).toEqual(['Senior Engineer', 'Designer · Acme']);
    expect(jobs[1]?.querySelector('a')?.getAttribute('href')).toBe('https://jobs.lever.co/acme/a');
    expect(screen.getByRole('button', { name: 'Show Designer again' })).toBeTruthy();
  });
});
