/**
 * HTTPS server for the replica pages on 127.0.0.1, under the real hostnames: Chromium maps
 * www.facebook.com, x.com and web.whatsapp.com here with --host-resolver-rules, so the
 * extension's content scripts match exactly as they would on the live sites.
 *
 * Every page path on a host gets that host's HTML shell (the bundle routes client-side, like the
 * real single-page apps); `/__replica/<file>` serves the built bundles from tests/replicas/dist.
 */
import fs from 'node:fs';
import https from 'node:https';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from 'selfsigned';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const DEFAULT_DIST_DIR = path.join(repoRoot, 'tests/replicas/dist');

/** The only hostnames the browser may reach; everything else resolves to ~NOTFOUND. */
export const SITE_BY_HOST = {
  'www.facebook.com': 'facebook',
  'x.com': 'x',
  'web.whatsapp.com': 'whatsapp',
};
export const REPLICA_HOSTS = Object.keys(SITE_BY_HOST);
export const ASSET_PREFIX = '/__replica/';

const CONTENT_TYPES = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.html': 'text/html; charset=utf-8', '.map': 'application/json' };

/** A P-256 certificate for the three hostnames (EC: ~20 ms, against up to a second for RSA). */
export async function createCertificate() {
  const pems = await generate([{ name: 'commonName', value: 'www.facebook.com' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    days: 30,
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'subjectAltName', altNames: REPLICA_HOSTS.map((value) => ({ type: 2, value })) },
    ],
  });
  return { key: pems.private, cert: pems.cert };
}

/**
 * Starts the server. `port: 0` (the default) picks a free port.
 * @returns {Promise<{ port: number, origin(host: string): string, requests: Array<{host: string, method: string, path: string}>, close(): Promise<void> }>}
 */
export async function startReplicaServer({ port = 0, distDir = DEFAULT_DIST_DIR } = {}) {
  for (const site of Object.values(SITE_BY_HOST)) {
    if (!fs.existsSync(path.join(distDir, `${site}.html`))) {
      throw new Error(`Replica bundle missing in ${distDir}: run \`node tests/replicas/build.mjs\` first`);
    }
  }
  const { key, cert } = await createCertificate();
  /** Every request the server saw, so tests can check that nothing but page loads reached it. */
  const requests = [];

  const server = https.createServer({ key, cert }, (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const site = SITE_BY_HOST[host];
    const url = new URL(req.url ?? '/', `https://${host || 'invalid'}`);
    requests.push({ host, method: req.method ?? 'GET', path: url.pathname + url.search });
    const headers = { 'cache-control': 'no-store' };

    if (!site) {
      res.writeHead(421, { ...headers, 'content-type': 'text/plain' }).end(`Not a replica host: ${host}\n`);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, headers).end();
      return;
    }
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204, headers).end();
      return;
    }
    if (url.pathname.startsWith(ASSET_PREFIX)) {
      const name = path.basename(url.pathname);
      const file = path.join(distDir, name);
      if (!fs.existsSync(file) || name.endsWith('.html')) {
        res.writeHead(404, headers).end();
        return;
      }
      res.writeHead(200, { ...headers, 'content-type': CONTENT_TYPES[path.extname(name)] ?? 'application/octet-stream' });
      res.end(req.method === 'HEAD' ? undefined : fs.readFileSync(file));
      return;
    }
    res.writeHead(200, { ...headers, 'content-type': CONTENT_TYPES['.html'] });
    res.end(req.method === 'HEAD' ? undefined : fs.readFileSync(path.join(distDir, `${site}.html`)));
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const actualPort = /** @type {import('node:net').AddressInfo} */ (server.address()).port;

  return {
    port: actualPort,
    requests,
    /** The page origin as the browser sees it (the port is hidden by the resolver mapping). */
    origin: (host) => `https://${host}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
