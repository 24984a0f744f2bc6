import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url).pathname;
const walk = (dir: string): string[] =>
  readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(root, path)).isDirectory() ? walk(path) : [path];
  });

describe('architecture', () => {
  it('keeps the analyser pure: no DOM, browser APIs, extension framework or network', () => {
    const offenders = walk('lib/analyser')
      .filter((f) => f.endsWith('.ts'))
      .filter((f) => {
        const code = readFileSync(join(root, f), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
        if (/from ['"](wxt|#imports|webextension-polyfill)/.test(code)) return true;
        // A global used without a local of the same name ("const window = …" in a text window is fine).
        return ['document', 'window', 'browser', 'chrome', 'fetch', 'XMLHttpRequest', 'WebSocket', 'localStorage', 'navigator'].some(
          (name) => new RegExp(`\\b${name}\\s*[.(]`).test(code) && !new RegExp(`\\b(const|let|var)\\s+${name}\\b|\\b${name}\\s*[:,)]`).test(code),
        );
      });
    expect(offenders).toEqual([]);
  });

  it('has one recogniser per file, each registered and each with its own test', () => {
    const files = readdirSync(join(root, 'lib/analyser/recognisers')).filter((f) => f.endsWith('.recogniser.ts'));
    const registry = readFileSync(join(root, 'lib/analyser/registry.ts'), 'utf8');
    const tests = readdirSync(join(root, 'tests/unit/analyser/recognisers'));
    for (const file of files) {
      const id = file.replace('.recogniser.ts', '');
      expect(registry, `${id} is registered`).toContain(`./recognisers/${id}.recogniser`);
      expect(tests.some((t) => t.startsWith(id) || (id.startsWith('confidential-') && t.startsWith('confidential-place'))), `${id} has a test`).toBe(true);
    }
  });

  it('never logs from the analyser or the profile code (drafts and registers must not reach a console)', () => {
    const offenders = [...walk('lib/analyser'), ...walk('lib/profile')]
      .filter((f) => f.endsWith('.ts'))
      .filter((f) => /\bconsole\.(log|info|warn|error|debug)\(/.test(readFileSync(join(root, f), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('keeps the top level to the agreed entries', () => {
    const entries = readdirSync(root).filter((n) => !n.startsWith('.') && n !== 'node_modules');
    expect(entries.sort()).toEqual(['README.md', 'components', 'entrypoints', 'lib', 'package-lock.json', 'package.json', 'tests', 'tsconfig.json', 'wxt.config.ts']);
  });
});
