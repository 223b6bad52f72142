/**
 * One request to an ATS's public API and its answer, nothing read into it yet: the status, the body as JSON (or
 * undefined when it is not JSON) and how long a rate limit asks us to wait. A request that got no answer (offline,
 * refused, slower than the timeout) is a failure with a sentence, never an exception.
 */

export const TIMEOUT_MS = 10_000;

export interface AtsRequest {
  url: string;
  /** GET unless said; a POST sends `body` as JSON. */
  method?: 'GET' | 'POST';
  body?: string;
}

export type AtsAnswer =
  | { kind: 'answer'; status: number; json: unknown; retryAfterMs?: number }
  | { kind: 'failed'; reason: string };

/** Retry-After as seconds or an HTTP date, in milliseconds from `now`; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now: Date): number | undefined {
  const text = header?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime());
}

function failureReason(error: unknown, timeoutMs: number): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'TimeoutError' || name === 'AbortError') return `did not answer within ${timeoutMs / 1000} s`;
  return 'could not be reached (offline, or the site is down)';
}

export async function sendAtsRequest(
  fetchJson: typeof fetch,
  request: AtsRequest,
  now: Date,
  timeoutMs = TIMEOUT_MS,
): Promise<AtsAnswer> {
  try {
    const post = request.method === 'POST';
    // No cookies or referrer: the ATS learns which posting is asked about and nothing about who asks.
    const response = await fetchJson(request.url, {
      method: post ? 'POST' : 'GET',
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
      headers: post
        ? { accept: 'application/json', 'content-type': 'application/json' }
        : { accept: 'application/json' },
      ...(post && request.body !== undefined ? { body: request.body } : {}),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    const wait = response.status === 429 ? retryAfterMs(response.headers.get('retry-after'), now) : undefined;
    return { kind: 'answer', status: response.status, json, ...(wait === undefined ? {} : { retryAfterMs: wait }) };
  } catch (error) {
    return { kind: 'failed', reason: failureReason(error, timeoutMs) };
  }
}
