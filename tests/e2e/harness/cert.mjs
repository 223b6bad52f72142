// A throwaway self-signed certificate for the job-site hosts, made with openssl at run time so no key is committed.
// Chromium is launched with --ignore-certificate-errors, so the certificate only has to exist and name the hosts.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const NAMES = [
  'jobs.lever.co',
  'api.lever.co',
  '*.myworkdayjobs.com',
  '*.wd1.myworkdayjobs.com',
  '*.wd5.myworkdayjobs.com',
  'www.linkedin.com',
  'localhost',
];

/** Returns { key, cert } PEM strings for a certificate valid for the job-site hosts. */
export function makeCertificate() {
  const dir = mkdtempSync(join(tmpdir(), 'still-hiring-cert-'));
  try {
    const san = [...NAMES.map((n) => `DNS:${n}`), 'IP:127.0.0.1'].join(',');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '2',
        '-subj',
        '/CN=still-hiring-e2e',
        '-addext',
        `subjectAltName=${san}`,
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'pipe' },
    );
    return { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
