import { browser } from 'wxt/browser';
import { publishedProfileSchema, type PublishedProfile } from '../profile/published.schema';

/**
 * The published profile this browser uses. An organisation device's managed policy (set by IT,
 * not removable by the person) wins over a file the person imported.
 * Storage keys are listed here so every part of the extension agrees on them.
 */
export const STORAGE_KEYS = {
  importedProfile: 'sl:imported-profile',
  managedProfile: 'publishedProfile',
} as const;

export type ProfileSource = 'managed' | 'imported' | 'none';

export interface ActiveProfile {
  profile: PublishedProfile | undefined;
  source: ProfileSource;
}

export async function loadActiveProfile(): Promise<ActiveProfile> {
  const managed = await readManaged();
  if (managed) return { profile: managed, source: 'managed' };
  const stored = await browser.storage.local.get(STORAGE_KEYS.importedProfile);
  const parsed = publishedProfileSchema.safeParse(stored[STORAGE_KEYS.importedProfile]);
  return parsed.success ? { profile: parsed.data, source: 'imported' } : { profile: undefined, source: 'none' };
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

async function readManaged(): Promise<PublishedProfile | undefined> {
  try {
    const managed = await browser.storage.managed.get(STORAGE_KEYS.managedProfile);
    const value = managed[STORAGE_KEYS.managedProfile];
    const parsed = publishedProfileSchema.safeParse(typeof value === 'string' ? JSON.parse(value) : value);
    return parsed.success ? parsed.data : undefined;
  } catch {
    // No managed schema or no policy on this device: the ordinary case for volunteers.
    return undefined;
  }
}
