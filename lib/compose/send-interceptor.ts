/**
 * Catches the ways a draft leaves: Enter / Ctrl+Enter / Cmd+Enter in a composer, a click (or
 * Enter/Space) on a send control, a form submit. Listeners sit on `window` in the capture phase,
 * registered at document_start, so they run before React's root listeners and Lexical's root
 * listeners (site-dom.md §4.5). Events from X Chat's shadow root are retargeted to the host at
 * window level; `composedPath()` still names the textarea and the button.
 *
 * The interceptor only recognises; the guard decides. When the guard holds a send, the event is
 * stopped (`preventDefault` + `stopImmediatePropagation`) and the page never sees it.
 */
import type { Composer } from '../adapters/types';

export type SendOrigin =
  | { kind: 'key'; key: string; code: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }
  | { kind: 'control'; control: HTMLElement }
  | { kind: 'submit'; form: HTMLFormElement };

export interface SendAttempt {
  composer: Composer;
  origin: SendOrigin;
  event: Event;
}

export interface SendInterceptorOptions {
  /** Tracked composer whose element is in the path, if any. */
  composerInPath(path: readonly EventTarget[]): Composer | null;
  /** Tracked composer that this element sends for, if it is a send control. */
  composerForControl(element: Element): Composer | null;
  isSendKey(event: KeyboardEvent, composer: Composer): boolean;
  /** Our own overlay host: events from our cards are never sends. */
  isOwnNode(node: EventTarget): boolean;
  /** Returns true to let the send through, false to hold it (the event is then stopped). */
  decide(attempt: SendAttempt): boolean;
  signal: AbortSignal;
}

export function installSendInterceptor(win: Window, options: SendInterceptorOptions): void {
  const hold = (event: Event) => {
    event.preventDefault();
    event.stopImmediatePropagation();
  };

  const fromUs = (path: readonly EventTarget[]) => path.some((t) => options.isOwnNode(t));

  // Every send control on the three sites is a button or a role=button; a click anywhere else is
  // never looked at further (this runs for every click on the page).
  const controlIn = (path: readonly EventTarget[]): { control: HTMLElement; composer: Composer } | null => {
    for (const target of path) {
      if (!(target instanceof Element)) continue;
      if (target === win.document.body || target === win.document.documentElement) break;
      if (!isButtonLike(target)) continue;
      const composer = options.composerForControl(target);
      return composer ? { control: target as HTMLElement, composer } : null;
    }
    return null;
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    // Never during an IME composition: Enter there commits the composition (keyCode 229).
    if (event.isComposing || event.keyCode === 229) return;
    const path = event.composedPath();
    if (fromUs(path)) return;
    if (event.key === 'Enter') {
      const composer = options.composerInPath(path);
      if (composer) {
        if (!options.isSendKey(event, composer)) return;
        const origin: SendOrigin = {
          kind: 'key',
          key: event.key,
          code: event.code,
          ctrlKey: event.ctrlKey,
          metaKey: event.metaKey,
          shiftKey: event.shiftKey,
          altKey: event.altKey,
        };
        if (!options.decide({ composer, origin, event })) hold(event);
        return;
      }
    }
    // Facebook's div[role=button] controls also fire on Enter and Space while focused.
    const origin = path[0];
    if (origin instanceof Element && origin.getAttribute('role') === 'button') {
      const hit = controlIn([origin]);
      if (hit && !options.decide({ composer: hit.composer, origin: { kind: 'control', control: hit.control }, event })) hold(event);
    }
  };

  const onClick = (event: MouseEvent) => {
    const path = event.composedPath();
    if (fromUs(path)) return;
    const hit = controlIn(path);
    if (hit && !options.decide({ composer: hit.composer, origin: { kind: 'control', control: hit.control }, event })) hold(event);
  };

  const onSubmit = (event: SubmitEvent) => {
    const form = event.composedPath()[0];
    if (!(form instanceof HTMLFormElement)) return;
    const composer = options.composerInPath(findEditables(form));
    if (composer && !options.decide({ composer, origin: { kind: 'submit', form }, event })) hold(event);
  };

  const listen = { capture: true, signal: options.signal } as const;
  win.addEventListener('keydown', onKeyDown, listen);
  win.addEventListener('click', onClick, listen);
  win.addEventListener('submit', onSubmit, listen);
}

function isButtonLike(element: Element): boolean {
  return element.localName === 'button' || element.getAttribute('role') === 'button' || (element.localName === 'input' && (element as HTMLInputElement).type === 'submit');
}

function findEditables(form: HTMLFormElement): EventTarget[] {
  return Array.from(form.querySelectorAll('[contenteditable="true"], textarea'));
}
