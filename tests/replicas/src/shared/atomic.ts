/**
 * Atomic CSS in the style of the real sites' build output: one class per declaration, named
 * `x` + a hash salted per page load. Styling works, but no class name survives a reload, so
 * adapters cannot come to depend on them.
 */

type StyleValue = string | number;
export type Style = Record<string, StyleValue | undefined | false>;

const salt = Math.random().toString(36).slice(2, 8);
const classByDeclaration = new Map<string, string>();
export const atomicSheet = new CSSStyleSheet();
document.adoptedStyleSheets = [...document.adoptedStyleSheets, atomicSheet];

const unitless = new Set(['flex', 'flexGrow', 'flexShrink', 'fontWeight', 'lineHeight', 'opacity', 'order', 'zIndex']);

function kebab(property: string): string {
  return property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

function hash(text: string): string {
  // FNV-1a, 32 bits: short and stable, which is all a class name needs.
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** Returns atomic class names for `style`, inserting any new rules into the shared sheet. */
export function sx(...styles: Array<Style | undefined | false>): string {
  const names: string[] = [];
  for (const style of styles) {
    if (!style) continue;
    for (const [property, value] of Object.entries(style)) {
      if (value === undefined || value === false) continue;
      const cssValue = typeof value === 'number' && !unitless.has(property) ? `${value}px` : String(value);
      const declaration = `${kebab(property)}:${cssValue}`;
      let name = classByDeclaration.get(declaration);
      if (!name) {
        name = `x${hash(declaration + salt)}`;
        classByDeclaration.set(declaration, name);
        atomicSheet.insertRule(`.${name}{${declaration}}`, atomicSheet.cssRules.length);
      }
      names.push(name);
    }
  }
  return names.join(' ');
}

/** A few meaningless atomic-looking names, for elements the replica does not style. */
export function noise(key: string, count = 3): string {
  return Array.from({ length: count }, (_, i) => `x${hash(`${key}#${i}${salt}`).slice(0, 6)}`).join(' ');
}

/** Lets a shadow root (XChat) share the atomic rules. */
export function adoptAtomicSheet(root: ShadowRoot): void {
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, atomicSheet];
}
