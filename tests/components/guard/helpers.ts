import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Finding } from '../../../lib/analyser/types';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };

// A path, not a URL: under jsdom the global URL is jsdom's, which node's file APIs reject.
const MESSAGES_PATH = resolve(import.meta.dirname, '../../../lib/public/_locales/en/messages.json');

export function readMessages(): Record<string, Entry> {
  return JSON.parse(readFileSync(MESSAGES_PATH, 'utf8')) as Record<string, Entry>;
}

/** Chrome's getMessage: named placeholders whose content refers to $1…$9, and $$ for a dollar. */
export function formatMessage(entry: Entry, substitutions?: string | string[]): string {
  const list = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const fill = (content: string) => content.replace(/\$(\d)/g, (_, d: string) => list[Number(d) - 1] ?? '');
  const placeholders = Object.entries(entry.placeholders ?? {});
  return entry.message.replace(/\$\$|\$([A-Za-z0-9_@]+)\$/g, (whole, name: string | undefined) => {
    if (whole === '$$') return '$';
    const found = placeholders.find(([key]) => key.toLowerCase() === name!.toLowerCase());
    return found ? fill(found[1].content) : '';
  });
}

/**
 * Makes the fake browser answer getMessage from our real messages.json, and records any key that
 * is missing, so a test fails when a component asks for a string nobody wrote.
 */
export function useRealMessages(): { missing: Set<string>; requested: Set<string> } {
  const messages = readMessages();
  const missing = new Set<string>();
  const requested = new Set<string>();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((name: string, substitutions?: string | string[]) => {
    requested.add(name);
    const entry = messages[name];
    if (!entry) {
      missing.add(name);
      return '';
    }
    return formatMessage(entry, substitutions);
  }) as typeof fakeBrowser.i18n.getMessage);
  return { missing, requested };
}

let counter = 0;

export function createFinding(overrides: Partial<Finding> = {}): Finding {
  counter += 1;
  return {
    rule: 'contact-detail',
    severity: 'warn',
    start: counter * 10,
    end: counter * 10 + 5,
    likelihood: 0.9,
    explanation: 'This looks like a private phone number.',
    recogniser: 'phone-number',
    ...overrides,
  };
}

export const ORG = 'Riverside Refugee Support';
