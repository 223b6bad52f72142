// A LinkedIn guest job-search list served under its real address, for the job-list pill test and benchmark: cards in
// LinkedIn's guest markup, and an inline script standing in for LinkedIn's infinite scroll.

const FIRST_ID = 4_500_000_000;

/** One guest search card (the markup lib/extract/linkedin-cards.ts reads); its age varies with `n`. */
export function guestCardHtml(id, n) {
  const days = (n * 7) % 90;
  const age = days === 0 ? 'Just now' : `${days} ${days === 1 ? 'day' : 'days'} ago`;
  return `<li><div class="base-card relative base-search-card job-search-card" data-entity-urn="urn:li:jobPosting:${id}">
<a class="base-card__full-link" href="https://www.linkedin.com/jobs/view/${id}/"><span class="sr-only">Engineer ${n}</span></a>
<div class="search-entity-media"><span class="logo"></span></div>
<div class="base-search-card__info">
<h3 class="base-search-card__title">Software Engineer ${n}</h3>
<h4 class="base-search-card__subtitle"><a class="hidden-nested-link" href="https://www.linkedin.com/company/c${n % 13}">Company ${n % 13}</a></h4>
<div class="base-search-card__metadata"><span class="job-search-card__location">Berlin, Germany</span>
<time class="job-search-card__listdate">${age}</time></div>
</div></div></li>`;
}

/**
 * One logged-in list card (job-card-container markup) whose footer labels cycle with `n`, for the job-list rules:
 * n % 6 is 0 Promoted and Easy Apply, 1 Viewed, 2 Applied, 3 Reposted, 4 five weeks old with over 200 applicants,
 * 5 none of these; every fourth title is a Senior one. LABELLED_CARDS says the same for the tests to count with.
 */
export function labelledCardHtml(id, n) {
  const footers = [
    ['Promoted', 'Easy Apply', '<time>1 day ago</time>'],
    ['Viewed', '<time>3 days ago</time>'],
    ['Applied', '<time>4 days ago</time>'],
    ['<time>Reposted 2 weeks ago</time>'],
    ['<time>5 weeks ago</time>', 'Over 200 applicants'],
    ['<time>2 days ago</time>', '12 applicants'],
  ];
  const title = n % 4 === 0 ? `Senior Engineer ${n}` : `Engineer ${n}`;
  const footer = footers[n % 6].map((item) => `<li class="job-card-container__footer-item">${item}</li>`).join('');
  return `<li class="scaffold-layout__list-item" data-occludable-job-id="${id}">
<div class="job-card-container relative job-card-list" data-job-id="${id}">
<div class="artdeco-entity-lockup__content">
<a class="job-card-container__link job-card-list__title--link" href="/jobs/view/${id}/"><strong>${title}</strong></a>
<div class="artdeco-entity-lockup__subtitle"><span>Company ${n % 13}</span></div>
<ul class="job-card-container__metadata-wrapper"><li class="job-card-container__metadata-item">Berlin, Germany</li></ul>
</div>
<ul class="job-card-container__footer-wrapper">${footer}</ul>
</div></li>`;
}

/** Which of labelledCardHtml's cards (by n) each rule fires on. */
export const LABELLED_CARDS = {
  promoted: (n) => n % 6 === 0,
  easyApply: (n) => n % 6 === 0,
  viewed: (n) => n % 6 === 1,
  applied: (n) => n % 6 === 2,
  reposted: (n) => n % 6 === 3,
  olderThan: (n) => n % 6 === 4,
  applicants: (n) => n % 6 === 4,
  senior: (n) => n % 4 === 0,
};

/**
 * The page: `initial` cards, then `perScroll` more each time the list's end scrolls into view, up to `maxCards`.
 * `window.__appendCards(count)` adds cards directly (the benchmark's batches) and returns their card elements; ids
 * start at `firstId`, so a benchmark can give every run ids the extension has never seen.
 */
export function jobListPage({
  initial = 25,
  perScroll = 25,
  maxCards = 100,
  firstId = FIRST_ID,
  card = guestCardHtml,
} = {}) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Software Engineer jobs | LinkedIn</title>
<style>
body { font: 14px/1.4 system-ui, sans-serif; margin: 0 auto; max-width: 720px; }
.relative { position: relative; }
.jobs-search__results-list { list-style: none; margin: 0; padding: 0; }
.base-card { display: flex; gap: 12px; padding: 12px 16px; border-bottom: 1px solid #ddd; }
.base-card__full-link { position: absolute; inset: 0; z-index: 2; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
.logo { display: block; width: 48px; height: 48px; background: #ccc; }
.base-search-card__title { margin: 0; font-size: 16px; }
.base-search-card__subtitle { margin: 2px 0; font-size: 14px; font-weight: 400; }
.base-search-card__metadata { color: #555; display: flex; gap: 8px; }
.job-card-container { padding: 12px 16px; border-bottom: 1px solid #ddd; }
.job-card-container ul { display: flex; gap: 8px; list-style: none; margin: 0; padding: 0; color: #555; }
#end { height: 1px; }
</style></head><body>
<section class="two-pane-serp-page__results-list"><ul class="jobs-search__results-list"></ul></section>
<div id="end"></div>
<script>
const list = document.querySelector('.jobs-search__results-list');
let next = 0;
const cardHtml = ${card.toString()};
window.__appendCards = (count) => {
  const first = next;
  next += count;
  const html = Array.from({ length: count }, (_, i) => cardHtml(${firstId} + first + i, first + i)).join('');
  list.insertAdjacentHTML('beforeend', html);
  return [...list.children].slice(first).map((item) => item.firstElementChild);
};
window.__appendCards(${initial});
new IntersectionObserver((entries) => {
  if (entries.some((entry) => entry.isIntersecting) && next < ${maxCards} && ${perScroll} > 0) {
    window.__appendCards(Math.min(${perScroll}, ${maxCards} - next));
  }
}).observe(document.getElementById('end'));
</script></body></html>`;
}

/** Serves the page at https://www.linkedin.com/jobs/search?keywords=<keywords>; returns its address. */
export function routeJobList(server, keywords, options) {
  const search = `?keywords=${encodeURIComponent(keywords)}`;
  server.route('www.linkedin.com', `/jobs/search${search}`, { html: jobListPage(options) });
  return `https://www.linkedin.com/jobs/search${search}`;
}
