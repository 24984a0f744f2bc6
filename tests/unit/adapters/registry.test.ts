import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADAPTERS, ADAPTER_MATCHES, adapterForUrl } from '../../../lib/adapters/registry';

const root = resolve(import.meta.dirname, '../../..');
const read = (path: string) => readFileSync(resolve(root, path), 'utf8');

describe('adapter registry', () => {
  it('maps the three hosts to their adapters and nothing else', () => {
    expect(adapterForUrl(new URL('https://web.whatsapp.com/'))?.id).toBe('whatsapp');
    expect(adapterForUrl(new URL('https://x.com/home'))?.id).toBe('x');
    expect(adapterForUrl(new URL('https://www.facebook.com/messages/t/1'))?.id).toBe('facebook');
    expect(adapterForUrl(new URL('http://x.com/home'))).toBeUndefined();
    expect(adapterForUrl(new URL('https://example.org/'))).toBeUndefined();
  });

  for (const id of Object.keys(ADAPTERS)) {
    it(`${id}: one id for folder, files, entrypoint and matches`, () => {
      expect(ADAPTERS[id as keyof typeof ADAPTERS].id).toBe(id);
      for (const file of [`${id}.adapter.ts`, `${id}.selectors.ts`, 'NOTES.md']) expect(existsSync(resolve(root, `lib/adapters/${id}/${file}`)), file).toBe(true);
      const entry = read(`entrypoints/${id}.content/index.ts`);
      for (const pattern of ADAPTER_MATCHES[id as keyof typeof ADAPTER_MATCHES]) expect(entry).toContain(`'${pattern}'`);
      expect(entry).toContain(`${id}Adapter`);
      expect(entry).toContain("runAt: 'document_start'");
      expect(entry).toContain("cssInjectionMode: 'ui'");
    });

    it(`${id}: every selector export names its evidence, and the adapter takes selectors only from there`, () => {
      const selectors = read(`lib/adapters/${id}/${id}.selectors.ts`);
      const exports = [...selectors.matchAll(/^export const (\w+)/gm)].map((m) => m[1]!);
      expect(exports.length).toBeGreaterThan(3);
      // Each export (or group of exports) sits under a doc comment naming its evidence: a replica
      // page (…tsx) or, where the replica has no such variant, the research.
      const undocumented = exports.filter((name) => {
        const before = selectors.slice(0, selectors.indexOf(`export const ${name}`));
        const comment = before.slice(before.lastIndexOf('/**'), before.lastIndexOf('*/') + 2);
        return name !== 'watchedAttributes' && !/\.tsx|site-dom\.md/.test(comment);
      });
      expect(undocumented).toEqual([]);
      const adapter = read(`lib/adapters/${id}/${id}.adapter.ts`).replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      // No selector strings in the adapter itself: attribute selectors only come from S.*.
      expect(adapter.match(/['`"][^'`"\n]*\[[a-z-]+(=|\])/g) ?? []).toEqual([]);
    });
  }
});
