import {
  closedPhrase,
  isActivelyReviewing,
  isApplied,
  isEarlyApplicantBadge,
  isEasyApply,
  isPromoted,
  isViewed,
  jobIdFromLink,
  jobIdFromUrn,
  looksLikeSalary,
  parseApplicants,
  parseWorkplace,
  splitWorkplaceSuffix,
} from '@/lib/extract/linkedin-text';

const NBSP = '\u00a0';
const NARROW_NBSP = '\u202f';

describe('parseApplicants', () => {
  test.each([
    ['Over 100 applicants', 100, true],
    ['45 applicants', 45, false],
    ['1 applicant', 1, false],
    ['100 people clicked apply', 100, false],
    ['Over 100 people clicked apply', 100, true],
    ['100+ applicants', 100, true],
    [`87${NBSP}candidats`, 87, false],
    ['Plus de 100 candidats', 100, true],
    ['Plus de 100 candidatures', 100, true],
    ['Mehr als 100 Bewerber', 100, true],
    ['45 Bewerbungen', 45, false],
    ['Más de 100 solicitudes', 100, true],
    ['45 solicitantes', 45, false],
    ['Mais de 100 candidaturas', 100, true],
    ['45 candidatos', 45, false],
    ['1,234 applicants', 1234, false],
    [`1${NBSP}234 candidats`, 1234, false],
    [`1${NARROW_NBSP}234 candidats`, 1234, false],
    ['1.234 Bewerbungen', 1234, false],
    ['Over 1,000 applicants', 1000, true],
  ])('%s → %i (at least: %s)', (text, count, atLeast) => {
    expect(parseApplicants(text)).toEqual({
      applicants: { count, atLeast, text: text.replace(/[\u00a0\u202f]/g, ' ') },
      early: false,
    });
  });

  test('finds the count inside a longer line', () => {
    expect(parseApplicants('Découvrez comment vous vous positionnez par rapport à 87 candidats.')?.applicants).toEqual({
      count: 87,
      atLeast: false,
      text: '87 candidats',
    });
  });

  test.each([
    'Be among the first 25 applicants',
    'Soyez parmi les 25 premiers candidats',
    'Gehören Sie zu den ersten 25 Bewerbern',
    'Sé uno de los primeros 25 solicitantes',
    'Seja um dos 25 primeiros candidatos',
  ])('%s: fewer than 25 so far, an early-applicant upper bound', (text) => {
    expect(parseApplicants(text)).toEqual({ applicants: { count: 25, atLeast: false, text }, early: true });
  });

  test.each([
    'Apply',
    'No longer accepting applications',
    '3 days ago',
    'Candidature simplifiée',
    '9 compétences sur 11',
    '',
  ])('%s states no count', (text) => {
    expect(parseApplicants(text)).toBeUndefined();
  });
});

describe('closedPhrase', () => {
  test.each([
    'No longer accepting applications',
    "N'accepte plus de candidatures",
    'N’accepte plus de candidatures',
    'Nimmt keine Bewerbungen mehr an',
    'Ya no se aceptan solicitudes',
    'Não aceita mais candidaturas',
  ])('%s', (text) => {
    expect(closedPhrase(`  ${text} `)).toBe(text);
  });

  test('inside a longer text', () => {
    expect(closedPhrase('Senior Engineer · No longer accepting applications · 3 weeks ago')).toBe(
      'No longer accepting applications',
    );
  });

  test.each(['Accepting applications', 'Apply now', 'Actively reviewing applicants'])('%s is not closed', (text) => {
    expect(closedPhrase(text)).toBeUndefined();
  });
});

describe('flags', () => {
  test.each([
    'Promoted',
    'Promoted by hirer',
    'Promu',
    "Promu par l'employeur",
    'Gesponsert',
    'Vom Arbeitgeber gesponsert',
    'Promocionado',
    'Promocionado por el anunciante',
    'Promovida',
    'Promovido',
  ])('%s is promoted', (text) => {
    expect(isPromoted(text)).toBe(true);
  });

  test.each(['Promotions Manager', 'Head of Promotion', 'Promote our brand', 'Sponsoring'])('%s is not', (text) => {
    expect(isPromoted(text)).toBe(false);
  });

  test.each([
    'Actively reviewing applicants',
    'Actively recruiting',
    'Actively Hiring',
    'Recrutement actif',
    'Bewerbungen werden aktiv geprüft',
    'Revisando solicitudes activamente',
    'Contratación activa',
    'Recrutando ativamente',
  ])('%s is actively reviewing', (text) => {
    expect(isActivelyReviewing(text)).toBe(true);
  });

  test.each(['Le délai de réponse est généralement de 4 jours', 'Active Directory engineer'])('%s is not', (text) => {
    expect(isActivelyReviewing(text)).toBe(false);
  });

  test.each([
    'Easy Apply',
    'Candidature simplifiée',
    'Einfach bewerben',
    'Solicitud sencilla',
    'Candidatura simplificada',
    'Easy Apply to Senior Engineer at Acme',
  ])('%s is Easy Apply', (text) => {
    expect(isEasyApply(text)).toBe(true);
  });

  test.each(['Apply', 'Postuler', 'Apply on company website'])('%s is not Easy Apply', (text) => {
    expect(isEasyApply(text)).toBe(false);
  });

  test.each(['Be an early applicant', 'Be an early applicant +4 benefits', 'Soyez parmi les premiers candidats'])(
    '%s is the early-applicant badge',
    (text) => {
      expect(isEarlyApplicantBadge(text)).toBe(true);
    },
  );

  test.each(['Viewed', 'Vu', 'Vue', ' Angesehen ', 'Visto', 'Visualizado'])('%s is viewed', (text) => {
    expect(isViewed(text)).toBe(true);
  });

  test.each(['Vu sur LinkedIn', 'Recently viewed jobs', 'Visto bueno', 'Reviewed'])(
    '%s is not a viewed label',
    (text) => {
      expect(isViewed(text)).toBe(false);
    },
  );

  test.each([
    'Applied',
    'Applied 3 days ago',
    'Candidature envoyée',
    'Candidature envoyée il y a 3 jours',
    'Beworben',
    'Solicitado',
    'Candidatura enviada',
  ])('%s is applied', (text) => {
    expect(isApplied(text)).toBe(true);
  });

  test.each(['Applied AI Engineer', 'Not applied', 'Applications'])('%s is not applied', (text) => {
    expect(isApplied(text)).toBe(false);
  });
});

describe('workplace', () => {
  test.each([
    ['On-site', 'onsite'],
    ['Sur site', 'onsite'],
    ['Vor Ort', 'onsite'],
    ['Presencial', 'onsite'],
    ['Hybrid', 'hybrid'],
    ['Hybride', 'hybrid'],
    ['Híbrido', 'hybrid'],
    ['Remote', 'remote'],
    ['Télétravail', 'remote'],
    ['À distance', 'remote'],
    ['En remoto', 'remote'],
    ['Remoto', 'remote'],
  ] as const)('%s → %s', (text, workplace) => {
    expect(parseWorkplace(text)).toBe(workplace);
  });

  test.each(['Remote Sales Manager', 'Hybrid cloud engineer', 'Temps plein', 'Paris'])(
    '%s names no workplace',
    (text) => {
      expect(parseWorkplace(text)).toBeUndefined();
    },
  );

  test.each([
    ['Lille, Hauts-de-France, France (Hybride)', 'Lille, Hauts-de-France, France', 'hybrid'],
    ['France (À distance)', 'France', 'remote'],
    ['Dardilly, Auvergne-Rhône-Alpes, France (Sur site)', 'Dardilly, Auvergne-Rhône-Alpes, France', 'onsite'],
    ['Berlin, Germany', 'Berlin, Germany', undefined],
    ['Washington, DC (Metro)', 'Washington, DC (Metro)', undefined],
  ])('%s', (text, location, workplace) => {
    expect(splitWorkplaceSuffix(text)).toEqual(workplace ? { location, workplace } : { location });
  });
});

describe('looksLikeSalary', () => {
  test.each(['$120K/yr - $150K/yr', '€85K/yr - €100K/yr', '45 000 € par an', '$30/hr'])('%s is pay', (text) => {
    expect(looksLikeSalary(text)).toBe(true);
  });

  test.each(['Hybrid', 'Paris (Hybrid)', 'Mid-Senior level', '201-500 employees'])('%s is not', (text) => {
    expect(looksLikeSalary(text)).toBe(false);
  });
});

describe('job ids', () => {
  test.each([
    ['urn:li:jobPosting:4461353862', '4461353862'],
    ['urn:li:fsd_jobPosting:4461353862', '4461353862'],
    ['urn:li:fs_normalized_jobPosting:4461353862', '4461353862'],
    ['3786945580', '3786945580'],
    ['search', undefined],
    ['urn:li:company:1234567', undefined],
    [null, undefined],
  ])('urn %s → %s', (urn, id) => {
    expect(jobIdFromUrn(urn)).toBe(id);
  });

  test.each([
    ['https://kr.linkedin.com/jobs/view/applied-ai-engineer-at-actai-4461353862?position=1&pageNum=0', '4461353862'],
    ['/jobs/view/4400000101/?eBP=CwEAAA&refId=x1', '4400000101'],
    [
      'https://www.linkedin.com/jobs/collections/similar-jobs/?currentJobId=3784292969&originToLandingJobPostings=3784292969',
      '3784292969',
    ],
    ['https://www.linkedin.com/company/acme/life', undefined],
    ['https://example.com/jobs/view/4461353862', undefined],
    ['http://[bad', undefined],
  ])('link %s → %s', (href, id) => {
    expect(jobIdFromLink(href)).toBe(id);
  });
});
