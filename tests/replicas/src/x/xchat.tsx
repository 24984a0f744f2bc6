/**
 * XChat (`/i/chat/...`): a separate React root rendered into an OPEN shadow root on
 * `[data-testid=xchatEmbedRoute]`. The shadow root is attached after a delay (`?shadowDelay=ms`,
 * default 400) to reproduce the trap that attachShadow on an existing host causes no mutation.
 * The composer is a React-controlled textarea; the send button exists only while it has text.
 */
import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { adoptAtomicSheet, sx } from '../shared/atomic';
import { MicIcon } from '../shared/icons';
import { initialQuery, navigate, useLocation, useStore } from '../shared/router';
import { recordSent, registerComposer } from '../shared/replica-api';
import { appendChatMessage, conversations, findUser, t, type Conversation } from './data';

export const SHADOW_DELAY_MS = Number(initialQuery.get('shadowDelay') ?? 400);

const grey = { line: '#eff3f4', muted: '#536471', text: '#0f1419', blue: '#1d9bf0' };

/** The overlays host X appends to body for popovers and dialogs; it gets its own open shadow root. */
function ensureOverlaysHost(): void {
  if (document.querySelector('[data-testid="xchatEmbedOverlays"]')) return;
  const host = document.createElement('div');
  host.dataset.testid = 'xchatEmbedOverlays';
  document.body.appendChild(host);
  setTimeout(() => {
    const shadow = host.attachShadow({ mode: 'open' });
    const layer = document.createElement('div');
    layer.setAttribute('data-radix-portal', '');
    shadow.appendChild(layer);
  }, SHADOW_DELAY_MS);
}

export function XChatRoute() {
  const hostRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const host = hostRef.current!;
    let root: Root | null = null;
    ensureOverlaysHost();
    const timer = setTimeout(() => {
      const shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
      adoptAtomicSheet(shadow);
      const container = document.createElement('div');
      container.className = sx({ height: '100%' });
      shadow.appendChild(container);
      root = createRoot(container);
      root.render(<ChatApp />);
    }, SHADOW_DELAY_MS);
    return () => {
      clearTimeout(timer);
      const mounted = root;
      // Unmounting a root synchronously while the outer root renders is not allowed.
      if (mounted) setTimeout(() => mounted.unmount(), 0);
    };
  }, []);
  return <div data-testid="xchatEmbedRoute" ref={hostRef} className={sx({ height: '100vh' })} />;
}

function displayName(conversation: Conversation): string {
  return conversation.title ?? findUser(conversation.handles[0]!)?.name ?? conversation.handles[0]!;
}

function ChatApp() {
  const { pathname } = useLocation();
  const all = useStore(conversations);
  const chatPath = pathname.replace(/^\/i\/chat\/?/, '');
  const conversation = all.find((c) => c.id === chatPath);

  return (
    <div data-testid="dm-container" className={`flex bg-gray-0 ${sx({ display: 'flex', height: '100%', fontFamily: 'system-ui, sans-serif', color: grey.text })}`}>
      <div data-testid="dm-inbox-panel" className={sx({ width: 320, borderRight: `1px solid ${grey.line}`, overflowY: 'auto' })}>
        <h2 className={sx({ fontSize: 20, padding: '12px 16px', margin: 0 })}>{t.chat}</h2>
        <div className={sx({ padding: '0 16px 8px' })}>
          <input data-testid="dm-search-bar" placeholder={t.search} aria-label={t.search} className={sx({ width: '100%', boxSizing: 'border-box', borderRadius: 9999, border: `1px solid ${grey.line}`, padding: '8px 12px' })} />
        </div>
        <div role="listbox">
          {all.map((c) => (
            <div
              key={c.id}
              role="option"
              aria-selected={c.id === chatPath}
              data-testid={`dm-conversation-item-${c.id}`}
              id={`dm-conversation-option-${c.id}`}
              onClick={() => navigate(`/i/chat/${c.id}`)}
              className={sx({ padding: '12px 16px', cursor: 'pointer', background: c.id === chatPath ? '#f7f9f9' : 'transparent' })}
            >
              <div className={sx({ fontWeight: 700 })}>{displayName(c)}</div>
              <div className={sx({ color: grey.muted, fontSize: 14, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' })}>{c.messages[c.messages.length - 1]?.text ?? ''}</div>
            </div>
          ))}
        </div>
      </div>
      {conversation ? (
        <ConversationPanel key={conversation.id} conversation={conversation} />
      ) : chatPath === 'pin/new' ? (
        <PasscodeWall />
      ) : (
        <div className={sx({ flex: 1, display: 'flex', alignItems: 'center', justifyContent: 'center', color: grey.muted })}>{t.selectConversation}</div>
      )}
    </div>
  );
}

function PasscodeWall() {
  return (
    <div className={sx({ flex: 1, display: 'flex', flexDirection: 'column', alignItems: 'center', justifyContent: 'center', gap: 12 })}>
      <h2>{t.passcode}</h2>
      <div className={sx({ display: 'flex', gap: 8 })}>
        {[1, 2, 3, 4].map((n) => (
          <input key={n} inputMode="numeric" maxLength={1} aria-label={t.digit(n)} className={sx({ width: 40, height: 48, textAlign: 'center', fontSize: 24 })} />
        ))}
      </div>
    </div>
  );
}

function ConversationPanel(props: { conversation: Conversation }) {
  const { conversation } = props;
  const [text, setText] = useState('');
  const textRef = useRef('');
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const name = displayName(conversation);
  const to = conversation.title ?? conversation.handles[0]!;

  const change = (value: string) => {
    textRef.current = value;
    setText(value);
  };
  const send = () => {
    const value = textRef.current;
    if (!value.trim()) return;
    recordSent({ surface: 'xchat', text: value, to });
    appendChatMessage(conversation.id, value);
    change('');
  };

  useEffect(() => {
    textareaRef.current?.focus();
    return registerComposer({
      surface: 'xchat',
      element: () => textareaRef.current,
      getText: () => textRef.current,
      setText: (value) => flushSync(() => change(value)),
    });
  }, []);

  return (
    <section data-testid="dm-conversation-panel" className={sx({ flex: 1, display: 'flex', flexDirection: 'column' })}>
      <header data-testid="dm-conversation-header" className={sx({ display: 'flex', alignItems: 'center', gap: 12, padding: '8px 16px', borderBottom: `1px solid ${grey.line}` })}>
        {conversation.handles.map((handle) => (
          <a
            key={handle}
            href={`https://x.com/${handle}`}
            onClick={(event) => {
              event.preventDefault();
              navigate(`/${handle}`);
            }}
            className={sx({ width: 32, height: 32, borderRadius: 9999, background: '#cfd9de', display: 'inline-block' })}
          >
            <span className={sx({ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clipPath: 'inset(50%)' })}>@{handle}</span>
          </a>
        ))}
        <div>
          <div data-testid="dm-conversation-username" className={sx({ fontWeight: 700 })}>
            <div>
              <div>{name}</div>
            </div>
          </div>
          {!conversation.title && <div className={sx({ color: grey.muted, fontSize: 13 })}>@{conversation.handles[0]}</div>}
        </div>
      </header>
      <div data-testid="dm-message-list" className={sx({ flex: 1, overflowY: 'auto', padding: 16 })}>
        <ul className={sx({ listStyle: 'none', margin: 0, padding: 0 })}>
          {conversation.messages.map((message) => (
            <div key={message.id} data-dm-item-key={message.id}>
              <div
                data-dm-message-row={message.id}
                data-testid={`message-${message.id}`}
                data-send-status="sent"
                className={`${message.mine ? 'justify-end' : 'justify-start'} ${sx({ display: 'flex', justifyContent: message.mine ? 'flex-end' : 'flex-start', margin: '4px 0' })}`}
              >
                <div data-dm-message-focus-target="">
                  <div
                    data-testid={`message-text-${message.id}`}
                    className={sx({ background: message.mine ? grey.blue : '#eff3f4', color: message.mine ? '#fff' : grey.text, borderRadius: 16, padding: '8px 12px', whiteSpace: 'pre-wrap' })}
                  >
                    <span dir="auto">{message.text}</span>
                  </div>
                </div>
              </div>
            </div>
          ))}
        </ul>
      </div>
      <form
        data-testid="dm-composer-form"
        onSubmit={(event) => {
          event.preventDefault();
          send();
        }}
        className={sx({ display: 'flex', alignItems: 'flex-end', gap: 8, padding: 12, borderTop: `1px solid ${grey.line}` })}
      >
        <textarea
          ref={textareaRef}
          data-testid="dm-composer-textarea"
          placeholder={t.dmMessage}
          aria-label={t.dmMessage}
          rows={1}
          value={text}
          onChange={(event) => change(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
              event.preventDefault();
              send();
            }
          }}
          className={sx({ flex: 1, resize: 'none', border: 'none', background: '#eff3f4', borderRadius: 16, padding: '10px 14px', fontSize: 15, fontFamily: 'inherit', outline: 'none' })}
        />
        {text.trim() ? (
          <button type="submit" data-testid="dm-composer-send-button" aria-label={t.send} className={sx({ border: 'none', background: grey.blue, color: '#fff', borderRadius: 9999, width: 36, height: 36, cursor: 'pointer' })}>
            ↑
          </button>
        ) : (
          <button type="button" data-testid="dm-composer-voice-button" aria-label={t.voice} className={sx({ border: 'none', background: 'transparent', width: 36, height: 36 })}>
            <MicIcon />
          </button>
        )}
      </form>
    </section>
  );
}
