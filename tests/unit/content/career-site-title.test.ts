import { careerSiteTitle } from '@/lib/content/sites/career-site';
import { posting } from '../popup/fixtures';

const page = (body: string) => new DOMParser().parseFromString(`<html><body>${body}</body></html>`, 'text/html');
const job = posting({
  source: 'career-site',
  id: 'x#1',
  url: 'https://careers.example.com/jobs/1',
  title: 'Data Engineer',
});

describe('careerSiteTitle', () => {
  it('finds the heading that reads the title, past the site’s other headings', () => {
    const doc = page('<h1>Why join us</h1><h1><span>Data  Engineer</span></h1>');
    expect(careerSiteTitle(doc, job)?.textContent).toBe('Data  Engineer');
  });

  it('falls back to a heading that contains the title, then to none (the badge takes the corner)', () => {
    expect(careerSiteTitle(page('<h2>Data Engineer – Lyon</h2>'), job)?.tagName).toBe('H2');
    expect(careerSiteTitle(page('<h1>Open roles</h1><p>Data Engineer</p>'), job)).toBeUndefined();
  });
});
