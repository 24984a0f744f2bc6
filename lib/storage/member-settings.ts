import { browser } from 'wxt/browser';

/**
 * The person's own choices on this browser. `defaultAccount` says which kind of account this
 * browser is mostly used for, so the guard knows what to assume when a page does not say
 * whether the person is posting as the organisation or as themselves. An organisation device
 * can set it by policy (`defaultAccount` in the managed schema); the policy then wins.
 */
export const MEMBER_SETTINGS_KEY = 'sl:member-settings';
export const MANAGED_DEFAULT_ACCOUNT_KEY = 'defaultAccount';

export type DefaultAccount = 'organisation' | 'personal';

export interface MemberSettings {
  defaultAccount: DefaultAccount;
  /** Where the value comes from: the device's policy, the person's choice, or our default. */
  source: 'managed' | 'person' | 'default';
}

/** With no choice made, assume a personal profile: the stricter reading for contact with clients and children. */
export const DEFAULT_ACCOUNT: DefaultAccount = 'personal';

function isDefaultAccount(value: unknown): value is DefaultAccount {
  return value === 'organisation' || value === 'personal';
}

export async function loadMemberSettings(): Promise<MemberSettings> {
  try {
    const managed = (await browser.storage.managed.get(MANAGED_DEFAULT_ACCOUNT_KEY))[MANAGED_DEFAULT_ACCOUNT_KEY];
    if (isDefaultAccount(managed)) return { defaultAccount: managed, source: 'managed' };
  } catch {
    // No policy on this device.
  }
  const stored = (await browser.storage.local.get(MEMBER_SETTINGS_KEY))[MEMBER_SETTINGS_KEY] as { defaultAccount?: unknown } | undefined;
  if (isDefaultAccount(stored?.defaultAccount)) return { defaultAccount: stored.defaultAccount, source: 'person' };
  return { defaultAccount: DEFAULT_ACCOUNT, source: 'default' };
}

export async function saveDefaultAccount(defaultAccount: DefaultAccount): Promise<void> {
  if (!isDefaultAccount(defaultAccount)) throw new Error('unknown account kind');
  await browser.storage.local.set({ [MEMBER_SETTINGS_KEY]: { defaultAccount } });
}

/** Calls back when the person or the policy changes the setting; returns an unsubscribe. */
export function watchMemberSettings(callback: (settings: MemberSettings) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if ((area === 'local' && MEMBER_SETTINGS_KEY in changes) || (area === 'managed' && MANAGED_DEFAULT_ACCOUNT_KEY in changes)) {
      void loadMemberSettings().then(callback);
    }
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
