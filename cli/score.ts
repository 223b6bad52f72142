import { parseArgs } from 'node:util';
import { Window } from 'happy-dom';
import { InputError, parseNow, readHistory, readJson, readText } from '@/cli/inputs';
import { verdictOf } from '@/lib/ats/check';
import { crossCheckTarget } from '@/lib/ats/links';
import { employerCheckOf, withEmployerDate } from '@/lib/ats/outcome';
import type { EmployerCheck } from '@/lib/ats/types';
import { applyApiResponse } from '@/lib/extract/api';
import { enrichPosting } from '@/lib/extract/enrich';
import { extractPosting } from '@/lib/extract/index';
import type { History } from '@/lib/history';
import { scorePosting } from '@/lib/score';
import { DEFAULT_SETTINGS } from '@/lib/settings-defaults';

/**
 * `npm run --silent score -- <saved-page.html> --url <address> [--now <ISO>] [--history <file.json>] [--api <file.json>]`
 * Scores a saved job page exactly as the extension would, and prints one JSON object { posting, score }.
 * It never touches the network: the page's scripts and resources are not loaded, and the site's API answer,
 * when wanted, comes from a saved file merged the same way the background merges a live one. For a job board's
 * posting whose apply link goes to an ATS, the file is that ATS's answer, read as the background's cross-check
 * reads it; the output then says what it found (`employer`).
 */

export const USAGE =
  'Usage: npm run --silent score -- <saved-page.html> --url <address> [--now <ISO date>] [--history <file.json>] [--api <saved API response.json>]';

interface Io {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

function readArgs(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        url: { type: 'string' },
        now: { type: 'string' },
        history: { type: 'string' },
        api: { type: 'string' },
      },
    });
  } catch (error) {
    throw new InputError(`${(error as Error).message}\n${USAGE}`);
  }
}

/** The saved page as a document at its address, with scripts, resources and navigation all switched off. */
function parsePage(html: string, url: string): { document: Document; close: () => Promise<void> } {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptFileLoading: true,
      disableComputedStyleRendering: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
      },
      fetch: {
        interceptor: { beforeAsyncRequest: async (context) => new context.window.Response('', { status: 403 }) },
      },
    },
  });
  window.document.write(html);
  return { document: window.document as unknown as Document, close: () => window.happyDOM.close() };
}

async function run(argv: string[]): Promise<string> {
  const { values, positionals } = readArgs(argv);
  const [pagePath, ...extra] = positionals;
  if (!pagePath || extra.length > 0) throw new InputError(`Give exactly one saved page file.\n${USAGE}`);
  if (!values.url)
    throw new InputError(`Give the page's address with --url (a saved file does not know it).\n${USAGE}`);
  try {
    new URL(values.url);
  } catch {
    throw new InputError(`--url "${values.url}" is not an absolute address such as https://jobs.lever.co/company/id.`);
  }
  const now = parseNow(values.now);
  const html = await readText(pagePath, 'page file');
  const history: History = values.history ? await readHistory(values.history) : {};
  const apiJson = values.api ? await readJson(values.api, 'API response file') : undefined;

  const page = parsePage(html, values.url);
  let extracted: ReturnType<typeof extractPosting>;
  try {
    extracted = extractPosting(page.document, values.url, now);
  } finally {
    await page.close();
  }
  if (!extracted.ok) throw new InputError(extracted.reason);

  let posting = enrichPosting(extracted.posting);
  let employer: EmployerCheck | undefined;
  // A job board's posting has no API of its own: the file is the answer of the ATS its apply link goes to.
  const target = apiJson === undefined ? undefined : crossCheckTarget(posting);
  if (target && 'link' in target) {
    const answer = { kind: 'answer' as const, status: 200, json: apiJson };
    employer = employerCheckOf(target.link, verdictOf(target.link, answer), now);
    posting = withEmployerDate(posting, employer);
  } else if (apiJson !== undefined) {
    const merged = applyApiResponse(posting, apiJson, now);
    if (!merged.ok) throw new InputError(`The API response file "${values.api}" could not be used: ${merged.error}`);
    // As the background does (lib/background/date-lookup.ts): a description only the API gave is read too.
    posting = enrichPosting(merged.posting);
  }
  const score = scorePosting(posting, employer ? { ...history, employer } : history, DEFAULT_SETTINGS, now);
  return `${JSON.stringify({ posting, score, ...(employer ? { employer } : {}) }, null, 2)}\n`;
}

/** Runs the command; returns the exit code (0 scored, 1 unusable input, 2 unexpected failure). */
export async function main(argv: string[], io: Io): Promise<number> {
  try {
    io.stdout.write(await run(argv));
    return 0;
  } catch (error) {
    if (error instanceof InputError) {
      io.stderr.write(`score: ${error.message}\n`);
      return 1;
    }
    io.stderr.write(`score: unexpected failure: ${error instanceof Error ? (error.stack ?? error.message) : error}\n`);
    return 2;
  }
}
