import { focusWithoutScroll, selectDomRange, settleSelection } from './input';
import { clientRectsFor, rangeFor, type TextModel } from './text-model';
import type { EditorDriver } from './types';

/**
 * What Lexical and Draft.js share as contenteditable editors: marks come from DOM ranges over the
 * text model, and selecting means a DOM selection the editor has settled on. Only reading the
 * model and the input path for fixes differ.
 */
export function contentEditableParts(read: (root: HTMLElement) => TextModel | null): Pick<EditorDriver, 'rects' | 'select'> {
  return {
    rects(root, model, spans) {
      return spans.map(([start, end]) => clientRectsFor(rangeFor(model as TextModel, start, end, root.ownerDocument)));
    },
    async select(root, start, end) {
      const model = read(root);
      if (!model) return false;
      focusWithoutScroll(root);
      const ok = selectDomRange(model, start, end);
      await settleSelection();
      return ok;
    },
  };
}
