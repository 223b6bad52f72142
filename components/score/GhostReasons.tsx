import type { GhostSignal } from '@/lib/score/types';
import './score.css';

/** The ghost-job signals that fired, most severe in bold. Renders nothing when none did. */
export function GhostReasons({ signals }: { signals: GhostSignal[] }) {
  if (signals.length === 0) return null;
  return (
    <ul class="sh-reasons" data-testid="still-hiring-ghost-reasons">
      {signals.map((signal) => (
        <li key={signal.id} class={`sh-reason--${signal.severity}`} data-signal={signal.id}>
          {signal.reason}
        </li>
      ))}
    </ul>
  );
}
