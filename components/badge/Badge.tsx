import { Component, createRef } from 'preact';
import { GHOST_WARNING_COLORS, schemeStyle } from '@/components/band-colors';
import { Breakdown } from '@/components/score/Breakdown';
import { ConfidenceLine } from '@/components/score/ConfidenceLine';
import { EmployerStatement } from '@/components/score/EmployerStatement';
import { GhostReasons } from '@/components/score/GhostReasons';
import { JobInfo } from '@/components/score/JobInfo';
import { ScorePill } from '@/components/score/ScorePill';
import { SearchRoleLink } from '@/components/score/SearchRoleLink';
import { SeenLine } from '@/components/score/SeenLine';
import { SummaryLines } from '@/components/score/SummaryLines';
import type { TabResult } from '@/lib/messages';
import { scoreSentence } from '@/lib/score-summary';
import { type PanelPlacement, placePanel } from './placement';
import './badge.css';

export interface BadgeProps {
  result: TabResult;
  now: () => Date;
  /** Each action resolves to an error sentence, or undefined when it worked. */
  onSave: (saved: boolean) => Promise<string | undefined>;
  onBlockCompany: (company: string) => Promise<string | undefined>;
}

interface BadgeState {
  open: boolean;
  placement?: PanelPlacement;
  busy: boolean;
  blocked: boolean;
  /** Why the last action failed. */
  status?: string;
}

let panels = 0;

/**
 * The in-page badge: the score pill, a button that opens a panel with everything behind the score. The panel is
 * fixed-positioned next to the pill so no ancestor's overflow can clip it and the page's layout never moves.
 * A class component: hooks would add a kilobyte to every content script (issue #8's size budget).
 */
export class Badge extends Component<BadgeProps, BadgeState> {
  override state: BadgeState = { open: false, busy: false, blocked: false };
  private readonly root = createRef<HTMLSpanElement>();
  private readonly pill = createRef<HTMLButtonElement>();
  private readonly panelId = `sh-panel-${++panels}`;

  private readonly place = () => {
    const pill = this.pill.current?.getBoundingClientRect();
    if (pill) this.setState({ placement: placePanel(pill, { width: window.innerWidth, height: window.innerHeight }) });
  };

  private readonly onPointerDown = (event: Event) => {
    if (this.root.current && !event.composedPath().includes(this.root.current)) this.setState({ open: false });
  };

  override componentDidUpdate(_props: BadgeProps, before: BadgeState) {
    if (before.open === this.state.open) return;
    if (this.state.open) {
      this.place();
      window.addEventListener('resize', this.place);
      window.addEventListener('scroll', this.place, { capture: true, passive: true });
      document.addEventListener('pointerdown', this.onPointerDown, true);
    } else {
      this.stopFollowing();
    }
  }

  override componentWillUnmount() {
    this.stopFollowing();
  }

  private stopFollowing() {
    window.removeEventListener('resize', this.place);
    window.removeEventListener('scroll', this.place, { capture: true });
    document.removeEventListener('pointerdown', this.onPointerDown, true);
  }

  private readonly toggle = () => this.setState({ open: !this.state.open });

  private readonly close = () => {
    this.setState({ open: false });
    this.pill.current?.focus();
  };

  // Job titles are often links, and the badge sits inside the title: a click anywhere in the badge, save on its own
  // links, must not follow the page's link (Chrome follows it even from a button inside it).
  private readonly onClick = (event: MouseEvent) => {
    if (!(event.target instanceof Element && event.target.closest('a'))) event.preventDefault();
  };

  private readonly onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && this.state.open) {
      event.preventDefault();
      this.close();
    }
  };

  // Enter and Space are handled here, with their default (the native click) prevented, so one key press is
  // exactly one toggle in every browser.
  private readonly onPillKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.toggle();
    }
  };

  private readonly onPillKeyUp = (event: KeyboardEvent) => {
    if (event.key === ' ') event.preventDefault();
  };

  private async act(action: () => Promise<string | undefined>, done?: () => void) {
    this.setState({ busy: true, status: undefined });
    const error = await action();
    this.setState({ busy: false });
    if (error) this.setState({ status: error });
    else done?.();
  }

  override render() {
    const { result, now, onSave, onBlockCompany } = this.props;
    const { open, placement, busy, blocked, status } = this.state;
    const { posting, score } = result;
    const panelId = this.panelId;
    const company = posting.company;
    return (
      // biome-ignore lint/a11y/noStaticElementInteractions: Escape and link clicks are caught here for pill and panel.
      <span class="sh-badge" ref={this.root} onKeyDown={this.onKeyDown} onClick={this.onClick}>
        <button
          type="button"
          class="sh-badge__pill"
          ref={this.pill}
          data-testid="still-hiring-pill"
          data-score={score.value}
          data-band={score.band.id}
          data-ghost={score.ghostWarning ? 'true' : 'false'}
          aria-label={scoreSentence(score)}
          aria-expanded={open}
          aria-controls={panelId}
          onClick={this.toggle}
          onKeyDown={this.onPillKeyDown}
          onKeyUp={this.onPillKeyUp}
        >
          <ScorePill score={score} />
        </button>
        {open && (
          <section
            id={panelId}
            class="sh-panel"
            data-testid="still-hiring-panel"
            aria-label="Still Hiring: why this score"
            style={{ ...schemeStyle(GHOST_WARNING_COLORS, 'sh-warn'), ...placement }}
          >
            <p class="sh-panel__title">
              Hiring Activity Score {score.value} · {score.band.label}
            </p>
            <EmployerStatement factors={score.factors} />
            {score.ghostSignals.length > 0 && (
              <>
                <p class="sh-section-title">{score.ghostWarning ? 'Ghost job warning' : 'Warning signs'}</p>
                <GhostReasons signals={score.ghostSignals} />
              </>
            )}
            {result.summary && (
              <>
                <p class="sh-section-title">Summary</p>
                <SummaryLines summary={result.summary} />
              </>
            )}
            <p class="sh-section-title">Why this score</p>
            <Breakdown factors={score.factors} notes={score.notes} />
            <ConfidenceLine confidence={score.confidence} />
            <SeenLine history={result.history} now={now()} />
            <p class="sh-section-title">Job</p>
            <JobInfo posting={posting} now={now()} />
            <div class="sh-actions">
              <button
                type="button"
                class="sh-button"
                data-testid="still-hiring-save"
                aria-pressed={result.saved}
                disabled={busy}
                onClick={() => this.act(() => onSave(!result.saved))}
              >
                {result.saved ? 'Saved' : 'Save'}
              </button>
              <SearchRoleLink posting={posting} class="sh-link" />
              {company && (
                <button
                  type="button"
                  class="sh-button"
                  data-testid="still-hiring-block"
                  disabled={busy || blocked}
                  onClick={() =>
                    this.act(
                      () => onBlockCompany(company),
                      () => this.setState({ blocked: true }),
                    )
                  }
                >
                  {blocked ? 'Hidden on LinkedIn job lists' : 'Hide this company on LinkedIn job lists'}
                </button>
              )}
            </div>
            {result.problem && <p class="sh-panel__problem">{result.problem}</p>}
            <p class="sh-panel__problem" role="status">
              {status}
            </p>
          </section>
        )}
      </span>
    );
  }
}
