import { browser } from 'wxt/browser';

type GetMessage = (messageName: string, substitutions?: string | string[]) => string;

/**
 * The message for `key` from `_locales/<lang>/messages.json`, or the key itself when there is
 * none: a missing string stays visible (and a test fails) instead of an empty button.
 *
 * @example t('options_saved_at', '22 November 2026, 09:00')
 */
export function t(key: string, substitutions?: string | number | (string | number)[]): string {
  const subs = substitutions === undefined ? undefined : Array.isArray(substitutions) ? substitutions.map(String) : String(substitutions);
  try {
    const message = (browser.i18n.getMessage as GetMessage)(key, subs);
    if (message) return message;
  } catch {
    // A test browser without i18n: fall through to the key.
  }
  return key;
}

/**
 * The language our text is in, as a BCP 47 tag, for `lang` and for dates and numbers. Each
 * translation names itself (`options_lang`), because the browser's interface language may be
 * one we have no translation for, and then the text is the English fallback.
 */
export function uiLocale(): string {
  const own = message('options_lang');
  if (own && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(own)) return own;
  const ui = message('@@ui_locale');
  if (ui) return ui.replace('_', '-');
  return typeof navigator !== 'undefined' ? navigator.language : 'en-GB';
}

/**
 * "rtl" for Arabic, Hebrew, Persian, Urdu and other right-to-left translations. The translation
 * says which it is (`options_dir`); Chrome's `@@bidi_dir` (the interface language's direction)
 * is the fallback.
 */
export function uiDirection(): 'ltr' | 'rtl' {
  const own = message('options_dir');
  if (own === 'rtl' || own === 'ltr') return own;
  const dir = message('@@bidi_dir');
  return dir === 'rtl' ? 'rtl' : 'ltr';
}

function message(key: string): string {
  try {
    return (browser.i18n.getMessage as GetMessage)(key) || '';
  } catch {
    return '';
  }
}

/** Sets the page's language and direction from the browser's, before React renders. */
export function applyDocumentLocale(doc: Document = document): void {
  doc.documentElement.lang = uiLocale();
  doc.documentElement.dir = uiDirection();
}

export function formatDateTime(iso: string | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'long', timeStyle: 'short' }).format(date);
}

export function formatDate(iso: string | undefined): string {
  if (!iso) return '';
  const date = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'long' }).format(date);
}

export function formatNumber(n: number): string {
  return new Intl.NumberFormat(uiLocale()).format(n);
}

/** Sizes for people, not engineers: "3.2 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return t('options_size_bytes', formatNumber(bytes));
  if (bytes < 1024 * 1024) return t('options_size_kb', formatNumber(Math.round(bytes / 102.4) / 10));
  return t('options_size_mb', formatNumber(Math.round(bytes / (1024 * 102.4)) / 10));
}

let rules: Intl.PluralRules | undefined;

/**
 * A message that depends on a number. Chrome's i18n has no plurals, so plural forms are separate
 * keys named after the CLDR category: `key_one`, `key_few`… with `key` itself as the general
 * ("other") form. English needs `key` and `key_one`; other languages add what they need.
 *
 * @example tn('options_count_people', 1, '1') // "1 person"
 */
export function tn(key: string, count: number, substitutions?: string | number | (string | number)[]): string {
  rules ??= new Intl.PluralRules(uiLocale());
  const specific = `${key}_${rules.select(count)}`;
  const message = t(specific, substitutions);
  return message !== specific ? message : t(key, substitutions);
}
