import { dispatchPaste, dispatchTextInput, focusWithoutScroll, selectDomRange, settleSelection, verifyAfter } from './input';
import { contentEditableParts } from './contenteditable';
import type { EditorDriver } from './types';
import { hasVisibleText, TextModelBuilder, type TextModel } from './text-model';

/**
 * Draft.js 0.11 (X's post composer). Its DOM: `[data-contents]` holding one `[data-block="true"]`
 * per line, text in `span[data-text="true"]` leaves (decorators such as mentions only wrap
 * leaves), and `<br data-text="true">` for an empty block. `ContentState.getPlainText()` joins
 * blocks with "\n"; the model reproduces it.
 *
 * Draft ignores synthetic `beforeinput` and reverts DOM edits; it takes a synthetic paste
 * (`editOnPaste`, several lines too) and Chrome's legacy `textInput` (site-dom.md §4.3).
 */
export function readDraft(root: HTMLElement): TextModel | null {
  if (root.getAttribute('contenteditable') !== 'true') return null;
  const contents = root.querySelector('[data-contents="true"]');
  if (!contents) return null;
  const out = new TextModelBuilder();
  const blocks = contents.querySelectorAll('[data-block="true"]');
  let foreign = false;
  blocks.forEach((block, i) => {
    if (i > 0) out.addSeparator('\n');
    const span = out.openBlock(block);
    const walker = block.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (node.parentElement?.closest('[data-text="true"]')) out.addText(node);
      else if (hasVisibleText(node)) foreign = true;
    }
    out.closeBlock(span);
  });
  // Text outside every block means Draft no longer renders what we expect.
  const walker = root.ownerDocument.createTreeWalker(contents, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node && !foreign; node = walker.nextNode() as Text | null) {
    if (!node.parentElement?.closest('[data-block="true"]') && hasVisibleText(node)) foreign = true;
  }
  return foreign ? null : out.build();
}

export const draftEditor: EditorDriver = {
  kind: 'draft',
  read: readDraft,
  ...contentEditableParts(readDraft),
  async replace(root, start, end, replacement) {
    const before = readDraft(root);
    if (!before) return false;
    const expected = before.text.slice(0, start) + replacement + before.text.slice(end);
    focusWithoutScroll(root);
    if (!selectDomRange(before, start, end)) return false;
    await settleSelection();
    dispatchPaste(root, replacement);
    if (await verifyAfter(() => readDraft(root)?.text, expected, before.text)) return true;
    if (replacement.includes('\n') || readDraft(root)?.text !== before.text) return false;
    // Paste refused (a site handler that only takes files): try textInput, one line only.
    const again = readDraft(root);
    if (!again || !selectDomRange(again, start, end)) return false;
    await settleSelection();
    dispatchTextInput(root, replacement);
    return verifyAfter(() => readDraft(root)?.text, expected, before.text);
  },
};
