import { readFileSync } from 'node:fs';
import type { AtsAnswer } from '@/lib/ats/request';

/** Saved API answers of tests/fixtures: the real ones of each site's folder, the hand-made ones of tests/fixtures/ats. */
export function savedJson(site: string, file: string): unknown {
  return JSON.parse(readFileSync(`tests/fixtures/${site}/${file}`, 'utf8'));
}

export const answer = (status: number, json: unknown, retryAfterMs?: number): AtsAnswer => ({
  kind: 'answer',
  status,
  json,
  ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
});

/** A fetch that answers each address from `routes` (a status and a body), and 404 with no body for the rest. */
export function fakeFetch(
  routes: Record<string, { status?: number; body?: unknown; headers?: Record<string, string> } | (() => never)>,
): typeof fetch & { calls: { url: string; init?: RequestInit }[] } {
  const calls: { url: string; init?: RequestInit }[] = [];
  const fn = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    calls.push({ url, ...(init ? { init } : {}) });
    const route = routes[url];
    if (typeof route === 'function') return route();
    if (!route) return new Response('', { status: 404 });
    const body =
      route.body === undefined ? '' : typeof route.body === 'string' ? route.body : JSON.stringify(route.body);
    return new Response(body, { status: route.status ?? 200, headers: route.headers ?? {} });
  }) as typeof fetch & { calls: typeof calls };
  fn.calls = calls;
  return fn;
}
