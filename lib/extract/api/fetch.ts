/**
 * Fetching a site API's answer, apart from building the request (each site's module) and reading the answer
 * (`merge`): what came back is sorted into JSON, "not found" (404 or 410: the site has no such posting or board)
 * and a failure that says nothing about the posting (unreachable, timed out, another HTTP error, or a body that
 * is not JSON, such as the sign-in or error page some APIs answer with). Nothing here throws.
 */

export type ApiAnswer =
  | { kind: 'json'; json: unknown }
  | { kind: 'not-found'; status: number }
  /** `reason` completes a sentence that starts with the API's name: "… answered HTTP 503". */
  | { kind: 'failed'; reason: string };

export const API_TIMEOUT_MS = 10_000;

export async function fetchApi(url: string, fetchFn: typeof fetch, timeoutMs = API_TIMEOUT_MS): Promise<ApiAnswer> {
  let response: Response;
  try {
    response = await fetchFn(url, {
      credentials: 'omit',
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const timedOut = error instanceof Error && error.name === 'TimeoutError';
    const detail = error instanceof Error ? error.message : String(error);
    return {
      kind: 'failed',
      reason: timedOut ? `did not answer within ${timeoutMs / 1000} s` : `could not be reached (${detail})`,
    };
  }
  if (response.status === 404 || response.status === 410) return { kind: 'not-found', status: response.status };
  if (!response.ok) return { kind: 'failed', reason: `answered HTTP ${response.status}` };
  let body: string;
  try {
    body = await response.text();
  } catch (error) {
    return { kind: 'failed', reason: `stopped answering (${error instanceof Error ? error.message : String(error)})` };
  }
  try {
    return { kind: 'json', json: JSON.parse(body) };
  } catch {
    return {
      kind: 'failed',
      reason: /^\s*</.test(body)
        ? 'answered with a web page instead of JSON'
        : 'answered with something that is not JSON',
    };
  }
}
