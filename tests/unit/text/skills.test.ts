import fc from 'fast-check';
import { matchSkills, SKILL_COUNT } from '@/lib/text/skills';
import { SKILL_DICTIONARY } from '@/lib/text/skills-dictionary';

describe('the skills dictionary', () => {
  it('knows at least 300 skills', () => {
    expect(SKILL_COUNT).toBeGreaterThanOrEqual(300);
  });

  it('covers every field the product serves', () => {
    for (const field of ['engineering', 'data', 'design', 'product', 'marketing', 'sales', 'finance', 'operations']) {
      expect(SKILL_DICTIONARY[field]?.length ?? 0, field).toBeGreaterThanOrEqual(20);
    }
    expect(SKILL_DICTIONARY.healthCare?.length ?? 0).toBeGreaterThanOrEqual(20);
  });

  it('gives no form to two skills', () => {
    const owner = new Map<string, string>();
    for (const entries of Object.values(SKILL_DICTIONARY)) {
      for (const entry of entries) {
        const [skill = entry, forms = ''] = entry.split(': ');
        for (const form of forms ? forms.split(', ') : [skill]) {
          const key = form
            .replace(/^[=?]/, '')
            .toLowerCase()
            .replace(/[\s-]+/g, ' ');
          expect(owner.get(key) ?? skill, `"${form}" in ${skill}`).toBe(skill);
          owner.set(key, skill);
        }
      }
    }
  });

  it('finds every skill by its own name', () => {
    const missed: string[] = [];
    for (const entries of Object.values(SKILL_DICTIONARY)) {
      for (const entry of entries) {
        const skill = entry.split(': ')[0] ?? entry;
        // Context-bound names are found in a list, as a description would put them.
        if (!matchSkills(`Python, ${skill}, SQL`).includes(skill)) missed.push(skill);
      }
    }
    expect(missed).toEqual([]);
  });
});

describe('matchSkills', () => {
  it.each([
    ['Experience with k8s and Terraform', ['Kubernetes', 'Terraform']],
    ['Backend in golang', ['Go']],
    ['Strong JS and TypeScript', ['JavaScript', 'TypeScript']],
    ['We run postgres and Mongo', ['PostgreSQL', 'MongoDB']],
    ['Node.js, NodeJS or node js', ['Node.js']],
    ['Vue.js and ReactJS', ['Vue.js', 'React']],
    ['CI/CD with GitHub Actions', ['CI/CD', 'GitHub Actions']],
    ['machine-learning and Machine Learning', ['Machine learning']],
    ['Amazon Web Services (EC2, S3)', ['AWS']],
    ['scikit-learn, sklearn', ['scikit-learn']],
    ['Salesforce CRM and HubSpot', ['Salesforce', 'CRM', 'HubSpot']],
    ['FP&A, GAAP and month-end close', ['FP&A', 'GAAP', 'Month-end close']],
    ['Figma prototypes and usability testing', ['Figma', 'Prototyping', 'Usability testing']],
    ['BLS and ACLS certified, Epic EHR', ['BLS', 'ACLS', 'Epic']],
    ['SEO, SEM and Google Analytics', ['SEO', 'SEM', 'Google Analytics']],
    ['Lean Six Sigma, supply chain', ['Six Sigma', 'Supply chain management']],
  ])('reads aliases in %j', (text, skills) => {
    expect(matchSkills(text)).toEqual(skills);
  });

  it('handles C++, C#, .NET, ASP.NET and F#', () => {
    expect(matchSkills('C++, C# and .NET')).toEqual(['C++', 'C#', '.NET']);
    expect(matchSkills('ASP.NET Core and F#')).toEqual(['ASP.NET', 'F#']);
    expect(matchSkills('modern C++17')).toEqual(['C++']);
    expect(matchSkills('C/C++ firmware')).toEqual(['C', 'C++', 'Embedded systems']);
  });

  it('keeps the order of first appearance and reports each skill once', () => {
    expect(matchSkills('Python, then Java, then python3 and Java again, AWS')).toEqual(['Python', 'Java', 'AWS']);
  });

  it('takes Go only as a language', () => {
    expect(matchSkills('Our stack: Java, Python and Go.')).toEqual(['Java', 'Python', 'Go']);
    expect(matchSkills('Services written in Go')).toEqual(['Go']);
    expect(matchSkills('Go developer wanted')).toEqual(['Go']);
    expect(matchSkills('Own the go to market plan')).not.toContain('Go');
    expect(matchSkills('Own the Go-to-market plan')).not.toContain('Go');
    expect(matchSkills("Let's go! Ready, set, Go")).toEqual([]);
    expect(matchSkills('Go beyond. Google is not Go either.')).toEqual([]);
  });

  it('takes R, C, Swift, Rust and Spark only in context', () => {
    expect(matchSkills('R&D budget')).toEqual([]);
    expect(matchSkills('Python, R and SQL')).toEqual(['Python', 'R', 'SQL']);
    expect(matchSkills('Plan C for the C-level')).toEqual([]);
    expect(matchSkills('a swift reply, rust on the pipes, a spark of joy')).toEqual([]);
    expect(matchSkills('Swift and Objective-C')).toEqual(['Swift', 'Objective-C']);
    expect(matchSkills('Rust engineers welcome')).toEqual(['Rust']);
    expect(matchSkills('Hadoop, Spark, Kafka')).toEqual(['Hadoop', 'Spark', 'Kafka']);
  });

  it('does not read Excel into excellent, Java into JavaScript, or SQL into MySQL', () => {
    expect(matchSkills('excellent communication')).toEqual([]);
    expect(matchSkills('Advanced Excel')).toEqual(['Excel']);
    expect(matchSkills('JavaScript')).toEqual(['JavaScript']);
    expect(matchSkills('MySQL')).toEqual(['MySQL']);
  });

  it('ignores case except where the capital is the point', () => {
    expect(matchSkills('PYTHON, java and KUBERNETES')).toEqual(['Python', 'Java', 'Kubernetes']);
    expect(matchSkills('we react quickly')).toEqual([]);
    expect(matchSkills('React and Redux')).toEqual(['React', 'Redux']);
  });

  it('needs whole words: no skill inside a domain, a file name or R&D', () => {
    expect(matchSkills('see example.net and app.js')).toEqual([]);
    expect(matchSkills('our R&D team')).toEqual([]);
  });

  it('reads through typographic punctuation and accents', () => {
    expect(matchSkills('“Python” • Kubernetes – Terraform…')).toEqual(['Python', 'Kubernetes', 'Terraform']);
    expect(matchSkills('Développeur Python à Paris, télétravail')).toEqual(['Python']);
    expect(matchSkills('machine\u00a0learning')).toEqual(['Machine learning']);
  });

  it('never throws and only answers known skills, once each', () => {
    const known = new Set(
      Object.values(SKILL_DICTIONARY)
        .flat()
        .map((entry) => entry.split(': ')[0]),
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const skills = matchSkills(text);
        expect(new Set(skills).size).toBe(skills.length);
        for (const skill of skills) expect(known.has(skill)).toBe(true);
      }),
    );
  });
});
