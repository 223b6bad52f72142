import { useEffect, useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { GHOST_WARNING_COLORS, schemeStyle } from '@/components/band-colors';
import { Breakdown } from '@/components/score/Breakdown';
import { ConfidenceLine } from '@/components/score/ConfidenceLine';
import { GhostReasons } from '@/components/score/GhostReasons';
import { JobInfo } from '@/components/score/JobInfo';
import { ScorePill } from '@/components/score/ScorePill';
import { SearchRoleLink } from '@/components/score/SearchRoleLink';
import { SeenLine } from '@/components/score/SeenLine';
import type { TabResult } from '@/lib/messages';
import { scoreSentence } from '@/lib/score-summary';
import { type PanelPlacement, placePanel } from './placement';
import './badge.css';

export interface BadgeProps {
  result: TabResult;
  now: () => Date;
  /** Only job lists on LinkedIn can hide a company's cards, so only LinkedIn pages offer it. */
  canBlockCompany: boolean;
  /** Each action resolves to an error sentence, or undefined when it worked. */
  onSave: (saved: boolean) => Promise<string | undefined>;
  onBlockCompany: (company: string) => Promise<string | undefined>;
}

/**
 * The in-page badge: the score pill, a button that opens a panel with everything behind the score. The panel is
 * fixed-positioned next to the pill so no ancestor's overflow can clip it and the page's layout never moves.
 */
export function Badge({ result, now, canBlockCompany, onSave, onBlockCompany }: BadgeProps) {
  const [open, setOpen] = useState(false);
  const [placement, setPlacement] = useState<PanelPlacement>();
  const [busy, setBusy] = useState(false);
  const [blocked, setBlocked] = useState(false);
  const [status, setStatus] = useState<string>();
  const rootRef = useRef<HTMLSpanElement>(null);
  const pillRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const { posting, score } = result;

  const close = () => {
    setOpen(false);
    pillRef.current?.focus();
  };

  useLayoutEffect(() => {
    if (!open) return;
    const place = () => {
      const pill = pillRef.current?.getBoundingClientRect();
      if (pill) setPlacement(placePanel(pill, { width: window.innerWidth, height: window.innerHeight }));
    };
    place();
    window.addEventListener('resize', place);
    window.addEventListener('scroll', place, { capture: true, passive: true });
    return () => {
      window.removeEventListener('resize', place);
      window.removeEventListener('scroll', place, { capture: true });
    };
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: Event) => {
      if (rootRef.current && !event.composedPath().includes(rootRef.current)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, [open]);

  // Job titles are often links, and the badge sits inside the title: a click anywhere in the badge, save on its own
  // links, must not follow the page's link (Chrome follows it even from a button inside it).
  const onClick = (event: MouseEvent) => {
    if (!(event.target instanceof Element && event.target.closest('a'))) event.preventDefault();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.preventDefault();
      close();
    }
  };

  // Enter and Space are handled here, with their default (the native click) prevented, so one key press is
  // exactly one toggle in every browser.
  const onPillKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      setOpen(!open);
    }
  };
  const onPillKeyUp = (event: KeyboardEvent) => {
    if (event.key === ' ') event.preventDefault();
  };

  const act = async (action: () => Promise<string | undefined>, done?: () => void) => {
    setBusy(true);
    setStatus(undefined);
    const error = await action();
    setBusy(false);
    if (error) setStatus(error);
    else done?.();
  };

  const company = posting.company;
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape and link clicks are caught here for pill and panel.
    <span class="sh-badge" ref={rootRef} onKeyDown={onKeyDown} onClick={onClick}>
      <button
        type="button"
        class="sh-badge__pill"
        ref={pillRef}
        data-testid="still-hiring-pill"
        data-score={score.value}
        data-band={score.band.id}
        data-ghost={score.ghostWarning ? 'true' : 'false'}
        aria-label={scoreSentence(score)}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
        onKeyDown={onPillKeyDown}
        onKeyUp={onPillKeyUp}
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
          {score.ghostSignals.length > 0 && (
            <>
              <p class="sh-section-title">{score.ghostWarning ? 'Ghost job warning' : 'Warning signs'}</p>
              <GhostReasons signals={score.ghostSignals} />
            </>
          )}
          <p class="sh-section-title">Why this score</p>
          <Breakdown factors={score.factors} />
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
              onClick={() => act(() => onSave(!result.saved))}
            >
              {result.saved ? 'Saved' : 'Save'}
            </button>
            <SearchRoleLink posting={posting} class="sh-link" />
            {canBlockCompany && company && (
              <button
                type="button"
                class="sh-button"
                data-testid="still-hiring-block"
                disabled={busy || blocked}
                onClick={() =>
                  act(
                    () => onBlockCompany(company),
                    () => setBlocked(true),
                  )
                }
              >
                {blocked ? 'Hidden on job lists' : 'Hide this company on job lists'}
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
