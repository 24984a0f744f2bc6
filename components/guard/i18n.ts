import { browser } from 'wxt/browser';

type GetMessage = (messageName: string, substitutions?: string | string[]) => string;

/**
 * The message for `key` from `_locales/<lang>/messages.json`, or the key itself when there is
 * none. Falling back to the key keeps a missing string visible (and testable) instead of
 * rendering an empty button, and lets tests run where `browser.i18n` is not mocked.
 *
 * @example
 *   t('card_policy_source', 'Riverside Refugee Support'); // "Riverside Refugee Support's social media policy"
 */
export function t(key: string, substitutions?: string | string[]): string {
  try {
    // WXT types getMessage by the keys present at `wxt prepare` time; ours are added alongside.
    const message = (browser.i18n.getMessage as GetMessage)(key, substitutions);
    if (message) return message;
  } catch {
    // The test browser throws for an unmocked i18n: fall through to the key.
  }
  return key;
}
