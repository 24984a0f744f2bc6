import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseSourceProfile } from '../../../lib/profile/validate';
import type { SourceProfile } from '../../../lib/profile/source.schema';
import { configure } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// PBKDF2 and publishing are real here, and CI machines are busy: give async queries time.
configure({ asyncUtilTimeout: 10_000 });

/**
 * browser.i18n.getMessage for tests, with Chrome's semantics: named placeholders ($ORG$) take
 * their `content` ($1…$9), which takes the substitutions; "$$" is a dollar sign. An unknown key
 * gives "" as in Chrome, so components fall back to showing the key and a test notices.
 */
const MESSAGES = JSON.parse(readFileSync(resolve('lib/public/_locales/en/messages.json'), 'utf8')) as Record<
  string,
  { message: string; placeholders?: Record<string, { content: string }> }
>;

export function message(key: string, substitutions?: string | string[]): string {
  if (key === '@@ui_locale') return 'en_GB';
  if (key === '@@bidi_dir' || key === 'options_dir') return direction;
  const entry = MESSAGES[key];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const placeholders = Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([k, v]) => [k.toLowerCase(), v.content]));
  const expanded = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => placeholders[name.toLowerCase()] ?? whole);
  return expanded.replace(/\$(\d)|\$\$/g, (whole, n: string | undefined) => (n ? (subs[Number(n) - 1] ?? '') : '$'));
}

let direction: 'ltr' | 'rtl' = 'ltr';

/** Call in beforeEach, after fakeBrowser.reset(). */
export function installMessages(dir: 'ltr' | 'rtl' = 'ltr'): void {
  direction = dir;
  (fakeBrowser.i18n as unknown as { getMessage: typeof message }).getMessage = message;
}

export function allMessageKeys(): string[] {
  return Object.keys(MESSAGES);
}

/** A File whose bytes are given (jsdom's File lacks arrayBuffer in some versions; ours reads via FileReader then). */
export function fileFrom(content: string | Uint8Array, name: string, type = 'application/json'): File {
  return new File([content as BlobPart], name, { type });
}

/** The shared sample organisation (tests/fixtures/sample-profile.json), read by path: jsdom's URL is not Node's. */
export function sample(): SourceProfile {
  const result = parseSourceProfile(JSON.parse(readFileSync(resolve('tests/fixtures/sample-profile.json'), 'utf8')));
  if (!result.ok) throw new Error('sample profile invalid');
  return result.profile;
}
