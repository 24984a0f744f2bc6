/**
 * Editor mechanics, written once per editor technology and shared by the sites that use it:
 * Lexical (Facebook, WhatsApp), Draft.js (X posts), a React-controlled textarea (X Chat).
 */
export type EditorKind = 'lexical' | 'draft' | 'textarea';

/** The draft as read from the editor: the text and an opaque map back to the DOM. */
export interface EditorModel {
  text: string;
}

export interface EditorDriver {
  kind: EditorKind;
  /**
   * The draft's text with a map to the DOM, or null when the element no longer has the shape this
   * editor renders (the site changed): a composer that cannot be read is reported, never skipped.
   */
  read(element: HTMLElement): EditorModel | null;
  /**
   * Where each [start, end) span of the model is on screen: client rects, one per line box, per
   * span. Textareas have no DOM text, so their driver lays the text out once in `scratch`, a hidden
   * element inside the extension's closed shadow root, never in the page (textarea.ts).
   */
  rects(element: HTMLElement, model: EditorModel, spans: ReadonlyArray<readonly [number, number]>, scratch: HTMLElement | null): DOMRect[][];
  /** Puts the page's selection over [start, end) (a caret when equal) and waits until the editor has taken it. */
  select(element: HTMLElement, start: number, end: number): Promise<boolean>;
  /**
   * Replaces [start, end) with `text` through the editor's own input path, then checks the editor
   * holds exactly the expected draft. Returns false (and leaves the draft as it was where it can)
   * when the change did not take.
   */
  replace(element: HTMLElement, start: number, end: number, text: string): Promise<boolean>;
}
