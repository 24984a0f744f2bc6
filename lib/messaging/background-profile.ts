import { browser } from 'wxt/browser';
import type { PublishedProfile } from '../profile/published.schema';
import { loadActiveProfile, watchActiveProfile } from '../storage/active-profile';
import { announceProfileChanged, isProfileRequest, type ProfileReply } from './profile-channel';

/**
 * The background's half of the profile channel: answers content scripts with the active
 * profile (read and validated once, cached until a store changes) and tells guarded tabs when it
 * changes.
 */
export function startProfileService(guardedTabs: () => number[]): void {
  let cached: Promise<PublishedProfile | undefined> | null = null;
  const current = () => (cached ??= loadActiveProfile().then((active) => active.profile).catch(() => undefined));

  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isProfileRequest(message)) return undefined;
    return current().then((profile): ProfileReply => ({ profile: profile ?? null }));
  });

  watchActiveProfile((active) => {
    cached = Promise.resolve(active.profile);
    void announceProfileChanged(guardedTabs());
  });
}
