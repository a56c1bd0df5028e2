import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { certificateNames } from './hosts';

/** A self-signed certificate for all fixture hosts, made with openssl in `dir` at test time. */
export function makeCertificate(dir: string): { key: Buffer; cert: Buffer } {
  const keyFile = path.join(dir, 'key.pem');
  const certFile = path.join(dir, 'cert.pem');
  const san = certificateNames()
    .map((name) => `DNS:${name}`)
    .join(',');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      keyFile,
      '-out',
      certFile,
      '-days',
      '2',
      '-subj',
      '/CN=breathing-room-e2e',
      '-addext',
      `subjectAltName=${san},IP:127.0.0.1`,
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  return { key: fs.readFileSync(keyFile), cert: fs.readFileSync(certFile) };
}
