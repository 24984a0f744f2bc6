/**
 * A real Lexical editor (the engine of Facebook, Messenger and WhatsApp Web) mounted on a plain
 * contenteditable div, the way those sites do it without @lexical/react. Everything the page
 * does (send buttons, recording) reads the editor STATE, never the DOM.
 */
import { useEffect, useRef, type HTMLAttributes } from 'react';
import {
  $createLineBreakNode,
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $setSelection,
  COMMAND_PRIORITY_HIGH,
  createEditor,
  KEY_ENTER_COMMAND,
  mergeRegister,
  type LexicalEditor,
} from 'lexical';
import { HeadingNode, QuoteNode, registerRichText } from '@lexical/rich-text';
import { recordSent, registerComposer } from './replica-api';

export interface LexicalComposerApi {
  getText(): string;
  setText(text: string): void;
  focus(): void;
  /** Sends the state text if there is any, as the site's send button or Enter would. */
  submit(): void;
}

export interface LexicalComposerProps {
  surface: string;
  /** Recipient recorded with each send. */
  to?: string;
  /** aria-label, aria-placeholder, data-tab and so on, exactly as the real site renders them. */
  attributes: HTMLAttributes<HTMLDivElement> & Record<`data-${string}`, string>;
  className?: string;
  paragraphClass?: string;
  textClass?: string;
  /** Enter (without Shift) sends; otherwise Enter makes a new paragraph. */
  enterSends: boolean;
  initialText?: string;
  autoFocus?: boolean;
  onTextChange?(text: string): void;
  /** Called after the send was recorded and the editor cleared. */
  onSent?(text: string): void;
  /** Called when the editor unmounts, with the unsent text (WhatsApp keeps drafts per chat). */
  onUnmount?(text: string): void;
  apiRef?: { current: LexicalComposerApi | null };
}

export function hasText(text: string): boolean {
  return text.trim().length > 0;
}

function readText(editor: LexicalEditor): string {
  return editor.getEditorState().read(() => $getRoot().getTextContent());
}

/** Writes `text` into the state: blank lines separate paragraphs, single newlines are line breaks. */
function writeText(editor: LexicalEditor, text: string): void {
  editor.update(
    () => {
      const root = $getRoot();
      root.clear();
      let last = $createParagraphNode();
      text.split('\n\n').forEach((paragraphText, index) => {
        const paragraph = index === 0 ? last : $createParagraphNode();
        paragraphText.split('\n').forEach((line, lineIndex) => {
          if (lineIndex > 0) paragraph.append($createLineBreakNode());
          if (line) paragraph.append($createTextNode(line));
        });
        root.append(paragraph);
        last = paragraph;
      });
      // Only a focused editor gets a caret: selecting in an unfocused one would steal focus.
      const element = editor.getRootElement();
      if (element && element.contains(document.activeElement)) last.selectEnd();
      else $setSelection(null);
    },
    { discrete: true },
  );
}

export function LexicalComposer(props: LexicalComposerProps) {
  const rootRef = useRef<HTMLDivElement>(null);
  const propsRef = useRef(props);
  propsRef.current = props;

  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const { surface, paragraphClass, textClass } = propsRef.current;
    const editor = createEditor({
      namespace: surface,
      nodes: [HeadingNode, QuoteNode],
      theme: { paragraph: paragraphClass, text: textClass ? { base: textClass } : undefined },
      onError: (error) => console.error(error),
    });
    editor.setRootElement(root);

    let lastText = '';
    const submit = (): void => {
      const text = readText(editor);
      if (!hasText(text)) return;
      const { to } = propsRef.current;
      recordSent({ surface: propsRef.current.surface, text, ...(to !== undefined ? { to } : {}) });
      writeText(editor, '');
      propsRef.current.onSent?.(text);
    };

    const unregister = mergeRegister(
      registerRichText(editor),
      editor.registerUpdateListener(({ editorState }) => {
        const text = editorState.read(() => $getRoot().getTextContent());
        if (text !== lastText) {
          lastText = text;
          propsRef.current.onTextChange?.(text);
        }
      }),
      editor.registerCommand<KeyboardEvent | null>(
        KEY_ENTER_COMMAND,
        (event) => {
          if (!propsRef.current.enterSends || event?.shiftKey) return false; // rich text inserts the newline
          event?.preventDefault();
          submit();
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
      registerComposer({
        surface,
        element: () => rootRef.current,
        getText: () => readText(editor),
        setText: (text) => writeText(editor, text),
      }),
    );

    writeText(editor, propsRef.current.initialText ?? '');
    const api: LexicalComposerApi = {
      getText: () => readText(editor),
      setText: (text) => writeText(editor, text),
      focus: () => editor.focus(),
      submit,
    };
    if (propsRef.current.apiRef) propsRef.current.apiRef.current = api;
    if (propsRef.current.autoFocus) editor.focus();

    return () => {
      propsRef.current.onUnmount?.(readText(editor));
      if (propsRef.current.apiRef?.current === api) propsRef.current.apiRef.current = null;
      unregister();
      editor.setRootElement(null);
    };
  }, []);

  return (
    <div
      ref={rootRef}
      className={props.className}
      contentEditable
      suppressContentEditableWarning
      role="textbox"
      spellCheck
      style={{ userSelect: 'text', whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}
      {...props.attributes}
    />
  );
}
