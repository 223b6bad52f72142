import type { Posting } from '@/lib/posting';
import './score.css';

/** A web search for the exact title at the company: the same role elsewhere says whether it is really open. */
export function roleSearchUrl(posting: Pick<Posting, 'title' | 'company'>): string {
  const query = posting.company ? `"${posting.title}" "${posting.company}"` : `"${posting.title}"`;
  return `https://www.google.com/search?q=${encodeURIComponent(query)}`;
}

export function SearchRoleLink({ posting, class: className }: { posting: Posting; class?: string }) {
  return (
    <a
      class={className}
      href={roleSearchUrl(posting)}
      target="_blank"
      rel="noopener noreferrer"
      data-testid="still-hiring-search"
    >
      Search for this role
    </a>
  );
}
