import { readFileSync } from 'node:fs';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  FIREFOX_ADDON_ID,
  MANAGED_KEYS,
  adminConsoleJson,
  firefoxPoliciesJson,
  isExtensionId,
  policySize,
  policyValues,
  regBytes,
  windowsRegText,
} from '../../../lib/profile/managed-policy';
import { publish } from '../../../lib/profile/publish';
import { publishedProfileSchema, type PublishedProfile } from '../../../lib/profile/published.schema';
import { STORAGE_KEYS, loadActiveProfile } from '../../../lib/storage/active-profile';
import { MANAGED_DEFAULT_ACCOUNT_KEY, loadMemberSettings } from '../../../lib/storage/member-settings';
import { createSource, sampleSource } from '../../helpers/analysis';

const CHROME_ID = 'abcdefghijklmnopabcdefghijklmnop';
const EDGE_ID = 'ponmlkjihgfedcbaponmlkjihgfedcba';
const schema = JSON.parse(readFileSync(new URL('../../../lib/public/managed-schema.json', import.meta.url), 'utf8')) as {
  type: string;
  properties: Record<string, { type: string; enum?: string[] }>;
};

let profile: PublishedProfile;
beforeAll(async () => {
  // A name with quotes and a backslash tests the escaping of every format.
  const source = createSource({ organisation: { name: 'St Anne\'s "Safe\\Space" Trust', locale: 'en-GB' } as never });
  profile = await publish({ ...sampleSource(), organisation: source.organisation }, { now: new Date('2026-11-22T09:00:00Z') });
});

describe('the managed schema', () => {
  it('is an object schema whose policies are exactly the keys the extension reads', () => {
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties).sort()).toEqual([MANAGED_DEFAULT_ACCOUNT_KEY, STORAGE_KEYS.managedProfile].sort());
    expect(MANAGED_KEYS.profile).toBe(STORAGE_KEYS.managedProfile);
    expect(MANAGED_KEYS.defaultAccount).toBe(MANAGED_DEFAULT_ACCOUNT_KEY);
  });

  it('accepts every value the exports produce (Chrome drops values of the wrong type)', () => {
    const values = policyValues({ profile, defaultAccount: 'organisation' });
    for (const [key, value] of Object.entries(values)) {
      const property = schema.properties[key]!;
      expect(typeof value).toBe(property.type);
      if (property.enum) expect(property.enum).toContain(value);
    }
  });

  it('is declared in the manifest for Chrome and Edge', () => {
    const config = readFileSync(new URL('../../../wxt.config.ts', import.meta.url), 'utf8');
    expect(config).toMatch(/managed_schema:\s*'managed-schema\.json'/);
  });
});

describe('policy exports', () => {
  it('carries the published profile as JSON text that reads back as the same profile', () => {
    const values = policyValues({ profile });
    expect(publishedProfileSchema.parse(JSON.parse(values[MANAGED_KEYS.profile]!))).toEqual(profile);
    expect(values).not.toHaveProperty(MANAGED_KEYS.defaultAccount);
    expect(policySize(values)).toBe(new TextEncoder().encode(values[MANAGED_KEYS.profile]!).length);
  });

  it('writes the Google Admin console form: { key: { Value } }', () => {
    const json = JSON.parse(adminConsoleJson(policyValues({ profile, defaultAccount: 'personal' })));
    expect(Object.keys(json).sort()).toEqual(['defaultAccount', 'publishedProfile']);
    expect(json.defaultAccount).toEqual({ Value: 'personal' });
    expect(JSON.parse(json.publishedProfile.Value)).toEqual(profile);
  });

  it('writes a .reg file for Chrome and Edge whose value, unescaped, is the profile', () => {
    const text = windowsRegText(policyValues({ profile }), { chromeId: CHROME_ID, edgeId: EDGE_ID });
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('Windows Registry Editor Version 5.00');
    expect(lines).toContain(`[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome\\3rdparty\\extensions\\${CHROME_ID}\\policy]`);
    expect(lines).toContain(`[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge\\3rdparty\\extensions\\${EDGE_ID}\\policy]`);
    const valueLines = lines.filter((l) => l.startsWith('"publishedProfile"='));
    expect(valueLines).toHaveLength(2);
    const raw = /^"publishedProfile"="(.*)"$/.exec(valueLines[0]!)![1]!;
    // Every quote inside is escaped: nothing can end the string early.
    expect(raw.replace(/\\\\/g, '').replace(/\\"/g, '')).not.toContain('"');
    const unescaped = raw.replace(/\\(["\\])/g, '$1');
    expect(JSON.parse(unescaped)).toEqual(profile);
  });

  it('encodes the .reg file as UTF-16LE with a byte-order mark, as regedit expects', () => {
    const text = windowsRegText({ a: 'Ünïcødé ✓' }, { chromeId: CHROME_ID });
    const bytes = regBytes(text);
    expect([bytes[0], bytes[1]]).toEqual([0xff, 0xfe]);
    expect(new TextDecoder('utf-16le').decode(bytes.subarray(2))).toBe(text);
  });

  it('refuses an id that is not an extension id, and a file for no browser', () => {
    expect(isExtensionId(CHROME_ID)).toBe(true);
    expect(isExtensionId('second-look@secondlook.example')).toBe(false);
    expect(() => windowsRegText({}, { chromeId: 'abc' })).toThrow();
    expect(() => windowsRegText({}, {})).toThrow();
  });

  it('writes Firefox policies.json under 3rdparty → Extensions → the add-on id', () => {
    const json = JSON.parse(firefoxPoliciesJson(policyValues({ profile, defaultAccount: 'organisation' })));
    const mine = json.policies['3rdparty'].Extensions[FIREFOX_ADDON_ID];
    expect(mine.defaultAccount).toBe('organisation');
    expect(JSON.parse(mine.publishedProfile)).toEqual(profile);
  });

  it('gives a firefox add-on id that matches the manifest', () => {
    const config = readFileSync(new URL('../../../wxt.config.ts', import.meta.url), 'utf8');
    expect(config).toContain(`id: '${FIREFOX_ADDON_ID}'`);
  });

  describe('read back by the extension', () => {
    beforeEach(() => fakeBrowser.reset());
    it('the values, as a browser would deliver them, become the active profile and setting', async () => {
      await fakeBrowser.storage.managed.set(policyValues({ profile, defaultAccount: 'organisation' }));
      const active = await loadActiveProfile();
      expect(active.source).toBe('managed');
      expect(active.profile).toEqual(profile);
      expect(await loadMemberSettings()).toEqual({ defaultAccount: 'organisation', source: 'managed' });
    });
  });
});
