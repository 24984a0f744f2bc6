import { focusWithoutScroll, verifyAfter } from './input';
import type { EditorDriver, EditorModel } from './types';

/**
 * A React-controlled `<textarea>` (X Chat, inside X's open shadow root). Its text is `value`.
 * Writing `value` directly is swallowed by React's value tracker, so a fix calls the native
 * setter and then fires `input`, which React's onChange reads (site-dom.md §4.4).
 *
 * A textarea has no DOM text to measure, so the marks come from a mirror: a hidden copy with the
 * textarea's box and font, built inside the extension's closed shadow root (`scratch`), never in
 * the page, because the mirror holds the draft.
 */

type TextField = HTMLTextAreaElement | HTMLInputElement;

function isTextField(element: HTMLElement): element is TextField {
  return element instanceof HTMLTextAreaElement || (element instanceof HTMLInputElement && element.type === 'text');
}

export function readTextarea(element: HTMLElement): EditorModel | null {
  return isTextField(element) ? { text: element.value } : null;
}

/** Styles that decide where text wraps inside a textarea; copied onto the mirror. */
const MIRRORED = [
  'boxSizing', 'width', 'height', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
  'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'borderStyle',
  'fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'fontVariant', 'fontStretch', 'lineHeight',
  'letterSpacing', 'wordSpacing', 'textTransform', 'textIndent', 'textAlign', 'direction', 'tabSize',
] as const;

/** Lays the text out once in a mirror of the field and measures every span in it. */
export function measureTextarea(element: TextField, spans: ReadonlyArray<readonly [number, number]>, scratch: HTMLElement): DOMRect[][] {
  if (spans.length === 0) return [];
  const doc = scratch.ownerDocument;
  const view = element.ownerDocument.defaultView ?? window;
  const style = view.getComputedStyle(element);
  const box = element.getBoundingClientRect();
  const mirror = doc.createElement('div');
  const s = mirror.style;
  for (const key of MIRRORED) s[key] = style[key];
  s.position = 'fixed';
  s.left = `${box.left}px`;
  s.top = `${box.top}px`;
  s.visibility = 'hidden';
  s.pointerEvents = 'none';
  s.overflow = 'hidden';
  s.whiteSpace = element instanceof HTMLTextAreaElement ? 'pre-wrap' : 'pre';
  s.overflowWrap = 'break-word';
  s.margin = '0';
  s.borderColor = 'transparent';
  const text = element.value;
  // Spans in order, overlaps clipped, each wrapped in its own <span>; the rest as plain text.
  const order = spans.map((span, index) => ({ start: span[0], end: span[1], index })).sort((a, b) => a.start - b.start);
  const marks: Array<HTMLSpanElement | null> = spans.map(() => null);
  let at = 0;
  for (const span of order) {
    const start = Math.max(span.start, at);
    if (span.end <= start) continue;
    if (start > at) mirror.append(doc.createTextNode(text.slice(at, start)));
    const mark = doc.createElement('span');
    mark.textContent = text.slice(start, span.end);
    mirror.append(mark);
    marks[span.index] = mark;
    at = span.end;
  }
  // A trailing newline needs a character after it, or the mirror loses the last line.
  mirror.append(doc.createTextNode(text.slice(at) + '\u200B'));
  scratch.append(mirror);
  try {
    mirror.scrollTop = element.scrollTop;
    mirror.scrollLeft = element.scrollLeft;
    return marks.map((mark) => {
      if (!mark) return [];
      const out: DOMRect[] = [];
      const rects = mark.getClientRects();
      for (let i = 0; i < rects.length; i++) {
        const r = rects[i]!;
        if (r.width > 0 || r.height > 0) out.push(new DOMRect(r.left, r.top, r.width, r.height));
      }
      return out;
    });
  } finally {
    mirror.remove();
  }
}

const nativeValueSetter = (element: TextField) =>
  Object.getOwnPropertyDescriptor(Object.getPrototypeOf(element) as object, 'value')?.set;

export const textareaEditor: EditorDriver = {
  kind: 'textarea',
  read: readTextarea,
  rects(element, _model, spans, scratch) {
    return scratch && isTextField(element) ? measureTextarea(element, spans, scratch) : spans.map(() => []);
  },
  async select(element, start, end) {
    if (!isTextField(element)) return false;
    focusWithoutScroll(element);
    element.setSelectionRange(start, end);
    return true;
  },
  async replace(element, start, end, replacement) {
    if (!isTextField(element)) return false;
    const before = element.value;
    const expected = before.slice(0, start) + replacement + before.slice(end);
    const setter = nativeValueSetter(element);
    if (!setter) return false;
    focusWithoutScroll(element);
    setter.call(element, expected);
    element.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    const caret = start + replacement.length;
    element.setSelectionRange(caret, caret);
    return verifyAfter(() => element.value, expected, before);
  },
};
