import { findRequirements } from '@/lib/text/requirements';

describe('findRequirements', () => {
  it('finds years of experience, a degree and a certification, quoting them', () => {
    expect(findRequirements("5+ years of professional experience, a Bachelor's degree and PMP certification")).toEqual([
      { kind: 'experience', text: '5+ years of professional experience' },
      { kind: 'degree', text: "Bachelor's degree" },
      { kind: 'certification', text: 'PMP certification' },
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
    ['BS in Computer Science', 'BS in Computer Science'],
    ['MBA preferred', 'MBA'],
    ['Ph.D. preferred', 'Ph.D'],
    ['Diplôme d’ingénieur ou Bac+5', 'Diplôme d’ingénieur ou Bac+5'],
    ['Bac+5 en informatique', 'Bac+5 en informatique'],
    ['abgeschlossenes Studium der Informatik', 'Studium der Informatik'],
    ['Licenciatura en Administración', 'Licenciatura en Administración'],
    ['Graduação em Engenharia', 'Graduação em Engenharia'],
    ['grado en Ingeniería Informática o afines', 'grado en Ingeniería Informática'],
  ])('reads a degree in %j', (text, quoted) => {
    expect(findRequirements(text)).toEqual([{ kind: 'degree', text: quoted }]);
  });

  it.each([
    ['Active RN license', 'RN license'],
    ['AWS Certified Solutions Architect', 'AWS Certified Solutions Architect'],
    ['CPA required', 'CPA'],
    ['Zertifizierung als Scrum Master', 'Zertifizierung als Scrum Master'],
    ['BLS and ACLS certification required', 'BLS and ACLS certification'],
    ['certification in project management is a plus', 'certification in project management'],
  ])('reads a certification in %j', (text, quoted) => {
    expect(findRequirements(text)).toContainEqual({ kind: 'certification', text: quoted });
  });

  // The example: the label names the requirement as the posting says it, not "PhD in".
  it.each([
    [
      'MS or PhD in biostatistics, computer science, or a related field.',
      'MS or PhD in biostatistics, computer science',
    ],
    [
      "Bachelor's or Master's degree in Computer Science or related field",
      "Bachelor's or Master's degree in Computer Science",
    ],
    ['BS/MS in Electrical Engineering', 'BS/MS in Electrical Engineering'],
    ['a BSc, MSc or PhD in Physics; 3 years', 'BSc, MSc or PhD in Physics'],
    ["Master's or PhD in Statistics", "Master's or PhD in Statistics"],
    ['Bachelor of Science in Nursing (BSN)', 'Bachelor of Science in Nursing'],
    ['a degree in computer science.', 'degree in computer science'],
    ["Bachelor's degree\nResponsibilities", "Bachelor's degree"],
  ])('reads the degrees offered and their field whole in %j', (text, quoted) => {
    expect(findRequirements(text)).toEqual([{ kind: 'degree', text: quoted }]);
  });

  it('keeps a field to eight words and to its clause', () => {
    const [degree] = findRequirements('BS in one two three four five six seven eight nine ten');
    expect(degree?.text).toBe('BS in one two three four five six seven eight');
    expect(findRequirements('MBA in Finance: a must')[0]?.text).toBe('MBA in Finance');
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
