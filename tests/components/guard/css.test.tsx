// @vitest-environment node
// Reads the stylesheet as text; no DOM needed.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const css = readFileSync(resolve(import.meta.dirname, '../../../components/guard/guard.css'), 'utf8');
const rules = css.replace(/\/\*[\s\S]*?\*\//g, '');

describe('guard.css', () => {
  it('uses logical properties only, so right-to-left pages mirror correctly', () => {
    expect(rules).not.toMatch(/\b(margin|padding|border)-(left|right)\b/);
    expect(rules).not.toMatch(/\b(left|right)\s*:/);
    expect(rules).not.toMatch(/text-align\s*:\s*(left|right)/);
    expect(rules).not.toMatch(/float\s*:/);
  });

  it('animates only when the person has not asked for reduced motion', () => {
    const outside = rules.replace(/@media \(prefers-reduced-motion: no-preference\)\s*\{[\s\S]*?\}\s*\}/, '');
    expect(rules).toMatch(/prefers-reduced-motion: no-preference/);
    expect(outside).not.toMatch(/\banimation\s*:/);
    expect(rules).not.toMatch(/\btransition\s*:/);
  });

  it('keeps marks from catching the pointer and shows a visible focus ring', () => {
    expect(rules).toMatch(/\.sl-mark\s*\{[^}]*pointer-events:\s*none/);
    expect(rules).toMatch(/\.sl-marks\s*\{[^}]*pointer-events:\s*none/);
    expect(rules).toMatch(/:focus-visible[^{]*\{[^}]*outline:\s*3px solid/);
    expect(rules).toMatch(/@media \(forced-colors: active\)/);
  });

  it('styles only its own sl- classes, never the host page', () => {
    const selectors = rules
      .replace(/@keyframes[\s\S]*?\}\s*\}/g, '')
      .match(/[^{}]+(?=\{)/g)!
      .map((s) => s.trim())
      .filter((s) => s && !s.startsWith('@'));
    for (const group of selectors) {
      for (const selector of group.split(',').map((s) => s.trim())) {
        expect(selector, selector).toMatch(/^(:host|\.sl-)/);
      }
    }
  });
});
