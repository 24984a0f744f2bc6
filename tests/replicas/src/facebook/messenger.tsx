import { useRef, useState } from 'react';
import { noise, sx } from '../shared/atomic';
import { navigate, useStore } from '../shared/router';
import { recordSent } from '../shared/replica-api';
import { hasText, LexicalComposer, type LexicalComposerApi } from '../shared/lexical-composer';
import { appendMessage, ME, people, popupChat, t, threadFor, threads, type Thread } from './data';
import { Avatar, colours, Link, RoleButton } from './ui';
import { ThumbIcon } from '../shared/icons';

const paragraphClass = `${sx({ margin: 0 })} ${noise('mp')}`;
const LIKE = '👍';

/**
 * The Messenger composer: Lexical, aria-placeholder "Aa", Enter sends. The send control is
 * "Press enter to send" while the state has text and "Send a Like" while it is empty.
 */
function MessengerComposer(props: { surface: string; label: string; to: string; threadId: string; autoFocus?: boolean }) {
  const [text, setText] = useState('');
  const api = useRef<LexicalComposerApi | null>(null);
  const empty = !hasText(text);
  return (
    <div role="group" aria-label={t.threadComposer} className={sx({ display: 'flex', alignItems: 'center', gap: 8, padding: 8 })}>
      <div className={sx({ flex: 1, position: 'relative', background: colours.page, borderRadius: 18, padding: '8px 12px' })}>
        <LexicalComposer
          surface={props.surface}
          to={props.to}
          enterSends
          autoFocus={props.autoFocus}
          apiRef={api}
          onTextChange={setText}
          onSent={(sent) => appendMessage(props.threadId, sent)}
          className={`${sx({ outline: 'none', minHeight: 20, fontSize: 15 })} notranslate`}
          paragraphClass={paragraphClass}
          attributes={{ 'aria-label': props.label, 'aria-placeholder': 'Aa', tabIndex: 0 }}
        />
        {empty && <div className={sx({ position: 'absolute', top: 8, left: 12, color: colours.muted, pointerEvents: 'none' })}>Aa</div>}
      </div>
      {empty ? (
        <RoleButton
          label={t.sendLike}
          onPress={() => {
            recordSent({ surface: props.surface, text: LIKE, to: props.to });
            appendMessage(props.threadId, LIKE);
          }}
          style={{ background: 'transparent', color: colours.blue, width: 36, padding: 0 }}
        >
          <ThumbIcon />
        </RoleButton>
      ) : (
        <RoleButton label={t.pressEnterToSend} onPress={() => api.current?.submit()} style={{ background: 'transparent', color: colours.blue, width: 36, padding: 0 }}>
          <span aria-hidden="true">➤</span>
        </RoleButton>
      )}
    </div>
  );
}

function MessageRows(props: { thread: Thread; label: string; compact?: boolean }) {
  return (
    <div role="grid" aria-label={props.label} className={sx({ flex: 1, overflowY: 'auto', padding: 8 })}>
      {props.thread.messages.map((message) => {
        const mine = message.from === ME.name;
        return (
          <div role="row" key={message.id} className={sx({ display: 'flex', justifyContent: mine ? 'flex-end' : 'flex-start', margin: '2px 0' })}>
            <div role="gridcell" data-scope="messages_table" className={noise('cell')}>
              {!mine && props.thread.group && <div className={sx({ fontSize: 12, color: colours.muted })}>{message.from}</div>}
              <div
                dir="auto"
                className={sx({
                  background: mine ? colours.blue : colours.hover,
                  color: mine ? '#fff' : colours.text,
                  borderRadius: 18,
                  padding: '6px 12px',
                  fontSize: props.compact ? 14 : 15,
                  whiteSpace: 'pre-wrap',
                })}
              >
                {message.text}
              </div>
            </div>
          </div>
        );
      })}
    </div>
  );
}

/** `/messages/t/<id>` and `/messages/e2ee/t/<id>`: thread list plus the open conversation. */
export function MessengerPage(props: { threadId: string | null; encrypted: boolean }) {
  const allThreads = useStore(threads);
  const thread = allThreads.find((candidate) => candidate.id === props.threadId);

  return (
    <div className={sx({ display: 'flex', height: 'calc(100vh - 56px)', background: '#fff' })}>
      <div role="navigation" aria-label={t.chats} className={sx({ width: 320, borderRight: `1px solid ${colours.line}`, padding: 8, overflowY: 'auto' })}>
        <h1 className={sx({ fontSize: 24, margin: '8px' })}>{t.chats}</h1>
        <div role="grid" aria-label={t.chats}>
          {allThreads
            .filter((candidate) => candidate.messages.length > 0 || candidate.id === props.threadId)
            .map((candidate) => {
            const href = `/messages/t/${candidate.id}`;
            const last = candidate.messages[candidate.messages.length - 1];
            return (
              <div role="row" key={candidate.id}>
                <div role="gridcell">
                  <a
                    href={href}
                    role="link"
                    aria-current={candidate.id === props.threadId ? 'page' : undefined}
                    onClick={(event) => {
                      event.preventDefault();
                      navigate(href);
                    }}
                    className={sx({
                      display: 'flex',
                      gap: 8,
                      padding: 8,
                      borderRadius: 8,
                      color: 'inherit',
                      textDecoration: 'none',
                      background: candidate.id === props.threadId ? colours.hover : 'transparent',
                    })}
                  >
                    <Avatar name={candidate.title} size={48} />
                    <div className={sx({ minWidth: 0 })}>
                      <div className={sx({ fontWeight: 600 })}>
                        <span dir="auto">{candidate.title}</span>
                      </div>
                      <div className={sx({ fontSize: 13, color: colours.muted, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' })}>{last?.text ?? ''}</div>
                    </div>
                  </a>
                </div>
              </div>
            );
          })}
        </div>
      </div>
      {thread ? (
        <div
          role="main"
          aria-label={thread.group ? t.conversationTitled(thread.title) : t.conversationWith(thread.title)}
          className={sx({ flex: 1, display: 'flex', flexDirection: 'column' })}
        >
          <div className={sx({ display: 'flex', alignItems: 'center', gap: 8, padding: 8, borderBottom: `1px solid ${colours.line}` })}>
            {thread.username ? (
              <Link to={`/${thread.username}`} label={thread.title}>
                <span className={sx({ display: 'flex', alignItems: 'center', gap: 8 })}>
                  <Avatar name={thread.title} />
                  <h2 className={sx({ fontSize: 17, margin: 0 })}>
                    <span dir="auto">{thread.title}</span>
                  </h2>
                </span>
              </Link>
            ) : (
              <>
                <Avatar name={thread.title} />
                <h2 className={sx({ fontSize: 17, margin: 0 })}>
                  <span dir="auto">{thread.title}</span>
                </h2>
              </>
            )}
            {props.encrypted && <span className={sx({ fontSize: 12, color: colours.muted })}>🔒 {t.endToEnd}</span>}
          </div>
          <MessageRows thread={thread} label={thread.group ? t.messagesTitled(thread.title) : t.messagesWith(thread.title)} />
          <MessengerComposer key={thread.id} surface="messenger-thread" label={t.message} to={thread.title} threadId={thread.id} autoFocus />
        </div>
      ) : (
        <div role="main" className={sx({ flex: 1, display: 'flex', alignItems: 'center', justifyContent: 'center', color: colours.muted })}>
          {t.selectChat}
        </div>
      )}
    </div>
  );
}

/** The docked chat pop-up ("chat head") that any page can open: "Write to <Name>". */
export function ChatPopup() {
  const username = useStore(popupChat);
  const everyone = useStore(people);
  useStore(threads);
  const person = username ? everyone[username] : undefined;
  const thread = username ? threadFor(username) : undefined;
  if (!username || !person || !thread) return null;
  return (
    <div
      tabIndex={-1}
      className={sx({
        position: 'fixed',
        right: 80,
        bottom: 0,
        width: 328,
        height: 420,
        background: '#fff',
        borderRadius: '8px 8px 0 0',
        boxShadow: '0 12px 28px rgba(0,0,0,0.2)',
        display: 'flex',
        flexDirection: 'column',
        zIndex: 5,
      })}
    >
      <div className={sx({ display: 'flex', alignItems: 'center', justifyContent: 'space-between', padding: 8, borderBottom: `1px solid ${colours.line}` })}>
        <Link to={`/${person.username}`} label={person.name}>
          <span className={sx({ display: 'flex', alignItems: 'center', gap: 8 })}>
            <Avatar name={person.name} size={32} />
            <span dir="auto">{person.name}</span>
          </span>
        </Link>
        <RoleButton label={t.closeChat} onPress={() => popupChat.set(null)} style={{ background: 'transparent', width: 32, padding: 0 }}>
          <span aria-hidden="true">✕</span>
        </RoleButton>
      </div>
      <MessageRows thread={thread} label={t.messagesWith(person.name)} compact />
      <MessengerComposer key={username} surface="messenger-popup" label={t.writeTo(person.name)} to={person.name} threadId={thread.id} />
    </div>
  );
}
