import { browser } from 'wxt/browser';
import { publishedProfileSchema, type PublishedProfile } from '../profile/published.schema';
import {
  keyFingerprint,
  readProfileFile,
  type ProfileFileProblem,
  type PublicKeyJwk,
} from '../profile/signing';
import type { ProfileProblem } from '../profile/validate';
import { describeIssues } from '../profile/validate';

/**
 * The published profile this browser uses. An organisation device's managed policy (set by IT,
 * not removable by the person) wins over a file the person imported.
 * Storage keys are listed here so every part of the extension agrees on them.
 */
export const STORAGE_KEYS = {
  importedProfile: 'sl:imported-profile',
  managedProfile: 'publishedProfile',
  /** When and from which key the imported profile came: { importedAt, fingerprint, protected }. */
  importedMeta: 'sl:imported-meta',
  /** The organisation key this browser trusts: { fingerprint, publicKey, organisation, pinnedAt }. */
  pinnedKey: 'sl:pinned-key',
  /** The last managed profile that passed the schema, kept while a broken policy is in place. */
  managedLastGood: 'sl:managed-last-good',
} as const;

export type ProfileSource = 'managed' | 'imported' | 'none';

export interface ActiveProfile {
  profile: PublishedProfile | undefined;
  source: ProfileSource;
  /**
   * Set when the organisation's managed policy is present but cannot be used (not JSON, or not a
   * published profile). The previous good profile stays in use; the popup says so.
   */
  managedProblem?: 'invalid';
}

export interface ImportedMeta {
  importedAt: string;
  fingerprint: string;
  protected: boolean;
}

export interface PinnedKey {
  fingerprint: string;
  publicKey: PublicKeyJwk;
  organisation: string;
  pinnedAt: string;
}

type ManagedRead =
  | { state: 'absent' }
  | { state: 'valid'; profile: PublishedProfile }
  | { state: 'invalid'; problems: ProfileProblem[] };

export async function loadActiveProfile(): Promise<ActiveProfile> {
  const managed = await readManaged();
  if (managed.state === 'valid') {
    await rememberManaged(managed.profile);
    return { profile: managed.profile, source: 'managed' };
  }
  if (managed.state === 'invalid') {
    // A broken policy changes nothing: keep the last good one, or the person's own import.
    const lastGood = await readLastGoodManaged();
    if (lastGood) return { profile: lastGood, source: 'managed', managedProblem: 'invalid' };
    const imported = await readImported();
    return imported
      ? { profile: imported, source: 'imported', managedProblem: 'invalid' }
      : { profile: undefined, source: 'none', managedProblem: 'invalid' };
  }
  // IT removed the policy: its profile goes with it.
  await forgetLastGoodManaged();
  const imported = await readImported();
  return imported ? { profile: imported, source: 'imported' } : { profile: undefined, source: 'none' };
}

/** Calls back with the new active profile whenever either store changes; returns an unsubscribe. */
export function watchActiveProfile(callback: (active: ActiveProfile) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if ((area === 'managed' && STORAGE_KEYS.managedProfile in changes) || (area === 'local' && STORAGE_KEYS.importedProfile in changes)) {
      void loadActiveProfile().then(callback);
    }
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** The details of the managed policy's problem, for the options page (paths only, never values). */
export async function describeManagedProblem(): Promise<ProfileProblem[] | undefined> {
  const managed = await readManaged();
  return managed.state === 'invalid' ? managed.problems : undefined;
}

export async function readImportedMeta(): Promise<ImportedMeta | undefined> {
  return (await browser.storage.local.get(STORAGE_KEYS.importedMeta))[STORAGE_KEYS.importedMeta] as ImportedMeta | undefined;
}

export async function readPinnedKey(): Promise<PinnedKey | undefined> {
  return (await browser.storage.local.get(STORAGE_KEYS.pinnedKey))[STORAGE_KEYS.pinnedKey] as PinnedKey | undefined;
}

export interface ImportOptions {
  passphrase?: string;
  /** The person has seen that the file is signed by a different key and chose to trust it. */
  trustNewKey?: boolean;
  now?: Date;
}

export type ImportResult =
  | { ok: true; profile: PublishedProfile; fingerprint: string; firstKey: boolean; replacedKey: boolean }
  | { ok: false; problem: ProfileFileProblem; organisation?: string; details?: ProfileProblem[] }
  | {
      ok: false;
      problem: 'key-changed';
      pinned: { fingerprint: string; organisation: string; pinnedAt: string };
      offered: { fingerprint: string; organisation: string; publishedAt: string };
    };

/**
 * Installs a profile file in this browser. All or nothing: a file that is damaged, changed,
 * locked with another passphrase, or signed by a key other than the pinned one (without the
 * person's confirmation) leaves the installed profile and the pinned key exactly as they were.
 */
export async function importProfileFile(text: string, options: ImportOptions = {}): Promise<ImportResult> {
  const read = await readProfileFile(text, options.passphrase ? { passphrase: options.passphrase } : {});
  if (!read.ok) return read;
  const pinned = await readPinnedKey();
  const firstKey = !pinned;
  const sameKey = pinned?.fingerprint === read.fingerprint;
  if (pinned && !sameKey && !options.trustNewKey) {
    return {
      ok: false,
      problem: 'key-changed',
      pinned: { fingerprint: pinned.fingerprint, organisation: pinned.organisation, pinnedAt: pinned.pinnedAt },
      offered: { fingerprint: read.fingerprint, organisation: read.profile.organisation.name, publishedAt: read.profile.publishedAt },
    };
  }
  const now = (options.now ?? new Date()).toISOString();
  const writes: Record<string, unknown> = {
    [STORAGE_KEYS.importedProfile]: read.profile,
    [STORAGE_KEYS.importedMeta]: { importedAt: now, fingerprint: read.fingerprint, protected: read.protected } satisfies ImportedMeta,
  };
  if (!sameKey) {
    writes[STORAGE_KEYS.pinnedKey] = {
      fingerprint: read.fingerprint,
      publicKey: read.publicKey,
      organisation: read.profile.organisation.name,
      pinnedAt: now,
    } satisfies PinnedKey;
  }
  // One write: the profile, its details and the pin change together or not at all.
  await browser.storage.local.set(writes);
  return { ok: true, profile: read.profile, fingerprint: read.fingerprint, firstKey, replacedKey: !firstKey && !sameKey };
}

/**
 * Installs a profile the manager just published on this same browser (no file, no signature to
 * check: it never left the device). Pins the organisation's key like a file import would.
 */
export async function installOwnProfile(profile: PublishedProfile, publicKey: PublicKeyJwk, now = new Date()): Promise<void> {
  const fingerprint = await keyFingerprint(publicKey);
  await browser.storage.local.set({
    [STORAGE_KEYS.importedProfile]: profile,
    [STORAGE_KEYS.importedMeta]: { importedAt: now.toISOString(), fingerprint, protected: false } satisfies ImportedMeta,
    [STORAGE_KEYS.pinnedKey]: { fingerprint, publicKey, organisation: profile.organisation.name, pinnedAt: now.toISOString() } satisfies PinnedKey,
  });
}

/**
 * Removes the imported profile. The pinned key stays, so a later file from someone else still
 * needs confirmation. A managed profile cannot be removed here: it belongs to the device's IT.
 */
export async function removeImportedProfile(): Promise<void> {
  await browser.storage.local.remove([STORAGE_KEYS.importedProfile, STORAGE_KEYS.importedMeta]);
}

/** Forgets the pinned key too: the next file is trusted as a first import. */
export async function forgetPinnedKey(): Promise<void> {
  await browser.storage.local.remove(STORAGE_KEYS.pinnedKey);
}

async function readImported(): Promise<PublishedProfile | undefined> {
  const stored = await browser.storage.local.get(STORAGE_KEYS.importedProfile);
  const parsed = publishedProfileSchema.safeParse(stored[STORAGE_KEYS.importedProfile]);
  return parsed.success ? parsed.data : undefined;
}

async function readManaged(): Promise<ManagedRead> {
  let value: unknown;
  try {
    const managed = await browser.storage.managed.get(STORAGE_KEYS.managedProfile);
    value = managed[STORAGE_KEYS.managedProfile];
  } catch {
    // No managed schema or no policy on this device: the ordinary case for volunteers.
    return { state: 'absent' };
  }
  if (value === undefined || value === null || value === '') return { state: 'absent' };
  let json: unknown = value;
  if (typeof value === 'string') {
    try {
      json = JSON.parse(value);
    } catch {
      return { state: 'invalid', problems: [{ path: STORAGE_KEYS.managedProfile, message: 'is not complete JSON: it may have been cut short' }] };
    }
  }
  const parsed = publishedProfileSchema.safeParse(json);
  if (!parsed.success) return { state: 'invalid', problems: describeIssues(parsed.error.issues).slice(0, 20) };
  return { state: 'valid', profile: parsed.data };
}

async function readLastGoodManaged(): Promise<PublishedProfile | undefined> {
  const stored = (await browser.storage.local.get(STORAGE_KEYS.managedLastGood))[STORAGE_KEYS.managedLastGood];
  const parsed = publishedProfileSchema.safeParse(stored);
  return parsed.success ? parsed.data : undefined;
}

async function rememberManaged(profile: PublishedProfile): Promise<void> {
  const stored = (await browser.storage.local.get(STORAGE_KEYS.managedLastGood))[STORAGE_KEYS.managedLastGood] as
    | PublishedProfile
    | undefined;
  if (stored?.publishedAt === profile.publishedAt && stored.register?.key === profile.register.key) return;
  await browser.storage.local.set({ [STORAGE_KEYS.managedLastGood]: profile });
}

async function forgetLastGoodManaged(): Promise<void> {
  const stored = await browser.storage.local.get(STORAGE_KEYS.managedLastGood);
  if (stored[STORAGE_KEYS.managedLastGood] !== undefined) await browser.storage.local.remove(STORAGE_KEYS.managedLastGood);
}
