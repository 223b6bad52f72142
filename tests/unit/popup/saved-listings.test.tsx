import { fireEvent, screen, waitFor } from '@testing-library/preact';
import type { BandId } from '@/lib/settings-defaults';
import { daysBefore, freshStore, posting, score } from './fixtures';
import { renderPopup } from './render-popup';

const LISTINGS: { id: string; title: string; company: string; value: number; band: BandId; posted?: number }[] = [
  { id: 'a', title: 'Frontend Engineer', company: 'Acme', value: 82, band: 'active', posted: 5 },
  { id: 'b', title: 'Data Analyst', company: 'Globex', value: 40, band: 'stale', posted: 30 },
  { id: 'c', title: 'Backend Engineer', company: 'Initech', value: 70, band: 'likely' },
];

/** Three saved listings, saved a, b, c in that order (c most recently), and one never saved. */
async function storeWithSaved() {
  const store = await freshStore();
  for (const [i, l] of LISTINGS.entries()) {
    const posted =
      l.posted === undefined ? undefined : { kind: 'exact' as const, date: daysBefore(l.posted).toISOString() };
    await store.recordSighting(posting({ id: l.id, title: l.title, company: l.company, posted }), daysBefore(4), {
      staleDays: 60,
    });
    await store.recordScore('lever', l.id, score(l.value, l.band), daysBefore(4));
    await store.setSaved('lever', l.id, true, daysBefore(3 - i));
  }
  await store.recordSighting(posting({ id: 'unsaved', title: 'Frontend Lead' }), daysBefore(1), { staleDays: 60 });
  return store;
}

const rows = () => screen.queryAllByTestId('saved-row');
const titles = () => rows().map((row) => row.querySelector('[data-testid="saved-row-title"]')?.textContent);

async function openWithSaved() {
  const page = await renderPopup({ store: await storeWithSaved() });
  await waitFor(() => expect(rows()).toHaveLength(3));
  return page;
}

describe('popup: saved listings', () => {
  it('lists saved listings, most recently saved first, with score, company and age', async () => {
    await openWithSaved();
    expect(titles()).toEqual(['Backend Engineer', 'Data Analyst', 'Frontend Engineer']);
    const [first] = rows();
    expect(first?.getAttribute('href')).toBe('https://jobs.lever.co/acme/c');
    expect(first?.textContent).toContain('Initech · saved 1 day ago');
    expect(first?.querySelector('[data-testid="saved-row-score"]')?.textContent).toBe(
      '70 of 100, Likely Active (65–79)',
    );
  });

  it('searches title and company as you type', async () => {
    await openWithSaved();
    fireEvent.input(screen.getByLabelText('Search saved listings'), { target: { value: 'engineer' } });
    await waitFor(() => expect(titles()).toEqual(['Backend Engineer', 'Frontend Engineer']));
    fireEvent.input(screen.getByLabelText('Search saved listings'), { target: { value: 'globex' } });
    await waitFor(() => expect(titles()).toEqual(['Data Analyst']));
  });

  it('filters by band and sorts by score or posted date, showing the posted age', async () => {
    await openWithSaved();
    fireEvent.change(screen.getByLabelText('Band'), { target: { value: 'stale' } });
    await waitFor(() => expect(titles()).toEqual(['Data Analyst']));
    fireEvent.change(screen.getByLabelText('Band'), { target: { value: '' } });

    fireEvent.change(screen.getByLabelText('Sort by'), { target: { value: 'score' } });
    await waitFor(() => expect(titles()).toEqual(['Frontend Engineer', 'Backend Engineer', 'Data Analyst']));

    fireEvent.change(screen.getByLabelText('Sort by'), { target: { value: 'posted' } });
    await waitFor(() => expect(titles()).toEqual(['Frontend Engineer', 'Data Analyst', 'Backend Engineer']));
    expect(rows()[0]?.textContent).toContain('Acme · posted 5 days ago');
  });

  it('says nothing matches when a search finds nothing', async () => {
    await openWithSaved();
    fireEvent.input(screen.getByLabelText('Search saved listings'), { target: { value: 'astronaut' } });
    expect((await screen.findByTestId('saved-empty')).textContent).toBe('No saved listing matches this search.');
  });

  it('explains how to save when nothing is saved', async () => {
    await renderPopup();
    expect((await screen.findByTestId('saved-empty')).textContent).toBe(
      'No saved listings yet. Open a posting on Lever, Workday or LinkedIn and press Save on the badge.',
    );
  });

  it('walks the rows with the arrow keys and opens the active one with Enter', async () => {
    const { openUrl } = await openWithSaved();
    const search = screen.getByLabelText('Search saved listings');
    search.focus();

    fireEvent.keyDown(search, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(rows()[0]);
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowDown' });
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowDown' });
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(rows()[2]);
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(rows()[1]);
    await waitFor(() => expect(rows().map((row) => row.dataset.active)).toEqual(['false', 'true', 'false']));
    expect(rows().map((row) => row.tabIndex)).toEqual([-1, 0, -1]);

    fireEvent.keyDown(document.activeElement as Element, { key: 'Enter' });
    expect(openUrl).toHaveBeenCalledExactlyOnceWith('https://jobs.lever.co/acme/b');
  });

  it('opens a row when clicked', async () => {
    const { openUrl } = await openWithSaved();
    fireEvent.click(rows()[2] as Element);
    expect(openUrl).toHaveBeenCalledExactlyOnceWith('https://jobs.lever.co/acme/a');
  });
});
