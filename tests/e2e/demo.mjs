#!/usr/bin/env node
/**
 * `npm run demo`: builds the production extension and the replica pages, installs the sample
 * organisation profile, and opens a visible Chromium with tabs on the Facebook, X and WhatsApp
 * replicas. Everything stays on this machine: the three hostnames resolve to a local server and
 * every other name fails to resolve. Ctrl+C closes it.
 *
 *   npm run demo                 visible browser (needs a display; see below)
 *   npm run demo -- --smoke      headless: set everything up, check isolation, exit (for CI)
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { buildReplicas } from '../replicas/build.mjs';
import { installProfile, openReplica, publishSampleProfile, REPO_ROOT, startHarness } from './support/index.mjs';

const smoke = process.argv.includes('--smoke');
const TABS = ['https://www.facebook.com/', 'https://x.com/home', 'https://web.whatsapp.com/'];

if (!smoke && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error(`The demo opens a visible browser, but there is no display ($DISPLAY and $WAYLAND_DISPLAY are unset).

  On a desktop, run it from a terminal inside the graphical session.
  On a server, run it under a virtual display:
      apt-get install -y xvfb
      xvfb-run -a npm run demo
  and look at it with a VNC server on that display (e.g. x11vnc), or
  check it headless with:  npm run demo -- --smoke`);
  process.exit(1);
}

function step(label) {
  const started = performance.now();
  process.stdout.write(`• ${label}… `);
  return () => console.log(`${Math.round(performance.now() - started)} ms`);
}

let done = step('Building the extension (npx wxt build)');
const wxt = spawnSync('npx', ['wxt', 'build'], { cwd: REPO_ROOT, encoding: 'utf8' });
if (wxt.status !== 0) {
  console.error(`failed\n${wxt.stdout}\n${wxt.stderr}`);
  process.exit(1);
}
done();

done = step('Building the replica pages');
await buildReplicas();
done();

done = step('Publishing tests/fixtures/sample-profile.json');
const published = await publishSampleProfile();
done();

done = step('Starting the replica server and Chromium');
const harness = await startHarness({
  extensionDir: path.join(REPO_ROOT, '.output/chrome-mv3'),
  headless: smoke,
  viewport: smoke ? { width: 1280, height: 800 } : null,
});
done();

await installProfile(harness.serviceWorker, published);
const [firstTab] = harness.context.pages();
for (const url of TABS) await openReplica(harness.context, url);
// Chromium opens with a blank tab; drop it so the three replicas are all there is.
if (firstTab && firstTab.url() === 'about:blank' && harness.context.pages().length > 1) await firstTab.close();

console.log(`
Second Look demo is running (extension ${harness.extensionId}, replica server on 127.0.0.1:${harness.server.port}).
Sample profile "${published.organisation.name}" installed. Try, for example:
  Facebook  https://www.facebook.com/                 post or comment naming "Bilal Ahmadzai"; the pop-up chat is with Katya (a child)
            https://www.facebook.com/bilal.ahmadzai.09 Add friend on a child's profile
  X         https://x.com/home                        post naming someone on the register
            https://x.com/bilal_az09                  Follow / Message a child
  WhatsApp  https://web.whatsapp.com/                 open "Bilal Ahmadzai" or the group and write to them
Only those three hosts resolve; any other address fails on purpose.`);

let closing = false;
async function shutDown(code) {
  if (closing) return;
  closing = true;
  const violations = harness.network.violations();
  console.log(`\nRequests seen: ${JSON.stringify(harness.network.summary())}`);
  console.log(violations.length ? `Isolation problems:\n${violations.map((r) => `  ${r.violation}: ${r.url}`).join('\n')}` : 'No request left the three mapped hosts.');
  await harness.close();
  process.exit(violations.length && code === 0 ? 1 : code);
}

if (smoke) {
  await shutDown(0);
} else {
  console.log('Press Ctrl+C to stop.');
  process.on('SIGINT', () => void shutDown(0));
  process.on('SIGTERM', () => void shutDown(0));
  harness.context.on('close', () => void shutDown(0));
}
