// The stand-in for the job sites: one local HTTPS server that answers by Host header and path, so the extension's
// content scripts run on https://jobs.lever.co/… exactly as in real use while nothing leaves the machine.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:https';
import { makeCertificate } from './cert.mjs';

/**
 * A route answers one host + path (query ignored unless the key has one). Its value is either
 * { file } (served as read), { html }, { json }, or { body, type }; `delayMs` holds the answer back, `status` overrides 200.
 * `json` and `html` may be functions of the request, so dates can be computed when the page is asked for.
 */
export class FixtureServer {
  #routes = new Map();
  #server;
  /** Every request seen, as "host/path?query", in order: lets a test prove the extension asked the API. */
  requests = [];
  /** The last body sent for each "host/path": generated API answers are read back to score the same data. */
  sent = new Map();

  route(host, path, answer) {
    this.#routes.set(`${host}${path}`, answer);
    return this;
  }

  async start() {
    const { key, cert } = makeCertificate();
    this.#server = createServer({ key, cert }, (req, res) => this.#answer(req, res));
    await new Promise((resolve) => this.#server.listen(0, '127.0.0.1', resolve));
    return this;
  }

  get port() {
    return this.#server.address().port;
  }

  /** Chromium's host resolver rules sending the job sites here and every other name nowhere. */
  get hostResolverRules() {
    const p = this.port;
    return [
      `MAP jobs.lever.co 127.0.0.1:${p}`,
      `MAP api.lever.co 127.0.0.1:${p}`,
      `MAP *.myworkdayjobs.com 127.0.0.1:${p}`,
      `MAP www.linkedin.com 127.0.0.1:${p}`,
      `MAP job-boards.greenhouse.io 127.0.0.1:${p}`,
      `MAP boards-api.greenhouse.io 127.0.0.1:${p}`,
      `MAP jobs.ashbyhq.com 127.0.0.1:${p}`,
      `MAP api.ashbyhq.com 127.0.0.1:${p}`,
      // Companies' own sites: a careers site with JSON-LD, and one that embeds its Greenhouse application form.
      `MAP careers.withwaymo.com 127.0.0.1:${p}`,
      `MAP about.gitlab.com 127.0.0.1:${p}`,
      'MAP * ~NOTFOUND',
      'EXCLUDE 127.0.0.1',
    ].join(', ');
  }

  async stop() {
    if (!this.#server) return;
    this.#server.closeAllConnections();
    await new Promise((resolve) => this.#server.close(resolve));
  }

  #lookup(host, url) {
    return this.#routes.get(`${host}${url.pathname}${url.search}`) ?? this.#routes.get(`${host}${url.pathname}`);
  }

  async #answer(req, res) {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const url = new URL(req.url ?? '/', `https://${host}`);
    this.requests.push(`${host}${url.pathname}${url.search}`);
    const route = this.#lookup(host, url);
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end(`no fixture for ${host}${url.pathname}`);
      return;
    }
    if (route.delayMs) await new Promise((resolve) => setTimeout(resolve, route.delayMs));
    const value = (v) => (typeof v === 'function' ? v(req, url) : v);
    let body;
    let type;
    if (route.file) {
      body = readFileSync(route.file);
      type = route.type ?? (route.file.endsWith('.json') ? 'application/json' : 'text/html; charset=utf-8');
    } else if (route.html !== undefined) {
      body = value(route.html);
      type = 'text/html; charset=utf-8';
    } else if (route.json !== undefined) {
      body = JSON.stringify(value(route.json));
      type = 'application/json';
    } else {
      body = value(route.body);
      type = route.type ?? 'text/plain';
    }
    // The job sites' APIs are read cross-origin by the background; real ones send CORS headers too.
    res.writeHead(route.status ?? 200, {
      'content-type': type,
      'access-control-allow-origin': '*',
      'cache-control': 'no-store',
    });
    this.sent.set(`${host}${url.pathname}`, body);
    res.end(body);
  }
}
