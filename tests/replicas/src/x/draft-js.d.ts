/** The small part of Draft.js 0.11 the X replica uses (the package ships Flow types only). */
declare module 'draft-js' {
  import type { Component, KeyboardEvent } from 'react';

  export type DraftHandleValue = 'handled' | 'not-handled';

  export class ContentState {
    static createFromText(text: string, delimiter?: string): ContentState;
    hasText(): boolean;
    getPlainText(delimiter?: string): string;
  }

  export class EditorState {
    static createEmpty(): EditorState;
    static createWithContent(content: ContentState): EditorState;
    static moveFocusToEnd(editorState: EditorState): EditorState;
    static moveSelectionToEnd(editorState: EditorState): EditorState;
    getCurrentContent(): ContentState;
  }

  export interface EditorProps {
    editorState: EditorState;
    onChange(editorState: EditorState): void;
    placeholder?: string;
    ariaLabel?: string;
    ariaMultiline?: boolean;
    ariaAutoComplete?: string;
    role?: string;
    spellCheck?: boolean;
    tabIndex?: number;
    webDriverTestID?: string;
    keyBindingFn?(event: KeyboardEvent): string | null;
    handleKeyCommand?(command: string, editorState: EditorState): DraftHandleValue;
    onFocus?(event: unknown): void;
    onBlur?(event: unknown): void;
  }

  export class Editor extends Component<EditorProps> {
    focus(): void;
    blur(): void;
  }

  export function getDefaultKeyBinding(event: KeyboardEvent): string | null;
}
