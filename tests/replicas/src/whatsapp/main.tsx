/**
 * web.whatsapp.com replica: #side chat list and "New chat" drawer, #main re-created wholesale on
 * every chat switch (the URL stays `/`), a Lexical composer in `#main footer` whose Send button
 * exists only while the state has text. `/send?phone=<digits>[&text=]` opens a chat like the real
 * click-to-chat link; `?locale=pt` switches labels to Portuguese.
 */
import { useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { formatPhone, phoneDigits } from '../shared/cast';
import { noise, sx } from '../shared/atomic';
import { installReplicaApi } from '../shared/replica-api';
import { createStore, initialQuery, navigate, useStore } from '../shared/router';
import { hasText, LexicalComposer, type LexicalComposerApi } from '../shared/lexical-composer';
import { chatForPhone, chats, contacts, locale, t, timeNow, updateChat, messageId, type Chat, type WaMessage } from './data';

const colours = { green: '#00a884', panel: '#f0f2f5', chatBg: '#efeae2', out: '#d9fdd3', text: '#111b21', muted: '#667781', line: '#e9edef' };
const TODAY = '21/11/2026';

const openChat = createStore<string | null>(null);
const drawerOpen = createStore(false);

function Icon(props: { name: string; glyph: string }) {
  return (
    <span data-icon={props.name} aria-hidden="true" className={sx({ display: 'inline-flex' })}>
      <svg viewBox="0 0 24 24" height="24" width="24" preserveAspectRatio="xMidYMid meet">
        <title>{props.name}</title>
        <text x="12" y="17" textAnchor="middle" fontSize="16" fill="currentColor">
          {props.glyph}
        </text>
      </svg>
    </span>
  );
}

function IconButton(props: { label: string; icon: string; glyph: string; onClick?(): void; tab?: string }) {
  return (
    <button
      type="button"
      aria-label={props.label}
      title={props.label}
      data-tab={props.tab}
      onClick={props.onClick}
      className={`${noise(props.icon)} ${sx({ border: 'none', background: 'transparent', color: '#54656f', cursor: 'pointer', padding: 8, borderRadius: 9999 })}`}
    >
      <Icon name={props.icon} glyph={props.glyph} />
    </button>
  );
}

function Avatar(props: { size?: number }) {
  const size = props.size ?? 49;
  return <div aria-hidden="true" className={sx({ width: size, height: size, borderRadius: 9999, background: '#dfe5e7', flexShrink: 0 })} />;
}

/** Header text for a chat: unsaved numbers come wrapped in LTR embedding marks, as on the real site. */
function headerName(chat: Chat): string {
  return chat.kind === 'unsaved' ? `\u202A${chat.name}\u202C` : chat.name;
}

function ChatRow(props: { chat: Chat; selected: boolean }) {
  const { chat } = props;
  const last = chat.messages[chat.messages.length - 1];
  return (
    <div
      role="row"
      aria-selected={props.selected}
      tabIndex={-1}
      onClick={() => openChat.set(chat.jid)}
      className={sx({ display: 'flex', gap: 12, alignItems: 'center', padding: '10px 12px', cursor: 'pointer', background: props.selected ? colours.panel : '#fff' })}
    >
      <Avatar />
      <div role="gridcell" className={sx({ flex: 1, minWidth: 0, borderBottom: `1px solid ${colours.line}`, paddingBottom: 10 })}>
        <div className={sx({ display: 'flex', justifyContent: 'space-between' })}>
          <span dir="auto" title={headerName(chat)} className={sx({ fontSize: 17, color: colours.text })}>
            {headerName(chat)}
          </span>
          <span className={sx({ fontSize: 12, color: colours.muted })}>{last?.time ?? ''}</span>
        </div>
        <div className={sx({ fontSize: 14, color: colours.muted, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' })}>
          {chat.draft && !props.selected ? (
            <>
              <span className={sx({ color: colours.green })}>{t.draft}</span> <span dir="auto">{chat.draft}</span>
            </>
          ) : (
            <span dir="auto" title={last?.text}>
              {last ? `${chat.kind === 'group' && !last.fromMe ? `${last.author}: ` : ''}${last.text}` : ''}
            </span>
          )}
        </div>
      </div>
    </div>
  );
}

function ChatList() {
  const all = useStore(chats);
  const open = useStore(openChat);
  const [filter, setFilter] = useState('');
  const shown = all.filter((chat) => chat.name.toLowerCase().includes(filter.toLowerCase()));
  return (
    <>
      <header className={sx({ display: 'flex', alignItems: 'center', justifyContent: 'space-between', height: 59, padding: '0 16px', background: colours.panel })}>
        <h1 className={sx({ fontSize: 22, margin: 0, color: colours.green })}>WhatsApp</h1>
        <div>
          <IconButton label={t.newChat} icon="new-chat-outline" glyph="✎" onClick={() => drawerOpen.set(true)} />
          <IconButton label={t.menu} icon="menu" glyph="⋮" />
        </div>
      </header>
      <div className={sx({ padding: '8px 12px' })}>
        <input
          aria-label={t.search}
          placeholder={t.search}
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
          className={sx({ width: '100%', boxSizing: 'border-box', border: 'none', background: colours.panel, borderRadius: 8, padding: '8px 12px', fontSize: 15 })}
        />
      </div>
      <div id="pane-side" className={sx({ flex: 1, overflowY: 'auto' })}>
        <div role="grid" aria-label={t.chatList} aria-rowcount={shown.length}>
          {shown.map((chat) => (
            <ChatRow key={chat.jid} chat={chat} selected={chat.jid === open} />
          ))}
        </div>
      </div>
    </>
  );
}

/** "New chat": search contacts, or type a number that is not in the address book and start a chat with it. */
function NewChatDrawer() {
  const [query, setQuery] = useState('');
  const digits = phoneDigits(query);
  const matches = contacts.filter((c) => (query.trim() && c.name.toLowerCase().includes(query.trim().toLowerCase())) || (digits.length >= 4 && c.phone.replace(/\D/g, '').includes(digits)));
  const unknownNumber = digits.length >= 8 && !contacts.some((c) => c.phone.replace(/\D/g, '') === digits);
  const start = (phoneDigitsOnly: string) => {
    const chat = chatForPhone(phoneDigitsOnly);
    drawerOpen.set(false);
    openChat.set(chat.jid);
  };
  const row = (title: string, subtitle: string, onSelect: () => void) => (
    <div
      key={title}
      role="button"
      tabIndex={0}
      onClick={onSelect}
      onKeyDown={(event) => {
        if (event.key === 'Enter') onSelect();
      }}
      className={sx({ display: 'flex', gap: 12, alignItems: 'center', padding: '10px 16px', cursor: 'pointer' })}
    >
      <Avatar size={40} />
      <div>
        <span dir="auto" title={title} className={sx({ fontSize: 17 })}>
          {title}
        </span>
        <div className={sx({ fontSize: 13, color: colours.muted })}>{subtitle}</div>
      </div>
    </div>
  );
  return (
    <>
      <header className={sx({ display: 'flex', alignItems: 'center', gap: 16, height: 59, padding: '0 16px', background: colours.panel })}>
        <IconButton label={t.back} icon="back" glyph="←" onClick={() => drawerOpen.set(false)} />
        <h1 className={sx({ fontSize: 19, margin: 0 })}>{t.newChat}</h1>
      </header>
      <div className={sx({ padding: '8px 12px' })}>
        <input
          autoFocus
          aria-label={t.searchNameOrNumber}
          placeholder={t.searchNameOrNumber}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          className={sx({ width: '100%', boxSizing: 'border-box', border: 'none', background: colours.panel, borderRadius: 8, padding: '8px 12px', fontSize: 15 })}
        />
      </div>
      <div className={sx({ flex: 1, overflowY: 'auto' })}>
        {matches.length > 0 && <div className={sx({ padding: '8px 16px', color: colours.green })}>{t.contactsOnWhatsApp}</div>}
        {matches.map((c) => row(c.name, formatPhone(c.phone), () => start(c.phone.replace(/\D/g, ''))))}
        {unknownNumber && (
          <>
            <div className={sx({ padding: '8px 16px', color: colours.green })}>{t.notInContacts}</div>
            {row(formatPhone(`+${digits}`), '', () => start(digits))}
          </>
        )}
      </div>
    </>
  );
}

function Side() {
  const drawer = useStore(drawerOpen);
  return (
    <div id="side" className={sx({ width: 400, display: 'flex', flexDirection: 'column', borderRight: `1px solid ${colours.line}`, background: '#fff' })}>
      {drawer ? <NewChatDrawer /> : <ChatList />}
    </div>
  );
}

function dataId(chat: Chat, message: WaMessage): string {
  const base = `${message.fromMe}_${chat.jid}_${message.id}`;
  return chat.kind === 'group' && !message.fromMe && message.authorJid ? `${base}_${message.authorJid}` : base;
}

function MessageRow(props: { chat: Chat; message: WaMessage }) {
  const { chat, message } = props;
  return (
    <div role="row" className={sx({ display: 'flex', justifyContent: message.fromMe ? 'flex-end' : 'flex-start', padding: '2px 60px' })}>
      <div data-id={dataId(chat, message)} className={`${message.fromMe ? 'message-out' : 'message-in'} focusable-list-item ${noise('msg')}`}>
        <div
          className={`copyable-text ${sx({ background: message.fromMe ? colours.out : '#fff', borderRadius: 8, padding: '6px 9px', maxWidth: 520, boxShadow: '0 1px 0.5px rgba(11,20,26,.13)' })}`}
          data-pre-plain-text={`[${message.time}, ${TODAY}] ${message.fromMe ? 'Sam Taylor' : message.author}: `}
        >
          {chat.kind === 'group' && !message.fromMe && (
            <div className={sx({ fontSize: 13, fontWeight: 500, color: '#1f7aec' })}>
              <span dir="auto">{message.author}</span>
            </div>
          )}
          <div className={sx({ fontSize: 14.2, whiteSpace: 'pre-wrap' })}>
            <span dir="ltr" className="selectable-text copyable-text">
              <span>{message.text}</span>
            </span>
          </div>
          <div className={sx({ fontSize: 11, color: colours.muted, textAlign: 'right' })}>{message.time}</div>
        </div>
      </div>
    </div>
  );
}

function Composer(props: { chat: Chat }) {
  const { chat } = props;
  const [text, setText] = useState(chat.draft);
  const api = useRef<LexicalComposerApi | null>(null);
  const label = chat.kind === 'group' ? t.typeToGroup(chat.name) : t.typeTo(chat.name);
  const textClass = `selectable-text copyable-text ${noise('wa-text', 1)}`;
  return (
    <footer className={`${noise('footer')} ${sx({ background: colours.panel, padding: '5px 16px' })}`}>
      <div className="copyable-area">
        <div className={sx({ display: 'flex', alignItems: 'flex-end', gap: 8, minHeight: 52 })}>
          <IconButton label={t.attach} icon="plus-rounded" glyph="+" />
          <IconButton label={t.emoji} icon="emoji" glyph="☺" />
          <div className={`lexical-rich-text-input ${sx({ position: 'relative', flex: 1, background: '#fff', borderRadius: 8, padding: '9px 12px', margin: '5px 0' })}`}>
            <LexicalComposer
              surface="whatsapp"
              to={chat.name}
              enterSends
              autoFocus
              initialText={chat.draft}
              apiRef={api}
              onTextChange={setText}
              onSent={(sent) => updateChat(chat.jid, (c) => ({ ...c, messages: [...c.messages, { id: messageId(), fromMe: true, text: sent, author: 'Sam Taylor', time: timeNow() }] }))}
              onUnmount={(unsent) => updateChat(chat.jid, (c) => ({ ...c, draft: unsent }))}
              className={`${noise('wa-input', 5)} ${sx({ outline: 'none', fontSize: 15, lineHeight: '20px', maxHeight: 120, overflowY: 'auto' })}`}
              paragraphClass={`selectable-text copyable-text ${sx({ margin: 0, textIndent: 0 })}`}
              textClass={textClass}
              attributes={{
                'aria-label': label,
                'aria-placeholder': t.typeMessage,
                'aria-owns': 'emoji-suggestion',
                'aria-autocomplete': 'list',
                'data-tab': '10',
                tabIndex: 10,
              }}
            />
            {!hasText(text) && <div className={sx({ position: 'absolute', top: 9, left: 12, color: colours.muted, pointerEvents: 'none', fontSize: 15 })}>{t.typeMessage}</div>}
          </div>
          {hasText(text) ? (
            <IconButton label={t.send} icon="wds-ic-send-filled" glyph="➤" tab="11" onClick={() => api.current?.submit()} />
          ) : (
            <IconButton label={t.voice} icon="ptt" glyph="●" />
          )}
        </div>
      </div>
    </footer>
  );
}

/** `#main`: keyed by chat, so switching chats replaces the whole element. */
function MainPane(props: { jid: string }) {
  const all = useStore(chats);
  const chat = all.find((c) => c.jid === props.jid);
  if (!chat) return null;
  const subtitle = chat.kind === 'group' ? [...(chat.participants ?? []), t.you].join(', ') : t.contactInfo;
  return (
    <div id="main" className={sx({ flex: 1, display: 'flex', flexDirection: 'column', background: colours.chatBg, minWidth: 0 })}>
      <header className={`${noise('header')} ${sx({ display: 'flex', alignItems: 'center', gap: 12, height: 59, padding: '0 16px', background: colours.panel })}`}>
        <div role="button" title={t.profileDetails} tabIndex={0}>
          <Avatar size={40} />
        </div>
        <div role="button" tabIndex={0} className={sx({ flex: 1, minWidth: 0 })}>
          <div>
            <span dir="auto" {...(chat.kind === 'unsaved' ? {} : { title: chat.name })} className={sx({ fontSize: 16, color: colours.text })}>
              {headerName(chat)}
            </span>
          </div>
          <div className={sx({ fontSize: 13, color: colours.muted, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' })}>
            <span title={subtitle}>{subtitle}</span>
          </div>
        </div>
        <IconButton label={t.searchChat} icon="search" glyph="⌕" />
        <IconButton label={t.menu} icon="menu" glyph="⋮" />
      </header>
      <div role="application" tabIndex={-1} className={sx({ flex: 1, overflowY: 'auto', padding: '12px 0' })}>
        {chat.messages.map((message) => (
          <MessageRow key={message.id} chat={chat} message={message} />
        ))}
      </div>
      <Composer chat={chat} />
    </div>
  );
}

function App() {
  const open = useStore(openChat);
  return (
    <div className={sx({ display: 'flex', height: '100vh', fontFamily: '"Segoe UI", Helvetica, "Lucida Grande", Arial, sans-serif', color: colours.text })}>
      <Side />
      {open ? (
        <MainPane key={open} jid={open} />
      ) : (
        <div className={sx({ flex: 1, display: 'flex', flexDirection: 'column', alignItems: 'center', justifyContent: 'center', background: colours.panel, color: colours.muted })}>
          <h1 className={sx({ fontWeight: 300, color: '#41525d' })}>WhatsApp Web</h1>
          <p>{t.intro}</p>
        </div>
      )}
    </div>
  );
}

// The click-to-chat link opens the chat (optionally with a prefilled draft) and returns to `/`.
if (location.pathname === '/send' && initialQuery.get('phone')) {
  const chat = chatForPhone(phoneDigits(`+${initialQuery.get('phone')!.replace(/^\+/, '')}`));
  const text = initialQuery.get('text');
  if (text) updateChat(chat.jid, (c) => ({ ...c, draft: text }));
  openChat.set(chat.jid);
  navigate(locale === 'pt' ? '/?locale=pt' : '/', { replace: true });
}

document.documentElement.lang = locale;
installReplicaApi('whatsapp');
createRoot(document.getElementById('app')!).render(<App />);
