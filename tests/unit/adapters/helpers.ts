import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const FIXTURES = resolve(import.meta.dirname, 'fixtures');

/** A fixture page: trimmed, scrubbed DOM of a replica page (tests/replicas), named in each file's first line. */
export function fixtureHtml(name: string): string {
  return readFileSync(resolve(FIXTURES, name), 'utf8');
}

/** Loads a fixture page into the test document, at the given address. */
export function loadFixture(name: string, url?: string): void {
  if (url) setUrl(url);
  document.body.innerHTML = fixtureHtml(name);
}

export function setUrl(url: string): void {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
}

export function el<T extends Element = HTMLElement>(selector: string, root: ParentNode = document): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`fixture has no ${selector}`);
  return found;
}
