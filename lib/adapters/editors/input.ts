import { pointAt, type TextModel } from './text-model';

/**
 * The page's input path, used by the editor drivers. Every write is a real editing event the
 * editor handles itself (execCommand, paste, textInput), never a DOM edit: Lexical and Draft.js
 * post their state, not the DOM (site-dom.md §4.1).
 */

export function focusWithoutScroll(element: HTMLElement): void {
  const root = element.getRootNode() as Document | ShadowRoot;
  if (root.activeElement !== element) element.focus({ preventScroll: true });
}

/** Sets the document selection over model offsets. */
export function selectDomRange(model: TextModel, start: number, end: number): boolean {
  const from = pointAt(model, start, 'start');
  const to = pointAt(model, end, end > start ? 'end' : 'start');
  if (!from || !to) return false;
  const selection = from.node.ownerDocument?.getSelection();
  if (!selection) return false;
  try {
    selection.setBaseAndExtent(from.node, from.offset, to.node, to.offset);
  } catch {
    return false;
  }
  return true;
}

/**
 * Waits until the editor has read the new selection. Lexical and Draft.js take it from the
 * asynchronous `selectionchange` event; inserting before it arrives writes at the old caret
 * (e2e-recipe.md: "inserted at Lexical's stale caret"; harper #2559).
 */
export function settleSelection(doc: Document = document, limitMs = 100): Promise<void> {
  return new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      doc.removeEventListener('selectionchange', done);
      // One more task so the editor's own selectionchange handler has run too.
      setTimeout(resolve, 0);
    };
    const timer = setTimeout(done, limitMs);
    doc.addEventListener('selectionchange', done);
  });
}

export function execInsertText(text: string, doc: Document = document): boolean {
  try {
    return text === '' ? doc.execCommand('delete', false) : doc.execCommand('insertText', false, text);
  } catch {
    return false;
  }
}

/** A synthetic paste of plain text: Lexical's and Draft's clipboard handlers read `clipboardData`. */
export function dispatchPaste(target: HTMLElement, text: string): boolean {
  let data: DataTransfer;
  try {
    data = new DataTransfer();
    data.setData('text/plain', text);
  } catch {
    return false;
  }
  const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
  target.dispatchEvent(event);
  return event.defaultPrevented;
}

/** Chrome's legacy `textInput`: React builds Draft's onBeforeInput from it (fregante/text-field-edit #8). */
export function dispatchTextInput(target: HTMLElement, text: string): boolean {
  const doc = target.ownerDocument;
  try {
    const event = doc.createEvent('TextEvent') as Event & {
      initTextEvent?: (type: string, bubbles: boolean, cancelable: boolean, view: Window | null, data: string) => void;
    };
    if (!event.initTextEvent) return false;
    event.initTextEvent('textInput', true, true, doc.defaultView, text);
    target.dispatchEvent(event);
    return true;
  } catch {
    return false;
  }
}

/**
 * Waits for the editor to reconcile (Lexical commits in a microtask, React renders after the
 * event) and compares what it now holds with what it should hold.
 */
export async function verifyAfter(read: () => string | undefined, expected: string, previous: string, limitMs = 300): Promise<boolean> {
  const started = performance.now();
  for (;;) {
    await new Promise((r) => setTimeout(r, 0));
    const now = read();
    if (now === expected) return true;
    if (now !== previous && now !== undefined) {
      // Changed, but not into what we asked for: give the editor one more frame before judging.
      await new Promise((r) => setTimeout(r, 16));
      return read() === expected;
    }
    if (performance.now() - started > limitMs) return false;
  }
}
