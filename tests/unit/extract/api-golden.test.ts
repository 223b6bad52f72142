import { existsSync } from 'node:fs';
import { apiResponses, apply, expectMerged, readApiGolden, readResponse } from './api-golden';
import { FIXTURES } from './golden';

const RESPONSES = apiResponses();

test('every saved API response has a golden file that applies it at least once', () => {
  expect(RESPONSES.length).toBeGreaterThanOrEqual(5);
  for (const [site, file] of RESPONSES) {
    expect(existsSync(`${FIXTURES}/${site}/${file.replace(/\.json$/, '.expected.json')}`), file).toBe(true);
    expect(readApiGolden(site, file).applications.length, file).toBeGreaterThan(0);
  }
});

describe.each(RESPONSES)('%s/%s', (site, file) => {
  const golden = readApiGolden(site, file);

  golden.applications.forEach((application, index) => {
    const name = application.entry ?? ('page' in application.appliedTo ? application.appliedTo.page : 'posting');

    if (application.refused !== undefined) {
      test(`#${index + 1} (${name}) is refused, and the posting is left as it was`, () => {
        const { before, result } = apply(site, file, application);
        const copy = structuredClone(before);
        expect(result).toEqual({ ok: false, kind: application.refusedAs ?? 'unknown', error: application.refused });
        expect(before).toEqual(copy);
      });
      return;
    }

    test(`#${index + 1} (${name}) merges into the posting as its golden file says`, () => {
      const { before, result } = apply(site, file, application);
      if (!result.ok) throw new Error(result.error);
      expectMerged(result.posting, application, before);
    });

    if (application.entry !== undefined) {
      test(`#${index + 1} is the board entry ${application.entry}`, () => {
        // Lever answers a board as an array, Greenhouse and Ashby as {jobs: […]}.
        const board = readResponse(site, file);
        const entries = Array.isArray(board) ? board : (board as { jobs?: unknown }).jobs;
        expect(Array.isArray(entries)).toBe(true);
        expect((entries as { id?: unknown }[]).some((item) => String(item.id) === application.entry)).toBe(true);
        const { result } = apply(site, file, application);
        expect(result.ok && result.posting.id).toBe(application.entry);
      });
    }
  });
});
