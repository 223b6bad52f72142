/**
 * Every point the score gives or takes, in one place. The value is the sum of the factors (see index.ts):
 *
 *   base 30 · freshness -15…+20 · quality -8…+8 · specificity -2…+17 · confidence -5…+5 · source 0…+5
 *   · still listed on the employer's own site +6 · company patterns and LinkedIn labels -7…+9
 *   · the employer's statement of a current vacancy 0…+5
 *   · each ghost signal -3…-40
 *
 * Tuned so that the product brief's example (a Lever posting from 3 days ago, located, a 2590-character description
 * naming 4 skills, High confidence 90%, no company history) scores 70: 30 + 19 + 8 + 4 + 4 + 5.
 */
export const POINTS = {
  base: 30,
  freshness: {
    /** A posting from today; falls linearly to `atStalePoint` at settings.staleDays. */
    new: 20,
    atStalePoint: -5,
    /** Past the stale point it keeps falling by this much per further stale period, down to `floor`. */
    perStalePeriodPast: -10,
    floor: -15,
    /** Known only from the first sighting: it may have been up long before, so never more than this. */
    firstSeenCap: 10,
    unknown: -3,
  },
  quality: {
    location: 3,
    noLocation: -2,
    noDescription: -6,
    shortDescription: -2,
    description: 2,
    qualityDescription: 5,
  },
  specificity: {
    perSkill: 1,
    maxSkills: 6,
    noSkills: -2,
    salary: 5,
    perRequirement: 2,
  },
  /** round((confidence - 50) / 10): 90% gives +4, 20% gives -3. */
  confidence: { neutral: 50, perPoint: 10 },
  source: { directAts: 5, jobBoard: 0 },
  employer: {
    /** A job board's posting its employer's ATS still lists; an unknown answer gives nothing either way. */
    listed: 6,
    /** The employer states the posting is for a current vacancy. */
    currentVacancy: 5,
  },
  company: {
    manyOpenRoles: 2,
    shortLifetime: 2,
    longLifetime: -3,
    frequentReposts: -3,
    fewStale: 2,
    activelyReviewing: 3,
    promoted: -1,
  },
  ghost: {
    closed: -40,
    /** The employer's own ATS no longer lists what the job board still shows. */
    employerGone: -30,
    stale: -8,
    farPastStale: -15,
    repostLabel: -5,
    perRepostSeen: -5,
    maxRepostsCounted: 3,
    evergreen: -15,
    explicitNoVacancy: -20,
    vague: -4,
    veryVague: -8,
    manyApplicants: -3,
    swampedAndStale: -6,
    companyStale: -6,
    noVacancy: -20,
    fillByPassed: -8,
  },
} as const;

/** Description lengths, in characters, that separate short, plain and quality descriptions. */
export const DESCRIPTION_CHARS = { short: 300, quality: 1200 } as const;
