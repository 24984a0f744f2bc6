/**
 * One-call setup for an e2e test file: replica server + Chromium with the extension + network
 * guard. Use one harness per test file (before/after), never one per test: launching costs ~0.5 s.
 *
 *   const h = await startHarness();            // .output/chrome-mv3-e2e
 *   const page = await openReplica(h.context, 'https://web.whatsapp.com/');
 *   ...
 *   h.network.assertClean();
 *   await h.close();
 */
import { launchBrowser } from './launch.mjs';
import { startReplicaServer } from './server.mjs';

export * from './helpers.mjs';
export * from './launch.mjs';
export * from './network-guard.mjs';
export * from './server.mjs';

/**
 * @param {{ extensionDir?: string|null, headless?: boolean, port?: number, viewport?: {width: number, height: number}|null }} [options]
 */
export async function startHarness(options = {}) {
  const server = await startReplicaServer({ port: options.port ?? 0 });
  try {
    const browser = await launchBrowser({ ...options, port: server.port });
    return {
      ...browser,
      server,
      async close() {
        await browser.close();
        await server.close();
      },
    };
  } catch (error) {
    await server.close();
    throw error;
  }
}
