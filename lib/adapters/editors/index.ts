import { draftEditor } from './draft';
import { lexicalEditor } from './lexical';
import { textareaEditor } from './textarea';
import type { EditorDriver, EditorKind } from './types';

export type { EditorDriver, EditorKind, EditorModel } from './types';

const DRIVERS: Record<EditorKind, EditorDriver> = {
  lexical: lexicalEditor,
  draft: draftEditor,
  textarea: textareaEditor,
};

/** The shared mechanics for an editor technology. @example editorFor('lexical').read(el)?.text */
export function editorFor(kind: EditorKind): EditorDriver {
  return DRIVERS[kind];
}
