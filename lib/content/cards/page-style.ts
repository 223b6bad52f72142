import css from '@/components/cards/card-states.css?inline';

const STYLE_ID = 'still-hiring-card-states';

/** The page-level rules for dimmed, hidden and anchoring cards; added once, whatever number of calls. */
export function addCardStyles(): void {
  if (document.getElementById(STYLE_ID)) return;
  const style = document.createElement('style');
  style.id = STYLE_ID;
  style.textContent = css;
  (document.head ?? document.documentElement).append(style);
}

export function removeCardStyles(): void {
  document.getElementById(STYLE_ID)?.remove();
}
