/**
 * X's post composer: a real Draft.js editor whose contenteditable is `[data-testid=tweetTextarea_0]`.
 * The Post/Reply button is disabled (and aria-disabled) until `ContentState.hasText()`;
 * Enter splits the block, Ctrl/Cmd+Enter posts through Draft's keyBindingFn.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import { ContentState, Editor, EditorState, getDefaultKeyBinding, type DraftHandleValue } from 'draft-js';
import { noise, sx } from '../shared/atomic';
import { recordSent, registerComposer } from '../shared/replica-api';
import { t } from './data';

const SUBMIT = 'x-replica-submit';

export function DraftComposer(props: {
  surface: string;
  buttonTestId: 'tweetButtonInline' | 'tweetButton';
  buttonText: string;
  placeholder: string;
  to?: string;
  autoFocus?: boolean;
  onPosted(text: string): void;
}) {
  const [editorState, setEditorState] = useState(() => EditorState.createEmpty());
  // The ref is updated synchronously so __replica.getText() sees the state immediately.
  const stateRef = useRef(editorState);
  const editorRef = useRef<Editor>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  const propsRef = useRef(props);
  propsRef.current = props;

  const change = (next: EditorState) => {
    stateRef.current = next;
    setEditorState(next);
  };

  const post = () => {
    const content = stateRef.current.getCurrentContent();
    if (!content.hasText()) return;
    const text = content.getPlainText();
    const { surface, to } = propsRef.current;
    recordSent({ surface, text, ...(to !== undefined ? { to } : {}) });
    change(EditorState.createEmpty());
    propsRef.current.onPosted(text);
  };

  useEffect(() => {
    if (props.autoFocus) editorRef.current?.focus();
    return registerComposer({
      surface: props.surface,
      element: () => boxRef.current?.querySelector('.public-DraftEditor-content') ?? null,
      getText: () => stateRef.current.getCurrentContent().getPlainText(),
      setText: (text) => flushSync(() => change(EditorState.moveSelectionToEnd(EditorState.createWithContent(ContentState.createFromText(text))))),
    });
  }, []);

  const keyBindingFn = (event: KeyboardEvent): string | null => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) return SUBMIT;
    return getDefaultKeyBinding(event);
  };
  const handleKeyCommand = (command: string): DraftHandleValue => {
    if (command !== SUBMIT) return 'not-handled';
    post();
    return 'handled';
  };

  const enabled = editorState.getCurrentContent().hasText();
  return (
    <div ref={boxRef} className={sx({ flex: 1 })}>
      <div data-testid="tweetTextarea_0RichTextInputContainer" className={`${noise('rtic')} ${sx({ fontSize: 20, padding: '12px 0', minHeight: 52 })}`}>
        <label data-testid="tweetTextarea_0_label" className={sx({ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clipPath: 'inset(50%)' })}>
          {t.postText}
        </label>
        <Editor
          ref={editorRef}
          editorState={editorState}
          onChange={change}
          placeholder={props.placeholder}
          ariaLabel={t.postText}
          ariaMultiline
          ariaAutoComplete="list"
          role="textbox"
          spellCheck
          tabIndex={0}
          webDriverTestID="tweetTextarea_0"
          keyBindingFn={keyBindingFn}
          handleKeyCommand={handleKeyCommand}
        />
      </div>
      <div className={sx({ display: 'flex', justifyContent: 'flex-end', borderTop: '1px solid #eff3f4', paddingTop: 8 })}>
        <button
          type="button"
          role="button"
          data-testid={props.buttonTestId}
          disabled={!enabled}
          aria-disabled={enabled ? undefined : 'true'}
          onClick={post}
          className={`${noise(props.buttonTestId)} ${sx({
            background: '#0f1419',
            color: '#fff',
            border: 'none',
            borderRadius: 9999,
            padding: '0 16px',
            height: 36,
            fontWeight: 700,
            fontSize: 15,
            cursor: enabled ? 'pointer' : 'default',
            opacity: enabled ? 1 : 0.5,
          })}`}
        >
          <div dir="ltr">
            <span>
              <span>{props.buttonText}</span>
            </span>
          </div>
        </button>
      </div>
    </div>
  );
}
