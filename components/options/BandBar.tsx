import { BAND_COLORS, schemeStyle } from '@/components/band-colors';
import type { BandPreview } from '@/lib/options/band-preview';

const range = (min: number, max: number) => `${min}–${max}`;

/** Centres the marker's label on it, except near either end, where it would run off the bar. */
function labelShift(at: number): string {
  if (at < 15) return '0%';
  if (at > 85) return '-100%';
  return '-50%';
}

/**
 * The five bands on a 0–100 bar in their colours, widths to scale, with the ghost-warning threshold marked.
 * The list under it says the same in words.
 */
export function BandBar({ preview }: { preview: BandPreview }) {
  const { bands, ghostThreshold, fromForm } = preview;
  return (
    <figure class="band-bar" data-testid="options-band-bar" data-from-form={fromForm ? 'true' : 'false'}>
      <div class="band-bar__track" aria-hidden="true">
        {bands.map((band) => (
          <div
            key={band.id}
            class="band-bar__segment"
            style={{ flexGrow: band.max - band.min + 1, ...schemeStyle(BAND_COLORS[band.id], 'sh-band') }}
            title={band.label}
          >
            <span class="band-bar__range">{range(band.min, band.max)}</span>
          </div>
        ))}
        <div
          class="band-bar__ghost"
          style={{ left: `${ghostThreshold}%`, '--label-shift': labelShift(ghostThreshold) }}
        >
          <span class="band-bar__ghost-label">ghost warning below {ghostThreshold}</span>
        </div>
      </div>
      <figcaption>
        <ul class="band-bar__legend">
          {[...bands].reverse().map((band) => (
            <li key={band.id} data-band={band.id}>
              <span class="band-bar__swatch" style={schemeStyle(BAND_COLORS[band.id], 'sh-band')} aria-hidden="true" />
              {band.label}
            </li>
          ))}
        </ul>
        <p class="muted">
          {fromForm
            ? `The ghost warning shows below ${ghostThreshold}, and whenever a severe ghost signal is found.`
            : 'Showing the saved bands until the highlighted fields are fixed.'}
        </p>
      </figcaption>
    </figure>
  );
}
