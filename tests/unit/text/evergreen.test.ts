import { findEvergreenPhrase } from '@/lib/text/evergreen';

describe('findEvergreenPhrase', () => {
  it.each([
    ['Not the right fit? Join our talent community.', 'Join our talent community', false],
    ['Submit your CV to our talent pool', 'talent pool', false],
    ['We’re always looking for great people', 'We’re always looking for great people', false],
    ["We're always looking for talent", "We're always looking for talent", false],
    ['Apply and we will keep you in mind for future opportunities', 'future opportunities', false],
    ['We are always accepting applications', 'always accepting applications', false],
    ['This requisition feeds our candidate pipeline', 'candidate pipeline', false],
    ['This is a pipeline role for 2027', 'pipeline role', false],
    ['This posting is an expression of interest', 'expression of interest', false],
    ['General Application - Engineering', 'General Application', false],
    ['This is an evergreen position', 'evergreen position', false],
    ['Register your interest below', 'Register your interest', false],
    ['Speculative applications welcome', 'Speculative applications', false],
    ['Please note this is not a current vacancy.', 'not a current vacancy', true],
    ['There are no current openings in this team', 'no current openings', true],
    ['Rejoignez notre vivier de talents', 'vivier de talents', false],
    ['Candidature spontanée', 'Candidature spontanée', false],
    ["Ce n'est pas un poste ouvert", "n'est pas un poste ouvert", true],
    ['Werden Sie Teil unseres Talentpools: Talent-Pool Software', 'Talent-Pool', false],
    ['Initiativbewerbung Vertrieb', 'Initiativbewerbung', false],
    ['Für zukünftige Stellen', 'zukünftige Stellen', false],
    ['Es gibt keine offene Stelle', 'keine offene Stelle', true],
    ['Únete a nuestra bolsa de talento', 'bolsa de talento', false],
    ['Candidatura espontánea', 'Candidatura espontánea', false],
    ['Cadastre-se no nosso banco de talentos', 'banco de talentos', false],
    ['Vagas para oportunidades futuras', 'oportunidades futuras', false],
  ])('finds the pipeline wording in %j', (text, phrase, explicit) => {
    expect(findEvergreenPhrase(text)).toEqual({ phrase, explicit });
  });

  it.each([
    'Own the sales pipeline and keep the data pipeline healthy',
    'Evergreen Health is hiring a registered nurse',
    'We are always looking for ways to improve our product',
    'Open to applications from all backgrounds',
    'Our future is bright',
    'General Motors supplier',
    '',
  ])('finds none in %j', (text) => {
    expect(findEvergreenPhrase(text)).toBeUndefined();
  });

  it('reports the first phrase', () => {
    expect(findEvergreenPhrase('Future opportunities await in our talent pool')?.phrase).toBe('Future opportunities');
  });
});
