import { findRequirements } from '@/lib/text/requirements';

describe('findRequirements', () => {
  it('finds years of experience, a degree and a certification, quoting them', () => {
    expect(findRequirements("5+ years of professional experience, a Bachelor's degree and PMP certification")).toEqual([
      { kind: 'experience', text: '5+ years of professional experience' },
      { kind: 'degree', text: "Bachelor's degree" },
      { kind: 'certification', text: 'PMP' },
    ]);
  });

  it.each([
    ['3-5 yrs experience in sales', '3-5 yrs experience'],
    ['At least 2 years of hands-on experience', '2 years of hands-on experience'],
    ['5 ans d’expérience minimum', '5 ans d’expérience'],
    ['mindestens 3 Jahre Berufserfahrung', '3 Jahre Berufserfahrung'],
    ['3 años de experiencia', '3 años de experiencia'],
    ['2 anos de experiência', '2 anos de experiência'],
  ])('reads experience in %j', (text, quoted) => {
    expect(findRequirements(text)).toEqual([{ kind: 'experience', text: quoted }]);
  });

  it.each([
    ['BS in Computer Science', 'BS in'],
    ['MBA preferred', 'MBA'],
    ['Ph.D. preferred', 'Ph.D'],
    ['Diplôme d’ingénieur ou Bac+5', 'Diplôme d’ingénieur'],
    ['Bac+5 en informatique', 'Bac+5'],
    ['abgeschlossenes Studium der Informatik', 'Studium'],
    ['Licenciatura en Administración', 'Licenciatura'],
    ['Graduação em Engenharia', 'Graduação em'],
  ])('reads a degree in %j', (text, quoted) => {
    expect(findRequirements(text)).toEqual([{ kind: 'degree', text: quoted }]);
  });

  it.each([
    ['Active RN license', 'license'],
    ['AWS Certified Solutions Architect', 'Certified'],
    ['CPA required', 'CPA'],
    ['Zertifizierung als Scrum Master', 'Zertifizierung'],
  ])('reads a certification in %j', (text, quoted) => {
    expect(findRequirements(text)).toContainEqual({ kind: 'certification', text: quoted });
  });

  it.each([
    'an experience like no other',
    '10 years ago we founded the company',
    'Use MS Word and ms-dos',
    'We have 200 employees with years of combined experience',
    '',
  ])('finds nothing in %j', (text) => {
    expect(findRequirements(text)).toEqual([]);
  });
});
