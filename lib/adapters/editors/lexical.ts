import { dispatchPaste, execInsertText, focusWithoutScroll, selectDomRange, settleSelection, verifyAfter } from './input';
import { contentEditableParts } from './contenteditable';
import type { EditorDriver } from './types';
import { hasVisibleText, TextModelBuilder, type TextModel } from './text-model';

/**
 * Lexical (Facebook posts, comments and Messenger; WhatsApp Web). Read from the DOM Lexical
 * reconciles: one element per block, text in `[data-lexical-text]` leaves, `<br>` for a
 * LineBreakNode. Lexical's own `getTextContent()` joins blocks with "\n\n" and line breaks with
 * "\n"; the model below reproduces that, so offsets agree with what the page would send.
 *
 * Lexical reverts DOM edits it did not make, so writes go through its input path: a settled
 * selection, then `execCommand('insertText')` (one line) or a synthetic paste (several lines).
 * Evidence: site-dom.md §4.2; e2e-recipe.md "Lexical + execCommand from the isolated world".
 */

const BLOCK_TAGS = new Set(['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'PRE', 'TABLE', 'TR', 'TD', 'TH']);

/** The `<br>` Lexical adds so an empty or break-terminated block keeps its height: not text. */
function isManagedBreak(node: Element): boolean {
  if (node.hasAttribute('data-lexical-managed-linebreak')) return true;
  // Older Lexical marks it only with an expando the isolated world cannot see; it is always the
  // block's last child, while a LineBreakNode at the end of a block is followed by one.
  return node.tagName === 'BR' && node.nextSibling === null && !!node.parentElement && BLOCK_TAGS.has(node.parentElement.tagName);
}

/** Reads the draft; null when the root holds text Lexical would not have rendered (not a Lexical root any more). */
export function readLexical(root: HTMLElement): TextModel | null {
  if (root.getAttribute('contenteditable') !== 'true') return null;
  const out = new TextModelBuilder();
  let foreign = false;

  const walk = (parent: Element, inLeaf: boolean): void => {
    const children = Array.from(parent.childNodes).filter(
      (n) => !(n instanceof Element) || !(n.tagName === 'BR' || n.tagName === 'IMG') || !isManagedBreak(n),
    );
    children.forEach((node, i) => {
      if (node.nodeType === Node.TEXT_NODE) {
        const text = node as Text;
        if (inLeaf) out.addText(text);
        else if (hasVisibleText(text)) foreign = true;
        return;
      }
      if (!(node instanceof Element)) return;
      if (node.tagName === 'BR') {
        out.addSeparator('\n');
        return;
      }
      // Decorators (mentions cards, embeds) carry their own text Lexical does not count as the draft's.
      if (node.hasAttribute('data-lexical-decorator') || node.getAttribute('contenteditable') === 'false') return;
      if (BLOCK_TAGS.has(node.tagName)) {
        const span = out.openBlock(node);
        walk(node, false);
        out.closeBlock(span);
        if (i < children.length - 1) out.addSeparator('\n\n');
        return;
      }
      walk(node, inLeaf || node.hasAttribute('data-lexical-text'));
    });
  };
  walk(root, false);
  return foreign ? null : out.build();
}

export const lexicalEditor: EditorDriver = {
  kind: 'lexical',
  read: readLexical,
  ...contentEditableParts(readLexical),
  async replace(root, start, end, replacement) {
    const before = readLexical(root);
    if (!before) return false;
    const expected = before.text.slice(0, start) + replacement + before.text.slice(end);
    focusWithoutScroll(root);
    if (!selectDomRange(before, start, end)) return false;
    await settleSelection();
    const multiline = replacement.includes('\n');
    if (multiline) dispatchPaste(root, replacement);
    else execInsertText(replacement);
    if (await verifyAfter(() => readLexical(root)?.text, expected, before.text)) return true;
    // execCommand can be refused (no focus in a background tab); a paste is Lexical's other input path.
    if (!multiline && readLexical(root)?.text === before.text) {
      const again = readLexical(root);
      if (!again || !selectDomRange(again, start, end)) return false;
      await settleSelection();
      dispatchPaste(root, replacement);
      return verifyAfter(() => readLexical(root)?.text, expected, before.text);
    }
    return false;
  },
};
