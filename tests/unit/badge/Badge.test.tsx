import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { Badge, type BadgeProps } from '@/components/badge/Badge';
import { GHOST_SCORE, makePosting, makeResult, makeScore } from '../helpers/results';

const NOW = new Date('2025-03-04T20:00:00.000Z');

function renderBadge(overrides: Partial<BadgeProps> = {}) {
  const props: BadgeProps = {
    result: makeResult(),
    now: () => NOW,
    onSave: vi.fn(async () => undefined),
    onBlockCompany: vi.fn(async () => undefined),
    ...overrides,
  };
  return { props, ...render(<Badge {...props} />) };
}

const pill = () => screen.getByTestId('still-hiring-pill');

describe('Badge', () => {
  it('shows the summary it is given in the panel, labelled with how it was made, and none when given none', () => {
    const lines = ['We are looking for a Senior Platform Engineer.', '5+ years of experience in Go.'];
    const { unmount } = renderBadge({ result: makeResult({ summary: { method: 'extractive', lines } }) });
    fireEvent.click(pill());
    const summary = screen.getByTestId('still-hiring-summary');
    expect([...summary.querySelectorAll('li')].map((li) => li.textContent)).toEqual(lines);
    expect(summary.dataset.method).toBe('extractive');
    expect(summary.textContent).toContain('Key lines from the posting');
    unmount();
    renderBadge({ result: makeResult({ summary: { method: 'on-device', lines: ['Builds the platform.'] } }) });
    fireEvent.click(pill());
    expect(screen.getByTestId('still-hiring-summary').textContent).toContain("Summary by Chrome's on-device model");
  });

  it('has no summary section without a summary', () => {
    renderBadge();
    fireEvent.click(pill());
    expect(screen.queryByTestId('still-hiring-summary')).toBeNull();
    expect(screen.getByTestId('still-hiring-panel').textContent).not.toContain('Summary');
  });

  it('reads the score and band, collapsed', () => {
    renderBadge();
    expect(pill().tagName).toBe('BUTTON');
    expect(pill().getAttribute('aria-label')).toBe('Hiring Activity Score 72 of 100, Likely Active (65–79)');
    expect(pill().getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByTestId('still-hiring-score').textContent).toBe('72');
    expect(screen.getByTestId('still-hiring-band').textContent).toBe('Likely Active (65–79)');
    expect(screen.queryByTestId('still-hiring-warning')).toBeNull();
    expect(screen.queryByTestId('still-hiring-panel')).toBeNull();
  });

  it('opens on click with the breakdown, confidence, seen line and job information', () => {
    const posted = { kind: 'exact' as const, date: '2025-03-01T12:00:00.000Z' };
    renderBadge({ result: makeResult({ posting: makePosting({ posted }) }) });
    fireEvent.click(pill());
    expect(pill().getAttribute('aria-expanded')).toBe('true');
    const panel = screen.getByTestId('still-hiring-panel');
    expect(pill().getAttribute('aria-controls')).toBe(panel.id);
    const factors = [...screen.getByTestId('still-hiring-breakdown').querySelectorAll('li')].map((li) => [
      li.children[0]?.textContent,
      li.children[1]?.textContent,
    ]);
    expect(factors).toEqual([
      ['Base score', '+50'],
      ['Posted 3 days ago', '+15'],
      ['short description (120 chars)', '\u22125'],
      ['Direct ATS (lever)', '+12'],
    ]);
    expect(screen.getByTestId('still-hiring-confidence').textContent).toBe('Confidence: High (90%)');
    expect(screen.getByTestId('still-hiring-seen').textContent).toBe(
      'First seen 3 days, 12 hours ago · Last seen 0 minutes ago',
    );
    const info = screen.getByTestId('still-hiring-job-info');
    const rows = Object.fromEntries(
      [...info.querySelectorAll('dt')].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]),
    );
    expect(rows).toEqual({
      Company: 'Acme',
      Location: 'Berlin, Germany',
      'Job type': 'Full-time, Hybrid',
      Experience: 'Senior',
      Age: 'Posted 3 days ago',
      Source: 'Lever',
      Status: 'Open',
    });
  });

  it("shows the employer's vacancy statement as the score read it, and the notes under the breakdown", () => {
    const note = 'First time this browser sees Acme: no company history yet';
    const stated = {
      id: 'employer:vacancy',
      kind: 'employer' as const,
      label: 'Employer states: current vacancy, to be filled by 15 Jan 2027',
      points: 5,
    };
    const score = makeScore({ factors: [...makeScore().factors, stated], notes: [note] });
    renderBadge({ result: makeResult({ score }) });
    fireEvent.click(pill());
    expect(screen.getByTestId('still-hiring-vacancy').textContent).toBe(
      'Employer states: current vacancy, to be filled by 15 Jan 2027',
    );
    const breakdown = screen.getByTestId('still-hiring-breakdown');
    expect(breakdown.querySelector('[data-factor="employer:vacancy"]')?.textContent).toBe(`${stated.label}+5`);
    expect([...breakdown.querySelectorAll('li[data-note]')].map((li) => li.textContent)).toEqual([note]);
  });

  it('says nothing of a vacancy when the posting states none', () => {
    renderBadge();
    fireEvent.click(pill());
    expect(screen.queryByTestId('still-hiring-vacancy')).toBeNull();
    expect(screen.getByTestId('still-hiring-breakdown').querySelectorAll('li[data-note]')).toHaveLength(0);
  });

  it('opens with Enter and Space, closes with Escape and gives focus back to the pill', () => {
    renderBadge();
    pill().focus();
    fireEvent.keyDown(pill(), { key: 'Enter' });
    expect(screen.getByTestId('still-hiring-panel')).toBeTruthy();
    const save = screen.getByTestId('still-hiring-save');
    save.focus();
    fireEvent.keyDown(save, { key: 'Escape' });
    expect(screen.queryByTestId('still-hiring-panel')).toBeNull();
    expect(pill().getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(pill());
    fireEvent.keyDown(pill(), { key: ' ' });
    expect(screen.getByTestId('still-hiring-panel')).toBeTruthy();
    fireEvent.keyDown(pill(), { key: ' ' });
    expect(screen.queryByTestId('still-hiring-panel')).toBeNull();
  });

  it('prevents the native click after Enter and Space so one key press is one toggle', () => {
    renderBadge();
    expect(fireEvent.keyDown(pill(), { key: 'Enter' })).toBe(false);
    expect(fireEvent.keyUp(pill(), { key: ' ' })).toBe(false);
  });

  it('never follows the page link its title sits in, but follows its own search link', () => {
    renderBadge();
    expect(fireEvent.click(pill())).toBe(false);
    expect(fireEvent.click(screen.getByTestId('still-hiring-breakdown'))).toBe(false);
    expect(fireEvent.click(screen.getByTestId('still-hiring-save'))).toBe(false);
    expect(fireEvent.click(screen.getByTestId('still-hiring-search'))).toBe(true);
  });

  it('closes when the page is clicked outside it', () => {
    renderBadge();
    fireEvent.click(pill());
    fireEvent.pointerDown(screen.getByTestId('still-hiring-panel'));
    expect(screen.getByTestId('still-hiring-panel')).toBeTruthy();
    fireEvent.pointerDown(document.body);
    expect(screen.queryByTestId('still-hiring-panel')).toBeNull();
  });

  it('shows the ghost warning collapsed and its reasons expanded', () => {
    renderBadge({ result: makeResult({ score: GHOST_SCORE }) });
    expect(pill().getAttribute('aria-label')).toBe(
      'Hiring Activity Score 28 of 100, Likely Ghost (0–34). Ghost job warning: Says "no longer accepting applications"',
    );
    expect(pill().dataset.ghost).toBe('true');
    expect(screen.getByTestId('still-hiring-warning').textContent).toContain('no longer accepting applications');
    fireEvent.click(pill());
    const reasons = [...screen.getByTestId('still-hiring-ghost-reasons').querySelectorAll('li')];
    expect(reasons.map((li) => li.textContent)).toEqual([
      'Posted over 60 days ago',
      'Says "no longer accepting applications"',
    ]);
    expect(screen.getByText('Ghost job warning')).toBeTruthy();
  });

  it('renders text from the page as text, never as HTML', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const { container } = renderBadge({
      result: makeResult({ posting: makePosting({ title: hostile, company: hostile, locations: [hostile] }) }),
    });
    fireEvent.click(pill());
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByTestId('still-hiring-job-info').textContent).toContain(hostile);
  });

  it('saves and unsaves through onSave, and says why when it fails', async () => {
    const onSave = vi.fn(async () => 'Still Hiring could not open its history.');
    const { rerender, props } = renderBadge({ onSave });
    fireEvent.click(pill());
    const save = screen.getByTestId('still-hiring-save');
    expect(save.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(save);
    expect(onSave).toHaveBeenCalledWith(true);
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Still Hiring could not open its history.'),
    );
    rerender(<Badge {...props} result={makeResult({ saved: true })} />);
    expect(screen.getByTestId('still-hiring-save').getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId('still-hiring-save').textContent).toBe('Saved');
    fireEvent.click(screen.getByTestId('still-hiring-save'));
    expect(onSave).toHaveBeenLastCalledWith(false);
  });

  it('links to a web search for the title and company in a new tab', () => {
    renderBadge();
    fireEvent.click(pill());
    const link = screen.getByTestId('still-hiring-search') as HTMLAnchorElement;
    expect(new URL(link.href).searchParams.get('q')).toBe('"Senior Platform Engineer" "Acme"');
    expect(link.target).toBe('_blank');
    expect(link.rel.split(' ')).toContain('noopener');
  });

  it('offers hiding the company on LinkedIn job lists from any site, when the posting names one', async () => {
    renderBadge();
    fireEvent.click(pill());
    expect(screen.getByTestId('still-hiring-block').textContent).toBe('Hide this company on LinkedIn job lists');
  });

  it('offers no hiding when the posting names no company', async () => {
    renderBadge({ result: makeResult({ posting: makePosting({ company: undefined }) }) });
    fireEvent.click(pill());
    expect(screen.queryByTestId('still-hiring-block')).toBeNull();
  });

  it('hides the company through onBlockCompany', async () => {
    const { props } = renderBadge();
    fireEvent.click(pill());
    fireEvent.click(screen.getByTestId('still-hiring-block'));
    expect(props.onBlockCompany).toHaveBeenCalledWith('Acme');
    await waitFor(() =>
      expect(screen.getByTestId('still-hiring-block').textContent).toBe('Hidden on LinkedIn job lists'),
    );
    expect((screen.getByTestId('still-hiring-block') as HTMLButtonElement).disabled).toBe(true);
  });

  it('tells about a problem the background met', () => {
    renderBadge({ result: makeResult({ problem: 'Still Hiring could not save this sighting (quota).' }) });
    fireEvent.click(pill());
    expect(screen.getByText('Still Hiring could not save this sighting (quota).')).toBeTruthy();
  });
});
