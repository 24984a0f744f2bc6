/** Small DOM helpers the adapters share. No selectors live here: those stay in `<id>.selectors.ts`. */

/** Bidirectional marks and embeddings WhatsApp wraps around numbers (U+200E, U+200F, U+202A–U+202E, U+2066–U+2069). */
const BIDI = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function cleanLabel(value: string | null | undefined): string {
  return (value ?? '').replace(BIDI, '').replace(/\s+/g, ' ').trim();
}

/** Whether an element's aria-label is one of `labels` (case-insensitive). */
export function hasLabel(element: Element, labels: readonly string[]): boolean {
  const label = cleanLabel(element.getAttribute('aria-label')).toLowerCase();
  return label !== '' && labels.some((l) => l.toLowerCase() === label);
}

/** The rest of `value` after the first matching prefix (case-insensitive), or undefined. */
export function afterPrefix(value: string | null | undefined, prefixes: readonly string[]): string | undefined {
  const text = cleanLabel(value);
  const lower = text.toLowerCase();
  for (const prefix of prefixes) {
    if (lower.startsWith(prefix.toLowerCase())) {
      const rest = text.slice(prefix.length).trim();
      return rest || undefined;
    }
  }
  return undefined;
}

/** A phone number as a page prints it ("+44 7700 900115"), in E.164 form, or undefined. */
export function phoneFrom(value: string): string | undefined {
  const compact = cleanLabel(value).replace(/[\s\-().]/g, '');
  return /^\+?\d{8,15}$/.test(compact) ? (compact.startsWith('+') ? compact : `+${compact}`) : undefined;
}

/** Elements in the document and in the given shadow roots matching a selector. */
export function queryAll<T extends Element = HTMLElement>(root: ParentNode, selector: string): T[] {
  return Array.from(root.querySelectorAll<T>(selector));
}

/** The nearest ancestor (crossing open shadow roots to their hosts) matching `selector`. */
export function closestAcross(element: Element, selector: string): Element | null {
  let node: Element | null = element;
  while (node) {
    const found: Element | null = node.closest(selector);
    if (found) return found;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

/** Walks up from `element` at most `levels` ancestors and returns the first that contains a match. */
export function nearestWith<T extends Element>(element: Element, selector: string, levels: number): { scope: Element; match: T } | null {
  let node: Element | null = element.parentElement;
  for (let i = 0; node && i < levels; i++, node = node.parentElement) {
    const match = node.querySelector<T>(selector);
    if (match) return { scope: node, match };
  }
  return null;
}
