import {
  allMatches,
  cleanText,
  closedByDate,
  decodeEntities,
  findJsonLdJobPosting,
  finishPosting,
  firstMatch,
  htmlToText,
  inferExperienceLevel,
  jobPostingFields,
  metaContent,
  normalizeEmploymentType,
  normalizeWorkplace,
  parseSalaryText,
  readJsonLdJobPosting,
  textOf,
  toIsoDate,
} from '@/lib/extract/common';

function doc(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

function ldScript(json: string): string {
  return `<script type="application/ld+json">${json}</script>`;
}

describe('firstMatch / allMatches', () => {
  const page = doc('<div class="a"><span class="b">one</span><span class="b">two</span></div>');

  it('returns the element and the selector that found it, trying fallbacks in order', () => {
    const match = firstMatch(page, ['.missing', 'span.b', 'div']);
    expect(match?.selector).toBe('span.b');
    expect(match?.element.textContent).toBe('one');
  });

  it('returns undefined when no selector finds anything', () => {
    expect(firstMatch(page, ['.missing', 'h1'])).toBeUndefined();
    expect(allMatches(page, ['.missing'])).toBeUndefined();
  });

  it('skips an invalid selector instead of throwing', () => {
    expect(firstMatch(page, ['[[bad', 'div.a'])?.selector).toBe('div.a');
  });

  it('returns every element of the first selector that matches', () => {
    const matches = allMatches(page, ['li', '.b', 'div']);
    expect(matches?.selector).toBe('.b');
    expect(matches?.elements.map((e) => e.textContent)).toEqual(['one', 'two']);
  });

  it('reads cleaned text and meta content', () => {
    const head = doc(
      '<head><meta property="og:title" content="  Senior   Engineer "><meta name="title" content="x"></head><p> a \n b </p>',
    );
    expect(metaContent(head, 'og:title')).toBe('Senior Engineer');
    expect(metaContent(head, 'og:missing')).toBeUndefined();
    expect(textOf(head, ['p'])).toBe('a b');
    expect(cleanText('  \n ')).toBeUndefined();
  });
});

describe('htmlToText', () => {
  it('keeps paragraphs as blank-line separated blocks and list items as lines', () => {
    const html = '<h3>About</h3><p>We build   things.</p><ul><li>Rust</li><li>Go &amp; C</li></ul><p>Apply<br>now</p>';
    expect(htmlToText(html)).toBe('About\n\nWe build things.\n\nRust\nGo & C\n\nApply\nnow');
  });

  it('decodes entities and drops scripts, styles and comments', () => {
    const html =
      '<div>Caf&eacute; &#8211; R&amp;D&nbsp;team &#x2019;<script>var x = "<p>no</p>";</script><style>p{}</style><!-- hidden --></div>';
    expect(htmlToText(html)).toBe('Café – R&D team ’');
  });

  it('reads an element as well as a string', () => {
    const element = doc('<div id="d"><p>One</p><p>Two</p></div>').getElementById('d');
    expect(element && htmlToText(element)).toBe('One\n\nTwo');
  });

  it('returns an empty string for empty or tag-only input and survives truncated markup', () => {
    expect(htmlToText('')).toBe('');
    expect(htmlToText('<div><p></p></div>')).toBe('');
    expect(htmlToText('<p>Cut off <scr')).toBe('Cut off');
    expect(htmlToText('<p>Open comment <!-- never closed')).toBe('Open comment');
  });

  it('leaves unknown named entities alone', () => {
    expect(decodeEntities('&notanentity; &lt;b&gt;')).toBe('&notanentity; <b>');
  });
});

describe('toIsoDate', () => {
  it('reads a bare day as midnight UTC, or the end of that day', () => {
    expect(toIsoDate('2024-09-24')).toBe('2024-09-24T00:00:00.000Z');
    expect(toIsoDate('2026-04-14', true)).toBe('2026-04-14T23:59:59.999Z');
  });

  it('reads date-times with offsets and epoch milliseconds', () => {
    expect(toIsoDate('2026-01-20T10:00:00+02:00')).toBe('2026-01-20T08:00:00.000Z');
    expect(toIsoDate(1_776_124_800_000)).toBe('2026-04-14T00:00:00.000Z');
  });

  it('returns undefined for anything else', () => {
    expect(toIsoDate('yesterday')).toBeUndefined();
    expect(toIsoDate('2024-13-45')).toBeUndefined();
    expect(toIsoDate(null)).toBeUndefined();
    expect(toIsoDate({})).toBeUndefined();
  });
});

describe('normalizeEmploymentType', () => {
  it.each([
    ['Full time', 'full-time'],
    ['Full-Time', 'full-time'],
    ['FULL_TIME', 'full-time'],
    ['Temps plein', 'full-time'],
    ['CDI', 'full-time'],
    ['Vollzeit', 'full-time'],
    ['Tiempo completo', 'full-time'],
    ['Tempo integral', 'full-time'],
    ['Part time', 'part-time'],
    ['PART_TIME', 'part-time'],
    ['Temps partiel', 'part-time'],
    ['Teilzeit', 'part-time'],
    ['Contract', 'contract'],
    ['CONTRACTOR', 'contract'],
    ['CDD', 'contract'],
    ['Befristet', 'contract'],
    ['Stage', 'internship'],
    ['Internship', 'internship'],
    ['INTERN', 'internship'],
    ['Praktikum', 'internship'],
    ['Prácticas', 'internship'],
    ['Estágio', 'internship'],
    ['Full-time internship', 'internship'],
    ['Temporary', 'temporary'],
    ['Intérim', 'temporary'],
  ] as const)('%s → %s', (text, expected) => {
    expect(normalizeEmploymentType(text)).toBe(expected);
  });

  it('returns undefined for an unknown label', () => {
    expect(normalizeEmploymentType('Other')).toBeUndefined();
    expect(normalizeEmploymentType('')).toBeUndefined();
    expect(normalizeEmploymentType(undefined)).toBeUndefined();
  });
});

describe('inferExperienceLevel', () => {
  it.each([
    ['Software Engineering Intern', 'intern'],
    ['Systems Administrator Intern', 'intern'],
    ['Stagiaire Développeur', 'intern'],
    ['Internship', 'intern'],
    ['Junior Data Analyst', 'junior'],
    ['Entry level', 'junior'],
    ['Associate', 'junior'],
    ['Débutant', 'junior'],
    ['Premier emploi', 'junior'],
    ['Mid-Senior level', 'mid'],
    ['Confirmé', 'mid'],
    ['Desenvolvedor Backend Pleno', 'mid'],
    ['Pleno-sênior', 'mid'],
    ['Software Engineer II', 'mid'],
    ['Senior Test Engineer - Autonomous Driving', 'senior'],
    ['Sr. Backend Engineer', 'senior'],
    ['Staff Engineer', 'staff'],
    ['Principal Software Engineer, Applied AI', 'staff'],
    ['Engineering Manager', 'manager'],
    ['Director', 'director'],
    ['Associate Director, Finance', 'director'],
    ['VP of Engineering', 'director'],
    ['Head of Design', 'director'],
    ['Executive', 'director'],
    ['Cadre dirigeant', 'director'],
  ] as const)('%s → %s', (text, expected) => {
    expect(inferExperienceLevel(text)).toBe(expected);
  });

  it('returns undefined when the text states no level', () => {
    expect(inferExperienceLevel('Software Engineer')).toBeUndefined();
    expect(inferExperienceLevel('Not Applicable')).toBeUndefined();
    expect(inferExperienceLevel('Account Executive')).toBeUndefined();
    expect(inferExperienceLevel('Internal Auditor')).toBeUndefined();
  });
});

describe('parseSalaryText', () => {
  it('reads a LinkedIn base pay range', () => {
    expect(parseSalaryText('$65,000.00/yr - $75,000.00/yr')).toEqual({
      min: 65000,
      max: 75000,
      currency: 'USD',
      period: 'year',
      text: '$65,000.00/yr - $75,000.00/yr',
    });
  });

  it('reads K suffixes, European separators and other currencies', () => {
    expect(parseSalaryText('$168K – $275.1K • Offers Equity')).toMatchObject({
      min: 168000,
      max: 275100,
      currency: 'USD',
    });
    expect(parseSalaryText('45.000,50 € - 55.000 € par an')).toMatchObject({
      min: 45000.5,
      max: 55000,
      currency: 'EUR',
      period: 'year',
    });
    expect(parseSalaryText('£40 000 – £50 000 per annum')).toMatchObject({ min: 40000, max: 50000, currency: 'GBP' });
    expect(parseSalaryText('CA$90,000 - CA$110,000')).toMatchObject({ currency: 'CAD' });
  });

  it('reads one figure as both bounds, or one bound after "up to" / "from"', () => {
    expect(parseSalaryText('$25/hr')).toMatchObject({ min: 25, max: 25, period: 'hour' });
    const upTo = parseSalaryText('Up to $30 per hour');
    expect(upTo).toMatchObject({ max: 30, period: 'hour' });
    expect(upTo?.min).toBeUndefined();
    const from = parseSalaryText('From €4,000 a month');
    expect(from).toMatchObject({ min: 4000, period: 'month', currency: 'EUR' });
    expect(from?.max).toBeUndefined();
  });

  it('returns undefined without a figure', () => {
    expect(parseSalaryText('Competitive')).toBeUndefined();
    expect(parseSalaryText('')).toBeUndefined();
  });
});

describe('JSON-LD JobPosting', () => {
  const posting = {
    '@context': 'https://schema.org/',
    '@type': 'JobPosting',
    title: 'Software Engineer, Accounting',
    description: '<p>About Ramp</p><ul><li>Build</li><li>Ship</li></ul>',
    datePosted: '2026-01-20',
    validThrough: '2026-04-14',
    employmentType: 'FULL_TIME',
    identifier: { '@type': 'PropertyValue', name: 'Ramp', value: 'R-123' },
    hiringOrganization: { '@type': 'Organization', name: 'Ramp &amp; Co' },
    jobLocation: [
      { '@type': 'Place', address: { addressLocality: 'New York City', addressRegion: 'NY', addressCountry: 'USA' } },
      {
        '@type': 'Place',
        address: { addressLocality: 'Paris', addressCountry: { '@type': 'Country', name: 'France' } },
      },
    ],
    jobLocationType: 'TELECOMMUTE',
    baseSalary: {
      '@type': 'MonetaryAmount',
      currency: 'USD',
      value: { '@type': 'QuantitativeValue', minValue: 168000, maxValue: 275100, unitText: 'YEAR' },
    },
  };

  it('reads every field into Posting terms', () => {
    expect(jobPostingFields(posting)).toEqual({
      title: 'Software Engineer, Accounting',
      company: 'Ramp & Co',
      locations: ['New York City, NY, USA', 'Paris, France'],
      posted: { kind: 'exact', date: '2026-01-20T00:00:00.000Z' },
      validThrough: '2026-04-14T23:59:59.999Z',
      employmentType: 'full-time',
      workplace: 'remote',
      salary: { min: 168000, max: 275100, currency: 'USD', period: 'year' },
      requisitionId: 'R-123',
      descriptionText: 'About Ramp\n\nBuild\nShip',
    });
  });

  it('finds the posting in an array, in @graph, and after a broken script', () => {
    const inArray = doc(ldScript(JSON.stringify([{ '@type': 'Organization' }, posting])));
    expect(readJsonLdJobPosting(inArray)?.title).toBe('Software Engineer, Accounting');
    const inGraph = doc(
      ldScript(JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage' }, posting] })),
    );
    expect(readJsonLdJobPosting(inGraph)?.requisitionId).toBe('R-123');
    const afterBroken = doc(ldScript('{"@type": "JobPosting", "title": ') + ldScript(JSON.stringify(posting)));
    expect(findJsonLdJobPosting(afterBroken)?.title).toBe('Software Engineer, Accounting');
  });

  it('returns undefined when there is no JobPosting or only broken JSON', () => {
    expect(readJsonLdJobPosting(doc(ldScript('{"@type":"Organization"}')))).toBeUndefined();
    expect(readJsonLdJobPosting(doc(ldScript('not json')))).toBeUndefined();
    expect(readJsonLdJobPosting(doc('<p>nothing</p>'))).toBeUndefined();
  });

  it('skips fields of the wrong type instead of failing', () => {
    const fields = jobPostingFields({
      '@type': 'JobPosting',
      title: 42,
      datePosted: 'sometime',
      jobLocation: { address: 'Berlin' },
      baseSalary: { currency: 'EUR', value: 'lots' },
      identifier: 'W-9',
      employmentType: ['OTHER', 'PART_TIME'],
    });
    expect(fields).toEqual({ title: '42', locations: ['Berlin'], requisitionId: 'W-9', employmentType: 'part-time' });
  });

  it('reads a Workday address once when locality and country repeat', () => {
    const fields = jobPostingFields({
      '@type': 'JobPosting',
      jobLocation: {
        '@type': 'Place',
        address: { addressCountry: 'Colombia', addressLocality: 'COL-DC Bogota Calle 25G' },
      },
    });
    expect(fields.locations).toEqual(['COL-DC Bogota Calle 25G, Colombia']);
  });
});

describe('normalizeWorkplace', () => {
  it.each([
    ['Hybrid', 'hybrid'],
    ['Hybride', 'hybrid'],
    ['Híbrido', 'hybrid'],
    ['Remote', 'remote'],
    ['Télétravail', 'remote'],
    ['Remoto', 'remote'],
    ['On-site', 'onsite'],
    ['Onsite', 'onsite'],
    ['Sur site', 'onsite'],
    ['Presencial', 'onsite'],
    ['Hybrid (remote two days a week)', 'hybrid'],
  ] as const)('%s → %s', (text, expected) => {
    expect(normalizeWorkplace(text)).toBe(expected);
  });

  it('returns undefined for anything else', () => {
    expect(normalizeWorkplace('Seattle')).toBeUndefined();
    expect(normalizeWorkplace(undefined)).toBeUndefined();
  });
});

describe('closedByDate', () => {
  const now = new Date('2026-04-15T00:00:00.000Z');

  it('says the posting is closed once the closing date has passed', () => {
    expect(closedByDate('2026-04-14T23:59:59.999Z', now)).toEqual({
      reason: "The posting's closing date (2026-04-14) has passed.",
    });
  });

  it('says nothing before the closing date or without one', () => {
    expect(closedByDate('2026-04-15T00:00:00.000Z', now)).toBeUndefined();
    expect(closedByDate(undefined, now)).toBeUndefined();
  });
});

describe('finishPosting', () => {
  it('validates a draft, dropping undefined fields and filling defaults', () => {
    const result = finishPosting(
      { source: 'lever', id: 'x', url: 'https://jobs.lever.co/a/x', title: 'Engineer', company: undefined },
      'Lever',
    );
    expect(result).toEqual({
      ok: true,
      posting: {
        source: 'lever',
        id: 'x',
        url: 'https://jobs.lever.co/a/x',
        view: 'page',
        title: 'Engineer',
        locations: [],
        skills: [],
        flags: {},
        evidence: {},
      },
    });
    expect(result.ok && 'company' in result.posting).toBe(false);
  });

  it('names the site and the missing field when the draft is not a posting', () => {
    const result = finishPosting({ source: 'workday', id: 'k', url: 'https://a.wd1.myworkdayjobs.com/x' }, 'Workday');
    expect(result).toEqual({
      ok: false,
      reason:
        'This Workday page has no readable job posting (title is missing or invalid); it may still be loading or may have been taken down.',
    });
  });
});
