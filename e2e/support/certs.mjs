import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const SERVED_HOSTS = ['www.linkedin.com', 'de.linkedin.com', 'linkedin.com', 'www.xing.com', 'xing.com'];

/** A self-signed certificate for the real host names, made once with openssl and kept in e2e/.certs. */
export function loadCertificate(dir) {
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  if (!existsSync(key) || !existsSync(cert)) {
    mkdirSync(dir, { recursive: true });
    execFileSync(
      'openssl',
      [
        'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '365',
        '-keyout', key, '-out', cert,
        '-subj', '/CN=www.linkedin.com',
        '-addext', `subjectAltName=${SERVED_HOSTS.map((h) => `DNS:${h}`).join(',')}`,
      ],
      { stdio: 'ignore' },
    );
  }
  return { key: readFileSync(key), cert: readFileSync(cert) };
}
