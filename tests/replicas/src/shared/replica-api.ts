/**
 * The test hook every replica page exposes as `window.__replica`.
 *
 * Composers register a handle that reads and writes their editor STATE (never the DOM), so tests
 * can assert what the real site would have sent. Sends and relationship-button clicks are
 * recorded by the page's own handlers, so anything the extension blocks never shows up here.
 */

export interface SentRecord {
  /** Which composer sent it, e.g. `whatsapp`, `x-post`, `messenger-thread` (see tests/e2e/README.md). */
  surface: string;
  /** The editor state's plain text at the moment of sending. */
  text: string;
  /** The recipient as the page knows it (display name, number or handle), when there is one. */
  to?: string;
}

export interface ActionRecord {
  /** e.g. `add-friend`, `confirm-request`, `follow`, `message` */
  action: string;
  /** Username, handle or number the action was aimed at. */
  target: string;
}

export interface ComposerHandle {
  surface: string;
  element(): Element | null;
  getText(): string;
  setText(text: string): void;
}

export interface ReplicaApi {
  ready: true;
  site: ReplicaSite;
  /** Text in the active composer's state (the last focused one, else the newest mounted one). */
  getText(): string;
  /** Replaces the active composer's state with `text` (through the editor's own API). */
  setText(text: string): void;
  getSent(): SentRecord[];
  getActions(): ActionRecord[];
  /** Surface name of the active composer, or null when the page has none. */
  activeSurface(): string | null;
  /** Every mounted composer, for debugging. */
  composers(): Array<{ surface: string; text: string; active: boolean }>;
}

export type ReplicaSite = 'facebook' | 'x' | 'whatsapp';

declare global {
  interface Window {
    __replica?: ReplicaApi;
  }
}

const composers: ComposerHandle[] = [];
const sent: SentRecord[] = [];
const actions: ActionRecord[] = [];
let lastFocused: ComposerHandle | null = null;

export function registerComposer(handle: ComposerHandle): () => void {
  composers.push(handle);
  return () => {
    const index = composers.indexOf(handle);
    if (index >= 0) composers.splice(index, 1);
    if (lastFocused === handle) lastFocused = null;
  };
}

export function recordSent(record: SentRecord): void {
  sent.push({ ...record });
  document.dispatchEvent(new CustomEvent('replica:sent', { detail: { ...record } }));
}

export function recordAction(action: string, target: string): void {
  actions.push({ action, target });
  document.dispatchEvent(new CustomEvent('replica:action', { detail: { action, target } }));
}

function isMounted(handle: ComposerHandle): boolean {
  return handle.element()?.isConnected ?? false;
}

function activeComposer(): ComposerHandle | null {
  if (lastFocused && composers.includes(lastFocused) && isMounted(lastFocused)) return lastFocused;
  for (let i = composers.length - 1; i >= 0; i--) {
    const handle = composers[i]!;
    if (isMounted(handle)) return handle;
  }
  return null;
}

/** Installs `window.__replica`; call once per page before rendering. */
export function installReplicaApi(site: ReplicaSite): void {
  // composedPath()[0] sees through open shadow roots (XChat), where event.target is the host.
  document.addEventListener(
    'focusin',
    (event) => {
      const origin = event.composedPath()[0];
      if (!(origin instanceof Node)) return;
      const handle = composers.find((h) => {
        const el = h.element();
        return el !== null && (el === origin || el.contains(origin));
      });
      if (handle) lastFocused = handle;
    },
    true,
  );

  window.__replica = {
    ready: true,
    site,
    getText: () => activeComposer()?.getText() ?? '',
    setText: (text: string) => {
      const handle = activeComposer();
      if (!handle) throw new Error('This replica page has no composer mounted');
      handle.setText(text);
    },
    getSent: () => sent.map((record) => ({ ...record })),
    getActions: () => actions.map((record) => ({ ...record })),
    activeSurface: () => activeComposer()?.surface ?? null,
    composers: () => {
      const active = activeComposer();
      return composers.filter(isMounted).map((h) => ({ surface: h.surface, text: h.getText(), active: h === active }));
    },
  };
}
