import { browser } from 'wxt/browser';
import type { PublishedProfile } from '../profile/published.schema';

/**
 * The active organisation profile, content script ← background. The background reads and
 * validates it (lib/storage/active-profile.ts, with zod and the signature checks); the content
 * scripts only ask for the result. That keeps the schema library out of the scripts that run on
 * every Facebook, X and WhatsApp page (the 250 KB gzipped budget) and leaves one reader of the
 * stores. Nothing here ever reaches a page: runtime messages stay inside the extension.
 *
 * @example
 *   // content script
 *   const profile = await requestActiveProfile();
 *   onProfileChanged(async () => use(await requestActiveProfile()));
 */
export interface ProfileRequest {
  type: 'sl:get-profile';
}

export interface ProfileChanged {
  type: 'sl:profile-changed';
}

export interface ProfileReply {
  profile: PublishedProfile | null;
}

/** Content script: the profile in force, or undefined (generic protections only). */
export async function requestActiveProfile(): Promise<PublishedProfile | undefined> {
  try {
    const reply = (await browser.runtime.sendMessage({ type: 'sl:get-profile' } satisfies ProfileRequest)) as ProfileReply | undefined;
    return reply?.profile ?? undefined;
  } catch {
    return undefined;
  }
}

/** Content script: calls back when the background says the profile changed; returns an unsubscribe. */
export function onProfileChanged(callback: () => void): () => void {
  const listener = (message: unknown) => {
    if ((message as { type?: unknown } | null)?.type === 'sl:profile-changed') callback();
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

export function isProfileRequest(message: unknown): message is ProfileRequest {
  return (message as { type?: unknown } | null)?.type === 'sl:get-profile';
}

/** Background: tells the guarded tabs the profile changed (they then ask for it again). */
export async function announceProfileChanged(tabIds: Iterable<number>): Promise<void> {
  const message: ProfileChanged = { type: 'sl:profile-changed' };
  await Promise.all([...tabIds].map((tabId) => browser.tabs.sendMessage(tabId, message).catch(() => undefined)));
}
