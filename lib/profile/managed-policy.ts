import type { PublishedProfile } from './published.schema';

/**
 * Exports of the published profile as enterprise policy for organisation devices, read by the
 * extension through `browser.storage.managed` (schema: lib/public/managed-schema.json; keys:
 * STORAGE_KEYS.managedProfile in ../storage/active-profile.ts and `defaultAccount`).
 *
 * Every value is a string: the profile travels as one JSON text. Chrome checks policy values
 * against the schema and silently drops a value of the wrong type, so a string-typed policy
 * means every check that matters is ours, with a message the person can act on.
 *
 *   Chrome/Edge, Google Admin console: { "<policy>": { "Value": <value> } }
 *   Windows registry: HKLM\Software\Policies\Google\Chrome\3rdparty\extensions\<id>\policy
 *                     HKLM\Software\Policies\Microsoft\Edge\3rdparty\extensions\<id>\policy
 *   Firefox policies.json: { "policies": { "3rdparty": { "Extensions": { "<add-on id>": {…} } } } }
 * (anchors.md §5; EFForg/privacybadger doc/admin-deployment.md; Mozilla enterprise policies.)
 */
export const FIREFOX_ADDON_ID = 'second-look@secondlook.example';
export const MANAGED_KEYS = { profile: 'publishedProfile', defaultAccount: 'defaultAccount' } as const;

export interface PolicyInput {
  profile: PublishedProfile;
  defaultAccount?: 'organisation' | 'personal';
}

export type PolicyValues = Record<string, string>;

/** The policy values themselves: the profile as compact JSON text, and the optional default account. */
export function policyValues(input: PolicyInput): PolicyValues {
  return {
    [MANAGED_KEYS.profile]: JSON.stringify(input.profile),
    ...(input.defaultAccount ? { [MANAGED_KEYS.defaultAccount]: input.defaultAccount } : {}),
  };
}

/** Chrome and Edge extension ids are 32 letters from a to p. */
export function isExtensionId(id: string): boolean {
  return /^[a-p]{32}$/.test(id);
}

/** For the Google Admin console (Chrome browser → Apps & extensions → Policy for extensions). */
export function adminConsoleJson(values: PolicyValues): string {
  const out: Record<string, { Value: string }> = {};
  for (const [key, value] of Object.entries(values)) out[key] = { Value: value };
  return JSON.stringify(out, null, 2);
}

export interface RegistryTargets {
  chromeId?: string;
  edgeId?: string;
}

/**
 * A .reg file for Chrome and Edge on Windows (machine policy). Written as regedit expects for
 * "Version 5.00": UTF-16 little-endian with a byte-order mark and CRLF line ends; `regBytes`
 * gives those bytes, this gives the text.
 */
export function windowsRegText(values: PolicyValues, targets: RegistryTargets): string {
  const keys: string[] = [];
  if (targets.chromeId) {
    if (!isExtensionId(targets.chromeId)) throw new Error('not an extension id');
    keys.push(`HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome\\3rdparty\\extensions\\${targets.chromeId}\\policy`);
  }
  if (targets.edgeId) {
    if (!isExtensionId(targets.edgeId)) throw new Error('not an extension id');
    keys.push(`HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge\\3rdparty\\extensions\\${targets.edgeId}\\policy`);
  }
  if (!keys.length) throw new Error('no browser chosen');
  const lines = ['Windows Registry Editor Version 5.00', ''];
  for (const key of keys) {
    lines.push(`[${key}]`);
    for (const [name, value] of Object.entries(values)) lines.push(`"${regEscape(name)}"="${regEscape(value)}"`);
    lines.push('');
  }
  return lines.join('\r\n');
}

export function regBytes(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out[2 + i * 2] = code & 0xff;
    out[3 + i * 2] = code >> 8;
  }
  return out;
}

/** In a .reg string value only the backslash and the double quote are special. */
function regEscape(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
}

/** Firefox's policies.json (also the shape for GPO, Intune and macOS profiles' 3rdparty section). */
export function firefoxPoliciesJson(values: PolicyValues, addonId = FIREFOX_ADDON_ID): string {
  return JSON.stringify({ policies: { '3rdparty': { Extensions: { [addonId]: values } } } }, null, 2);
}

/** Size of the profile policy in bytes (UTF-8), to show before the manager deploys it. */
export function policySize(values: PolicyValues): number {
  return new TextEncoder().encode(values[MANAGED_KEYS.profile] ?? '').length;
}
