/**
 * Launches Debian's Chromium with the built extension, exactly as tested in
 * /work/shared/research/e2e-recipe.md: persistent context, strict host mapping, DNS probe off,
 * throwaway HOME/TMPDIR/XDG dirs. See tests/e2e/README.md for why each flag is there.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createNetworkGuard } from './network-guard.mjs';
import { REPLICA_HOSTS } from './server.mjs';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const DEFAULT_EXTENSION_DIR = path.join(REPO_ROOT, '.output/chrome-mv3-e2e');
export const CHROMIUM_PATH = '/usr/bin/chromium';
/** Gitignored scratch space for browser profiles and Playwright artefacts. */
export const E2E_TMP = path.join(REPO_ROOT, '.e2e-tmp');

/** Every host the browser may resolve goes to our server; the catch-all must come last (first match wins). */
export function hostResolverRules(port) {
  return [...REPLICA_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${port}`), 'MAP * ~NOTFOUND'].join(', ');
}

export function chromiumArgs({ port, extensionDir }) {
  const args = [
    `--host-resolver-rules=${hostResolverRules(port)}`,
    '--ignore-certificate-errors',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    '--no-sandbox',
  ];
  // Playwright passes --disable-extensions; only --disable-extensions-except overrides it.
  if (extensionDir) args.unshift(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  return args;
}

function makeThrowawayDirs() {
  fs.mkdirSync(E2E_TMP, { recursive: true });
  const userDataDir = fs.mkdtempSync(path.join(E2E_TMP, 'profile-'));
  // Without this pref a failed navigation makes Chrome's DNS probe send real DNS queries for
  // google.com, bypassing --host-resolver-rules.
  fs.mkdirSync(path.join(userDataDir, 'Default'), { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'Default/Preferences'), JSON.stringify({ alternate_error_pages: { enabled: false } }));
  // Chromium writes crash reports, dconf, the NSS db and singleton sockets outside --user-data-dir.
  const home = `${userDataDir}-home`;
  for (const dir of ['tmp', '.config', '.cache', '.local/share']) fs.mkdirSync(path.join(home, dir), { recursive: true });
  return { userDataDir, home };
}

/**
 * @param {object} options
 * @param {number} options.port replica server port (see server.mjs)
 * @param {string|null} [options.extensionDir] unpacked extension; null launches without one
 * @param {boolean} [options.headless]
 * @param {{width: number, height: number}|null} [options.viewport]
 * @returns {Promise<{ context: import('playwright-core').BrowserContext, extensionId: string|null,
 *   serviceWorker: import('playwright-core').Worker|null, network: ReturnType<typeof createNetworkGuard>, close(): Promise<void> }>}
 */
export async function launchBrowser({ port, extensionDir = DEFAULT_EXTENSION_DIR, headless = true, viewport = { width: 1280, height: 800 } }) {
  if (!port) throw new Error('launchBrowser needs the replica server port');
  if (extensionDir) {
    extensionDir = path.resolve(extensionDir);
    if (!fs.existsSync(path.join(extensionDir, 'manifest.json'))) {
      throw new Error(`No built extension at ${extensionDir}: run \`npx wxt build --mode e2e\` (or \`npx wxt build\` for .output/chrome-mv3)`);
    }
  }
  // Playwright puts its artefacts in the Node process's temp dir; keep them in the scratch space too.
  fs.mkdirSync(E2E_TMP, { recursive: true });
  process.env.TMPDIR = E2E_TMP;

  const { userDataDir, home } = makeThrowawayDirs();
  const env = {
    ...process.env,
    HOME: home,
    TMPDIR: path.join(home, 'tmp'),
    XDG_CONFIG_HOME: path.join(home, '.config'),
    XDG_CACHE_HOME: path.join(home, '.cache'),
    XDG_DATA_HOME: path.join(home, '.local/share'),
  };
  let context;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless,
      args: chromiumArgs({ port, extensionDir }),
      env,
      viewport,
    });
  } catch (error) {
    fs.rmSync(userDataDir, { recursive: true, force: true });
    fs.rmSync(home, { recursive: true, force: true });
    throw error;
  }
  context.setDefaultTimeout(10_000);
  context.setDefaultNavigationTimeout(10_000);
  const network = createNetworkGuard(context);

  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    network.dispose();
    // A tab stuck on an error page can make close hang (recipe pitfall); never wait forever.
    await Promise.race([context.close().catch(() => {}), new Promise((resolve) => setTimeout(resolve, 15_000).unref())]);
    fs.rmSync(userDataDir, { recursive: true, force: true });
    fs.rmSync(home, { recursive: true, force: true });
  };

  let serviceWorker = null;
  let extensionId = null;
  if (extensionDir) {
    try {
      const isExtensionWorker = (worker) => worker.url().startsWith('chrome-extension://');
      serviceWorker = context.serviceWorkers().find(isExtensionWorker) ?? (await context.waitForEvent('serviceworker', { predicate: isExtensionWorker }));
      extensionId = new URL(serviceWorker.url()).host;
    } catch (error) {
      await close();
      throw new Error(`The extension in ${extensionDir} started no service worker (was it being rebuilt, or does background.js throw?): ${error.message}`);
    }
  }

  return { context, extensionId, serviceWorker, network, close };
}
